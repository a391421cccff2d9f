"""The 903 upload form: several CSV files (or one XML file) and the collection year they are for."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from careassure.imports.models import ImportRun
from ssda903.tables import FIRST_YEAR, LAST_YEAR, year_label

ALLOWED_SUFFIXES = {".csv", ".xml"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files (Django's documented recipe)."""

    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple) and data:
            return [single(d, initial) for d in data]
        return [single(data, initial)]


def year_choices() -> list[tuple[str, str]]:
    years = range(LAST_YEAR, FIRST_YEAR - 1, -1)
    return [("", "Choose a year")] + [(str(y), year_label(y)) for y in years]


class ReturnUploadForm(forms.Form):
    year = forms.TypedChoiceField(
        label="Collection year",
        coerce=int,
        choices=year_choices,
        error_messages={
            "required": "Choose the collection year the files are for",
            "invalid_choice": "Choose a collection year from the list",
        },
    )
    uploads = MultipleFileField(
        label="903 files",
        error_messages={
            "required": "Choose the 903 files to import",
            "empty": "One of the files is empty",
        },
    )

    policy = forms.ChoiceField(
        label="If the return breaks DfE's validation rules",
        choices=ImportRun.RulePolicy.choices,
        initial=ImportRun.RulePolicy.WARN,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean_policy(self) -> str:
        # Not choosing keeps the default: import, and list the rule breaches as warnings.
        return self.cleaned_data.get("policy") or ImportRun.RulePolicy.WARN

    def clean_uploads(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["uploads"]
        for upload in files:
            name = upload.name or ""
            if PurePath(name).suffix.lower() not in ALLOWED_SUFFIXES:
                raise forms.ValidationError(
                    f"{name} is not a CSV or XML file: the 903 return is a set of CSV files "
                    "or one XML file"
                )
        total = sum(upload.size or 0 for upload in files)
        if total > settings.IMPORT_MAX_BYTES:
            limit = settings.IMPORT_MAX_BYTES // (1024 * 1024) or 1
            raise forms.ValidationError(f"The files must be smaller than {limit} MB in total")
        names = [PurePath(upload.name or "").name.lower() for upload in files]
        if len(set(names)) != len(names):
            raise forms.ValidationError("Two of the files have the same name: choose each once")
        return files
