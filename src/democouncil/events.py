"""Reviews, missing episodes and social-worker changes over each period of care.

Review timescales are CPPCR 2010 reg 33: first within 20 working days of becoming looked after,
second within 3 months of the first, then at most 6-monthly. Most reviews here are on time, a
minority late (docs/demo-data.md gives the shares). "On time" dates stay at least two working
days inside the limit so that bank holidays cannot push them over it.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import polars as pl

from democouncil.draw import choice, pick
from democouncil.timeline import add_years, age_years, uniform_days

LATE = (0.08, 0.10, 0.07)  # chance that the first, second, and each later review is late
PARTICIPATION = {
    "4-10": (("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"), (40, 4, 6, 6, 22, 12, 10)),
    "11+": (("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"), (45, 6, 1, 6, 25, 2, 15)),
}
MIN_SW_DAYS = 7
FIRST_SW_REASON = (("TSPROC", "FCONTA", "MANAGE"), (45, 35, 20))
LATER_SW_REASON = (("MANAGE", "TSPROC", "ABSENC", "CHCHAN"), (55, 25, 15, 5))


def reviews(rng: np.random.Generator, p: pl.DataFrame, as_at: np.datetime64) -> pl.DataFrame:
    """(cid, review, code, late) for reviews held before the period ended and by `as_at`."""
    start, end, dob = p["start"].to_numpy(), p["end"].to_numpy(), p["dob"].to_numpy()
    stop = np.minimum(end, as_at)
    n_max = np.maximum((stop - start).astype(np.int64) // 120 + 2, 1)
    idx = np.repeat(np.arange(p.height), n_max)
    k = np.arange(len(idx)) - np.repeat(np.cumsum(n_max) - n_max, n_max)  # 0-based review number
    late = rng.random(len(idx)) < np.where(k == 0, LATE[0], np.where(k == 1, LATE[1], LATE[2]))
    first_wd = np.where(late, rng.integers(21, 41, len(idx)), rng.integers(8, 18, len(idx)))
    gap = np.where(
        k == 1,
        np.where(late, rng.integers(93, 131, len(idx)), rng.integers(60, 89, len(idx))),
        np.where(late, rng.integers(184, 241, len(idx)), rng.integers(120, 181, len(idx))),
    )
    gap = np.where(k == 0, 0, gap)
    heads = np.cumsum(n_max) - n_max  # index of each period's first review
    first = np.busday_offset(start, first_wd[heads], roll="forward")[idx]
    before = np.cumsum(_group_sum(gap, n_max)) - _group_sum(gap, n_max)
    offset = np.cumsum(gap) - np.repeat(before, n_max)
    when = first + offset
    keep = when < stop[idx]
    age = age_years(dob[idx], when)  # exact: PN0 only under 4 (rules 440/441)
    code = pick(rng, np.where(age < 11, "4-10", "11+"), PARTICIPATION)
    code = np.where(age < 4, "PN0", code)
    return pl.DataFrame(
        {"cid": p["cid"].to_numpy()[idx], "review": when, "code": code, "late": late, "number": k}
    ).filter(pl.Series(keep))


def _group_sum(x: npt.NDArray[np.int64], sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    return np.add.reduceat(x, np.cumsum(sizes) - sizes)


def missing(rng: np.random.Generator, p: pl.DataFrame, as_at: np.datetime64) -> pl.DataFrame:
    """(cid, type, start, end) missing (M) and away (A) episodes from age 10 while in care.

    Rates are heavily skewed: most children never go missing, a few go missing often, and
    children whose care is unstable far more (gamma-distributed propensity)."""
    start, end, dob = p["start"].to_numpy(), p["end"].to_numpy(), p["dob"].to_numpy()
    lo = np.maximum(start, add_years(dob, 10))
    hi = np.minimum(end, as_at)
    years = np.maximum((hi - lo).astype(np.int64), 0) / 365.25
    base = np.where(p["unstable"].to_numpy(), 2.5, 0.15)
    rate = base * rng.gamma(0.3, 1 / 0.3, p.height) * years
    k = np.minimum(rng.poisson(rate), 60)
    idx = np.repeat(np.arange(p.height), k)
    begin = uniform_days(rng, lo[idx], hi[idx] - 1)
    length = choice(rng, len(idx), ("0", "1", "2-7", "8-30"), (45, 35, 17, 3))
    days = np.where(
        length == "2-7",
        rng.integers(2, 8, len(idx)),
        np.where(length == "8-30", rng.integers(8, 31, len(idx)), length == "1"),
    ).astype(np.int64)
    finish = np.minimum(begin + days, end[idx])
    frame = pl.DataFrame(
        {
            "cid": p["cid"].to_numpy()[idx],
            "type": choice(rng, len(idx), ("M", "A"), (40, 60)),
            "start": begin,
            "end": finish,
        }
    ).sort("cid", "start")
    # Drop episodes that would begin before the previous one ended (overlaps are invalid).
    for _ in range(3):
        prev_end = pl.col("end").shift(1).over("cid")
        frame = frame.filter(prev_end.is_null() | (pl.col("start") > prev_end))
    return frame.with_columns(end=pl.when(pl.col("end") > as_at).then(None).otherwise("end"))


def end_by_next_episode(
    missing: pl.DataFrame, episodes: pl.DataFrame, as_at: np.datetime64
) -> pl.DataFrame:
    """`missing` with each spell ended by the child's next change of placement or legal status
    by `as_at` (the next episode's start, on or after the spell's): DfE rule 575 wants a spell
    closed once the episode it began in has ended, and a spell open at a year's end would
    otherwise be reported open after it. Spells rarely last long enough for this to matter."""
    starts = episodes.select("cid", next_episode="decom").sort("cid", "next_episode")
    capped = (
        missing.with_row_index("_row")
        .sort("start")
        .join_asof(
            starts.sort("next_episode"),
            left_on="start",
            right_on="next_episode",
            by="cid",
            strategy="forward",
            check_sortedness=False,
        )
        .sort("_row")
    )
    before = pl.col("next_episode") <= pl.col("end")
    still_open = pl.col("end").is_null() & (pl.col("next_episode") <= pl.lit(as_at))
    return capped.with_columns(
        end=pl.when(before | still_open).then("next_episode").otherwise("end")
    ).select(missing.columns)


def social_worker_changes(rng: np.random.Generator, p: pl.DataFrame) -> pl.DataFrame:
    """(cid, seq, start, end, reason, adoption) social worker episodes over each period.

    About one change a year in the first three years, fewer after; nationally 27% of children
    had three or more social workers in 2024 (CYP Now). `adoption` marks episodes after the
    agency decision, which go to the adoption team."""
    start, end = p["start"].to_numpy(), p["end"].to_numpy()
    years = (end - start).astype(np.int64) / 365.25
    k = rng.poisson(0.9 * np.minimum(years, 3) + 0.4 * np.maximum(years - 3, 0))
    idx = np.repeat(np.arange(p.height), k)
    # Every episode lasts at least a week (DfE flags ones under 24 hours: SW09STG2).
    change = uniform_days(rng, start[idx] + MIN_SW_DAYS, end[idx] - MIN_SW_DAYS)
    firsts = pl.DataFrame({"i": np.arange(p.height), "start": start, "first": True})
    later = pl.DataFrame({"i": idx, "start": change, "first": False}).filter(
        pl.Series(change < end[idx] - MIN_SW_DAYS + 1)
    )
    sw = (
        pl.concat([firsts, later])
        .sort("i", "start", "first", descending=[False, False, True])
        .filter(
            pl.col("first")
            | (
                (pl.col("start") - pl.col("start").shift(1).over("i")).dt.total_days()
                >= MIN_SW_DAYS
            )
        )
    )
    n = sw.height
    reason = np.where(
        sw["first"].to_numpy(), choice(rng, n, *FIRST_SW_REASON), choice(rng, n, *LATER_SW_REASON)
    )
    i = sw["i"].to_numpy()
    adm = p["adm"].to_numpy()[i]
    sw = sw.with_columns(
        cid=pl.Series(p["cid"].to_numpy()[i]),
        seq=pl.Series(p["seq"].to_numpy()[i]),
        reason=pl.Series(reason),
        adoption=pl.Series(~np.isnat(adm) & (sw["start"].to_numpy() >= adm)),
        period_end=pl.Series(end[i]),
    )
    return sw.with_columns(
        end=pl.col("start").shift(-1).over("i").fill_null(pl.col("period_end"))
    ).select("cid", "seq", "start", "end", "reason", "adoption")


def deprivation_of_liberty(rng: np.random.Generator, episodes: pl.DataFrame) -> pl.DataFrame:
    """(cid, start, end) orders for some 10–17-year-olds in children's homes (K2: the placement
    D2I rules 709/710 expect), ending before the placement does.

    DoLo is collected from 2026/27; about one in ten such placements has an order here
    (an illustrative share: no national figure was found)."""
    e = episodes.filter((pl.col("place") == "K2") & (pl.col("age") >= 10))
    e = e.filter(pl.Series(rng.random(e.height) < 0.1))
    length = (e["dec"] - e["decom"]).dt.total_days().to_numpy()
    # Strictly inside the placement: the episodes either side share its first and last days.
    start = (
        e["decom"].to_numpy()
        + 1
        + (rng.random(e.height) * np.minimum(length - 2, 30)).astype(np.int64)
    )
    end = np.minimum(start + rng.integers(30, 200, e.height), e["dec"].to_numpy() - 1)
    return pl.DataFrame({"cid": e["cid"], "start": start, "end": end}).filter(
        pl.col("end") > pl.col("start")
    )
