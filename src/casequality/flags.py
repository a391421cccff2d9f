"""Flag codes, the document kinds they apply to, and the Flag record itself.

The applicability table is the single place that says which check runs on which kind of
document; `docs/quality-checks.md` reproduces it for practitioners.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

ACTION_NO_OWNER = "ACTION_NO_OWNER"
ACTION_NO_TIMESCALE = "ACTION_NO_TIMESCALE"
ACTION_NOT_MEASURABLE = "ACTION_NOT_MEASURABLE"
NO_CONTINGENCY = "NO_CONTINGENCY"
NO_CHILD_VOICE = "NO_CHILD_VOICE"
OVERSIGHT_NO_RATIONALE = "OVERSIGHT_NO_RATIONALE"
SUPERVISION_REPEATED_ACTIONS = "SUPERVISION_REPEATED_ACTIONS"

CODES: tuple[str, ...] = (
    ACTION_NO_OWNER,
    ACTION_NO_TIMESCALE,
    ACTION_NOT_MEASURABLE,
    NO_CONTINGENCY,
    NO_CHILD_VOICE,
    OVERSIGHT_NO_RATIONALE,
    SUPERVISION_REPEATED_ACTIONS,
)

KINDS: tuple[str, ...] = (
    "action",
    "care_plan",
    "pathway_plan",
    "pep",
    "review",
    "oversight",
    "supervision",
)

_ACTION_CODES = frozenset({ACTION_NO_OWNER, ACTION_NO_TIMESCALE, ACTION_NOT_MEASURABLE})

# Which checks apply to which kind of document. Reviews, oversight entries and records of
# supervision discussion are not action plans, so SMART checks apply only where the document's
# purpose is to set actions. Contingency planning is a care-plan (permanence) requirement
# (CA1989 Guidance Vol 2, principles of planning: "contingency arrangements if the proposed
# plan is not achievable"); the child's wishes and feelings must be recorded in plans and
# reviews (Care Planning Regulations 2010, reg 5(e) and reg 36).
APPLICABLE: dict[str, frozenset[str]] = {
    "action": _ACTION_CODES,
    "care_plan": _ACTION_CODES | {NO_CONTINGENCY, NO_CHILD_VOICE},
    "pathway_plan": _ACTION_CODES | {NO_CHILD_VOICE},
    "pep": _ACTION_CODES | {NO_CHILD_VOICE},
    "review": frozenset({NO_CHILD_VOICE}),
    "oversight": frozenset({OVERSIGHT_NO_RATIONALE}),
    "supervision": _ACTION_CODES | {SUPERVISION_REPEATED_ACTIONS},
}


@dataclass(frozen=True, slots=True)
class Flag:
    """One shortfall found in a document.

    `evidence` is the text the flag rests on. When the flag is about something missing,
    `evidence` says what was looked for and `start`/`end` are None.
    """

    code: str
    action_index: int | None
    evidence: str
    start: int | None
    end: int | None
    explanation: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def short_quote(text: str, limit: int = 70) -> str:
    """`text` on one line, cut to `limit` characters: how explanations quote an action."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
