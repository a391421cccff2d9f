"""Every rule module is imported here so its rules register themselves.

Rules are grouped by code range so that a council's data officer can find a rule by its number:
one module per hundred (``r2xx.py`` holds 200–299), and a hundred that outgrew one small module
is split by tens into two, each named by its first and last tens: ``r10x_14x.py`` holds 100–149,
``r15x_19x.py`` 150–199, ``r30x_35x.py`` 300–359 and ``r36x_39x.py`` 360–399. Rules that read
reference data besides the return have their own modules (``rpostcode*.py``, ``rofsted.py``).
"""

from importlib import import_module
from pkgutil import iter_modules

for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
