"""The rule engine: a registry of DfE 903 rules, the context they read, and the findings they make.

A rule is a small function ``(ctx: RuleContext) -> dict[str, pl.DataFrame]``: for each table it
flags, a frame holding (at least) the ``_line`` column of the offending rows. The engine turns those
into `Finding` records naming the table, line, CHILD and the affected fields' submitted values.

Rule codes, messages, affected fields and tables are DfE's published rules for each collection
year (``data/903_rules_lac20YY_YY.csv``); a rule's code is the same code councils already know.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import polars as pl

from ssda903.tables import (
    COLUMNS,
    DATE_COLUMNS,
    DATE_FORMAT,
    FILE,
    LINE,
    collection_end,
    collection_start,
)
from ssda903.validation.findings import FRAME_SCHEMA, Finding, Findings

RuleFn = Callable[["RuleContext"], dict[str, pl.DataFrame]]

# What a rule may need beyond the return itself (see `Reference`).
NEEDS = ("la_code", "postcodes", "providers")


@dataclass(frozen=True)
class Reference:
    """Reference data some DfE rules read besides the return.

    - ``la_code``: the ONS code of the council making the return (``E09000027``).
    - ``postcodes``: a postcode directory, one row per postcode: ``pcd`` (upper case, no spaces),
      ``laua`` (ONS local authority code), ``oseast1m`` and ``osnrth1m`` (grid reference, metres).
    - ``providers``: Ofsted's children's homes and social care providers lists, as uploaded.

    A rule registered with ``needs=`` is not run when what it needs is missing; `rules_not_run`
    says which rules those are, so a report never looks cleaner than it is.
    """

    la_code: str | None = None
    postcodes: pl.DataFrame | None = None
    providers: pl.DataFrame | None = None

    def has(self, need: str) -> bool:
        return getattr(self, need) is not None


@dataclass(frozen=True)
class RuleInfo:
    code: str
    message: str
    affected_fields: tuple[str, ...]
    tables: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    code: str
    years: frozenset[int]
    fn: RuleFn
    needs: tuple[str, ...] = ()

    def missing(self, reference: Reference) -> tuple[str, ...]:
        """What this rule needs that `reference` does not hold."""
        return tuple(n for n in self.needs if not reference.has(n))

    def info(self, year: int) -> RuleInfo:
        return rule_info(year)[self.code]


_REGISTRY: dict[str, list[Rule]] = {}


def rule(code: str, years: Iterable[int], needs: Iterable[str] = ()) -> Callable[[RuleFn], RuleFn]:
    """Register `fn` as DfE rule `code` for the collection years `years` (2025 = 2024/25).

    The same code may be registered more than once for disjoint years, where DfE changed a rule.
    `needs` names the `Reference` data the rule reads (``la_code``, ``postcodes``, ``providers``).
    """
    year_set = frozenset(years)
    need_set = tuple(needs)
    unknown = set(need_set) - set(NEEDS)
    if unknown:
        raise ValueError(f"rule {code} needs unknown reference data {sorted(unknown)}")

    def register(fn: RuleFn) -> RuleFn:
        for existing in _REGISTRY.get(code, []):
            clash = existing.years & year_set
            if clash:
                raise ValueError(f"rule {code} registered twice for {sorted(clash)}")
        _REGISTRY.setdefault(code, []).append(
            Rule(code=code, years=year_set, fn=fn, needs=need_set)
        )
        return fn

    return register


def rules_for_year(year: int) -> list[Rule]:
    _load_rule_modules()
    found = [r for rules in _REGISTRY.values() for r in rules if year in r.years]
    return sorted(found, key=lambda r: _code_sort_key(r.code))


def rules_not_run(year: int, reference: Reference) -> list[tuple[str, tuple[str, ...]]]:
    """The rules for `year` that `run` skips for want of reference data, with what each lacks."""
    return [(r.code, r.missing(reference)) for r in rules_for_year(year) if r.missing(reference)]


def _code_sort_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)


@cache
def rule_info(year: int) -> dict[str, RuleInfo]:
    """DfE's published rules for collection year `year`, by code."""
    name = f"903_rules_lac{year - 1}_{year % 100:02d}.csv"
    text = resources.files("ssda903.validation").joinpath("data", name).read_text("utf-8")
    out: dict[str, RuleInfo] = {}
    for row in csv.DictReader(text.splitlines()):
        out[row["code"]] = RuleInfo(
            code=row["code"],
            message=row["message"],
            affected_fields=tuple(f for f in row["affected_fields"].split(";") if f),
            tables=tuple(t for t in row["tables"].split(";") if t),
        )
    return out


