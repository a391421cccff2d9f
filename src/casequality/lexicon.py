"""Word lists for recognising owners, verbs and vague wording in English social-work records.

The lists were written from general knowledge of how English children's services record plans
(roles named in the CA1989 Guidance Vol 2 "principles of planning": family, carers, GP, nurse,
designated teacher…; see /work/shared/domain/README.md §7). They are deliberately general: they
name roles and verb families, not phrases from any one council's template.
"""

from __future__ import annotations

import re
from importlib.resources import files


def _words(name: str) -> frozenset[str]:
    """Words from `data/<name>.txt`: whitespace-separated, lines starting with # ignored."""
    text = files("casequality").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return frozenset(" ".join(lines).split())


def word_set(text: str) -> frozenset[str]:
    """Whitespace-separated words of an inline list, as a set."""
    return frozenset(text.split())


# --- owners -------------------------------------------------------------------------------

_ROLE_WORDS = r"""
social\s+workers? | sws? | ssws? | supervising\s+social\s+workers?
| allocated\s+(?:social\s+)?workers? | workers? | practitioners? | isws?
| independent\s+social\s+workers? | volunteers? | officers? | co-?ordinators? | befrienders?
| nspcc | barnardo'?s | action\s+for\s+children | home-?start | nyas | coram | catch22 | ymca
| connexions | women'?s\s+aid | citizens\s+advice | red\s+cross | refugee\s+council | csws?
| swrs? | s/ws? | f/cs? | p/as? | iros? | independent\s+reviewing\s+officers? | pas?
| personal\s+advis[eo]rs? | leaving\s+care\s+(?:workers?|team|pa)
| (?:foster\s*|kinship\s+|respite\s+)?carers? | fcs? | fosterers?
| connected\s+(?:persons?|carers?) | residential\s+(?:staff|workers?|manager|home) | staff
| resi(?:\s+staff)?
| key\s*workers? | kws? | home\s+manager | registered\s+manager
| pastoral\s+(?:leads?|managers?|workers?|team|staff)
| designated\s+(?:teacher|safeguarding\s+lead) | dts? | dsl | virtual\s+school(?:\s+head)?
| vsh? | head\s*teacher | head\s+of\s+(?:year|house|service|school) | class\s+teacher
| form\s+tutor | teachers? | teaching\s+assistants? | tas? | sencos? | school | college
| (?:college\s+|personal\s+)?tutors? | nursery | (?:learning\s+)?mentors?
| careers\s+advis[eo]rs? | gps? | health\s+visitors? | hvs?
| leaving\s+care(?!\s+(?:grant|allowance|payments?|bursary|plan|entitlements?|status|age|
  application))
| (?:lac|cla|school|specialist|looked\s+after)\s+nurses? | nurses? | paediatricians? | camhs
| therapists? | psychologists? | counsell?ors? | clinicians? | dentists? | yot(?:\s+worker)?
| youth\s+(?:offending|justice)\s+(?:workers?|service|team) | police | team\s+managers? | tms?
| practice\s+managers? | service\s+managers? | managers? | advanced\s+practitioners?
| fostering\s+(?:team|service|social\s+worker) | adoption\s+(?:team|agency|social\s+worker)
| family\s+finding\s+(?:team|social\s+worker) | placements?\s+team | commissioning(?:\s+team)?
| housing(?:\s+officer|\s+team|\s+department)? | independent\s+visitors? | advocates?
| family\s+support\s+workers? | fsws? | contact\s+(?:supervisors?|workers?) | solicitors?
| legal(?:\s+team)? | guardians? | cafcass | jobcentre(?:\s+plus)? | work\s+coach
| interpreters? | admissions(?:\s+team)? | finance(?:\s+team)? | kinship\s+team | uasc\s+team
| duty\s+team | (?:speech\s+and\s+language|occupational)\s+therapists? | salts? | ots?
| (?:adoption|post-?adoption|kinship|sgo)\s+support(?:\s+(?:team|service|workers?))?
| (?:family|fostering)\s+support\s+(?:team|service)
| (?:birth\s+|step-?)?(?:mum|mother|dad|father|parents?) | grandparents? | grandmother
| grandfather | childminders? | coach(?:es)? | instructors? | key\s+person
| (?:cp\s+|conference\s+|panel\s+)?chair(?:person)?s? | partners? | boyfriend | girlfriend
| husband | wife | nan | nana | nanny | gran | granny | grandad | grandpa | aunt(?:ie|y)?
| uncle | brother | sister | siblings? | cousins? | (?:family\s+)?support\s+workers?
| youth\s+workers? | case\s*workers?
| (?!(?:the|a|an|this|our|whole|same|wider)\b)[a-z]+\s+team | local\s+authority | la
| children'?s\s+services | yp | cyp | child | young\s+person | care\s+leaver | lac | cla
| undersigned
"""

