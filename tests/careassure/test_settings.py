"""The settings helpers refuse bad values loudly, naming the variable."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from careassure.settings import env_bool, env_int, env_la_code


def test_la_code_accepts_an_ons_code_in_any_case_and_blank(monkeypatch):
    monkeypatch.setenv("X_LA", " e08000035 ")
    assert env_la_code("X_LA") == "E08000035"
    monkeypatch.setenv("X_LA", "")
    assert env_la_code("X_LA") == ""
    monkeypatch.delenv("X_LA")
    assert env_la_code("X_LA") == ""


@pytest.mark.parametrize("bad", ["Leeds", "E0800003", "E080000355", "Q08000035", "383"])
def test_la_code_refuses_anything_else_naming_the_variable(monkeypatch, bad):
    monkeypatch.setenv("X_LA", bad)
    with pytest.raises(ImproperlyConfigured, match=r"X_LA=.*ONS local-authority code"):
        env_la_code("X_LA")


def test_bool_and_int_refuse_bad_values(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG"):
        env_bool("X_FLAG", False)
    monkeypatch.setenv("X_N", "-3")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("X_N", 5)
