"""Plain-English descriptions of 903 codes for the case record pages.

`ssda903.codes.describe(year, table, column, code)` is the source of truth when it is present. Until
it is, the few code lists the record pages show are copied here from the DfE SSDA903 guidance as
summarised in shared/domain/README.md (RNE, LS, PLACE, PLACE_PROVIDER, REC, REVIEW_CODE, MISSING,
REASON_PLACE_CHANGE), so a worker never reads a bare "U6".
"""

from __future__ import annotations

from collections.abc import Callable

_describe: Callable[[int, str, str, str], str | None] | None
try:  # pragma: no cover - depends on the ssda903 code lists landing
    from ssda903.codes import describe as _describe
except ImportError:  # pragma: no cover
    _describe = None

FALLBACK: dict[str, dict[str, str]] = {
    "RNE": {
        "S": "Started to be looked after",
        "L": "Change of legal status only",
        "P": "Change of placement and carer(s)",
        "T": "Change of placement, same carer(s)",
        "B": "Change of legal status and placement and carer(s)",
        "U": "Change of legal status and placement, same carer(s)",
    },
    "LS": {
        "C1": "Interim care order",
        "C2": "Full care order",
        "D1": "Freeing order granted",
        "E1": "Placement order granted",
        "V2": "Single period of accommodation under section 20",
        "V3": "Short-term breaks, individual episodes",
        "V4": "Short-term breaks, agreement",
        "L1": "Police protection, in council accommodation",
        "L2": "Emergency protection order",
        "L3": "Child assessment order, in council accommodation",
        "J1": "Remanded to council or youth detention accommodation",
        "J2": "Placed in council accommodation under PACE 1984",
        "J3": "Youth rehabilitation order with residence or fostering requirement",
    },
    "PLACE": {
        "A3": "Placed for adoption with consent, with current foster carers",
        "A4": "Placed for adoption with consent, not with current foster carers",
        "A5": "Placed for adoption with placement order, with current foster carers",
        "A6": "Placed for adoption with placement order, not with current foster carers",
        "H5": "Semi-independent living",
        "K1": "Secure children's home",
        "K2": "Children's home",
        "K3": "Supported accommodation",
        "P1": "Placed with own parents",
        "P2": "Independent living",
        "P3": "Residential employment",
        "R1": "Residential care home",
        "R2": "NHS or other health establishment",
        "R3": "Family centre or mother and baby unit",
        "R5": "Young offender institution or prison",
        "S1": "Residential school",
        "T0": "Temporary move",
        "T1": "Temporary period in hospital",
        "T2": "Temporary absence on holiday",
        "T3": "Temporary accommodation while foster carer on holiday",
        "T4": "Temporary accommodation of 7 days or less",
        "U1": "Foster care with relative or friend, long-term",
        "U2": "Foster care with relative or friend, fostering for adoption",
        "U3": "Foster care with relative or friend, not long-term",
        "U4": "Foster care with other carer, long-term",
        "U5": "Foster care with other carer, fostering for adoption",
        "U6": "Foster care with other carer, not long-term",
        "Z1": "Other placement",
    },
    "PLACE_PROVIDER": {
        "PR0": "Parents",
        "PR1": "Council's own provision",
        "PR2": "Another council's provision",
        "PR3": "Other public provision",
        "PR4": "Private provision",
        "PR5": "Voluntary or third sector provision",
    },
    "REC": {
        "X1": "Episode ended, new episode began the same day",
        "E11": "Adopted, application unopposed",
        "E12": "Adopted, consent dispensed with",
        "E2": "Died",
        "E3": "Care taken over by another council",
        "E4A": "Returned home as part of the care plan",
        "E4B": "Returned home, not part of the care plan",
        "E13": "Left care to live with parents, relatives or others",
        "E41": "Child arrangements order granted",
        "E45": "Special guardianship order to former foster carer, relative or friend",
        "E46": "Special guardianship order to former foster carer",
        "E47": "Special guardianship order to relative or friend",
        "E48": "Special guardianship order to other carer",
        "E5": "Independent living with support",
        "E6": "Independent living without support",
        "E7": "Transferred to adult social care",
        "E9": "Sentenced to custody",
        "E14": "Remand ended",
        "E15": "Age assessment found the child to be 18 or over",
        "E16": "Moved abroad",
        "E17": "Aged 18 or over and stayed with carers",
        "E8": "Care ended for another reason",
    },
    "REVIEW_CODE": {
        "PN0": "Child under 4 at the review",
        "PN1": "Attended and spoke for themselves",
        "PN2": "Attended, an advocate spoke for them",
        "PN3": "Attended, conveyed views without words",
        "PN4": "Attended but did not contribute",
        "PN5": "Did not attend, briefed an advocate or the IRO",
        "PN6": "Did not attend, conveyed feelings another way",
        "PN7": "Did not attend, views not conveyed",
    },
    "MISSING": {
        "M": "Missing from care",
        "A": "Away from placement without authorisation",
    },
    "REASON_PLACE_CHANGE": {
        "CARPL": "Care plan",
        "CLOSE": "Provision closed",
        "ALLEG": "Allegation",
        "STAND": "Standards of care concern",
        "APPRR": "Approval removed",
        "CREQB": "Carer asked to end it because of the child's behaviour",
        "CREQO": "Carer asked to end it for other reasons",
        "CHILD": "Child asked to end it",
        "LAREQ": "Council asked to end it",
        "PLACE": "Change in status of placement only",
        "CUSTOD": "Custody",
        "OTHER": "Other",
    },
}

TABLE_OF_COLUMN = {
    "RNE": "Episodes",
    "LS": "Episodes",
    "PLACE": "Episodes",
    "PLACE_PROVIDER": "Episodes",
    "REC": "Episodes",
    "REASON_PLACE_CHANGE": "Episodes",
    "REVIEW_CODE": "Reviews",
    "MISSING": "Missing",
}


def describe(column: str, code: str | None, year: int | None = None) -> str:
    """'U6' -> 'Foster care with other carer, not long-term'; an unknown code comes back as is."""
    if not code:
        return ""
    if _describe is not None and year is not None:
        found = _describe(year, TABLE_OF_COLUMN.get(column, ""), column, code)
        if found:
            return found
    return FALLBACK.get(column, {}).get(code, code)


def labelled(column: str, code: str | None, year: int | None = None) -> str:
    """'U6' -> 'U6: Foster care with other carer, not long-term' (the code stays visible)."""
    if not code:
        return ""
    text = describe(column, code, year)
    return code if text == code else f"{code}: {text}"
