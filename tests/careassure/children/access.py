"""Who may open the children's pages (docs/access.md): a hidden child is 404, like a missing one."""

from tests.careassure.test_access_matrix import PERSONAS, AccessCase


def status(default: int, **overrides: int) -> dict[str, int]:
    return {persona: overrides.get(persona, default) for persona in PERSONAS}


def cases(p):
    child = {"pk": p.child.pk}
    team = {"pk": p.child.team_id}
    no_records = {"councillor": 403}
    no_exports = {"councillor": 403, "inspector_granted": 403}
    no_exports |= {"inspector_no_grant": 403, "inspector_expired": 403}
    hidden = {"other_team_worker": 404, "councillor": 404}
    hidden |= {"inspector_no_grant": 404, "inspector_expired": 404}
    no_teams = {"councillor": 403, "inspector_granted": 403}
    no_teams |= {"inspector_no_grant": 403, "inspector_expired": 403}
    return [
        AccessCase("children:list", expect=status(200, **no_records)),
        AccessCase(
            "children:list", query="status=in-care&sort=age", expect=status(200, **no_records)
        ),
        AccessCase(
            "children:search", method="POST", data={"q": "x"}, expect=status(302, **no_records)
        ),
        AccessCase("children:export", kwargs={"fmt": "csv"}, expect=status(200, **no_exports)),
        AccessCase("children:export", kwargs={"fmt": "xlsx"}, expect=status(200, **no_exports)),
        AccessCase("children:detail", kwargs=child, expect=status(200, **hidden)),
        AccessCase("children:grant", kwargs=child, expect=status(403, administrator=200)),
        AccessCase("children:teams", expect=status(200, **no_teams)),
        AccessCase(
            "children:team_detail",
            kwargs=team,
            expect=status(200, other_team_worker=404, iro=404, **no_teams),
        ),
    ]
