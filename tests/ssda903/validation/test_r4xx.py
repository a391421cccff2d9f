"""Rules 400–499: each test has a row that must be flagged and a near miss that must not."""

from tests.ssda903.validation._assert import flagged

Y = 2025


def ep(child: str, decom: str, **kw: str) -> dict[str, str]:
    return {"CHILD": child, "DECOM": decom, **kw}


def test_407_sgo_after_18():
    got = flagged(
        "407",
        Y,
        Header=[{"CHILD": "1", "DOB": "01/01/2005"}, {"CHILD": "2", "DOB": "01/01/2008"}],
        Episodes=[
            ep("1", "01/05/2024", DEC="02/01/2024", REC="E45"),  # 18 on 01/01/2023: flagged
            ep("2", "01/05/2024", DEC="01/01/2025", REC="E45"),  # 17: fine
            ep("1", "01/05/2024", REC="E45"),  # no DEC: nothing to compare
        ],
    )
    assert got == {"Episodes": [2], "Header": [2]}


def test_408_placement_order_missing():
    got = flagged(
        "408", Y, Episodes=[ep("1", "x", PLACE="A5", LS="C2"), ep("2", "x", PLACE="A5", LS="E1")]
    )
    assert got == {"Episodes": [2]}


def test_426_v3_and_v4_same_child():
    got = flagged(
        "426",
        Y,
        Episodes=[
            ep("1", "x", LS="V3"),
            ep("1", "y", LS="V4"),
            ep("2", "x", LS="V3"),
            ep("2", "y", LS="C2"),
        ],
    )
    assert got == {"Episodes": [2, 3]}


def test_431_started_before_previous_ended():
    got = flagged(
        "431",
        Y,
        Episodes=[
            ep("1", "01/05/2024", DEC="10/05/2024"),
            ep("1", "10/05/2024", RNE="S"),
            ep("2", "01/05/2024", DEC="10/05/2024"),
            ep("2", "11/05/2024", RNE="S"),
        ],
    )
    assert got == {"Episodes": [3]}


def test_432_left_care_then_not_s():
    got = flagged(
        "432",
        Y,
        Episodes=[
            ep("1", "01/05/2024", REC="E11"),
            ep("1", "01/06/2024", RNE="P"),
            ep("2", "01/05/2024", REC="X1"),
            ep("2", "01/06/2024", RNE="P"),
        ],
    )
    assert got == {"Episodes": [3]}


def test_433_continuation_not_contiguous():
    got = flagged(
        "433",
        Y,
        Episodes=[
            ep("1", "01/05/2024", DEC="10/05/2024"),
            ep("1", "11/05/2024", RNE="P"),
            ep("2", "01/05/2024", DEC="10/05/2024"),
            ep("2", "10/05/2024", RNE="P"),
        ],
    )
    assert got == {"Episodes": [3]}


def test_434_legal_status_change_not_shown():
    base = {"LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "1", "PLACE_PROVIDER": "PR1"}
    got = flagged(
        "434",
        Y,
        Episodes=[
            ep("1", "01/05/2024", **base),
            ep("1", "02/05/2024", RNE="L", **base),
            ep("2", "01/05/2024", **base),
            ep("2", "02/05/2024", RNE="L", **{**base, "LS": "E1"}),
        ],
    )
    assert got == {"Episodes": [3]}


def test_435_placement_change_not_shown():
    base = {"LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "1", "PLACE_PROVIDER": "PR1"}
    got = flagged(
        "435",
        Y,
        Episodes=[
            ep("1", "01/05/2024", **base),
            ep("1", "02/05/2024", RNE="P", **base),
            ep("2", "01/05/2024", **base),
            ep("2", "02/05/2024", RNE="P", **{**base, "PLACE": "U2"}),
        ],
    )
    assert got == {"Episodes": [3]}


def test_436_both_changed_not_shown():
    base = {"LS": "C2", "PLACE": "U1", "PL_POST": "A1", "URN": "1", "PLACE_PROVIDER": "PR1"}
    got = flagged(
        "436",
        Y,
        Episodes=[
            ep("1", "01/05/2024", **base),
            ep("1", "02/05/2024", RNE="B", **{**base, "PLACE": "U2"}),
            ep("2", "01/05/2024", **base),
            ep("2", "02/05/2024", RNE="B", **{**base, "PLACE": "U2", "LS": "E1"}),
        ],
    )
    assert got == {"Episodes": [3]}


def test_437_episode_after_death():
    got = flagged(
        "437",
        Y,
        Episodes=[
            ep("1", "01/05/2024", REC="E2"),
            ep("1", "02/05/2024"),
            ep("2", "01/05/2024", REC="E2"),
        ],
    )
    assert got == {"Episodes": [2]}


def test_440_pn0_at_4():
    got = flagged(
        "440",
        Y,
        Reviews=[
            {"CHILD": "1", "DOB": "01/01/2020", "REVIEW": "02/01/2024", "REVIEW_CODE": "PN0"},
            {"CHILD": "2", "DOB": "01/01/2020", "REVIEW": "01/01/2024", "REVIEW_CODE": "PN0"},
        ],
    )
    assert got == {"Reviews": [2]}


def test_441_pn1_under_4():
    got = flagged(
        "441",
        Y,
        Reviews=[
            {"CHILD": "1", "DOB": "01/01/2020", "REVIEW": "31/12/2023", "REVIEW_CODE": "PN1"},
            {"CHILD": "2", "DOB": "01/01/2020", "REVIEW": "01/01/2024", "REVIEW_CODE": "PN1"},
        ],
    )
    assert got == {"Reviews": [2]}


def test_442_upn_missing():
    got = flagged(
        "442",
        Y,
        Header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3", "UPN": "A123"}],
        Episodes=[ep("1", "x", LS="C2"), ep("2", "x", LS="V3"), ep("3", "x", LS="C2")],
    )
    assert got == {"Header": [2]}


def test_444_duplicate_upn_from_2025_26():
    header = [
        {"CHILD": "1", "UPN": "A1"},
        {"CHILD": "2", "UPN": "A1"},
        {"CHILD": "3", "UPN": "UN1"},
        {"CHILD": "4", "UPN": "UN1"},
    ]
    assert flagged("444", 2026, Header=header) == {"Header": [2, 3]}


def test_445_d1_after_2005():
    got = flagged(
        "445", 2024, Episodes=[ep("1", "01/01/2006", LS="D1"), ep("2", "31/12/2005", LS="D1")]
    )
    assert got == {"Episodes": [2]}


def test_446_e1_before_december_2005():
    got = flagged(
        "446", Y, Episodes=[ep("1", "30/11/2005", LS="E1"), ep("2", "01/12/2005", LS="E1")]
    )
    assert got == {"Episodes": [2]}


def test_451_d1_open():
    got = flagged("451", 2024, Episodes=[ep("1", "x", LS="D1"), ep("2", "x", LS="D1", REC="E11")])
    assert got == {"Episodes": [2]}


def test_460_staying_put_under_18():
    got = flagged(
        "460",
        Y,
        Header=[{"CHILD": "1", "DOB": "01/06/2006"}, {"CHILD": "2", "DOB": "01/06/2006"}],
        Episodes=[
            ep("1", "x", REC="E17", DEC="31/05/2024"),
            ep("2", "x", REC="E17", DEC="01/06/2024"),
        ],
    )
    assert got == {"Episodes": [2]}
