"""Social worker episode rules: each test has a row that must be flagged and a near miss."""

import pytest

from tests.ssda903.validation._assert import flagged


def sw(child: str, start: str | None, end: str | None = None, **kw: str | None) -> dict:
    return {
        "CHILD": child,
        "SW_ID": "SW123",
        "SW_DECOM": start,
        "SW_DEC": end,
        "SW_REASON": "MANAGE",
        **kw,
    }


def test_sw01a_and_sw01b_required_items_by_start_date():
    rows = [
        sw("1", "01/03/2023", SW_ID=None),
        sw("2", "01/04/2023", SW_ID=None),
        sw("3", "01/04/2023", SW_REASON=None),
        sw("4", None),
    ]
    assert flagged("SW01aSTG1", 2025, SWEpisodes=rows) == {"SWEpisodes": [2, 5]}
    assert flagged("SW01bSTG1", 2025, SWEpisodes=rows) == {"SWEpisodes": [3, 4, 5]}


def test_sw01_looked_after_without_sw_details():
    got = flagged(
        "SW01STG1",
        2024,
        Episodes=[
            {"CHILD": "1", "LS": "C2"},
            {"CHILD": "2", "LS": "C2"},
            {"CHILD": "3", "LS": "V3"},
        ],
        SWEpisodes=[sw("1", "01/04/2023", SW_REASON=None), sw("2", "01/04/2023")],
    )
    assert got == {"Episodes": [2]}


@pytest.mark.parametrize(("year", "flagged_lines"), [(2025, [2]), (2026, [2, 3])])
def test_sw02_id_prefix_and_length(year, flagged_lines):
    rows = [sw("1", "x", SW_ID="AB1234"), sw("2", "x", SW_ID="SW1"), sw("3", "x", SW_ID="XX12")]
    assert flagged("SW02STG1", year, SWEpisodes=rows) == {"SWEpisodes": flagged_lines}


def test_sw03_items_missing():
    rows = [sw("1", None), sw("2", "01/04/2023")]
    assert flagged("SW03STG1", 2024, SWEpisodes=rows) == {"SWEpisodes": [2]}


@pytest.mark.parametrize(("code", "col"), [("SW04STG1", "SW_DECOM"), ("SW05STG1", "SW_DEC")])
def test_dates_valid_with_zz_until_2025(code, col):
    rows = [
        sw("1", "x", **{col: "31/02/2024"}),
        sw("2", "x", **{col: "ZZ/02/2024"}),
        sw("3", "x", **{col: None}),
    ]
    assert flagged(code, 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}
    assert flagged(code, 2026, SWEpisodes=rows) == {"SWEpisodes": [2, 3]}


