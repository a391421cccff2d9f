"""Slice the simulated histories into one SSDA903 return per collection year.

Each return holds what a council submits for that year, as known at its end (or at `as_at` for
the year in progress): episodes open at any point in the year, with DEC/REC blank if still open;
reviews and missing episodes in the year; OC2 at 31 March; OC3 for 17th–21st birthdays in the
year; AD1 for adoptions in the year; PlacedAdoption for agency decisions in force; PrevPerm for
new periods of care; UASC for unaccompanied children looked after; SWEpisodes from 2023/24 and
DoLo from 2026/27 (ssda903.tables.FIRST_YEAR_OF_TABLE). Frames follow the contract in
docs/decisions/0001-layout.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from democouncil import outcomes
from democouncil.timeline import year_bounds
from ssda903.codelists import ACTIV_F4_P5_FROM, E45_E48_FROM, SEX_MFU_FROM
from ssda903.tables import COLUMNS, tables_for_year
from ssda903.write import CSV_FILE_NAMES

# Codes the simulation uses that DfE introduced later: earlier years get their predecessors.
SW_TWO_YEARS_FROM = 2025
OLDER_CODES = {
    ("OC3", "ACTIV"): (ACTIV_F4_P5_FROM, {"F4": "F3", "F5": "F3", "P4": "P3", "P5": "P3"}),
    ("Episodes", "REC"): (E45_E48_FROM, {"E45": "E43", "E46": "E43", "E47": "E44", "E48": "E44"}),
}


@dataclass
class History:
    """Everything that happened, uncensored; all frames carry cid (and child where needed)."""

    children: pl.DataFrame  # cid, child, sex, dob, uasc, ethnic, upn, home_post, mc_dob, no_school
    periods: pl.DataFrame
    episodes: pl.DataFrame
    reviews: pl.DataFrame
    missing: pl.DataFrame
    sw: pl.DataFrame  # with sw_id
    leavers: pl.DataFrame  # cid, first_start
    dolo: pl.DataFrame  # cid, start, end


def build_returns(
    rng: np.random.Generator, h: History, years: list[int], as_at: np.datetime64, la_code: str
) -> dict[int, dict[str, pl.DataFrame]]:
    return {y: _one_year(rng, h, y, as_at, la_code) for y in years}


def _one_year(
    rng: np.random.Generator, h: History, y: int, as_at: np.datetime64, la_code: str
) -> dict[str, pl.DataFrame]:
    ys, ye = year_bounds(y)
    cut = min(ye, as_at)
    kids = h.children.select("cid", "child", "dob")
    eps = _episodes_in_year(h, ys, cut)
    looked_after = eps.select("cid").unique()
    t: dict[str, pl.DataFrame] = {}
    t["Episodes"] = eps.select(
        "child", "decom", "rne", "ls", "cin", "place", "provider", "dec", "rec", "reason",
        "home_post", "pl_post", "urn",
    ).sort("child", "decom")  # fmt: skip
    t["Reviews"] = (
        h.reviews.filter(_between("review", ys, cut))
        .join(kids, on="cid")
        .select("child", "dob", "review", "code")
        .sort("child", "review")
    )
    t["Missing"] = _missing_in_year(h, kids, ys, cut)
    t["OC2"] = _oc2(rng, h, kids, ye) if ye <= as_at else _empty("OC2")
    t["OC3"] = _oc3(rng, h, kids, ys, cut)
    t["AD1"], t["PlacedAdoption"] = _adoption(rng, h, kids, ys, cut)
    t["PrevPerm"] = _prev_perm(rng, h, kids, ys, cut)
    t["UASC"] = _uasc(h, looked_after, y)
    # From 2024/25 social worker episodes are reported from 1 April of the previous year.
    sw_from = ys if y < SW_TWO_YEARS_FROM else year_bounds(y - 1)[0]
    t["SWEpisodes"] = _sw(h, kids.join(looked_after, on="cid"), sw_from, cut)
    t["DoLo"] = _dolo_in_year(h, kids, ys, cut)
    # Header: everyone in the return, care leavers in OC3 included.
    leavers = t["OC3"].select("CHILD").join(h.children.select("cid", CHILD="child"), on="CHILD")
    in_return = pl.concat([looked_after, leavers.select("cid")]).unique()
    t["Header"] = _header(h, in_return, eps, y, ys, ye)
    return {name: _older_codes(name, _contract(name, t[name]), y) for name in tables_for_year(y)}


def _episodes_in_year(h: History, ys: np.datetime64, cut: np.datetime64) -> pl.DataFrame:
    """Episodes open at any point in the year, as known at its end: DEC, REC and the reason for
    a move are blank while the episode is still open."""
    done = pl.col("dec") <= cut
    eps = h.episodes.filter((pl.col("decom") <= cut) & (pl.col("dec") >= ys)).with_columns(
        dec=pl.when(done).then("dec"),
        rec=pl.when(done).then("rec"),
        reason=pl.when(done).then("reason"),
    )
    return eps.join(h.children.select("cid", "child", "home_post"), on="cid")


def _missing_in_year(
    h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64
) -> pl.DataFrame:
    """Missing episodes starting in the year, and any still open from last year (rule 576)."""
    open_before = (pl.col("start") < ys) & (pl.col("end").is_null() | (pl.col("end") >= ys))
    return (
        h.missing.filter(_between("start", ys, cut) | open_before)
        .with_columns(end=pl.when(pl.col("end") <= cut).then("end"))
        .join(kids, on="cid")
        .select("child", "dob", "type", "start", "end")
        .sort("child", "start")
    )


def _dolo_in_year(
    h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64
) -> pl.DataFrame:
    return (
        h.dolo.filter((pl.col("start") <= cut) & (pl.col("end") >= ys))
        .with_columns(end=pl.when(pl.col("end") <= cut).then("end"))
        .join(kids, on="cid")
        .select("child", "dob", "start", "end")
        .sort("child", "start", "end")
    )


def sex_code(sex: pl.Expr, year: int) -> pl.Expr:
    if year >= SEX_MFU_FROM:
        return sex
    return sex.replace_strict({"M": "1", "F": "2"}, return_dtype=pl.String)


def _header(
    h: History,
    in_return: pl.DataFrame,
    eps: pl.DataFrame,
    y: int,
    ys: np.datetime64,
    ye: np.datetime64,
) -> pl.DataFrame:
    c = h.children.join(in_return, on="cid")
    la = c["cid"].is_in(eps["cid"].unique().implode())
    under_4 = pl.col("dob").dt.offset_by("4y") > pl.lit(ys)
    # UPNs: under-school-age children have none yet (UN1); some unaccompanied children never
    # attended school in England (UN2); children entering in the last week are UN4.
    # UN4 only for a first period of care: a child coming back already has a known UPN.
    new_late = eps.filter(
        (pl.col("rne") == "S") & (pl.col("seq") == 1) & (pl.col("decom") > ye - 7)
    )["cid"]
    upn = (
        pl.when(under_4)
        .then(pl.lit("UN1"))
        .when(pl.col("no_school"))
        .then(pl.lit("UN2"))
        .when(pl.col("cid").is_in(new_late.implode()))
        .then(pl.lit("UN4"))
        .otherwise("upn")
    )
    last_dec = eps.group_by("cid").agg(
        left=pl.when(pl.col("dec").is_null().any()).then(pl.lit(ye)).otherwise(pl.col("dec").max())
    )
    c = c.join(last_dec, on="cid", how="left")
    mother = pl.col("mc_dob").is_not_null() & (
        pl.col("mc_dob") <= pl.min_horizontal("left", pl.lit(ye))
    )
    is_f = pl.col("sex") == "F"
    return (
        c.with_columns(la=la)
        .select(
            "child",
            sex_code(pl.col("sex"), y).alias("SEX"),
            "dob",
            "ethnic",
            upn.alias("upn"),
            pl.when(is_f & pl.col("la"))
            .then(pl.when(mother).then(pl.lit("1")).otherwise(pl.lit("0")))
            .alias("mother"),
            pl.when(is_f & pl.col("la") & mother).then("mc_dob").alias("mc_dob"),
        )
        .sort("child")
    )


def _oc2(
    rng: np.random.Generator, h: History, kids: pl.DataFrame, ye: np.datetime64
) -> pl.DataFrame:
    """Children looked after continuously for at least 12 months at 31 March."""
    open_at = h.episodes.filter((pl.col("decom") <= ye) & (pl.col("dec") > ye))
    cohort = (
        open_at.join(h.periods.select("cid", "seq", "start"), on=["cid", "seq"])
        .filter(pl.col("start") <= ye - 365)
        .select("cid")
        .unique()
        .join(kids, on="cid")
        .sort("child")
    )
    return outcomes.oc2(rng, cohort, ye)


def _oc3(
    rng: np.random.Generator, h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64
) -> pl.DataFrame:
    rows = []
    for age in range(17, 22):
        b = h.leavers.join(kids, on="cid").with_columns(
            bday=pl.col("dob").dt.offset_by(f"{age}y"), age=pl.lit(age)
        )
        # 17- and 18-year-olds only once they have left care (rules 1007, 1016, 215).
        rows.append(b.filter(_between("bday", ys, cut) & (pl.col("last_end") < pl.col("bday"))))
    leavers = pl.concat(rows).sort("child")
    return outcomes.oc3(rng, leavers)


def _adoption(
    rng: np.random.Generator, h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64
) -> tuple[pl.DataFrame, pl.DataFrame]:
    p = h.periods.join(kids, on="cid")
    adopted = p.filter(pl.col("rec").is_in(["E11", "E12"]) & _between("end", ys, cut))
    ad1 = outcomes.ad1(rng, adopted.sort("child"))
    ceased = pl.col("adm_ceased") <= cut
    placed = (
        p.filter(
            pl.col("adm").is_not_null()
            & (pl.col("adm") <= cut)
            & (pl.col("start") <= cut)
            & (pl.col("end") >= ys)
            & (pl.col("adm_ceased").is_null() | (pl.col("adm_ceased") >= ys))
        )
        .with_columns(
            adm_ceased=pl.when(ceased).then("adm_ceased"),
            adm_ceased_reason=pl.when(ceased).then("adm_ceased_reason"),
        )
        .select("child", "dob", "adm", "adm_ceased", "adm_ceased_reason")
        .sort("child")
    )
    return ad1, placed


def _prev_perm(
    rng: np.random.Generator, h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64
) -> pl.DataFrame:
    p = h.periods.sort("cid", "seq").with_columns(prev_rec=pl.col("rec").shift(1).over("cid"))
    starts = p.filter(_between("start", ys, cut)).join(kids, on="cid").sort("child", "start")
    # One row per child (INT35): a child starting care twice in a year keeps the first.
    return outcomes.prev_perm(rng, starts.unique("cid", keep="first", maintain_order=True))


def _uasc(h: History, looked_after: pl.DataFrame, y: int) -> pl.DataFrame:
    u = h.children.filter(pl.col("uasc")).join(looked_after, on="cid")
    b18 = pl.col("dob").dt.offset_by("18y")
    return u.select(
        "child",
        sex_code(pl.col("sex"), y).alias("SEX"),
        "dob",
        b18.alias("DUC"),  # status ends at 18; rule 205B expects the same date every year
    ).sort("child")


def _sw(h: History, kids: pl.DataFrame, ys: np.datetime64, cut: np.datetime64) -> pl.DataFrame:
    return (
        h.sw.filter((pl.col("start") <= cut) & (pl.col("end") >= ys))
        .with_columns(end=pl.when(pl.col("end") <= cut).then("end"))
        .join(kids, on="cid")
        .select("child", "dob", "sw_id", "start", "end", "reason")
        .sort("child", "start")
    )


def _between(column: str, lo: np.datetime64, hi: np.datetime64) -> pl.Expr:
    return pl.col(column).is_between(pl.lit(lo), pl.lit(hi))


def _empty(name: str) -> pl.DataFrame:
    return pl.DataFrame({c: pl.Series([], dtype=pl.String) for c in COLUMNS[name]})


def _contract(name: str, df: pl.DataFrame) -> pl.DataFrame:
    """Rename positionally to the DfE columns, dates to DD/MM/YYYY, all String, "" -> null,
    then `_line` (2, 3, … as in a CSV with a header row) and `_file`."""
    cols = COLUMNS[name]
    if set(df.columns) != set(cols):
        df = df.rename(dict(zip(df.columns, cols, strict=True)))
    df = df.select(cols)
    exprs = [
        (
            pl.col(c).dt.strftime("%d/%m/%Y")
            if df.schema[c] == pl.Date
            else pl.col(c).cast(pl.String)
        )
        for c in cols
    ]
    df = df.with_columns(exprs).with_columns(
        pl.col(c).str.strip_chars().replace("", None) for c in cols
    )
    return df.with_columns(
        pl.int_range(2, df.height + 2, dtype=pl.Int64).alias("_line"),
        pl.lit(CSV_FILE_NAMES[name], dtype=pl.String).alias("_file"),
    )


def _older_codes(name: str, df: pl.DataFrame, year: int) -> pl.DataFrame:
    for (table, column), (first_year, older) in OLDER_CODES.items():
        if table == name and year < first_year:
            df = df.with_columns(pl.col(column).replace(older))
    return df
