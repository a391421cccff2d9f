from datetime import date, datetime

import pytest

from clocks import (
    TIMESCALE_BY_ID,
    TIMESCALES,
    Due,
    health_assessment_schedule,
    next_review_due,
    pathway_plan_due,
    pathway_plan_review_due,
    pep_due,
    permanence_plan_due,
    review_schedule,
    rhi_on_time,
    visit_schedule,
)


def test_every_timescale_in_the_brief_is_recorded_with_a_source():
    wanted = {
        "review_1",
        "review_2",
        "review_later",
        "iha",
        "rha_under_5",
        "rha_5_plus",
        "pep",
        "visit_first",
        "visit_first_year",
        "visit_after_first_year",
        "needs_assessment",
        "rhi",
        "care_plan",
        "visit_weekly_until_first_review",
        "visit_care_order_with_parents",
        "permanence_plan",
        "sdq",
        "pep_review",
        "pathway_plan_review",
        "s20_review",
        "iro_appointment",
        "iro_review_record",
    }
    assert wanted <= set(TIMESCALE_BY_ID)
    assert all(t.source and t.rule and t.name for t in TIMESCALES)
    assert not TIMESCALE_BY_ID["iha"].confirmed  # only secondary sources give 20 WD


def test_review_schedule_moves_the_clock_from_the_actual_review():
    # Looked after Thu 17 Apr 2025 → first review due 20 May 2025 (worked in test_calendar).
    # Held 20 May: on time; second due 20 Aug 2025, held 21 Aug: late; third due 6 months after
    # the late review, 21 Feb 2026, and at 1 Mar 2026 it has not happened: overdue.
    schedule = review_schedule(
        date(2025, 4, 17), [date(2025, 8, 21), date(2025, 5, 20)], as_at=date(2026, 3, 1)
    )
    assert schedule == [
        Due("review_1", date(2025, 5, 20), date(2025, 5, 20), True),
        Due("review_2", date(2025, 8, 20), date(2025, 8, 21), False),
        Due("review_later", date(2026, 2, 21), None, False),
    ]
    assert next_review_due(date(2025, 4, 17), [date(2025, 5, 20)]) == date(2025, 8, 20)


def test_pending_item_not_yet_due_has_no_verdict():
    schedule = review_schedule(date(2025, 4, 17), [], as_at=date(2025, 5, 1))
    assert schedule == [Due("review_1", date(2025, 5, 20), None, None)]


def test_health_assessments_switch_to_annual_at_five():
    # Born 1 Jun 2021, looked after Thu 2 Jan 2025: IHA due 20 WD later = 30 Jan 2025
    # (3 Jan is day 1; 6-10, 13-17, 20-24 Jan are days 2-16; 27-30 Jan days 17-20).
    # IHA 28 Jan (age 3) → next 28 Jul; done 1 Aug (late) → next 1 Feb 2026 (age 4 at 1 Aug);
    # done 1 Feb 2026 (still 4) → next 1 Aug 2026; done 1 Aug 2026 (now 5) → next 1 Aug 2027.
    done = [date(2025, 1, 28), date(2025, 8, 1), date(2026, 2, 1), date(2026, 8, 1)]
    schedule = health_assessment_schedule(
        date(2025, 1, 2), date(2021, 6, 1), done, date(2026, 9, 1)
    )
    assert [d.due for d in schedule] == [
        date(2025, 1, 30),
        date(2025, 7, 28),
        date(2026, 2, 1),
        date(2026, 8, 1),
        date(2027, 8, 1),
    ]
    assert [d.on_time for d in schedule] == [True, False, True, True, None]


def test_pep_due_ten_working_days_after():
    # 2 Jan 2025 (Thu): 3 Jan (1), 6-10 Jan (2-6), 13-16 Jan (7-10).
    assert pep_due(date(2025, 1, 2)) == date(2025, 1, 16)


