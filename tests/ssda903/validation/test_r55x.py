"""Rules 551–599: each test has a row that must be flagged and a near miss that must not."""

import pytest

from tests.ssda903.validation._assert import flagged

Y = 2025


def ep(child: str, decom: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, "DECOM": decom, **kw}


def pa(child: str, placed: str | None = None, **kw: str) -> dict[str, str | None]:
    return {"CHILD": child, "DATE_PLACED": placed, **kw}


def mis(child: str, start: str | None, end: str | None = None, **kw: str) -> dict:
    return {"CHILD": child, "MIS_START": start, "MIS_END": end, **kw}


def test_551_placed_for_adoption_without_decision():
    got = flagged(
        "551",
        Y,
        Episodes=[ep("1", "x", PLACE="A3"), ep("2", "x", PLACE="A3")],
        PlacedAdoption=[pa("2", "01/01/2024")],
    )
    assert got == {"Episodes": [2]}


def test_552_decision_after_placement():
    got = flagged(
        "552",
        Y,
        Episodes=[ep("1", "01/05/2024", PLACE="A3"), ep("2", "01/05/2024", PLACE="A3")],
        PlacedAdoption=[pa("1", "02/05/2024"), pa("2", "01/05/2024")],
    )
    assert got == {"Episodes": [2], "PlacedAdoption": [2]}


@pytest.mark.parametrize(("code", "ls", "year"), [("553", "E1", Y), ("555", "D1", 2024)])
def test_order_without_decision(code, ls, year):
    got = flagged(
        code,
        year,
        Episodes=[ep("1", "x", LS=ls), ep("2", "x", LS=ls), ep("3", "x", LS=ls)],
        PlacedAdoption=[pa("2", "01/01/2024"), pa("3", "01/01/2024", REASON_PLACED_CEASED="RD1")],
    )
    assert got == {"Episodes": [2], "PlacedAdoption": [3]}


def test_554_decision_after_placement_order():
    got = flagged(
        "554",
        Y,
        Episodes=[ep("1", "01/05/2024", LS="E1"), ep("2", "01/05/2024", LS="E1")],
        PlacedAdoption=[pa("1", "02/05/2024"), pa("2", "01/05/2024")],
    )
    assert got == {"Episodes": [2], "PlacedAdoption": [2]}


def test_556_decision_after_freeing_order():
    got = flagged(
        "556",
        2024,
        Episodes=[ep("1", "01/05/2023", LS="D1"), ep("2", "01/05/2023", LS="D1")],
        PlacedAdoption=[pa("1", "02/05/2023"), pa("2", "01/05/2023")],
    )
    assert got == {"Episodes": [2]}


def test_557_left_care_without_decision_ceasing():
    episodes = [
        ep("1", "x", LS="E1", REC="E13"),
        ep("2", "x", LS="E1", REC="E11"),
        ep("3", "x", LS="D1", REC="E13"),
    ]
    ceased = {"DATE_PLACED_CEASED": "01/01/2025", "REASON_PLACED_CEASED": "RD1"}
    placed = [pa("1", "01/01/2024"), pa("2", "01/01/2024"), pa("3", "01/01/2024", **ceased)]
    got = flagged("557", Y, Episodes=episodes, PlacedAdoption=placed)
    assert got == {"Episodes": [2], "PlacedAdoption": [2]}
    placed[2] = pa("3", "01/01/2024")  # D1 counts until 2023/24 only
    assert flagged("557", 2024, Episodes=episodes, PlacedAdoption=placed) == {
        "Episodes": [2, 4],
        "PlacedAdoption": [2, 4],
    }


def test_558_adopted_but_every_decision_ceased():
    got = flagged(
        "558",
        Y,
        Episodes=[ep("1", "x", REC="E11"), ep("2", "x", REC="E11")],
        PlacedAdoption=[
            pa("1", "01/01/2023", DATE_PLACED_CEASED="01/02/2023"),
            pa("1", "01/03/2023", DATE_PLACED_CEASED="01/04/2023"),
            pa("2", "01/01/2023", DATE_PLACED_CEASED="01/02/2023"),
            pa("2", "01/03/2023"),
        ],
    )
    assert got == {"Episodes": [2]}


