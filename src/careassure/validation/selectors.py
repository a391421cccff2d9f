"""What a person may see of a validation: findings grouped by child, only visible children named.

Every child is looked up through `children_visible_to`, so a finding about a child the reader may
not see is counted but neither named nor shown (its submitted values could identify the child).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from careassure.accounts.models import User
from careassure.children.models import Child, ReturnYear
from careassure.children.selectors import children_visible_to
from careassure.validation.help import finding_help
from careassure.validation.models import ValidationRun
from careassure.validation.services import run_is_current
from ssda903.validation import Finding

SORTS = {"count": "Most errors first", "code": "Rule code"}


@dataclass(frozen=True)
class RuleRow:
    code: str
    message: str
    count: int


@dataclass
class ChildGroup:
    """One child's findings. `child` is None when the child is not in careassure (an upload)."""

    code: str | None
    child: Child | None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Grouped:
    groups: list[ChildGroup]
    hidden_findings: int
    hidden_children: int

    @property
    def shown_findings(self) -> list[Finding]:
        return [f for g in self.groups for f in g.findings]


@dataclass(frozen=True)
class ShownFinding:
    """A finding as a page shows it: with the fields paired to their values and help."""

    finding: Finding
    pairs: list[tuple[str, str | None]]
    help: str


def rule_summary(findings: Sequence[Finding], sort: str = "count") -> list[RuleRow]:
    """One row per rule broken, with how many findings it made; by count (then code) or code."""
    counts = Counter(f.rule for f in findings)
    messages = {f.rule: f.message for f in findings}
    rows = [RuleRow(code, messages[code], n) for code, n in counts.items()]
    by_code = sorted(rows, key=lambda r: _code_key(r.code))
    if sort == "code":
        return by_code
    return sorted(by_code, key=lambda r: -r.count)


def _code_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)


def findings_by_child(
    findings: Sequence[Finding], user: User, *, uploaded: bool = False
) -> Grouped:
    """Group findings by CHILD, naming only children `user` may see.

    Findings with no CHILD (about the return as a whole) come first and are shown to everyone who
    may see the page. With `uploaded` (files the reader sent themselves, so nothing in them is news
    to them) every finding is shown by its CHILD id, but only visible children are linked.
    """
    codes = {f.child for f in findings if f.child}
    visible = {c.code: c for c in children_visible_to(user).filter(code__in=codes)}
    groups: dict[str | None, ChildGroup] = {}
    hidden: Counter[str] = Counter()
    for f in findings:
        if not (uploaded or f.child is None or f.child in visible):
            hidden[f.child or ""] += 1
            continue
        group = groups.setdefault(f.child, ChildGroup(f.child, visible.get(f.child or "")))
        group.findings.append(f)
    ordered = sorted(groups.values(), key=lambda g: (g.code is not None, g.code or ""))
    return Grouped(ordered, sum(hidden.values()), len(hidden))


def shown(year: int, finding: Finding) -> ShownFinding:
    pairs = list(zip(finding.fields, finding.values, strict=False))
    text = finding_help(
        year=year,
        table=finding.table,
        line=finding.line,
        fields=finding.fields,
        values=finding.values,
        file=finding.file,
    )
    return ShownFinding(finding, pairs, text)


@dataclass(frozen=True)
class StoredYear:
    return_year: ReturnYear
    run: ValidationRun | None
    current: bool


def stored_years() -> list[StoredYear]:
    """Every stored return, newest first, with its latest validation run (if any)."""
    runs: dict[int, ValidationRun] = {}
    for each in ValidationRun.objects.defer("findings", "messages"):
        runs.setdefault(each.year, each)  # newest first, by the model's ordering
    out = []
    for ry in ReturnYear.objects.all():
        vrun = runs.get(ry.year)
        out.append(StoredYear(ry, vrun, vrun is not None and run_is_current(vrun)))
    return out
