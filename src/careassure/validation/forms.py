"""The form for checking files against DfE's rules without importing them.

It is the import page's form (same file types, size limit and year list), worded for a check.
"""

from __future__ import annotations

from careassure.imports.forms import ReturnUploadForm


class CheckUploadForm(ReturnUploadForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["uploads"].error_messages["required"] = "Choose the 903 files to check"
