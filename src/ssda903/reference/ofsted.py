"""Ofsted's provider lists, as a council downloads them and uploads them to check a 903 return.

Rules 219, 221, 224, 227, 228, 229 and 1008 look the placement's URN up in Ofsted's registers of
children's social care providers. Ofsted publishes them as Excel workbooks in three shapes, all
read here into one frame:

- the children's homes list (CH): sheet ``Provider information`` (or, in older lists, sheets
  ``Settings and Inspection Info`` and ``Address Details``);
- the social care providers list (SCP): first sheet current providers, second sheet providers
  closed in the year (with ``Deregistration date``);
- the combined list (SCP and CH in one): sheet ``Providers``, and in later lists a second sheet
  ``SA Providers`` of supported accommodation providers (placement type K3).

One row per provider and list, columns `COLUMNS`: ``URN`` (upper case), ``provider_type``,
``place_codes`` and ``provider_codes`` (lists of the PLACE and PLACE_PROVIDER codes the provider
is registered for), ``postcode`` (upper case, no spaces), ``registered`` and ``closed`` (dates,
null where Ofsted gives none or ``-``), ``la_name`` (the LA named in the list), ``list`` (which
list) and ``_file`` (the file's name). Headers are matched ignoring case and surrounding space,
as Ofsted's own capitalisation varies between releases.

Read with openpyxl in read-only mode (see docs/decisions/0002-libraries.md). Pure Python and
Polars: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl

COLUMNS: dict[str, pl.DataType] = {
    "URN": pl.String(),
    "provider_type": pl.String(),
    "place_codes": pl.List(pl.String()),
    "provider_codes": pl.List(pl.String()),
    "postcode": pl.String(),
    "registered": pl.Date(),
    "closed": pl.Date(),
    "la_name": pl.String(),
    "list": pl.String(),
    "_file": pl.String(),
}

# Which header holds each field, per list shape: the first header present wins. None = optional.
Spec = dict[str, list[str | None]]
_CH: Spec = {
    "URN": ["urn"],
    "provider_type": ["provider type", None],
    # Ofsted's CH list calls the placement type "Provider Code" and the provider (PR0-PR5)
    # "Provider Placement Code".
    "place_codes": ["provider code"],
    "provider_codes": ["provider placement code"],
    "postcode": ["setting postcode", "setting address postcode"],
    "registered": ["registration date", None],
    "closed": ["closed date"],
    "la_name": ["local authority"],
}
_SCP_CURRENT: Spec = {
    "URN": ["urn"],
    "provider_type": ["provision type", "provider type", None],
    "place_codes": ["placement code"],
    "provider_codes": ["placement provider code"],
    "postcode": ["setting postcode", "setting address postcode"],
    "registered": ["registration date", None],
    "closed": ["deregistration date", None],
    "la_name": ["local authority"],
}
_SCP_CLOSED: Spec = {**_SCP_CURRENT, "closed": ["deregistration date"]}
_COMBINED: Spec = {
    "URN": ["urn"],
    "provider_type": ["provider type", None],
    "place_codes": ["placement code"],
    "provider_codes": ["placement provider code"],
    "postcode": ["setting address postcode", "provider postcode", "setting postcode"],
    "registered": ["registration date", None],
    "closed": ["deregistration date"],
    "la_name": ["local authority"],
}
# Supported accommodation: Ofsted registers it as one placement type, K3 (DfE's code since
# 2024/25); providers are private unless the list says otherwise.
_SUPPORTED: Spec = {
    "URN": ["urn"],
    "provider_type": ["provider type", None],
    "provider_codes": ["placement provider code", None],
    "postcode": ["setting address postcode", "setting postcode", "provider postcode"],
    "registered": ["registration date", None],
    "closed": ["closed date", "deregistration date"],
    "la_name": ["provider local authority", "local authority"],
}
SUPPORTED_PLACE = "K3"
SUPPORTED_PROVIDER = "PR4"

_NOT_OFSTED = (
    "is not one of Ofsted's provider lists: expected a sheet 'Provider information' (children's "
    "homes list), 'Providers' (combined list) or a first sheet with columns URN, 'Placement code' "
    "and 'Placement provider code' (social care providers list)"
)


def read_providers(paths: Sequence[Path]) -> pl.DataFrame:
    """Ofsted's lists in `paths` (any mix of CH, SCP and combined lists) as one frame.

    Raises ValueError naming the file and what is missing when a file is not in Ofsted's format.
    """
    frames = [_read_one(Path(p)) for p in paths]
    if not frames:
        return pl.DataFrame(schema=COLUMNS)
    return pl.concat(frames, how="vertical")


def _read_one(path: Path) -> pl.DataFrame:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, InvalidFileException, KeyError...
        raise ValueError(f"{path.name} is not an Excel workbook (.xlsx): {exc}") from exc
    try:
        sheets = {_key(ws.title): ws for ws in book.worksheets}
        name = path.name
        if "provider information" in sheets:
            return _frame(name, "Provider information", sheets["provider information"], _CH, "CH")
        if "settings and inspection info" in sheets and "address details" in sheets:
            return _ch_split(name, sheets)
        if "providers" in sheets:
            parts = [_frame(name, "Providers", sheets["providers"], _COMBINED, "SCP+CH")]
            if "sa providers" in sheets:
                parts.append(_frame(name, "SA Providers", sheets["sa providers"], _SUPPORTED, "SA"))
            return pl.concat(parts, how="vertical")
        worksheets = book.worksheets
        first = _rows(worksheets[0]) if worksheets else []
        headers = {_key(h) for h in (first[0] if first else [])}
        if {"urn", "placement code", "placement provider code"} <= headers:
            parts = [_frame(name, worksheets[0].title, worksheets[0], _SCP_CURRENT, "SCP", first)]
            if len(worksheets) > 1:
                parts.append(_frame(name, worksheets[1].title, worksheets[1], _SCP_CLOSED, "SCP"))
            return pl.concat(parts, how="vertical")
        raise ValueError(f"{name} {_NOT_OFSTED}")
    finally:
        book.close()


def _ch_split(name: str, sheets: dict[str, Any]) -> pl.DataFrame:
    # Older CH lists: the postcode is on its own sheet, joined on URN.
    without_postcode = {k: v for k, v in _CH.items() if k != "postcode"}
    settings = _frame(
        name,
        "Settings and Inspection Info",
        sheets["settings and inspection info"],
        {**without_postcode, "postcode": [None]},
        "CH",
    ).drop("postcode")
    rows = _rows(sheets["address details"])
    header, body = _header(name, "Address Details", rows)
    urn = _column(name, "Address Details", header, ["urn"])
    post = _column(name, "Address Details", header, _CH["postcode"])
    assert urn is not None and post is not None
    address = pl.DataFrame(
        {"URN": [_urn(r[urn]) for r in body], "postcode": [_postcode(r[post]) for r in body]},
        schema={"URN": pl.String(), "postcode": pl.String()},
    ).unique("URN", keep="first")
    return settings.join(address, on="URN", how="left").select(list(COLUMNS))


def _frame(
    name: str,
    sheet: str,
    ws: Any,
    spec: Spec,
    kind: str,
    rows: list[tuple[Any, ...]] | None = None,
) -> pl.DataFrame:
    rows = rows if rows is not None else _rows(ws)
    header, body = _header(name, sheet, rows)
    at = {field: _column(name, sheet, header, spec.get(field, [None])) for field in _FIELDS}

    def cells(field: str) -> list[Any]:
        i = at[field]
        return [r[i] if i is not None and i < len(r) else None for r in body]

    data = {
        "URN": [_urn(v) for v in cells("URN")],
        "provider_type": [_text(v) for v in cells("provider_type")],
        "place_codes": [_codes(v) for v in cells("place_codes")],
        "provider_codes": [_codes(v) for v in cells("provider_codes")],
        "postcode": [_postcode(v) for v in cells("postcode")],
        "registered": [_date(v) for v in cells("registered")],
        "closed": [_date(v) for v in cells("closed")],
        "la_name": [_text(v) for v in cells("la_name")],
    }
    if kind == "SA":
        data["place_codes"] = [[SUPPORTED_PLACE]] * len(body)
        if at["provider_codes"] is None:
            data["provider_codes"] = [[SUPPORTED_PROVIDER]] * len(body)
    frame = pl.DataFrame(data, schema={k: v for k, v in COLUMNS.items() if k in data})
    frame = frame.with_columns(pl.lit(kind).alias("list"), pl.lit(name).alias("_file"))
    # Blank rows at the foot of a sheet have no URN.
    return frame.filter(pl.col("URN").is_not_null()).select(list(COLUMNS))


_FIELDS = [c for c in COLUMNS if c not in ("list", "_file")]


def _rows(ws: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def _header(
    name: str, sheet: str, rows: list[tuple[Any, ...]]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    if not rows:
        raise ValueError(f"{name}: sheet '{sheet}' is empty (Ofsted's list has a header row)")
    return [_key(h) for h in rows[0]], rows[1:]


def _column(name: str, sheet: str, header: list[str], wanted: list[str | None]) -> int | None:
    for option in wanted:
        if option is None:
            return None
        if option in header:
            return header.index(option)
    shown = " or ".join(f"'{w}'" for w in wanted if w)
    raise ValueError(f"{name}: sheet '{sheet}' has no column {shown}, which Ofsted's list has")


def _key(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip().lower() if value is not None else ""


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text if text and text != "-" else None


def _urn(value: Any) -> str | None:
    # URNs may come as numbers (123456 or 123456.0 from a re-saved sheet); a URN is text.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _text(value)
    return text.upper() if text else None


def _postcode(value: Any) -> str | None:
    text = _text(value)
    return text.upper().replace(" ", "") if text else None


def _codes(value: Any) -> list[str]:
    # "U1,U2,U3", "RD1, RD2" or, in the CH list, "PR1/PR2".
    text = _text(value)
    if not text:
        return []
    return [c.strip().upper() for c in re.split(r"[,/]", text) if c.strip()]


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    # "na", "Not applicable": Ofsted gives no date.
    return None
