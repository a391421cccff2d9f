"""Performance indicators for children looked after and care leavers, from 903 frames.

Pure Python + Polars; never imports Django (docs/decisions/0001-layout.md). Every indicator is
registered in `REGISTRY`; see docs/indicators.md for definitions and sources.
"""

from indicators import (  # noqa: F401 - importing registers the indicators
    health,
    leavers,
    missing,
    permanence,
    population,
    reviews,
    stability,
    workforce,
)
from indicators.breakdowns import DIMENSIONS, breakdown
from indicators.context import Context, combine
from indicators.model import (
    REGISTRY,
    TOPICS,
    Direction,
    Indicator,
    IndicatorResult,
    Measure,
    National,
    NotAvailable,
    Period,
    Polarity,
    Unit,
    by_topic,
    direction,
)
from indicators.reviews import participation_by_code
from indicators.series import covered_month_ends, evaluate_all, month_ends, series

__all__ = [
    "DIMENSIONS",
    "REGISTRY",
    "TOPICS",
    "Context",
    "Direction",
    "Indicator",
    "IndicatorResult",
    "Measure",
    "National",
    "NotAvailable",
    "Period",
    "Polarity",
    "Unit",
    "breakdown",
    "by_topic",
    "combine",
    "covered_month_ends",
    "direction",
    "evaluate_all",
    "month_ends",
    "participation_by_code",
    "series",
]
