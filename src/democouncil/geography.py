"""Where the demo council's children live and are placed: a real English county's postcodes.

The council's name is invented, but DfE's postcode rules (169, 179, 392a, 392c, 218, 241, 1015
and others, in `ssda903.validation.rules.rpostcode`) look every HOME_POST and PL_POST up in ONS's
postcode directory and compare the placement's local authority with the council's own ONS code.
So the demo borrows a real geography: Norfolk (ONS code ``E10000020``), a shire county of seven
districts, and its neighbours. Postcodes are public ONS data (Open Government Licence), read
from the directory package the validator uses (`ssda903.reference.postcodes`); a postcode is a
street or a few buildings, not an address.

Norfolk's postcodes (NR, PE, IP) and the nearer parts of its neighbours start with I, N or P,
so only those three letters of the directory are read (about 0.4 s with the gridding below, once
per process).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
import polars as pl

from ssda903.reference import authorities, postcodes

# The borrowed geography: Norfolk County Council's ONS code (what CAREASSURE_LA_CODE should be
# for the demo council), and the upper-tier councils bordering it.
ONS_CODE = "E10000020"
NEIGHBOURS = (
    "E10000029",  # Suffolk
    "E10000003",  # Cambridgeshire
    "E06000031",  # Peterborough
    "E10000019",  # Lincolnshire
)
LETTERS = ("I", "N", "P")  # first letters of the postcodes drawn from (NR, PE, IP, NG…)
IN_AREA = 0.70  # share of placements inside the council's area
NEAR = 0.65  # of the placements outside it, the share in a neighbouring council
FAR_MILES = 200  # other placements lie within this distance of the county's centre
# Placements are sought this far from home (exponential, mean in miles), then moved to the
# nearest postcode in the chosen area: most in-area carers are within a few miles of home, and
# placements over the border are mostly near it.
MEAN_MILES = {"home": 6.0, "near": 10.0}
METRES_PER_MILE = 1609.3
CELL = 2000  # metres: postcodes are found near a point by 2 km grid square
AREAS = ("home", "near", "far")
MAX_REDRAWS = 10  # the last postcode clash goes in the third round at 80,000 children

# Placements that must be in the council's own area for DfE's rules to hold: supported
# accommodation with a URN (rule 241; H5 and P2 become K3 with the same carer), placed with
# parents, and the council's own provision other than fostering and adoption (rule 1015).
ALWAYS_IN_AREA = ("K3", "H5", "P2", "P1")
FOSTER_OR_ADOPTION = ("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5", "A6")


Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Area:
    """The postcodes of one kind of area, as councils write them ("NR1 1AA"), ordered by grid
    square then postcode, with for every square of the area's bounding box the postcodes of the
    nearest square that has any (`start`, `count` into `codes`)."""

    codes: npt.NDArray[np.str_]
    east: npt.NDArray[np.float64]
    north: npt.NDArray[np.float64]
    origin: tuple[float, float]
    cell: int  # metres
    width: int
    height: int
    start: npt.NDArray[np.int64]
    count: npt.NDArray[np.int64]
    # For each postcode, where its own square's postcodes start in `codes` and how many there are.
    own_start: npt.NDArray[np.int64]
    own_count: npt.NDArray[np.int64]

    def nearest(self, east: Floats, north: Floats, u: Floats) -> npt.NDArray[np.int64]:
        """An index into `codes` near each point (a random postcode of the nearest square)."""
        ix = np.clip(((east - self.origin[0]) // self.cell).astype(np.int64), 0, self.width - 1)
        iy = np.clip(((north - self.origin[1]) // self.cell).astype(np.int64), 0, self.height - 1)
        cell = iy * self.width + ix
        return self.start[cell] + (u * self.count[cell]).astype(np.int64)

    def other(self, idx: npt.NDArray[np.int64], *, leave: bool) -> npt.NDArray[np.int64]:
        """Another postcode for each index: the next in its square, or (`leave`, or alone in
        its square) the first of the next square."""
        first, size = self.own_start[idx], self.own_count[idx]
        within = first + (idx - first + 1) % size
        return np.where((size > 1) & (not leave), within, (first + size) % len(self.codes))


@cache
def areas() -> dict[str, Area]:
    """The candidate postcodes of the council's area, its neighbours and further away."""
    tiers = authorities.upper_tier_lookup()
    frame = (
        postcodes.load(LETTERS)
        .filter(
            pl.col("laua").str.starts_with("E")
            & pl.col("oseast1m").is_not_null()
            & pl.col("osnrth1m").is_not_null()
        )
        .join(tiers, on="laua", how="left")
        # Unitary councils created since ONS's 2021 lookup are their own upper tier.
        .with_columns(pl.coalesce("utla", "laua").alias("utla"))
        .unique("pcd", keep="first", maintain_order=True)
    )
    home = frame.filter(pl.col("utla") == ONS_CODE)
    e, n = home["oseast1m"].mean(), home["osnrth1m"].mean()
    miles = ((pl.col("oseast1m") - e) ** 2 + (pl.col("osnrth1m") - n) ** 2).sqrt()
    far = frame.filter(
        ~pl.col("utla").is_in([ONS_CODE, *NEIGHBOURS]) & (miles <= FAR_MILES * METRES_PER_MILE)
    )
    near = frame.filter(pl.col("utla").is_in(NEIGHBOURS))
    return {"home": _area(home), "near": _area(near), "far": _area(far, grid=False)}


