"""Social worker changes (903 table SWEpisodes, collected from 2023/24).

DfE (Children looked after in England including adoptions, from 2024) reports children looked
after at 31 March by the number of social workers they had in the year; the national figure for
3 or more in 2024 is 27% (domain README §5, via CYP Now).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from indicators.context import Context
from indicators.model import (
    EES_CLA,
    Indicator,
    Measure,
    National,
    NotAvailable,
    Polarity,
    Unit,
    children,
    register,
    year_to,
)

# SW_ID must start "SW" or "XX" (domain README §1.1). UNCONFIRMED: "XX" is read as a placeholder
# for an unidentified worker, so it is not counted as a distinct social worker.
PLACEHOLDER_PREFIX = "XX"

TOPIC = "Social workers"


def _three_plus(context: Context, at: date) -> Measure:
    if not context.has("SWEpisodes"):
        raise NotAvailable("no SWEpisodes table (collected from 2023/24)")
    period = year_to(at)
    looked_after = children(context.cla_at(at)["CHILD"])
    workers = (
        context.sw_episodes.filter(
            pl.col("CHILD").is_in(looked_after)
            & (pl.col("SW_DECOM") <= period.end)
            & (pl.col("SW_DEC").is_null() | (pl.col("SW_DEC") >= period.start))
            & ~pl.col("SW_ID").str.starts_with(PLACEHOLDER_PREFIX).fill_null(True)
        )
        .group_by("CHILD")
        .agg(pl.col("SW_ID").n_unique().alias("workers"))
    )
    changed = workers.filter(pl.col("workers") >= 3)
    return Measure(children(changed["CHILD"]), looked_after, period)


register(
    Indicator(
        topic=TOPIC,
        id="social_workers_3_plus",
        title="Children with 3 or more social workers in the year",
        definition="Of children looked after at the date, the percentage who had three or more "
        "different social workers (distinct SW_ID, ignoring XX placeholders) with an episode in "
        "the twelve months ending on it.",
        numerator="children with 3+ social workers in the year",
        denominator="children looked after at the date",
        unit=Unit.PERCENT,
        polarity=Polarity.LOWER,
        source=f"{EES_CLA}: social worker changes (SWEpisodes)",
        compute=_three_plus,
        national=National(27, "year ending 31 March 2024", "CYP Now, citing DfE (cypnow.co.uk)"),
    )
)
