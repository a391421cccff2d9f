"""Benchmark democouncil: wall time and peak memory (RSS) of the two ways it is driven.

    .venv/bin/python bench/bench_demo.py            # both scenarios
    .venv/bin/python bench/bench_demo.py national   # one of: council, national

- council: `careassure demo-data --children 2000 --years 5 --seed 1` (903 + case file, in memory);
- national: `careassure demo-data --children 80000 --export-903 DIR` (903 only, written as CSV).

Each scenario runs in a fresh Python process so that its peak RSS is its own. Results go to
docs/benchmarks.md ("Demo data generator") by hand, with the machine and the date.
"""

from __future__ import annotations

import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCENARIOS = {
    "council": {"children": 2000, "years": 5, "seed": 1, "casefile": True, "export": False},
    "national": {"children": 80000, "years": 5, "seed": 1, "casefile": False, "export": True},
}


def run(name: str) -> dict[str, object]:
    """Run one scenario in this process and report its numbers."""
    from democouncil import generate
    from democouncil.export import export_903

    spec = SCENARIOS[name]
    t0 = time.perf_counter()
    council = generate(
        children=int(spec["children"]),
        years=int(spec["years"]),
        seed=int(spec["seed"]),
        casefile=bool(spec["casefile"]),
    )
    t_generate = time.perf_counter() - t0
    rows = sum(f.height for tables in council.returns.values() for f in tables.values())
    t_export = 0.0
    files = 0
    if spec["export"]:
        with tempfile.TemporaryDirectory() as out:
            t1 = time.perf_counter()
            files = len(export_903(council, out))
            t_export = time.perf_counter() - t1
    # ru_maxrss is in kilobytes on Linux. CPU time is steadier than wall time on a shared machine.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024
    return {
        "scenario": name,
        **spec,
        "generate_s": round(t_generate, 1),
        "export_s": round(t_export, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(peak_mb),
        "rows_903": rows,
        "files": files,
        "documents": len(council.documents),
        "visits": len(council.visits),
        "allocations": len(council.allocations),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--inside":
        print(json.dumps(run(sys.argv[2])))
        return
    names = sys.argv[1:] or list(SCENARIOS)
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"{platform.machine()}, Python {platform.python_version()}, load average {load}")
    for name in names:
        out = subprocess.run(
            [sys.executable, str(Path(__file__)), "--inside", name],
            check=True,
            capture_output=True,
            text=True,
        )
        print(out.stdout.strip())


if __name__ == "__main__":
    main()