def _area(frame: pl.DataFrame, *, grid: bool = True) -> Area:
    """`frame`'s postcodes; without `grid`, one square holds them all (drawn from uniformly)."""
    x0, y0 = (float(frame[c].to_numpy().min()) for c in ("oseast1m", "osnrth1m"))
    cell = CELL if grid else 1_000_000  # one square covers England
    cells = frame.with_columns(
        ((pl.col("oseast1m") - x0) // cell).cast(pl.Int64).alias("_x"),
        ((pl.col("osnrth1m") - y0) // cell).cast(pl.Int64).alias("_y"),
    )
    width, height = (int(cells[c].to_numpy().max()) + 1 for c in ("_x", "_y"))
    # Sorted, so that draws depend only on the seed, never on the directory's row order.
    cells = cells.with_columns((pl.col("_y") * width + pl.col("_x")).alias("_cell")).sort(
        "_cell", "pcd"
    )
    key = cells["_cell"].to_numpy()
    filled, first, count = np.unique(key, return_index=True, return_counts=True)
    # For every square of the bounding box, the nearest filled square (by centre), in chunks.
    fx, fy = filled % width, filled // width
    nearest = np.empty(width * height, dtype=np.int64)
    for lo in range(0, width * height, 256):
        sq = np.arange(lo, min(lo + 256, width * height))
        d = (sq[:, None] % width - fx[None, :]) ** 2 + (sq[:, None] // width - fy[None, :]) ** 2
        nearest[sq] = np.argmin(d, axis=1)
    text = pl.concat_str(pl.col("pcd").str.head(-3), pl.lit(" "), pl.col("pcd").str.tail(3))
    return Area(
        codes=cells.select(text)["pcd"].to_numpy().astype(str),
        east=cells["oseast1m"].to_numpy().astype(np.float64),
        north=cells["osnrth1m"].to_numpy().astype(np.float64),
        origin=(x0, y0),
        cell=cell,
        width=width,
        height=height,
        start=first[nearest].astype(np.int64),
        count=count[nearest].astype(np.int64),
        own_start=np.repeat(first, count).astype(np.int64),
        own_count=np.repeat(count, count).astype(np.int64),
    )


def home_postcodes(rng: np.random.Generator, n: int) -> npt.NDArray[np.str_]:
    """A home postcode in the council's area for each of `n` children."""
    home = areas()["home"].codes
    return home[rng.integers(0, len(home), n)]


def placement_postcodes(
    rng: np.random.Generator, seg: pl.DataFrame, children: pl.DataFrame
) -> pl.Series:
    """PL_POST for each placement in `seg` (sorted by cid, seq, day; with kind, place, provider),
    given each child's `home_post` in `children` (null for unaccompanied children).

    IN_AREA of placements are in the council's area (the types in ALWAYS_IN_AREA and the
    council's own non-foster provision always), the rest in a neighbouring council (NEAR) or
    further away. A T placement keeps its carer, so it keeps the postcode; any other move gets a
    postcode different from the last one and from the child's home (rules 435 and 392d).
    """
    a = areas()
    n = seg.height
    place = seg["place"].to_numpy().astype(str)
    own = (seg["provider"].to_numpy() == "PR1") & ~np.isin(place, FOSTER_OR_ADOPTION)
    forced = np.isin(place, ALWAYS_IN_AREA) | own
    free = n - int(forced.sum())
    # The free placements' chance of being in area, so that IN_AREA holds over all placements.
    p_in = float(np.clip((IN_AREA * n - forced.sum()) / free, 0, 1)) if free else 1.0
    in_area = forced | (rng.random(n) < p_in)
    area = np.where(in_area, 0, np.where(rng.random(n) < NEAR, 1, 2))
    miles, angle, u = rng.exponential(1.0, n), rng.uniform(0, 2 * np.pi, n), rng.random(n)
    homes = a["home"]
    where = pl.DataFrame({"home_post": homes.codes, "_e": homes.east, "_n": homes.north}).unique(
        "home_post"
    )
    frame = seg.select("cid", "seq", "kind", "place").join(
        children.select("cid", "home_post").join(where, on="home_post", how="left"),
        on="cid",
        how="left",
        maintain_order="left",
    )
    home_e, home_n = frame["_e"].to_numpy(), frame["_n"].to_numpy()
    idx = np.zeros(n, dtype=np.int64)
    for code, name in enumerate(AREAS):
        mask = area == code
        found = a[name]
        chosen = (u * len(found.codes)).astype(np.int64)  # anywhere in the area
        if name in MEAN_MILES:
            reach = miles * MEAN_MILES[name] * METRES_PER_MILE
            near = found.nearest(
                np.nan_to_num(home_e + reach * np.cos(angle)),
                np.nan_to_num(home_n + reach * np.sin(angle)),
                u,
            )
            # A child with no home postcode (unaccompanied) is placed anywhere in the area.
            chosen = np.where(np.isnan(home_e), chosen, near)
        idx = np.where(mask, chosen, idx)
    frame = _same_carer_same_address(
        frame.with_columns(
            _area=pl.Series(area, dtype=pl.Int64), _idx=pl.Series(idx, dtype=pl.Int64)
        )
    )
    # Another postcode where a move would keep the address or a placement would be at home
    # (rules 435 and 392d); repeated, as a new postcode can clash in turn (rarely more than once).
    frame = frame.with_columns(_post=_lookup(a, frame))
    for attempt in range(MAX_REDRAWS):
        clash = frame.select(_clash())["clash"].to_numpy()
        if not clash.any():
            break
        idx = frame["_idx"].to_numpy().copy()
        area = frame["_area"].to_numpy()
        for code, name in enumerate(AREAS):
            mask = clash & (area == code)
            # A square of two or three postcodes can cycle between clashes: leave it.
            idx[mask] = a[name].other(idx[mask], leave=attempt >= 2)
        frame = _same_carer_same_address(frame.with_columns(_idx=pl.Series(idx)))
        frame = frame.with_columns(_post=_lookup(a, frame))
    return frame["_post"].alias("pl_post")


def _clash() -> pl.Expr:
    """A placement (not T, which keeps its carer) whose postcode is the previous placement's or,
    unless placed with parents (P1), the child's home."""
    post = pl.col("_post")
    # Rows are sorted by cid, seq: plain shifts are much faster than windows over them.
    same_period = (pl.col("cid") == pl.col("cid").shift(1)) & (
        pl.col("seq") == pl.col("seq").shift(1)
    )
    same_as_last = (same_period & (post == post.shift(1))).fill_null(False)
    at_home = (post == pl.col("home_post")).fill_null(False) & (pl.col("place") != "P1")
    return ((pl.col("kind") != "T") & (same_as_last | at_home)).alias("clash")


def _same_carer_same_address(frame: pl.DataFrame) -> pl.DataFrame:
    """A T placement keeps its carer, so it keeps the previous placement's postcode. A period's
    first placement is never T, so filling forward never crosses into another period."""
    other = pl.col("kind") != "T"
    return frame.with_columns(
        pl.when(other).then(c).otherwise(None).forward_fill().alias(c) for c in ("_area", "_idx")
    )


def _lookup(a: dict[str, Area], frame: pl.DataFrame) -> pl.Series:
    return _all_codes().gather(frame["_idx"] + frame["_area"].replace_strict(_offsets()))


@cache
def _all_codes() -> pl.Series:
    """Every area's codes end to end (gathering from one Series is far faster than numpy text)."""
    return pl.Series("_post", np.concatenate([areas()[name].codes for name in AREAS]), pl.String)


@cache
def _offsets() -> dict[int, int]:
    sizes = [len(areas()[name].codes) for name in AREAS]
    return {code: sum(sizes[:code]) for code in range(len(AREAS))}
