"""Wording for case-file records, good and poor, written for this generator.

Quality varies the way inspectors describe it: SMART actions beside vague ones ("continue to
support"), plans with and without a contingency, the child's own words or none, manager oversight
with a rationale or just "Noted. Agree.", supervision that copies the last session's actions.
Templates use str.format keys: name, he, his, him, He, His, carer, school, area, month, date.
"""

from __future__ import annotations

# (task, measure) pairs for SMART actions, by theme.
SMART_TASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "health": (
        (
            "book {name}'s review health assessment with the LAC nurse",
            "appointment date confirmed in writing and recorded on the health page",
        ),
        (
            "refer {name} to CAMHS for an assessment of low mood",
            "referral accepted and first appointment offered",
        ),
        (
            "arrange a dental check for {name} with a local NHS dentist",
            "dental check completed and recorded",
        ),
        (
            "complete the SDQ with {carer} and share the score with the LAC nurse",
            "SDQ score recorded and discussed at the next review",
        ),
        ("take {name} to the optician for an eye test", "eye test completed; outcome recorded"),
    ),
    "education": (
        (
            "hold a PEP meeting with the designated teacher at {school}",
            "PEP signed off by the Virtual School",
        ),
        ("request an EHCP needs assessment for {name}", "request acknowledged by the SEND team"),
        (
            "agree how the pupil premium plus will fund maths tutoring for {name}",
            "tutoring started, with attendance reported each half term",
        ),
        (
            "secure a school place for {name} near the new placement",
            "{name} attending full time, checked through the weekly attendance report",
        ),
        (
            "support {name} to apply for a college course",
            "application submitted and interview date known",
        ),
    ),
    "family": (
        (
            "agree a written family time plan with {his} mother",
            "plan signed by all parties and shared with {carer}",
        ),
        (
            "arrange sibling contact with {his} brother every fortnight",
            "contact records show fortnightly sessions taking place",
        ),
        (
            "complete life-story work sessions with {name}",
            "six sessions completed and a life-story book started",
        ),
        (
            "trace {his} paternal family for a viability assessment",
            "assessment booked or a written reason why not",
        ),
    ),
    "placement": (
        (
            "present the long-term match with {carer} to fostering panel",
            "panel recommendation and ADM decision on file",
        ),
        (
            "hold a placement stability meeting with {carer} and the supervising social worker",
            "meeting held; support plan agreed and uploaded",
        ),
        (
            "arrange respite for {carer} one weekend a month",
            "respite dates confirmed for three months",
        ),
    ),
    "independence": (
        (
            "complete the independence skills checklist with {name}",
            "checklist scored and gaps added to the pathway plan",
        ),
        (
            "open a bank account with {name} and set up {his} savings",
            "account open; first statement seen",
        ),
        (
            "apply for {his} national insurance number and provisional licence",
            "documents received and copies on file",
        ),
        (
            "register {name} with the housing team for a supported tenancy",
            "housing application number recorded",
        ),
    ),
    "legal": (
        ("file the final care plan with the court", "plan filed; court confirmation on file"),
        (
            "present {name}'s case to the agency decision maker",
            "ADM decision recorded within 7 working days",
        ),
        (
            "seek legal advice on whether threshold is still met under s20",
            "legal planning meeting minutes on file",
        ),
    ),
}
OWNERS: dict[str, tuple[str, ...]] = {  # who plausibly owns an action on each theme
    "health": ("Social worker", "Foster carer", "LAC nurse"),
    "education": ("Designated teacher", "Virtual School", "Social worker"),
    "family": ("Social worker", "Foster carer"),
    "placement": ("Social worker", "Supervising social worker", "Team manager"),
    "independence": ("Personal adviser", "Social worker", "Foster carer"),
    "legal": ("Social worker", "Team manager"),
}
VAGUE_ACTIONS = (
    "Continue to support {name}.",
    "Continue to monitor the placement.",
    "Social worker to continue to visit.",
    "All professionals to work together to meet {name}'s needs.",
    "Keep under review.",
    "Ensure {name}'s needs continue to be met.",
    "Carers to continue to provide good care.",
    "Contact to continue as appropriate.",
    "School to support as needed.",
    "Monitor {his} emotional wellbeing.",
    "Continue with current plan.",
    "Explore options for the future.",
)
PARTIAL_ACTIONS = (  # an owner, but no date or no measure
    "Social worker to look into counselling for {name}.",
    "Carer to encourage {name} to attend school more.",
    "Social worker to speak to mum about contact.",
    "School to consider extra support.",
    "PA to help {name} find a course.",
)

