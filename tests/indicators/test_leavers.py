from datetime import date

import pytest

from indicators import REGISTRY, Context, combine
from tests.indicators.builders import frame, worked

# 2024/25 OC3; ages at 31/03/2025 = the age reached on the birthday in the year.
#   A born 01/06/2007, 17: YES, F2 (FT education), U1 (independent living, suitable)
#   B born 01/01/2007, 18: NO,  G5 (NEET),         R2 (not known, unsuitable)
#   C born 31/03/2006, 19: YES, G4 (NEET),         D1 (semi-independent, suitable)
#   D born 01/04/2003, 21 (22 the next day): REFU, nothing recorded
#   E born 01/01/2002, 23: YES, P5 (PT employment), Z1 (former foster carers, suitable)
HISTORY = combine(
    {
        2025: {
            "OC3": frame(
                [
                    {
                        "CHILD": "A",
                        "DOB": "01/06/2007",
                        "IN_TOUCH": "YES",
                        "ACTIV": "F2",
                        "ACCOM": "U1",
                    },
                    {
                        "CHILD": "B",
                        "DOB": "01/01/2007",
                        "IN_TOUCH": "NO",
                        "ACTIV": "G5",
                        "ACCOM": "R2",
                    },
                    {
                        "CHILD": "C",
                        "DOB": "31/03/2006",
                        "IN_TOUCH": "YES",
                        "ACTIV": "G4",
                        "ACCOM": "D1",
                    },
                    {
                        "CHILD": "D",
                        "DOB": "01/04/2003",
                        "IN_TOUCH": "REFU",
                        "ACTIV": None,
                        "ACCOM": None,
                    },
                    {
                        "CHILD": "E",
                        "DOB": "01/01/2002",
                        "IN_TOUCH": "YES",
                        "ACTIV": "P5",
                        "ACCOM": "Z1",
                    },
                ]
            )
        }
    }
)

CASES = [
    # 17-18: A and B; only A meets each measure → 50%.
    ("care_leavers_in_touch_17_18", ("A",), ("A", "B"), 50),
    ("care_leavers_eet_17_18", ("A",), ("A", "B"), 50),
    ("care_leavers_suitable_accommodation_17_18", ("A",), ("A", "B"), 50),
    # 19-21: C and D; C in touch and suitably housed but NEET → 50%, 0%, 50%.
    ("care_leavers_in_touch_19_21", ("C",), ("C", "D"), 50),
    ("care_leavers_eet_19_21", (), ("C", "D"), 0),
    ("care_leavers_suitable_accommodation_19_21", ("C",), ("C", "D"), 50),
    # 22-25: E only, meeting all three → 100%.
    ("care_leavers_in_touch_22_25", ("E",), ("E",), 100),
    ("care_leavers_eet_22_25", ("E",), ("E",), 100),
    ("care_leavers_suitable_accommodation_22_25", ("E",), ("E",), 100),
]


@worked(*(case[0] for case in CASES))
@pytest.mark.parametrize(("id_", "numerator", "denominator", "percent"), CASES)
def test_care_leaver_outcomes_by_age_group(id_, numerator, denominator, percent):
    result = REGISTRY[id_].at(Context(HISTORY), date(2025, 3, 31))
    assert (result.numerator, result.denominator, result.value) == (numerator, denominator, percent)


def test_an_age_group_with_nobody_recorded_has_no_value():
    only_young = combine(
        {
            2025: {
                "OC3": frame(
                    [
                        {
                            "CHILD": "A",
                            "DOB": "01/06/2007",
                            "IN_TOUCH": "YES",
                            "ACTIV": "F2",
                            "ACCOM": "U1",
                        },
                    ]
                )
            }
        }
    )
    result = REGISTRY["care_leavers_in_touch_22_25"].at(Context(only_young), date(2025, 3, 31))
    assert result.value is None and result.note == "no children in the denominator"
