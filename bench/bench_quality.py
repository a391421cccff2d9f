"""Benchmark: documents per second for `casequality.check` over the labelled evaluation set.

The dev and held-out sets (tests/casequality/data/*.jsonl) are repeated until at least 10,000
documents have been checked, on one core, best of 3. Prints one line and appends a row to the
"## Case-file quality checks" section of docs/benchmarks.md (creating the section if absent,
and touching nothing else in that file). Then the same documents through the bulk command's
worker processes (`careassure quality check --jobs N`, one per CPU), JSON out included, in a
section of their own.

Run: .venv/bin/python bench/bench_quality.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import platform
import sys
import time
from pathlib import Path

from casequality import check
from casequality.cli import run as run_command

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


def run_once(docs: list[tuple[str, str, str | None]]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) to check every document once."""
    wall, cpu = time.perf_counter(), time.process_time()
    for kind, text, prev in docs:
        check(kind, text, prev)
    return time.perf_counter() - wall, time.process_time() - cpu


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"nproc {os.cpu_count()}, {platform.machine()}, Python {platform.python_version()}, "
        f"load average {load:.1f}, {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}"
    )


INTRO = (
    "Script: `bench/bench_quality.py`. `casequality.check` over the labelled dev and held-out "
    "sets repeated to at least 10,000 documents, one process, best of 3. Wall-clock depends on "
    "what else the machine is running (the load average is recorded); CPU time is the work the "
    "checker itself does.\n\n"
    "| documents | best wall time | documents/second (wall) | documents/CPU-second | machine |\n"
    "|---:|---:|---:|---:|---|\n"
)


def _rows(section: str) -> list[str]:
    """Result rows already in the section, widened to the current columns if older."""
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or not cells[0][:1].isdigit():
            continue
        if len(cells) == 4:  # first runs recorded wall-clock only
            cells = [*cells[:3], "n/a", cells[3]]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


JOBS_HEADING = "## Case-file quality checks: the bulk command's worker processes"
JOBS_INTRO = (
    "Script: `bench/bench_quality.py`, after the one-process run. The same documents through "
    "`careassure quality check --jobs N`'s worker processes (N = the CPUs), each result "
    "written as JSON as the command does; best of 3. This is the command's throughput on a "
    "large file, not the library's speed on one document, which is the table above.\n\n"
    "| documents | best wall time | documents/second (wall) | processes | machine |\n"
    "|---:|---:|---:|---:|---|\n"
)


def run_jobs(docs: list[tuple[str, str, str | None]], jobs: int) -> float:
    """Wall-clock seconds for the bulk command's worker processes to check every document, from
    its input lines (parsed in the timing, as the command parses them) to its output lines."""
    lines = [
        json.dumps(dict(zip(_KEYS, (n, kind, text, prev), strict=True)))
        for n, (kind, text, prev) in enumerate(docs)
    ]
    wall = time.perf_counter()
    run_command(iter(lines), io.StringIO(), io.StringIO(), jobs=jobs)
    return time.perf_counter() - wall


_KEYS = ("id", "kind", "text", "previous_text")


def record(row: str, heading: str = HEADING, intro: str = INTRO) -> None:
    """Rewrite a section of docs/benchmarks.md with `row` appended."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    if heading in text:
        start = text.index(heading)
        nxt = text.find("\n## ", start + len(heading))
        end = len(text) if nxt == -1 else nxt + 1
    else:
        text = text.rstrip("\n") + "\n\n"
        start = end = len(text)
    rows = [*_rows(text[start:end]), row]
    section = f"{heading}\n\n{intro}" + "\n".join(rows) + "\n"
    tail = text[end:]
    DOCS.write_text(text[:start] + section + ("\n" + tail if tail else ""), encoding="utf-8")


def main() -> int:
    base = load_docs()
    docs = base * (-(-MIN_DOCS // len(base)))
    check(*base[0][:2])  # compile regexes outside the timing
    runs = [run_once(docs) for _ in range(3)]
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)
    rate, cpu_rate = len(docs) / wall, len(docs) / cpu
    print(
        f"casequality: {len(docs):,} documents in {wall:.2f} s = {rate:,.0f} documents/second "
        f"({cpu_rate:,.0f} per CPU-second)"
    )
    record(f"| {len(docs):,} | {wall:.2f} s | {rate:,.0f} | {cpu_rate:,.0f} | {machine()} |")
    jobs = os.cpu_count() or 1
    if jobs > 1:
        jobs_wall = min(run_jobs(docs, jobs) for _ in range(3))
        jobs_rate = len(docs) / jobs_wall
        print(
            f"casequality, bulk command with {jobs} processes: {len(docs):,} documents in "
            f"{jobs_wall:.2f} s = {jobs_rate:,.0f} documents/second"
        )
        record(
            f"| {len(docs):,} | {jobs_wall:.2f} s | {jobs_rate:,.0f} | {jobs} | {machine()} |",
            JOBS_HEADING,
            JOBS_INTRO,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
