"""Rules on placement distance, LA and location, on a small hand-made postcode directory.

The directory's grid references are chosen so each distance can be worked by hand: AB1 1AA to
AB1 1AB is 3 km east and 4 km north, 5 km, which is 5 / 1.6093 = 3.107, so 3.1 miles.
"""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest

from ssda903.validation import run
from ssda903.validation.engine import Reference, RuleContext
from ssda903.validation.rules import rpostcode
from tests.ssda903.validation.conftest import make_tables

LA = "E09000027"  # the council (Richmond upon Thames)
DIRECTORY = pl.DataFrame(
    {
        "pcd": ["AB11AA", "AB11AB", "AB22AA", "CD11AA", "EF11AA", "GH11AA", "ZZ11ZZ"],
        "laua": [LA, LA, "E07000008", "W06000015", "E06000065", None, LA],
        "oseast1m": [500000.0, 503000.0, 545000.0, 318000.0, 460000.0, None, 500000.0],
        "osnrth1m": [170000.0, 174000.0, 258000.0, 176000.0, 452000.0, None, 1870000.0],
    },
    schema_overrides={"oseast1m": pl.Float32, "osnrth1m": pl.Float32},
)
REFERENCE = Reference(la_code=LA, postcodes=DIRECTORY)
HOME = "AB1 1AA"
NEAR = "AB1 1AB"  # 3.1 miles from HOME, in the council's area
CAMBS = "AB2 2AA"  # a Cambridgeshire district: PL_LA E10000003
WALES = "CD1 1AA"
NORTH_YORKS = "EF1 1AA"  # a unitary authority created in 2023
NO_LA = "GH1 1AA"  # in the directory, with no district or grid reference
FAR = "ZZ1 1ZZ"  # 1,700 km north of HOME: 1056.4 miles
UNKNOWN = "XX9 9XX"


def episode(child: str = "1", **values: Any) -> dict[str, Any]:
    row = {"CHILD": child, "DECOM": "01/05/2024", "RNE": "S", "LS": "C2", "PLACE": "U1"}
    row |= {"PLACE_PROVIDER": "PR1", "HOME_POST": HOME, "PL_POST": NEAR, "URN": "SC123456"}
    return row | values


def flagged(code: str, year: int = 2025, previous: list | None = None, **tables: list) -> list:
    prev = make_tables(Episodes=previous) if previous is not None else None
    found = run(year, make_tables(**tables), prev, only=[code], reference=REFERENCE)
    return sorted({(f.table, f.line) for f in found})


def lines(*numbers: int) -> list[tuple[str, int]]:
    return [("Episodes", n) for n in numbers]


NOT_UASC = {"Header": [{"CHILD": "1"}, {"CHILD": "2"}], "UASC": [{"CHILD": "2", "SEX": "M"}]}


def test_164_distance_beyond_999_9_miles():
    epi = [
        episode(PL_POST=FAR),
        episode(),
        episode("2", PL_POST=FAR),
        episode(LS="V3", PL_POST=FAR),
    ]
    assert flagged("164", Episodes=epi, **NOT_UASC) == lines(2)


def test_169_placement_la_unknown_outside_short_breaks():
    epi = [
        episode(PL_POST=UNKNOWN),
        episode(LS="V3", PL_POST=UNKNOWN),
        episode(),
        episode(PL_POST=NORTH_YORKS),
    ]
    assert flagged("169", Episodes=epi) == lines(2)


def test_179_placement_location_unknown():
    epi = [episode(PL_POST=NO_LA), episode(PL_POST=CAMBS), episode(LS="V4", PL_POST=NO_LA)]
    assert flagged("179", Episodes=epi) == lines(2)


def test_218_urn_required_in_england_only_and_blank_la_from_2026():
    epi = [
        episode(URN=None),
        episode(URN=None, PL_POST=WALES),
        episode(URN=None, PLACE="T0"),
        episode(URN=None, PL_POST=UNKNOWN),
        episode(URN=None, DEC="01/01/2024"),  # ended before the year
    ]
    assert flagged("218", Episodes=epi) == lines(2)
    later = [{**e, "DECOM": "01/05/2025"} for e in epi[:4]]
    assert flagged("218", 2026, Episodes=later) == lines(2, 5)


def test_230_english_h5_without_urn_from_29_october_2023():
    epi = [
        episode(PLACE="H5", URN="XXXXXXX", DECOM="01/10/2023"),
        episode(PLACE="H5", URN=None, DECOM="01/05/2023", DEC="01/10/2023"),
        episode(PLACE="H5", URN=None, DECOM="01/10/2023", PL_POST=WALES),
        episode(PLACE="H5", URN="SC123456", DECOM="01/10/2023"),
    ]
    assert flagged("230", 2024, Episodes=epi) == lines(2)


def test_241_k3_with_urn_outside_the_councils_la():
    epi = [
        episode(PLACE="K3", PL_POST=CAMBS, DECOM="01/05/2025"),
        episode(PLACE="K3", DECOM="01/05/2025"),
        episode(PLACE="K3", URN="XXXXXXX", PL_POST=CAMBS, DECOM="01/05/2025"),
    ]
    assert flagged("241", 2026, Episodes=epi) == lines(2)