ROLE_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")\b", re.IGNORECASE | re.VERBOSE)

# The label of an owner field in its spoken forms: "Who:", "Who will do it:", "Who's doing it:".
WHO_LABEL = (
    r"who(?:\s+will\s+(?:do\s+(?:it|this)|help(?:\s+(?:me|you))?)|['’]s\s+doing\s+it|"
    r"\s+is\s+doing\s+it|\s+is\s+helping)?"
)
# What a form box holds when nobody filled it in: "N/A", "TBC", "-", "see above".
BLANK_VALUE = r"n/?a|tbc|tba|none|nil|[-–—]+|see\s+above|as\s+above"

# Words that name the child rather than a professional or relative.
CHILD_TERM_RE = re.compile(
    r"\b(?:yp|cyp|child|young\s+person|care\s+leaver|lac|cla)\b", re.IGNORECASE
)

# A subject that names nobody in particular. Inspectors criticise "all professionals" and
# "the team" as owners because nobody can be held to them. "All" before a named role ("all
# staff", "all SWs") makes each holder of that role responsible, so it is not diffuse.
DIFFUSE_RE = re.compile(
    r"^(?:the\s+)?(?:all(?:\s+(?:the\s+)?(?:professionals|agencies|partners|services|parties|"
    r"workers|practitioners|adults|involved|concerned|others|of\s+us))?|everyone|everybody|us|"
    r"professionals|agencies|"
    r"partners|network|the\s+network|team|services|multi-agency|others?|"
    # "Someone from the team will book…": nobody in particular
    r"some(?:one|body)(?:\s+from\s+[\w\s]{1,30})?|any(?:one|body))$",
    re.IGNORECASE,
)

