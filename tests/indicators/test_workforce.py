from datetime import date

from indicators import REGISTRY, Context
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025


@worked("social_workers_3_plus")
def test_three_or_more_social_workers_in_the_year():
    # A: SW1, SW2, SW3 all have episodes in the year → 3.
    # B: SW1 ended 31/03/2024, before the year; SW4, then an XX placeholder (not counted), SW5
    #    → 2.
    # C: SW6 only → 1.          → 1 of 3 = 33.3%.
    tables = {
        "Episodes": frame([episode(c, "01/01/2024") for c in "ABC"]),
        "SWEpisodes": frame(
            [
                {"CHILD": "A", "SW_ID": "SW1", "SW_DECOM": "01/01/2024", "SW_DEC": "01/05/2024"},
                {"CHILD": "A", "SW_ID": "SW2", "SW_DECOM": "01/05/2024", "SW_DEC": "01/09/2024"},
                {"CHILD": "A", "SW_ID": "SW3", "SW_DECOM": "01/09/2024", "SW_DEC": None},
                {"CHILD": "B", "SW_ID": "SW1", "SW_DECOM": "01/01/2024", "SW_DEC": "31/03/2024"},
                {"CHILD": "B", "SW_ID": "SW4", "SW_DECOM": "01/04/2024", "SW_DEC": "01/10/2024"},
                {"CHILD": "B", "SW_ID": "XX1", "SW_DECOM": "01/10/2024", "SW_DEC": "15/10/2024"},
                {"CHILD": "B", "SW_ID": "SW5", "SW_DECOM": "15/10/2024", "SW_DEC": None},
                {"CHILD": "C", "SW_ID": "SW6", "SW_DECOM": "01/01/2024", "SW_DEC": None},
            ]
        ),
    }
    result = REGISTRY["social_workers_3_plus"].at(Context(tables), AT)
    assert (result.numerator, result.denominator) == (("A",), ("A", "B", "C"))
    assert round(result.value, 1) == 33.3
    del tables["SWEpisodes"]
    assert not REGISTRY["social_workers_3_plus"].at(Context(tables), AT).available
