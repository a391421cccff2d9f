"""SSDA903: the DfE children looked after return — code lists, readers, writers and validation.

Pure Python + Polars; never imports Django (docs/decisions/0001-layout.md).
"""

from ssda903.model import ReadError, Return
from ssda903.read import read_return

__all__ = ["ReadError", "Return", "read_return"]
