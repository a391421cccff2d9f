"""Rules 100–199: one flagged row and one near miss per rule (collection year 2025 = 2024/25)."""

import pytest

from tests.ssda903.validation.rulecases import case, findings

# Child 1 has been looked after all year; child 2 came into care during it.
CLA_EPISODES = [
    {"CHILD": "1", "DECOM": "01/01/2020", "RNE": "S", "LS": "C2", "PLACE": "U1"},
    {"CHILD": "2", "DECOM": "01/06/2024", "RNE": "S", "LS": "C2", "PLACE": "U1"},
]
OC2_FULL = {
    "CONVICTED": "0", "HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1",
    "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0",
}  # fmt: skip
AD1_FULL = {
    "DATE_INT": "01/05/2024", "DATE_MATCH": "01/06/2024", "FOSTER_CARE": "0", "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF", "LS_ADOPTR": "L0",
}  # fmt: skip
OC3_FULL = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}

CASES = [
    case("101", {"Header": [3]}, Header=[{"CHILD": "1", "SEX": "F"}, {"CHILD": "2", "SEX": "2"}]),
    case(
        "101",
        {"Header": [2]},
        year=2024,
        Header=[{"CHILD": "1", "SEX": "F"}, {"CHILD": "2", "SEX": "2"}],
    ),
    case("102", {"Header": [2]}, Header=[{"DOB": "31/02/2010"}, {"DOB": "28/02/2010"}]),
    case("103", {"Header": [2]}, Header=[{"ETHNIC": "WXYZ"}, {"ETHNIC": "WBRI"}]),
    case("104", {"UASC": [2]}, UASC=[{"DUC": "01/03/2024"}, {"DUC": "01/04/2024"}]),
    case("112", {"AD1": [2]}, AD1=[{"DATE_INT": "2024-05-01"}, {"DATE_INT": None}]),
    case("113", {"AD1": [2]}, AD1=[{"DATE_MATCH": "32/01/2024"}, {"DATE_MATCH": "01/01/2024"}]),
    case("114", {"AD1": [2]}, AD1=[{"FOSTER_CARE": "2"}, {"FOSTER_CARE": "1"}]),
    case("115", {"PlacedAdoption": [2]}, PlacedAdoption=[{"DATE_PLACED": "x"}, {}]),
    case("116", {"PlacedAdoption": [2]}, PlacedAdoption=[{"DATE_PLACED_CEASED": "x"}, {}]),
    case(
        "117",
        {"PlacedAdoption": [2], "Episodes": [2]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E3"},
            {"CHILD": "2", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E3"},
        ],
        PlacedAdoption=[
            {"CHILD": "1", "DATE_PLACED": "02/06/2024"},
            {"CHILD": "2", "DATE_PLACED": "01/06/2024"},
        ],
    ),
    case(
        "118",
        {"PlacedAdoption": [2], "Episodes": [2]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "LS": "C2"},
            {"CHILD": "2", "DECOM": "01/05/2024", "LS": "C2"},
        ],
        PlacedAdoption=[
            {"CHILD": "1", "DATE_PLACED_CEASED": "30/04/2024"},
            {"CHILD": "2", "DATE_PLACED_CEASED": "01/05/2024"},
        ],
    ),
    case(
        "119",
        {"PlacedAdoption": [2]},
        PlacedAdoption=[
            {"DATE_PLACED_CEASED": "01/05/2024"},
            {"DATE_PLACED_CEASED": "01/05/2024", "REASON_PLACED_CEASED": "RD1"},
        ],
    ),
    case(
        "120",
        {"PlacedAdoption": [2]},
        PlacedAdoption=[{"REASON_PLACED_CEASED": "RD5"}, {"REASON_PLACED_CEASED": "RD4"}],
    ),
    case("131", {"OC3": [2]}, OC3=[{"IN_TOUCH": None}, {"IN_TOUCH": "RHOM"}]),
    case("132", {"OC3": [2]}, OC3=[{"ACTIV": "F3"}, {"ACTIV": "0"}]),
    case("133", {"OC3": [2]}, OC3=[{"ACCOM": "A1"}, {"ACCOM": "Z2"}]),
    case(
        "134",
        {"AD1": [2]},
        OC3=[{"CHILD": "1", **OC3_FULL}, {"CHILD": "2"}],
        AD1=[{"CHILD": "1", "NB_ADOPTR": "1"}, {"CHILD": "2", "NB_ADOPTR": "1"}],
    ),
    case("141", {"Episodes": [2]}, Episodes=[{"DECOM": "1/13/2024"}, {"DECOM": None}]),
    case(
        "142",
        {"Episodes": [2]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024"},
            {"CHILD": "1", "DECOM": "01/06/2024"},
        ],
    ),
    case("143", {"Episodes": [2]}, Episodes=[{"RNE": "X"}, {"RNE": "B"}]),
    case("144", {"Episodes": [2]}, Episodes=[{"LS": "C3"}, {"LS": "J3"}]),
    case("145", {"Episodes": [2]}, Episodes=[{"CIN": "N9"}, {"CIN": "N8"}]),
    case("146", {"Episodes": [2]}, year=2023, Episodes=[{"PLACE": "K3"}, {"PLACE": "H5"}]),
    case("146", {"Episodes": [2, 3]}, Episodes=[{"PLACE": "K3"}, {"PLACE": "k3"}, {"PLACE": "h5"}]),
    case("146", {"Episodes": [2]}, year=2026, Episodes=[{"PLACE": "Z1"}, {"PLACE": "Z14"}]),
    case("147", {"Episodes": [2]}, Episodes=[{"DEC": "2024"}, {"DEC": "01/01/2024"}]),
    case(
        "148",
        {"Episodes": [2]},
        Episodes=[{"DEC": "01/01/2024"}, {"DEC": "01/01/2024", "REC": "E3"}],
    ),
    case("149", {"Episodes": [2]}, Episodes=[{"REC": "E10"}, {"REC": "E4A"}]),
    case("151", {"AD1": [2]}, AD1=[{**AD1_FULL, "LS_ADOPTR": None}, AD1_FULL]),
    case("153", {"OC3": [2]}, OC3=[{**OC3_FULL, "ACCOM": None}, OC3_FULL]),
    case(
        "157",
        {"OC2": [2]},
        Episodes=CLA_EPISODES,
        OC2=[
            {"CHILD": "1", "DOB": "01/01/2015", "SDQ_REASON": "SDQ1"},
            {"CHILD": "2", "DOB": "01/01/2015", "SDQ_REASON": "SDQ1"},
        ],
    ),
    case(
        "158",
        {"OC2": [2]},
        OC2=[
            {"INTERVENTION_RECEIVED": "1", "INTERVENTION_OFFERED": "0"},
            {"INTERVENTION_RECEIVED": "0", "INTERVENTION_OFFERED": "0"},
        ],
    ),
    case(
        "159",
        {"OC2": [2]},
        OC2=[
            {"SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0"},
            {"SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0", "INTERVENTION_OFFERED": "1"},
        ],
    ),
    case(
        "165",
        {"Header": [2]},
        year=2024,
        Header=[{"CHILD": "1", "SEX": "2"}, {"CHILD": "2", "SEX": "2", "MOTHER": "0"}],
        Episodes=[{"CHILD": "1", "DECOM": "01/05/2023"}, {"CHILD": "2", "DECOM": "01/05/2023"}],
        OC3=[],
    ),
    case("166", {"Reviews": [2]}, Reviews=[{"REVIEW": None}, {"REVIEW": "01/05/2024"}]),
    case(
        "167",
        {"Reviews": [2]},
        Reviews=[
            {"REVIEW": "01/05/2024", "REVIEW_CODE": "PN8"},
            {"REVIEW": "01/05/2024", "REVIEW_CODE": "PN0"},
        ],
    ),
    case("168", {"Header": [2]}, Header=[{"UPN": "I123456789012"}, {"UPN": "A12345678901B"}]),
    case("171", {"Header": [2]}, Header=[{"MC_DOB": "00/01/2020"}, {"MC_DOB": "01/01/2020"}]),
    case(
        "174",
        {"Header": [2]},
        Header=[{"SEX": "M", "MC_DOB": "01/01/2020"}, {"SEX": "F", "MC_DOB": "01/01/2020"}],
    ),
    case("175", {"AD1": [2]}, AD1=[{"NB_ADOPTR": "3"}, {"NB_ADOPTR": "2"}]),
    case("176", {"AD1": [2]}, AD1=[{"SEX_ADOPTR": "M2"}, {"SEX_ADOPTR": "MF"}]),
    case("177", {"AD1": [2]}, AD1=[{"LS_ADOPTR": "L1"}, {"LS_ADOPTR": "L12"}]),
    case(
        "178",
        {"Episodes": [2]},
        Episodes=[
            {"PLACE": "T0", "PLACE_PROVIDER": "PR1"},
            {"PLACE": "U1", "PLACE_PROVIDER": "PR1"},
        ],
    ),
    case(
        "178",
        {"Episodes": [2]},
        year=2026,
        Episodes=[
            {"PLACE": "Z11", "PLACE_PROVIDER": "PR1"},
            {"PLACE": "T4", "PLACE_PROVIDER": "PR1"},
        ],
    ),
    case("180", {"OC2": [2]}, OC2=[{"SDQ_SCORE": "41"}, {"SDQ_SCORE": "40"}]),
    case("181", {"OC2": [2]}, OC2=[{"IMMUNISATIONS": "2"}, {"IMMUNISATIONS": "0"}]),
    case("182", {"OC2": [2]}, OC2=[{**OC2_FULL, "TEETH_CHECK": None}, OC2_FULL]),
    case(
        "184",
        {"PlacedAdoption": [2]},
        Header=[],
        PlacedAdoption=[
            {"DOB": "01/01/2020", "DATE_PLACED": "31/12/2019"},
            {"DOB": "01/01/2020", "DATE_PLACED": "01/01/2020"},
        ],
    ),
    case(
        "185",
        {"OC2": [3]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", "SDQ_SCORE": "10"}, {"CHILD": "2", "SDQ_SCORE": "10"}],
    ),
    case(
        "186",
        {"OC2": [2]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", "DOB": "01/01/2015"}, {"CHILD": "2", "DOB": "01/01/2015"}],
    ),
    case(
        "187",
        {"OC3": [2], "AD1": [2]},
        Episodes=CLA_EPISODES,
        OC3=[{"CHILD": "1", **OC3_FULL}, {"CHILD": "2", **OC3_FULL}],
        AD1=[{"CHILD": "1", **AD1_FULL}, {"CHILD": "2", **AD1_FULL}],
    ),
    case(
        "188",
        {"OC2": [2]},
        OC2=[
            {"DOB": "01/04/2021", "SDQ_REASON": "SDQ1"},
            {"DOB": "31/03/2021", "SDQ_REASON": "SDQ1"},
        ],
    ),
    case(
        "189",
        {"OC2": [2]},
        OC2=[{"DOB": "31/03/2007", "SDQ_SCORE": "5"}, {"DOB": "01/04/2007", "SDQ_SCORE": "5"}],
    ),
    case(
        "190",
        {"OC2": [3]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", "CONVICTED": "0"}, {"CHILD": "2", "CONVICTED": "0"}],
    ),
    case(
        "191",
        {"OC2": [2]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", **OC2_FULL, "IMMUNISATIONS": None}, {"CHILD": "2"}],
    ),
    case(
        "191",
        {"Episodes": [2]},
        year=2026,
        Episodes=[{**CLA_EPISODES[0]}, {**CLA_EPISODES[0], "CHILD": "3"}],
        OC2=[{"CHILD": "3", **OC2_FULL}],
    ),
    case(
        "192",
        {"OC2": [2]},
        OC2=[{"SUBSTANCE_MISUSE": "1"}, {"SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "1"}],
    ),
    case(
        "193",
        {"OC2": [2]},
        OC2=[
            {"SUBSTANCE_MISUSE": "0", "INTERVENTION_OFFERED": "1"},
            {"SUBSTANCE_MISUSE": "1", "INTERVENTION_OFFERED": "1"},
        ],
    ),
    case("196", {"OC2": [2]}, OC2=[{"SDQ_REASON": "SDQ6"}, {"SDQ_REASON": "SDQ5"}]),
    case(
        "197B",
        {"OC2": [2]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", "DOB": "01/06/2020"}, {"CHILD": "1", "DOB": "01/06/2019"}],
    ),
    case(
        "197a",
        {"OC2": [2]},
        OC2=[{"SDQ_SCORE": "5", "SDQ_REASON": "SDQ1"}, {"SDQ_SCORE": "5"}],
    ),
    case(
        "198",
        {"OC2": [3]},
        Episodes=CLA_EPISODES,
        OC2=[{"CHILD": "1", "SDQ_REASON": "SDQ2"}, {"CHILD": "2", "SDQ_REASON": "SDQ2"}],
    ),
    case(
        "199",
        {"Episodes": [3]},
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "REC": "E11"},
            {"CHILD": "1", "DECOM": "01/06/2024", "REC": "E3"},
        ],
        previous={"Episodes": [{"CHILD": "2", "DECOM": "01/05/2023", "REC": "E11"}]},
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_rule_flags_the_bad_row_and_not_the_near_miss(c):
    assert findings(c) == c.flagged


def test_sdq_rules_need_the_episodes_table():
    # Without Episodes nobody can be shown to be looked after for 12 months, so say nothing.
    c = case("185", {}, OC2=[{"CHILD": "1", "SDQ_SCORE": "10"}])
    assert findings(c) == {}
