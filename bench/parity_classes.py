"""Put every row on which careassure and the peer differ in an injected parity run in a class.

    .venv/bin/python bench/parity.py ... --inject SEED --json > run.json
    .venv/bin/python bench/parity_classes.py run.json [run2.json ...]

Each class is a known cause, documented in docs/validation.md ("Parity on a generated return with
errors injected per rule"); the check looks at the differing row itself and the child's other rows
in the files the run validated (its JSON names the folder: ``injected_dir``). A row no check
explains is counted as UNEXPLAINED. Rules the peer crashed in are left out (nothing to compare).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

# Districts created in or after April 2023 and so missing from ONS's 2021 lookup.
NEWER_DISTRICTS = {"E06000063", "E06000064", "E06000065", "E06000066", "E08000038", "E08000039"}
FILES = {
    "Episodes": "episodes",
    "PlacedAdoption": "placed_for_adoption",
    "SWEpisodes": "sw_episodes",
    "Header": "header",
    "OC3": "oc3",
    "UASC": "uasc",
}
Row = dict[str, str]


def day(value: str) -> date | None:
    try:
        return datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError:
        return None


class Run:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[tuple[str, str], list[Row]] = {}
        self._laua: dict[str, str] | None = None

    def rows(self, part: str, table: str) -> list[Row]:
        if (part, table) not in self._cache:
            path = self.root / part / f"{FILES[table]}.csv"
            with path.open(encoding="utf-8", newline="") as f:
                self._cache[part, table] = list(csv.DictReader(f))
        return self._cache[part, table]

    def repeats_uasc(self) -> bool:
        """Whether a CHILD appears twice in this year's or last year's Header or UASC.

        (Removing those repeated rows, first kept, made 205A–D, 392a/b and 406 agree row for row
        in the runs of docs/validation.md.)
        """
        for part in ("this", "last"):
            for table in ("Header", "UASC"):
                children = [r["CHILD"] for r in self.rows(part, table)]
                if len(set(children)) < len(children):
                    return True
        return False

    def laua(self, postcode: str) -> str | None:
        if self._laua is None:
            from ssda903.reference import postcodes

            d = postcodes.load()
            self._laua = dict(zip(d["pcd"].to_list(), d["laua"].to_list(), strict=True))
        return self._laua.get(postcode.replace(" ", "").upper())


def classify(code: str, side: str, table: str, line: int, run: Run) -> str:
    rows = run.rows("this", table)
    row = rows[line - 2]
    kids = [r for r in rows if r["CHILD"] == row["CHILD"]]
    if code in ("142", "199") and sum(r["DECOM"] == row["DECOM"] for r in kids) > 1:
        return "tie: two episodes of the child start the same day"
    if code in ("SW08STG2", "SW17STG2") and sum(r["SW_DECOM"] == row["SW_DECOM"] for r in kids) > 1:
        return "tie: two social worker episodes start the same day"
    if code in ("SW09STG2", "SW18STG2") and any(
        re.fullmatch(r"\d{4}-\d\d-\d\d", row[c]) for c in ("SW_DECOM", "SW_DEC")
    ):
        return "date written YYYY-MM-DD"
    if code in ("169", "218", "420", "452", "503H") and any(
        run.laua(row[c]) in NEWER_DISTRICTS for c in ("PL_POST", "HOME_POST")
    ):
        return "district newer than ONS's 2021 lookup"
    if code == "146" and row["PLACE"].upper() == "K3":
        return "K3 in 2024/25"
    if code == "202":
        last = {r["CHILD"]: r["SEX"] for r in run.rows("last", "Header")}
        meaning = {"1": "M", "2": "F"}
        before = last.get(row["CHILD"])
        if before is not None and meaning.get(before, before) == row["SEX"].upper():
            return "SEX 1/2 last year, M/F this year"
    if code == "583":
        dates = [r["DATE_PLACED"] for r in kids if r["DATE_PLACED"]]
        if any(day(v) is None for v in dates):
            return "583: an unreadable DATE_PLACED"
        if day(max(dates)) != max(d for v in dates if (d := day(v))):
            return "583: text order is not date order"
        if len(set(dates)) < len(dates):
            return "583: two decisions on the same date"
    if code == "584":
        ceased = [
            r
            for r in run.rows("last", "PlacedAdoption")
            if r["CHILD"] == row["CHILD"] and (r["DATE_PLACED_CEASED"] or r["REASON_PLACED_CEASED"])
        ]
        now = day(row["DATE_PLACED"])
        not_after = any(
            now is None or ((then := day(r["DATE_PLACED"])) is not None and now <= then)
            for r in ceased
        )
        if not_after == (side == "only_careassure"):
            return "584: the peer reads positions as row labels"
    if code == "1007" and any(
        r["CHILD"] == row["CHILD"] and not r["DEC"] for r in run.rows("this", "Episodes")
    ):
        return "1007: episode still open on the birthday"
    if code == "1001":
        now, last = run.rows("this", "Episodes"), run.rows("last", "Episodes")
        mine = [(r["DECOM"], r["DEC"]) for r in now + last if r["CHILD"] == row["CHILD"]]
        if len(set(mine)) < len(mine) or len({d for _, d in mine}) < len(mine):
            return "1001: the same episode or end date in both years"
        positions = [i for i, r in enumerate(last) if r["CHILD"] == row["CHILD"]]
        if any(i < len(now) and now[i]["LS"].upper() in ("V3", "V4") for i in positions):
            return "1001: another child's respite episode in the same row position"
    if code in ("205A", "205B", "205C", "205D", "392a", "392b", "406") and run.repeats_uasc():
        return "the peer misreads UASC status once a CHILD repeats in Header or UASC"
    return "UNEXPLAINED"


def main(paths: list[str]) -> int:
    counts: Counter[tuple[str, str, str]] = Counter()
    unexplained: list[tuple[str, str, str, int]] = []
    for name in paths:
        result = json.loads(Path(name).read_text(encoding="utf-8"))
        run = Run(Path(result["injected_dir"]))
        for rule in result["rules"]:
            if rule["code"] in result["peer_crashed"]:
                continue
            for side in ("only_careassure", "only_peer"):
                for table, line in rule[side]:
                    cls = classify(rule["code"], side, table, line, run)
                    counts[rule["code"], side, cls] += 1
                    if cls == "UNEXPLAINED":
                        unexplained.append((name, rule["code"], table, line))
    for (code, side, cls), n in sorted(counts.items()):
        print(f"{code:<10}{side:<17}{n:>6}  {cls}")
    for item in unexplained[:40]:
        print("UNEXPLAINED", *item)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