def test_visits_first_within_a_week_then_six_weekly_then_three_monthly_if_long_term():
    # Placement 1 Jan 2025: first visit due 8 Jan; visit 8 Jan → next due 19 Feb (42 days).
    # A visit on 2 Jan 2026 is after the first anniversary, so a placement meant to last to 18
    # next needs a visit by 2 Apr 2026; otherwise by 13 Feb 2026.
    visits = [date(2025, 1, 8), date(2026, 1, 2)]
    long_term = visit_schedule(date(2025, 1, 1), visits, date(2026, 1, 3), long_term_to_18=True)
    assert [d.due for d in long_term] == [date(2025, 1, 8), date(2025, 2, 19), date(2026, 4, 2)]
    assert [d.on_time for d in long_term] == [True, False, None]
    short = visit_schedule(date(2025, 1, 1), visits, date(2026, 1, 3))
    assert short[-1].due == date(2026, 2, 13)


def test_pathway_plan_due_at_16_and_3_months_or_later_eligibility():
    assert pathway_plan_due(date(2009, 11, 30)) == date(2026, 2, 28)
    assert pathway_plan_due(date(2009, 11, 30), date(2026, 1, 10)) == date(2026, 4, 10)


def test_return_home_interview_within_72_hours():
    back = datetime(2025, 3, 1, 22, 0)
    assert rhi_on_time(back, datetime(2025, 3, 4, 22, 0))
    assert not rhi_on_time(back, datetime(2025, 3, 4, 22, 30))
    assert not rhi_on_time(back, None)


def test_reg_24_visits_are_weekly_until_the_first_review_then_four_weekly():
    # Placement Wed 01/01/2025, first review 29/01/2025. First visit due 08/01: visited 07/01
    # → next by 14/01 (visited) → by 21/01, visited 22/01: late → by 29/01, visited 29/01, which
    # is not before the first review, so the next is 4 weeks later: 26/02/2025, overdue on 01/03.
    visits = [date(2025, 1, 7), date(2025, 1, 14), date(2025, 1, 22), date(2025, 1, 29)]
    schedule = visit_schedule(
        date(2025, 1, 1), visits, date(2025, 3, 1), regime="reg24", first_review=date(2025, 1, 29)
    )
    assert [d.due for d in schedule] == [
        date(2025, 1, 8),
        date(2025, 1, 14),
        date(2025, 1, 21),
        date(2025, 1, 29),
        date(2025, 2, 26),
    ]
    assert [d.on_time for d in schedule] == [True, True, False, True, False]
    # Under reg 19 the interval after the first review is 6 weeks: 29/01 + 42 days = 12/03.
    reg19 = visit_schedule(
        date(2025, 1, 1),
        visits,
        regime="reg19",
        first_review=date(2025, 1, 29),
        as_at=date(2025, 3, 1),
    )
    assert reg19[-1] == Due("visit", date(2025, 3, 12), None, None)


def test_weekly_regimes_need_the_first_review_date():
    with pytest.raises(ValueError, match="first review"):
        visit_schedule(date(2025, 1, 1), [], regime="ico_with_parents")


def test_care_order_with_parents_never_moves_to_three_monthly():
    # Visit 02/01/2026 is after the first anniversary, but this regime stays 6-weekly: 13/02/2026.
    visits = [date(2025, 1, 8), date(2026, 1, 2)]
    schedule = visit_schedule(
        date(2025, 1, 1),
        visits,
        long_term_to_18=True,
        regime="care_order_with_parents",
        as_at=date(2026, 1, 3),
    )
    assert schedule[-1].due == date(2026, 2, 13)


def test_permanence_plan_due_by_the_second_review():
    # First review held 20/05/2025 → second (and the permanence plan) due 20/08/2025. Before any
    # review: first review due 20/05/2025 (see test_calendar), so the same date.
    assert permanence_plan_due(date(2025, 4, 17), [date(2025, 5, 20)]) == date(2025, 8, 20)
    assert permanence_plan_due(date(2025, 4, 17), [date(2025, 5, 1)]) == date(2025, 8, 1)
    assert permanence_plan_due(date(2025, 4, 17), []) == date(2025, 8, 20)


def test_pathway_plan_review_six_monthly():
    assert pathway_plan_review_due(date(2025, 8, 31)) == date(2026, 2, 28)
