from tests.careassure.test_access_matrix import AccessCase

EVERYONE_200 = dict.fromkeys(
    [
        "social_worker",
        "team_manager",
        "other_team_worker",
        "iro",
        "qa_officer",
        "senior_leader",
        "councillor",
        "administrator",
        "inspector_granted",
        "inspector_no_grant",
        "inspector_expired",
    ],
    200,
)


def cases(p):
    return [
        AccessCase("core:home", expect=EVERYONE_200),
        AccessCase("accounts:logout", method="POST", expect=dict.fromkeys(EVERYONE_200, 302)),
    ]
