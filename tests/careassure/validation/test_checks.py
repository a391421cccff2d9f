"""The system check that stops the server on a council code ONS no longer uses."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from careassure.validation.checks import la_code_is_a_current_council


def test_no_code_or_a_current_one_passes(settings):
    settings.LA_CODE = ""
    assert la_code_is_a_current_council() == []
    settings.LA_CODE = "E10000034"  # Worcestershire
    assert la_code_is_a_current_council() == []


def test_a_retired_code_is_an_error_naming_the_council(settings):
    settings.LA_CODE = "E10000006"  # Cumbria, split into two unitary councils in 2023
    [error] = la_code_is_a_current_council()
    assert error.id == "careassure.validation.E001"
    assert "E10000006" in error.msg and "no longer in use" in error.msg


def test_a_district_code_is_refused_with_its_county(settings):
    settings.LA_CODE = "E07000234"  # Bromsgrove, a district of Worcestershire
    [error] = la_code_is_a_current_council()
    assert "E10000034" in error.msg


def test_the_check_command_fails_on_it(settings):
    settings.LA_CODE = "E10000006"
    with pytest.raises(SystemCheckError, match=r"careassure\.validation\.E001"):
        call_command("check")
