"""Management oversight: is there a decision, and is the reason for it recorded?

Inspection findings single out oversight entries such as "Noted. Agree." that record neither
what was decided nor why (Ofsted ILACS: leaders' oversight should be purposeful and recorded;
/work/shared/domain/README.md §4). An entry passes when it records a decision *and* a reason.
"""

from __future__ import annotations

import re

from casequality.entry import SIGNATURE_RE, manager_text
from casequality.lexicon import IMPERATIVE_VERBS, ROLE_RE, lemma
from casequality.opening import _MODAL_RE
from casequality.oversight_words import DECISION_RE, REASON_RE
from casequality.people import names_owner
from casequality.prose import sentences
from casequality.segment import Span, is_action_like
from casequality.spans import sentence_around, split_span

# A drop-down left at its prompt: "Decision: Select...", "Please select".
_PLACEHOLDER_RE = re.compile(r"^\s*(?:please\s+)?select\b.*$|^\s*choose\b.*$", re.IGNORECASE)


def assess_oversight(text: str) -> tuple[str, Span | None]:
    """('ok' | 'no_decision' | 'no_reason', evidence span)."""
    text = manager_text(text)
    decision = _manager_decision(text)
    if not decision:
        stripped = text.strip()
        start = text.find(stripped) if stripped else 0
        return "no_decision", Span(stripped, start, start + len(stripped))
    box = _DECISION_FIELD_RE.search(text)
    following = text[box.end() :].lstrip("\n") if box is not None else ""
    if (
        box is not None
        and not _PLACEHOLDER_RE.sub("", box.group("body")).strip(" .-–—\t")
        and (not following.strip() or re.match(r"[ \t]*[A-Z][\w'’ ]{1,30}:", following))
    ):
        # "Decision:" left empty on a form: whatever the other boxes say, nothing was decided.
        return "no_decision", Span(box.group(0).strip(), box.start(), box.end())
    a, b = decision.start(), decision.end()
    if box is not None and box.group("body").strip() and a < box.start():
        # "SW request for decision on whether to proceed…" above "Decision: not to proceed": the
        # word in the request is not the manager's decision; the box is
        word = re.search(r"decision", box.group(0), re.IGNORECASE)
        if word is not None:
            a, b = box.start() + word.start(), box.start() + word.end()
    field = _REASON_FIELD_RE.search(text)
    above = field is not None and re.fullmatch(
        r"\s*(?:see|as)\s+above[\s.]*", field.group("body"), re.IGNORECASE
    )
    if above and field is not None and REASON_RE.search(text[: field.start()]):
        field = None  # "Rationale: as above" after a decision that gave its reason
    if field is not None and _empty_reason(field.group("body")):
        # A form with a reason box judged by what is in the box: blank, "As per panel", "In
        # line with policy" or the decision said again give no reason, whatever the decision
        # line says in passing.
        return "no_reason", sentence_around(text, a, b)
    # "Rationale: N/A" gives no reason; blank it (keeping offsets) before looking for one.
    masked = _NULL_RATIONALE_RE.sub(lambda m: " " * len(m.group(0)), text)
    if field is None and _decided_below_summary(text, box, decision):
        # A case summary, then "Decision: Not agreed." or a last line "Agreed.": the summary
        # says what was asked and why the worker asked; the manager's own reason is missing
        # unless the decision line (or what follows it) gives one.
        start = box.start() if box is not None else sentence_around(text, a, b).start
        masked = " " * start + masked[start:]
    if REASON_RE.search(masked) or _explains(masked, a, b):
        return "ok", None
    return "no_reason", sentence_around(text, a, b)


def _decided_below_summary(text: str, box: re.Match[str] | None, decision: re.Match[str]) -> bool:
    """The decision stands in its own box or on its own last line, under a summary."""
    if box is not None and box.group("body").strip(" .-\t"):
        return len(text[: box.start()].split()) >= 25
    line_start = text.rfind("\n", 0, decision.start()) + 1
    line_end = text.find("\n", decision.end())
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if len(text[:line_start].split()) < 25:
        return False
    if len(line.split()) <= 3:
        return True
    # "Agree with IRO decisions." or "Approved. Reg 24 in place from today." opening the last
    # line above the signature: the manager's line under the summary
    after = text[line_end:] if line_end != -1 else ""
    return not text[line_start : decision.start()].strip() and all(
        len(rest.split()) <= 6 for rest in after.splitlines()
    )


