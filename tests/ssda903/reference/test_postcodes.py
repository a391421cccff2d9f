"""The packaged ONS postcode directory and the fields derived from it, on real postcodes."""

from __future__ import annotations

import math

import polars as pl
import pytest

from ssda903.reference import authorities, placement, postcodes


def test_directory_loads_only_the_letters_asked_and_normalises_keys():
    frame = postcodes.load(["s"])
    assert frame.columns == ["pcd", "laua", "oseast1m", "osnrth1m"]
    assert frame.get_column("pcd").str.slice(0, 1).unique().to_list() == ["S"]
    assert not frame.get_column("pcd").str.contains(" ").any()
    assert postcodes.load(["Q"]).height == 0  # no UK postcode starts with Q


def test_letters_of_episodes():
    homes = pl.Series(["s1 1aa", None, " L1 0AB"])
    assert postcodes.letters_of(homes) == {"S", "L"}


def test_sheffield_to_liverpool_by_hand():
    directory = postcodes.load(["S", "L"])
    sheffield = directory.filter(pl.col("pcd") == "S11AA").row(0, named=True)
    liverpool = directory.filter(pl.col("pcd") == "L10AB").row(0, named=True)
    metres = math.hypot(
        sheffield["oseast1m"] - liverpool["oseast1m"], sheffield["osnrth1m"] - liverpool["osnrth1m"]
    )
    episodes = pl.DataFrame({"HOME_POST": ["S1 1AA", "s11aa"], "PL_POST": ["L1 0AB", "S1 1AA"]})
    out = placement.placement_fields(episodes, directory, sheffield["laua"])
    assert out.get_column("PL_DISTANCE").to_list() == [round(metres / 1000 / 1.6093, 1), 0.0]
    # Sheffield and Liverpool are 55–70 miles apart as the crow flies.
    assert 55 < out.get_column("PL_DISTANCE")[0] < 70
    assert out.get_column("PL_LA").to_list() == [liverpool["laua"], sheffield["laua"]]
    assert out.get_column("PL_LOCATION").to_list() == ["OUT", "IN"]


def test_district_postcode_gives_its_county_and_countries_their_codes():
    directory = postcodes.load(["C", "E", "B"])
    episodes = pl.DataFrame(
        {
            "HOME_POST": ["CB2 1TN"] * 4,
            # Cambridge (a district of Cambridgeshire), Cardiff, Edinburgh, Belfast.
            "PL_POST": ["CB2 1TN", "CF10 1EP", "EH1 1YZ", "BT1 5GS"],
        }
    )
    out = placement.placement_fields(episodes, directory, "E10000003")
    assert out.get_column("PL_LA").to_list() == ["E10000003", "WAL", "SCO", "NIR"]
    assert out.get_column("PL_LOCATION").to_list() == ["IN", "OUT", "OUT", "OUT"]


def test_unknown_postcodes_leave_fields_blank():
    directory = postcodes.load(["X", "Z"])
    episodes = pl.DataFrame({"HOME_POST": ["XX1 1XX", None], "PL_POST": ["ZZ9 9ZZ", None]})
    out = placement.placement_fields(episodes, directory, "E09000027")
    assert out.select("PL_LA", "PL_LOCATION", "PL_DISTANCE").null_count().row(0) == (2, 2, 2)
    assert out.get_column("HOME_POST_FOUND").to_list() == [False, False]


def test_unitary_authority_newer_than_the_2021_lookup_is_its_own_upper_tier():
    directory = postcodes.load(["Y"])
    selby = directory.filter(pl.col("pcd") == "YO86ST").get_column("laua").to_list()
    assert selby == ["E06000065"]  # North Yorkshire, since April 2023
    assert "E06000065" not in authorities.upper_tier_names()
    out = placement.placement_fields(
        pl.DataFrame({"HOME_POST": ["YO8 6ST"], "PL_POST": ["YO8 6ST"]}), directory, "E06000065"
    )
    assert out.row(0, named=True)["PL_LA"] == "E06000065"
    assert authorities.check_la_code("e06000065") == "E06000065"


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("E07000008", "district council"),
        ("E09999999", "unknown local authority code"),
        ("E08000019", "no longer in use"),  # Sheffield before ONS recoded it (E08000039)
        ("E10000006", "no longer in use"),  # Cumbria, abolished in April 2023
        ("W06000015", "not an English council"),
        ("Richmond", "unknown local authority code"),
    ],
)
def test_la_code_refused_with_a_reason(code, says):
    with pytest.raises(ValueError, match=says):
        authorities.check_la_code(code)


def test_la_code_accepted():
    assert authorities.check_la_code(" e09000027 ") == "E09000027"
