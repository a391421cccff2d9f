"""The form for checking files against DfE's rules without importing them.

It is the import page's form (same file types, size limit and year list), worded for a check, with
a choice of seeing the errors on the page or downloading them all.
"""

from __future__ import annotations

from django import forms

from careassure.imports.forms import ReturnUploadForm

OUTPUTS = [
    ("page", "Show them on this page"),
    ("xlsx", "Download them all as an Excel file"),
    ("csv", "Download them all as a CSV file"),
]


class CheckUploadForm(ReturnUploadForm):
    output = forms.ChoiceField(
        label="How do you want the errors?",
        choices=OUTPUTS,
        initial="page",
        required=False,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # A check imports nothing, so there is no import policy to choose.
        self.fields.pop("policy")
        self.fields["uploads"].error_messages["required"] = "Choose the 903 files to check"

    def clean_output(self) -> str:
        # Not choosing is the common case: show the errors on the page.
        return self.cleaned_data.get("output") or "page"
