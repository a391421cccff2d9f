import pytest
from django.http import Http404

from careassure.children.selectors import child_for_user, children_visible_to

SEES_CHILD = {
    "social_worker": True,
    "team_manager": True,
    "other_team_worker": False,
    "iro": True,
    "qa_officer": True,
    "senior_leader": True,
    "councillor": False,
    "administrator": True,
    "inspector_granted": True,
    "inspector_no_grant": False,
    "inspector_expired": False,
}


def test_each_persona_sees_the_child_exactly_as_the_rules_say(personas):
    users = personas.all()
    assert set(users) == set(SEES_CHILD), "every persona needs an expected answer"
    for name, user in users.items():
        visible = children_visible_to(user).filter(pk=personas.child.pk).exists()
        assert visible is SEES_CHILD[name], name


def test_a_restricted_record_is_hidden_from_everyone_not_named_on_it(personas):
    child = personas.child
    child.restricted = True
    child.save()
    child.named_users.add(personas.social_worker)
    for name, user in personas.all().items():
        visible = children_visible_to(user).filter(pk=child.pk).exists()
        assert visible is (name == "social_worker"), name


def test_a_hidden_child_is_the_same_404_as_a_missing_one(personas):
    with pytest.raises(Http404) as hidden:
        child_for_user(personas.other_team_worker, personas.child.pk)
    with pytest.raises(Http404) as missing:
        child_for_user(personas.qa_officer, 999_999)
    assert str(hidden.value) == str(missing.value)
