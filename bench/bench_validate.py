"""Benchmark: careassure's 903 validation against csc-validator-be-903, same files, same run.

    .venv/bin/python bench/bench_validate.py [--year 2025] [--copies 1 16] [--skip-peer]

For each data set (the public fake return ×1 and ×N, copies concatenated with CHILD ids made
unique; plus bench/out/national/ if the demo generator has written it) each tool runs in its own
subprocess, which reads the CSVs and runs every rule for the year; both are told the council is
E09000001, and careassure reads ONS's postcode directory as `careassure validate` does (the peer
derives distances from its own copy). Provider lists are given to neither. Reported per tool:
wall time of read + validate, and peak resident memory of the subprocess, measured by a wrapper
process with ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` so that one measurement cannot
inflate another.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

FAKE = Path("/work/shared/peers/d2i-903-fake-data")
FAKE_FILES = (
    "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
    "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv",
)  # fmt: skip
OUT = Path(__file__).parent / "out"

# Run in a fresh interpreter; prints {"seconds": ..., "findings": ...} on its last line.
WORKER = {
    "careassure": """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from ssda903 import read_return
from ssda903.reference.postcodes import for_episodes
from ssda903.validation import run
from ssda903.validation.engine import Reference
paths, year = [Path(p) for p in sys.argv[2:]], int(sys.argv[1])
tables = read_return(paths, year).tables
# As `careassure validate --la E09000001` does: the postcode directory for the return's postcodes.
reference = Reference(la_code="E09000001", postcodes=for_episodes(tables.get("Episodes")))
findings = run(year, tables, reference=reference)
print(json.dumps({"seconds": time.perf_counter() - t0, "findings": len(findings)}))
""",
    "peer": """
import contextlib, io, json, logging, sys, time
t0 = time.perf_counter()
logging.disable(logging.CRITICAL)
from lac_validator.ingress import read_files
from lac_validator.lac_validator import LacValidator
from lac_validator.rules.ruleset_utils import get_year_ruleset
year, paths = sys.argv[1], sys.argv[2:]
with contextlib.redirect_stdout(io.StringIO()):
    v = LacValidator(metadata={"collectionYear": year, "localAuthority": "E09000001"},
                     files=read_files(paths), registry=get_year_ruleset(year))
n = sum(int(f[c].eq(True).sum()) for t, f in v.ds_results.items() if t != "metadata"
        for c in f.columns if str(c).startswith("ERR_"))
print(json.dumps({"seconds": time.perf_counter() - t0, "findings": n}))
""",
}

# Measures the worker's peak RSS alone: RUSAGE_CHILDREN of a process with a single child.
WRAPPER = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if done.returncode:
    sys.stderr.write(done.stderr); sys.exit(done.returncode)
result = json.loads(done.stdout.strip().splitlines()[-1])
result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(result))
"""


def multiply(copies: int) -> list[Path]:
    """Write the fake return `copies` times over into bench/out/fake_xN/, CHILD ids made unique."""
    if copies == 1:
        return [FAKE / f for f in FAKE_FILES]
    folder = OUT / f"fake_x{copies}"
    folder.mkdir(parents=True, exist_ok=True)
    for name in FAKE_FILES:
        with (FAKE / name).open(newline="", encoding="utf-8-sig") as src:
            rows = list(csv.reader(src))
        with (folder / name).open("w", newline="", encoding="utf-8") as dst:
            out = csv.writer(dst)
            out.writerow(rows[0])
            child = rows[0].index("CHILD")
            for k in range(copies):
                for row in rows[1:]:
                    out.writerow([f"{v}{k:02d}" if i == child else v for i, v in enumerate(row)])
    return [folder / f for f in FAKE_FILES]


def measure(tool: str, paths: list[Path], year: int) -> dict[str, float]:
    worker = [sys.executable, "-c", WORKER[tool], str(year), *map(str, paths)]
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *worker], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{tool} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def rows_in(paths: list[Path], name: str) -> int:
    path = next(p for p in paths if p.name == name)
    with path.open(encoding="utf-8-sig") as f:
        return sum(1 for _ in f) - 1


def data_sets(copies: list[int], year: int) -> list[tuple[str, list[Path], int]]:
    sets = [(f"fake return x{n}", multiply(n), year) for n in copies]
    # `demo-data --export-903 bench/out/national` writes one folder per collection year: take the
    # latest, validated as its own year.
    national = OUT / "national"
    years = sorted(int(p.name) for p in national.glob("20[0-9][0-9]") if p.is_dir())
    if years:
        latest = years[-1]
        paths = sorted((national / str(latest)).glob("*.csv"))
        sets.append((f"national (demo generator, {latest})", paths, latest))
    return sets


def profile_rules(paths: list[Path], year: int, top: int = 10) -> None:
    """Time careassure's rule functions alone (no Finding objects), slowest first."""
    from ssda903 import read_return
    from ssda903.reference.postcodes import for_episodes
    from ssda903.validation import RuleContext, rules_for_year
    from ssda903.validation.engine import Reference

    t0 = time.perf_counter()
    tables = read_return(paths, year).tables
    read = time.perf_counter() - t0
    t0 = time.perf_counter()
    reference = Reference(la_code="E09000001", postcodes=for_episodes(tables.get("Episodes")))
    postcodes = time.perf_counter() - t0
    ctx = RuleContext(year=year, tables=tables, reference=reference)
    times = []
    for r in rules_for_year(year):
        if r.missing(reference):
            continue
        t = time.perf_counter()
        r.fn(ctx)
        times.append((time.perf_counter() - t, r.code))
    total = sum(s for s, _ in times)
    slowest = ", ".join(f"{c} {s:.2f}s" for s, c in sorted(times, reverse=True)[:top])
    print(f"read {read:.1f}s; postcodes {postcodes:.1f}s;", end=" ")
    print(f"{len(times)} rules {total:.1f}s; slowest: {slowest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 16])
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument(
        "--profile-rules", action="store_true", help="time careassure's rules alone, per rule"
    )
    args = parser.parse_args(argv)
    if args.profile_rules:
        for label, paths, year in data_sets(args.copies, args.year):
            print(label, end=": ")
            profile_rules(paths, year)
        return 0

    machine = {
        "nproc": subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip(),
        "arch": platform.machine(),
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    print(json.dumps(machine))
    results = []
    for label, paths, year in data_sets(args.copies, args.year):
        sizes = {
            n: rows_in(paths, f)
            for n, f in (("children", "header.csv"), ("episodes", "episodes.csv"))
            if any(p.name == f for p in paths)
        }
        entry: dict[str, object] = {"data": label, **sizes, "year": year}
        for tool in ("careassure", *(() if args.skip_peer else ("peer",))):
            t0 = time.perf_counter()
            entry[tool] = measure(tool, paths, year)
            print(f"{label}: {tool} done in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        if "peer" in entry:
            ours, peer = entry["careassure"], entry["peer"]
            assert isinstance(ours, dict) and isinstance(peer, dict)
            entry["speedup"] = round(peer["seconds"] / ours["seconds"], 1)
            entry["memory_ratio"] = round(peer["peak_rss_mb"] / ours["peak_rss_mb"], 1)
        results.append(entry)
        print(json.dumps(entry))
    return 0


if __name__ == "__main__":
    sys.exit(main())