# The child's own words, and words reported by the worker.
OWN_WORDS = (
    '"I want to stay with {carer} until I\'m 18."',
    '"I like my school but I miss my brother."',
    '"I want to see my mum more, not just at the centre."',
    '"I want to go to college and do mechanics."',
    "\"I don't like it when people talk about me and I'm not there.\"",
    '"I want my own room and to be allowed to have friends round."',
    '"I feel safe here. I want to keep my dog\'s photo on the wall."',
    '"I want to do my own cooking and learn to budget."',
    '"I want to be a nurse like my auntie."',
    '"I want to know why I can\'t live with my dad."',
)
REPORTED_WORDS = (
    "{name} said {he} wants to stay at {school} and is proud of {his} reading.",
    "{name} told me {he} likes living with {carer} and wants to stay.",
    "{name} said {he} gets worried before family time and would like it at the weekend.",
    "When asked what was going well, {name} said football and {his} new friends.",
    "{name} drew a picture of {his} house with {carer} and said it was home.",
    "{name} said {he} wants to move nearer to {his} friends in {area}.",
    "{name} told me {he} does not want to talk about {his} mum at the moment, and that is ok.",
)
NO_VOICE = (
    "",
    "{name} was not spoken to for this plan.",
    "Views of the child: not recorded.",
    "{name} is settled.",
    "{name} did not wish to engage.",
)
YOUNG_CHILD_VOICE = (
    "{name} is too young to give views. Observed to be relaxed and smiling with {carer}.",
    "{name} reaches for {carer} for comfort and is meeting milestones.",
    "{name} babbles and laughs during visits; {he} settles quickly after feeds.",
)

BACKGROUND = (
    "{name} came into care in {month} because of neglect at home.",
    "{name} became looked after in {month} after {his} mother was admitted to hospital.",
    "{name} has been looked after since {month} following concerns about domestic abuse.",
    "{name} became looked after in {month} after the family relationship broke down.",
    "{name} has been looked after since {month}, when {his} parents could no longer keep {him} "
    "safe from their drug use.",
)
BACKGROUND_UASC = (
    "{name} arrived in the UK alone and has been looked after since {month}.",
    "{name} was found at a service station in {month} and has been looked after since; {his} "
    "asylum claim is with the Home Office.",
)
PROGRESS = {  # by stage: under 4, school age, 16 and over
    "early": (
        "{He} is settled with {carer} and is meeting {his} developmental milestones.",
        "{He} goes to nursery three mornings a week and is starting to use words.",
        "{His} health needs are met and immunisations are up to date.",
        "Family time with {his} mother is twice a week at the family centre.",
        "{He} has moved placement since the last plan and is still getting used to {carer}.",
    ),
    "school": (
        "{He} is settled with {carer} and attends {school} most days.",
        "{He} has moved placement since the last plan and is still getting used to {carer}.",
        "Attendance at {school} has dipped this term; {he} says lessons are hard.",
        "{His} health needs are met and immunisations are up to date.",
        "{He} enjoys swimming and goes to a youth club on Thursdays.",
        "Family time with {his} mother is twice a week and mostly positive.",
        "There were two missing episodes this period; return home interviews were offered.",
        "{He} has made friends at {school} and is in the school football team.",
    ),
    "older": (
        "{He} is at {school} three days a week and has a weekend job.",
        "{He} has been going missing overnight; return home interviews were offered and two "
        "were accepted.",
        "{He} is learning to cook and budget with support from {carer}.",
        "{He} has not been attending {school} and says {he} wants an apprenticeship instead.",
        "{His} health needs are met; {he} attended the sexual health clinic with support.",
        "Family time with {his} mother is now arranged by {name} directly.",
    ),
}

