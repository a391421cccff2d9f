from datetime import date

from indicators import REGISTRY, Context
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025

# Looked after during the year: A (all year) and B (01/06/2024-01/09/2024). C is on short
# breaks only and D starts after the year: neither is in the cohort.
# Incidents: A missing 05/05/2024 and 10/10/2024, away 01/12/2024; B away 01/07/2024 and
# missing 20/03/2024 (before the year); C missing 01/06/2024 (not in the cohort).
TABLES = {
    "Episodes": frame(
        [
            episode("A", "01/01/2024"),
            episode("B", "01/06/2024", "01/09/2024", rec="E4A"),
            episode("C", "01/01/2024", ls="V3"),
            episode("D", "01/05/2025"),
        ]
    ),
    "Missing": frame(
        [
            {"CHILD": "A", "MISSING": "M", "MIS_START": "05/05/2024", "MIS_END": "06/05/2024"},
            {"CHILD": "A", "MISSING": "M", "MIS_START": "10/10/2024", "MIS_END": "12/10/2024"},
            {"CHILD": "A", "MISSING": "A", "MIS_START": "01/12/2024", "MIS_END": "01/12/2024"},
            {"CHILD": "B", "MISSING": "A", "MIS_START": "01/07/2024", "MIS_END": "02/07/2024"},
            {"CHILD": "B", "MISSING": "M", "MIS_START": "20/03/2024", "MIS_END": "21/03/2024"},
            {"CHILD": "C", "MISSING": "M", "MIS_START": "01/06/2024", "MIS_END": "02/06/2024"},
        ]
    ),
}


@worked("children_missing")
def test_children_who_went_missing():
    result = REGISTRY["children_missing"].at(Context(TABLES), AT)
    assert (result.numerator, result.denominator, result.value) == (("A",), ("A", "B"), 50)


@worked("children_away")
def test_children_away_without_authorisation():
    result = REGISTRY["children_away"].at(Context(TABLES), AT)
    assert (result.numerator, result.value) == (("A", "B"), 100)


@worked("missing_incidents", "away_incidents")
def test_missing_and_away_incidents_in_the_year():
    # Missing: A's two; B's was before the year, C is not in the cohort.
    result = REGISTRY["missing_incidents"].at(Context(TABLES), AT)
    assert (result.value, result.numerator) == (2, ("A",))
    # Away: A on 01/12/2024, B on 01/07/2024.
    away = REGISTRY["away_incidents"].at(Context(TABLES), AT)
    assert (away.value, away.numerator) == (2, ("A", "B"))


@worked("return_interviews_72h")
def test_return_interviews_within_72_hours():
    # A returned 06/05/2024 → interview by 09/05/2024; held 09/05 (in time).
    # A returned 12/10/2024 → by 15/10/2024; held 16/10 (late) → A not in time → 0 of 1.
    interviews = frame(
        [
            {"CHILD": "A", "MIS_START": "05/05/2024", "RHI_DATE": "09/05/2024"},
            {"CHILD": "A", "MIS_START": "10/10/2024", "RHI_DATE": "16/10/2024"},
        ]
    )
    late = REGISTRY["return_interviews_72h"].at(Context(TABLES, return_interviews=interviews), AT)
    assert (late.numerator, late.denominator, late.value) == ((), ("A",), 0)
    # Held on 15/10 instead, both are in time → 100%.
    on_time = interviews.with_columns(interviews["RHI_DATE"].replace("16/10/2024", "15/10/2024"))
    result = REGISTRY["return_interviews_72h"].at(Context(TABLES, return_interviews=on_time), AT)
    assert (result.numerator, result.value) == (("A",), 100)
    assert not REGISTRY["return_interviews_72h"].at(Context(TABLES), AT).available
