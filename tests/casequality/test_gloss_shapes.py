"""A name in brackets that glosses a place, a service or a thing is not the action's owner;
one that names the worker is (session 9, from reading owner errors across the labelled sets;
docs/quality-checks.md, "Known failure modes")."""

import pytest

from casequality import check


def _owned(text: str) -> bool:
    return ("ACTION_NO_OWNER", 0) not in {(f.code, f.action_index) for f in check("action", text)}


@pytest.mark.parametrize(
    "action",
    [
        "A referral to be made to the youth offer (Step Ahead) by 14/03/2025.",
        "Referral to be sent to CAMHS (Lowfield Wellbeing Service) by 30/01/2026.",
        "Viability assessment (PAMS) of mum to be completed by 28/02/2025.",
        "Refer dad to the recovery service (Pathways) this month.",
    ],
)
def test_a_bracketed_name_of_where_or_what_names_nobody(action):
    assert not _owned(action)


@pytest.mark.parametrize(
    "action",
    [
        "Kinship assessor (CW) to file the SGO report by 04/05/2025.",
        "Introduce Abdi to the imam, key worker (Yusuf Adan), by 14/02/2025.",
        "Match to be presented to panel on 13/02/2025 (Grace).",
        "Passport application to be sent by 30/04/2025 (SW).",
    ],
)
def test_a_bracketed_worker_still_owns_the_action(action):
    assert _owned(action)
