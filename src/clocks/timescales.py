"""Statutory timescales for children looked after in England, as data (name, rule, source).

Every rule below is transcribed from /work/shared/domain/README.md §2 with its source. Where the
source is local guidance rather than regulation, `confirmed` is False and docs/clocks.md says so.
"""

from __future__ import annotations

from dataclasses import dataclass

CPPCR = "Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959)"
HEALTH_GUIDANCE = (
    "DfE/DHSC 'Promoting the health and wellbeing of looked-after children' (March 2015), "
    "as cited by Coventry procedures"
)


@dataclass(frozen=True)
class Timescale:
    id: str
    name: str
    rule: str
    source: str
    confirmed: bool = True


TIMESCALES: tuple[Timescale, ...] = (
    Timescale(
        "care_plan",
        "Care plan",
        "before the first placement, or within 10 working days of its start",
        f"{CPPCR} reg 4(2)",
    ),
    Timescale(
        "review_1",
        "First looked-after review",
        "within 20 working days of becoming looked after",
        f"{CPPCR} reg 33(1)",
    ),
    Timescale(
        "review_2",
        "Second review",
        "not more than 3 months after the first review",
        f"{CPPCR} reg 33(2)",
    ),
    Timescale(
        "review_later",
        "Third and later reviews",
        "not more than 6 months after the previous review",
        f"{CPPCR} reg 33(2)",
    ),
    Timescale(
        "iha",
        "Initial health assessment",
        "within 20 working days of becoming looked after",
        "secondary sources (speakcase.app; Hull procedures); statutory wording UNCONFIRMED",
        confirmed=False,
    ),
    Timescale(
        "rha_under_5", "Review health assessment, under 5", "every 6 months", HEALTH_GUIDANCE
    ),
    Timescale(
        "rha_5_plus", "Review health assessment, 5 and over", "every 12 months", HEALTH_GUIDANCE
    ),
    Timescale(
        "pep",
        "Personal education plan",
        "within 10 working days of becoming looked "
        "after (emergency placements), available for the first review",
        "Knowsley and Calderdale procedures (local guidance)",
        confirmed=False,
    ),
    Timescale(
        "visit_first",
        "First social worker visit",
        "within 1 week of the start of any placement",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "visit_first_year",
        "Visits in a placement's first year",
        "at intervals of not more than 6 weeks",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "visit_after_first_year",
        "Visits after a placement's first year",
        "not more than 3 months if the placement is intended to last until 18, otherwise 6 weeks",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "needs_assessment",
        "Needs assessment / pathway plan",
        "by 3 months after the "
        "16th birthday, or after becoming eligible if later (pathway plan by 16y3m is the "
        "practice target derived from it)",
        f"{CPPCR} reg 42(1)",
    ),
    Timescale(
        "rhi",
        "Return home interview",
        "within 72 hours of return from missing",
        "DfE statutory guidance on children who run away or go missing from home or care (2014)",
    ),
    Timescale(
        "visit_weekly_until_first_review",
        "Visits: reg 19 placement with parents, reg 24 connected person, ICO living with parents",
        "weekly until the first review; then at most 6 weeks apart (reg 19) or 4 weeks apart "
        "(reg 24, or an interim care order with the child living with a parent)",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "visit_care_order_with_parents",
        "Visits: care order, child living with a parent",
        "within 1 week of the order, then at most 6 weeks apart",
        f"{CPPCR} reg 28",
    ),
    Timescale(
        "permanence_plan",
        "Plan for permanence",
        "in the care plan by the second review",
        "proceduresonline glossary (cs-permanence-plan); statutory paragraph not seen; "
        f"{CPPCR} reg 5(a) requires the long-term plan",
        confirmed=False,
    ),
    Timescale(
        "sdq",
        "Strengths and Difficulties Questionnaire",
        "annually, for ages 4-16 looked after for 12 months or more",
        "903 OC2 guidance (D2I validator rules 186, 188, 189)",
    ),
    Timescale(
        "pep_review",
        "PEP review",
        "termly",
        "common practice; the 2018 statutory guidance text was not seen",
        confirmed=False,
    ),
    Timescale(
        "pathway_plan_review",
        "Pathway plan review",
        "at most 6 months apart, and when the young person or personal adviser asks",
        "confirmed for Wales (WSI 2001/2189 reg 9); the England regulation (Care Leavers "
        "(England) Regulations 2010 reg 7) was not seen",
        confirmed=False,
    ),
    Timescale(
        "s20_review",
        "Section 20 accommodation review",
        "every 3 months, to avoid drift",
        "Slough procedures (local practice after case law)",
        confirmed=False,
    ),
    Timescale(
        "iro_appointment",
        "IRO appointed",
        "within 5 working days of becoming looked after (good practice); must meet the child "
        "before the first review",
        "Rochdale procedures (local practice)",
        confirmed=False,
    ),
    Timescale(
        "iro_review_record",
        "IRO review record",
        "decisions within 5 working days, full record within 20 working days",
        "common local standards, not found in the IRO Handbook",
        confirmed=False,
    ),
)

TIMESCALE_BY_ID = {t.id: t for t in TIMESCALES}