def test_sw06_starts_after_year():
    rows = [sw("1", "01/04/2025"), sw("2", "31/03/2025")]
    assert flagged("SW06STG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw07_ends_outside_reporting_period():
    rows = [sw("1", "x", "31/03/2023"), sw("2", "x", "01/04/2023"), sw("3", "x", "01/04/2025")]
    assert flagged("SW07STG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2, 4]}
    assert flagged("SW07STG2", 2024, SWEpisodes=rows[1:]) == {"SWEpisodes": [3]}


def test_sw08_earlier_episode_left_open():
    rows = [
        sw("1", "01/04/2023"),
        sw("1", "01/05/2023"),
        sw("2", "01/04/2023", "30/04/2023"),
        sw("2", "01/05/2023"),
    ]
    assert flagged("SW08STG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw09_short_episode():
    rows = [
        sw("1", "01/04/2024", "01/04/2024"),
        sw("2", "01/04/2024", "03/04/2024"),
        sw("3", "01/04/2024", "04/04/2024"),
    ]
    assert flagged("SW09STG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}
    assert flagged("SW09STG2", 2026, SWEpisodes=rows) == {"SWEpisodes": [2, 3]}


@pytest.mark.parametrize("code", ["SW10STG2", "SW10aSTG2"])
def test_sw10_next_episode_within_7_days(code):
    rows = [
        sw("1", "01/04/2024", "01/05/2024"),
        sw("1", "09/05/2024"),
        sw("2", "01/04/2024", "01/05/2024"),
        sw("2", "08/05/2024"),
        sw("3", "01/04/2024", "01/05/2024"),
        sw("3", "09/06/2024", SW_REASON="FCONTA"),
    ]
    assert flagged(code, 2026, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw10b_first_contact_before_previous_end():
    rows = [
        sw("1", "01/04/2024", "01/05/2024"),
        sw("1", "01/05/2024", SW_REASON="FCONTA"),
        sw("2", "01/04/2024", "01/05/2024"),
        sw("2", "02/05/2024", SW_REASON="FCONTA"),
    ]
    assert flagged("SW10bSTG2", 2026, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw11a_next_episode_within_5_days():
    rows = [
        sw("1", "01/04/2023", "01/05/2023"),
        sw("1", "07/05/2023"),
        sw("2", "01/04/2023", "01/05/2023"),
        sw("2", "06/05/2023"),
    ]
    assert flagged("SW11aSTG2", 2024, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw11b_ended_just_before_year_end_without_successor():
    rows = [sw("1", "01/04/2024", "28/03/2025"), sw("2", "01/04/2024", "20/03/2025")]
    assert flagged("SW11bSTG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw12_care_ends_without_sw_episode():
    got = flagged(
        "SW12STG2",
        2025,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "RNE": "S", "LS": "C2"},
            {"CHILD": "2", "DECOM": "01/05/2024", "RNE": "S", "LS": "C2"},
        ],
        SWEpisodes=[sw("1", "30/04/2024"), sw("2", "01/05/2024")],
    )
    assert got == {"Episodes": [2]}


def test_sw13_reason_invalid_or_missing():
    rows = [
        sw("1", "01/05/2023", SW_REASON="WHIM"),
        sw("2", "01/05/2023", SW_REASON=None),
        sw("3", "01/05/2022", SW_REASON=None),
    ]
    assert flagged("SW13STG1", 2025, SWEpisodes=rows) == {"SWEpisodes": [2, 3]}
    assert flagged("SW13STG1", 2024, SWEpisodes=rows) == {"SWEpisodes": [2, 3, 4]}


def test_sw14_earlier_episode_open():
    rows = [
        sw("1", "01/04/2023"),
        sw("1", "01/05/2023"),
        sw("2", "01/04/2023", "30/04/2023"),
        sw("2", "01/05/2023"),
    ]
    assert flagged("SW14STG2", 2024, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw17_latest_episode_closed():
    rows = [sw("1", "01/04/2024"), sw("1", "01/05/2024", "01/06/2024"), sw("2", "01/05/2024")]
    assert flagged("SW17STG2", 2026, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw18_ends_before_start():
    rows = [sw("1", "02/05/2024", "01/05/2024"), sw("2", "01/05/2024", "02/05/2024")]
    assert flagged("SW18STG2", 2026, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw19_two_episodes_same_start():
    rows = [sw("1", "01/05/2024"), sw("1", "01/05/2024"), sw("2", "01/05/2024")]
    assert flagged("SW19STG2", 2026, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw17_open_episode_starting_same_day_counts_as_latest():
    rows = [sw("1", "01/05/2024", "01/06/2024"), sw("1", "01/05/2024")]
    assert flagged("SW17STG2", 2026, SWEpisodes=rows) == {}


def test_sw08_invalid_end_date_leaves_episode_open():
    rows = [sw("1", "01/04/2023", "31/02/2024"), sw("1", "01/05/2023")]
    assert flagged("SW08STG2", 2025, SWEpisodes=rows) == {"SWEpisodes": [2]}


def test_sw10_until_2024_has_no_first_contact_exemption():
    rows = [
        sw("1", "01/04/2023", "01/05/2023"),
        sw("1", "09/06/2023", SW_REASON="FCONTA"),
        sw("2", "01/04/2023", "01/05/2023"),
        sw("2", "08/05/2023"),
    ]
    assert flagged("SW10STG2", 2024, SWEpisodes=rows) == {"SWEpisodes": [3]}


def test_sw12_until_2024_checks_episodes_ended_before_the_period():
    episodes = [
        {"CHILD": "1", "DECOM": "01/05/2021", "DEC": "01/06/2021", "REC": "E13"},
        {"CHILD": "2", "DECOM": "01/05/2021", "DEC": "01/06/2021", "REC": "E13"},
    ]
    rows = [sw("2", "01/04/2021")]
    assert flagged("SW12STG2", 2024, Episodes=episodes, SWEpisodes=rows) == {"Episodes": [2]}
    assert flagged("SW12STG2", 2025, Episodes=episodes, SWEpisodes=rows) == {}
