"""Parity harness: careassure's 903 validation against the validator councils use today.

    .venv/bin/python bench/parity.py PATHS... --year 2025 [--previous PATHS...] [--codes 4 5 SW]
                                     [--la E09000027] [--real-postcodes SEED] [--ch FILE --scp FILE]

runs ``ssda903.validation.run`` and ``csc-validator-be-903`` (imported as ``lac_validator``) on the
same CSV files and prints, per rule, the rows flagged by both, only by careassure and only by the
peer. The peer numbers rows by their pandas index in each table; a CSV line is index + 2 (the
header is line 1). `--codes` limits the report to codes starting with any of the given prefixes.

Both tools get the council's LA code (`--la`; the peer reads it as ``metadata["localAuthority"]``)
and the ONS postcode directory (careassure from `ssda903.reference.postcodes`, the peer from the
same package). `--real-postcodes SEED` first rewrites HOME_POST/PL_POST with real postcodes drawn
from that directory (postcodes are geography, not personal data), since the fake and generated
returns use invented postcode areas. `--ch`/`--scp` pass Ofsted's provider lists to the peer's
ingress and to `ssda903.reference.ofsted.read_providers`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import logging
import random
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import polars as pl

from ssda903.tables import COLUMNS, DATE_COLUMNS, FILE, LINE
from ssda903.validation import rules_for_year, run
from ssda903.validation.engine import Reference

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


def reference_for(
    tables: dict[str, pl.DataFrame],
    prev: dict[str, pl.DataFrame] | None,
    la_code: str,
    providers: list[Path],
) -> Reference:
    """The council's LA code, the postcode directory for the return's letters, Ofsted lists."""
    from ssda903.reference import postcodes

    directory = postcodes.for_episodes(tables.get("Episodes"), (prev or {}).get("Episodes"))
    provider_frame = None
    if providers:
        try:
            from ssda903.reference.ofsted import read_providers
        except ImportError:
            print("ssda903.reference.ofsted is not there yet: careassure runs without the Ofsted "
                  "lists", file=sys.stderr)  # fmt: skip
        else:
            provider_frame = read_providers(providers)
    return Reference(la_code=la_code, postcodes=directory, providers=provider_frame)


def careassure_flags(
    paths: list[Path],
    year: int,
    previous: list[Path] | None,
    la_code: str = "E09000001",
    providers: list[Path] | None = None,
    prefixes: list[str] | None = None,
) -> tuple[dict[str, set[Key]], list[str]]:
    """Run each careassure rule for `year`; return its flags and the rules that raised."""
    tables = read_tables(paths, year)
    prev = read_tables(previous, year - 1) if previous else None
    reference = reference_for(tables, prev, la_code, providers or [])
    out: dict[str, set[Key]] = defaultdict(set)
    crashed: list[str] = []
    for r in rules_for_year(year):
        if prefixes and not r.code.startswith(tuple(prefixes)):
            continue
        try:
            findings = run(year, tables, previous=prev, only=[r.code], reference=reference)
        except Exception as err:
            crashed.append(f"{r.code} ({type(err).__name__})")
            continue
        for f in findings:
            out[f.rule].add((f.table, f.line))
    return out, crashed


def peer_flags(
    paths: list[Path],
    year: int,
    previous: list[Path] | None,
    *,
    as_councils: bool = False,
    la_code: str = "E09000001",
    ch: Path | None = None,
    scp: Path | None = None,
    prefixes: list[str] | None = None,
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
    for path, description in ((ch, "CH lookup"), (scp, "SCP lookup")):
        if path is not None:
            (lookup,) = read_files([str(path)])
            lookup.description = description
            files.append(lookup)
    metadata = {"collectionYear": str(year), "localAuthority": la_code}
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
        if prefixes and not str(code).startswith(tuple(prefixes)):
            continue  # --codes: only the rules reported
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


def make_synthetic(folder: Path, children: list[str], seed: int = 1) -> list[Path]:
    """Write synthetic, deliberately error-laden SWEpisodes and DoLo CSVs for `children`.

    The public fake return has one social worker episode and no DoLO rows, so these exercise the
    SW and 7xx rules: chains of episodes with gaps, overlaps, same-day ends, blank and malformed
    dates, bad IDs and reasons.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)

    def fmt(d: date) -> str:
        return d.strftime("%d/%m/%Y")

    def odd_date() -> str:
        return rng.choice(["", "31/02/2024", "ZZ/05/2024", "2024-05-01", "xx"])

    sw_rows, dolo_rows = [], []
    for child in children:
        start = date(2022, rng.randint(1, 12), rng.randint(1, 28))
        n = rng.choice([1, 1, 2, 3, 4])
        for i in range(n):
            end = start + timedelta(days=rng.choice([0, 1, 2, 5, 30, 200, 400]))
            dec = fmt(end) if i < n - 1 or rng.random() < 0.4 else ""
            if rng.random() < 0.1:
                dec = odd_date()
            if rng.random() < 0.08:
                dec = rng.choice(["26/03/2025", "28/03/2026", "29/03/2027", "31/03/2025"])
            sw_rows.append(
                [
                    child,
                    "01/01/2010",
                    rng.choice(["SW1234", "XX99", "AB12", "SW1", ""]),
                    fmt(start) if rng.random() > 0.05 else odd_date(),
                    dec,
                    rng.choice(["MANAGE", "FCONTA", "BAD", "", "OTHERS", "LEFTRL"]),
                ]
            )
            start = end + timedelta(days=rng.choice([0, 0, 1, 3, 8, -2, 20]))
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            begin = date(2015, 1, 1) + timedelta(days=rng.randint(0, 365 * 4))
            finish = begin + timedelta(days=rng.choice([-3, 0, 10, 100, 400]))
            dolo_rows.append(
                [
                    child,
                    rng.choice(["01/01/2005", "05/06/2016"]),
                    fmt(begin) if rng.random() > 0.05 else odd_date(),
                    fmt(finish) if rng.random() > 0.3 else rng.choice(["", "31/13/2017"]),
                ]
            )
    rng.shuffle(sw_rows)
    out = []
    for name, header, rows in (
        ("sw_episodes.csv", ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"], sw_rows),
        ("DoLo.csv", ["CHILD", "DOB", "DOLO_START", "DOLO_END"], dolo_rows),
    ):
        with (folder / name).open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows)
        out.append(folder / name)
    return out


