"""Plain-English help on what to change for a finding.

DfE's rule message says what is wrong; the help says where to look and, where the 903 has a code
list or a date format for the field, what a valid value looks like. Code lists and their
year-by-year changes come from `ssda903.codes` (sources cited in `ssda903.codelists`), so the help
for 2024/25 lists SEX as M, F or U while 2022/23 lists 1 or 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ssda903.codes import describe, ordered_codes
from ssda903.tables import COLUMNS, DATE_COLUMNS, year_label

# Long lists (placement types, reasons) are summarised rather than printed in full.
MAX_CODES_LISTED = 8

# Fields DfE checks against reference data rather than a code list: say what they are read against.
# Wording follows the 903 guide on URN (/work/shared/domain/README.md §1, "URN").
REFERENCE_HELP = {
    "HOME_POST": (
        "Postcodes are looked up in the ONS postcode directory: give the full postcode, as in "
        "SW1A 1AA; the placement's distance from home and its local authority are worked out "
        "from HOME_POST and PL_POST."
    ),
    "PL_POST": (
        "Postcodes are looked up in the ONS postcode directory: give the full postcode, as in "
        "SW1A 1AA; the placement's distance from home and its local authority are worked out "
        "from HOME_POST and PL_POST."
    ),
    "URN": (
        "URN is Ofsted's unique reference number (SC999999 or seven digits), checked against "
        "Ofsted's provider lists on the reference data page; use XXXXXXX for a setting CQC or "
        "ISI inspects or a regional adoption agency, and leave it blank where no registration "
        "applies (e.g. P1)."
    ),
}


# A return repeats the same few bad values many times; exports of tens of thousands of rows reuse
# each sentence rather than rebuilding it.
@lru_cache(maxsize=4096)
def field_help(year: int, table: str, column: str, value: str | None) -> str:
    """One sentence on what `column` may hold, given the submitted `value`."""
    if column not in COLUMNS.get(table, ()):
        return ""
    if column in REFERENCE_HELP:
        shown = f"“{value}”" if value else "blank"
        return f"{column} is {shown}. {REFERENCE_HELP[column]}"
    if column in DATE_COLUMNS:
        shown = f"“{value}”" if value else "blank"
        return f"{column} is {shown}: dates are DD/MM/YYYY, for example 31/03/{year}."
    codes = ordered_codes(year, table, column)
    if not codes:
        # Identifiers, postcodes, URNs: the submitted value is shown beside the help already.
        return ""
    if value and value.upper() in codes:
        what = f"{column} is {value} ({describe(year, table, column, value.upper())})"
    elif value:
        what = f"{column} is “{value}”, which is not a {year_label(year)} code"
    else:
        what = f"{column} is blank"
    if len(codes) <= MAX_CODES_LISTED:
        listed = ", ".join(f"{c} ({describe(year, table, column, c)})" for c in codes)
        return f"{what}. Valid codes in {year_label(year)}: {listed}."
    return f"{what}. {year_label(year)} has {len(codes)} valid {column} codes (see the 903 guide)."


def finding_help(
    *,
    year: int,
    table: str,
    line: int,
    fields: Sequence[str],
    values: Sequence[str | None],
    file: str | None,
) -> str:
    """What to check and change, in a few sentences, for one finding."""
    where = f"{file or table} line {line}"
    if fields:
        named = ", ".join(fields)
        parts = [f"Check {named} in {where} against the child's record."]
    else:
        parts = [f"Check {where} against the child's record."]
    parts.extend(
        h for f, v in zip(fields, values, strict=False) if (h := field_help(year, table, f, v))
    )
    parts.append(
        "If the record is wrong, correct it in your case management system and export the "
        "return again; if it is right, note why for DfE when you submit."
    )
    return " ".join(parts)
