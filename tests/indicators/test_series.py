from datetime import date

from indicators import (
    REGISTRY,
    Context,
    Direction,
    combine,
    covered_month_ends,
    direction,
    evaluate_all,
    month_ends,
    series,
)
from tests.indicators.builders import episode, frame


def test_month_ends_cover_every_month_including_leap_february():
    assert month_ends(date(2024, 1, 15), date(2024, 3, 2)) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
    ]


def test_series_gives_the_indicator_at_each_month_end():
    # X looked after 15/02/2024-10/04/2024; Y from 01/03/2024.
    # End of Jan: nobody; Feb: X; Mar: X and Y; Apr: Y (X left on the 10th).
    tables = {
        "Episodes": frame(
            [
                episode("X", "15/02/2024", "10/04/2024", rec="E4A"),
                episode("Y", "01/03/2024"),
            ]
        )
    }
    results = series("cla_at_date", tables, month_ends(date(2024, 1, 1), date(2024, 4, 1)))
    assert [r.value for r in results] == [0, 1, 2, 1]
    assert results[2].numerator == ("X", "Y")
    assert [r.period.end for r in results][-1] == date(2024, 4, 30)


def test_every_indicator_evaluates_on_a_sparse_return():
    # Only Episodes: indicators needing other tables give a value of None or "not available",
    # never an exception.
    tables = {"Episodes": frame([episode("Y", "01/03/2024")])}
    results = evaluate_all(Context(tables), date(2025, 3, 31))
    assert set(results) == set(REGISTRY)
    assert results["cla_at_date"].value == 1
    assert not results["health_assessments"].available
    # Not-available results still say which period they would have covered.
    assert results["health_assessments"].period.start == date(2024, 4, 1)
    assert results["cla_rate_per_10k"].period.start == date(2025, 3, 31)
    assert results["adoption_a1"].period.start == date(2022, 4, 1)
    assert results["social_workers_3_plus"].period.start == date(2024, 4, 1)


def test_by_default_a_series_covers_every_month_end_of_the_collection_years_held():
    # Returns for 2023/24 and 2024/25: April 2023 to March 2025, 24 month-ends. Y (from
    # 01/03/2024) is looked after from the end of March 2024 onwards.
    history = combine(
        {year: {"Episodes": frame([episode("Y", "01/03/2024")])} for year in (2024, 2025)}
    )
    ends = covered_month_ends(history)
    assert (len(ends), ends[0], ends[-1]) == (24, date(2023, 4, 30), date(2025, 3, 31))
    values = [r.value for r in series("cla_at_date", history)]
    assert values == [0] * 11 + [1] * 13
    # A single untagged return covers its own year.
    assert len(covered_month_ends({"Episodes": frame([episode("Y", "01/03/2024")])})) == 12
    assert covered_month_ends({}) == []


def test_direction_of_travel_reads_the_polarity():
    # Y looked after from Fri 01/03/2024: first review due 02/04/2024 (20 working days, Easter
    # skipped), held 20/03/2024 → 100% at 30/04/2024. The second, due 20/06/2024, is never held
    # → 0% at 31/03/2025. Reviews on time is "higher is better", so that is worsening.
    tables = {
        "Episodes": frame([episode("Y", "01/03/2024")]),
        "Reviews": frame([{"CHILD": "Y", "REVIEW": "20/03/2024"}]),
    }
    ctx = Context(tables)
    before, after = series("reviews_on_time", ctx, [date(2024, 4, 30), date(2025, 3, 31)])
    assert (before.value, after.value) == (100, 0)
    assert direction(before, after) is Direction.WORSENING
    assert direction(after, before) is Direction.IMPROVING
    assert direction(before, before) is Direction.NO_CHANGE
    # Polarity "neither": a change is only a change.
    early, late = series("cla_at_date", ctx, [date(2024, 2, 29), date(2024, 3, 31)])
    assert direction(early, late) is Direction.CHANGED
    # Different indicators, or a missing value, cannot be compared.
    assert direction(before, late) is Direction.NOT_COMPARABLE
    rate = REGISTRY["cla_rate_per_10k"].at(ctx, date(2024, 3, 31))
    assert direction(rate, rate) is Direction.NOT_COMPARABLE
