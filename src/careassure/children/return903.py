"""The 903 return in the database: one model per DfE table, values kept exactly as submitted.

The models are built from `ssda903.tables.COLUMNS`, the single list of DfE tables and columns, so a
new column in a future collection year is added in one place. Values stay text (as submitted) so a
return exported from careassure is the return that was imported; typed views come from the `ssda903`
library when measures are computed.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from ssda903.tables import COLUMNS, year_label


class ReturnYear(models.Model):
    """One collection year's 903 return as last imported. Re-importing the year replaces it."""

    year = models.PositiveSmallIntegerField(
        unique=True, help_text="Collection end year: 2025 = 2024/25"
    )
    imported_at = models.DateTimeField(auto_now=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.JSONField(default=list, blank=True, help_text="File names imported")
    row_counts = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-year"]

    def __str__(self) -> str:
        return year_label(self.year)

    @property
    def label(self) -> str:
        return year_label(self.year)


def _row_model(table: str) -> Any:
    # Any: the models are built at import time, so type checkers cannot see their fields.
    attrs: dict[str, object] = {
        "__module__": __name__,
        "__doc__": f"A row of the 903 {table} table, as submitted.",
        "return_year": models.ForeignKey(
            ReturnYear, on_delete=models.CASCADE, related_name=f"{table.lower()}_rows"
        ),
        "child": models.ForeignKey(
            "children.Child", on_delete=models.CASCADE, related_name=f"r903_{table.lower()}"
        ),
        "line": models.PositiveIntegerField(help_text="Line in the submitted file (header = 1)"),
        "Meta": type(
            "Meta",
            (),
            {
                "ordering": ["return_year", "line"],
                "verbose_name": f"903 {table} row",
                "indexes": [models.Index(fields=["return_year", "line"])],
            },
        ),
    }
    for column in COLUMNS[table]:
        if column != "CHILD":
            attrs[column.lower()] = models.CharField(max_length=20, null=True, blank=True)
    return type(f"{table}Row", (models.Model,), attrs)


ROW_MODELS: dict[str, Any] = {table: _row_model(table) for table in COLUMNS}

HeaderRow = ROW_MODELS["Header"]
EpisodesRow = ROW_MODELS["Episodes"]
ReviewsRow = ROW_MODELS["Reviews"]
UASCRow = ROW_MODELS["UASC"]
OC2Row = ROW_MODELS["OC2"]
OC3Row = ROW_MODELS["OC3"]
AD1Row = ROW_MODELS["AD1"]
PlacedAdoptionRow = ROW_MODELS["PlacedAdoption"]
PrevPermRow = ROW_MODELS["PrevPerm"]
MissingRow = ROW_MODELS["Missing"]
SWEpisodesRow = ROW_MODELS["SWEpisodes"]
DoLoRow = ROW_MODELS["DoLo"]
