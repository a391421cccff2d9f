"""The dashboard's stored values, tiles and drill-down, on the public fake return."""

from datetime import date

import pytest
from django.urls import reverse

from careassure.audit.models import AuditEvent
from careassure.children.models import Child
from careassure.dashboard.models import IndicatorTarget, IndicatorValue
from careassure.dashboard.selectors import Tile, tiles
from careassure.dashboard.services import indicator_target_set, indicator_values_refresh
from careassure.imports.services import return_import
from indicators import REGISTRY
from tests.careassure.fake_return import FAKE_2018_CSVS


@pytest.fixture
def computed(db):
    return_import(paths=FAKE_2018_CSVS, year=2018, actor=None)
    return indicator_values_refresh(actor=None)


def test_every_indicator_is_stored_for_every_month_of_the_year(computed):
    assert computed == len(REGISTRY) * 12
    months = list(
        IndicatorValue.objects.filter(indicator="cla_at_date").values_list("at", flat=True)
    )
    assert (months[0], months[-1]) == (date(2017, 4, 30), date(2018, 3, 31))
    assert AuditEvent.objects.filter(action="indicators_refresh").exists()


def test_stored_values_match_the_library(computed):
    import indicators
    from careassure.dashboard.selectors import indicator_context

    direct = indicators.evaluate_all(indicator_context(), date(2018, 3, 31))
    stored = IndicatorValue.objects.get(indicator="cla_at_date", at=date(2018, 3, 31))
    assert stored.value == direct["cla_at_date"].value
    assert stored.denominator_count == len(direct["cla_at_date"].denominator)


def _tile(polarity_id, latest, before, target=None, margin=5):
    ind = REGISTRY[polarity_id]
    mk = lambda v: IndicatorValue(indicator=ind.id, at=date(2018, 3, 31), value=v)  # noqa: E731
    t = IndicatorTarget(indicator=ind.id, target=target, amber_margin=margin) if target else None
    return Tile(ind, mk(latest), mk(before), t)


def test_direction_and_rag_follow_the_indicators_polarity():
    # Long-term stability: higher is better.
    assert _tile("long_term_stability", 70, 65).direction == "Better than a year ago"
    assert _tile("long_term_stability", 60, 65, target=68).rag == "red"
    assert _tile("long_term_stability", 64, 65, target=68).rag == "amber"
    assert _tile("long_term_stability", 70, 65, target=68).rag == "green"
    # 3+ placements: lower is better.
    assert _tile("placements_3_plus", 12, 10).direction == "Worse than a year ago"
    assert _tile("placements_3_plus", 9, 10, target=10).rag == "green"
    assert _tile("placements_3_plus", 16, 10, target=10).rag == "red"


def test_home_lists_every_indicator(client, computed, personas):
    client.force_login(personas.qa_officer)
    page = client.get(reverse("dashboard:home")).content.decode()
    for ind in REGISTRY.values():
        assert ind.title.replace("'", "&#x27;") in page


def test_drill_down_shows_only_children_the_user_may_see(client, computed, personas):
    # personas.child is not in the fake return; give the social worker's team one child from it.
    from careassure.dashboard.selectors import indicator_context

    counted = REGISTRY["cla_at_date"].at(indicator_context(), date(2018, 3, 31)).numerator
    code = Child.objects.get(code=counted[0])
    code.team = personas.child.team
    code.save()
    client.force_login(personas.social_worker)
    url = reverse("dashboard:indicator", kwargs={"indicator_id": "cla_at_date"})
    response = client.get(url + "?at=2018-03-31")
    assert response.status_code == 200
    drill = response.context["drill"]
    # A count: the children counted are the numerator.
    assert [c.pk for c in drill["numerator"]] == [code.pk]
    assert drill["hidden"] == len(drill["result"].numerator) - 1


def test_unknown_indicator_and_date_are_404(client, computed, personas):
    client.force_login(personas.qa_officer)
    assert client.get(reverse("dashboard:indicator", args=["nope"])).status_code == 404
    url = reverse("dashboard:indicator", args=["cla_at_date"])
    assert client.get(url + "?at=2001-01-31").status_code == 404
    assert client.get(url + "?at=banana").status_code == 404


def test_chart_is_a_png(client, computed, personas):
    client.force_login(personas.qa_officer)
    response = client.get(reverse("dashboard:chart", args=["cla_at_date"]))
    assert response["Content-Type"] == "image/png"
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_setting_a_target_is_audited_and_shown(db, personas):
    indicator_target_set(actor=personas.qa_officer, indicator="long_term_stability", target=70)
    assert IndicatorTarget.objects.get(indicator="long_term_stability").target == 70
    assert AuditEvent.objects.filter(action="indicator_target_set").count() == 1
    with pytest.raises(ValueError):
        indicator_target_set(actor=personas.qa_officer, indicator="nope", target=1)


def test_no_data_gives_an_empty_state(client, personas):
    client.force_login(personas.qa_officer)
    page = client.get(reverse("dashboard:home")).content.decode()
    assert "No indicators have been computed yet" in page
    assert tiles() == []
