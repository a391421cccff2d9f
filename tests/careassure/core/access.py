from tests.careassure.test_access_matrix import PERSONAS, AccessCase

EVERYONE_200 = dict.fromkeys(PERSONAS, 200)


def cases(p):
    return [
        AccessCase("core:home", expect=EVERYONE_200),
        AccessCase("accounts:logout", method="POST", expect=dict.fromkeys(EVERYONE_200, 302)),
    ]
