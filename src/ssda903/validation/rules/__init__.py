"""Every rule module is imported here so its rules register themselves.

Rules are grouped by code range, one module per hundred (``r1xx.py`` holds 100–199), so each module
stays small and a council's data officer can find a rule by its number.
"""

from importlib import import_module
from pkgutil import iter_modules

for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
