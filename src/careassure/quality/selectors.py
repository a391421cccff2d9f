"""What the quality pages read: shares of documents flagged (by team and quarter), the drill-down
list of documents, and a child's flags. Every read is limited to the children the reader may see
(`children_visible_to`); councillors, who see no child's record, get council-wide aggregates."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.http import Http404

from careassure.accounts.models import Role, User
from careassure.children.models import CaseDocument, Child, Team
from careassure.children.selectors import children_visible_to
from careassure.quality.models import DocumentFlag
from casequality import APPLICABLE, CODES

# How each flag reads in a sentence: "38% of care plans have no contingency plan".
PHRASES: dict[str, str] = {
    "ACTION_NO_OWNER": "have an action with nobody named to do it",
    "ACTION_NO_TIMESCALE": "have an action with no date or timescale",
    "ACTION_NOT_MEASURABLE": "have an action with no measurable outcome",
    "NO_CONTINGENCY": "have no contingency plan",
    "NO_CHILD_VOICE": "do not record the child's own words or wishes",
    "OVERSIGHT_NO_RATIONALE": "record no reason for the decision",
    "SUPERVISION_REPEATED_ACTIONS": "repeat actions from the last supervision",
}
TITLES: dict[str, str] = {
    "ACTION_NO_OWNER": "Action with no owner",
    "ACTION_NO_TIMESCALE": "Action with no timescale",
    "ACTION_NOT_MEASURABLE": "Action not measurable",
    "NO_CONTINGENCY": "No contingency plan",
    "NO_CHILD_VOICE": "No child's voice",
    "OVERSIGHT_NO_RATIONALE": "Oversight with no rationale",
    "SUPERVISION_REPEATED_ACTIONS": "Supervision repeats actions",
}
KIND_LABELS = dict(CaseDocument.Kind.choices)
KIND_PLURALS: dict[str, str] = {
    "care_plan": "care plans",
    "pathway_plan": "pathway plans",
    "pep": "personal education plans",
    "review": "review records",
    "oversight": "management oversight entries",
    "supervision": "supervision records",
}
# The stored kinds each flag applies to (the checker's table, limited to kinds the model holds).
RELEVANT_KINDS: dict[str, tuple[str, ...]] = {
    code: tuple(k for k in CaseDocument.Kind.values if code in APPLICABLE[k]) for code in CODES
}
QUARTERS_SHOWN = 8


def aggregate_children(user: User) -> QuerySet[Child]:
    """Whose documents the themes figures count. Councillors see council-wide aggregates (no
    child is ever named to them); everyone else, their visible children."""
    if user.role == Role.COUNCILLOR:
        return Child.objects.all()
    return children_visible_to(user)


def quarter_key(year: int, quarter: int) -> str:
    return f"{year}-Q{quarter}"


def quarter_label(key: str) -> str:
    year, q = key.split("-Q")
    months = {"1": "Jan to Mar", "2": "Apr to Jun", "3": "Jul to Sep", "4": "Oct to Dec"}
    return f"{months[q]} {year}"


def quarter_range(key: str) -> tuple[date, date] | None:
    """First and last day of a quarter key such as '2026-Q1'; None if the key is not one."""
    try:
        year_s, q_s = key.split("-Q")
        year, q = int(year_s), int(q_s)
    except ValueError:
        return None
    if not 1 <= q <= 4 or not 1900 <= year <= 2999:
        return None
    first = date(year, 3 * q - 2, 1)
    last = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


@dataclass(frozen=True)
class Share:
    code: str
    checked: int
    flagged: int
    query: str  # the drill-down filters for this figure

    @property
    def percent(self) -> int | None:
        return round(100 * self.flagged / self.checked) if self.checked else None


# Counts are also kept summed over every team and every quarter (under ALL), so each figure on
# the page is a handful of look-ups however many teams and quarters a council has.
ALL = "*"
TeamKey = int | str | None  # a team's id, None for children with no team, or ALL
Cell = tuple[TeamKey, str, str]  # (team, kind, quarter)


def _add(counts: Counter[tuple[str, TeamKey, str, str]], code: str, cell: Cell, n: int) -> None:
    team, kind, quarter = cell
    for t in (team, ALL):
        for q in (quarter, ALL):
            counts[(code, t, kind, q)] += n


def _counts(docs: QuerySet[CaseDocument]) -> Counter[tuple[str, TeamKey, str, str]]:
    """Checked documents under code "" and flagged documents under each flag's code. A document
    counts once per code: a plan with three ownerless actions is one document flagged."""
    counts: Counter[tuple[str, TeamKey, str, str]] = Counter()
    checked = (
        docs.annotate(y=ExtractYear("date"), q=ExtractQuarter("date"))
        .values("child__team_id", "kind", "y", "q")
        .annotate(n=Count("id"))
    )
    for row in checked:
        cell = (row["child__team_id"], row["kind"], quarter_key(row["y"], row["q"]))
        _add(counts, "", cell, row["n"])
    flagged = (
        DocumentFlag.objects.filter(document__in=docs)
        .annotate(y=ExtractYear("document__date"), q=ExtractQuarter("document__date"))
        .values("code", "document__child__team_id", "document__kind", "y", "q")
        .annotate(n=Count("document", distinct=True))
    )
    for flag in flagged:
        quarter = quarter_key(flag["y"], flag["q"])
        cell = (flag["document__child__team_id"], flag["document__kind"], quarter)
        _add(counts, flag["code"], cell, flag["n"])
    return counts


class Themes:
    """Counts of checked and flagged documents by (team, kind, quarter)."""

    def __init__(self, children: QuerySet[Child], *, kind: str = "") -> None:
        docs = CaseDocument.objects.filter(child__in=children, quality_check__isnull=False)
        if kind:
            docs = docs.filter(kind=kind)
        self.kind = kind
        self.counts = _counts(docs)

    def codes(self) -> list[str]:
        return [c for c in CODES if self._kinds(c)]

    def _kinds(self, code: str) -> tuple[str, ...]:
        kinds = RELEVANT_KINDS[code]
        return tuple(k for k in kinds if k == self.kind) if self.kind else kinds

    def share(self, code: str, *, team: int | None = None, quarter: str = "") -> Share:
        t = ALL if team is None else team
        q = quarter or ALL
        kinds = self._kinds(code)
        checked = sum(self.counts[("", t, k, q)] for k in kinds)
        flagged = sum(self.counts[(code, t, k, q)] for k in kinds)
        filters = {"code": code, "team": team or "", "kind": self.kind, "quarter": quarter}
        return Share(code, checked, flagged, urlencode({k: v for k, v in filters.items() if v}))

    def teams(self) -> list[Team]:
        ids = {t for c, t, _k, _q in self.counts if c == "" and isinstance(t, int)}
        return list(Team.objects.filter(pk__in=ids))

    def quarters(self) -> list[str]:
        keys = {q for c, _t, _k, q in self.counts if c == "" and q != ALL}
        return sorted(keys, key=lambda k: (int(k[:-3]), k[-1]))[-QUARTERS_SHOWN:]

    @property
    def document_count(self) -> int:
        return sum(n for (c, t, _k, q), n in self.counts.items() if c == "" and t == q == ALL)


@dataclass(frozen=True)
class DocumentFilters:
    code: str = ""
    team: int | None = None
    kind: str = ""
    quarter: str = ""

    @classmethod
    def from_query(cls, params: dict[str, str]) -> DocumentFilters:
        """Unknown values are dropped rather than trusted (they come from the address bar)."""
        code = params.get("code", "")
        kind = params.get("kind", "")
        team = params.get("team", "")
        quarter = params.get("quarter", "")
        return cls(
            code=code if code in CODES else "",
            team=int(team) if team.isdigit() else None,
            kind=kind if kind in KIND_LABELS else "",
            quarter=quarter if quarter_range(quarter) else "",
        )

    def query(self) -> str:
        pairs = {"code": self.code, "team": self.team or "", "kind": self.kind}
        pairs["quarter"] = self.quarter
        return urlencode({k: v for k, v in pairs.items() if v})


def documents_flagged(user: User, filters: DocumentFilters) -> QuerySet[CaseDocument]:
    """Checked documents of the children `user` may see, narrowed by `filters`; with a code,
    only documents of the kinds that flag applies to and that carry it."""
    docs = CaseDocument.objects.filter(
        child__in=children_visible_to(user), quality_check__isnull=False
    )
    if filters.code:
        docs = docs.filter(kind__in=RELEVANT_KINDS[filters.code])
        docs = docs.filter(pk__in=DocumentFlag.objects.filter(code=filters.code).values("document"))
    if filters.team:
        docs = docs.filter(child__team_id=filters.team)
    if filters.kind:
        docs = docs.filter(kind=filters.kind)
    span = quarter_range(filters.quarter) if filters.quarter else None
    if span:
        docs = docs.filter(date__range=span)
    return (
        docs.select_related("child", "child__team", "author", "quality_check")
        .annotate(flags=Count("quality_flags"))
        .order_by("-date", "-id")
    )


def document_for_user(user: User, pk: int) -> CaseDocument:
    """A document of a child `user` may see; otherwise the same 404 as a missing one."""
    try:
        return CaseDocument.objects.select_related("child", "author").get(
            pk=pk, child__in=children_visible_to(user)
        )
    except CaseDocument.DoesNotExist:
        raise Http404("No such document") from None


def flags_for_child(child: Child) -> list[tuple[CaseDocument, list[DocumentFlag]]]:
    """The child's documents that carry flags, newest first, each with its flags. The caller
    has already decided the reader may see this child (the child record page)."""
    flags = DocumentFlag.objects.filter(document__child=child).select_related("document")
    by_doc: dict[int, tuple[CaseDocument, list[DocumentFlag]]] = {}
    for flag in flags.order_by("-document__date", "-document_id", "start", "id"):
        by_doc.setdefault(flag.document_id, (flag.document, []))[1].append(flag)
    return list(by_doc.values())
