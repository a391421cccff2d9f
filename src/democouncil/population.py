"""Who comes into care, when, at what age, for how long, and how they leave.

Every distribution here is documented, with its source or reasoning, in docs/demo-data.md.
Shapes follow the DfE "Children looked after in England" release (see shared/domain/README.md §5):
starters skew to infants and teenagers, most children go home, young children leave by adoption or
special guardianship, and teenagers mostly stay until 18.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from democouncil.draw import choice, lognormal_days, pick
from democouncil.timeline import Days, add_years, age_years

NaT = np.datetime64("NaT", "D")

# Age at entry: DfE starters are roughly a fifth under 1 and a third aged 10–15.
AGE_BANDS: dict[str, tuple[int, int, float]] = {  # band -> (min days old, max days old, weight)
    "0": (0, 364, 0.18),
    "1-4": (365, 1825, 0.14),
    "5-9": (1826, 3652, 0.14),
    "10-15": (3653, 5843, 0.35),
    "16-17": (5844, 6560, 0.19),
}
UASC_SHARE = 0.14  # of entrants; they leave at 18, so only 5–6% of those in care at 31 March

ROUTES = {  # how the first period of care is headed to end, by age band at entry
    "0": (("adoption", "sgo", "home", "long_term", "other"), (30, 17, 25, 23, 5)),
    "1-4": (("adoption", "sgo", "home", "long_term", "other"), (20, 20, 35, 20, 5)),
    "5-9": (("adoption", "sgo", "home", "long_term", "other"), (2, 15, 45, 33, 5)),
    "10-15": (("sgo", "home", "long_term", "other", "remand"), (5, 48, 35, 8, 4)),
    "16-17": (("home", "long_term", "other", "remand"), (32, 58, 6, 4)),
}
REENTRY_ROUTES = {
    "young": (("home", "long_term", "sgo"), (40, 40, 20)),
    "child": (("home", "long_term", "other"), (45, 45, 10)),
    "older": (("home", "long_term", "other"), (25, 70, 5)),
}
DURATION = {  # route -> (median days, sigma, min, max); "long_term" runs to the 18th birthday
    "adoption": (700, 0.3, 330, 1600),
    "sgo": (450, 0.4, 120, 1400),
    "home": (150, 1.0, 8, 2500),
    "other": (200, 0.8, 10, 1500),
    "remand": (60, 0.6, 5, 300),
}
REC = {  # route -> reason episode ceased when the period ends before the 18th birthday
    "adoption": (("E11", "E12"), (58, 42)),
    "sgo": (("E45", "E46", "E47", "E48"), (45, 10, 38, 7)),
    "home": (("E4A", "E4B", "E13", "E41"), (70, 10, 12, 8)),
    "other": (("E3", "E8", "E13", "E16", "E2"), (35, 33, 25, 6, 1)),
    "remand": (("E14", "E9"), (70, 30)),
    "uasc_early": (("E3", "E15"), (70, 30)),
}
AGED_OUT = (("E17", "E5", "E6", "E7", "E4A", "E13"), (22, 45, 8, 2, 8, 15))
FIRST_LS = {
    "adoption": (("C1", "L2"), (95, 5)),
    "sgo": (("C1", "L1", "L2"), (85, 8, 7)),
    "home": (("V2", "C1", "L1", "L2"), (55, 35, 7, 3)),
    "long_term": (("C1", "V2", "L1"), (55, 40, 5)),
    "other": (("V2", "C1", "L1"), (60, 30, 10)),
    "remand": (("J1",), (1,)),
    "uasc": (("V2",), (1,)),
}
CIN = {
    False: (("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"), (64, 3, 3, 8, 14, 2, 1, 5)),
    True: (("N8", "N4"), (95, 5)),
}
ETHNIC = {
    False: (
        (
            "WBRI",
            "WIRI",
            "WOTH",
            "WIRT",
            "WROM",
            "MWBC",
            "MWBA",
            "MWAS",
            "MOTH",
            "AIND",
            "APKN",
            "ABAN",
            "AOTH",
            "BCRB",
            "BAFR",
            "BOTH",
            "CHNE",
            "OOTH",
            "REFU",
            "NOBT",
        ),
        (
            68,
            0.5,
            4,
            0.5,
            0.8,
            3.5,
            1.5,
            1.5,
            3.5,
            0.5,
            1.2,
            0.5,
            1,
            1.2,
            3,
            1.2,
            0.2,
            1.5,
            0.2,
            0.2,
        ),
    ),
    True: (("OOTH", "AOTH", "BAFR", "BOTH", "WOTH"), (40, 30, 20, 5, 5)),
}
ADOPTION_REVERSED = 0.08  # share of adoption decisions later reversed (RD1–RD4)
REENTRY = 0.15  # share of children who went home and come back into care
STEADY_STATE_YEARS = 20  # entries are simulated this far before the window to fill the stock
ENTRY_RATE_SD = 0.12  # year-to-year variation in the number of children coming into care


@dataclass
class Population:
    children: pl.DataFrame  # one row per child
    periods: pl.DataFrame  # one row per period of care


def draw_population(
    rng: np.random.Generator, n: int, window_start: np.datetime64, as_at: np.datetime64
) -> Population:
    """Exactly `n` children who are looked after, or are care leavers aged 17–21, in the window.

    Entries arrive from STEADY_STATE_YEARS before the window, so that the children already in care
    at its start have realistic histories, at a rate that varies from year to year (by about 12%,
    so trend charts are not flat); candidates who never touch the window are discarded."""
    lo = add_years(np.array([window_start]), -STEADY_STATE_YEARS)[0]
    starts: Days = np.arange(lo, as_at + 1, 365)  # one block of entries per 365 days
    lengths = np.minimum(starts + 365, as_at + 1) - starts
    weights = lengths.astype(np.int64) * np.exp(ENTRY_RATE_SD * rng.standard_normal(len(starts)))
    blocks = (starts, lengths.astype(np.int64), weights / weights.sum())
    kids: list[pl.DataFrame] = []
    pers: list[pl.DataFrame] = []
    found, offset = 0, 0
    while found < n:
        batch = max(4 * n, 2000)
        c, p = _candidates(rng, batch, offset, blocks)
        keep = _relevant(c, p, window_start, as_at)
        c = c.filter(pl.col("cid").is_in(keep.implode()))
        p = p.filter(pl.col("cid").is_in(keep.implode()))
        kids.append(c)
        pers.append(p)
        found += c.height
        offset += batch
    children = pl.concat(kids).sort("cid").head(n)
    periods = pl.concat(pers).filter(pl.col("cid").is_in(children["cid"].implode()))
    return Population(children, periods.sort("cid", "seq"))


def _candidates(
    rng: np.random.Generator,
    n: int,
    offset: int,
    blocks: tuple[Days, npt.NDArray[np.int64], npt.NDArray[np.float64]],
) -> tuple[pl.DataFrame, pl.DataFrame]:
    starts, lengths, p = blocks
    block = rng.choice(len(starts), size=n, p=p)
    entry = starts[block] + (rng.random(n) * lengths[block]).astype(np.int64)
    uasc = rng.random(n) < UASC_SHARE
    band = choice(rng, n, list(AGE_BANDS), [w for *_, w in AGE_BANDS.values()])
    age_days = np.zeros(n, dtype=np.int64)
    for name, (a, b, _) in AGE_BANDS.items():
        mask = band == name
        age_days[mask] = rng.integers(a, b + 1, mask.sum())
    # Unaccompanied children are mostly 16–17-year-old boys.
    age_days[uasc] = np.where(
        rng.random(uasc.sum()) < 0.85,
        rng.integers(5844, 6540, uasc.sum()),
        rng.integers(5113, 5843, uasc.sum()),
    )
    band[uasc] = "16-17"
    male_p = np.where(uasc, 0.95, 0.55)
    sex = np.where(rng.random(n) < male_p, "M", "F")
    dob = entry - age_days
    cid = np.arange(offset, offset + n)
    children = pl.DataFrame(
        {
            "cid": cid,
            "sex": sex,
            "dob": dob,
            "uasc": uasc,
            "ethnic": pick(rng, uasc, ETHNIC),
            # A minority of children have far less stable care (more moves, more missing).
            "unstable": rng.random(n) < 0.15,
        }
    )
    route = pick(rng, band, ROUTES)
    route[uasc] = "uasc"
    first = _periods(rng, cid, np.ones(n, dtype=np.int64), entry, dob, route, uasc)
    second = _reentries(rng, first, dob, uasc)
    return children, pl.concat([first, second]).sort("cid", "seq")


def _reentries(
    rng: np.random.Generator, first: pl.DataFrame, dob: Days, uasc: npt.NDArray[np.bool_]
) -> pl.DataFrame:
    went_home = first["rec"].is_in(["E4A", "E4B", "E13"]).to_numpy()
    gap = lognormal_days(rng, first.height, 240, 0.8, 30, 2000)
    start = first["end"].to_numpy() + gap
    bday18 = add_years(dob, 18)
    back = went_home & (rng.random(first.height) < REENTRY) & (start < bday18 - 30) & ~uasc
    age = age_years(dob, start)
    group = np.where(age < 5, "young", np.where(age < 16, "child", "older"))
    route = pick(rng, group, REENTRY_ROUTES)
    cid = first["cid"].to_numpy()
    idx = np.flatnonzero(back)
    return _periods(
        rng, cid[idx], np.full(len(idx), 2), start[idx], dob[idx], route[idx], uasc[idx]
    )


def _periods(
    rng: np.random.Generator,
    cid: npt.NDArray[np.int64],
    seq: npt.NDArray[np.int64],
    start: Days,
    dob: Days,
    route: npt.NDArray[np.str_],
    uasc: npt.NDArray[np.bool_],
) -> pl.DataFrame:
    """End date, reason ended, first legal status and adoption milestones for each period."""
    n = len(cid)
    bday18 = add_years(dob, 18)
    reversed_ = (route == "adoption") & (rng.random(n) < ADOPTION_REVERSED)
    route = np.where(reversed_, "long_term", route)
    dur = np.full(n, 10**5, dtype=np.int64)
    for name, (median, sigma, lo, hi) in DURATION.items():
        mask = route == name
        dur[mask] = lognormal_days(rng, int(mask.sum()), median, sigma, lo, hi)
    # About one unaccompanied child in seven leaves early: a transfer under the National
    # Transfer Scheme or an age assessment finding them 18 or over.
    uasc_early = (route == "uasc") & (rng.random(n) < 0.14)
    dur[uasc_early] = lognormal_days(rng, int(uasc_early.sum()), 45, 0.6, 7, 200)
    end = np.minimum(start + dur, bday18)
    end = np.maximum(end, start + 2)  # an episode cannot start and end on the same day
    aged_out = end >= bday18
    rec_key = np.where(aged_out, "aged_out", np.where(uasc_early, "uasc_early", route))
    rec = pick(rng, rec_key, {**REC, "aged_out": AGED_OUT})
    ls_key = np.where(uasc, "uasc", route)  # unaccompanied children are accommodated (V2)
    ls0 = pick(rng, ls_key, FIRST_LS)
    cin = pick(rng, uasc, CIN)
    adopt = _adoption_milestones(rng, start, end, route == "adoption", reversed_)
    return pl.DataFrame(
        {
            "cid": cid,
            "seq": seq,
            "start": start,
            "end": end,
            "route": route,
            "rec": rec,
            "ls0": ls0,
            "cin": cin,
            **adopt,
        }
    )


def _adoption_milestones(
    rng: np.random.Generator,
    start: Days,
    end: Days,
    adopted: npt.NDArray[np.bool_],
    reversed_: npt.NDArray[np.bool_],
) -> dict[str, object]:
    """Agency decision, placement order, match and placement for children adopted; decision and
    reversal for children whose plan changed (PlacedAdoption's DATE_PLACED_CEASED)."""
    n = len(start)
    dur = (end - start).astype(np.int64)
    jitter = rng.random((n, 3)) * 0.06
    adm = np.where(adopted, start + (dur * (0.28 + jitter[:, 0])).astype(np.int64), NaT)
    po = np.where(adopted, start + (dur * (0.40 + jitter[:, 1])).astype(np.int64), NaT)
    match = np.where(adopted, start + (dur * (0.60 + jitter[:, 2])).astype(np.int64), NaT)
    placed = np.where(adopted, match + rng.integers(3, 30, n), NaT)
    rev_adm = start + rng.integers(120, 400, n)
    adm = np.where(reversed_, rev_adm, adm)
    ceased = np.where(reversed_, rev_adm + rng.integers(90, 400, n), NaT)
    return {
        "adm": adm,
        "placement_order": po,
        "match": match,
        "placed": placed,
        "adm_ceased": ceased,
        "adm_ceased_reason": np.where(
            reversed_, choice(rng, n, ("RD1", "RD2", "RD3", "RD4"), (20, 30, 35, 15)), ""
        ),
        # Adopted by their foster carers (FOSTER_CARE = 1; placement A5 with the same carer).
        "foster_carer_adopts": adopted & (rng.random(n) < 0.13),
    }


def _relevant(
    children: pl.DataFrame, periods: pl.DataFrame, window_start: np.datetime64, as_at: np.datetime64
) -> pl.Series:
    """Candidates looked after in the window, or care leavers with a 17th–21st birthday in it."""
    p = periods.join(children.select("cid", "dob"), on="cid")
    in_window = p.filter((pl.col("start") <= as_at) & (pl.col("end") >= window_start))["cid"]
    leavers = care_leavers(children, periods)
    bday = leavers.with_columns(
        b17=pl.col("dob").dt.offset_by("17y"), b21=pl.col("dob").dt.offset_by("21y")
    ).filter((pl.col("b17") <= as_at) & (pl.col("b21") >= window_start))["cid"]
    return pl.concat([in_window, bday]).unique()


def care_leavers(children: pl.DataFrame, periods: pl.DataFrame) -> pl.DataFrame:
    """Children who qualify for leaving-care support (relevant or former relevant): looked after
    at least 13 weeks after their 14th birthday, including some time after their 16th
    (Children Act 1989 Sch 2 para 19B; CPPCR 2010 reg 40). Returns cid and dob."""
    p = periods.join(children.select("cid", "dob"), on="cid").with_columns(
        b14=pl.col("dob").dt.offset_by("14y"), b16=pl.col("dob").dt.offset_by("16y")
    )
    p = p.with_columns(
        after14=(pl.col("end") - pl.max_horizontal("start", "b14")).dt.total_days().clip(0),
        after16=pl.col("end") > pl.col("b16"),
    )
    agg = (
        p.sort("seq")
        .group_by("cid")
        .agg(
            pl.col("after14").sum(),
            pl.col("after16").any(),
            died=(pl.col("rec") == "E2").any(),
            # A child whose care passed to another council (E3) is that council's care leaver.
            moved=pl.col("rec").last() == "E3",
        )
    )
    ok = agg.filter(
        (pl.col("after14") >= 91) & pl.col("after16") & ~pl.col("died") & ~pl.col("moved")
    )
    return children.select("cid", "dob").join(ok.select("cid"), on="cid")
