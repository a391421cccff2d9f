"""Episodes of care: one row each time a child's legal status or placement changes.

An episode starts when a period of care starts (RNE S), the legal status changes (L), the
placement changes (P, or T with the same carer), or both at once (B, U). Within a period the next
DECOM equals the previous DEC, so chains are contiguous with no overlaps (DfE rules 501–503).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from democouncil.draw import choice, lognormal_days
from democouncil.geography import placement_postcodes
from democouncil.placements import (
    change_days,
    placement_types,
    providers,
    split_for_supported_accommodation,
)

NaT = np.datetime64("NaT", "D")

# Reasons for a move to new carers. DfE 2024 (66,070 ended placements): care plan 31%, status
# change only 24% (our T episodes), other 22%, carer request for behaviour 8%, other carer
# request 6%, child's request 3%, standards/closure/allegation/LA request about 1% each.
MOVE_REASON = (
    ("CARPL", "OTHER", "CREQB", "CREQO", "CHILD", "STAND", "CLOSE", "ALLEG", "LAREQ", "APPRR"),
    (41, 20, 12, 9, 5, 3, 3, 3, 2, 2),
)
V2_TO_COURT = 0.12  # accommodated children later brought into care proceedings
CARE_ORDER_DAYS = (280, 0.3, 120, 600)  # interim to full care order: proceedings ~26–40 weeks

RNE = {  # (legal change, placement change kind) -> RNE
    (True, ""): "L",
    (False, "P"): "P",
    (False, "T"): "T",
    (True, "P"): "B",
    (True, "T"): "U",
}


def build_episodes(
    rng: np.random.Generator, periods: pl.DataFrame, children: pl.DataFrame, la_urn: str
) -> pl.DataFrame:
    """All episodes of every period, uncensored (DEC may lie after the as-at date); `children`
    holds each child's home_post (placement postcodes differ from it)."""
    # Polars joins do not promise row order, and draws are made row by row: sort after joining.
    p = periods.join(children.select("cid", "dob", "uasc", "unstable"), on="cid").sort("cid", "seq")
    legal = _legal_changes(rng, p)
    seg = change_days(rng, p)
    seg = (
        seg.join(
            p.select(
                "cid", "seq", "dob", "uasc", "route", "rec", "ls0", "foster_carer_adopts", "end"
            ),
            on=["cid", "seq"],
        )
        .sort("cid", "seq", "day")
        .with_columns(last=pl.col("day") == pl.col("day").max().over("cid", "seq"))
    )
    seg = placement_types(rng, seg)
    seg = split_for_supported_accommodation(seg)
    seg = providers(rng, seg, la_urn).with_columns(
        kind=pl.when((pl.col("kind") == "A") & (pl.col("place") == "A5"))
        .then(pl.lit("T"))
        .when(pl.col("kind") == "A")
        .then(pl.lit("P"))
        .otherwise("kind"),
    )
    # A semi-independent or supported placement recoded when the codes changed keeps its
    # provider (rule 529 forbids other-public providers for most types, so only these copy),
    # and its URN once it has one (from its registration on 28 October 2023).
    same = (pl.col("kind") == "T") & pl.col("place").is_in(["H5", "K3"])
    prev_urn = pl.col("urn").shift(1).over("cid", "seq")
    seg = seg.with_columns(
        provider=pl.when(same)
        .then(pl.col("provider").shift(1).over("cid", "seq"))
        .otherwise("provider"),
        urn=pl.when(same & prev_urn.is_not_null()).then(prev_urn).otherwise("urn"),
    )
    seg = seg.with_columns(pl_post=placement_postcodes(rng, seg, children))
    return _assemble(rng, p, legal, seg)


