"""Working-day calendar for England and the statutory timescales for children looked after.

Pure Python + Polars; never imports Django (docs/decisions/0001-layout.md). See docs/clocks.md.
"""

from clocks.calendar import (
    TRIGGER_DAY_COUNTS,
    add_months,
    add_working_days,
    add_working_days_expr,
    add_years,
    bank_holidays,
    is_working_day,
    month_end,
    working_days_between,
)
from clocks.schedules import (
    Due,
    VisitRegime,
    age_on,
    care_plan_due,
    health_assessment_schedule,
    iha_due,
    next_review_due,
    pathway_plan_due,
    pathway_plan_review_due,
    pep_due,
    permanence_plan_due,
    review_schedule,
    rhi_due,
    rhi_on_time,
    visit_schedule,
)
from clocks.timescales import TIMESCALE_BY_ID, TIMESCALES, Timescale

__all__ = [
    "TIMESCALES",
    "TIMESCALE_BY_ID",
    "TRIGGER_DAY_COUNTS",
    "Due",
    "Timescale",
    "VisitRegime",
    "add_months",
    "add_working_days",
    "add_working_days_expr",
    "add_years",
    "age_on",
    "bank_holidays",
    "care_plan_due",
    "health_assessment_schedule",
    "iha_due",
    "is_working_day",
    "month_end",
    "next_review_due",
    "pathway_plan_due",
    "pathway_plan_review_due",
    "pep_due",
    "permanence_plan_due",
    "review_schedule",
    "rhi_due",
    "rhi_on_time",
    "visit_schedule",
    "working_days_between",
]
