"""Import and export of 903 returns. An import lands whole or not at all.

Policy (docs/imports.md): a file the reader cannot read — unknown header, wrong number of fields,
bad encoding, malformed XML — refuses the whole import with the file, line and field named. Values
that are readable but not valid for the collection year (a code not in that year's list, a date that
is not a date) are imported as submitted and listed on the import's result, never dropped or
silently accepted; the 903 validation rules then report them in context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import polars as pl
from django.db import transaction
from django.utils import timezone

import ssda903
from careassure.audit.services import audit_event_record
from careassure.children.models import ROW_MODELS, Child, ReturnYear
from careassure.children.services import child_summaries_refresh
from careassure.imports.models import ImportRun
from ssda903.tables import COLUMNS, FILE, LINE

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]
BATCH = 5000


class ImportRefused(Exception):
    """The return could not be imported; the message says why in plain English."""


def return_import(
    *,
    paths: Sequence[Path],
    year: int,
    actor: Any,
    progress: Progress | None = None,
    strict: bool = False,
    refresh_derived: bool = False,
    policy: str = ImportRun.RulePolicy.WARN,
) -> ImportRun:
    """Read and import a 903 return for `year`, replacing that year's. Atomic and audited."""
    run = ImportRun.objects.create(
        year=year, started_by=actor, files=[Path(p).name for p in paths], policy=policy
    )
    return import_run_execute(
        run=run,
        paths=paths,
        progress=progress,
        strict=strict,
        refresh_derived=refresh_derived,
    )


def import_run_execute(
    *,
    run: ImportRun,
    paths: Sequence[Path],
    progress: Progress | None = None,
    strict: bool = False,
    refresh_derived: bool = False,
) -> ImportRun:
    """Run a created import. With `refresh_derived`, what is derived from the returns is then
    rebuilt from the new data: the year's stored validation run and the dashboard's indicator
    values (outside the import's transaction: the import stands either way).
    """

    def report(stage: str, percent: int) -> None:
        ImportRun.objects.filter(pk=run.pk).update(stage=stage, progress=percent)
        if progress:
            progress(stage, percent)

    run.status = ImportRun.Status.RUNNING
    run.save(update_fields=["status"])
    try:
        report("Reading files", 5)
        ret = ssda903.read_return(list(paths), run.year)
        report("Checking codes and dates", 20)
        issues = [_issue_dict(i) for i in ssda903.code_issues(ret)]
        if strict and issues:
            first = issues[0].get("message") or issues[0]
            raise ImportRefused(
                f"{len(issues)} value(s) are not valid for the collection year, e.g. {first}"
            )
        if run.policy == ImportRun.RulePolicy.REFUSE:
            report("Checking DfE's validation rules", 22)
            _refuse_if_rules_broken(run, ret)
        counts = return_save(ret=ret, actor=run.started_by, files=run.files, report=report)
    except (ssda903.ReadError, ImportRefused) as exc:
        return _fail(run, str(exc))
    run.status = ImportRun.Status.SUCCEEDED
    run.row_counts = counts
    run.code_issues = issues
    run.stage = "Finished"
    run.progress = 100
    run.finished_at = timezone.now()
    run.save()
    if refresh_derived:
        # Derived from the new data, outside the import's transaction: the import stands either way.
        from careassure.dashboard.services import indicator_values_refresh
        from careassure.validation.services import validation_run_for_year

        report("Validating on DfE's rules", 100)
        validation_run_for_year(year=run.year, actor=run.started_by)
        report("Recomputing indicators", 100)
        indicator_values_refresh(actor=run.started_by)
        ImportRun.objects.filter(pk=run.pk).update(stage="Finished")
    return run


def _refuse_if_rules_broken(run: ImportRun, ret: ssda903.Return) -> None:
    # Imported here: the validation app reads stored returns through this module.
    from careassure.validation.services import previous_return, validation_gate

    ok, findings = validation_gate(ret=ret, previous=previous_return(run.year), policy=run.policy)
    if not ok:
        first = findings[0]
        raise ImportRefused(
            f"The return breaks DfE validation rules {len(findings)} time(s), e.g. rule "
            f"{first.rule}: {first.message} ({first.table} line {first.line}). Fix it, or import "
            "it with the rule breaches listed as warnings."
        )


def _fail(run: ImportRun, message: str) -> ImportRun:
    run.status = ImportRun.Status.FAILED
    run.error = message
    run.stage = "Refused"
    run.finished_at = timezone.now()
    run.save()
    log.info("import %s refused: %s", run.pk, message)
    return run


