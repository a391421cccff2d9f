"""Per-rule error injection: damage a clean 903 return so that each registered rule has cases.

    .venv/bin/python bench/parity.py THIS... --year 2026 --previous LAST... --inject SEED

For every rule registered for the collection year (`ssda903.validation.rules_for_year`), the
injector reads the fields and tables the rule names in DfE's rule metadata
(`ssda903.validation.engine.rule_info`, the same CSV as /work/shared/peers/rules/), takes a few
children that have rows in those tables (a different set of children for each rule while the
return has unused children left) and damages each of them in one way, in the rule's own fields:

- value tactics, per field: ``blank``; ``invalid`` (a code no list holds, or text in a date);
  ``other`` (another valid code of the year's list, or another row's value); for dates
  ``before``/``same``/``after`` (one day before, on, or after a related date: another of the
  rule's dates for the child, the DOB, the start or end of the collection year) and ``far``
  (years earlier or later);
- row tactics, per table: ``duplicate`` a row of the child, ``drop`` the child's rows, ``adopt``
  a row (another child's row given this child's CHILD and DOB), ``pair`` (two of the rule's
  fields changed at once, for rules about combinations).

Tables named ``X_last`` are damaged in last year's files. Everything is drawn from one
`random.Random` per rule, seeded from SEED, the year and the rule's code, so a run is
reproducible. `EXTRA` adds a few hand-made cases for rules that need several tables to agree
about one child.

Some damage stops one of the peer's rules outright (docs/validation.md). By default
(`peer_safe`) the injector leaves it out, so that every rule can still be compared: it blanks a
DOB, MC_DOB, DEC or SW_DECOM instead of writing text in it; it moves a DECOM rather than
blanking it (the peer's 118, 191, 302, 334, 336, 452, 453, 502, 503A–J, 1001, 1003 and 1011 crash
when a child's episodes with RNE S have no valid DECOM); it gives no child a second row in a
one-row-per-child table (203, 204, 208 and 3001 crash, 205A–D, 392a/b and 406 misread UASC
status); and it takes away no child's last episode. `peer_safe=False` (``--peer-unsafe``) does
all of these too.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ssda903.codes import valid_codes
from ssda903.tables import COLUMNS, DATE_COLUMNS, collection_end, collection_start
from ssda903.validation import rules_for_year
from ssda903.validation.engine import rule_info

FMT = "%d/%m/%Y"
VALUE_TACTICS = ("blank", "invalid", "other")
DATE_TACTICS = ("blank", "invalid", "before", "same", "after", "long", "far")
ROW_TACTICS = ("duplicate", "drop", "adopt", "graft", "pair", "pair", "combo", "combo")
# Text that would stop a peer rule for the whole return (docs/validation.md, "Parity with …").
PEER_UNSAFE_TEXT = frozenset({"DOB", "DEC", "DECOM", "MC_DOB", "SW_DECOM"})
# Tables with one row per child: a second row for a child makes several peer rules crash or
# misalign their row numbers, so `peer_safe` neither duplicates nor adds rows there.
ONE_ROW_TABLES = frozenset({"Header", "UASC", "OC2", "OC3", "AD1", "PrevPerm"})

# Rules the general tactics rarely break, as they need several tables (or several rows) to agree
# about one child: a care leaver who died in care, an adoption after 18, three holiday placements
# in a year … Per rule, writes into one child's rows, table by table (``X_last``: last year's
# files): the child is taken from the first table's children and given rows in the others when it
# has too few. A dict is written into every row of the child; a list of dicts into its first
# rows, one each; "drop" removes the child's rows. A value may be a date relative to the
# collection year ("start-19y", "end-17y-30d", "start+60d-18y") or another field ("=HOME_POST").
Writes = dict[str, str] | list[dict[str, str]] | str
CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F2", "ACCOM": "B"}
EXTRA: dict[str, dict[str, Writes]] = {
    "1000": {"OC3": CARE_LEAVER, "Episodes": {"REC": "E2", "DEC": "start+30d"}},
    "1011": {"OC3": CARE_LEAVER, "Episodes": {"REC": "E3", "DEC": "start+30d"}},
    "1007": {
        "OC3": {**CARE_LEAVER, "DOB": "end-17y-30d"},
        "Header": {"DOB": "end-17y-30d"},
        "Episodes": {"DECOM": "start-400d", "DEC": "", "REC": ""},
    },
    "1016": {
        "OC3": {**CARE_LEAVER, "DOB": "end-17y-60d"},
        "Header": {"DOB": "end-17y-60d"},
        "Episodes": {"DECOM": "start-400d", "DEC": "end-20d", "REC": "E4A"},
    },
    "1014": {
        "OC3": CARE_LEAVER,
        "UASC": {"DUC": "start-30d"},
        "Episodes": {"DECOM": "start-400d", "DEC": "start-100d", "REC": "E4A"},
    },
    "1010": {"Episodes_last": {"DEC": "", "REC": ""}, "OC3": CARE_LEAVER, "Episodes": "drop"},
    "3001": {"OC3": {"ACCOM": "Z1", "DOB": "end-17y-100d"}, "Header": {"DOB": "end-17y-100d"}},
    "347": {"OC3": {"ACCOM": "T", "DOB": "start-17y"}, "Header": {"DOB": "start-17y"}},
    "348": {"OC3_last": {"IN_TOUCH": "DIED"}, "OC3": CARE_LEAVER},
    "386": {"Episodes": {"REC": "E11", "DEC": "start+60d"}, "Header": {"DOB": "start-19y"}},
    "407": {"Episodes": {"REC": "E45", "DEC": "start+60d"}, "Header": {"DOB": "start-19y"}},
    "234": {"Episodes": {"REASON_PLACE_CHANGE": "CUSTOD"}, "Header": {"DOB": "start-5y"}},
    "580": {
        "Header": {"DOB": "start+60d-18y"},
        "Episodes": {"DEC": "start+60d", "REC": "E4A"},
        "Missing": {"DOB": "start+60d-18y", "MIS_START": "start+50d", "MIS_END": "start+60d"},
    },
    "582": {"Episodes": {"REC": "E11", "DEC": "start+60d"}, "AD1": {"DATE_MATCH": "start+60d"}},
    "547": {"OC2": {"HEALTH_CHECK": "1", "IMMUNISATIONS": ""}},
    "544": {"OC2": {"CONVICTED": "1", "IMMUNISATIONS": ""}},
    "392d": {"Episodes": [{"PLACE": "U1", "PL_POST": "=HOME_POST"}]},
    "426": {"Episodes": [{"LS": "V3", "DECOM": "start+10d"}, {"LS": "V4", "DECOM": "start+40d"}]},
    "446": {"Episodes": [{"LS": "E1", "DECOM": "01/06/2005"}]},
    "353": {"Episodes": [{"DECOM": "01/01/1990"}]},
    "377": {
        "Episodes": [
            {"PLACE": "T3", "DECOM": "start+10d", "DEC": "start+12d"},
            {"PLACE": "T3", "DECOM": "start+40d", "DEC": "start+42d"},
            {"PLACE": "T3", "DECOM": "start+70d", "DEC": "start+72d"},
        ]
    },
    "336": {
        "Episodes": [{"PLACE": "K2", "DECOM": "start+10d"}, {"PLACE": "A3", "DECOM": "start+40d"}]
    },
    "626": {
        "Header": {"SEX": "F", "MOTHER": "1", "MC_DOB": "start-200d"},
        "Header_last": {"SEX": "F", "MOTHER": "0"},
    },
    "561": {
        "PlacedAdoption_last": {
            "DATE_PLACED": "start-300d",
            "DATE_PLACED_CEASED": "start-100d",
            "REASON_PLACED_CEASED": "RD1",
        },
        "PlacedAdoption": {"DATE_PLACED": "start-300d"},
    },
    "576": {"Missing_last": {"MIS_END": ""}, "Missing": {"MIS_START": "start+30d"}},
    "635": {"PrevPerm": {"PREV_PERM": "", "DATE_PERM": "01/01/2015", "LA_PERM": "850"}},
    "242": {"Episodes": [{"URN": "XXXXXXX", "PLACE": "U1", "PLACE_PROVIDER": "PR1"}]},
}


@dataclass
class Injection:
    rule: str
    child: str
    tactic: str
    table: str
    fields: tuple[str, ...] = ()
    detail: str = ""


@dataclass
class Return:
    """One year's CSVs, as rows of strings per table, with the file each table came from."""

    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    headers: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, paths: list[Path]) -> Return:
        by_columns = {frozenset(cols): name for name, cols in COLUMNS.items()}
        out = cls()
        for path in paths:
            with path.open(newline="", encoding="utf-8-sig") as f:
                reader = csv.DictReader(f)
                head = [c.strip() for c in reader.fieldnames or []]
                rows = [{k.strip(): (v or "") for k, v in row.items()} for row in reader]
            name = by_columns.get(frozenset(head))
            if name is None:
                continue
            out.tables[name], out.files[name], out.headers[name] = rows, path, head
        return out

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for name, rows in self.tables.items():
            target = folder / self.files[name].name
            with target.open("w", newline="", encoding="utf-8") as f:
                writer = csv.DictWriter(f, fieldnames=self.headers[name])
                writer.writeheader()
                writer.writerows(rows)
            out.append(target)
        return out


