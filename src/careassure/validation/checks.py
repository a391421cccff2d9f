"""A system check on the council's ONS code, run by `careassure check`, `migrate` and the server.

settings.py checks only the code's shape, because it runs on every start and in every test.
Whether the code is a *current English upper-tier council* needs the postcode directory (about a
second to read), so it is checked here, once, where Django stops the server on an Error: a retired
code (Cumbria, or Sheffield's old E08000019) would otherwise count every placement as out of area.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register()
def la_code_is_a_current_council(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    code = settings.LA_CODE
    if not code:
        return []
    from ssda903.reference.authorities import check_la_code

    try:
        check_la_code(code)
    except ValueError as reason:
        return [
            Error(
                f"CAREASSURE_LA_CODE: {reason}",
                hint="Set CAREASSURE_LA_CODE to the council's current ONS code, or unset it.",
                id="careassure.validation.E001",
            )
        ]
    except ModuleNotFoundError:
        # Without the directory the postcode rules do not run at all, and the pages say so.
        return []
    return []
