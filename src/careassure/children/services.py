"""Writes to children's records. Every write is atomic and leaves an audit event."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Field

from careassure.audit.services import audit_event_record
from careassure.children.models import Child, EpisodesRow, HeaderRow, OC3Row
from ssda903.tables import DATE_FORMAT

SUMMARY_FIELDS = [
    "dob",
    "sex",
    "ethnicity",
    "in_care",
    "care_leaver",
    "current_legal_status",
    "current_placement",
    "current_provider",
    "period_start",
    "last_ceased",
    "uasc",
]


def parse_903_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, DATE_FORMAT).date()
    except ValueError:
        return None


def child_summaries_refresh(*, child_ids: Iterable[int]) -> int:
    """Derive each child's summary (age, current legal status and placement…) from the 903 rows.

    The latest collection year wins: the most recent Header row gives the child's details, and the
    latest episode says whether the child is in care now.
    """
    ids = list(child_ids)
    headers = _latest_by_child(
        HeaderRow.objects.filter(child_id__in=ids).values(
            "child_id", "return_year__year", "line", "dob", "sex", "ethnic"
        )
    )
    episodes = _latest_by_child(
        EpisodesRow.objects.filter(child_id__in=ids).values(
            "child_id",
            "return_year__year",
            "line",
            "decom",
            "dec",
            "ls",
            "place",
            "place_provider",
            "rne",
        ),
        key=lambda r: (r["return_year__year"], parse_903_date(r["decom"]) or date.min, r["line"]),
    )
    starts = _period_starts(ids)
    leavers = set(OC3Row.objects.filter(child_id__in=ids).values_list("child_id", flat=True))
    uasc_ids = set(
        Child.objects.filter(pk__in=ids, r903_uasc__isnull=False).values_list("pk", flat=True)
    )
    children = list(Child.objects.filter(pk__in=ids))
    for child in children:
        head = headers.get(child.pk)
        if head:
            child.dob = parse_903_date(head["dob"])
            child.sex = head["sex"] or ""
            child.ethnicity = head["ethnic"] or ""
        episode = episodes.get(child.pk) or {}
        open_now = bool(episode) and not episode["dec"]
        current = episode if open_now else {}
        child.in_care = open_now
        child.current_legal_status = current.get("ls") or ""
        child.current_placement = current.get("place") or ""
        child.current_provider = current.get("place_provider") or ""
        child.last_ceased = None if open_now else parse_903_date(episode.get("dec"))
        child.period_start = starts.get(child.pk)
        child.care_leaver = not open_now and child.pk in leavers
        child.uasc = child.pk in uasc_ids
    _save_summaries(children)
    return len(children)


def _concrete_field(name: str) -> Field:
    field = Child._meta.get_field(name)
    assert isinstance(field, Field)
    return field


def _save_summaries(children: list[Child]) -> None:
    """One prepared UPDATE run for every child: `bulk_update` builds a CASE expression per row,
    which costs minutes for a council's 10,000 children; executemany costs seconds."""
    fields = [_concrete_field(name) for name in SUMMARY_FIELDS]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(str(f.column))} = %s" for f in fields)
    sql = f"UPDATE {quote(Child._meta.db_table)} SET {assignments} WHERE {quote('id')} = %s"  # noqa: S608 - names from the model, values bound
    params = [
        [f.get_db_prep_save(getattr(child, f.attname), connection) for f in fields] + [child.pk]
        for child in children
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _latest_by_child(rows: Iterable[dict[str, Any]], key: Any = None) -> dict[int, dict[str, Any]]:
    sort_key = key or (lambda r: (r["return_year__year"], r["line"]))
    latest: dict[int, dict[str, Any]] = {}
    for row in rows:
        current = latest.get(row["child_id"])
        if current is None or sort_key(row) >= sort_key(current):
            latest[row["child_id"]] = row
    return latest


def _period_starts(ids: list[int]) -> dict[int, date]:
    """The start of each child's latest period of care: the latest episode with RNE 'S'."""
    starts: dict[int, date] = {}
    rows = EpisodesRow.objects.filter(child_id__in=ids, rne="S").values_list("child_id", "decom")
    for child_id, decom in rows:
        when = parse_903_date(decom)
        if when and (child_id not in starts or when > starts[child_id]):
            starts[child_id] = when
    return starts


@transaction.atomic
def child_update_details(*, child: Child, actor: Any, **changes: Any) -> Child:
    """Change a child's council-held details (name, team, restriction), audited with old values."""
    allowed = {"given_name", "family_name", "team", "restricted"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)} here")
    before = {field: str(getattr(child, field)) for field in changes}
    for field, value in changes.items():
        setattr(child, field, value)
    child.save(update_fields=list(changes))
    audit_event_record(
        actor=actor,
        action="child_update",
        child=child,
        detail={"before": before, "after": {f: str(v) for f, v in changes.items()}},
    )
    return child
