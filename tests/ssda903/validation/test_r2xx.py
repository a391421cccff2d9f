"""Rules 200–299: one flagged row and one near miss per rule (collection year 2025 = 2024/25)."""

import pytest

from tests.ssda903.validation.rulecases import case, findings

TWO = [{"CHILD": "1"}, {"CHILD": "2"}]


def _last_year(**cols):
    return {"Header": [{"CHILD": "1", **cols}, {"CHILD": "2", **cols}]}


CASES = [
    case(
        "202",
        {"Header": [2]},
        Header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "F"}],
        previous=_last_year(SEX="F"),
    ),
    case(
        "203",
        {"Header": [3]},
        Header=[{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "02/01/2010"}],
        previous=_last_year(DOB="01/01/2010"),
    ),
    case(
        "204",
        {"Header": [2]},
        Header=[{"CHILD": "1", "ETHNIC": "WOTH"}, {"CHILD": "2", "ETHNIC": "wbri"}],
        previous=_last_year(ETHNIC="WBRI"),
    ),
    # Child 1 was UASC last year but has no Header row this year; the date ceased is blank.
    case(
        "205A",
        {"UASC": [2]},
        Header=[{"CHILD": "2"}],
        UASC=[{"CHILD": "1"}, {"CHILD": "2"}],
        previous={"Header": TWO, "UASC": TWO},
    ),
    case(
        "205B",
        {"UASC": [2], "Header": [2]},
        Header=TWO,
        UASC=[
            {"CHILD": "1", "DUC": "01/05/2030"},
            {"CHILD": "2", "DUC": "01/05/2030"},
        ],
        previous={
            "Header": TWO,
            "UASC": [
                {"CHILD": "1", "DOB": "01/05/2012", "DUC": "01/05/2031"},
                {"CHILD": "2", "DOB": "01/05/2012", "DUC": "01/05/2030"},
            ],
        },
    ),
    case(
        "205C",
        {"UASC": [2]},
        # Child 1 has a UASC row but no Header row, so is not recorded as UASC either year.
        Header=[{"CHILD": "2"}],
        UASC=[{"CHILD": "1", "DUC": "01/05/2030"}, {"CHILD": "2", "DUC": "01/05/2030"}],
        previous={"Header": [{"CHILD": "3"}], "UASC": [{"CHILD": "3"}]},
    ),
    case(
        "205D",
        {"Header": [2]},
        Header=TWO,
        UASC=TWO,
        previous={"Header": TWO, "UASC": [{"CHILD": "2"}]},
    ),
    # A UASC row repeated (child 1's) does not change any other child's UASC status: child 2 was
    # UASC both years, child 3 neither. (The councils' tool marks Header rows UASC by position
    # after a merge the repeated row lengthens, so from there on it reads the wrong child's
    # status: docs/validation.md, "Parity on a generated return with errors injected per rule".)
    case(
        "205D",
        {"Header": [2]},
        Header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
        UASC=[{"CHILD": "1"}, {"CHILD": "1"}, {"CHILD": "2"}],
        previous={
            "Header": [{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
            "UASC": [{"CHILD": "2"}],
        },
    ),
    case(
        "207",
        {"Header": [2]},
        Header=[{"CHILD": "1", "MOTHER": "0"}, {"CHILD": "2", "MOTHER": "1"}],
        Episodes=TWO,
        previous=_last_year(MOTHER="1"),
    ),
    case(
        "208",
        {"Header": [2]},
        Header=[{"CHILD": "1", "UPN": "UN1"}, {"CHILD": "2", "UPN": "A123456789012"}],
        previous=_last_year(UPN="UN2"),
    ),
    case(
        "209",
        {"Header": [2]},
        Header=[{"UPN": "UN1", "DOB": "31/08/2019"}, {"UPN": "UN1", "DOB": "01/09/2019"}],
    ),
    case(
        "210",
        {"Header": [2], "Episodes": [2]},
        Header=[{"CHILD": "1", "UPN": "UN4"}, {"CHILD": "2", "UPN": "UN4"}],
        Episodes=[{"CHILD": "1", "DECOM": "24/03/2025"}, {"CHILD": "2", "DECOM": "23/03/2025"}],
    ),
    case(
        "213",
        {"Episodes": [2]},
        Episodes=[{"PLACE": "T2", "PLACE_PROVIDER": "PR1"}, {"PLACE": "T2"}],
    ),
    case(
        "213",
        {"Episodes": [2]},
        year=2026,
        Episodes=[
            {"PLACE": "Z12", "PLACE_PROVIDER": "PR1"},
            {"PLACE": "U1", "PLACE_PROVIDER": "PR1"},
        ],
    ),
    case(
        "214", {"Episodes": [2]}, Episodes=[{"LS": "V3", "URN": "SC1"}, {"LS": "C2", "URN": "SC1"}]
    ),
    case(
        "215",
        {"OC3": [2], "OC2": [2]},
        OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2", "IN_TOUCH": "YES"}],
        OC2=[{"CHILD": "1", "HEALTH_CHECK": "1"}, {"CHILD": "2"}],
    ),
    case(
        "217",
        {"Episodes": [2]},
        Episodes=[
            {"PLACE": "A3", "DECOM": "01/04/2015", "RNE": "P"},
            {"PLACE": "A3", "DECOM": "31/03/2015", "RNE": "P"},
        ],
    ),
    case(
        "217t",
        {"Episodes": [2]},
        year=2024,
        Episodes=[{"PLACE": "P2", "DEC": "29/10/2023"}, {"PLACE": "P2", "DEC": "28/10/2023"}],
    ),
    case(
        "222",
        {"Episodes": [2]},
        year=2023,
        Episodes=[{"PLACE": "H5", "URN": "SC1"}, {"PLACE": "K2", "URN": "SC1"}],
    ),
    case(
        "222",
        {"Episodes": [2]},
        year=2024,
        Episodes=[{"PLACE": "P2", "URN": "SC1"}, {"PLACE": "P2", "URN": "XXXXXXX"}],
    ),
    case(
        "222",
        {"Episodes": [2]},
        Episodes=[{"PLACE": "P1", "URN": "SC1"}, {"PLACE": "P2", "URN": "SC1"}],
    ),
    case(
        "222",
        {"Episodes": [2]},
        year=2026,
        Episodes=[{"PLACE": "Z13", "URN": "SC1"}, {"PLACE": "Z1", "URN": "SC1"}],
    ),
    case(
        "225",
        {"Episodes": [2]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "REC": "X1", "PLACE": "U1"},
            {"CHILD": "1", "DECOM": "01/06/2024", "RNE": "P", "PLACE": "U2", "REC": "X1"},
            {"CHILD": "1", "DECOM": "01/07/2024", "RNE": "P", "PLACE": "T1"},
        ],
    ),
    case(
        "226",
        {"Episodes": [3]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "PLACE": "U1"},
            {"CHILD": "1", "DECOM": "01/06/2024", "PLACE": "T1", "REASON_PLACE_CHANGE": "CARPL"},
            {"CHILD": "2", "DECOM": "01/06/2024", "PLACE": "T1"},
        ],
    ),
    case("232", {"Header": [2]}, Header=[{"SEX": "U"}, {"SEX": "F"}]),
    case(
        "234",
        {"Episodes": [2], "Header": [2]},
        year=2026,
        Header=[{"CHILD": "1", "DOB": "02/05/2015"}, {"CHILD": "2", "DOB": "01/05/2015"}],
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2025", "REASON_PLACE_CHANGE": "CUSTOD"},
            {"CHILD": "2", "DECOM": "01/05/2025", "REASON_PLACE_CHANGE": "CUSTOD"},
        ],
    ),
    case(
        "242",
        {"Episodes": [2]},
        year=2026,
        Episodes=[{"PLACE": "K2", "URN": "XXXXXXX"}, {"PLACE": "A3", "URN": "XXXXXXX"}],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_rule_flags_the_bad_row_and_not_the_near_miss(c):
    assert findings(c) == c.flagged


def test_rules_comparing_with_last_year_say_nothing_without_it():
    c = case("202", {}, Header=[{"CHILD": "1", "SEX": "M"}])
    assert findings(c) == {}


def test_202_the_2024_25_change_of_sex_codes_is_not_a_change_of_sex():
    """DfE's rule 202: 'The gender code conflicts with the gender already recorded'. 1 and M both
    record a boy, 2 and F a girl; the councils' tool compares the codes as text, so it flags every
    child in a 2024/25 return whose 2023/24 record used 1 or 2 (documented disagreement)."""
    c = case(
        "202",
        {"Header": [4]},
        Header=[
            {"CHILD": "1", "SEX": "M"},
            {"CHILD": "2", "SEX": "F"},
            {"CHILD": "3", "SEX": "F"},
        ],
        previous={
            "Header": [
                {"CHILD": "1", "SEX": "1"},
                {"CHILD": "2", "SEX": "2"},
                {"CHILD": "3", "SEX": "1"},
            ]
        },
    )
    assert findings(c) == {"Header": [4]}
