"""Parity harness: careassure's 903 validation against the validator councils use today.

    .venv/bin/python bench/parity.py PATHS... --year 2025 [--previous PATHS...] [--codes 4 5 SW]

runs ``ssda903.validation.run`` and ``csc-validator-be-903`` (imported as ``lac_validator``) on the
same CSV files and prints, per rule, the rows flagged by both, only by careassure and only by the
peer. The peer numbers rows by their pandas index in each table; a CSV line is index + 2 (the
header is line 1). `--codes` limits the report to codes starting with any of the given prefixes.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path

import polars as pl

from ssda903.tables import COLUMNS, FILE, LINE
from ssda903.validation import rules_for_year, run

Key = tuple[str, int]  # (table, line)


def read_tables(paths: list[Path], year: int) -> dict[str, pl.DataFrame]:
    """Read 903 CSVs with `ssda903.read_return`, or plainly if it refuses the files.

    The plain reading names each table by its exact set of columns, as the peer does.
    """
    try:
        from ssda903 import ReadError, read_return

        return dict(read_return(paths, year).tables)
    except (ImportError, ReadError) as err:
        print(f"read_return refused the files ({err}); reading them plainly", file=sys.stderr)
    by_columns = {frozenset(cols): name for name, cols in COLUMNS.items()}
    tables: dict[str, pl.DataFrame] = {}
    for path in paths:
        frame = pl.read_csv(path, infer_schema=False, encoding="utf8-lossy")
        frame = frame.rename({c: c.lstrip("\ufeff").strip() for c in frame.columns})
        name = by_columns.get(frozenset(frame.columns))
        if name is None:
            print(f"skipping {path}: columns match no 903 table", file=sys.stderr)
            continue
        frame = frame.with_columns(
            pl.col(c).str.strip_chars().replace("", None) for c in frame.columns
        )
        tables[name] = frame.with_columns(
            pl.int_range(2, frame.height + 2, dtype=pl.Int64).alias(LINE),
            pl.lit(path.name).alias(FILE),
        )
    return tables


def careassure_flags(
    paths: list[Path], year: int, previous: list[Path] | None
) -> tuple[dict[str, set[Key]], list[str]]:
    """Run each careassure rule for `year`; return its flags and the rules that raised."""
    tables = read_tables(paths, year)
    prev = read_tables(previous, year - 1) if previous else None
    out: dict[str, set[Key]] = defaultdict(set)
    crashed: list[str] = []
    for r in rules_for_year(year):
        try:
            findings = run(year, tables, previous=prev, only=[r.code])
        except Exception as err:
            crashed.append(f"{r.code} ({type(err).__name__})")
            continue
        for f in findings:
            out[f.rule].add((f.table, f.line))
    return out, crashed


def peer_flags(
    paths: list[Path], year: int, previous: list[Path] | None, *, as_councils: bool = False
) -> tuple[dict[str, set[Key]], list[str]]:
    """Run the peer's rules; return its flags and the rules that crashed.

    By default each peer rule gets its own deep copy of the data. The peer's `LacValidator` hands
    every rule a *shallow* copy, and some rules (e.g. 361 fills blank DEC in place) change data
    that later rules then read; `as_councils=True` runs it exactly that way instead.
    """
    logging.disable(logging.CRITICAL)  # the peer logs every rule at INFO
    from lac_validator.datastore import create_datastore
    from lac_validator.ingress import read_files, read_from_text
    from lac_validator.lac_validator import LacValidator
    from lac_validator.rules.ruleset_utils import get_year_ruleset

    files = read_files([str(p) for p in paths])
    for f in read_files([str(p) for p in previous or []]):
        f.description = "Prev year"
        files.append(f)
    metadata = {"collectionYear": str(year), "localAuthority": "E09000001"}
    registry = get_year_ruleset(str(year))
    out: dict[str, set[Key]] = defaultdict(set)
    crashed: list[str] = []
    if as_councils:
        with contextlib.redirect_stdout(io.StringIO()):
            validator = LacValidator(metadata=metadata, files=files, registry=registry)
        for table, frame in validator.ds_results.items():
            if table == "metadata" or table.endswith("_last"):
                continue
            for col in frame.columns:
                if isinstance(col, str) and col.startswith("ERR_"):
                    hit = frame.index[frame[col].eq(True)]
                    out[col[4:]].update((table, int(i) + 2) for i in hit)
        return out, list(validator.fails)
    dfs, extras = read_from_text(raw_files=files)
    metadata.update(extras)
    store = create_datastore(dfs, metadata)
    for code, definition in registry.items():
        fresh = {k: (v if k == "metadata" else v.copy(deep=True)) for k, v in store.items()}
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # some peer rules print
                result = definition.func(fresh)
        except Exception:
            crashed.append(str(code))
            continue
        for table, index in result.items():
            out[str(code)].update((table, int(i) + 2) for i in index if i == i)  # skip NaN
    return out, crashed


def compare(
    ours: dict[str, set[Key]], peer: dict[str, set[Key]], codes: set[str]
) -> list[dict[str, object]]:
    rows = []
    for code in sorted(codes, key=lambda c: (int("".join(ch for ch in c if ch.isdigit()) or 0), c)):
        a, b = ours.get(code, set()), peer.get(code, set())
        rows.append(
            {
                "code": code,
                "both": len(a & b),
                "only_careassure": sorted(a - b),
                "only_peer": sorted(b - a),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--previous", nargs="*", type=Path, default=None)
    parser.add_argument("--codes", nargs="*", default=None, help="code prefixes to report")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--as-councils", action="store_true", help="run the peer's LacValidator (shared data)"
    )
    args = parser.parse_args(argv)

    ours, ours_crashed = careassure_flags(args.paths, args.year, args.previous)
    peer, crashed = peer_flags(args.paths, args.year, args.previous, as_councils=args.as_councils)
    implemented = {r.code for r in rules_for_year(args.year)}
    if args.codes:
        implemented = {c for c in implemented if any(c.startswith(p) for p in args.codes)}
    rows = compare(ours, peer, implemented)
    if args.json:
        print(
            json.dumps(
                {
                    "year": args.year,
                    "careassure_crashed": ours_crashed,
                    "peer_crashed": crashed,
                    "rules": rows,
                },
                default=list,
            )
        )
        return 0
    agree = sum(1 for r in rows if not r["only_careassure"] and not r["only_peer"])
    print(f"year {args.year}: {agree}/{len(rows)} implemented rules agree row for row")
    print(f"careassure rules that raised: {', '.join(ours_crashed) or 'none'}")
    print(f"peer rules that crashed on this data: {', '.join(sorted(crashed)) or 'none'}")
    print(f"{'code':<10}{'both':>6}{'only ours':>11}{'only peer':>11}  example")
    for r in rows:
        only_a, only_b = r["only_careassure"], r["only_peer"]
        assert isinstance(only_a, list) and isinstance(only_b, list)
        example = (only_a or only_b or [""])[0]
        print(f"{r['code']:<10}{r['both']:>6}{len(only_a):>11}{len(only_b):>11}  {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