def mutate(paths: list[Path], folder: Path, seed: int, shift_years: int = 7) -> list[Path]:
    """Copy `paths` into `folder` with random damage, to probe the two tools beyond the fake data.

    CHILD is swapped for another child's (1%) or a new id (1%). Every other value (except DECOM,
    whose loss makes the peer crash outright) is blanked (3%),
    moved in time (5% of dates), swapped with another value of its column (2%), written in
    lower case (2%) or, outside date columns, replaced by a value from another
    column (2%); then every date
    moves `shift_years` later so the 2017/18-era data falls in recent collection years.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shifts = [-400, -30, -1, 1, 30, 730, 2555]

    def moved(value: str, days: int = 0, years: int = 0) -> str:
        try:
            d = datetime.strptime(value, "%d/%m/%Y").date() + timedelta(days=days)
            return d.replace(year=d.year + years).strftime("%d/%m/%Y")
        except ValueError:  # not a date, or 29 February in a common year
            return value

    out = []
    for path in paths:
        with path.open(newline="", encoding="utf-8-sig") as f:
            head, *body = list(csv.reader(f))
        columns = list(zip(*body, strict=True)) if body else []
        code_columns = [i for i, c in enumerate(head) if c not in DATE_COLUMNS and c != "CHILD"]
        for row in body:
            for i, value in enumerate(row):
                x = rng.random()
                if head[i] == "CHILD":  # a few rows get another child's id, or a new one
                    row[i] = (
                        rng.choice(columns[i]) if x < 0.01 else value + "X" if x < 0.02 else value
                    )
                    continue
                if head[i] == "DECOM":
                    continue
                if x < 0.03:
                    row[i] = ""
                elif x < 0.08 and value.count("/") == 2:
                    row[i] = moved(value, days=rng.choice(shifts))
                elif x < 0.10:
                    row[i] = rng.choice(columns[i])
                elif x < 0.12:
                    row[i] = value.lower()
                elif x < 0.14 and head[i] not in DATE_COLUMNS:  # an invalid code
                    row[i] = rng.choice(columns[rng.choice(code_columns)])
            row[:] = [moved(v, years=shift_years) if v.count("/") == 2 else v for v in row]
        with (folder / path.name).open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(head)
            writer.writerows(body)
        out.append(folder / path.name)
    return out


def with_real_postcodes(paths: list[Path], folder: Path, seed: int, la_code: str) -> list[Path]:
    """Copy `paths` into `folder`, each Episodes HOME_POST/PL_POST replaced by a real postcode.

    The same submitted postcode always becomes the same real one (so a child's home stays put
    across episodes and years, as the year-on-year rules expect). About half the home postcodes
    come from the council's own area and half the placements too, the rest from all of the UK
    (Scotland, Wales and Northern Ireland included); one in twenty keeps its invented value so
    392c has something to find, and one in twenty is spelt in lower case.
    """
    from ssda903.reference import placement, postcodes

    directory = postcodes.load()
    tiers = placement.upper_tier_lookup()
    utla = directory.join(tiers, on="laua", how="left")
    local = utla.filter(pl.col("utla") == la_code).get_column("pcd").to_list()
    everywhere = directory.get_column("pcd").to_list()
    rng = random.Random(seed)
    chosen: dict[str, str] = {}

    def real(value: str) -> str:
        if value not in chosen:
            roll = rng.random()
            if roll < 0.05:
                chosen[value] = value
            else:
                pool = local if (roll < 0.5 and local) else everywhere
                pcd = rng.choice(pool)
                spaced = f"{pcd[:-3]} {pcd[-3:]}"
                chosen[value] = spaced.lower() if roll > 0.95 else spaced
        return chosen[value]

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for path in paths:
        target = folder / path.name
        with path.open(newline="", encoding="utf-8-sig") as src:
            reader = csv.DictReader(src)
            fields = list(reader.fieldnames or [])
            rows = list(reader)
        if {"HOME_POST", "PL_POST"} <= set(fields):
            for row in rows:
                for col in ("HOME_POST", "PL_POST"):
                    if row[col].strip():
                        row[col] = real(row[col].strip().upper())
        with target.open("w", newline="", encoding="utf-8") as dst:
            writer = csv.DictWriter(dst, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
        out.append(target)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--previous", nargs="*", type=Path, default=None)
    parser.add_argument("--codes", nargs="*", default=None, help="code prefixes to report")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--synthetic",
        type=Path,
        help="also write synthetic SWEpisodes/DoLo CSVs for the Header's first 400 children "
        "into this folder and validate them with the other files",
    )
    parser.add_argument(
        "--as-councils", action="store_true", help="run the peer's LacValidator (shared data)"
    )
    parser.add_argument(
        "--mutate",
        type=int,
        metavar="SEED",
        help="validate randomly damaged copies of the files (and of --previous, with SEED+1) "
        "written under bench/out/parity/mutated_YEAR_SEED/",
    )
    parser.add_argument(
        "--inject",
        type=int,
        metavar="SEED",
        help="damage the files per rule (bench/inject.py) before validating them, written under "
        "bench/out/parity/injected_YEAR_SEED/; reports the rules that fired and that never did",
    )
    parser.add_argument(
        "--per-rule", type=int, default=8, help="with --inject: children damaged per rule"
    )
    parser.add_argument(
        "--peer-unsafe",
        action="store_true",
        help="with --inject: also damage in the ways that stop some peer rules outright (text "
        "in DOB/DEC/DECOM/SW_DECOM, blank DECOM, a second row in a one-row-per-child table)",
    )
    parser.add_argument("--la", default="E09000001", help="the council's ONS code (both tools)")
    parser.add_argument(
        "--real-postcodes",
        type=int,
        metavar="SEED",
        help="rewrite HOME_POST/PL_POST with real postcodes from the ONS directory (seeded), "
        "written under bench/out/parity/postcodes_YEAR_SEED/",
    )
    parser.add_argument("--ch", type=Path, help="Ofsted children's homes list (xlsx)")
    parser.add_argument("--scp", type=Path, help="Ofsted social care providers list (xlsx)")
    args = parser.parse_args(argv)
    if args.real_postcodes is not None:
        root = (
            Path(__file__).parent
            / "out"
            / "parity"
            / f"postcodes_{args.year}_{args.real_postcodes}"
        )
        args.paths = with_real_postcodes(args.paths, root / "this", args.real_postcodes, args.la)
        if args.previous:
            args.previous = with_real_postcodes(
                args.previous, root / "last", args.real_postcodes, args.la
            )
    if args.mutate is not None:
        root = Path(__file__).parent / "out" / "parity" / f"mutated_{args.year}_{args.mutate}"
        args.paths = mutate(args.paths, root / "this", args.mutate)
        if args.previous:
            args.previous = mutate(args.previous, root / "last", args.mutate + 1)

    injections = []
    injected_dir = None
    if args.inject is not None:
        try:
            from inject import inject  # bench/inject.py, beside this script
        except ImportError:  # imported as bench.parity
            from bench.inject import inject

        name = f"injected_{args.year}_{args.inject}" + ("_unsafe" if args.peer_unsafe else "")
        root = injected_dir = Path(__file__).parent / "out" / "parity" / name
        args.paths, args.previous, injections = inject(
            args.paths,
            args.previous,
            args.year,
            args.inject,
            root,
            per_rule=args.per_rule,
            peer_safe=not args.peer_unsafe,
        )
        (root / "injections.json").write_text(
            json.dumps([vars(i) for i in injections], indent=1), encoding="utf-8"
        )

    if args.synthetic:
        header = read_tables(args.paths, args.year).get("Header")
        children = header["CHILD"].drop_nulls().head(400).to_list() if header is not None else []
        extra = make_synthetic(args.synthetic, children)
        args.paths = [p for p in args.paths if p.name not in {e.name for e in extra}]
        args.paths += [e for e in extra if e.name != "DoLo.csv" or args.year >= 2027]
    providers = [p for p in (args.ch, args.scp) if p is not None]
    ours, ours_crashed = careassure_flags(
        args.paths,
        args.year,
        args.previous,
        la_code=args.la,
        providers=providers,
        prefixes=args.codes,
    )
    peer, crashed = peer_flags(
        args.paths,
        args.year,
        args.previous,
        as_councils=args.as_councils,
        la_code=args.la,
        ch=args.ch,
        scp=args.scp,
        prefixes=args.codes,
    )
    implemented = {r.code for r in rules_for_year(args.year)}
    if args.codes:
        implemented = {c for c in implemented if any(c.startswith(p) for p in args.codes)}
    rows = compare(ours, peer, implemented)
    fired = [r["code"] for r in rows if r["both"] or r["only_careassure"] or r["only_peer"]]
    never = [r["code"] for r in rows if r["code"] not in fired]
    if args.json:
        print(
            json.dumps(
                {
                    "year": args.year,
                    "careassure_crashed": ours_crashed,
                    "peer_crashed": crashed,
                    "injections": len(injections),
                    "injected_dir": str(injected_dir) if injected_dir else None,
                    "fired": fired,
                    "never_fired": never,
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
    if args.inject is not None:
        print(f"{len(injections)} injections; {len(fired)}/{len(rows)} rules fired in either tool")
        print(f"never fired: {', '.join(never) or 'none'}")
    print(f"{'code':<10}{'both':>6}{'only ours':>11}{'only peer':>11}  example")
    for r in rows:
        only_a, only_b = r["only_careassure"], r["only_peer"]
        assert isinstance(only_a, list) and isinstance(only_b, list)
        example = (only_a or only_b or [""])[0]
        print(f"{r['code']:<10}{r['both']:>6}{len(only_a):>11}{len(only_b):>11}  {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
