"""Rules 150–199: one flagged row and one near miss per rule (collection year 2025 = 2024/25)."""

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
