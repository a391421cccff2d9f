from tests.careassure.test_access_matrix import PERSONAS, AccessCase

INSPECTORS = {"inspector_granted", "inspector_no_grant", "inspector_expired"}
TARGET_SETTERS = {"qa_officer", "senior_leader", "administrator"}


def _staff(ok: int = 200) -> dict[str, int]:
    return {p: 403 if p in INSPECTORS else ok for p in PERSONAS}


def cases(p):
    return [
        AccessCase("dashboard:home", expect=_staff()),
        AccessCase("dashboard:indicator", kwargs={"indicator_id": "cla_at_date"}, expect=_staff()),
        AccessCase("dashboard:chart", kwargs={"indicator_id": "cla_at_date"}, expect=_staff()),
        AccessCase("dashboard:export", kwargs={"indicator_id": "cla_at_date"}, expect=_staff()),
        AccessCase(
            "dashboard:settings",
            expect={q: 200 if q in TARGET_SETTERS else 403 for q in PERSONAS},
        ),
    ]