PERMANENCE = {
    "adoption": ("Adoption. A placement order is {po}; family finding is under way.",),
    "sgo": (
        "Special guardianship with {his} maternal aunt, who is being assessed.",
        "Special guardianship with {carer}, who cares for {him} now.",
    ),
    "home": (
        "Return home to {his} mother once the parenting assessment is complete.",
        "Rehabilitation home to {his} father with support from the edge-of-care team.",
    ),
    "long_term": (
        "Long-term fostering with {carer}, to be confirmed at fostering panel.",
        "Remain with {carer} to 18 and then Staying Put.",
        "Residential care to 18 with a planned move to supported accommodation.",
    ),
    "uasc": ("Remain looked after to 18, then leaving-care support while {his} claim is decided.",),
    "other": ("Remain looked after while the plan is reviewed.",),
    "remand": ("Return home when the remand ends, with youth justice support.",),
}
VAGUE_PERMANENCE = (
    "To be considered at the next review.",
    "TBC.",
    "Permanence options being explored.",
)
CONTINGENCY = (
    "If {name} cannot return home by {date}, the contingency is long-term fostering with {carer}.",
    "If the SGO assessment of the aunt is negative by {date}, we will return to court seeking a "
    "care order and a long-term fostering match.",
    "If the placement breaks down, a move to {his} grandparents will be assessed by {date} so "
    "that {he} does not go to an emergency placement.",
    "Should family finding not identify adopters by {date}, the plan will be reviewed at the "
    "permanence panel with long-term fostering as the alternative.",
    "If {name} does not engage with the return-home plan, the contingency is to remain with "
    "{carer} under a care order; this will be tested at the review on {date}.",
)

OVERSIGHT_GOOD = (
    "Decision: {name} to remain with {carer}. Reason: {he} is settled, attending school and the "
    "stability meeting found no unmet support needs. Review at the next supervision ({date}).",
    "Decision: agree to extend family time to Saturdays because the last six sessions were "
    "positive and {name} asked for it. SW to update the plan by {date}.",
    "Decision: do not end s20 yet. Mother has not completed the parenting work; legal planning "
    "meeting by {date} to consider proceedings.",
    "Decision: approve the move to supported accommodation. {name} is 17, has completed the "
    "skills checklist and wants to move; PA to visit weekly for the first month.",
    "Decision: refer to the permanence panel. The SGO assessment is positive and the carer wants "
    "to proceed; paperwork by {date}.",
    "I have read the visit records. The placement is under strain; I have asked for a stability "
    "meeting by {date} because the carer has reported two incidents in a week.",
)
OVERSIGHT_POOR = ("Noted. Agree.", "Noted.", "Agree.", "Seen.", "Case discussed. Agree with plan.")

SUPERVISION_OPEN = (
    "Case discussed in supervision with {worker}.",
    "Supervision: reflective discussion of {name}'s plan.",
    "Case supervision. Progress since last session reviewed.",
    "Supervision held. {worker} updated on {name}.",
)
REVIEW_OPEN = (
    "Review chaired by the IRO. Present: {carer}, social worker, designated teacher.",
    "Review held at {school}. Present: social worker, {carer}, {his} mother (part).",
    "Review held virtually. Present: social worker, {carer}, LAC nurse.",
    "Review held at the carer's home. Present: {carer}, social worker.",
)
REVIEW_NO_VIEWS = (
    "{name} did not attend and {his} views were not available.",
    "",
    "The plan was agreed by the professionals present.",
)
REVIEW_DECISIONS = (
    "The IRO agreed the plan for permanence and recommended that the PEP is updated before the "
    "next review.",
    "Recommendations: the care plan remains appropriate; the health assessment is overdue and "
    "must be completed within 20 working days.",
    "The IRO is concerned about drift: the permanence plan has not progressed since the last "
    "review. Informal escalation to the team manager.",
    "The plan remains appropriate.",
    "All agreed. Next review in six months.",
)
