"""Running DfE's 903 validation rules on stored returns and on uploads, and the import gate.

The rules are `ssda903.validation.run` (pure, no Django); this module feeds it stored returns
(`imports.services.return_frames`) and uploaded files, keeps the results as `ValidationRun`s so
pages do not recompute, and gives the import flow `validation_run_for_year` and `validation_gate`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

import ssda903
from careassure.audit.services import audit_event_record
from careassure.children.models import ReturnYear
from careassure.imports.models import ImportRun
from careassure.imports.services import return_frames
from careassure.validation.models import ValidationRun
from careassure.validation.reference import reference_data
from ssda903.tables import year_label
from ssda903.validation import Finding, rules_for_year, run
from ssda903.validation.engine import Reference, published_years, rules_not_run

# What an import does with a return that breaks DfE's rules: the council chooses each time.
ImportPolicy = ImportRun.RulePolicy


def rules_available(year: int) -> bool:
    """DfE publishes validation rules for this collection year (data in ssda903.validation)."""
    return year in published_years()


def findings_for(
    year: int,
    tables: dict[str, Any],
    previous: dict[str, Any] | None = None,
    reference: Reference | None = None,
) -> list[Finding]:
    """Run the year's rules, or find nothing for a year DfE publishes no rules for.

    `reference` defaults to the council's own (`reference.reference_data`)."""
    if not rules_available(year):
        return []
    ref = reference if reference is not None else reference_data(tables, previous)
    return run(year, tables, previous=previous, reference=ref)


def not_run_for(year: int, reference: Reference) -> list[dict[str, Any]]:
    """The year's rules skipped for want of reference data, as stored on a run."""
    if not rules_available(year):
        return []
    return [{"rule": code, "needs": list(needs)} for code, needs in rules_not_run(year, reference)]


def finding_as_dict(finding: Finding) -> dict[str, Any]:
    """A finding as stored in a `ValidationRun` (the message is kept once per rule instead)."""
    return {
        "rule": finding.rule,
        "table": finding.table,
        "line": finding.line,
        "child": finding.child,
        "fields": list(finding.fields),
        "values": list(finding.values),
        "file": finding.file,
    }


def finding_from_dict(data: dict[str, Any], messages: dict[str, str]) -> Finding:
    return Finding(
        rule=data["rule"],
        table=data["table"],
        line=data["line"],
        child=data["child"],
        fields=tuple(data["fields"]),
        values=tuple(data["values"]),
        message=messages.get(data["rule"], ""),
        file=data.get("file"),
    )


def run_findings(vrun: ValidationRun) -> list[Finding]:
    messages: dict[str, str] = vrun.messages
    return [finding_from_dict(d, messages) for d in vrun.findings]


def previous_return(year: int) -> ssda903.Return | None:
    """The stored return for the year before `year`, which the year-on-year rules compare with."""
    if not ReturnYear.objects.filter(year=year - 1).exists():
        return None
    return return_frames(year - 1)


def _previous_tables(year: int) -> dict[str, Any] | None:
    previous = previous_return(year)
    return previous.tables if previous is not None else None


@transaction.atomic
def validation_run_for_year(*, year: int, actor: Any) -> ValidationRun:
    """Validate the stored return for `year` now (with last year's, when stored) and keep it.

    The import flow calls this after a successful import; the "Validate again" button too.
    Raises ReturnYear.DoesNotExist if no return is stored for the year.
    """
    tables = return_frames(year).tables
    previous = _previous_tables(year)
    reference = reference_data(tables, previous)
    findings = findings_for(year, tables, previous, reference)
    not_run = not_run_for(year, reference)
    vrun = ValidationRun.objects.create(
        year=year,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        with_previous=previous is not None,
        rules_available=rules_available(year),
        rule_count=len(rules_for_year(year)) - len(not_run) if rules_available(year) else 0,
        finding_count=len(findings),
        findings=[finding_as_dict(f) for f in findings],
        messages={f.rule: f.message for f in findings},
        not_run=not_run,
    )
    # Older runs of the year are superseded; keeping them would only keep children's data longer.
    ValidationRun.objects.filter(year=year).exclude(pk=vrun.pk).delete()
    audit_event_record(
        actor=actor,
        action="validate_903",
        detail={"year": year, "findings": len(findings), "with_previous": previous is not None},
    )
    return vrun


def latest_run(year: int) -> ValidationRun | None:
    return ValidationRun.objects.filter(year=year).first()


def run_is_current(vrun: ValidationRun) -> bool:
    """False when this year's or last year's stored return changed after the run."""
    imported = dict(
        ReturnYear.objects.filter(year__in=[vrun.year, vrun.year - 1]).values_list(
            "year", "imported_at"
        )
    )
    this_year = imported.get(vrun.year)
    if this_year is None or this_year > vrun.created_at:
        return False
    last_year = imported.get(vrun.year - 1)
    if (last_year is not None) != vrun.with_previous:
        return False
    return last_year is None or last_year <= vrun.created_at


def validation_run_current(*, year: int, actor: Any) -> ValidationRun:
    """The stored run for `year`, recomputed first if there is none or it is out of date."""
    vrun = latest_run(year)
    if vrun is not None and run_is_current(vrun):
        return vrun
    return validation_run_for_year(year=year, actor=actor)


def validation_gate(
    *,
    ret: ssda903.Return,
    previous: ssda903.Return | None,
    policy: str,
) -> tuple[bool, list[Finding]]:
    """May this return be imported under the council's chosen `policy`? And what does it break?

    REFUSE: ok only if no DfE rule is broken. WARN: always ok; the findings are the warnings.
    A year with no published rules has nothing to break, so it is ok under either policy.
    """
    if policy not in ImportPolicy.values:
        raise ValueError(f"unknown import policy {policy!r}: use one of {ImportPolicy.values}")
    previous_tables = previous.tables if previous is not None else None
    findings = findings_for(ret.year, ret.tables, previous_tables)
    ok = policy == ImportPolicy.WARN or not findings
    return ok, findings


@dataclass(frozen=True)
class UploadCheck:
    year: int
    files: list[str]
    findings: list[Finding]
    with_previous: bool
    rules_available: bool
    not_run: list[dict[str, Any]]

    @property
    def label(self) -> str:
        return year_label(self.year)


def upload_check(*, uploads: Sequence[UploadedFile], year: int, actor: Any) -> UploadCheck:
    """Validate uploaded files without importing them. Nothing is written to the 903 tables, and
    the files are deleted before this returns (they hold children's data).

    Last year's stored return, if any, feeds the year-on-year rules. Raises `ssda903.ReadError`
    (naming file, line and field) if a file cannot be read.
    """
    Path(settings.UPLOAD_DIR).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="check-", dir=settings.UPLOAD_DIR) as folder:
        paths = _save(uploads, Path(folder))
        ret = ssda903.read_return(paths, year)
    previous = _previous_tables(year)
    reference = reference_data(ret.tables, previous)
    findings = findings_for(year, ret.tables, previous, reference)
    names = [p.name for p in paths]
    audit_event_record(
        actor=actor,
        action="validate_903_upload",
        detail={"year": year, "files": names, "findings": len(findings)},
    )
    return UploadCheck(
        year=year,
        files=names,
        findings=findings,
        with_previous=previous is not None,
        rules_available=rules_available(year),
        not_run=not_run_for(year, reference),
    )


def _save(uploads: Iterable[UploadedFile], folder: Path) -> list[Path]:
    paths = []
    for upload in uploads:
        # Keep only the file's own name: a browser may send a path.
        path = folder / PurePath(upload.name or "upload").name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        paths.append(path)
    return paths