# "ms Bhatt": a title typed in lower case in a hurried note still names someone ("miss" does
# not: "miss School" is a verb and a noun).
HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|mr|mrs|ms|mx|dr)\.?\s+[A-Z][\w'’-]+")

# "me to visit every 4 wks", "im gonna cut down": the writer, in a note's shorthand
PRONOUN_OWNER_RE = re.compile(r"^(?:i|he|she|they|you|we|me|i['’]?m)$", re.IGNORECASE)

# Capitalised words that commonly open an action but are not people. Anything capitalised
# and not in this list is taken to be a name: names are open-ended, these nouns are not.
COMMON_CAPITALISED = _words("common_capitalised")

# --- verbs ----------------------------------------------------------------------------------

# Verbs describing an activity with no end point (SMART "measurable" fails on these unless an
# outcome or measure is attached).
VAGUE_VERBS = _words("vague_verbs")

# Verbs whose completion is observable: a referral made, a meeting held, a form submitted.
# Used to rescue a vague verb whose purpose clause names a deliverable ("support Amy to
# register with a GP").
DELIVERABLE_VERBS = _words("deliverable_verbs")

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
    "sought": "seek",
    "spent": "spend",
    "began": "begin",
    "begun": "begin",
    "has": "have",
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
    known = _ALL_VERBS
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
        ("n", ""),
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
KNOWN_VERBS = _words("known_verbs")

IMPERATIVE_VERBS = VAGUE_VERBS | DELIVERABLE_VERBS | KNOWN_VERBS
_ALL_VERBS = IMPERATIVE_VERBS

# A hedge that leaves an action open-ended ("monitor as needed"), unless what it hedges is set.
HEDGE = r"where\s+possible|as\s+(?:needed|required|appropriate)"
HEDGE_RE = re.compile(HEDGE, re.IGNORECASE)

# Objects that turn an otherwise concrete verb into an open-ended activity
# ("provide support", "share information", "report concerns", "meet her needs").
_VAGUE_OBJECT_PATTERNS = [
    # provide/offer/give + support, advice, a safe home…
    r"\b(?:provide|provides|provided|providing|offer|offers|offered|offering|give|giving|given)\s+"
    r"(?:[A-Z][\w'’-]+\s+|him\s+|her\s+|them\s+|the\s+(?:carers?|family|parents?)\s+)?"
    r"(?:(?:on-?going|ongoing|continued|continuing|regular|appropriate|additional|further|1:1|"
    r"one-to-one|extra|more|intensive|targeted|specialist|individual|"
    r"emotional|practical|therapeutic|a\s+safe\s+and|a|an|the|some|any|her|his|their)\s+){0,3}"
    r"(?:support|advice|guidance|reassurance|stability|care|consistency|boundaries|"
    r"safe|nurturing|loving|help|input|encouragement|oversight|structure|interventions?|time)\b"
    # "a time out card" is a thing; so are a care plan, care proceedings, a care leaver
    r"(?![\s-]+(?:out|plans?|package|proceedings|orders?|leavers?|records?)\b)",
    # "provide the carers with appropriate support", "Shannon to have English support"
    r"\b(?:provide|provides|providing|offer|offering)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+)?\s+with\s+"
    r"(?:(?:appropriate|additional|further|ongoing|extra|regular|some|any)\s+)?"
    r"(?:support|advice|guidance|reassurance|help)\b",
    r"\b(?:have|has|receive|receives|get|gets)\s+(?:(?:some|more|extra|additional|ongoing|"
    r"regular|[A-Z]\w+)\s+)?(?:support|help|input)\b(?!\s+(?:from|with)\s+(?:[\w-]+\s+){0,3}\d)",
    # "Parents to attend contact regularly": attending, with no count to meet
    r"\battend\w*\s+(?:[\w'’]+\s+){1,3}(?:regularly|consistently)\s*[.;,]?\s*$",
    r"\b(?:share|sharing|shared)\s+(?:relevant\s+)?information\b",
    # "share any concerns" is conditional; "share concerns about X with the police today" is not
    r"\b(?:report|share|raise|pass\s+on)\s+any\s+(?:\w+\s+)?concerns\b",
    # "tell the SW about any worries", "inform school of any changes": only if something happens
    # (but "within 1 school day" sets a standard for the telling that can be checked)
    r"\b(?:tell|inform|update|alert)\s+(?:[\w'’]+\s+){1,3}(?:about|of|re:?)\s+any\s+(?:\w+\s+)?"
    r"(?:concerns?|worries|worry|issues?|problems?|changes?|incidents?)\b(?![^.;]*\bwithin\b)",
    r"\b(?:report|share|raise|pass\s+on)\s+(?:\w+\s+)?concerns\s*[.;]?\s*$",
    # "start independence work" is open-ended; "start work with his uncle" is a job
    r"\b(?:start|begin|commence)\s+(?:\w+\s+){1,2}(?:work|support)\b(?!\s+(?:plan|agreement))",
    r"\b(?:needs|need)\s+(?:are|is|to\s+be|will\s+be|should\s+be|being|continue\s+to\s+be)\s+met\b",
    r"\bmeet\s+(?:[\w'’]+\s+){0,3}needs\b",
    r"\b(?:is|are|feels?|feel|keep\s+\w+|kept)\s+safe\b|\bfeel\s+(?:settled|safe|happy|secure)\b",
    r"\bkeep\s+(?:an\s+eye|in\s+touch|in\s+mind|informed|under\s+review)\b",
    r"\bkept\s+(?:informed|under\s+review)\b|\bunder\s+review\b",
    # "check in with Jo", not "her health check in May"
    r"\bcheck(?:s|ing)?\s+in\b(?!\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|autumn|winter|term|the\s+(?:spring|summer|autumn|winter|new)))"
    r"|\bcatch(?:es|ing)?\s+up\b",
    r"\bbe\s+(?:more\s+|very\s+|fully\s+)?(?:responsive|aware|mindful|available|consistent|"
    r"supportive|patient|present(?!\s+(?:at|for|during)\b)|involved|proactive|alert|vigilant|sensitive|attuned|nurturing|"
    r"open|honest|kind|good|happy|healthy|nice|polite)\b",
    r"\b(?:remain|stay)\s+(?:vigilant|alert|aware|mindful|involved|engaged|connected)\b",
    r"\bsort\s+(?:things|stuff|it|everything|this|that|issues)\s+out\b",
    # "a stable and loving home" (lower case, so "Secure Base training" is not caught)
    r"\b(?-i:(?:safe|stable|loving|nurturing|secure|consistent|warm)\s+(?:and\s+\w+\s+)?"
    r"(?:home|environment|placement|base|family\s+life|approach))\b",
    r"\bcut\s+down\b(?!\s+to\s+\d)|\bget\s+(?:fit|better|healthy|well|on)\b",
    r"\bconsult\s+(?:with\s+)?[\w'’]+\s+(?:about|on|re|regarding)\b",
    r"\b(?:better|more\s+(?:often|regularly|effectively)|properly|appropriately|positively|"
    r"effectively)\s*[.;,]?\s*$",
    r"\bhave\s+(?:a|their|his|her)\s+(?:say|voice|input)\b",
    r"\blet\s+\w+(?:\s+\w+)?\s+know\s+(?:of|about)\s+any\b",
    r"\bmake\s+(?:good|better|positive|safe|healthy|wise)\s+(?:choices|decisions)\b",
    r"\bmake\s+progress\b",
    # "attend to EHCP issues": deal with, no end point
    r"\battend\s+to\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:issues?|needs|concerns|matters)\b",
    r"\b(?:voice|views?|wishes)\s+(?:is|are|will\s+be|to\s+be|being)\s+(?:heard|listened\s+to)\b",
    r"\b(?:" + HEDGE + r")\b",
    r"\bas\s+(?:much|often)\s+as\s+(?:possible|she\s+can|he\s+can|they\s+can)\b",
    r"\bconsideration\s+(?:(?:to|will|should|must)\s+be\s+|is\s+to\s+be\s+)?given\b",
]
# Every pattern starts with a word boundary and a letter: the lookahead turns other positions away
# before the engine tries each pattern there (about 1.7 times faster, the same matches).
VAGUE_OBJECT_GUARD = r"(?=\b\w)"
VAGUE_OBJECT_RE = re.compile(
    VAGUE_OBJECT_GUARD + "(?:" + "|".join(_VAGUE_OBJECT_PATTERNS) + ")", re.IGNORECASE
)

# Verbs that do produce something observable after "keep" ("keep a diary").
KEEP_RECORD_RE = re.compile(  # "keep a diary", "keep her safety plan with her"
    r"\bkeep\w*\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:diar(?:y|ies)|records?|logs?|notes?|cop(?:y|ies)|charts?|books?|box(?:es)?|scrapbooks?|"
    r"journals?|folders?|albums?)\b"
    r"|\bkeep\w*\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}plan\s+with\b"
    # "keep Jordan on the young carers list": a name on a list is there or it is not
    r"|\bkeep\w*\s+(?:[\w'’-]+\s+){1,2}on\s+(?:the|a|their|his|her)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:list|register|roll)\b",
    re.IGNORECASE,
)

# Nouns that describe an open-ended activity when a fragment has no verb ("Life story work").
VAGUE_NOUN_RE = re.compile(
    r"\b(?:support|monitoring|work|review|stability|wellbeing|budgeting|promotion|input|"
    r"oversight|encouragement|involvement|engagement|liaison|guidance|advice|ongoing|"
    r"continued|development|independence|progress|contact|education|schooling|health|behaviour|"
    r"attendance|emotional|relationships?|attainment|confidence|self-esteem|aspirations?|awareness|"
    r"resilience|trust|belonging|self-worth|attachment|security|identity|planning)\b",
    re.IGNORECASE,
)

# Nouns naming a discrete, checkable thing ("Referral to CAMHS", "PA visits").
DELIVERABLE_NOUN_RE = re.compile(
    r"\b(?:referral|appointment|assessment|application|visits?|meeting|letter|test|check-?up|"
    r"certificate|passport|report|booked|made|completed|submitted|sent|arranged|held|"
    r"conference|course|sessions?|screening|medical|interview|therapy|counselling|tutoring|tuition|"
    r"mentoring|classes|lessons|club|work\s+experience|info|information\s+(?:pack|leaflet|sheet)|"
    r"leaflets?)\b",
    re.IGNORECASE,
)


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def correct_verb(word: str) -> str:
    """A misspelt known verb ("vist", "discus", "arange") read as the verb meant; else `word`.

    Only one edit (a letter dropped, added, swapped or changed) and only onto a verb the lists
    know, so unknown words are not pulled onto a guess; ties go to the alphabetically first.
    """
    w = word.lower()
    if len(w) < 4 or w in _ALL_VERBS:
        return w
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    edits |= {a + c + b for a, b in splits for c in _ALPHABET}
    found = sorted(e for e in edits if len(e) >= 4 and e in _ALL_VERBS)
    return found[0] if found else w