def _issue_dict(issue: Any) -> dict[str, Any]:
    return {k: v for k, v in vars(issue).items() if not k.startswith("_")}


@transaction.atomic
def return_save(
    *,
    ret: ssda903.Return,
    actor: Any,
    files: list[str],
    report: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Replace the year's stored return with `ret`, in one transaction, with one audit event."""
    report = report or (lambda stage, percent: None)
    header = ret.tables.get("Header")
    if header is None or header.height == 0:
        raise ImportRefused("The return has no Header table (header.csv), so it names no children.")
    ReturnYear.objects.filter(year=ret.year).delete()
    return_year = ReturnYear.objects.create(year=ret.year, imported_by=actor, source=files)
    child_ids = _ensure_children(ret)
    counts: dict[str, int] = {}
    tables = [t for t in COLUMNS if t in ret.tables]
    for n, table in enumerate(tables):
        counts[table] = _insert_rows(table, ret.tables[table], return_year, child_ids)
        report(f"Saving {table}", 25 + int(65 * (n + 1) / len(tables)))
    return_year.row_counts = counts
    return_year.save(update_fields=["row_counts"])
    report("Updating children's summaries", 92)
    child_summaries_refresh(child_ids=list(child_ids.values()))
    audit_event_record(
        actor=actor, action="import_903", detail={"year": ret.year, "files": files, "rows": counts}
    )
    return counts


def _ensure_children(ret: ssda903.Return) -> dict[str, int]:
    codes: set[str] = set()
    for frame in ret.tables.values():
        codes.update(c for c in frame.get_column("CHILD").unique().to_list() if c)
    existing = dict(Child.objects.filter(code__in=codes).values_list("code", "pk"))
    missing = sorted(codes - existing.keys())
    Child.objects.bulk_create([Child(code=c) for c in missing], batch_size=BATCH)
    if missing:
        existing.update(Child.objects.filter(code__in=missing).values_list("code", "pk"))
    return existing


def _insert_rows(
    table: str, frame: pl.DataFrame, return_year: ReturnYear, child_ids: dict[str, int]
) -> int:
    model = ROW_MODELS[table]
    columns = [c for c in COLUMNS[table] if c != "CHILD"]
    blank_child = frame.filter(pl.col("CHILD").is_null())
    if blank_child.height:
        line = blank_child.get_column(LINE)[0]
        raise ImportRefused(
            f"{table} line {line}: CHILD is empty, so the row cannot be linked to a child."
        )
    objs = []
    for row in frame.select(["CHILD", LINE, *columns]).iter_rows(named=True):
        fields = {c.lower(): row[c] for c in columns}
        objs.append(
            model(
                return_year=return_year, child_id=child_ids[row["CHILD"]], line=row[LINE], **fields
            )
        )
    model.objects.bulk_create(objs, batch_size=BATCH)
    return len(objs)


def return_frames(year: int) -> ssda903.Return:
    """The year's return as stored, in the ssda903 frame contract (for export and measures)."""
    return_year = ReturnYear.objects.get(year=year)
    tables: dict[str, pl.DataFrame] = {}
    for table, model in ROW_MODELS.items():
        columns = [c for c in COLUMNS[table] if c != "CHILD"]
        rows = model.objects.filter(return_year=return_year).order_by("line")
        values = rows.values_list("child__code", "line", *[c.lower() for c in columns])
        data = list(values)
        if not data and table not in return_year.row_counts:
            continue
        frame = pl.DataFrame(
            data,
            schema={"CHILD": pl.String, LINE: pl.Int64, **{c: pl.String for c in columns}},
            orient="row",
        )
        tables[table] = frame.select([*COLUMNS[table], LINE, pl.lit(f"{table}.csv").alias(FILE)])
    return ssda903.Return(year=year, tables=tables)


def return_export(*, year: int, outdir: Path, actor: Any, xml: bool = False) -> list[Path]:
    ret = return_frames(year)
    outdir.mkdir(parents=True, exist_ok=True)
    if xml:
        path = outdir / f"ssda903_{year}.xml"
        ssda903.write_xml(ret, path)
        written = [path]
    else:
        written = ssda903.write_csv(ret, outdir)
    audit_event_record(
        actor=actor,
        action="export_903",
        detail={
            "year": year,
            "files": [p.name for p in written],
            "format": "xml" if xml else "csv",
        },
    )
    return written
