"""Case-file quality pages (docs/quality-checks.md, "In the product"): councillors see the themes
figures only; inspectors only the document pages of children granted to them; everyone else sees
the documents of the children they may see; QA officers, senior leaders and administrators run
the check of every document."""

from careassure.quality.services import case_document_save, scan_start
from tests.careassure.children.access import status
from tests.careassure.quality.texts import VAGUE_PLAN
from tests.careassure.test_access_matrix import AccessCase
from tests.factories import CaseDocumentFactory

INSPECTORS = {"inspector_granted": 403, "inspector_no_grant": 403, "inspector_expired": 403}
NO_LISTS = {"councillor": 403, **INSPECTORS}
SCANNERS = {"qa_officer": 200, "senior_leader": 200, "administrator": 200}


def cases(p):
    document = CaseDocumentFactory.build(child=p.child, text=VAGUE_PLAN, contingency="")
    case_document_save(document=document, actor=p.qa_officer)
    filters = "code=NO_CONTINGENCY&kind=care_plan"
    hidden = {"other_team_worker": 404, "inspector_no_grant": 404, "inspector_expired": 404}
    run = scan_start(actor=p.qa_officer)
    return [
        AccessCase("quality:themes", expect=status(200, **INSPECTORS)),
        AccessCase("quality:documents", expect=status(200, **NO_LISTS)),
        AccessCase("quality:documents", query=filters, expect=status(200, **NO_LISTS)),
        AccessCase("quality:documents_csv", query=filters, expect=status(200, **NO_LISTS)),
        AccessCase(
            "quality:document",
            kwargs={"pk": document.pk},
            expect=status(200, councillor=403, **hidden),
        ),
        AccessCase("quality:scan", method="POST", expect=status(403, **{k: 302 for k in SCANNERS})),
        AccessCase("quality:scan_status", kwargs={"pk": run.pk}, expect=status(403, **SCANNERS)),
    ]
