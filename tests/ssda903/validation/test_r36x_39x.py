"""Rules 360–399: one flagged row and one near miss per rule (collection year 2025 = 2024/25)."""

import pytest

from tests.ssda903.validation.rulecases import case, findings

TWO = [{"CHILD": "1"}, {"CHILD": "2"}]
BORN_2010 = [{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2010"}]


def _ep(child, decom, dec=None, **cols):
    return {"CHILD": child, "DECOM": decom, "DEC": dec, **cols}


def _placed_at(place, young, old, *, dec="01/03/2025"):
    """Two children born 1 January 2010 placed in `place`: child 1 on `young`, child 2 on `old`."""
    return {
        "Header": BORN_2010,
        "Episodes": [
            _ep("1", young, dec, PLACE=place),
            _ep("2", old, dec, PLACE=place),
        ],
    }


CASES = [
    case(
        "361",
        {"Episodes": [2, 3]},
        Episodes=[
            _ep("1", "01/05/2024", "03/05/2024", LS="L1"),
            _ep("1", "03/05/2024", "05/05/2024", LS="L1"),
            _ep("2", "01/05/2024", "04/05/2024", LS="L1"),
        ],
    ),
    case(
        "362",
        {"Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", "23/05/2024", LS="L2"),
            _ep("2", "01/05/2024", "22/05/2024", LS="L2"),
        ],
    ),
    case(
        "363",
        {"Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", "09/05/2024", LS="L3"),
            _ep("2", "01/05/2024", "08/05/2024", LS="L3"),
        ],
    ),
    case(
        "364",
        {"Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", "23/05/2024", LS="J2"),
            _ep("2", "01/05/2024", "22/05/2024", LS="J2"),
        ],
    ),
    case(
        "365",
        {"Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", "19/05/2024", LS="V3"),
            _ep("2", "01/05/2024", "18/05/2024", LS="V3"),
        ],
    ),
    case("366", {"Episodes": [2]}, Episodes=[{"LS": "V3", "RNE": "P"}, {"LS": "V3", "RNE": "S"}]),
    case(
        "367",
        {"Episodes": [2, 3]},
        Episodes=[
            _ep("1", "01/05/2024", "10/06/2024", LS="V3"),
            _ep("1", "01/07/2024", "06/08/2024", LS="V3"),
            _ep("2", "01/05/2024", "15/07/2024", LS="V3"),
        ],
    ),
    case("370", {"Episodes": [2]}, year=2023, **_placed_at("P2", "31/12/2024", "01/01/2025")),
    case("370", {"Episodes": [2]}, year=2024, **_placed_at("P2", "31/12/2025", "01/01/2026")),
    case("371", {"Episodes": [2]}, year=2023, **_placed_at("H5", "31/12/2023", "01/01/2024")),
    case(
        "371", {"Episodes": [2]}, **_placed_at("K3", "31/12/2025", "01/01/2026", dec="01/02/2026")
    ),
    case("372", {"Episodes": [2]}, **_placed_at("R5", "31/12/2019", "01/01/2020")),
    case("373", {"Episodes": [2]}, **_placed_at("S1", "31/12/2013", "01/01/2014")),
    case("374", {"Episodes": [2]}, **_placed_at("P3", "31/12/2023", "01/01/2024")),
    case(
        "375",
        {"Episodes": [2]},
        Header=BORN_2010,
        Episodes=[
            _ep("1", "01/05/2024", "13/06/2024", PLACE="T1"),
            _ep("2", "01/05/2024", "12/06/2024", PLACE="T1"),
        ],
    ),
    case(
        "376",
        {"Episodes": [2]},
        Header=BORN_2010,
        Episodes=[
            _ep("1", "01/05/2024", "23/05/2024", PLACE="T3"),
            _ep("2", "01/05/2024", "22/05/2024", PLACE="T3"),
        ],
    ),
    case(
        "377",
        {"Episodes": [2, 3, 4]},
        Episodes=[{"CHILD": "1", "PLACE": "T3"}] * 3 + [{"CHILD": "2", "PLACE": "T3"}] * 2,
    ),
    case(
        "378",
        {"Episodes": [2]},
        Episodes=[{"PLACE": "P1", "LS": "V2"}, {"PLACE": "P1", "LS": "C2"}],
    ),
    case(
        "379",
        {"Episodes": [2]},
        Header=BORN_2010,
        Episodes=[
            _ep("1", "01/05/2024", "09/05/2024", PLACE="T4"),
            _ep("2", "01/05/2024", "08/05/2024", PLACE="T4"),
        ],
    ),
    case(
        "380",
        {"Episodes": [2]},
        Episodes=[{"PLACE": "T0", "RNE": "S"}, {"PLACE": "T0", "RNE": "P"}],
    ),
    case(
        "381",
        {"Episodes": [2]},
        Episodes=[{"PLACE": "T0", "REC": "E3"}, {"PLACE": "T0", "REC": "X1"}],
    ),
    case(
        "382",
        {"Episodes": [2]},
        Episodes=[{"LS": "V4", "PLACE": "T2"}, {"LS": "C2", "PLACE": "T2"}],
    ),
    case(
        "383",
        {"Episodes": [4]},
        Episodes=[
            _ep("1", "01/05/2024", PLACE="U1"),
            _ep("1", "01/06/2024", PLACE="T1"),
            _ep("1", "01/07/2024", PLACE="U2", RNE="P"),
            _ep("2", "01/05/2024", PLACE="U1"),
            _ep("2", "01/06/2024", PLACE="T1"),
            _ep("2", "01/07/2024", PLACE="U1", RNE="P"),
        ],
    ),
    case(
        "383",
        {"Episodes": [4]},
        year=2026,
        Episodes=[
            _ep("1", "01/05/2025", PLACE="U1", PL_POST="AB1 1AA"),
            _ep("1", "01/06/2025", PLACE="T1"),
            _ep("1", "01/07/2025", PLACE="U1", RNE="P", PL_POST="AB1 1AB"),
            _ep("2", "01/05/2025", PLACE="U1", PL_POST="AB1 1AA"),
            _ep("2", "01/06/2025", PLACE="T1"),
            _ep("2", "01/07/2025", PLACE="U1", RNE="P", PL_POST="AB1 1AA"),
        ],
    ),
    case(
        "384",
        {"Episodes": [2]},
        Episodes=[{"LS": "V3", "PLACE": "U4"}, {"LS": "V3", "PLACE": "U3"}],
    ),
    case("385", {"Episodes": [2]}, Episodes=[{"DEC": "01/04/2025"}, {"DEC": "31/03/2025"}]),
    case(
        "386",
        {"Episodes": [2]},
        Header=[{"CHILD": "1", "DOB": "01/05/2006"}, {"CHILD": "2", "DOB": "02/05/2006"}],
        Episodes=[
            _ep("1", "01/04/2024", "01/05/2024", REC="E11"),
            _ep("2", "01/04/2024", "01/05/2024", REC="E11"),
        ],
    ),
    case(
        "387",
        {"Episodes": [2]},
        Header=BORN_2010,
        Episodes=[
            _ep("1", "01/04/2023", "31/12/2023", REC="E5"),
            _ep("2", "01/04/2023", "01/01/2024", REC="E5"),
        ],
        year=2024,
    ),
    case(
        "388",
        {"Episodes": [2]},
        Episodes=[
            _ep("1", "01/05/2024", "01/06/2024", REC="X1"),
            _ep("1", "02/06/2024"),
            _ep("2", "01/05/2024", "01/06/2024", REC="X1"),
            _ep("2", "01/06/2024"),
        ],
    ),
    case(
        "389",
        {"Episodes": [2]},
        Header=[{"CHILD": "1", "DOB": "02/05/2008"}, {"CHILD": "2", "DOB": "01/05/2008"}],
        Episodes=[
            _ep("1", "01/04/2024", "01/05/2024", REC="E7"),
            _ep("2", "01/04/2024", "01/05/2024", REC="E7"),
        ],
    ),
    case(
        "390",
        {"Episodes": [2]},
        Episodes=[{"REC": "E11", "PLACE": "U1"}, {"REC": "E11", "PLACE": "A5"}],
    ),
    case(
        "391",
        {"OC3": [2]},
        OC3=[{"DOB": "01/04/2008", "IN_TOUCH": "YES"}, {"DOB": "31/03/2008", "IN_TOUCH": "YES"}],
    ),
    case(
        "392b",
        {"Episodes": [2]},
        Header=TWO,
        UASC=[{"CHILD": "2"}],
        Episodes=[{"CHILD": "1", "LS": "C2"}, {"CHILD": "2", "LS": "C2"}],
    ),
    case(
        "392d",
        {"Episodes": [2]},
        Episodes=[
            {"PLACE": "U1", "HOME_POST": "AB1 1AA", "PL_POST": "AB1 1AA"},
            {"PLACE": "P1", "HOME_POST": "AB1 1AA", "PL_POST": "AB1 1AA"},
        ],
    ),
    case(
        "393",
        {"Header": [2]},
        Header=[{"CHILD": "1", "SEX": "F"}, {"CHILD": "2", "SEX": "F"}],
        Episodes=[{"CHILD": "1", "LS": "C2"}, {"CHILD": "2", "LS": "V3"}],
    ),
    case(
        "393",
        {"Header": [2]},
        year=2024,
        Header=[{"CHILD": "1", "SEX": "2"}, {"CHILD": "2", "SEX": "2", "MOTHER": "0"}],
        Episodes=[{"CHILD": "1", "LS": "C2"}, {"CHILD": "2", "LS": "C2"}],
    ),
    case("398", {"Episodes": [2]}, Episodes=[{"LS": "V4", "PL_POST": "AB1 1AA"}, {"LS": "V4"}]),
    case(
        "399",
        {"Episodes": [2], "Header": [2], "Reviews": [2]},
        Header=[{"CHILD": "1", "MOTHER": "0"}, {"CHILD": "2", "MOTHER": "0"}],
        Episodes=[
            {"CHILD": "1", "LS": "V3"},
            {"CHILD": "2", "LS": "V3"},
            {"CHILD": "2", "LS": "C2"},
        ],
        Reviews=[{"CHILD": "1"}, {"CHILD": "2", "REVIEW": "01/05/2024"}],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_rule_flags_the_bad_row_and_not_the_near_miss(c):
    assert findings(c) == c.flagged


def test_361_two_police_protection_spells_either_side_of_another_status_are_two_runs():
    """DfE's rule 361: police protection (L1) must not last over 72 hours. Two separate 2-day L1
    spells, one flowing into a care order and a second months later, are each within the limit.
    The councils' tool asks whether the previous *L1* episode flowed into anything, so it joins
    the two spells into one 'run' of several months and flags both (documented disagreement)."""
    c = case(
        "361",
        {},
        Episodes=[
            _ep("1", "01/05/2024", "03/05/2024", LS="L1"),
            _ep("1", "03/05/2024", "01/09/2024", LS="C2"),
            _ep("1", "01/12/2024", "03/12/2024", LS="L1"),
        ],
    )
    assert findings(c) == {}
