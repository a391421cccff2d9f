from datetime import date

import pytest

from indicators import REGISTRY, Context, combine
from tests.indicators.builders import episode, frame, worked

COLUMNS = (
    "HEALTH_ASSESSMENT",
    "TEETH_CHECK",
    "IMMUNISATIONS",
    "HEALTH_CHECK",
    "SUBSTANCE_MISUSE",
    "CONVICTED",
    "SDQ_SCORE",
)


def oc2(child: str, dob: str, *values: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, **dict(zip(COLUMNS, values, strict=True))}


# The 2024/25 OC2 (ages at 31/03/2025):         HA  teeth imm  dev  subst conv SDQ
#   A born 01/06/2021, 3                         1   0     1    1    0     -    -
#   B born 01/04/2020, 4 (5 the next day)        1   1     1    0    0     -    13
#   C born 31/03/2015, 10 (birthday today)       0   1     0    -    0     1    14
#   D born 01/01/2010, 15                        1   1     1    -    1     0    17
#   E born 01/01/2012, 13 (SDQ refused)          1   0     1    -    0     0    -
# The 2023/24 OC2 holds only A, with HA 0, to show the right year is chosen.
HISTORY = combine(
    {
        2024: {"OC2": frame([oc2("A", "01/06/2021", "0", "0", "1", "1", "0", None, None)])},
        2025: {
            "OC2": frame(
                [
                    oc2("A", "01/06/2021", "1", "0", "1", "1", "0", None, None),
                    oc2("B", "01/04/2020", "1", "1", "1", "0", "0", None, "13"),
                    oc2("C", "31/03/2015", "0", "1", "0", None, "0", "1", "14"),
                    oc2("D", "01/01/2010", "1", "1", "1", None, "1", "0", "17"),
                    oc2("E", "01/01/2012", "1", "0", "1", None, "0", "0", None),
                ]
            )
        },
    }
)
AT = date(2025, 6, 30)  # any date from 31/03/2025 to 30/03/2026 reports the 2024/25 OC2


@worked("health_assessments", "dental_checks", "immunisations")
@pytest.mark.parametrize(
    ("id_", "who", "percent"),
    [
        ("health_assessments", ("A", "B", "D", "E"), 80),  # 4 of 5
        ("dental_checks", ("B", "C", "D"), 60),  # 3 of 5
        ("immunisations", ("A", "B", "D", "E"), 80),  # 4 of 5
    ],
)
def test_checks_up_to_date(id_, who, percent):
    result = REGISTRY[id_].at(Context(HISTORY), AT)
    assert result.numerator == who
    assert result.denominator == ("A", "B", "C", "D", "E")
    assert result.value == percent
    assert result.period.end == date(2025, 3, 31)


@worked("development_checks")
def test_development_checks_are_for_under_fives():
    # A (3) and B (4) are under 5; A is up to date → 50%.
    result = REGISTRY["development_checks"].at(Context(HISTORY), AT)
    assert (result.numerator, result.denominator, result.value) == (("A",), ("A", "B"), 50)


@worked("substance_misuse")
def test_substance_misuse():
    result = REGISTRY["substance_misuse"].at(Context(HISTORY), AT)
    assert result.numerator == ("D",) and result.value == 20  # 1 of 5


@worked("convictions")
def test_convictions_are_for_ages_ten_and_over():
    # C (10), D (15), E (13) are 10+; C convicted → 33.3%.
    result = REGISTRY["convictions"].at(Context(HISTORY), AT)
    assert result.denominator == ("C", "D", "E") and result.numerator == ("C",)
    assert round(result.value, 1) == 33.3


@worked("sdq_average", "sdq_normal", "sdq_borderline", "sdq_concern")
def test_sdq_average_and_bands():
    # Scores 13 (B), 14 (C), 17 (D): mean 44 / 3 = 14.67 → 14.7; one child in each band.
    ctx = Context(HISTORY)
    average = REGISTRY["sdq_average"].at(ctx, AT)
    assert average.value == 14.7 and average.numerator == ("B", "C", "D")
    assert REGISTRY["sdq_normal"].at(ctx, AT).numerator == ("B",)
    assert REGISTRY["sdq_borderline"].at(ctx, AT).numerator == ("C",)
    concern = REGISTRY["sdq_concern"].at(ctx, AT)
    assert concern.numerator == ("D",) and round(concern.value, 1) == 33.3


def test_earlier_dates_use_the_earlier_year_and_before_any_data_is_not_available():
    ctx = Context(HISTORY)
    earlier = REGISTRY["health_assessments"].at(ctx, date(2024, 3, 31))
    assert (earlier.numerator, earlier.denominator, earlier.value) == ((), ("A",), 0)
    assert not REGISTRY["health_assessments"].at(ctx, date(2023, 3, 31)).available


def test_a_single_return_without_year_tags_belongs_to_its_own_year():
    # The latest episode start is 01/01/2025, inside 2024/25, so an untagged OC2 is the 2024/25
    # one: it answers for 31/03/2025 and not for 31/03/2026. (An end date in the next year, a
    # common error, does not move it.)
    tables = {
        "Episodes": frame(
            [
                episode("A", "01/01/2023", "01/01/2025", rec="X1"),
                episode("A", "01/01/2025", "02/04/2025", rne="P", rec="E4A"),
            ]
        ),
        "OC2": frame([oc2("A", "01/06/2021", "1", "0", "1", "1", "0", None, None)]),
    }
    ctx = Context(tables)
    assert REGISTRY["health_assessments"].at(ctx, date(2025, 3, 31)).value == 100
    assert not REGISTRY["health_assessments"].at(ctx, date(2026, 3, 31)).available
    assert (
        not REGISTRY["health_assessments"]
        .at(Context(tables, collection_year=2024), date(2025, 3, 31))
        .available
    )
