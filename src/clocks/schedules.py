"""When each statutory item falls due, and whether each past one was done in time.

The rules are those recorded in clocks.timescales (docs/clocks.md). Chained items (reviews,
health assessments, visits) fall due a set time after the previous one was actually DONE: a late
review moves the next deadline on, as reg 33(2) "after the previous review" reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from clocks.calendar import add_months, add_working_days, add_years


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


VisitRegime = Literal["default", "reg19", "reg24", "ico_with_parents", "care_order_with_parents"]
# Weeks between visits after the first review, for the regimes visited weekly until then.
WEEKS_AFTER_FIRST_REVIEW = {"reg19": 6, "reg24": 4, "ico_with_parents": 4}


def visit_schedule(
    placement_start: date,
    visit_dates: Iterable[date],
    as_at: date | None = None,
    *,
    long_term_to_18: bool = False,
    regime: VisitRegime = "default",
    first_review: date | None = None,
) -> list[Due]:
    """Social worker visits under reg 28. Every regime: the first visit within a week of the
    placement (or, for "care_order_with_parents", the order) starting.

    - "default": then at most 6 weeks apart in the placement's first year; after it, 3 months if
      the placement is intended to last until 18 (`long_term_to_18`), else 6 weeks.
    - "reg19" (placed with parents before assessment), "reg24" (connected person, temporary
      approval), "ico_with_parents": weekly until `first_review`, then at most 6 weeks apart
      (reg 19) or 4 weeks apart (reg 24, ICO).
    - "care_order_with_parents": at most 6 weeks apart throughout.
    """
    if regime in WEEKS_AFTER_FIRST_REVIEW:
        if first_review is None:
            raise ValueError(f"the {regime} regime needs the first review date")
        review = first_review
        after = timedelta(weeks=WEEKS_AFTER_FIRST_REVIEW[regime])

        def next_due(_: int, done: date) -> date:
            return done + (timedelta(weeks=1) if done < review else after)

    else:
        first_anniversary = add_years(placement_start, 1)
        three_monthly = regime == "default" and long_term_to_18

        def next_due(_: int, done: date) -> date:
            if three_monthly and done >= first_anniversary:
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


def permanence_plan_due(looked_after_from: date, review_dates: Iterable[date]) -> date:
    """The plan for permanence is due by the second review: its due date, from the first review
    actually held (or, before one is held, 3 months after the first review's due date)."""
    held = sorted(review_dates)
    first = held[0] if held else add_working_days(looked_after_from, 20)
    return add_months(first, 3)


def pathway_plan_review_due(last_review: date) -> date:
    """At most 6 months after the last pathway plan review (England regulation UNCONFIRMED)."""
    return add_months(last_review, 6)


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
