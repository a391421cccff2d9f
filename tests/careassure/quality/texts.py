"""Synthetic case-file texts for the quality tests: one plan that meets every check, one that
meets none, and short plans that differ only in their contingency."""

GOOD_PLAN = """Background: Sam has lived with her foster carers since March.

Wishes and feelings: Sam said "I want to stay with Jo and Pat and keep seeing my nan."

Plan for permanence: long-term fostering with current carers, to be matched at \
panel by 30 June 2026.

Contingency: if the match is not approved, a kinship assessment of the maternal aunt will be \
completed by 31 July 2026.

Actions:
1. Social worker to refer Sam to CAMHS by 30 April 2026 so that an assessment appointment is booked.
2. Designated teacher to hold a PEP meeting by 15 May 2026 and agree three SMART targets."""

VAGUE_PLAN = """Sam is doing ok in placement.

Plan for permanence: to be decided.

Actions:
- Continue to support placement.
- Monitor school attendance."""

# A plan whose only shortfall can be the contingency, so themes counts are easy to reason about.
VOICE_AND_ACTIONS = """Wishes and feelings: Sam said "I like my school and I want to stay here."

Actions:
1. Social worker to refer Sam to CAMHS by 30 April 2026 so that an assessment \
appointment is booked."""
WITH_CONTINGENCY = (
    VOICE_AND_ACTIONS
    + "\n\nContingency: if the placement ends, a kinship assessment of the aunt by 31 July 2026."
)
