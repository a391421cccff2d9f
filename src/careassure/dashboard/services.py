"""Writes for the dashboard: recomputing the stored indicator values, and the council's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.db import transaction

import indicators
from careassure.audit.services import audit_event_record
from careassure.dashboard.models import CouncilFigures, IndicatorTarget, IndicatorValue
from careassure.dashboard.selectors import indicator_context
from ssda903.tables import collection_end, collection_start

Progress = Callable[[int, int], None]


def indicator_values_refresh(*, actor: Any, progress: Progress | None = None) -> int:
    """Recompute every indicator at every month-end the stored returns cover, replacing the old.

    The work happens before the transaction, so readers keep the old values until the new are
    complete.
    """
    context = indicator_context()
    if context is None:
        with transaction.atomic():
            IndicatorValue.objects.all().delete()
        return 0
    years = sorted({int(y) for y in context.tables["Header"]["_year"].unique().to_list()})
    ends = indicators.month_ends(collection_start(years[0]), collection_end(years[-1]))
    rows = []
    for n, at in enumerate(ends):
        for result in indicators.evaluate_all(context, at).values():
            rows.append(_row(result, at))
        if progress:
            progress(n + 1, len(ends))
    with transaction.atomic():
        IndicatorValue.objects.all().delete()
        IndicatorValue.objects.bulk_create(rows, batch_size=2000)
        audit_event_record(
            actor=actor, action="indicators_refresh", detail={"dates": len(ends), "rows": len(rows)}
        )
    return len(rows)


def _row(result: indicators.IndicatorResult, at: date) -> IndicatorValue:
    return IndicatorValue(
        indicator=result.id,
        at=at,
        value=result.value,
        numerator_count=len(result.numerator),
        denominator_count=len(result.denominator),
        available=result.available,
        note=result.note[:200],
    )


@transaction.atomic
def council_figures_update(*, actor: Any, population_0_17: int | None) -> CouncilFigures:
    figures = CouncilFigures.current()
    figures.population_0_17 = population_0_17
    figures.save()
    audit_event_record(
        actor=actor, action="council_figures_update", detail={"population_0_17": population_0_17}
    )
    return figures


@transaction.atomic
def indicator_target_set(
    *, actor: Any, indicator: str, target: float | None, amber_margin: float = 5
) -> IndicatorTarget | None:
    if indicator not in indicators.REGISTRY:
        raise ValueError(f"no indicator {indicator!r}")
    if target is None:
        IndicatorTarget.objects.filter(indicator=indicator).delete()
        saved = None
    else:
        saved, _ = IndicatorTarget.objects.update_or_create(
            indicator=indicator, defaults={"target": target, "amber_margin": amber_margin}
        )
    audit_event_record(
        actor=actor,
        action="indicator_target_set",
        detail={"indicator": indicator, "target": target, "amber_margin": amber_margin},
    )
    return saved
