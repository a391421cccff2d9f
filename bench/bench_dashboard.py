"""Dashboard page server time (p50/p95) for a 2,000-child demo council, on SQLite and PostgreSQL.

For each database the script loads the demo council (`demo-data --children 2000 --years 5 --seed 1`,
which also computes the indicators) into a fresh database, then requests the headline dashboard,
an indicator page and the children list 60 times each in-process with Django's test client,
signed in as a QA officer (who sees every child). Server time is the wall time of the request
through the whole middleware stack. Results replace the "## Dashboard" section of
docs/benchmarks.md. PostgreSQL is skipped if 127.0.0.1:5432 does not answer.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
CAREASSURE = [sys.executable, "-m", "careassure"]
REQUESTS = 60
PAGES = {
    "headline dashboard": "/dashboard/",
    "indicator page (long-term stability)": "/dashboard/long_term_stability/",
    "children list": "/children/",
}


def measure() -> dict[str, dict[str, float]]:
    """Run inside a process whose DATABASE_URL holds the demo council."""
    import time

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careassure.settings")
    django.setup()
    from django.test import Client

    from careassure.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username="qa"))
    results = {}
    for name, url in PAGES.items():
        client.get(url)  # warm caches and connections
        times = []
        for _ in range(REQUESTS):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        times.sort()
        results[name] = {
            "p50": times[len(times) // 2],
            "p95": times[int(len(times) * 0.95) - 1],
        }
    return results


def run_for(database_url: str, var_dir: Path) -> dict[str, dict[str, float]]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CAREASSURE_DEBUG": "false",
        "CAREASSURE_SECRET_KEY": "bench-only-not-secret",
        "CAREASSURE_HTTPS": "false",
        "CAREASSURE_VAR_DIR": str(var_dir),
        "CAREASSURE_ALLOWED_HOSTS": "testserver",
    }
    subprocess.run([*CAREASSURE, "migrate", "-v0"], env=env, check=True)
    subprocess.run(
        [*CAREASSURE, "demo-data", "--children", "2000", "--years", "5", "--seed", "1"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    out = subprocess.run(
        [sys.executable, __file__, "--measure"], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def postgres_url() -> str | None:
    if shutil.which("psql") is None:
        return None
    name = "careassure_bench"
    base = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
    try:
        subprocess.run([*base, f"DROP DATABASE IF EXISTS {name}"], check=True, capture_output=True)
        subprocess.run([*base, f"CREATE DATABASE {name}"], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        return None
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def write_section(rows: list[tuple[str, str, dict[str, float]]]) -> None:
    load = os.getloadavg()[0]
    lines = [
        "## Dashboard",
        "",
        "Script: `bench/bench_dashboard.py`. Demo council of 2,000 children over 5 years "
        f"loaded into a fresh database; {REQUESTS} requests per page in-process (Django test "
        "client, whole middleware stack), signed in as a QA officer. Target: headline "
        "dashboard under 200 ms p95.",
        "",
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, load average {load:.1f}. "
        f"Date: {datetime.now(UTC):%d %B %Y %H:%M} UTC.",
        "",
        "| database | page | p50 (ms) | p95 (ms) |",
        "|---|---|---:|---:|",
    ]
    for database, page, t in rows:
        lines.append(f"| {database} | {page} | {t['p50']:.0f} | {t['p95']:.0f} |")
    section = "\n".join(lines) + "\n"
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    start = text.find("## Dashboard")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if end == -1 else text[end:])
    DOCS.write_text(text, encoding="utf-8")


def main() -> int:
    if "--measure" in sys.argv:
        print(json.dumps(measure()))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = run_for(f"sqlite:///{tmp}/bench.sqlite3", Path(tmp))
        rows += [("SQLite", page, t) for page, t in sqlite.items()]
        url = postgres_url()
        if url:
            pg = run_for(url, Path(tmp))
            rows += [("PostgreSQL", page, t) for page, t in pg.items()]
        else:
            print("PostgreSQL not reachable on 127.0.0.1:5432: skipped")
    for database, page, t in rows:
        print(f"{database:<11} {page:<40} p50 {t['p50']:6.0f} ms  p95 {t['p95']:6.0f} ms")
    write_section(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
