"""Checking stored documents: one at a time when saved, and every document in a scan."""

from __future__ import annotations

import pytest
from django.utils import timezone

from careassure.audit.models import AuditEvent
from careassure.children.models import Action, CaseDocument
from careassure.core.tasks import tasks_for
from careassure.quality.models import DocumentCheck, DocumentFlag
from careassure.quality.services import (
    CHECKER_VERSION,
    case_document_save,
    checked_text,
    document_check,
    quality_scan_all,
)
from tests.careassure.quality.texts import GOOD_PLAN, VAGUE_PLAN, VOICE_AND_ACTIONS
from tests.factories import ActionFactory, CaseDocumentFactory, ChildFactory, UserFactory

pytestmark = pytest.mark.django_db


def codes(document: CaseDocument) -> list[tuple[str, int | None]]:
    return sorted((f.code, f.action_index) for f in DocumentFlag.objects.filter(document=document))


def test_vague_care_plan_is_flagged_for_contingency_voice_and_every_action():
    actor = UserFactory(role="qa_officer")
    doc = CaseDocumentFactory(text=VAGUE_PLAN, permanence="", contingency="")
    rows = document_check(document=doc, actor=actor)
    assert len(rows) == 8
    assert codes(doc) == sorted(
        [(code, i) for code in ("ACTION_NO_OWNER", "ACTION_NO_TIMESCALE") for i in (0, 1)]
        + [("ACTION_NOT_MEASURABLE", 0), ("ACTION_NOT_MEASURABLE", 1)]
        + [("NO_CHILD_VOICE", None), ("NO_CONTINGENCY", None)]
    )
    owner = DocumentFlag.objects.get(document=doc, code="ACTION_NO_OWNER", action_index=0)
    assert VAGUE_PLAN[owner.start : owner.end] == "Continue to support placement."
    assert owner.checker_version == CHECKER_VERSION
    check = DocumentCheck.objects.get(document=doc)
    assert check.flag_count == 8
    event = AuditEvent.objects.get(action="quality_check")
    assert event.child_pk == doc.child_id and event.actor == actor
    assert "NO_CONTINGENCY" in event.detail["flags"]


def test_good_care_plan_gets_no_flags_but_is_recorded_as_checked():
    doc = CaseDocumentFactory(text=GOOD_PLAN)
    assert document_check(document=doc, actor=None) == []
    assert DocumentCheck.objects.get(document=doc).flag_count == 0


def test_checking_again_replaces_the_flags():
    doc = CaseDocumentFactory(text=VAGUE_PLAN, contingency="")
    document_check(document=doc, actor=None)
    doc.text = GOOD_PLAN
    case_document_save(document=doc, actor=None)
    assert codes(doc) == []
    assert DocumentCheck.objects.filter(document=doc).count() == 1


def test_contingency_and_actions_held_in_their_own_fields_are_read():
    """The checker reads the contingency field and the Action rows as if they were in the text."""
    doc = CaseDocumentFactory.build(
        child=ChildFactory(),
        text=VOICE_AND_ACTIONS,
        contingency="If the placement ends, a kinship assessment of the aunt by 31 July 2026.",
    )
    vague = Action(text="Keep an eye on contact.", owner="")
    case_document_save(document=doc, actor=None, actions=[vague])
    assert codes(doc) == [
        ("ACTION_NOT_MEASURABLE", 1),
        ("ACTION_NO_OWNER", 1),
        ("ACTION_NO_TIMESCALE", 1),
    ]
    text = checked_text(doc)
    assert "Contingency: If the placement ends" in text
    flag = DocumentFlag.objects.filter(document=doc).first()
    assert text[flag.start : flag.end] == "Keep an eye on contact."
    assert list(doc.actions.values_list("index", flat=True)) == [0]


def test_actions_already_in_the_text_are_not_added_twice():
    doc = CaseDocumentFactory(text=VAGUE_PLAN, contingency="")
    ActionFactory(document=doc, text="Continue to support placement.")
    assert checked_text(doc).count("Continue to support placement.") == 1


def test_supervision_is_compared_with_the_previous_record():
    prev = "Actions:\n- SW to visit Sam weekly and record the visit by Friday 5 June 2026."
    doc = CaseDocumentFactory(kind="supervision", text=prev, previous_text=prev, contingency="")
    document_check(document=doc, actor=None)
    assert ("SUPERVISION_REPEATED_ACTIONS", 0) in codes(doc)


def test_scan_checks_every_document_with_one_audit_event():
    docs = [
        CaseDocumentFactory(text=VAGUE_PLAN, contingency=""),
        CaseDocumentFactory(text=GOOD_PLAN),
        CaseDocumentFactory(kind="oversight", text="Agreed.", contingency=""),
        CaseDocumentFactory(kind="review", text="Review held. Placement stable.", contingency=""),
    ]
    stale = DocumentFlag.objects.create(
        document=docs[1],
        code="NO_CONTINGENCY",
        evidence="x",
        explanation="x",
        checker_version="old",
        checked_at=timezone.now(),
    )
    seen: list[tuple[int, int]] = []
    count, flags = quality_scan_all(actor=None, progress=lambda d, t: seen.append((d, t)))
    assert count == 4 and seen[-1] == (4, 4)
    assert not DocumentFlag.objects.filter(pk=stale.pk).exists()
    assert codes(docs[1]) == []
    assert codes(docs[2]) == [("OVERSIGHT_NO_RATIONALE", None)]
    assert codes(docs[3]) == [("NO_CHILD_VOICE", None)]
    assert flags == DocumentFlag.objects.count() == 8 + 1 + 1
    assert DocumentCheck.objects.count() == 4
    assert AuditEvent.objects.filter(action="quality_check").count() == 0
    scan = AuditEvent.objects.get(action="quality_scan")
    assert scan.detail["documents"] == 4 and scan.detail["flags"] == 10


def test_scan_runs_in_batches(monkeypatch):
    monkeypatch.setattr("careassure.quality.services.BATCH", 2)
    for _ in range(5):
        CaseDocumentFactory(text=VAGUE_PLAN, contingency="")
    seen: list[int] = []
    quality_scan_all(actor=None, progress=lambda d, t: seen.append(d))
    assert seen == [2, 4, 5]
    assert DocumentFlag.objects.count() == 5 * 8


def test_home_page_task_counts_unchecked_documents_for_scanners():
    qa = UserFactory(role="qa_officer")
    sw = UserFactory(role="social_worker")
    CaseDocumentFactory.create_batch(2)
    checked = CaseDocumentFactory(text=GOOD_PLAN)
    document_check(document=checked, actor=None)
    texts = [t.text for t in tasks_for(qa)]
    assert "2 case-file documents have not been quality-checked: check every document" in texts
    assert not [t for t in tasks_for(sw) if "quality-checked" in t.text]
