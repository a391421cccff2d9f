"""Prepare a combined 903 history once, so every indicator at every date reuses the work.

A combined history is each table concatenated across collection years (`combine`). The same
episode appears in every return in which it was open, so episodes are de-duplicated on
(CHILD, DECOM), preferring the copy that records an end date and then the latest return. Periods
of care and placements are derived here once:

- a period of care is a run of contiguous episodes (each DECOM equals the previous DEC) that does
  not restart with RNE "S";
- a placement is a run of episodes within a period joined by RNE "L" (change of legal status
  only) or by a move to A3/A5 (placed for adoption with the existing foster carers), which is
  how DfE counts placements for its stability measures;
- a carer spell is a run joined by "L", "T" or "U" (same carers), used for adoption measure A10.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import cached_property
from typing import Any, Protocol

import polars as pl

from clocks import bank_holidays
from indicators.model import NotAvailable, Period, collection_year_to
from ssda903.tables import COLUMNS
from ssda903.validation.engine import parse_dates

YEAR = "_year"  # collection year of the return a row came from (2025 = 2024/25)
SHORT_BREAKS = ("V3", "V4")  # DfE headline figures exclude children on short breaks
ANNUAL_TABLES = ("OC2", "OC3")  # one snapshot per collection year, with no date of their own


class ReturnLike(Protocol):
    tables: dict[str, pl.DataFrame]
    year: int


def combine(returns: Mapping[int, Mapping[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """Concatenate several returns (collection year → tables) into one history, tagging each row
    with `_year` so annual snapshots (OC2, OC3) stay attached to their year."""
    combined: dict[str, list[pl.DataFrame]] = {}
    for year, tables in sorted(returns.items()):
        for name, frame in tables.items():
            combined.setdefault(name, []).append(frame.with_columns(pl.lit(year).alias(YEAR)))
    return {name: pl.concat(frames, how="diagonal_relaxed") for name, frames in combined.items()}


def age_expr(dob: pl.Expr, at: date) -> pl.Expr:
    """Whole years of age on `at`."""
    birthday_later = (dob.dt.month().cast(pl.Int32) * 100 + dob.dt.day().cast(pl.Int32)) > (
        at.month * 100 + at.day
    )
    return pl.lit(at.year) - dob.dt.year() - birthday_later.cast(pl.Int32)


def open_at(at: date) -> pl.Expr:
    """Episode open at the end of `at`: started on or before it and not ended on or before it."""
    return (pl.col("DECOM") <= at) & (pl.col("DEC").is_null() | (pl.col("DEC") > at))


class Context:
    """The tables plus the optional inputs some indicators need; derived frames are cached."""

    def __init__(
        self,
        tables: Mapping[str, pl.DataFrame],
        *,
        population: int | None = None,
        distances: pl.DataFrame | None = None,
        return_interviews: pl.DataFrame | None = None,
        permanence_plans: pl.DataFrame | None = None,
        collection_year: int | None = None,
    ) -> None:
        self.tables = dict(tables)
        self.population = population
        self.distances = distances
        self.return_interviews = return_interviews
        self.permanence_plans = permanence_plans
        self._collection_year = collection_year
        self._cla_cache: dict[date, pl.DataFrame] = {}
        self._memo: dict[str, pl.DataFrame] = {}

    def memo(self, key: str, build: Callable[[Context], pl.DataFrame]) -> pl.DataFrame:
        """Build a derived frame once per context (indicator modules keep their own here)."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]

    @classmethod
    def from_return(cls, ret: ReturnLike, **options: Any) -> Context:
        """A single `ssda903.Return` (or anything with `tables` and `year`)."""
        return cls(ret.tables, collection_year=ret.year, **options)

    # --- raw tables -------------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name in self.tables and self.tables[name].height > 0

    def parsed(self, name: str) -> pl.DataFrame:
        """The table with every DfE column present (absent ones null) and dates parsed."""
        return self.memo(f"parsed:{name}", lambda _: self._parse(name))

    def _parse(self, name: str) -> pl.DataFrame:
        frame = self.tables.get(name, pl.DataFrame())
        missing = [c for c in COLUMNS.get(name, ()) if c not in frame.columns]
        frame = frame.with_columns(pl.lit(None, pl.String).alias(c) for c in missing)
        return parse_dates(frame.with_columns(pl.col("CHILD").cast(pl.String)))

    # --- derived frames ---------------------------------------------------------------------
    @cached_property
    def header(self) -> pl.DataFrame:
        # A later return's row for the child wins (e.g. a corrected ethnicity).
        return self.parsed("Header").unique("CHILD", keep="last", maintain_order=True)

    @cached_property
    def episodes(self) -> pl.DataFrame:
        return _derive_spells(_latest_copy(self.parsed("Episodes")))

    @cached_property
    def reviews(self) -> pl.DataFrame:
        return self.parsed("Reviews").unique(["CHILD", "REVIEW"], keep="last", maintain_order=True)

    @cached_property
    def missing(self) -> pl.DataFrame:
        frame = self.parsed("Missing").with_row_index("_order")
        frame = frame.sort(["CHILD", "MIS_START", pl.col("MIS_END").is_not_null(), "_order"])
        return frame.unique(["CHILD", "MISSING", "MIS_START"], keep="last", maintain_order=True)

    @cached_property
    def sw_episodes(self) -> pl.DataFrame:
        frame = self.parsed("SWEpisodes").with_row_index("_order")
        frame = frame.sort(["CHILD", "SW_DECOM", pl.col("SW_DEC").is_not_null(), "_order"])
        return frame.unique(["CHILD", "SW_ID", "SW_DECOM"], keep="last", maintain_order=True)

    @cached_property
    def holidays(self) -> list[date]:
        # Generous range: the holidays package projects future years from the rules.
        return bank_holidays(2000, date.today().year + 10)

    # --- per-date helpers -------------------------------------------------------------------
    def cla_at(self, at: date) -> pl.DataFrame:
        """One row per child looked after at `at` (their open episode), short breaks excluded,
        with the child's Header columns and AGE on `at`."""
        if at not in self._cla_cache:
            open_episodes = self.episodes.filter(open_at(at) & ~pl.col("LS").is_in(SHORT_BREAKS))
            frame = open_episodes.unique("CHILD", keep="last", maintain_order=True).join(
                self.header.select("CHILD", "SEX", "DOB", "ETHNIC"),
                on="CHILD",
                how="left",
                suffix="_header",
            )
            self._cla_cache[at] = frame.with_columns(age_expr(pl.col("DOB"), at).alias("AGE"))
        return self._cla_cache[at]

    def looked_after_during(self, period: Period) -> pl.DataFrame:
        """Episodes (not short breaks) overlapping the period."""
        return self.episodes.filter(
            (pl.col("DECOM") <= period.end)
            & (pl.col("DEC").is_null() | (pl.col("DEC") >= period.start))
            & ~pl.col("LS").is_in(SHORT_BREAKS)
        )

    def annual(self, name: str, at: date) -> tuple[pl.DataFrame, Period]:
        """The OC2/OC3 snapshot for the latest collection year ending on or before `at`."""
        period = collection_year_to(at)
        year = period.end.year
        frame = self.memo(f"annual:{name}:{year}", lambda _: self._annual(name, year))
        if frame.height == 0:
            raise NotAvailable(f"no {name} for the year ending {period.end:%d/%m/%Y}")
        return frame, period

    def _annual(self, name: str, year: int) -> pl.DataFrame:
        frame = self.parsed(name)
        if YEAR in frame.columns:
            frame = frame.filter(pl.col(YEAR) == year)
        elif year != self.collection_year:
            return frame.clear()
        return frame.unique("CHILD", keep="last", maintain_order=True)

    @cached_property
    def coverage(self) -> Period | None:
        """The collection years the history holds: 1 April of the first to 31 March of the last
        (from `_year` on Episodes, else the return's own year). None when there are no episodes."""
        frame = self.tables.get("Episodes")
        if frame is not None and YEAR in frame.columns and frame.height:
            first, last = int(frame[YEAR].min()), int(frame[YEAR].max())  # type: ignore[arg-type]
        elif self.collection_year is not None:
            first = last = self.collection_year
        else:
            return None
        return Period(date(first - 1, 4, 1), date(last, 3, 31))

    @cached_property
    def reviews_from(self) -> date:
        """First day the Reviews table covers: 1 April of the earliest collection year in the
        history, since a return lists only the reviews held in its own year."""
        frame = self.tables.get("Reviews")
        if frame is not None and YEAR in frame.columns and frame.height:
            return date(int(frame[YEAR].min()) - 1, 4, 1)  # type: ignore[arg-type]
        if self.collection_year is None:
            return date.min
        return date(self.collection_year - 1, 4, 1)

    @cached_property
    def collection_year(self) -> int | None:
        """Without `_year`, annual tables are taken to belong to the return's own year: given,
        or the collection year containing the latest episode start (a return holds no episode
        starting after its 31 March; end dates are not used, as a wrong one is a common error)."""
        if self._collection_year is not None:
            return self._collection_year
        latest = self.episodes.select(pl.col("DECOM").max()).item()
        if latest is None:
            return None
        return int(latest.year if latest.month < 4 else latest.year + 1)


