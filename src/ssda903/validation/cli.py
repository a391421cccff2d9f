"""`careassure validate`: check a 903 return (CSV set or XML) on DfE's rules, without a database.

    careassure validate PATH... --year 2025 [--previous PATH...]
                        [--format table|csv|json|xlsx] [--out FILE]

Exit status is 0 whether or not errors were found (errors in the data are the output), and 2 when
the input cannot be read or the arguments are wrong, with a message naming the file and line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ssda903 import ReadError, read_return
from ssda903.tables import check_year, year_label
from ssda903.validation import report
from ssda903.validation.engine import Finding, published_years, run

FORMATS = ("table", "csv", "json", "xlsx")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        check_year(args.year)
        _check_rules_published(args.year)
        if args.format == "xlsx" and args.out is None:
            raise ValueError("--format xlsx writes a workbook: give it a file with --out FILE")
        findings = _validate(args.paths, args.year, args.previous)
    except (ReadError, ValueError) as err:
        print(f"careassure validate: {err}", file=sys.stderr)
        return 2
    _write(findings, args.format, args.out)
    if args.out is not None:
        print(f"{len(findings)} errors written to {args.out}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careassure validate",
        description="Validate a 903 return (CSV files or an XML file) on DfE's published rules.",
    )
    parser.add_argument("paths", nargs="+", type=Path, help="the return's CSV files or XML file")
    parser.add_argument(
        "--year",
        type=int,
        required=True,
        help="collection year by its end: 2025 for 2024/25",
    )
    parser.add_argument(
        "--previous",
        nargs="+",
        type=Path,
        default=None,
        help="last year's return, for the rules that compare the two years",
    )
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.add_argument("--out", type=Path, default=None, help="write here instead of stdout")
    return parser


def _check_rules_published(year: int) -> None:
    years = published_years()
    if year not in years:
        raise ValueError(
            f"DfE has published no validation rules here for {year_label(year)}: "
            f"use --year {years[0]} to {years[-1]}"
        )


def _validate(paths: list[Path], year: int, previous: list[Path] | None) -> list[Finding]:
    current = read_return(paths, year)
    last = read_return(previous, year - 1).tables if previous else None
    return run(year, current.tables, last)


def _write(findings: list[Finding], fmt: str, out: Path | None) -> None:
    if fmt == "xlsx":
        assert out is not None  # checked in main()
        report.write_xlsx(findings, out)
        return
    if fmt == "csv":
        if out is None:
            report.write_csv(findings, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as handle:
                report.write_csv(findings, handle)
        return
    text = report.to_json(findings) if fmt == "json" else report.format_table(findings)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
