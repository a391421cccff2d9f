"""Rules 300–359: one flagged row and one near miss per rule (collection year 2025 = 2024/25)."""

import pytest

from tests.ssda903.validation.rulecases import case, findings

BORN_2010 = [{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2010"}]


def _ep(child, decom, dec=None, **cols):
    return {"CHILD": child, "DECOM": decom, "DEC": dec, **cols}


CASES = [
    case("301", {"Header": [2]}, Header=[{"DOB": "01/04/2025"}, {"DOB": "31/03/2025"}]),
    case(
        "302",
        {"Episodes": [2], "Header": [2]},
        Header=BORN_2010,
        Episodes=[_ep("1", "31/12/2009"), _ep("2", "01/01/2010")],
    ),
    case(
        "304",
        {"UASC": [2]},
        UASC=[
            {"DOB": "01/01/2010", "DUC": "02/01/2028"},
            {"DOB": "01/01/2010", "DUC": "01/01/2028"},
        ],
    ),
    case(
        "331",
        {"AD1": [2], "Episodes": [2]},
        Episodes=[_ep("1", "01/05/2024", REC="E11"), _ep("2", "01/05/2024", REC="E11")],
        AD1=[
            {"CHILD": "1", "DATE_MATCH": "02/05/2024"},
            {"CHILD": "2", "DATE_MATCH": "01/05/2024"},
        ],
    ),
    case(
        "333",
        {"AD1": [2]},
        AD1=[
            {"DATE_INT": "02/05/2024", "DATE_MATCH": "01/05/2024"},
            {"DATE_INT": "01/05/2024", "DATE_MATCH": "01/05/2024"},
        ],
    ),
    case(
        "334",
        {"AD1": [2], "Episodes": [2]},
        Episodes=[_ep("1", "01/05/2024", RNE="S"), _ep("2", "01/05/2024", RNE="S")],
        AD1=[{"CHILD": "1", "DATE_INT": "30/04/2024"}, {"CHILD": "2", "DATE_INT": "01/05/2024"}],
    ),
    case(
        "335",
        {"AD1": [2], "Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", REC="E11", PLACE="A3"),
            _ep("2", "01/05/2024", REC="E11", PLACE="A4"),
        ],
        AD1=[{"CHILD": "1", "FOSTER_CARE": "0"}, {"CHILD": "2", "FOSTER_CARE": "0"}],
    ),
    case(
        "336",
        {"Episodes": [3]},
        Episodes=[
            _ep("1", "01/05/2024", PLACE="K2"),
            _ep("1", "01/06/2024", PLACE="A4"),
            _ep("2", "01/05/2024", PLACE="A5"),
            _ep("2", "01/06/2024", PLACE="A3"),
        ],
    ),
    case(
        "344",
        {"OC3": [2]},
        OC3=[
            {"IN_TOUCH": "DIED", "ACTIV": "0", "ACCOM": "B1"},
            {"IN_TOUCH": "DIED", "ACTIV": "0", "ACCOM": "0"},
        ],
    ),
    case(
        "345",
        {"OC3": [2]},
        OC3=[
            {"IN_TOUCH": "YES", "ACTIV": "0", "ACCOM": "B1"},
            {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
        ],
    ),
    case(
        "347",
        {"OC3": [2]},
        OC3=[{"DOB": "01/06/2006", "ACCOM": "T"}, {"DOB": "01/06/2005", "ACCOM": "T"}],
    ),
    case(
        "348",
        {"OC3": [2]},
        year=2026,
        OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}, {"CHILD": "2", "IN_TOUCH": "DIED"}],
        previous={"OC3": [{"CHILD": "1", "IN_TOUCH": "DIED"}, {"CHILD": "2", "IN_TOUCH": "DIED"}]},
    ),
    case("351", {"Header": [2]}, Header=[{"DOB": "31/03/1999"}, {"DOB": "01/04/1999"}]),
    case(
        "352",
        {"Episodes": [2]},
        Header=BORN_2010,
        Episodes=[_ep("1", "01/01/2028", RNE="S"), _ep("2", "31/12/2027", RNE="S")],
        year=2027,
    ),
    case("353", {"Episodes": [2]}, Episodes=[_ep("1", "13/10/1991"), _ep("2", "14/10/1991")]),
    case("354", {"Episodes": [2]}, Episodes=[_ep("1", "01/04/2025"), _ep("2", "31/03/2025")]),
    case(
        "355",
        {"Episodes": [2]},
        Episodes=[_ep("1", "01/05/2024", "01/05/2024"), _ep("2", "01/05/2024", "02/05/2024")],
    ),
    case(
        "356",
        {"Episodes": [2]},
        Episodes=[_ep("1", "01/05/2024", "30/04/2024"), _ep("2", "01/05/2024", "01/05/2024")],
    ),
    case(
        "357",
        {"Episodes": [2]},
        Episodes=[_ep("1", "01/05/2024", RNE="P"), _ep("2", "01/05/2024", RNE="S")],
    ),
    case(
        "358",
        {"Episodes": [2], "Header": [2]},
        Header=BORN_2010,
        Episodes=[_ep("1", "01/01/2020", LS="J1"), _ep("2", "02/01/2020", LS="J1")],
    ),
    case(
        "359",
        {"Episodes": [2]},
        Header=[{"CHILD": "1", "DOB": "30/03/2007"}, {"CHILD": "2", "DOB": "30/03/2007"}],
        Episodes=[
            _ep("1", "01/05/2024", LS="C2", PLACE="K2"),
            _ep("2", "01/05/2024", LS="V2", PLACE="K2"),
        ],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_rule_flags_the_bad_row_and_not_the_near_miss(c):
    assert findings(c) == c.flagged
