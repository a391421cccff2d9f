"""On the home page of those who can run a scan: documents the checks have not read yet (after a
bulk load such as the demo data, which bypasses `case_document_save`)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from careassure.accounts.models import ALL_CHILDREN_ROLES
from careassure.children.models import CaseDocument
from careassure.core.tasks import Task, register


@register
def unchecked_documents(user: Any) -> list[Task]:
    if not getattr(user, "is_authenticated", False) or user.role not in ALL_CHILDREN_ROLES:
        return []
    count = CaseDocument.objects.filter(quality_check__isnull=True).count()
    if not count:
        return []
    plural = "document has" if count == 1 else "documents have"
    text = f"{count} case-file {plural} not been quality-checked: check every document"
    return [Task(text, reverse("quality:themes"))]