def _legal_changes(rng: np.random.Generator, p: pl.DataFrame) -> pl.DataFrame:
    """(cid, seq, day, ls) for the first legal status and each change inside the period."""
    n = p.height
    start = p["start"].to_numpy()
    ls0, route = p["ls0"].to_numpy(), p["route"].to_numpy()
    # Police protection lasts up to 72 hours; an EPO up to 8 days; then an ICO or s20.
    t1 = np.where(ls0 == "L1", start + rng.integers(1, 4, n), NaT)
    t1 = np.where(ls0 == "L2", start + rng.integers(4, 9, n), t1)
    ls1 = np.where(ls0 == "L2", "C1", choice(rng, n, ("C1", "V2"), (60, 40)))
    court = (ls0 == "V2") & (route == "long_term") & (rng.random(n) < V2_TO_COURT)
    t1 = np.where(court, start + rng.integers(60, 500, n), t1)
    ls1 = np.where(court, "C1", ls1)
    on_ico = (ls0 == "C1") | (ls1 == "C1") & ~np.isnat(t1)
    base = np.where(np.isnat(t1), start, t1)
    t2 = base + lognormal_days(rng, n, *CARE_ORDER_DAYS)
    full_order = on_ico & np.isin(route, ["long_term", "home", "other"])
    t2 = np.where(full_order, t2, NaT)
    ls2 = np.full(n, "C2")
    # Adoption: the placement order (E1) replaces the interim care order.
    po = p["placement_order"].to_numpy()
    t2 = np.where(route == "adoption", po, t2)
    ls2 = np.where(route == "adoption", "E1", ls2)
    frames = [_legal_rows(p, start, ls0), _legal_rows(p, t1, ls1), _legal_rows(p, t2, ls2)]
    rows = pl.concat(frames).join(p.select("cid", "seq", "start", "end"), on=["cid", "seq"])
    rows = rows.filter(
        (pl.col("day") == pl.col("start"))
        | ((pl.col("day") > pl.col("start")) & (pl.col("day") < pl.col("end")))
    )
    return rows.select("cid", "seq", "day", "ls").sort("cid", "seq", "day")


def _legal_rows(p: pl.DataFrame, day: np.ndarray, ls: np.ndarray) -> pl.DataFrame:
    keep = ~np.isnat(day)
    return pl.DataFrame(
        {
            "cid": p["cid"].to_numpy()[keep],
            "seq": p["seq"].to_numpy()[keep],
            "day": day[keep],
            "ls": ls[keep].astype(str),
        }
    )


def _assemble(
    rng: np.random.Generator, p: pl.DataFrame, legal: pl.DataFrame, seg: pl.DataFrame
) -> pl.DataFrame:
    keys = ["cid", "seq", "day"]
    bounds = pl.concat([legal.select(keys), seg.select(keys)]).unique().sort(keys)
    legal_changes = legal.join(p.select("cid", "seq", day="start"), on=keys, how="anti")
    ep = (
        bounds.join_asof(
            legal, on="day", by=["cid", "seq"], strategy="backward", check_sortedness=False
        )
        .join_asof(
            seg.select(*keys, "place", "provider", "urn", "pl_post"),
            on="day",
            by=["cid", "seq"],
            strategy="backward",
            check_sortedness=False,
        )
        .join(legal_changes.select(keys, legal=pl.lit(True)), on=keys, how="left")
        .join(seg.filter(pl.col("kind") != "S").select(*keys, "kind"), on=keys, how="left")
        .join(p.select("cid", "seq", "start", "end", "rec", "cin"), on=["cid", "seq"])
        .sort(keys)
    )
    legal_change, kind = pl.col("legal").fill_null(False), pl.col("kind").fill_null("")
    rne: Any = pl.when(pl.col("day") == pl.col("start")).then(pl.lit("S"))
    for (is_legal, place_kind), code in RNE.items():
        rne = rne.when((legal_change == is_legal) & (kind == place_kind)).then(pl.lit(code))
    ep = ep.with_columns(
        rne=rne.otherwise(None),
        dec=pl.col("day").shift(-1).over("cid", "seq").fill_null(pl.col("end")),
        is_last=pl.col("day") == pl.col("day").max().over("cid", "seq"),
    )
    nxt = pl.col("rne").shift(-1).over("cid", "seq")
    reason = pl.Series(choice(rng, ep.height, *MOVE_REASON), dtype=pl.String)
    ep = ep.with_columns(
        rec=pl.when(pl.col("is_last")).then("rec").otherwise(pl.lit("X1")),
        reason=pl.when(nxt.is_in(["P", "B"]))
        .then(reason)
        .when(nxt.is_in(["T", "U"]))
        .then(pl.lit("PLACE"))
        .otherwise(None),
    )
    # Staying Put (E17) needs a foster placement to stay in; otherwise supported living (E5).
    ep = ep.with_columns(
        rec=pl.when((pl.col("rec") == "E17") & ~pl.col("place").str.starts_with("U"))
        .then(pl.lit("E5"))
        .otherwise("rec")
    )
    return ep.select(
        "cid",
        "seq",
        decom="day",
        dec="dec",
        rne="rne",
        ls="ls",
        cin="cin",
        place="place",
        provider="provider",
        rec="rec",
        reason="reason",
        pl_post="pl_post",
        urn="urn",
    ).sort("cid", "decom")
