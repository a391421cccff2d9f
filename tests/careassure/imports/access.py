"""Only QA and performance officers and administrators import 903 returns or see imports."""

from careassure.imports.models import ImportRun
from tests.careassure.children.access import status
from tests.careassure.test_access_matrix import AccessCase


def cases(p):
    run = ImportRun.objects.create(year=2025, started_by=p.qa_officer, status="succeeded")
    importers = {"qa_officer": 200, "administrator": 200}
    return [
        AccessCase("imports:list", expect=status(403, **importers)),
        AccessCase("imports:upload", expect=status(403, **importers)),
        AccessCase("imports:detail", kwargs={"pk": run.pk}, expect=status(403, **importers)),
    ]
