"""Word lists for recognising owners, verbs and vague wording in English social-work records.

The lists were written from general knowledge of how English children's services record plans
(roles named in the CA1989 Guidance Vol 2 "principles of planning": family, carers, GP, nurse,
designated teacher…; see /work/shared/domain/README.md §7). They are deliberately general: they
name roles and verb families, not phrases from any one council's template.
"""

from __future__ import annotations

import re

# --- owners -------------------------------------------------------------------------------

_ROLE_WORDS = r"""
social\s+workers? | sws? | ssws? | supervising\s+social\s+workers? | allocated\s+(?:social\s+)?workers?
| workers? | practitioners? | iros? | independent\s+reviewing\s+officers? | pas? | personal\s+advis[eo]rs?
| leaving\s+care\s+(?:workers?|team|pa) | (?:foster\s*|kinship\s+|respite\s+)?carers? | fcs? | fosterers?
| connected\s+(?:persons?|carers?) | residential\s+(?:staff|workers?|manager|home) | staff | key\s*workers?
| home\s+manager | registered\s+manager | designated\s+(?:teacher|safeguarding\s+lead) | dts? | dsl
| virtual\s+school(?:\s+head)? | vsh? | head\s*teacher | head\s+of\s+(?:year|house|service|school)
| class\s+teacher | form\s+tutor | teachers? | teaching\s+assistants? | tas? | sencos? | school | college
| (?:college\s+|personal\s+)?tutors? | nursery | (?:learning\s+)?mentors? | careers\s+advis[eo]rs?
| gps? | health\s+visitors? | (?:lac|cla|school|specialist|looked\s+after)\s+nurses? | nurses?
| paediatricians? | camhs | therapists? | psychologists? | counsell?ors? | clinicians? | dentists?
| yot(?:\s+worker)? | youth\s+(?:offending|justice)\s+(?:workers?|service|team) | police
| team\s+managers? | tms? | practice\s+managers? | service\s+managers? | managers? | advanced\s+practitioners?
| fostering\s+(?:team|service|social\s+worker) | adoption\s+(?:team|agency|social\s+worker)
| family\s+finding\s+(?:team|social\s+worker) | placements?\s+team | commissioning(?:\s+team)?
| housing(?:\s+officer|\s+team|\s+department)? | independent\s+visitors? | advocates?
| family\s+support\s+workers? | contact\s+(?:supervisors?|workers?) | solicitors? | legal(?:\s+team)?
| guardians? | cafcass | jobcentre(?:\s+plus)? | work\s+coach | interpreters? | admissions(?:\s+team)?
| finance(?:\s+team)? | kinship\s+team | uasc\s+team | duty\s+team | (?:speech\s+and\s+language|occupational)\s+therapists?
| (?:birth\s+|step-?)?(?:mum|mother|dad|father|parents?) | grandparents? | grandmother | grandfather
| nan | nana | nanny | gran | granny | grandad | grandpa | aunt(?:ie|y)? | uncle | brother | sister
| siblings? | cousins? | local\s+authority | la | children'?s\s+services
| yp | cyp | child | young\s+person | care\s+leaver | lac | cla
"""

ROLE_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")\b", re.IGNORECASE | re.VERBOSE)

# Words that name the child rather than a professional or relative.
CHILD_TERM_RE = re.compile(
    r"\b(?:yp|cyp|child|young\s+person|care\s+leaver|lac|cla)\b", re.IGNORECASE
)

# A subject that names nobody in particular. Inspectors criticise "all professionals" and
# "the team" as owners because nobody can be held to them.
DIFFUSE_RE = re.compile(
    r"^(?:the\s+)?(?:all(?:\s+\w+)?|everyone|everybody|we|us|professionals|agencies|"
    r"partners|network|the\s+network|team|services|multi-agency|others?)$",
    re.IGNORECASE,
)

HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+")

PRONOUN_OWNER_RE = re.compile(r"^(?:i|he|she|they|you)$", re.IGNORECASE)

