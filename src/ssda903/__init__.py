"""SSDA903: the DfE children looked after return — code lists, readers, writers and validation.

Pure Python + Polars; never imports Django (docs/decisions/0001-layout.md).
"""

from ssda903.issues import CodeIssue, code_issues
from ssda903.model import ReadError, Return, WriteError
from ssda903.read import read_return
from ssda903.write import write_csv, write_xml

__all__ = [
    "CodeIssue",
    "ReadError",
    "Return",
    "WriteError",
    "code_issues",
    "read_return",
    "write_csv",
    "write_xml",
]