def published_years() -> list[int]:
    names = resources.files("ssda903.validation").joinpath("data").iterdir()
    years = []
    for entry in names:
        stem = entry.name.removesuffix(".csv")
        if stem.startswith("903_rules_lac"):
            years.append(int(stem[-2:]) + 2000)
    return sorted(years)


def _load_rule_modules() -> None:
    # Importing the package imports every rule module, which registers its rules.
    import ssda903.validation.rules  # noqa: F401


@dataclass
class RuleContext:
    """What a rule may read: this year's tables, optionally last year's, and reference data.

    `raw(t)` gives the table as submitted (all String). `typed(t)` gives the same rows with date
    columns parsed to ``pl.Date`` (unparseable → null) and the submitted text kept alongside as
    ``<COL>_raw``. Missing tables come back empty with their columns, so rules need no special case.
    """

    year: int
    tables: dict[str, pl.DataFrame]
    previous: dict[str, pl.DataFrame] | None = None
    reference: Reference = field(default_factory=Reference)
    _typed: dict[tuple[str, bool], pl.DataFrame] = field(default_factory=dict, repr=False)

    @property
    def start(self) -> date:
        return collection_start(self.year)

    @property
    def end(self) -> date:
        return collection_end(self.year)

    def has(self, table: str) -> bool:
        return table in self.tables

    def raw(self, table: str) -> pl.DataFrame:
        return _table_or_empty(self.tables, table)

    def typed(self, table: str) -> pl.DataFrame:
        return self._typed_from(self.tables, table, previous=False)

    def has_previous(self, table: str) -> bool:
        return self.previous is not None and table in self.previous

    def previous_raw(self, table: str) -> pl.DataFrame:
        return _table_or_empty(self.previous or {}, table)

    def previous_typed(self, table: str) -> pl.DataFrame:
        return self._typed_from(self.previous or {}, table, previous=True)

    def _typed_from(
        self, source: dict[str, pl.DataFrame], table: str, *, previous: bool
    ) -> pl.DataFrame:
        key = (table, previous)
        if key not in self._typed:
            self._typed[key] = parse_dates(_table_or_empty(source, table))
        return self._typed[key]


def _table_or_empty(source: dict[str, pl.DataFrame], table: str) -> pl.DataFrame:
    if table in source:
        return source[table]
    schema: dict[str, pl.DataType] = {c: pl.String() for c in COLUMNS[table]}
    schema[LINE] = pl.Int64()
    schema[FILE] = pl.String()
    return pl.DataFrame(schema=schema)


def parse_dates(frame: pl.DataFrame) -> pl.DataFrame:
    """Parse every DD/MM/YYYY column; keep the submitted text as ``<COL>_raw``."""
    exprs = []
    for col in frame.columns:
        if col in DATE_COLUMNS:
            exprs.append(pl.col(col).alias(f"{col}_raw"))
            exprs.append(pl.col(col).str.strptime(pl.Date, DATE_FORMAT, strict=False).alias(col))
    return frame.with_columns(exprs) if exprs else frame


