"""The form for checking files against DfE's rules without importing them.

It is the import page's form (same file types, size limit and year list), worded for a check, with
a choice of seeing the errors on the page or downloading them all.
"""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.core.files.uploadedfile import UploadedFile

from careassure.imports.forms import MultipleFileField, ReturnUploadForm

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


class ProviderListForm(forms.Form):
    """Ofsted's provider lists: the children's homes list and/or the social care providers list."""

    lists = MultipleFileField(
        label="Ofsted provider lists",
        help_text=(
            "Ofsted's children's homes list and social care providers list, as Excel files "
            "(.xlsx). The files you upload replace the lists held now."
        ),
        error_messages={
            "required": "Choose Ofsted's provider lists to upload",
            "empty": "One of the files is empty",
        },
    )

    def clean_lists(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["lists"]
        for upload in files:
            if PurePath(upload.name or "").suffix.lower() != ".xlsx":
                raise forms.ValidationError(
                    f"{upload.name} is not an Excel (.xlsx) file: Ofsted publishes its lists as "
                    "Excel workbooks"
                )
        return files
