"""903 validation pages: everyone but councillors and inspectors; only QA officers, senior leaders
and administrators validate a year again (docs/validation.md, "In the product")."""

import ssda903
from careassure.imports.services import return_save
from tests.careassure.children.access import status
from tests.careassure.test_access_matrix import AccessCase
from tests.ssda903.validation.conftest import make_tables

NONE = {"councillor": 403, "inspector_granted": 403}
NONE |= {"inspector_no_grant": 403, "inspector_expired": 403}


def cases(p):
    tables = make_tables(Header=[{"CHILD": p.child.code, "SEX": "X", "DOB": "01/01/2015"}])
    return_save(ret=ssda903.Return(year=2025, tables=tables), actor=p.qa_officer, files=[])
    year = {"year": 2025}
    revalidators = {"qa_officer": 302, "senior_leader": 302, "administrator": 302}
    return [
        AccessCase("validation:index", expect=status(200, **NONE)),
        AccessCase("validation:check", expect=status(200, **NONE)),
        AccessCase("validation:year", kwargs=year, expect=status(200, **NONE)),
        AccessCase("validation:export", kwargs={**year, "fmt": "xlsx"}, expect=status(200, **NONE)),
        AccessCase("validation:export", kwargs={**year, "fmt": "csv"}, expect=status(200, **NONE)),
        AccessCase("validation:reference", expect=status(200, **NONE)),
        # An empty upload is refused as a form error by those who may upload; 403 for the rest.
        AccessCase(
            "validation:reference",
            method="POST",
            expect=status(403, **{k: 400 for k in revalidators}),
        ),
        AccessCase(
            "validation:revalidate",
            kwargs=year,
            method="POST",
            expect=status(403, **revalidators),
        ),
    ]