# Capitalised words that commonly open an action but are not people. Anything capitalised
# and not in this list is taken to be a name: names are open-ended, these nouns are not.
COMMON_CAPITALISED = frozenset(
    """
    a an the this that these those it its there their his her our my your all any each every
    both either no none some such other another further ongoing current new next last
    contact referral referrals support work life story health dental education therapy therapeutic
    monitoring direct consideration application appointment letter transport meeting case team
    plan plans placement review reviews assessment assessments funding sibling siblings records
    record information tutor tuition housing accommodation financial finance finances money
    budgeting independence identity emotional behaviour behavior attendance progress contingency
    parallel permanence long short term terms weekly monthly daily fortnightly regular
    consent passport birth certificate school college nursery court legal panel child young
    person people family families birth parents action actions target targets task tasks outcome
    outcomes goal goals needs need risk risks safety safeguarding wellbeing stability mental
    physical sexual exploitation missing return home youth offending police gp camhs iha rha pep
    ehcp ehc sen send sdq lac cla cp cin plo fgc sgo sgo's cao ico iro sw pa dt vs vsh yp cyp
    uasc neet eet hmrc dwp ni id cv care leaver leavers leaving staying put setting up allowance
    bursary bank isa junior national insurance universal credit council local authority la
    children's services social worker workers interim final initial full half first second third
    summer spring autumn winter easter christmas term holiday holidays january february march
    april may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
    maths english science reading writing phonics art music pe drama football swimming gym
    continue continued monitor ensure consider explore keep maintain promote encourage improve
    reduce increase help assist liaise engage address develop build arrange book complete
    refer make apply attend visit see meet send share update provide offer obtain request check
    take give hold chair convene write read register open enrol find source seek review discuss
    talk speak call ring phone email text tell ask inform notify collect buy pay fund transfer
    confirm agree approve discuss look aim try be do get go put set run use
    dentist optician doctor hospital gp's ehcp's professionals agencies partners everyone
    everybody network present apologies attendees minutes agenda
    """.split()
)

# --- verbs ----------------------------------------------------------------------------------

# Verbs describing an activity with no end point (SMART "measurable" fails on these unless an
# outcome or measure is attached).
VAGUE_VERBS = frozenset(
    """
    support monitor encourage promote help assist work consider explore look think liaise engage
    address maintain ensure improve reduce build develop nurture strengthen enhance empower
    discuss talk speak chat ring call phone contact try aim manage review oversee prepare
    continue care reassure facilitate progress keep
    """.split()
)

# Verbs whose completion is observable: a referral made, a meeting held, a form submitted.
# Used to rescue a vague verb whose purpose clause names a deliverable ("support Amy to
# register with a GP").
DELIVERABLE_VERBS = frozenset(
    """
    apply arrange attend book buy chair collect complete confirm convene create deliver drive
    email enrol enroll escalate file finish fund get give hold introduce invite make meet move
    nominate obtain open pass pay present produce record refer register release request return
    run save see send share sign sit start submit take teach text transfer update visit write
    join achieve gain find source instruct appoint allocate inform tell notify agree approve
    draw choose apply learn buy set pay
    """.split()
)

_IRREGULAR = {
    "kept": "keep",
    "met": "meet",
    "seen": "see",
    "saw": "see",
    "made": "make",
    "taken": "take",
    "took": "take",
    "given": "give",
    "gave": "give",
    "done": "do",
    "did": "do",
    "sent": "send",
    "written": "write",
    "wrote": "write",
    "held": "hold",
    "got": "get",
    "found": "find",
    "brought": "bring",
    "told": "tell",
    "paid": "pay",
    "sat": "sit",
    "set": "set",
    "put": "put",
    "gone": "go",
    "went": "go",
    "bought": "buy",
    "drawn": "draw",
    "drew": "draw",
    "chosen": "choose",
    "chose": "choose",
    "thought": "think",
    "spoken": "speak",
    "spoke": "speak",
    "run": "run",
    "read": "read",
    "learnt": "learn",
    "built": "build",
}


