"""Benchmark: documents per second for `casequality.check` over the labelled evaluation set.

The dev and held-out sets (tests/casequality/data/*.jsonl) are repeated until at least 10,000
documents have been checked, on one core, best of 3. Prints one line and appends a row to the
"## Case-file quality checks" section of docs/benchmarks.md (creating the section if absent,
and touching nothing else in that file).

Run: .venv/bin/python bench/bench_quality.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path

from casequality import check

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "casequality" / "data"
DOCS = ROOT / "docs" / "benchmarks.md"
HEADING = "## Case-file quality checks"
MIN_DOCS = 10_000


def load_docs() -> list[tuple[str, str, str | None]]:
    docs = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                docs.append((rec["kind"], rec["text"], rec.get("previous_text")))
    return docs


def run_once(docs: list[tuple[str, str, str | None]]) -> float:
    start = time.perf_counter()
    for kind, text, prev in docs:
        check(kind, text, prev)
    return time.perf_counter() - start


def machine() -> str:
    return (
        f"nproc {os.cpu_count()}, {platform.machine()}, Python {platform.python_version()}, "
        f"{dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}"
    )


def record(row: str) -> None:
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    if HEADING not in text:
        text = text.rstrip("\n") + (
            f"\n\n{HEADING}\n\n"
            "Script: `bench/bench_quality.py`. `casequality.check` over the labelled dev and "
            "held-out sets repeated to at least 10,000 documents, one process, best of 3.\n\n"
            "| documents | best time | documents/second | machine |\n|---:|---:|---:|---|\n"
        )
    start = text.index(HEADING)
    nxt = text.find("\n## ", start + len(HEADING))
    end = len(text) if nxt == -1 else nxt
    section = text[start:end].rstrip("\n") + "\n" + row + "\n"
    text = text[:start] + section + ("\n" + text[end:].lstrip("\n") if nxt != -1 else "")
    DOCS.write_text(text, encoding="utf-8")


def main() -> int:
    base = load_docs()
    docs = base * (-(-MIN_DOCS // len(base)))
    check(*base[0][:2])  # compile regexes outside the timing
    best = min(run_once(docs) for _ in range(3))
    rate = len(docs) / best
    print(f"casequality: {len(docs):,} documents in {best:.2f} s = {rate:,.0f} documents/second")
    record(f"| {len(docs):,} | {best:.2f} s | {rate:,.0f} | {machine()} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