def test_559_earlier_decision_missing_last_year():
    got = flagged(
        "559",
        Y,
        previous={"PlacedAdoption": [pa("2", "01/01/2024")]},
        PlacedAdoption=[pa("1", "01/01/2024"), pa("2", "01/01/2024"), pa("3", "01/05/2024")],
    )
    assert got == {"PlacedAdoption": [2]}


def test_560_decision_changed_while_open():
    got = flagged(
        "560",
        Y,
        previous={"PlacedAdoption": [pa("1", "01/01/2024"), pa("2", "01/01/2024")]},
        PlacedAdoption=[pa("1", "02/01/2024"), pa("2", "01/01/2024")],
    )
    assert got == {"PlacedAdoption": [2]}


def test_561_same_decision_ceased_last_year():
    last = [pa("1", "01/01/2024", REASON_PLACED_CEASED="RD1"), pa("2", "01/01/2024")]
    got = flagged(
        "561",
        Y,
        previous={"PlacedAdoption": last},
        PlacedAdoption=[pa("1", "01/01/2024"), pa("2", "01/01/2024")],
    )
    assert got == {"PlacedAdoption": [2]}


def test_562_continuing_episode_missing_last_year():
    got = flagged(
        "562",
        Y,
        previous={"Episodes": [ep("2", "01/01/2024")]},
        Episodes=[ep("1", "01/01/2024"), ep("2", "01/01/2024"), ep("3", "01/05/2024")],
    )
    assert got == {"Episodes": [2]}


def test_563_ceased_without_decision_date():
    ceased = {"DATE_PLACED_CEASED": "01/01/2025", "REASON_PLACED_CEASED": "RD1"}
    got = flagged("563", Y, PlacedAdoption=[pa("1", **ceased), pa("2", "01/01/2024", **ceased)])
    assert got == {"PlacedAdoption": [2]}


@pytest.mark.parametrize(
    ("code", "bad", "good"),
    [
        ("564", mis("1", None, MISSING="M"), mis("2", "01/05/2024", MISSING="M")),
        ("565", mis("1", "01/05/2024"), mis("2", "01/05/2024", MISSING="A")),
        ("566", mis("1", None, "01/05/2024"), mis("2", None, "01/05/2024", MISSING="A")),
        ("567", mis("1", "02/05/2024", "01/05/2024"), mis("2", "01/05/2024", "01/05/2024")),
        ("570", mis("1", "01/04/2025"), mis("2", "31/03/2025")),
        ("571", mis("1", "01/01/2024", "31/03/2024"), mis("2", "01/01/2024", "01/04/2024")),
        ("586", mis("1", "01/01/2010", DOB="01/01/2010"), mis("2", "02/01/2010", DOB="01/01/2010")),
    ],
)
def test_missing_period_fields(code, bad, good):
    assert flagged(code, Y, Missing=[bad, good]) == {"Missing": [2]}


def test_574_missing_overlaps_previous():
    got = flagged(
        "574",
        Y,
        Missing=[
            mis("1", "01/05/2024", "10/05/2024"),
            mis("1", "09/05/2024", "12/05/2024"),
            mis("2", "01/05/2024", "10/05/2024"),
            mis("2", "10/05/2024", "12/05/2024"),
        ],
    )
    assert got == {"Missing": [3]}


def test_575_missing_open_after_episode_ended():
    got = flagged(
        "575",
        Y,
        Episodes=[ep("1", "01/05/2024", DEC="01/06/2024"), ep("2", "01/05/2024")],
        Missing=[mis("1", "10/05/2024"), mis("2", "10/05/2024")],
    )
    assert got == {"Missing": [2]}


def test_576_open_missing_last_year_not_continued():
    got = flagged(
        "576",
        Y,
        previous={"Missing": [mis("1", "01/03/2024"), mis("2", "01/03/2024")]},
        Missing=[mis("1", "02/03/2024"), mis("2", "01/03/2024", "02/04/2024")],
    )
    assert got == {"Missing": [2]}


def test_577_missing_outside_period_of_care():
    got = flagged(
        "577",
        Y,
        Episodes=[ep("1", "01/05/2024", DEC="01/06/2024"), ep("2", "01/05/2024", DEC="01/06/2024")],
        Missing=[mis("1", "10/05/2024", "05/06/2024"), mis("2", "10/05/2024", "01/06/2024")],
    )
    assert got == {"Missing": [2]}