def _latest_copy(episodes: pl.DataFrame) -> pl.DataFrame:
    ordered = episodes.with_row_index("_order").sort(
        ["CHILD", "DECOM", pl.col("DEC").is_not_null(), "_order"]
    )
    return ordered.unique(["CHILD", "DECOM"], keep="last", maintain_order=True).filter(
        pl.col("DECOM").is_not_null()
    )


def _changes_placement() -> pl.Expr:
    """An episode starts a new placement unless it is a change of legal status only (RNE L) or
    the child being placed for adoption with their existing foster carers (A3, A5), which DfE
    does not count as a change of placement (LG Inform metric 850, DfE source)."""
    return (pl.col("RNE").fill_null("") != "L") & ~pl.col("PLACE").is_in(["A3", "A5"]).fill_null(
        False
    )


def _derive_spells(episodes: pl.DataFrame) -> pl.DataFrame:
    previous_dec = pl.col("DEC").shift(1).over("CHILD")
    first = pl.col("DECOM").cum_count().over("CHILD") == 1
    new_period = first | (pl.col("DECOM") != previous_dec).fill_null(True) | (pl.col("RNE") == "S")
    frame = episodes.sort(["CHILD", "DECOM"]).with_columns(
        new_period.alias("_new_period"),
    )
    frame = frame.with_columns(
        pl.col("_new_period").cum_sum().over("CHILD").alias("PERIOD"),
        (pl.col("_new_period") | _changes_placement()).cum_sum().over("CHILD").alias("PLACEMENT"),
        (pl.col("_new_period") | ~pl.col("RNE").fill_null("").is_in(["L", "T", "U"]))
        .cum_sum()
        .over("CHILD")
        .alias("CARER"),
    )
    return frame.with_columns(
        pl.col("DECOM").first().over("CHILD", "PERIOD").alias("PERIOD_START"),
        # False when the data begins part-way through the period: its real start is earlier.
        (pl.col("RNE").first().over("CHILD", "PERIOD") == "S")
        .fill_null(False)
        .alias("PERIOD_KNOWN"),
        pl.col("DEC").last().over("CHILD", "PERIOD").alias("PERIOD_END"),
        pl.col("DECOM").first().over("CHILD", "PLACEMENT").alias("PLACEMENT_START"),
        pl.col("DECOM").first().over("CHILD", "CARER").alias("CARER_START"),
    ).drop("_new_period")
