"""Reading a child's record for its page: the summary, the people around the child, the chronology.

The chronology merges the 903 rows (episodes, reviews, missing episodes, social worker changes) with
the case file (visits, health assessments, plans, supervision and oversight records). A 903 episode
open at 31 March appears again in the next year's return, so rows are merged on what they say, not
on which year's return carried them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from careassure.children.codes import collection_year_of, describe, labelled
from careassure.children.models import (
    Allocation,
    CaseDocument,
    Child,
    EpisodesRow,
    HealthAssessment,
    MissingRow,
    ReturnYear,
    ReviewsRow,
    SWEpisodesRow,
    Visit,
)
from careassure.children.services import parse_903_date

PLACEMENT_MOVES = {"P", "T", "B", "U"}


@dataclass(frozen=True)
class Event:
    when: date
    category: str
    title: str
    detail: str = ""
    source: str = "careassure"


@dataclass
class Record:
    child: Child
    allocations: dict[str, Allocation]
    events: list[Event]
    counts: dict[str, int]
    latest_year: ReturnYear | None
    care_plan: CaseDocument | None
    empty_states: list[str] = field(default_factory=list)


# The categories the page reports on, in order, with the words its empty state uses.
CATEGORIES = {
    "episode": ("episode", "episodes"),
    "move": ("placement move", "placement moves"),
    "review": ("review", "reviews"),
    "missing": ("missing episode", "missing episodes"),
    "health": ("health assessment", "health assessments"),
    "visit": ("visit", "visits"),
    "plan": ("plan", "plans"),
    "supervision": ("supervision or oversight record", "supervision or oversight records"),
}
# Categories the 903 return also reports, so the empty state can say what the return held.
IN_903 = {"episode", "move", "review", "missing"}


def child_record(child: Child) -> Record:
    events = sorted(
        {
            *_episode_events(child),
            *_review_events(child),
            *_missing_events(child),
            *_social_worker_events(child),
            *_case_file_events(child),
        },
        key=lambda e: (e.when, e.category, e.title),
        reverse=True,
    )
    counts = {c: sum(1 for e in events if e.category == c) for c in CATEGORIES}
    latest_year = ReturnYear.objects.order_by("-year").first()
    return Record(
        child=child,
        allocations=_current_allocations(child),
        events=events,
        counts=counts,
        latest_year=latest_year,
        care_plan=_current_plan(child),
        empty_states=_empty_states(counts, latest_year),
    )


def _empty_states(counts: dict[str, int], latest_year: ReturnYear | None) -> list[str]:
    sentences = []
    for category, (_one, many) in CATEGORIES.items():
        # A placement move is an episode too: "no episodes" must not sit above a list of moves.
        held = counts[category] + (counts["move"] if category == "episode" else 0)
        if held:
            continue
        sentence = f"No {many} recorded in careassure."
        if category in IN_903:
            sentence += (
                f" The 903 return for {latest_year.label} lists none."
                if latest_year
                else " No 903 return has been imported yet."
            )
        sentences.append(sentence)
    return sentences


def _current_allocations(child: Child) -> dict[str, Allocation]:
    current = Allocation.objects.filter(child=child, end__isnull=True).select_related("worker")
    by_role: dict[str, Allocation] = {}
    for allocation in current.order_by("start"):
        by_role[allocation.role] = allocation
    return by_role


def _current_plan(child: Child) -> CaseDocument | None:
    kinds = [CaseDocument.Kind.CARE_PLAN, CaseDocument.Kind.PATHWAY_PLAN]
    plans = CaseDocument.objects.filter(child=child, kind__in=kinds).prefetch_related("actions")
    return plans.order_by("-date", "-id").first()


def _dated(rows: Iterable[dict], column: str) -> Iterable[tuple[date, dict]]:
    for row in rows:
        when = parse_903_date(row[column])
        if when is not None:
            yield when, row


def _episode_events(child: Child) -> set[Event]:
    rows = EpisodesRow.objects.filter(child=child).values(
        "decom", "rne", "ls", "place", "place_provider", "dec", "rec", "reason_place_change"
    )
    events: set[Event] = set()
    for when, row in _dated(rows, "decom"):
        # Describe each code by the code list in force when the episode started.
        year = collection_year_of(when)
        move = row["rne"] in PLACEMENT_MOVES
        title = "Placement move" if move else describe("RNE", row["rne"], year) or "Episode"
        parts = [
            ("Legal status", "LS", row["ls"]),
            ("placement", "PLACE", row["place"]),
            ("provider", "PLACE_PROVIDER", row["place_provider"]),
        ]
        detail = "; ".join(f"{name} {labelled(c, code, year)}" for name, c, code in parts if code)
        events.add(Event(when, "move" if move else "episode", title, detail, "903 return"))
        ended = parse_903_date(row["dec"])
        if ended and row["rec"] != "X1":
            reason = labelled("REC", row["rec"], collection_year_of(ended))
            events.add(Event(ended, "episode", "Left care", reason, "903 return"))
    return events


def _review_events(child: Child) -> set[Event]:
    rows = ReviewsRow.objects.filter(child=child).values("review", "review_code")
    return {
        Event(
            when,
            "review",
            "Review",
            labelled("REVIEW_CODE", row["review_code"], collection_year_of(when)),
            "903 return",
        )
        for when, row in _dated(rows, "review")
    }


def _missing_events(child: Child) -> set[Event]:
    rows = MissingRow.objects.filter(child=child).values("missing", "mis_start", "mis_end")
    events = set()
    for when, row in _dated(rows, "mis_start"):
        ended = parse_903_date(row["mis_end"])
        detail = f"Returned {ended:%d/%m/%Y}" if ended else "No return date recorded"
        title = describe("MISSING", row["missing"], collection_year_of(when)) or "Missing"
        events.add(Event(when, "missing", title, detail, "903 return"))
    return events


def _social_worker_events(child: Child) -> set[Event]:
    rows = SWEpisodesRow.objects.filter(child=child).values("sw_id", "sw_decom")
    return {
        Event(when, "allocation", "Social worker allocated", row["sw_id"] or "", "903 return")
        for when, row in _dated(rows, "sw_decom")
    }


def _case_file_events(child: Child) -> set[Event]:
    events: set[Event] = set()
    for visit in Visit.objects.filter(child=child).select_related("worker"):
        seen = "seen alone" if visit.seen_alone else "not seen alone"
        by = f"by {visit.worker.name}, " if visit.worker else ""
        events.add(Event(visit.date, "visit", "Visit", f"{by}{seen}"))
    for check in HealthAssessment.objects.filter(child=child):
        events.add(Event(check.date, "health", str(HealthAssessment.Kind(check.kind).label)))
    for doc in CaseDocument.objects.filter(child=child).select_related("author"):
        supervision = doc.kind in {CaseDocument.Kind.SUPERVISION, CaseDocument.Kind.OVERSIGHT}
        author = f"by {doc.author.name}" if doc.author else ""
        category = "supervision" if supervision else "plan"
        if doc.kind == CaseDocument.Kind.REVIEW:
            category = "review"
        events.add(Event(doc.date, category, str(CaseDocument.Kind(doc.kind).label), author))
    return events
