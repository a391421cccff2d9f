"""Every registered indicator is documented, sourced and has a hand-worked test."""

import importlib
import pkgutil
from pathlib import Path

import pytest

import tests.indicators
from indicators import REGISTRY, TOPICS, Polarity, Unit, by_topic
from indicators.catalogue import markdown
from tests.indicators.builders import WORKED

DOCS = Path(__file__).parents[2] / "docs" / "indicators.md"


def _load_all_test_modules() -> None:
    for module in pkgutil.iter_modules(tests.indicators.__path__):
        if module.name.startswith("test_"):
            importlib.import_module(f"tests.indicators.{module.name}")


@pytest.mark.parametrize("indicator", REGISTRY.values(), ids=list(REGISTRY))
def test_indicator_is_defined_and_sourced(indicator):
    for text in (
        indicator.title,
        indicator.definition,
        indicator.numerator,
        indicator.denominator,
        indicator.source,
    ):
        assert len(text.strip()) > 5
    assert isinstance(indicator.unit, Unit) and isinstance(indicator.polarity, Polarity)
    if indicator.national is not None:
        assert indicator.national.source and indicator.national.period


def test_every_indicator_has_a_hand_worked_test():
    _load_all_test_modules()
    assert sorted(set(REGISTRY) - WORKED) == []
    assert sorted(WORKED - set(REGISTRY)) == []


def test_every_indicator_is_in_the_documentation():
    text = DOCS.read_text(encoding="utf-8")
    assert [i for i in REGISTRY if f"`{i}`" not in text] == []
    # The catalogue in the docs must not drift from the code (regenerate it with
    # indicators.catalogue.markdown()).
    assert markdown() in text


def test_every_indicator_belongs_to_a_known_topic():
    grouped = by_topic()
    assert list(grouped) == list(TOPICS)
    assert sum(len(group) for group in grouped.values()) == len(REGISTRY)
    assert all(grouped.values())  # no empty topic
