"""The 903 import pages: upload a return, watch it import, read what it found, see past imports.

Only QA and performance officers and administrators import. The import itself is
`imports.services.import_run_execute`; this module saves the uploads and starts it.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path, PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from careassure.accounts.models import Role, User
from careassure.core.http import AuthedRequest
from careassure.core.tasks import Task, register
from careassure.imports.forms import ReturnUploadForm
from careassure.imports.models import ImportRun
from careassure.imports.services import import_run_execute

log = logging.getLogger(__name__)

# Tests (and a deployment that prefers it) run the import in the request; otherwise in a thread so
# the page can show progress.
IMPORT_INLINE = getattr(settings, "IMPORT_INLINE", settings.TESTING)
IMPORTERS = {Role.QA_OFFICER, Role.ADMINISTRATOR}


def _require_importer(user: User) -> None:
    if not (user.role in IMPORTERS or user.is_superuser):
        raise PermissionDenied


def _save_uploads(run: ImportRun, uploads: list) -> list[Path]:
    folder = Path(settings.UPLOAD_DIR) / str(run.pk)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for upload in uploads:
        # Keep only the file's own name: a browser may send a path.
        path = folder / PurePath(upload.name).name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        paths.append(path)
    return paths


def run_import(run_id: int, paths: list[Path]) -> None:
    """Run the import, then remove the uploaded files: children's data does not linger on disk."""
    run = ImportRun.objects.get(pk=run_id)
    try:
        import_run_execute(run=run, paths=paths, refresh_derived=True)
    except Exception:
        log.exception("import %s stopped unexpectedly", run_id)
        ImportRun.objects.filter(pk=run_id).update(
            status=ImportRun.Status.FAILED,
            stage="Stopped",
            error="The import stopped unexpectedly. Nothing was imported. "
            "Tell your administrator: the server log has the details.",
            finished_at=timezone.now(),
        )
    finally:
        shutil.rmtree(Path(settings.UPLOAD_DIR) / str(run_id), ignore_errors=True)
        if not IMPORT_INLINE:
            connection.close()


@require_http_methods(["GET", "POST"])
def upload(request: AuthedRequest) -> HttpResponse:
    _require_importer(request.user)
    form = ReturnUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        uploads = form.cleaned_data["uploads"]
        run = ImportRun.objects.create(
            year=form.cleaned_data["year"],
            started_by=request.user,
            files=[PurePath(u.name).name for u in uploads],
            policy=form.cleaned_data["policy"],
        )
        paths = _save_uploads(run, uploads)
        ImportRun.objects.filter(pk=run.pk).update(upload_dir=str(paths[0].parent))
        if IMPORT_INLINE:
            run_import(run.pk, paths)
        else:
            threading.Thread(target=run_import, args=(run.pk, paths), daemon=True).start()
        return redirect("imports:detail", pk=run.pk)
    status = 400 if request.method == "POST" else 200
    max_mb = settings.IMPORT_MAX_BYTES // (1024 * 1024)
    context = {"nav": "imports", "form": form, "max_mb": max_mb}
    return render(request, "imports/upload.html", context, status=status)


@require_GET
def detail(request: AuthedRequest, pk: int) -> HttpResponse:
    _require_importer(request.user)
    run = get_object_or_404(ImportRun.objects.select_related("started_by"), pk=pk)
    context = {"nav": "imports", "run": run}
    if request.headers.get("HX-Request"):
        return render(request, "imports/_progress.htmx.html", context)
    return render(request, "imports/detail.html", context)


@require_GET
def run_list(request: AuthedRequest) -> HttpResponse:
    _require_importer(request.user)
    runs = ImportRun.objects.select_related("started_by")
    page = Paginator(runs, 25).get_page(request.GET.get("page"))
    return render(request, "imports/list.html", {"nav": "imports", "page": page, "query": ""})


@register
def import_task(user: User) -> list[Task]:
    if user.role not in IMPORTERS:
        return []
    from careassure.children.models import ReturnYear

    if ReturnYear.objects.exists():
        return []
    return [Task("Import your council's 903 return: none is loaded yet", reverse("imports:upload"))]
