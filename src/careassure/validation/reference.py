"""The reference data DfE's rules read besides the return, as this council has it.

- the council's ONS code, from the ``CAREASSURE_LA_CODE`` setting;
- the postcode directory, from the maintained package careassure depends on;
- Ofsted's provider lists, as the council last uploaded them (`ProviderList`).

What is missing is not invented: the engine skips the rules that need it and the pages list them
(`ssda903.validation.engine.rules_not_run`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any

import polars as pl
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from careassure.audit.services import audit_event_record
from careassure.validation.models import ProviderList
from ssda903.reference import postcodes
from ssda903.validation.engine import Reference

# What each kind of reference data is called on the pages.
NEED_LABELS = {
    "la_code": "the council's local-authority code (setting CAREASSURE_LA_CODE)",
    "postcodes": "the postcode directory",
    "providers": "Ofsted's provider lists (upload them on the reference data page)",
}

# Parsed provider lists, keyed by the stored set's ids and upload times: parsing a national
# register takes a moment and every validation run reads it.
_providers_cache: dict[tuple[Any, ...], pl.DataFrame] = {}


def reference_data(
    tables: Mapping[str, pl.DataFrame] | None = None,
    previous: Mapping[str, pl.DataFrame] | None = None,
) -> Reference:
    """What the rules need besides the return: the postcode directory for the postcodes in this
    return (and last year's, which the year-on-year rules read) — only their first letters are
    read, and each letter once per process."""
    return Reference(
        la_code=settings.LA_CODE or None,
        postcodes=_directory_for(tables, previous),
        providers=stored_providers(),
    )


def _directory_for(
    tables: Mapping[str, pl.DataFrame] | None, previous: Mapping[str, pl.DataFrame] | None
) -> pl.DataFrame | None:
    if tables is None:
        return None
    try:
        return postcodes.for_episodes(
            tables.get("Episodes"), previous.get("Episodes") if previous else None
        )
    except ModuleNotFoundError:
        # The directory is a declared dependency; an installation without it still validates,
        # and the pages list the postcode rules as not run rather than failing the import.
        return None


def stored_providers() -> pl.DataFrame | None:
    """The uploaded Ofsted lists as one frame, or None when none are uploaded."""
    lists = list(ProviderList.objects.order_by("pk"))
    if not lists:
        return None
    key = tuple((p.pk, p.uploaded_at) for p in lists)
    if key not in _providers_cache:
        _providers_cache.clear()
        _providers_cache[key] = _read([(p.name, bytes(p.content)) for p in lists])
    return _providers_cache[key]


def _read(contents: Sequence[tuple[str, bytes]]) -> pl.DataFrame:
    """Read named workbooks with the pure reader, which takes paths (its errors name the file)."""
    from ssda903.reference.ofsted import read_providers

    with tempfile.TemporaryDirectory(prefix="providers-") as folder:
        paths = []
        for name, content in contents:
            path = Path(folder) / PurePath(name).name
            path.write_bytes(content)
            paths.append(path)
        return read_providers(paths)


@transaction.atomic
def provider_lists_replace(*, uploads: Sequence[UploadedFile], actor: Any) -> int:
    """Replace the stored Ofsted lists with `uploads`, whole, after reading them.

    Raises ValueError (naming the file and what is wrong) if a file is not an Ofsted list; then
    nothing changes. Returns how many providers the new set holds.
    """
    contents = [(PurePath(u.name or "providers.xlsx").name, u.read()) for u in uploads]
    names = [name for name, _ in contents]
    if len(set(names)) != len(names):
        raise ValueError("Two of the files have the same name: upload each list once")
    frame = _read(contents)
    ProviderList.objects.all().delete()
    for name, content in contents:
        ProviderList.objects.create(
            name=name, content=content, providers=_count(frame, name), uploaded_by=actor
        )
    audit_event_record(
        actor=actor,
        action="upload_provider_lists",
        detail={"files": names, "providers": frame.height},
    )
    return frame.height


def _count(frame: pl.DataFrame, name: str) -> int:
    # The reader may say which file each provider came from; if not, count the set once.
    if "_file" in frame.columns:
        return frame.filter(pl.col("_file") == name).height
    return frame.height


def not_run_labels(not_run: Sequence[dict[str, Any]]) -> list[str]:
    """One sentence per kind of missing data, naming the rules that did not run for want of it."""
    by_need: dict[tuple[str, ...], list[str]] = {}
    for item in not_run:
        by_need.setdefault(tuple(item["needs"]), []).append(item["rule"])
    sentences = []
    for needs, rules in by_need.items():
        what = " and ".join(NEED_LABELS.get(n, n) for n in needs)
        if len(rules) == 1:
            sentences.append(f"Rule {rules[0]} needs {what}.")
        else:
            sentences.append(f"Rules {', '.join(rules)} need {what}.")
    return sentences
