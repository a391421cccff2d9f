from __future__ import annotations

import pytest

from careassure.inspections.founding import founding_register_load


@pytest.fixture
def founding(personas):
    """The fixture council's register: the three assessments of the founding report."""
    return founding_register_load(actor=personas.qa_officer)
