"""How DfE's 903 XML (root ``<EXPSSDA903>``) lays out the twelve CSV tables: the one mapping.

Structure, as in DfE's export and D2I's fake return (shared/peers/d2i-903-fake-data/fake_903.xml)::

    <EXPSSDA903>
      <CHILD>
        <HEADER>
          <CHILDID/> <UPN/> <SEX/> <DOB/> <ETHNIC/> <UASC/> [<DUC/>]
          [<IN_TOUCH/> <ACTIV/> <ACCOM/>]                 one OC3 record, held flat
          [<DATE_INT/> ... <LS_ADOPTR/>]                   one AD1 record, held flat
          <AMISSING>* <AREVIEW>* <MOTHER/> <MC_DOB/> <PERMANENCE>* <OC2>* <AD_PLACED>*
        </HEADER>
        <EPISODE>* <SWEPISODE>* <DOLO>*
      </CHILD>
    </EXPSSDA903>

Every table row carries CHILD (and most carry DOB): in XML those come from the child's HEADER.
Where SWEpisodes and DoLo sit in the XML is not in any source we hold (UNCONFIRMED; see
docs/ssda903.md): we write them as ``<SWEPISODE>``/``<DOLO>`` after the episodes and read them
there or inside HEADER. The tag names below are the one place to change if DfE's differ.
"""

from __future__ import annotations

from ssda903.tables import COLUMNS

ROOT = "EXPSSDA903"
CHILD = "CHILD"
HEADER = "HEADER"

# XML tag -> CSV column, where the names differ [D2I ingress.py; fake_903.xml].
TAG_TO_COLUMN = {"CHILDID": "CHILD", "PL": "PLACE"}
COLUMN_TO_TAG = {column: tag for tag, column in TAG_TO_COLUMN.items()}

# The Header table's fields, in the order DfE's export writes them inside <HEADER>.
HEADER_FIELDS_BEFORE = ("CHILD", "UPN", "SEX", "DOB", "ETHNIC")
HEADER_FIELDS_AFTER = ("MOTHER", "MC_DOB")

# <UASC> in HEADER is a flag: non-empty and not "0" means the child has a UASC record, as does
# a <DUC> element. We write "1" for UASC children and leave it empty otherwise, as DfE's
# export (fake_903.xml) does.
UASC_FLAG = "UASC"

# Tables held as fields directly inside <HEADER>, at most one record per child. A record exists
# when any of its elements is present (even empty).
FLAT_TABLES: dict[str, tuple[str, ...]] = {
    "UASC": ("DUC",),
    "OC3": ("IN_TOUCH", "ACTIV", "ACCOM"),
    "AD1": ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
}

# Tables held as repeating elements: table -> (element tag, parent the writer puts it in).
GROUP_TABLES: dict[str, tuple[str, str]] = {
    "Missing": ("AMISSING", HEADER),
    "Reviews": ("AREVIEW", HEADER),
    "PrevPerm": ("PERMANENCE", HEADER),
    "OC2": ("OC2", HEADER),
    "PlacedAdoption": ("AD_PLACED", HEADER),
    "Episodes": ("EPISODE", CHILD),
    "SWEpisodes": ("SWEPISODE", CHILD),  # UNCONFIRMED tag and place
    "DoLo": ("DOLO", CHILD),  # UNCONFIRMED tag and place
}
GROUP_BY_TAG = {tag: table for table, (tag, _) in GROUP_TABLES.items()}

# Element order inside <EPISODE> as DfE's export writes it (fake_903.xml); others follow COLUMNS.
_EPISODE_ORDER = (
    "DECOM", "RNE", "LS", "CIN", "PLACE", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER",
    "DEC", "REC", "REASON_PLACE_CHANGE",
)  # fmt: skip


def copied_from_header(table: str) -> tuple[str, ...]:
    """Columns a table's rows take from the child's HEADER rather than hold themselves."""
    shared = ("CHILD", "SEX", "DOB") if table == "UASC" else ("CHILD", "DOB")
    return tuple(c for c in shared if c in COLUMNS[table])


def own_fields(table: str) -> tuple[str, ...]:
    """The columns a table's XML record holds itself, in the order they are written."""
    if table == "Episodes":
        return _EPISODE_ORDER
    if table in FLAT_TABLES:
        return FLAT_TABLES[table]
    shared = copied_from_header(table)
    return tuple(c for c in COLUMNS[table] if c not in shared)


def tag_for(column: str) -> str:
    return COLUMN_TO_TAG.get(column, column)


def column_for(tag: str) -> str:
    return TAG_TO_COLUMN.get(tag, tag)