def run(
    year: int,
    tables: dict[str, pl.DataFrame],
    previous: dict[str, pl.DataFrame] | None = None,
    only: Iterable[str] | None = None,
    reference: Reference | None = None,
) -> list[Finding]:
    """Run every rule for `year` (or just the codes in `only`) and return the findings, sorted.

    Rules whose reference data is missing are skipped; `rules_not_run` lists them. The result is
    `Findings`: a list whose records stay in one frame until read one by one (see findings.py).
    """
    ref = reference if reference is not None else Reference()
    ctx = RuleContext(year=year, tables=tables, previous=previous, reference=ref)
    wanted = set(only) if only is not None else None
    infos = rule_info(year)
    flagged: list[tuple[RuleInfo, str, pl.DataFrame]] = []
    for r in rules_for_year(year):
        if (wanted is not None and r.code not in wanted) or r.missing(ref):
            continue
        info = infos.get(r.code)
        if info is None:
            raise LookupError(f"rule {r.code} is registered for {year} but DfE lists no such rule")
        flagged.extend((info, t, rows) for t, rows in r.fn(ctx).items() if rows.height)
    if not flagged:
        return Findings(pl.DataFrame(schema=FRAME_SCHEMA))
    # Sorted as DfE's tools list them: by table, line, then rule number. One integer key sorts
    # a million findings several times faster than the four columns it packs.
    table_rank = {t: i for i, t in enumerate(sorted({t for _, t, _ in flagged}))}
    codes = sorted({info.code for info, _, _ in flagged}, key=_code_sort_key)
    rule_rank = {c: i for i, c in enumerate(codes)}  # < 2**12 rules; lines < 2**32
    parts = [
        _findings_for(info, table, rows, ctx.raw(table)).with_columns(
            (
                pl.lit(table_rank[table] << 44 | rule_rank[info.code], dtype=pl.Int64)
                + pl.col(LINE) * (1 << 12)
            ).alias("_key")
        )
        for info, table, rows in flagged
    ]
    # Memory: no rechunked copy before the sort, and the parts go as soon as they are sorted.
    frame = pl.concat(parts, how="vertical", rechunk=False)
    del parts, flagged
    frame = frame.sort("_key").rename({LINE: "line"}).select(list(FRAME_SCHEMA))
    return Findings(frame)


def _findings_for(
    info: RuleInfo, table: str, flagged: pl.DataFrame, source: pl.DataFrame
) -> pl.DataFrame:
    """One rule's findings on one table, as `FRAME_SCHEMA` rows (with ``_line`` for ``line``)."""
    fields = [f for f in info.affected_fields if f in COLUMNS.get(table, ())]

    def column(name: str) -> pl.Expr:
        if name in source.columns:
            return pl.col(name).cast(pl.String)
        return pl.lit(None, dtype=pl.String)

    values = (
        pl.concat_list([column(f) for f in fields])
        if fields
        else pl.lit([], dtype=pl.List(pl.String()))
    )
    wanted = [c for c in dict.fromkeys([*fields, "CHILD", FILE]) if c in source.columns]
    rows = _rows_at(source.select(LINE, *wanted), flagged.get_column(LINE).cast(pl.Int64).unique())
    return rows.select(
        pl.lit(info.code, dtype=pl.Categorical).alias("rule"),
        pl.lit(table, dtype=pl.Categorical).alias("table"),
        pl.col(LINE),
        column("CHILD").alias("child"),
        column(FILE).alias("file"),
        pl.lit(fields, dtype=pl.List(pl.String())).alias("fields"),
        values.alias("values"),
        pl.lit(info.message, dtype=pl.Categorical).alias("message"),
    )


def _rows_at(source: pl.DataFrame, lines: pl.Series) -> pl.DataFrame:
    """The rows of `source` at `lines` (a line not in `source` gives nulls but for ``_line``)."""
    have = source.get_column(LINE)
    n = source.height
    # A table read from one CSV file holds lines 2..n+1 in order: take rows by position, which
    # costs a fraction of a join. Anything else (several files, XML) is joined on the line.
    if (
        n
        and lines.len()
        and have[0] == 2
        and have[-1] == n + 1
        and bool((have.diff().drop_nulls() == 1).all())
        and lines.min() >= 2  # type: ignore[operator]
        and lines.max() <= n + 1  # type: ignore[operator]
    ):
        return source[(lines - 2).sort()]
    return lines.sort().to_frame(LINE).join(source, on=LINE, how="left")
