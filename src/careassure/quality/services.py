"""Running the case-file checks on stored documents and keeping their flags.

- `document_check`: one document, its flags replaced in one transaction, one audit event;
- `case_document_save`: how a document (and its actions) is saved or imported, checked at once;
- `quality_scan_all`: every document, in batches, with one audit event for the whole scan;
- `scan_start`: the same from the themes page, in a background thread with stored progress.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from importlib.resources import files
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

import casequality
from careassure.audit.services import audit_event_record
from careassure.children.models import Action, CaseDocument
from careassure.quality.models import DocumentCheck, DocumentFlag, ScanRun

log = logging.getLogger(__name__)
BATCH = 500
Progress = Callable[[int, int], None]


def _checker_version() -> str:
    """A short digest of the checker's code and word lists: the checker is still being tuned, so
    stored flags say exactly which rules produced them."""
    digest = hashlib.sha256()
    root = files("casequality")
    for folder in (root, root / "data"):
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".py", ".txt")):
                digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()[:12]


CHECKER_VERSION = _checker_version()


def _missing(part: str, text: str) -> bool:
    return bool(part.strip()) and part.strip() not in text


def checked_text(document: CaseDocument, actions: Sequence[Action] | None = None) -> str:
    """The text the checker reads: the document's text, then any permanence plan, contingency
    plan and actions held only in their own fields, under the headings the checker looks for
    ("Contingency:", "Actions:" with a numbered list; see casequality.segment)."""
    text = document.text
    if actions is None:
        actions = list(document.actions.all()) if document.pk else []
    parts = [text.rstrip()]
    if document.kind == CaseDocument.Kind.CARE_PLAN:
        if _missing(document.permanence, text):
            parts.append(f"Plan for permanence: {document.permanence.strip()}")
        if _missing(document.contingency, text):
            parts.append(f"Contingency: {document.contingency.strip()}")
    extra = [a for a in actions if _missing(a.text, text)]
    if extra:
        lines = "\n".join(f"{n}. {a.text.strip()}" for n, a in enumerate(extra, start=1))
        parts.append(f"Actions:\n{lines}")
    return "\n\n".join(p for p in parts if p) if len(parts) > 1 else text


def _flags_for(document: CaseDocument, actions: Sequence[Action] | None = None) -> list[Any]:
    previous = document.previous_text or None
    return casequality.check(document.kind, checked_text(document, actions), previous)


def _rows(document: CaseDocument, flags: Iterable[Any], at: Any) -> list[DocumentFlag]:
    return [
        DocumentFlag(
            document=document,
            code=f.code,
            action_index=f.action_index,
            evidence=f.evidence,
            start=f.start,
            end=f.end,
            explanation=f.explanation,
            checker_version=CHECKER_VERSION,
            checked_at=at,
        )
        for f in flags
    ]


def document_check(*, document: CaseDocument, actor: Any) -> list[DocumentFlag]:
    """Check one document and replace its flags; audited against the child."""
    flags = _flags_for(document)
    at = timezone.now()
    with transaction.atomic():
        DocumentFlag.objects.filter(document=document).delete()
        rows = DocumentFlag.objects.bulk_create(_rows(document, flags, at))
        DocumentCheck.objects.update_or_create(
            document=document,
            defaults={
                "checker_version": CHECKER_VERSION,
                "checked_at": at,
                "flag_count": len(rows),
            },
        )
        audit_event_record(
            actor=actor,
            action="quality_check",
            child=document.child,
            detail={"document": document.pk, "flags": sorted({r.code for r in rows})},
        )
    return rows


def case_document_save(
    *, document: CaseDocument, actor: Any, actions: Sequence[Action] | None = None
) -> CaseDocument:
    """Save (or import) a document and its actions, then check it, all in one transaction.

    `actions`, when given, replace the document's actions (indexes are renumbered from 0)."""
    with transaction.atomic():
        document.save()
        if actions is not None:
            document.actions.all().delete()
            for index, action in enumerate(actions):
                action.document = document
                action.index = index
            Action.objects.bulk_create(list(actions))
        document_check(document=document, actor=actor)
    return document


def _scan_batch(documents: list[CaseDocument]) -> int:
    at = timezone.now()
    rows: list[DocumentFlag] = []
    checks = []
    for doc in documents:
        found = _rows(doc, _flags_for(doc, list(doc.actions.all())), at)
        rows.extend(found)
        checks.append(
            DocumentCheck(
                document=doc, checker_version=CHECKER_VERSION, checked_at=at, flag_count=len(found)
            )
        )
    ids = [d.pk for d in documents]
    with transaction.atomic():
        DocumentFlag.objects.filter(document_id__in=ids).delete()
        DocumentCheck.objects.filter(document_id__in=ids).delete()
        DocumentFlag.objects.bulk_create(rows, batch_size=BATCH * 4)
        DocumentCheck.objects.bulk_create(checks, batch_size=BATCH)
    return len(rows)


def quality_scan_all(*, actor: Any, progress: Progress | None = None) -> tuple[int, int]:
    """Check every document; returns (documents, flags). One audit event for the whole scan,
    since the scan reads every record alike and per-document events would swamp the log."""
    total = CaseDocument.objects.count()
    done = flags = 0
    last_pk = 0
    while True:
        batch = list(
            CaseDocument.objects.filter(pk__gt=last_pk)
            .order_by("pk")
            .prefetch_related("actions")[:BATCH]
        )
        if not batch:
            break
        flags += _scan_batch(batch)
        done += len(batch)
        last_pk = batch[-1].pk
        if progress:
            progress(done, max(total, done))
    audit_event_record(
        actor=actor,
        action="quality_scan",
        detail={"documents": done, "flags": flags, "checker_version": CHECKER_VERSION},
    )
    return done, flags


def _scan_inline() -> bool:
    return bool(getattr(settings, "QUALITY_SCAN_INLINE", settings.TESTING))


def scan_execute(run_id: int) -> None:
    """Run a stored scan to the end, recording progress on its ScanRun row."""
    run = ScanRun.objects.select_related("started_by").get(pk=run_id)

    def progress(done: int, total: int) -> None:
        ScanRun.objects.filter(pk=run_id).update(done=done, total=total)

    try:
        done, flags = quality_scan_all(actor=run.started_by, progress=progress)
        ScanRun.objects.filter(pk=run_id).update(
            status=ScanRun.Status.DONE, done=done, flag_count=flags, finished_at=timezone.now()
        )
    except Exception:
        log.exception("quality scan %s stopped unexpectedly", run_id)
        ScanRun.objects.filter(pk=run_id).update(
            status=ScanRun.Status.FAILED,
            error="The check stopped unexpectedly. Tell your administrator: the server log has "
            "the details.",
            finished_at=timezone.now(),
        )
    finally:
        if not _scan_inline():
            connection.close()


def scan_start(*, actor: Any) -> ScanRun:
    """Start a scan unless one is already running (then return that one)."""
    # A run left "running" by a server restart would block scans for ever: give up after a day.
    recent = timezone.now() - timedelta(days=1)
    running = ScanRun.objects.filter(status=ScanRun.Status.RUNNING, started_at__gt=recent).first()
    if running:
        return running
    run = ScanRun.objects.create(started_by=actor, total=CaseDocument.objects.count())
    if _scan_inline():
        scan_execute(run.pk)
        run.refresh_from_db()
    else:
        threading.Thread(target=scan_execute, args=(run.pk,), daemon=True).start()
    return run