def test_243_urn_for_placement_outside_england():
    epi = [episode(PL_POST=WALES, DECOM="01/05/2025"), episode(PL_POST=WALES, URN=None)]
    assert flagged("243", 2026, Episodes=epi) == lines(2)


def test_392a_no_distance_unless_uasc_or_short_break():
    epi = [
        episode(HOME_POST=None),
        episode(),
        episode(LS="V3", HOME_POST=None),
        episode("2", HOME_POST=None),
        episode(PL_POST=NO_LA),
    ]
    assert flagged("392a", Episodes=epi, **NOT_UASC) == lines(2, 6)
    # Without the UASC table, who is UASC cannot be known: DfE's rule does not run.
    assert flagged("392a", Episodes=epi, Header=[{"CHILD": "1"}]) == []


def test_392c_postcode_not_in_directory():
    epi = [episode(HOME_POST=UNKNOWN), episode(PL_POST="ab11ab"), episode(HOME_POST=None)]
    assert flagged("392c", Episodes=epi) == lines(2)


def test_406_uasc_child_with_distance():
    epi = [episode("2"), episode("2", HOME_POST=None), episode("1")]
    assert flagged("406", Episodes=epi, **NOT_UASC) == lines(2)


def test_411_never_fires_on_derived_fields_but_checks_supplied_ones():
    epi = [episode(), episode(PL_POST=CAMBS)]
    assert flagged("411", Episodes=epi) == []
    # DfE's check, on fields that disagree (as a return with PL_LOCATION supplied could).
    ctx = RuleContext(year=2025, tables=make_tables(Episodes=epi), reference=REFERENCE)
    derived = rpostcode.placed(ctx).with_columns(pl.lit("IN").alias("PL_LOCATION"))
    ctx._typed[("Episodes with placement fields", False)] = derived
    assert rpostcode.location_disagrees_with_la(ctx)["Episodes"]["_line"].to_list() == [3]


def test_420_short_break_with_placement_la():
    epi = [episode(LS="V3"), episode(LS="V4", PL_POST=UNKNOWN), episode()]
    assert flagged("420", Episodes=epi) == lines(2)


def test_454_over_350_miles():
    epi = [episode(PL_POST=FAR, DECOM="01/05/2025"), episode(DECOM="01/05/2025")]
    assert flagged("454", 2026, Episodes=epi) == lines(2)


def test_1015_own_provision_outside_own_la():
    epi = [
        episode(PLACE="H5", PL_POST=CAMBS),
        episode(PLACE="H5"),
        episode(PLACE="U1", PL_POST=CAMBS),
        episode(PLACE="H5", PL_POST=CAMBS, PLACE_PROVIDER="PR2"),
        episode(PLACE="K3", PL_POST=CAMBS),
    ]
    assert flagged("1015", Episodes=epi) == lines(2, 6)
    assert flagged("1015", 2026, Episodes=epi) == lines(2)


LAST = [episode(DECOM="01/01/2023", DEC="01/06/2023"), episode(DECOM="01/06/2023", RNE="P")]


@pytest.mark.parametrize(
    ("code", "now", "expected"),
    [
        ("452", {"PL_POST": CAMBS}, [2]),
        ("452", {"PL_POST": CAMBS, "RNE": "T"}, []),
        ("452", {}, []),
        ("503H", {"PL_POST": CAMBS, "RNE": "T"}, [2]),
        ("503H", {}, []),
        ("503J", {"PL_POST": CAMBS, "RNE": "T"}, [2]),
        ("503J", {"PL_POST": NEAR, "HOME_POST": CAMBS}, []),
        ("453", {"PL_POST": CAMBS}, [2]),
        ("453", {"PL_POST": CAMBS, "RNE": "T"}, []),
        ("503G", {"PL_POST": CAMBS, "RNE": "T"}, [2]),
        ("503G", {"HOME_POST": None}, []),
        ("503G", {}, []),
    ],
)
def test_first_episode_against_last_years_open_one(code, now, expected):
    first = episode(**({"DECOM": "01/06/2023", "RNE": "P"} | now))
    epi = [first, episode(DECOM="01/02/2025", RNE="P")]
    assert flagged(code, previous=LAST, Episodes=epi) == lines(*expected)
    assert flagged(code, Episodes=epi) == []


def test_rules_need_the_directory_and_say_so():
    epi = make_tables(Episodes=[episode(PL_POST=UNKNOWN)])
    assert run(2025, epi, only=["169"]) == []
    assert [f.line for f in run(2025, epi, only=["169"], reference=REFERENCE)] == [2]


def test_406_uasc_child_after_a_duplicated_uasc_row_is_still_uasc():
    """DfE: a UASC child has no distance. The councils' tool marks Header rows UASC by position
    after a merge, so a repeated UASC row shifts every later child's flag; careassure does not."""
    header = [{"CHILD": "1"}, {"CHILD": "3"}, {"CHILD": "2"}]
    uasc = [{"CHILD": "1", "SEX": "M"}, {"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "M"}]
    epi = [episode("2"), episode("3")]
    assert flagged("406", Episodes=epi, Header=header, UASC=uasc) == lines(2)
    assert flagged("392a", Episodes=[episode("2", HOME_POST=None)], Header=header, UASC=uasc) == []