def test_578_missing_starts_outside_care():
    got = flagged(
        "578",
        Y,
        Episodes=[ep("1", "01/05/2024", DEC="01/06/2024"), ep("2", "01/05/2024", DEC="01/06/2024")],
        Missing=[mis("1", "02/06/2024"), mis("2", "01/06/2024")],
    )
    assert got == {"Missing": [2]}


def test_579_new_decision_while_previous_open():
    got = flagged(
        "579",
        Y,
        PlacedAdoption=[
            pa("1", "01/01/2024"),
            pa("1", "01/03/2024"),
            pa("2", "01/01/2024", DATE_PLACED_CEASED="01/02/2024"),
            pa("2", "01/03/2024"),
        ],
    )
    assert got == {"PlacedAdoption": [3]}


def test_580_missing_at_18_not_e8():
    m = [
        mis("1", "01/05/2024", "01/06/2024", DOB="01/06/2006"),
        mis("2", "01/05/2024", "01/06/2024", DOB="01/06/2006"),
    ]
    epi = [ep("1", "x", DEC="01/06/2024", REC="E4A"), ep("2", "x", DEC="01/06/2024", REC="E8")]
    assert flagged("580", Y, Missing=m, Episodes=epi) == {"Episodes": [2]}


def test_581_missing_before_care():
    got = flagged(
        "581",
        Y,
        Episodes=[ep("1", "01/05/2024"), ep("2", "01/05/2024")],
        Missing=[mis("1", "30/04/2024"), mis("2", "01/05/2024")],
    )
    assert got == {"Missing": [2]}


def test_582_adopted_on_match_date():
    got = flagged(
        "582",
        Y,
        Episodes=[
            ep("1", "x", REC="E11", DEC="01/06/2024"),
            ep("2", "x", REC="E11", DEC="02/06/2024"),
        ],
        AD1=[
            {"CHILD": "1", "DATE_MATCH": "01/06/2024"},
            {"CHILD": "2", "DATE_MATCH": "01/06/2024"},
        ],
    )
    assert got == {"Episodes": [2]}


def test_583_earlier_decision_not_ceased_uses_date_order():
    # The latest decision is June's, although "15/01" sorts after "01/06" as text.
    got = flagged(
        "583",
        Y,
        PlacedAdoption=[pa("1", "15/01/2024"), pa("1", "01/06/2024"), pa("2", "01/06/2024")],
    )
    assert got == {"PlacedAdoption": [2]}


def test_583_unreadable_date_is_never_the_latest_decision():
    # Child 1's only readable decision (1 March) is the latest; the one dated 31/02 cannot be
    # placed in time, so it is an earlier decision and, not revoked, is flagged. (The councils'
    # tool orders the text, where "31/02/2024" comes after "01/03/2024".) Child 2's unreadable
    # decision was revoked.
    got = flagged(
        "583",
        Y,
        PlacedAdoption=[
            pa("1", "31/02/2024"),
            pa("1", "01/03/2024", DATE_PLACED_CEASED="01/04/2024"),
            pa("2", "31/02/2024", DATE_PLACED_CEASED="01/04/2024"),
            pa("2", "01/03/2024"),
        ],
    )
    assert got == {"PlacedAdoption": [2]}


def test_584_new_decision_not_after_ceased_one():
    last = [
        pa("1", "01/06/2024", DATE_PLACED_CEASED="01/07/2024"),
        pa("2", "01/06/2024", DATE_PLACED_CEASED="01/07/2024"),
    ]
    got = flagged(
        "584",
        Y,
        previous={"PlacedAdoption": last},
        PlacedAdoption=[pa("1", "15/01/2024"), pa("2", "15/08/2024")],
    )
    assert got == {"PlacedAdoption": [2]}


def test_551_skipped_when_no_placed_adoption_table_was_sent():
    # A return sent without the PlacedAdoption file is not flagged episode by episode.
    assert flagged("551", Y, Episodes=[ep("1", "x", PLACE="A3")]) == {}
    assert flagged("551", Y, Episodes=[ep("1", "x", PLACE="A3")], PlacedAdoption=[]) == {
        "Episodes": [2]
    }
