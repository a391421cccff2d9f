"""Placements within each period of care: when children move, and where to.

Moves are more frequent for teenagers and for the minority of children whose care is unstable,
and most frequent early in a period (an emergency placement followed by a planned one); see
docs/demo-data.md. Placement codes follow shared/domain/README.md §1.2, including the 2024/25
change that replaced semi-independent (H5) and independent living (P2) with supported
accommodation (K3).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt
import polars as pl

from democouncil.draw import choice, pick
from democouncil.timeline import add_years, age_years, uniform_days
from ssda903.codelists import K3_FROM

# From 1 April 2024 (the 2024/25 collection) H5 and P2 are no longer valid and K3 is.
SUPPORTED_ACCOMMODATION_FROM = np.datetime64(date(K3_FROM - 1, 4, 1), "D")
# Independent living (P2) ended on 28 October 2023, when unregulated placements for under-18s were
# banned (D2I rule 217t); until April 2024 those young people are in semi-independent (H5) homes.
P2_ENDED = np.datetime64(date(2023, 10, 28), "D")

MOVE_RATE = {"0-4": 0.35, "5-9": 0.45, "10-12": 0.7, "13+": 1.0}  # moves a year, first 2 years
LATER_RATE_FACTOR = 0.3  # settled children move far less after two years
UNSTABLE_FACTOR = 3.0
EARLY_MOVE = 0.25  # share of periods that start in an emergency placement and move in 2–8 weeks
SIXTEEN_PLUS_MOVE = 0.45  # teenagers staying to 18 who move to supported accommodation

CATEGORY = {
    "0-9": (("foster", "K2", "P1", "R1"), (93, 2, 4, 1)),
    "10-12": (("foster", "K2", "P1", "S1"), (84, 12, 3, 1)),
    "13-15": (("foster", "K2", "P1", "S1", "K1"), (72, 22, 3, 1.5, 1.5)),
    "16-17": (("foster", "K2", "supported", "P1", "K1"), (48, 14, 35, 2, 1)),
    "uasc-15": (("foster", "K2"), (80, 20)),
    "uasc-16": (("foster", "K2", "supported"), (25, 5, 70)),
}
FOSTER = {
    "kin": (("U3", "U1"), (70, 30)),
    "other": (("U6", "U4"), (66, 34)),
    "infant": (("U6", "U4", "U5"), (70, 20, 10)),  # fostering for adoption is for babies
}
PROVIDER = {
    "U": (("PR1", "PR4", "PR5"), (60, 35, 5)),
    "K2": (("PR4", "PR1", "PR5"), (72, 18, 10)),
    "K1": (("PR1", "PR2"), (50, 50)),
    "K3": (("PR4", "PR1"), (80, 20)),
    "H5": (("PR4", "PR1"), (70, 30)),
    "A": (("PR1", "PR2"), (70, 30)),
}


def change_days(rng: np.random.Generator, p: pl.DataFrame) -> pl.DataFrame:
    """(cid, seq, day, kind) for every placement start: "S" at the start of care, "P" for a
    move to new carers, "A" for a move into an adoptive placement."""
    n = p.height
    start, end = p["start"].to_numpy(), p["end"].to_numpy()
    dob = p["dob"].to_numpy()
    placed = p["placed"].to_numpy()
    limit = np.where(np.isnat(placed), end, placed)  # no moves once placed for adoption
    age = age_years(dob, start)
    band = np.where(age < 5, "0-4", np.where(age < 10, "5-9", np.where(age < 13, "10-12", "13+")))
    years = (end - start).astype(np.int64) / 365.25
    exposure = np.minimum(years, 2) + LATER_RATE_FACTOR * np.maximum(years - 2, 0)
    rate = np.vectorize(MOVE_RATE.__getitem__)(band) * exposure
    rate = rate * np.where(p["unstable"].to_numpy(), UNSTABLE_FACTOR, 1.0)
    k = rng.poisson(rate)
    idx = np.repeat(np.arange(n), k)
    moves = uniform_days(rng, start[idx] + 1, limit[idx] - 1)
    early = rng.random(n) < EARLY_MOVE
    early_day = start + rng.integers(7, 57, n)
    b16 = add_years(dob, 16)
    teen = np.isin(p["route"].to_numpy(), ["long_term", "uasc"]) & (end > b16 + 60)
    teen &= rng.random(n) < SIXTEEN_PLUS_MOVE
    teen_day = np.maximum(start + 1, b16) + rng.integers(0, 300, n)
    rows = [
        _rows(p, np.arange(n), start, "S"),
        _rows(p, idx, moves, "P"),
        _rows(p, np.flatnonzero(early), early_day[early], "P"),
        _rows(p, np.flatnonzero(teen), teen_day[teen], "P"),
        _rows(p, np.flatnonzero(~np.isnat(placed)), placed[~np.isnat(placed)], "A"),
    ]
    days = pl.concat(rows).join(p.select("cid", "seq", "start", "end", "placed"), on=["cid", "seq"])
    inside = (pl.col("kind") == "S") | (
        (pl.col("day") > pl.col("start"))
        & (pl.col("day") < pl.col("end"))
        & (
            (pl.col("kind") == "A")
            | pl.col("placed").is_null()
            | (pl.col("day") < pl.col("placed"))
        )
    )
    return (
        days.filter(inside)
        .sort("cid", "seq", "day", "kind")
        .unique(["cid", "seq", "day"], keep="first", maintain_order=True)
        .select("cid", "seq", "day", "kind")
    )


def _rows(p: pl.DataFrame, idx: npt.NDArray[np.int64], day: np.ndarray, kind: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "cid": p["cid"].to_numpy()[idx],
            "seq": p["seq"].to_numpy()[idx],
            "day": day.astype("datetime64[D]"),
            "kind": np.full(len(idx), kind),
        }
    )


def placement_types(rng: np.random.Generator, seg: pl.DataFrame) -> pl.DataFrame:
    """Add PLACE to each placement start, by age, asylum status and date; seg needs dob, uasc,
    route, rec, ls0 and foster_carer_adopts, plus `last` (final placement of the period)."""
    n = seg.height
    day, dob = seg["day"].to_numpy(), seg["dob"].to_numpy()
    age = age_years(dob, day)  # exact: K3 and H5 need a 16th birthday (rule 371)
    uasc = seg["uasc"].to_numpy()
    band = np.where(
        uasc,
        np.where(age < 16, "uasc-15", "uasc-16"),
        np.where(
            age < 10, "0-9", np.where(age < 13, "10-12", np.where(age < 16, "13-15", "16-17"))
        ),
    )
    cat = pick(rng, band, CATEGORY)
    kin = (rng.random(n) < 0.2) & ~uasc
    foster = pick(rng, np.where(kin, "kin", np.where(age < 2, "infant", "other")), FOSTER)
    before = day < SUPPORTED_ACCOMMODATION_FROM
    supported = np.where(before, choice(rng, n, ("H5", "P2"), (60, 40)), "K3")
    supported = np.where(before & (day >= P2_ENDED), "H5", supported)
    place = np.where(cat == "foster", foster, np.where(cat == "supported", supported, cat))
    # Only children on a care order can be placed with parents; adoption-route children are not.
    no_p1 = (seg["ls0"].to_numpy() != "C1") | (seg["route"].to_numpy() == "adoption")
    place = np.where((place == "P1") & no_p1, "U6", place)
    # Special guardians who were the child's foster carers (E45, E46) are the last placement.
    rec, last = seg["rec"].to_numpy(), seg["last"].to_numpy()
    place = np.where(last & (rec == "E45"), choice(rng, n, ("U3", "U1"), (60, 40)), place)
    place = np.where(last & (rec == "E46"), "U4", place)
    adoptive = np.where(seg["foster_carer_adopts"].to_numpy(), "A5", "A6")
    place = np.where(seg["kind"].to_numpy() == "A", adoptive, place)
    return seg.with_columns(place=pl.Series(place, dtype=pl.String))


def split_for_supported_accommodation(seg: pl.DataFrame) -> pl.DataFrame:
    """Placements whose code was withdrawn are recorded under the new code from that day (a new
    episode with the same carer, RNE T), as councils did: P2 became H5 on 28 October 2023, and
    H5 became K3 on 1 April 2024. An H5 placement open on 28 October 2023 also starts a new
    episode that day, when its provider had to be registered with Ofsted: from then it has a URN
    (rule 230), which it could not have before (rule 222 in 2022/23)."""
    seg = _recode_from(seg, ("P2", "H5"), P2_ENDED, "H5")
    return _recode_from(seg, ("H5", "P2"), SUPPORTED_ACCOMMODATION_FROM, "K3")


def _recode_from(
    seg: pl.DataFrame, old: tuple[str, ...], when: np.datetime64, new_code: str
) -> pl.DataFrame:
    nxt = pl.col("day").shift(-1).over("cid", "seq")
    open_at = seg.with_columns(next_day=nxt).filter(
        pl.col("place").is_in(old)
        & (pl.col("day") < when)
        & (pl.col("end") > when)
        & (pl.col("next_day").is_null() | (pl.col("next_day") > when))
    )
    new = open_at.drop("next_day").with_columns(
        day=pl.lit(when), kind=pl.lit("T"), place=pl.lit(new_code)
    )
    return pl.concat([seg, new.select(seg.columns)]).sort("cid", "seq", "day")


def providers(rng: np.random.Generator, seg: pl.DataFrame, la_urn: str) -> pl.DataFrame:
    """PLACE_PROVIDER and URN per placement (see README §1.2: PR0 only with P1; 'XXXXXXX' for
    settings inspected by others or regional adoption agencies; none for unregistered ones)."""
    n = seg.height
    place = seg["place"].to_numpy()
    group = np.where(
        np.char.startswith(place.astype(str), "U"),
        "U",
        np.where(np.isin(place, ["A5", "A6"]), "A", np.where(place == "P2", "H5", place)),
    )
    prov = pick(rng, group, PROVIDER)
    prov = np.where(place == "P1", "PR0", prov)
    prov = np.where(place == "S1", "PR5", np.where(place == "R1", "PR3", prov))
    sizes = (("U", 40), ("K2", 150), ("K1", 12), ("K3", 60), ("S1", 15))
    pools = {g: _urn_pool(rng, size) for g, size in sizes}
    # Semi-independent (H5) providers registered with Ofsted from 28 October 2023, as
    # supported accommodation: the same providers as K3 (rules 218, 230).
    registered = (group == "H5") & (place == "H5") & (seg["day"].to_numpy() >= P2_ENDED)
    urn = np.full(n, "", dtype="<U8")
    for g, pool in pools.items():
        mask = (group == g) | (registered if g == "K3" else False)
        urn[mask] = pool[rng.integers(0, len(pool), mask.sum())]
    urn = np.where((group == "U") & (prov == "PR1"), la_urn, urn)
    # 'XXXXXXX' is for regional adoption agencies only (rule 242). Residential special schools
    # (S1) are Ofsted social-care settings with a URN (rule 218); health settings (R1) are not.
    urn = np.where(np.isin(place, ["A5", "A6"]), "XXXXXXX", urn)
    urn = np.where(place == "R1", "", urn)
    # A T episode keeps its carer; so does the URN and provider (set in episodes.py).
    return seg.with_columns(
        provider=pl.Series(prov, dtype=pl.String),
        urn=pl.Series(urn, dtype=pl.String).replace("", None),
    )


def _urn_pool(rng: np.random.Generator, size: int) -> npt.NDArray[np.str_]:
    return np.array([f"SC{n:06d}" for n in rng.choice(900_000, size, replace=False) + 100_000])
