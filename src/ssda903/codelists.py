"""The 903 code lists, with the collection years each code is valid in (2025 = 2024/25).

Sources (see docs/ssda903.md for the choices where they disagree):
- [LIIA-P] liia-tools-pipeline SSDA903_schema_2017.yml and its 2019/2022/2024/2025/2026 diffs
  (shared/peers/liiatools-pipeline-spec), whose schema year is the year the collection ends;
- [LIIA] liia-tools SSDA903_schema_2024.yml (shared/peers/liiatools-spec), which agrees with the
  pipeline chain for 2023/24;
- labels: shared/domain/README.md §1.2 (from the DfE 903 guide as quoted by [SSD] and [WITAN]),
  put in our own words.

**All year-by-year changes are the constants in the first block below.** Change one there if DfE's
technical specification says otherwise; every list and test follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ssda903.tables import FIRST_YEAR, LAST_YEAR

# ---- The year-by-year changes: the one place to edit. ---------------------------------------
SEX_MFU_FROM = 2025  # 1/2 -> M/F/U from 2024/25 [LIIA-P 2025 diff; D2I lac2024_25 rule 101]
K3_FROM = 2025  # supported accommodation placement, from 2024/25 [LIIA-P 2025 diff]
H5_P2_LAST = 2024  # H5, P2 dropped from 2024/25 [LIIA-P 2025]; D2I 2024/25 still accepts them
Z11_Z14_FROM = 2026  # from 2025/26 [LIIA-P 2026 diff; D2I lac2025_26 rule 146]
PLACE_Z1_LAST = LAST_YEAR  # UNCONFIRMED: LIIA-P 2026 keeps Z1; D2I 2025/26 rule 146 drops it
E43_E44_LAST = 2018  # old SGO codes: 2017 schema only [LIIA-P 2017 -> 2019 diff]
E45_E48_FROM = 2019  # SGO codes split by carer type [LIIA-P 2019 diff]
CUSTOD_FROM = 2019  # REASON_PLACE_CHANGE CUSTOD [LIIA-P 2019 diff]
ACTIV_F3_P3_LAST = 2021  # training/employment, replaced by F4/P4 and F5/P5 [LIIA-P 2022 diff]
ACTIV_F4_P5_FROM = 2022
# -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    first: int = FIRST_YEAR
    last: int = LAST_YEAR

    def valid_in(self, year: int) -> bool:
        return self.first <= year <= self.last


def _codes(*rows: tuple) -> tuple[Code, ...]:
    return tuple(Code(*row) for row in rows)


_NO_YES = _codes(("0", "No"), ("1", "Yes"))

_ACCOM_TYPES = {
    "B": "with parents or relatives",
    "C": "community home or other residential care (including NHS)",
    "D": "semi-independent or transitional accommodation, or self-contained with support",
    "E": "supported lodgings",
    "G": "gone abroad",
    "H": "deported",
    "K": "ordinary lodgings, without formal support",
    "R": "residence not known",
    "S": "no fixed abode or homeless",
    "T": "foyer or similar",
    "U": "independent living (own tenancy, college or university accommodation)",
    "V": "emergency accommodation",
    "W": "bed and breakfast",
    "X": "in custody",
    "Y": "other accommodation",
    "Z": "with former foster carers",
}
_SUITABLE = {"1": "suitable", "2": "not suitable"}

# Column -> its codes. A column has the same list in every table it appears in (SEX: Header, UASC).
CODE_LISTS: dict[str, tuple[Code, ...]] = {
    "SEX": _codes(
        ("1", "Male", FIRST_YEAR, SEX_MFU_FROM - 1),
        ("2", "Female", FIRST_YEAR, SEX_MFU_FROM - 1),
        ("M", "Male", SEX_MFU_FROM),
        ("F", "Female", SEX_MFU_FROM),
        ("U", "Unknown", SEX_MFU_FROM),
    ),
    "ETHNIC": _codes(
        ("WBRI", "White British"),
        ("WIRI", "White Irish"),
        ("WOTH", "Any other White background"),
        ("WIRT", "Traveller of Irish heritage"),
        ("WROM", "Gypsy or Roma"),
        ("MWBC", "White and Black Caribbean"),
        ("MWBA", "White and Black African"),
        ("MWAS", "White and Asian"),
        ("MOTH", "Any other Mixed background"),
        ("AIND", "Indian"),
        ("APKN", "Pakistani"),
        ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"),
        ("BCRB", "Caribbean"),
        ("BAFR", "African"),
        ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"),
        ("OOTH", "Any other ethnic group"),
        ("REFU", "Refused"),
        ("NOBT", "Information not yet obtained"),
    ),
    "MOTHER": _codes(("0", "Not a mother"), ("1", "Is a mother")),
    "RNE": _codes(
        ("S", "Started to be looked after"),
        ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"),
        ("T", "Change of placement only (same carer(s))"),
        ("B", "Change of legal status and of placement and carer(s) on the same day"),
        ("U", "Change of legal status and of placement (same carer(s)) on the same day"),
    ),
    "LS": _codes(
        ("C1", "Interim care order"),
        ("C2", "Full care order"),
        ("D1", "Freeing order granted"),
        ("E1", "Placement order granted"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Short-term breaks, individual episodes"),
        ("V4", "Short-term breaks, agreed series"),
        ("L1", "Police protection, in local authority accommodation"),
        ("L2", "Emergency protection order"),
        ("L3", "Child assessment order, in local authority accommodation"),
        ("J1", "Remanded to local authority or youth detention accommodation"),
        ("J2", "Placed in local authority accommodation under PACE 1984"),
        ("J3", "Youth rehabilitation order with residence or fostering requirement"),
    ),
    "CIN": _codes(
        ("N1", "Abuse or neglect"),
        ("N2", "Child's disability"),
        ("N3", "Parental illness or disability"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"),
    ),
    "PLACE": _codes(
        ("A3", "Placed for adoption with consent, with current foster carer(s)"),
        ("A4", "Placed for adoption with consent, not with current foster carer(s)"),
        ("A5", "Placed for adoption under a placement order, with current foster carer(s)"),
        ("A6", "Placed for adoption under a placement order, not with current foster carer(s)"),
        (
            "H5",
            "Semi-independent living not subject to children's homes regulations",
            FIRST_YEAR,
            H5_P2_LAST,
        ),
        ("K1", "Secure children's home"),
        ("K2", "Children's home"),
        ("K3", "Supported accommodation (Ofsted registered, age 16 and over)", K3_FROM),
        ("P1", "Placed with own parent(s) or other person with parental responsibility"),
        ("P2", "Independent living, with or without formal support", FIRST_YEAR, H5_P2_LAST),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"),
        ("R2", "NHS or health trust, or other medical or nursing establishment"),
        ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution or prison"),
        ("S1", "Residential school"),
        ("T0", "Temporary move of any type"),
        ("T1", "Temporary stay in hospital"),
        ("T2", "Temporary absence on holiday"),
        ("T3", "Temporary placement while the usual foster carer is on holiday"),
        ("T4", "Temporary placement of seven days or less for any other reason"),
        ("U1", "Foster placement with relative or friend, long-term"),
        ("U2", "Foster placement with relative or friend who is an approved adopter (FFA)"),
        ("U3", "Foster placement with relative or friend, not long-term or FFA"),
        ("U4", "Foster placement with other foster carer, long-term"),
        ("U5", "Foster placement with other foster carer who is an approved adopter (FFA)"),
        ("U6", "Foster placement with other foster carer, not long-term or FFA"),
        ("Z1", "Other placement", FIRST_YEAR, PLACE_Z1_LAST),
        ("Z11", "Other placement type Z11 (DfE description not confirmed)", Z11_Z14_FROM),
        ("Z12", "Other placement type Z12 (DfE description not confirmed)", Z11_Z14_FROM),
        ("Z13", "Other placement type Z13 (DfE description not confirmed)", Z11_Z14_FROM),
        ("Z14", "Other placement type Z14 (DfE description not confirmed)", Z11_Z14_FROM),
    ),
    "PLACE_PROVIDER": _codes(
        ("PR0", "Parent(s) or other person with parental responsibility"),
        ("PR1", "Own local authority provision"),
        ("PR2", "Other local authority provision"),
        ("PR3", "Other public provision"),
        ("PR4", "Private provision"),
        ("PR5", "Voluntary or third sector provision"),
    ),
    "REC": _codes(
        ("X1", "Episode ceased and a new one began the same day"),
        ("E11", "Adopted: application unopposed"),
        ("E12", "Adopted: consent dispensed with by the court"),
        ("E2", "Died"),
        ("E3", "Care taken over by another local authority in the UK"),
        ("E4A", "Returned home to parents or relatives as part of the care plan"),
        ("E4B", "Returned home to parents or relatives, not part of the care plan"),
        (
            "E13",
            "Left care to live with parents, relatives or others without parental responsibility",
        ),
        ("E41", "Residence order or child arrangements order granted"),
        ("E43", "Special guardianship order to former foster carer(s)", FIRST_YEAR, E43_E44_LAST),
        ("E44", "Special guardianship order to other carer(s)", FIRST_YEAR, E43_E44_LAST),
        (
            "E45",
            "Special guardianship order to former foster carer(s) who are relatives or friends",
            E45_E48_FROM,
        ),
        (
            "E46",
            "Special guardianship order to former foster carer(s), not relatives or friends",
            E45_E48_FROM,
        ),
        (
            "E47",
            "Special guardianship order to other carer(s) who are relatives or friends",
            E45_E48_FROM,
        ),
        (
            "E48",
            "Special guardianship order to other carer(s), not relatives or friends",
            E45_E48_FROM,
        ),
        ("E5", "Moved into independent living with formal support"),
        ("E6", "Moved into independent living without formal support"),
        ("E7", "Transferred to residential care funded by adult social care"),
        ("E9", "Sentenced to custody"),
        ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment found the child to be 18 or over"),
        ("E16", "Child moved abroad"),
        ("E17", "Aged 18 or over and stayed with current carers (including Staying Put)"),
        ("E8", "Care ceased for any other reason"),
    ),
    "REASON_PLACE_CHANGE": _codes(
        ("CARPL", "Change to or carrying out of the care plan"),
        ("CLOSE", "Provision resigned or closed"),
        ("ALLEG", "Allegation (section 47)"),
        ("STAND", "Concern about standards of care"),
        ("APPRR", "Carer's approval removed"),
        ("CREQB", "Carer asked to end it because of the child's behaviour"),
        ("CREQO", "Carer asked to end it for other reasons"),
        ("CHILD", "Child asked to end it"),
        ("LAREQ", "Responsible or area authority asked to end it"),
        ("PLACE", "Change in the status of the placement only"),
        ("CUSTOD", "Custody arrangement", CUSTOD_FROM),
        ("OTHER", "Other reason"),
    ),
    "REVIEW_CODE": _codes(
        ("PN0", "Child under 4 at the time of the review"),
        ("PN1", "Attended and spoke for themself"),
        ("PN2", "Attended; an advocate spoke for them"),
        ("PN3", "Attended and conveyed their views non-verbally"),
        ("PN4", "Attended but did not contribute"),
        ("PN5", "Did not attend; briefed an advocate or the IRO"),
        ("PN6", "Did not attend; conveyed their feelings by a facilitative medium"),
        ("PN7", "Did not attend and their views were not conveyed"),
    ),
    "MISSING": _codes(
        ("M", "Missing from placement"), ("A", "Away from placement without authorisation")
    ),
    "SDQ_REASON": _codes(
        ("SDQ1", "Under 4 or over 16 at the date of the latest assessment"),
        ("SDQ2", "Carer refused"),
        ("SDQ3", "Not possible because of the severity of the child's disability"),
        ("SDQ4", "Other reason"),
        ("SDQ5", "Child or young person refused"),
    ),
    "CONVICTED": _NO_YES,
    "HEALTH_CHECK": _NO_YES,
    "IMMUNISATIONS": _NO_YES,
    "TEETH_CHECK": _NO_YES,
    "HEALTH_ASSESSMENT": _NO_YES,
    "SUBSTANCE_MISUSE": _NO_YES,
    "INTERVENTION_RECEIVED": _NO_YES,
    "INTERVENTION_OFFERED": _NO_YES,
    "IN_TOUCH": _codes(
        ("YES", "In touch"),
        ("NO", "Not in touch"),
        ("DIED", "Died since leaving care"),
        ("REFU", "Young person refuses contact"),
        ("NREQ", "No longer needs services"),
        ("RHOM", "Returned home to parents for six months or more"),
    ),
    "ACTIV": _codes(
        ("F1", "Full-time higher education"),
        ("P1", "Part-time higher education"),
        ("F2", "Full-time education other than higher education"),
        ("P2", "Part-time education other than higher education"),
        ("F3", "Full-time training or employment", FIRST_YEAR, ACTIV_F3_P3_LAST),
        ("P3", "Part-time training or employment", FIRST_YEAR, ACTIV_F3_P3_LAST),
        ("F4", "Full-time apprenticeship", ACTIV_F4_P5_FROM),
        ("P4", "Part-time apprenticeship", ACTIV_F4_P5_FROM),
        ("F5", "Full-time training or employment (not an apprenticeship)", ACTIV_F4_P5_FROM),
        ("P5", "Part-time training or employment (not an apprenticeship)", ACTIV_F4_P5_FROM),
        ("G4", "Not in education, employment or training: illness or disability"),
        ("G5", "Not in education, employment or training: other reasons"),
        ("G6", "Not in education, employment or training: pregnancy or parenting"),
        ("0", "Not applicable (died, or returned home)"),
    ),
    "ACCOM": (
        *(
            Code(f"{letter}{digit}", f"{kind[0].upper()}{kind[1:]}, {suits}")
            for letter, kind in _ACCOM_TYPES.items()
            for digit, suits in _SUITABLE.items()
        ),
        Code("0", "Not applicable (died, or returned home)"),
    ),
    "FOSTER_CARE": _codes(
        ("0", "Not adopted by their foster carer(s)"), ("1", "Adopted by their foster carer(s)")
    ),
    "NB_ADOPTR": _codes(("1", "One adopter"), ("2", "Two adopters")),
    "SEX_ADOPTR": _codes(
        ("M1", "Single male"),
        ("F1", "Single female"),
        ("MM", "Male couple"),
        ("FF", "Female couple"),
        ("MF", "Male and female couple"),
    ),
    "LS_ADOPTR": _codes(
        ("L0", "Single adopter"),
        ("L11", "Married couple of different sexes"),
        ("L12", "Married couple of the same sex"),
        ("L2", "Civil partners"),
        ("L3", "Unmarried couple of different sexes"),
        ("L4", "Same-sex couple, not married or civil partners"),
    ),
    "REASON_PLACED_CEASED": _codes(
        ("RD1", "The child's needs changed after the decision"),
        ("RD2", "The court did not make a placement order"),
        ("RD3", "Prospective adopters could not be found"),
        ("RD4", "Any other reason"),
    ),
    "PREV_PERM": _codes(
        ("P1", "Adoption"),
        ("P2", "Special guardianship order"),
        ("P3", "Residence order or child arrangements order"),
        ("P4", "Not known"),
        ("Z1", "No previous permanence order"),
    ),
    # Five reasons are confirmed by DfE's published statistics; the other five are inferred from
    # the code names (UNCONFIRMED, shared/domain/README.md §1.2).
    "SW_REASON": _codes(
        ("MANAGE", "Managing caseloads"),
        ("FCONTA", "First contact or re-referral"),
        ("LEFTRL", "Social worker left the role"),
        ("ORGRST", "Organisational restructure"),
        ("TSPROC", "New social worker after transfer under the standard process"),
        ("ABSENC", "Absence cover, or return from absence"),
        ("CHCHAN", "Child asked for a change"),
        ("PCCHAN", "Parent or carer asked for a change"),
        ("SWDIED", "Social worker died"),
        ("OTHERS", "Other reason"),
    ),
}

# Codes with a meaning in columns that have no closed list: a UPN is normally a 13-character pupil
# number, but these stand in when it is unknown (shared/domain/README.md §1.2, from [SSD]).
# `describe` labels them; `valid_codes` still says the column has no list.
DESCRIBED_ONLY: dict[str, tuple[Code, ...]] = {
    "UPN": _codes(
        ("UN1", "UPN not known: child not yet of school age"),
        ("UN2", "UPN not known: child has never attended a maintained school in England"),
        ("UN3", "UPN not known: child educated outside England"),
        ("UN4", "UPN not known: child newly looked after, UPN not yet obtained"),
        ("UN5", "UPN not known: sources of the UPN disagree or it is duplicated"),
    ),
}
