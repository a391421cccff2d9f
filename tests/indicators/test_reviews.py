from datetime import date

from indicators import REGISTRY, Context, combine, participation_by_code
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025

# A: looked after Wed 02/10/2024. First review due 20 working days later: 3-4 Oct (1-2),
#    7-11 (3-7), 14-18 (8-12), 21-25 (13-17), 28-30 Oct (18-20) → 30/10/2024; held 30/10 (PN7).
#    Second due 3 months after → 30/01/2025; held 29/01/2025 (PN1). Third due 29/07/2025, after
#    the date. All on time.
# B: looked after Mon 01/01/2024 (a bank holiday). First review due 29/01/2024, held 25/01 —
#    before the year, not counted. Second due 25/04/2024, held 26/04/2024 (PN1): LATE. Third due
#    26/10/2024, held 20/10/2024 (PN7).
# C: looked after Fri 01/03/2024. 4-8 Mar (1-5), 11-15 (6-10), 18-22 (11-15), 25-28 (16-19);
#    29 Mar (Good Friday) and 1 Apr (Easter Monday) skipped; 2 Apr 2024 is day 20 — due in the
#    year, held that day (PN0). Second due 02/07/2024, never held: overdue → LATE.
# D: looked after 10/03/2025; first review not due until April → not in the denominator.
# E: ceased 01/09/2024, so not looked after at the date → not in the denominator.
# → reviews on time: A of A, B, C = 33.3%.
# The history combines the 2023/24 and 2024/25 returns, so reviews are known from 01/04/2023 and
# every period here started inside that coverage.
TABLES = combine(
    {
        2024: {
            "Episodes": frame([episode("B", "01/01/2024"), episode("C", "01/03/2024")]),
            "Reviews": frame([{"CHILD": "B", "REVIEW": "25/01/2024", "REVIEW_CODE": "PN1"}]),
        },
        2025: {
            "Episodes": frame(
                [
                    episode("A", "02/10/2024"),
                    episode("B", "01/01/2024"),
                    episode("C", "01/03/2024"),
                    episode("D", "10/03/2025"),
                    episode("E", "01/05/2024", "01/09/2024", rec="E4A"),
                ]
            ),
            "Reviews": frame(
                [
                    {"CHILD": "A", "REVIEW": "30/10/2024", "REVIEW_CODE": "PN7"},
                    {"CHILD": "A", "REVIEW": "29/01/2025", "REVIEW_CODE": "PN1"},
                    {"CHILD": "B", "REVIEW": "26/04/2024", "REVIEW_CODE": "PN1"},
                    {"CHILD": "B", "REVIEW": "20/10/2024", "REVIEW_CODE": "PN7"},
                    {"CHILD": "C", "REVIEW": "02/04/2024", "REVIEW_CODE": "PN0"},
                ]
            ),
        },
    }
)


@worked("reviews_on_time")
def test_reviews_on_time():
    result = REGISTRY["reviews_on_time"].at(Context(TABLES), AT)
    assert result.denominator == ("A", "B", "C")
    assert result.numerator == ("A",)
    assert round(result.value, 1) == 33.3


def test_a_review_not_yet_overdue_does_not_count_against_the_child():
    # On 01/07/2024 C's second review (due 02/07/2024) is not yet late, and B's second review
    # was late. A is not yet looked after. E is now looked after (from Wed 01/05/2024): first
    # review due 20 WD later, 31/05/2024 (6 and 27 May bank holidays skipped), never held → late.
    result = REGISTRY["reviews_on_time"].at(Context(TABLES), date(2024, 7, 1))
    assert result.denominator == ("B", "C", "E")
    assert result.numerator == ("C",)


@worked("review_participation")
def test_participation_at_the_latest_review_in_the_year():
    # Latest reviews in the year: A PN1 (29/01/2025), B PN7 (20/10/2024), C PN0 (under 4, out).
    # → 1 of 2 aged 4+ conveyed their views = 50%.
    result = REGISTRY["review_participation"].at(Context(TABLES), AT)
    assert result.denominator == ("A", "B")
    assert result.numerator == ("A",)
    assert result.value == 50


def test_participation_by_code():
    codes = participation_by_code(Context(TABLES), AT)
    assert {k: v.numerator for k, v in codes.items()} == {
        "PN0": ("C",),
        "PN1": ("A",),
        "PN7": ("B",),
    }
    assert round(codes["PN1"].value, 1) == 33.3


def test_a_single_return_judges_only_definite_lateness():
    # One 2024/25 return: reviews are known only from 01/04/2024, so for children in care before
    # then the order of the reviews seen is unknown. The first review seen is not judged; later
    # ones are allowed 6 months; with none seen, one was due by 31/03/2024 + 6 months = 30/09/2024.
    # B (in care since 01/01/2024): 26/04/2024 not judged; 20/10/2024 due 26/10/2024 → on time.
    # U (since 2019): 15/05/2024 not judged; 10/11/2024 due 15/11/2024 → on time.
    # V (since 2019): 15/09/2024 not judged; next due 15/03/2025, none by 31/03/2025 → LATE.
    # W (since 2019): no review in the year; due 30/09/2024 → LATE.
    # → B and U of B, U, V, W = 50%.
    tables = {
        "Episodes": frame(
            [
                episode(c, d)
                for c, d in [
                    ("B", "01/01/2024"),
                    ("U", "01/06/2019"),
                    ("V", "01/06/2019"),
                    ("W", "01/06/2019"),
                ]
            ]
        ),
        "Reviews": frame(
            [
                {"CHILD": "B", "REVIEW": "26/04/2024"},
                {"CHILD": "B", "REVIEW": "20/10/2024"},
                {"CHILD": "U", "REVIEW": "15/05/2024"},
                {"CHILD": "U", "REVIEW": "10/11/2024"},
                {"CHILD": "V", "REVIEW": "15/09/2024"},
            ]
        ),
    }
    result = REGISTRY["reviews_on_time"].at(Context(tables, collection_year=2025), AT)
    assert result.denominator == ("B", "U", "V", "W")
    assert result.numerator == ("B", "U")