def table_name(name: str) -> tuple[str, bool] | None:
    """DfE's table name in the rule metadata -> (our table, last year?); tolerates its typos."""
    last = name.lower().endswith("_last")
    base = name[: -len("_last")] if last else name
    for ours in COLUMNS:
        if (
            base.lower() in (ours.lower(), ours.lower() + "s")
            or base.lower().rstrip("s") == ours.lower()
        ):
            return ours, last
    return None


def named_codes(message: str, year: int, table: str, col: str) -> list[str]:
    """The codes of `col`'s list that the rule's message names (``PR2``, ``P1``, ``V3`` …)."""
    codes = valid_codes(year, table, col)
    if not codes:
        return []
    words = set(re.findall(r"[A-Za-z0-9]+", message))
    return sorted(c for c in codes if c in words and not c.isdigit())


def parse(value: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), FMT).date()
    except ValueError:
        return None


class Injector:
    def __init__(
        self, this: Return, last: Return | None, year: int, seed: int, per_rule: int,
        peer_safe: bool = True,
    ) -> None:  # fmt: skip
        self.this, self.last, self.year, self.seed, self.per_rule = this, last, year, seed, per_rule
        self.peer_safe = peer_safe
        self.named: dict[str, list[str]] = {}  # the current rule's named codes, per field
        self.used: set[str] = set()
        self.done: list[Injection] = []

    def source(self, last: bool) -> Return | None:
        return self.last if last else self.this

    def children(self, table: str, last: bool) -> list[str]:
        src = self.source(last)
        if src is None or table not in src.tables:
            return []
        return sorted({r["CHILD"] for r in src.tables[table] if r.get("CHILD")})

    def pick_child(self, rng: random.Random, pool: list[str], taken: set[str]) -> str | None:
        fresh = [c for c in pool if c not in self.used and c not in taken]
        options = fresh or [c for c in pool if c not in taken] or pool
        if not options:
            return None
        child = rng.choice(options)
        self.used.add(child)
        taken.add(child)
        return child

    def dob(self, child: str) -> str | None:
        for src in (self.this, self.last):
            for row in src.tables.get("Header", []) if src else []:
                if row.get("CHILD") == child:
                    return row.get("DOB")
        return None

    def related_dates(self, child: str, fields: tuple[str, ...]) -> list[date]:
        out = [collection_start(self.year), collection_end(self.year)]
        for src in (self.this, self.last):
            if src is None:
                continue
            for rows in src.tables.values():
                for row in rows:
                    if row.get("CHILD") != child:
                        continue
                    for col in (*fields, "DOB", "DECOM", "DEC"):
                        d = parse(row.get(col, ""))
                        if d is not None:
                            out.append(d)
        return out

    def new_value(
        self, rng: random.Random, table: str, col: str, tactic: str, old: str, child: str,
        fields: tuple[str, ...], column_values: list[str],
    ) -> str:  # fmt: skip
        if tactic == "blank":
            return ""
        if col in DATE_COLUMNS:
            if tactic == "invalid":
                if self.peer_safe and col in PEER_UNSAFE_TEXT:
                    return ""
                return rng.choice(["31/02/2024", "2024-05-01", "xx/05/2024", "00/00/0000"])
            anchors = self.related_dates(child, fields)
            anchor = rng.choice(anchors)
            if tactic == "before":
                d = anchor - timedelta(days=rng.choice([1, 1, 30]))
            elif tactic == "same":
                d = anchor
            elif tactic == "after":
                d = anchor + timedelta(days=rng.choice([1, 1, 30]))
            elif tactic == "long":  # a stay of days to months after the anchor
                d = anchor + timedelta(days=rng.choice([2, 4, 8, 22, 43, 60, 200, 400]))
            else:  # far: whole years either side, across the age thresholds rules use
                years = rng.choice([1, 3, 5, 9, 10, 13, 14, 16, 17, 18, 19, 25])
                d = anchor + timedelta(days=rng.choice([-1, 1]) * round(years * 365.25))
            return d.strftime(FMT)
        codes = valid_codes(self.year, table, col)
        if tactic == "invalid":
            if codes is None:
                return rng.choice(["X", "ZZ99", old + "X" if old else "?", "1234567890123"])
            return rng.choice(["X9", "Z", "99", old.lower() if old.lower() != old else "q"])
        # other: a code the rule's message names (half the time), another valid code, or
        # another row's value
        named = [c for c in self.named.get(col, []) if c != old]
        if named and rng.random() < 0.5:
            return rng.choice(named)
        pool = sorted(set(codes) - {old}) if codes else sorted(set(column_values) - {old, ""})
        return rng.choice(pool) if pool else ""

    def inject_rule(self, code: str) -> None:
        info = rule_info(self.year)[code]
        rng = random.Random(f"{self.seed}:{self.year}:{code}")
        tables: list[tuple[str, bool]] = []
        for t in info.tables:
            named = table_name(t)
            if named and named not in tables:
                tables.append(named)
        # each of the rule's fields, in the rule's tables that hold it (else any table)
        targets: list[tuple[str, bool, str]] = []
        for col in info.affected_fields:
            homes = [(t, last) for t, last in tables if col in COLUMNS[t]]
            if not homes:
                homes = [(t, False) for t, cols in COLUMNS.items() if col in cols]
            targets += [(t, last, col) for t, last in homes]
        targets = [x for x in targets if self.source(x[1]) and x[0] in self.source(x[1]).tables]  # type: ignore[union-attr]
        if not targets:
            return
        fields = tuple(info.affected_fields)
        self.named = {
            col: named_codes(info.message, self.year, t, col)
            for t, _, col in targets
            if col not in DATE_COLUMNS
        }
        taken: set[str] = set()
        plans: list[tuple[str, tuple[str, bool, str]]] = []
        for i in range(self.per_rule):
            target = targets[i % len(targets)] if i < len(targets) else rng.choice(targets)
            col = target[2]
            kinds = DATE_TACTICS if col in DATE_COLUMNS else VALUE_TACTICS
            if col == "CHILD":
                kinds = ("duplicate", "drop", "adopt")
            tactic = kinds[(i + rng.randrange(len(kinds))) % len(kinds)]
            if rng.random() < 0.35:
                tactic = rng.choice(ROW_TACTICS)
            plans.append((tactic, target))
        for tactic, (table, last, col) in plans:
            pool = self.children(table, last)
            if tactic == "graft":  # a child of another of the rule's tables, new to this one
                here = set(pool)
                others = sorted(
                    {(t, lst) for t, lst, _ in targets} | {(t, lst) for t, lst in tables}
                )
                others = [(t, lst) for t, lst in others if (t, lst) != (table, last)]
                if others:
                    t2, l2 = rng.choice(others)
                    pool = [c for c in self.children(t2, l2) if c not in here]
                if not pool:
                    tactic, pool = "pair", self.children(table, last)
            child = self.pick_child(rng, pool, taken)
            if child is None:
                continue
            self.apply(rng, code, child, tactic, table, last, col, fields, targets)

    def apply(
        self, rng: random.Random, code: str, child: str, tactic: str, table: str, last: bool,
        col: str, fields: tuple[str, ...], targets: list[tuple[str, bool, str]],
    ) -> None:  # fmt: skip
        src = self.source(last)
        assert src is not None
        rows = src.tables[table]
        where = f"{table}_last" if last else table
        if tactic == "graft":
            donors = [r for r in rows if r.get("CHILD") != child]
            has_row = len(donors) < len(rows)
            if donors and not (has_row and self.peer_safe and table in ONE_ROW_TABLES):
                row = dict(rng.choice(donors))
                row["CHILD"] = child
                if "DOB" in row:
                    row["DOB"] = self.dob(child) or row["DOB"]
                rows.insert(rng.randrange(len(rows) + 1), row)
                self.done.append(Injection(code, child, tactic, where))
            return
        if tactic == "combo":
            self.combo(rng, code, child, fields, targets)
            return
        mine = [i for i, r in enumerate(rows) if r.get("CHILD") == child]
        if not mine:
            return
        if self.peer_safe and tactic in ("duplicate", "adopt") and table in ONE_ROW_TABLES:
            tactic = "pair"
        if tactic == "duplicate":
            i = rng.choice(mine)
            rows.insert(i + 1, dict(rows[i]))
            self.done.append(Injection(code, child, tactic, where))
            return
        if tactic == "drop":
            others = [(t, lst) for t, lst, _ in targets if (t, lst) != (table, last)]
            if others:  # drop a related row rather than the one the rule reads first
                t2, l2 = rng.choice(others)
                src2 = self.source(l2)
                if src2 is not None and any(r.get("CHILD") == child for r in src2.tables[t2]):
                    src, rows, where = src2, src2.tables[t2], f"{t2}_last" if l2 else t2
            keep = [r for r in rows if r.get("CHILD") != child]
            if len(keep) != len(rows):
                if self.peer_safe and where == "Episodes" and len(rows) - len(keep) == 1:
                    return  # peer_safe: a child with no episodes stops several peer rules
                if self.peer_safe and where == "Episodes":
                    idx = [i for i, r in enumerate(rows) if r.get("CHILD") == child]
                    del rows[rng.choice(idx)]
                elif rng.random() < 0.5 or len(rows) - len(keep) == 1:
                    rows[:] = keep
                else:  # drop one of several
                    idx = [i for i, r in enumerate(rows) if r.get("CHILD") == child]
                    del rows[rng.choice(idx)]
            self.done.append(Injection(code, child, tactic, where))
            return
        if tactic == "adopt":
            donors = [r for r in rows if r.get("CHILD") != child]
            if donors:
                row = dict(rng.choice(donors))
                row["CHILD"] = child
                if "DOB" in row and "DOB" in rows[mine[0]]:
                    row["DOB"] = rows[mine[0]].get("DOB", row["DOB"])
                rows.insert(mine[-1] + 1, row)
                self.done.append(Injection(code, child, tactic, where))
            return
        cols = [col]
        if tactic == "pair":
            same_table = [c for t, lst, c in targets if (t, lst) == (table, last) and c != col]
            cols = [col, rng.choice(same_table)] if same_table else [col]
        i = rng.choice(mine)
        if self.peer_safe and col == "DECOM" and tactic in ("blank", "invalid"):
            tactic = "after"  # peer_safe: an S episode with no valid DECOM stops peer rules
        for c in cols:
            if c == "CHILD":
                continue
            kinds = DATE_TACTICS if c in DATE_COLUMNS else VALUE_TACTICS
            t = tactic if tactic in kinds else "other"
            if tactic == "pair" and c in DATE_COLUMNS:
                t = rng.choice(("before", "same", "after", "long", "far"))
            if self.peer_safe and c == "DECOM" and t in ("blank", "invalid"):
                t = "after"
            values = [r.get(c, "") for r in rows]
            rows[i][c] = self.new_value(rng, table, c, t, rows[i].get(c, ""), child, fields, values)
        self.done.append(Injection(code, child, tactic, where, tuple(cols)))

    def extra(self, rng: random.Random, code: str, writes: dict[str, Writes]) -> None:
        named = [(t, *(table_name(t) or ("", False))) for t in writes]
        named = [(key, t, last) for key, t, last in named if t]
        usable = [x for x in named if (src := self.source(x[2])) and x[1] in src.tables]
        if not usable:
            return
        _, first, first_last = usable[0]
        child = self.pick_child(rng, self.children(first, first_last), set())
        if child is None:
            return
        for key, table, last in usable:
            src = self.source(last)
            assert src is not None
            rows, what = src.tables[table], writes[key]
            if what == "drop":
                rows[:] = [r for r in rows if r.get("CHILD") != child]
                continue
            wanted = what if isinstance(what, list) else None
            mine = [r for r in rows if r.get("CHILD") == child]
            donors = [r for r in rows if r.get("CHILD") != child]
            while donors and (not mine or (wanted and len(mine) < len(wanted))):
                mine.append(dict(rng.choice(donors), CHILD=child))
                rows.append(mine[-1])
            pairs = zip(mine, wanted, strict=False) if wanted else ((r, what) for r in mine)
            for row, cols in pairs:
                assert isinstance(cols, dict)
                for col, value in cols.items():
                    row[col] = row.get(value[1:], "") if value.startswith("=") else self.when(value)
        self.done.append(Injection(code, child, "extra", ",".join(k for k, _, _ in usable)))

    def when(self, value: str) -> str:
        """A literal, or a date relative to the collection year: "start-19y", "end-17y-30d"."""
        m = re.fullmatch(r"(start|end)((?:[+-]\d+[yd])*)", value)
        if not m:
            return value
        d = collection_start(self.year) if m[1] == "start" else collection_end(self.year)
        for sign, n, unit in re.findall(r"([+-])(\d+)([yd])", m[2]):
            k = int(n) if sign == "+" else -int(n)
            if unit == "y":
                d = d.replace(year=d.year + k, day=min(d.day, 28) if d.month == 2 else d.day)
            else:
                d += timedelta(days=k)
        return d.strftime(FMT)

    def combo(
        self, rng: random.Random, code: str, child: str, fields: tuple[str, ...],
        targets: list[tuple[str, bool, str]],
    ) -> None:  # fmt: skip
        """Change all of the rule's code fields at once (mostly to codes its message names) and
        some of its dates, giving the child a row in those of the rule's tables it has none in."""
        touched: list[str] = []
        for table, last, col in targets:
            src = self.source(last)
            if src is None or col == "CHILD":
                continue
            rows = src.tables[table]
            mine = [i for i, r in enumerate(rows) if r.get("CHILD") == child]
            if not mine:
                donors = [r for r in rows if r.get("CHILD") != child]
                if not donors:
                    continue
                row = dict(rng.choice(donors))
                row["CHILD"] = child
                if "DOB" in row:
                    row["DOB"] = self.dob(child) or row["DOB"]
                rows.append(row)
                mine = [len(rows) - 1]
            i = rng.choice(mine)
            if col in DATE_COLUMNS:
                if col == "DOB" or rng.random() < 0.5:
                    continue
                t = rng.choice(("before", "same", "after", "long", "far"))
            else:
                named = self.named.get(col, [])
                if named and rng.random() < 0.8:
                    rows[i][col] = rng.choice(named)
                    touched.append(col)
                    continue
                t = "other"
            values = [r.get(col, "") for r in rows]
            rows[i][col] = self.new_value(
                rng, table, col, t, rows[i].get(col, ""), child, fields, values
            )
            touched.append(col)
        self.done.append(
            Injection(code, child, "combo", ",".join(t for t, _, _ in targets), tuple(touched))
        )


def inject(
    this: list[Path],
    last: list[Path] | None,
    year: int,
    seed: int,
    folder: Path,
    per_rule: int = 8,
    codes: list[str] | None = None,
    peer_safe: bool = True,
) -> tuple[list[Path], list[Path] | None, list[Injection]]:
    """Write damaged copies of `this` (and `last`) under `folder`/this and `folder`/last."""
    cur = Return.read(this)
    prev = Return.read(last) if last else None
    inj = Injector(cur, prev, year, seed, per_rule, peer_safe)
    for r in rules_for_year(year):
        if codes and not r.code.startswith(tuple(codes)):
            continue
        inj.inject_rule(r.code)
        if r.code in EXTRA:
            inj.extra(random.Random(f"{seed}:{year}:{r.code}:extra"), r.code, EXTRA[r.code])
    this_out = cur.write(folder / "this")
    last_out = prev.write(folder / "last") if prev is not None else None
    return this_out, last_out, inj.done
