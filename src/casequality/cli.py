"""`careassure quality check INPUT.jsonl [--out OUT.jsonl] [--jobs N]`.

Reads one JSON object per line (`id`, `kind`, `text`, optional `previous_text`) and writes one
line per document, in input order: `{"id": ..., "flags": [{"code", "action_index", "evidence",
"explanation"}]}`. Bad lines are reported on stderr with their line number and skipped.

Exit status: 0 all lines processed; 1 some lines were bad; 2 the input could not be read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TextIO

from casequality.checker import check
from casequality.flags import KINDS, Flag


class BadLine(ValueError):
    """A line that cannot be checked; the message is shown to the user."""


def _parse(line: str) -> tuple[object, str, str, str | None]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(rec, dict):
        raise BadLine("expected a JSON object")
    missing = [key for key in ("id", "kind", "text") if key not in rec]
    if missing:
        raise BadLine(f"missing {', '.join(missing)}")
    kind, text, prev = rec["kind"], rec["text"], rec.get("previous_text")
    if kind not in KINDS:
        raise BadLine(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    if not isinstance(text, str):
        raise BadLine("text must be a string")
    if prev is not None and not isinstance(prev, str):
        raise BadLine("previous_text must be a string")
    return rec["id"], kind, text, prev


def _flag_json(flag: Flag) -> dict[str, object]:
    return {
        "code": flag.code,
        "action_index": flag.action_index,
        "evidence": flag.evidence,
        "explanation": flag.explanation,
    }


def _checked(item: tuple[object, str, str, str | None]) -> str:
    doc_id, kind, text, prev = item
    flags = [_flag_json(f) for f in check(kind, text, prev)]
    return json.dumps({"id": doc_id, "flags": flags}, ensure_ascii=False)


def run(lines: Iterator[str], out: TextIO, err: TextIO, *, jobs: int = 1) -> int:
    """Check every line; return the number of bad lines. With `jobs` > 1 the documents are
    checked by that many worker processes; the output is in input order either way."""
    bad = 0
    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            docs.append(_parse(line))
        except BadLine as exc:
            bad += 1
            print(f"careassure quality check: line {number}: {exc}", file=err)
    if jobs > 1 and len(docs) > 1:
        # Chunks of a few hundred documents: few enough round trips that the workers, not the
        # pickling, do the work.
        chunk = max(1, min(500, len(docs) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_checked, docs, chunksize=chunk):
                out.write(result + "\n")
    else:
        for doc in docs:
            out.write(_checked(doc) + "\n")
    return bad


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("expected 0 (one per CPU) or more")
    return jobs or (os.cpu_count() or 1)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careassure quality check",
        description="Flag SMART, contingency, child's-voice, oversight and supervision "
        "shortfalls in case-file records.",
    )
    parser.add_argument("input", help="JSONL file: one {id, kind, text[, previous_text]} per line")
    parser.add_argument("--out", help="write results here (JSONL) instead of standard output")
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        help="worker processes for a large file (0: one per CPU; default 1)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with open(args.input, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"careassure quality check: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8") as out:
                bad = run(iter(lines), out, sys.stderr, jobs=args.jobs)
        except OSError as exc:
            print(f"careassure quality check: cannot write {args.out}: {exc}", file=sys.stderr)
            return 2
    else:
        bad = run(iter(lines), sys.stdout, sys.stderr, jobs=args.jobs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