# A decision word in a sentence of case history or of someone else's view is not the
# manager's decision: "CHC funding was declined in January", "single assessment 2022, NFA",
# "The guardian's view is that the siblings should be placed together".
_REPORTED_RE = re.compile(
    r"\b(?:was|were|been|previous(?:ly)?|history|police|guardian(?:['’]s)?|view\s+is|says|said|"
    r"told|reports?|reported|(?<![/.-])(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "The IRO has recommended that…", "the Guardian had agreed": someone else's decision.
_OTHERS_RE = re.compile(
    r"\b(?:iro|guardian|panel|school|camhs|police|sw|social\s+worker|carers?|parents?|mum|dad|"
    r"family|psychologist|doctor|gp|solicitor|court|judge)\s+(?:has|have|had)\s+"
    r"(?:\w+\s+)?(?:recommended|agreed|requested|asked|advised|suggested|proposed|decided)\b",
    re.IGNORECASE,
)


def _manager_decision(text: str) -> re.Match[str] | None:
    """The first decision word that is not in a sentence of history or of others' views."""
    first = None
    for m in DECISION_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"\bre\s*:[^.]*$", text[line_start : m.start()], re.IGNORECASE):
            continue  # "Re: Mr & Mrs Doyle – annual review of approval": what it is about
        sentence = sentence_around(text, m.start(), m.end())
        if _OTHERS_RE.search(text, sentence.start, m.end()):
            continue
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if _REQUEST_LINE_RE.match(line):
            continue  # "Request: Agreement in principle for Nathan to stay…": what was asked
        after = text[m.end() : line_start + len(line)]
        if (
            m.group(0).lower() == "decision"
            and not after.lstrip().startswith(":")
            and (
                (line.isupper() and not text.isupper())
                or not after.strip()
                or re.match(r"\s*(?:record|log|form|sheet)\b", after, re.IGNORECASE)
            )
        ):
            continue  # "HEAD OF SERVICE — CASE DECISION RECORD", "Head of Service decision"
        first = first or m
        # "Given that Jamal has been found…, I am directing…": the manager's own clause.
        clause = re.split(
            r"(?:[,;:]\s*|\s[-–—]\s*|\s+and\s+)(?=(?:I|we)\b)", text[sentence.start : m.start()]
        )[-1]
        if not _REPORTED_RE.search(clause):
            return m  # nothing reported before it in its sentence: "I agree … he told his SW"
    # A short entry is all the manager's own ("Agreed as previously discussed").
    return first if first is not None and len(text.split()) < 60 else None


_DECISION_FIELD_RE = re.compile(
    r"^[ \t]*(?:manager['’]?s\s+|management\s+)?decision[ \t]*:[ \t]*(?P<body>[^\n]*)$", re.I | re.M
)
# The reason box of an oversight form, up to the next "Label:" line.
_REASON_FIELD_RE = re.compile(
    r"^[ \t]*(?:reasons?(?:\s+for\s+(?:the\s+)?decision)?|"
    r"rationale(?:\s+for\s+(?:the\s+)?decision)?)"
    r"[ \t]*:[ \t]*(?P<body>.*(?:\n(?![ \t]*[A-Z][\w' ]{1,30}:).*)*)",
    re.IGNORECASE | re.MULTILINE,
)
# Header lines before a sentence: short ones ("Helen Moss TM") and form fields ("Case note
# type: Management Oversight", "Date: 19/02/2025  Author: Ian Whitby (TM)").
_HEADER_LINES_RE = re.compile(
    r"^(?:[ \t]*(?:(?:\S+[ \t]+){0,3}\S+|[A-Z][\w /]{0,25}:[^\n]*)[ \t]*\n)+"
)
# A field label of up to five words: "Mgr oversight:", "Case note type:".
_LABEL = r"(?:[A-Za-z'’&/]+\s+){0,4}[A-Za-z'’]+(?:\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?:\s*"
_LABEL_RE = re.compile("^" + _LABEL)
# Stock words that give no reason: "Noted.", "Agree.", "Plan appropriate.", "Agree with SW
# recommendation." (removed before the box is judged, so what is left must be a reason).
_STOCK_REASON_RE = re.compile(
    r"\b(?:agree(?:d)?\s+with\s+(?:the\s+)?(?:sw|social\s+worker|iro)(?:['’]s)?\s+"
    r"(?:recommendation|plan|view)s?|noted|agreed?|approved?|ok(?:ay)?|fine|"
    r"plan\s+(?:is\s+)?appropriate|appropriate)\b\W*",
    re.IGNORECASE,
)
_EMPTY_REASON_RE = re.compile(
    r"(?:n/?a|none|nil|tbc|[-–—]+|\.+|see\s+above|as\s+above|as\s+per\s+[\w' ]{1,30}|"
    r"(?:in\s+line\s+with|as\s+per|in\s+accordance\s+with)\s+(?:the\s+)?(?:local\s+)?"
    r"(?:policy|procedures?|guidance)(?:\s+and\s+(?:procedures?|guidance))?|"
    r"(?:as\s+)?discussed(?:\s+(?:in|at|with)\s+[\w ]{1,30})?)",
    re.IGNORECASE,
)