def lemma(word: str) -> str:
    """Crude English lemmatiser for verb forms: enough to map 'supported' to 'support'.

    Suffix stripping is tried against the known verb lists so that unknown words pass through
    unchanged rather than being mangled.
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    known = VAGUE_VERBS | DELIVERABLE_VERBS | KNOWN_VERBS
    if w in known:
        return w
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix):
            cand = w[: len(w) - len(suffix)] + repl
            if cand in known:
                return cand
            # doubled consonant: "referred" -> "refer", "planning" -> "plan"
            if len(cand) > 2 and cand[-1] == cand[-2] and cand[:-1] in known:
                return cand[:-1]
    return w


# Other common base-form verbs that can open an imperative action ("Visit Noah", "Book the
# review"). Knowing them lets the owner check tell an imperative from a named subject.
KNOWN_VERBS = frozenset(
    """
    visit book update refer arrange complete apply attend make send share provide offer obtain
    request check take give hold chair convene write read register open enrol find source seek
    tell ask inform notify collect buy pay fund transfer confirm agree approve keep catch plan
    undertake carry do hold sign submit go use bring put set identify gather schedule organise
    organize chase escalate invite provide record log weigh screen test supervise ensure
    recruit allocate contact progress sort feel settle stay remain have be reflect sustain look
    """.split()
)

IMPERATIVE_VERBS = VAGUE_VERBS | DELIVERABLE_VERBS | KNOWN_VERBS

# Objects that turn an otherwise concrete verb into an open-ended activity
# ("provide support", "share information", "report concerns", "meet her needs").
VAGUE_OBJECT_RE = re.compile(
    r"\b(?:provide|provides|provided|providing|offer|offers|offered|offering|give|giving|given)\s+"
    r"(?:(?:on-?going|ongoing|continued|continuing|regular|appropriate|additional|further|"
    r"emotional|practical|therapeutic|a\s+safe\s+and|a|an|the|some|any|her|his|their)\s+){0,3}"
    r"(?:support|advice|guidance|reassurance|stability|care|consistency|boundaries|"
    r"safe|nurturing|loving|help|input|encouragement|oversight|structure)\b"
    r"|\b(?:share|sharing|shared)\s+(?:relevant\s+)?information\b"
    r"|\breport\s+(?:any\s+)?concerns\b"
    r"|\b(?:needs|need)\s+(?:are|is|to\s+be)\s+met\b|\bmeet\s+(?:\w+\s+){0,3}needs\b"
    r"|\b(?:is|are|feels?|feel|keep\s+\w+|kept)\s+safe\b|\bfeel\s+(?:settled|safe|happy|secure)\b"
    r"|\bkeep\s+(?:an\s+eye|in\s+touch|in\s+mind|informed|under\s+review)\b"
    r"|\bkept\s+(?:informed|under\s+review)\b|\bunder\s+review\b"
    r"|\bcheck(?:s|ing)?\s+in\b|\bcatch(?:es|ing)?\s+up\b|\bbe\s+(?:mindful|aware|available)\b"
    r"|\bsort\s+(?:\w+\s+)?out\b|\bwhere\s+possible\b|\bas\s+(?:needed|required|appropriate)\b",
    re.IGNORECASE,
)

# Verbs that do produce something observable after "keep" ("keep a diary").
KEEP_RECORD_RE = re.compile(r"\bkeep\w*\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:diary|record|log|note|copy|chart)", re.IGNORECASE)

# Nouns that describe an open-ended activity when a fragment has no verb ("Life story work").
VAGUE_NOUN_RE = re.compile(
    r"\b(?:support|monitoring|work|review|stability|wellbeing|budgeting|promotion|input|"
    r"oversight|encouragement|involvement|engagement|liaison|guidance|advice|ongoing|"
    r"continued|development|independence|progress)\b",
    re.IGNORECASE,
)

# Nouns naming a discrete, checkable thing ("Referral to CAMHS", "PA visits").
DELIVERABLE_NOUN_RE = re.compile(
    r"\b(?:referral|appointment|assessment|application|visits?|meeting|letter|test|check-?up|"
    r"certificate|passport|report|booked|made|completed|submitted|sent|arranged|held|"
    r"conference|course|sessions?|screening|medical|interview)\b",
    re.IGNORECASE,
)
