"""Statutory timescales for children looked after in England, as data, with due-date functions.

Every rule below is transcribed from /work/shared/domain/README.md §2 with its source. Where the
source is local guidance rather than regulation, `confirmed` is False and docs/clocks.md says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clocks.calendar import add_months, add_working_days, add_years

CPPCR = "Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959)"
HEALTH_GUIDANCE = (
    "DfE/DHSC 'Promoting the health and wellbeing of looked-after children' (March 2015), "
    "as cited by Coventry procedures"
)


@dataclass(frozen=True)
class Timescale:
    id: str
    name: str
    rule: str
    source: str
    confirmed: bool = True


TIMESCALES: tuple[Timescale, ...] = (
    Timescale(
        "care_plan",
        "Care plan",
        "before the first placement, or within 10 working days of its start",
        f"{CPPCR} reg 4(2)",
    ),
    Timescale(
        "review_1",
        "First looked-after review",
        "within 20 working days of becoming looked after",
        f"{CPPCR} reg 33(1)",
    ),
    Timescale(
        "review_2",
        "Second review",
        "not more than 3 months after the first review",
        f"{CPPCR} reg 33(2)",
    ),
    Timescale(
        "review_later",
        "Third and later reviews",
        "not more than 6 months after the previous review",
        f"{CPPCR} reg 33(2)",
    ),
    Timescale(
        "iha",
        "Initial health assessment",
        "within 20 working days of becoming looked after",
        "secondary sources (speakcase.app; Hull procedures); statutory wording UNCONFIRMED",
        confirmed=False,
    ),
    Timescale(
        "rha_under_5", "Review health assessment, under 5", "every 6 months", HEALTH_GUIDANCE
    ),
    Timescale(
        "rha_5_plus", "Review health assessment, 5 and over", "every 12 months", HEALTH_GUIDANCE
    ),
    Timescale(
        "pep",
        "Personal education plan",
        "within 10 working days of becoming looked "
        "after (emergency placements), available for the first review",
        "Knowsley and Calderdale procedures (local guidance)",
        confirmed=False,
    ),
    Timescale(
        "visit_first",
        "First social worker visit",
        "within 1 week of the start of any placement",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "visit_first_year",
        "Visits in a placement's first year",
        "at intervals of not more than 6 weeks",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "visit_after_first_year",
        "Visits after a placement's first year",
        "not more than 3 months if the placement is intended to last until 18, otherwise 6 weeks",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "needs_assessment",
        "Needs assessment / pathway plan",
        "by 3 months after the "
        "16th birthday, or after becoming eligible if later (pathway plan by 16y3m is the "
        "practice target derived from it)",
        f"{CPPCR} reg 42(1)",
    ),
    Timescale(
        "rhi",
        "Return home interview",
        "within 72 hours of return from missing",
        "DfE statutory guidance on children who run away or go missing from home or care (2014)",
    ),
)

TIMESCALE_BY_ID = {t.id: t for t in TIMESCALES}


@dataclass(frozen=True)
class Due:
    """One scheduled item: when it was due, when (if ever) it was done and whether in time.
    `on_time` is None while an item is not done and not yet overdue at the as-at date."""

    item: str
    due: date
    done: date | None
    on_time: bool | None


def _chain(
    first_item: str,
    first_due: date,
    done_dates: Iterable[date],
    next_item: Callable[[int], str],
    next_due: Callable[[int, date], date],
    as_at: date | None,
) -> list[Due]:
    """Walk a chain where each item falls due a set time after the previous one was DONE (late
    items move the clock on from when they actually happened, as reg 33(2) "after the previous
    review" reads)."""
    items: list[Due] = []
    item, due = first_item, first_due
    for index, done in enumerate(sorted(done_dates)):
        items.append(Due(item, due, done, done <= due))
        item, due = next_item(index + 1), next_due(index + 1, done)
    if as_at is not None:
        items.append(Due(item, due, None, False if due < as_at else None))
    return items


def review_schedule(
    looked_after_from: date, review_dates: Iterable[date], as_at: date | None = None
) -> list[Due]:
    """Reviews within a period of care (reg 33): the first within 20 working days of becoming
    looked after, the second ≤3 months after the first, then ≤6 months after the previous.
    With `as_at`, the next review is appended (overdue → on_time False)."""
    return _chain(
        "review_1",
        add_working_days(looked_after_from, 20),
        review_dates,
        lambda n: "review_2" if n == 1 else "review_later",
        lambda n, done: add_months(done, 3 if n == 1 else 6),
        as_at,
    )


def next_review_due(looked_after_from: date, review_dates: Iterable[date]) -> date:
    return review_schedule(looked_after_from, review_dates, as_at=date.min)[-1].due


def iha_due(looked_after_from: date) -> date:
    return add_working_days(looked_after_from, 20)


def pep_due(looked_after_from: date) -> date:
    return add_working_days(looked_after_from, 10)


def care_plan_due(first_placement_start: date) -> date:
    return add_working_days(first_placement_start, 10)


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def health_assessment_schedule(
    looked_after_from: date, dob: date, assessment_dates: Iterable[date], as_at: date | None = None
) -> list[Due]:
    """The IHA (20 WD), then review health assessments 6 months after the last one while the
    child was under 5 when it took place, 12 months once 5 or over."""

    def next_due(_: int, done: date) -> date:
        return add_months(done, 6 if age_on(dob, done) < 5 else 12)

    return _chain(
        "iha",
        iha_due(looked_after_from),
        assessment_dates,
        lambda _: "rha",
        next_due,
        as_at,
    )


def visit_schedule(
    placement_start: date,
    visit_dates: Iterable[date],
    as_at: date | None = None,
    *,
    long_term_to_18: bool = False,
) -> list[Due]:
    """Reg 28 default case: the first visit within a week of the placement starting, then at
    most 6 weeks apart in the first year; after it, 3 months if the placement is intended to
    last until 18, else 6 weeks. The special cases (reg 19, reg 24, ICO with parents) are in
    TIMESCALES as text but not scheduled here."""
    first_anniversary = add_years(placement_start, 1)

    def next_due(_: int, done: date) -> date:
        if done >= first_anniversary and long_term_to_18:
            return add_months(done, 3)
        return done + timedelta(weeks=6)

    return _chain(
        "visit_first",
        placement_start + timedelta(weeks=1),
        visit_dates,
        lambda _: "visit",
        next_due,
        as_at,
    )


def pathway_plan_due(dob: date, eligible_from: date | None = None) -> date:
    """Reg 42(1): 3 months after the 16th birthday, or after becoming eligible if later."""
    start = add_years(dob, 16)
    if eligible_from is not None and eligible_from > start:
        start = eligible_from
    return add_months(start, 3)


def rhi_due(returned_at: datetime) -> datetime:
    return returned_at + timedelta(hours=72)


def rhi_on_time(returned_at: datetime, interview_at: datetime | None) -> bool:
    return interview_at is not None and interview_at <= rhi_due(returned_at)