def _empty_reason(body: str) -> bool:
    """A reason box left blank, filled with a placeholder, holding the decision again
    ("Decision made that placement will continue", "Noted. Agree.", "Plan appropriate.") or
    only an instruction ("SW to update the chronology")."""
    body = SIGNATURE_RE.sub("", body).strip().strip(" .;")
    rest = _STOCK_REASON_RE.sub("", body).strip(" .;")
    if not rest or _EMPTY_REASON_RE.fullmatch(rest):
        return True
    if _is_action(rest) and not REASON_RE.search(rest) and "." not in rest:
        return True
    restated = re.match(
        r"(?:(?:the\s+)?decision\s+(?:made|taken|is)|agreed|approved)\b", body, re.IGNORECASE
    )
    return bool(restated) and not REASON_RE.search(body) and len(body.split()) <= 16


# A reason label with nothing behind it: "Rationale: N/A", "Reason: to be confirmed",
# "rationale discussed", "reasons as discussed", "Rationale - see case notes".
_NULL_RATIONALE_RE = re.compile(
    r"\b(?:rationale|reasons?|reasoning|why)(?:\s+for\s+(?:the\s+)?(?:decision|this))?"
    r"\s*(?:[:\-–—]\s*)?(?:n/?a|none|nil|tbc|tba|-|"
    r"not\s+recorded|to\s+be\s+(?:confirmed|agreed|added|recorded)|to\s+follow|pending|"
    r"(?:as\s+)?discussed(?:\s+(?:in|at|with)\s+[\w ]{1,30})?|see\s+(?:case\s+)?notes?|"
    r"see\s+above|in\s+(?:the\s+)?(?:case\s+)?notes?)?\s*(?:[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)


_PASSIVE_ORDER_RE = re.compile(r"(?:to|will|should|must)\s+be\s+[a-z]+(?:ed|en)\b", re.I)
_NOUN_THEN_VERB_RE = re.compile(
    r"\s*[A-Za-z]+\s+(?:is|are|was|were|has|have|had|remains?)\b", re.IGNORECASE
)


def _is_action(text: str) -> bool:
    """An instruction to someone ("SW to visit…"), as opposed to a consequence ("the respite
    arrangement will give the carers a break"), which is reasoning."""
    if not is_action_like(text) or _NOUN_THEN_VERB_RE.match(text):
        return False  # "contact is already 3x weekly": 'contact' is a noun here, not an order
    modal = _MODAL_RE.search(text)
    if modal is None:
        role = ROLE_RE.match(text.lstrip())
        # "Foster carers overwhelmed": a role that opens with a verb-like word is a subject.
        return not (role and " " in role.group(0).strip())
    if _PASSIVE_ORDER_RE.match(text, modal.start()):
        return True  # "Reg 24 extension to be requested": an order, whoever carries it out
    verb = re.match(r"\s*([A-Za-z]+)", text[modal.end() :])
    if verb and lemma(verb.group(1)) not in IMPERATIVE_VERBS:
        return False  # "Disclosure by child to teacher of…": 'to' before a noun gives no order
    return names_owner(text[: modal.start()]) or not text[: modal.start()].strip()


def _explains(text: str, a: int, b: int) -> bool:
    """A reason given without a connective: another substantial sentence that is not an action.

    "Not approved. Moving Charlie now would disrupt his GCSE year." The six-word floor, and
    leaving out record-keeping notes ("Next review in 3 months", "Case discussed with SW"),
    keep bare notes from counting as reasoning.
    """
    clauses = [c for s in sentences(Span(text, 0, len(text))) for c in split_span(s, _CLAUSE_RE)]
    for sent in clauses:
        if sent.start <= a < sent.end:
            continue  # the clause holding the decision itself
        # "Helen Moss TM\nI have reviewed this file.": a short header line before the sentence
        body = _HEADER_LINES_RE.sub("", sent.text)
        words = len(body.split())
        if words < 6 or _is_action(body) or _ADMIN_RE.match(body) or _META_RE.match(body):
            continue
        if _PLEASE_RE.match(body) or _CIRCULAR_RE.search(body):
            continue  # "please proceed and let them know"; "the right decision for Sam"
        if _PAPERWORK_RE.fullmatch(_LABEL_RE.sub("", body.strip())):
            continue  # "Mgr oversight: 11 missing episodes reviewed.": work done, no reason
        if words >= 7 or _FINITE_RE.search(body):
            return True
    # A short reason is still a reason when it says something about the child, the family or
    # the risk ("Approved; Jack is safe now.", "Agreed, mum has engaged with every session"):
    # content beyond decision words, with a verb of its own.
    # "Decision: the placement will end." (a label), not "Closing the case: the family moved"
    labelled = _COLON_RE.match(text, b) if text[a:b].lower() in _LABELS else None
    for part in (p for c in clauses for p in split_span(c, _COMMA_RE)):
        if part.start <= a < part.end and _DECISION_ONLY_RE.fullmatch(part.text.strip(" .;,")):
            continue
        if labelled is not None and part.start == labelled.end():
            continue  # "Decision: the placement will end." states the decision, not why
        text_part = part.text if not (part.start <= a < part.end) else part.text[b - part.start :]
        text_part = _HEADER_LINES_RE.sub("", text_part)  # "27/10/25\nCase discussed with TM"
        n_words = len(text_part.split())
        if n_words < 2 or (n_words == 2 and not (part.start > a and _STATE_RE.search(text_part))):
            continue  # "carers exhausted" after the decision still says why; "safe" does not
        if (
            _is_action(text_part)
            or _PLEASE_RE.match(text_part)
            or _ADMIN_RE.match(text_part)
            or _PAPERWORK_RE.fullmatch(text_part.strip())
        ):
            continue
        named = _NAMED_SUBJECT_RE.search(text_part)  # "Jade starts college…": a verb of its own
        if named or (
            _SUBSTANCE_RE.search(text_part)
            and (_FINITE_RE.search(text_part) or _STATE_RE.search(text_part))
        ):
            return True  # "Family now stable." needs no verb to be a reason
        if not (part.start <= a < part.end) and _ABSENCE_RE.match(text_part):
            return True  # "Declined - no DBS check on the household.": what is missing
    return False


# A clause naming what is absent is a reason of its own; "no further action" is a decision.
_LABELS = frozenset({"decision", "direction"})
_COLON_RE = re.compile(r"\s*:\s*")
_REQUEST_LINE_RE = re.compile(
    r"\s*(?:request|proposal|question|reason\s+for\s+(?:oversight|referral))\s*:", re.IGNORECASE
)
# An instruction ("please proceed with the extension") or a reason that only restates the
# decision ("I think this is the right decision for Sam and in his best interests").
_PLEASE_RE = re.compile(r"\W*(?:please|pls|can\s+you|could\s+you)\b", re.IGNORECASE)
_CIRCULAR_RE = re.compile(
    r"^(?:(?!\bbecause\b|\bas\b|\bsince\b).)*\b(?:right\s+(?:decision|thing|plan|course)|"
    r"(?:in|for)\s+(?:his|her|their|the\s+child['’]s|[A-Z]\w+['’]s)\s+best\s+interests?)\b"
    r"(?:(?!\bbecause\b|\bas\b|\bsince\b).)*$",
    re.IGNORECASE,
)
# "Child: Kai Lewis (10), long-term match with…", "Item 3: Harry (10), request for…": what the
# entry is about, as a form or agenda prints it.
_META_RE = re.compile(
    r"\s*(?:child|young\s+person|yp|case|re|subject|date|item\s*\d+|name|pupil|request|proposal|"
    r"question)\s*:",
    re.I,
)
_ABSENCE_RE = re.compile(
    r"\s*(?:no|nil|without)\s+(?!further\s+action|decision|changes?\b|update|comment)\w+",
    re.IGNORECASE,
)


_COMMA_RE = re.compile(r",\s*|:\s+")
# Clauses: semicolons and spaced dashes ("Extension agreed - the report isn't back yet").
_CLAUSE_RE = re.compile(r";\s*|\s[-–—]\s")


# "Risk assessment completed and reviewed": a record of work done, not a reason.
_STATE_RE = re.compile(
    r"\b(?:stable|safe|unsafe|settled|thriving|improved|improving|sober|calmer|better|worse|"
    r"consistent|inconsistent|at\s+risk|well|happy|distressed|tired|vulnerable|exhausted|"
    r"struggling|overwhelmed|unwell|isolated|homeless|pregnant|delayed|outstanding)\b",
    re.IGNORECASE,
)
_PAPERWORK_RE = re.compile(
    r"(?:[\w'’/-]+\s+){0,7}(?:has\s+been\s+|have\s+been\s+|is\s+|was\s+)?(?:completed|reviewed|updated|"
    r"uploaded|noted|checked|seen|done|signed|read|discussed|received|sent|attached|filed)"
    r"(?:\s+(?:and|&)\s+\w+)?\W*",
    re.IGNORECASE,
)
_DECISION_ONLY_RE = re.compile(r"[\w\s'’/-]{0,40}", re.IGNORECASE)
# Who or what a reason is about: the child or family (a name, a pronoun, a relative) or the
# risk and circumstances.
_NAMED_SUBJECT_RE = re.compile(
    r"(?-i:\b(?!(?:The|This|That|It|There|Plan|Case|Decision|Actions?|Review|See|Next)\b)"
    r"[A-Z][a-z]+(?:'s|’s)?\s+(?:is|are|was|were|has|have|had|will|would|can|cannot|"
    r"does|did|wants?|needs?|remains?|feels?|says?|said|[a-z]+ed|[a-z]{3,}s)\b)"
)
_SUBSTANCE_RE = re.compile(
    r"(?-i:\b(?!(?:Plan|Case|Decision|Actions?|Review|Placement|Order)\b)[A-Z][a-z]+(?:'s|’s)?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|cannot|"
    r"does|did|wants?|needs?|remains?|feels?|says?|said|[a-z]+ed|[a-z]+s)\b)"
    r"|\b(?:he|she|they|mum|mother|dad|father|parents?|carers?|child|children|baby|yp|cyp|"
    r"family|home|school|placement|risks?|safe|safety|harm|injur(?:y|ies)|neglect|abuse|"
    r"concerns?|drinking|drugs?|alcohol|violence|missing|exploitation|attendance|progress|"
    r"engage[sd]?|engagement|behaviour|needs|wellbeing|health|relationship|"
    # the evidence a decision waits on: "expert report delayed"
    r"report|assessment|tests?|results?|evidence|hearing)\b",
    re.IGNORECASE,
)

_ADMIN_RE = re.compile(
    r"\s*(?:[A-Za-z]{2,4}:\s*|"
    + _LABEL
    + r")?(?:next\s+review|actions?|case\s+(?:discussed|reviewed|noted)|seen|noted|read|reviewed|"
    r"discussed|checked|visits?\s+(?:are\s+)?(?:up\s+to\s+date|in\s+timescale)|chronology|"
    r"supervision\s+held|no\s+changes|case\s+(?:remains|to\s+remain|is)\s+open|"
    # what was asked for, before the answer: "Short break request for Noah (parents' request)"
    r"(?:[\w'’-]+\s+){0,3}(?:request|proposal|application)\s+(?:for|from|to)|"
    r"(?:[\w'’-]+\s+){0,2}(?:has\s+|have\s+)?ask(?:s|ed)\s+(?:me\s+)?(?:whether|if)\b|"
    # a list of records kept: "case summary updated, visits in timescale"
    r"(?:[\w-]+\s+){1,3}(?:updated|uploaded|on\s+file|in\s+timescales?|up\s+to\s+date)(?=\s*[,.;]|$)|"
    # how the work was done, not why the decision: "I have reviewed the file…", "The SW has
    # visited within timescales…", "Members present: …", "Thanks to Jess…", "Panel considered…"
    r"(?:the\s+)?(?:sw|social\s+worker)\s+(?:is|has\s+been)\s+(?:visiting|seeing)|"
    r"i(?:\s+have|'ve|’ve)\s+(?:reviewed|read|looked|checked|considered|noted|"
    r"(?:been|gone|looked)\s+(?:through|over|at))|i\s+(?:note|acknowledge)|(?:the\s+)?(?:sw|social\s+worker)\s+"
    r"(?:has\s+)?(?:visited|presented|updated|completed)|members\s+present|thanks|thank\s+you|"
    r"(?:the\s+)?panel\s+considered|this\s+(?:matter|case)\s+was\s+discussed|genogram|"
    r"good\s+(?:piece\s+of\s+)?work)\b",
    re.IGNORECASE,
)


_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|would|will|could|shows?|remains?|means|risks?|evidence|"
    r"needs?|progress|concerns?|wishes|addresses|reflects|meets|can|cannot|can't|does|did|"
    r"doesn't|didn't|(?:is|are|was|were|has|have|had|won|would|could)n['’]t|wants?|feels?|says|said|(?-i:[a-z]{3,}ed)|hit|left|took|went|came|told|made|"
    r"got|saw|gave|kept|lost|found|ran|broke|fell|threw|stole|slept)\b",
    re.IGNORECASE,
)
