"""Does a care plan set out a contingency (parallel) plan?

Plans must "describe contingency arrangements if the proposed plan is not achievable, to reduce
delay" (CA1989 Guidance Vol 2, principles of planning; /work/shared/domain/README.md §7). A
heading with nothing behind it ("Contingency: none identified", "Plan B to be considered at next
review", "Parallel plan: N/A") is recorded as *no* contingency.
"""

from __future__ import annotations

import re

from casequality.headingkinds import (
    CONTINGENCY,
    CONTINGENCY_WORD_RE,
    IF_HEADING_RE,
    PREVIOUS,
    VOICE,
    classify_heading,
)
from casequality.headings import ACTIONS, sections
from casequality.spans import DECIMAL_MARK_RE, Section, Span

_NULL_CONTENT_RE = re.compile(
    r"^\W*(?:is\s+|are\s+|was\s+)?(?:none|nil|n/?a|not\s+applicable|tbc|tba|tbd|pending|unknown|nothing|"
    r"n/?k|not\s+known|(?:see|as)\s+above(?![\s.,;:–—-]*[A-Za-z])|as\s+before|as\s+previously|unchanged|same\s+as\s+\w+|"
    # "as per previous plan", "see last review": a pointer to a plan not in this one
    r"(?:as\s+per|see)\s+(?:the\s+)?(?:previous|last|earlier|original)\s+(?:care\s+)?(?:plan|review)|"
    # "Other options will be considered if a match is not found": no option named
    r"(?:other|alternative|further)\s+(?:[\w-]+\s+){0,2}options?\s+(?:will|would|to|may|might|could)\s+"
    r"be\s+(?:considered|explored|looked\s+at|reviewed)|"
    r"[-–—]|\?|(?:please\s+)?select\b|\[\s*(?:insert|add|enter|tbc|to\s+follow)[^\]]*\]|x{2,}\b|"
    r"to\s+follow|to\s+come|awaited|in\s+progress|"
    r"(?:(?:is|are|will\s+be|to\s+be)\s+)?(?:(?:to\s+be|will\s+be|being)\s+)?"
    r"(?:considered|agreed|confirmed|decided|determined|discussed|identified|explored|reviewed|"
    r"arranged|developed|completed|updated|formulated)\b|"
    r"not\s+(?:yet\s+|currently\s+|at\s+present\s+)?(?:identified|agreed|considered|applicable|known|"
    r"in\s+place|possible|available|needed|required|discussed|recorded|set|completed|developed)|"
    r"no\b|"
    # "We will have another meeting", "we'll meet again": a meeting to find one, not one
    r"(?:we|the\s+family|everyone|they)\s+(?:will|would|'ll|’ll)\s+(?:have|hold|call|arrange|meet)"
    r"(?:\s+(?:another|a\s+further|a\s+new|a)\s+(?:\w+\s+)?(?:meeting|conference|fgc|review))?"
    r"(?:\s+again)?\W*$)",
    re.IGNORECASE,
)
_NO_BEFORE_RE = re.compile(
    r"\b(?:no|not|without\s+a|nor\s+a|lack\s+of\s+a?)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_TICK_BOX_RE = re.compile(
    r"(?:in\s+place|agreed|identified)?\s*\??\s*\[(?P<yes>[^\]]?)\]\s*yes\s*\[(?P<no>[^\]]?)\]\s*no",
    re.IGNORECASE,
)
# An exported form's question, its radio answer on the line below, and the label of the details
# field under that: "… contingency plan?\nYes\nDetails".
_RADIO_RE = re.compile(
    r"[^\n?]*\?[ \t]*\n\s*(?P<answer>yes|no)[ \t]*(?=\n|$)"
    r"(?:\n\s*(?:details|(?:if\s+yes,?\s+)?(?:please\s+)?give\s+details)[ \t]*:?[ \t]*(?=\n|$))?",
    re.IGNORECASE,
)
# A tick box left empty beside "No": "[x] Yes  [ ] No".
_TICKED_RE = re.compile(r"\[\s*\]\s*no\s*$", re.IGNORECASE)
_NOT_POSSIBLE_AFTER_RE = re.compile(
    r"^\W*(?:plan(?:ning)?\s+)?(?:is|was|are)\s+(?:currently\s+|yet\s+|still\s+)?not\s+(?:currently\s+|yet\s+)?"
    r"(?:possible|in\s+place|available|needed|required|identified|agreed|achievable)",
    re.IGNORECASE,
)
# The label's own tail ("Plan:", " is"), on its line only: an empty "Contingency Plan:" field is
# not filled by the heading on the next line.
_MARKER_TAIL_RE = re.compile(
    r"^[\w]*(?:[ \t]+plan(?:ning|s)?)?(?:[ \t]+(?:details|arrangements?))?[\])]?[ \t]*"
    r"(?:[:\-–—]+|\bis\b)?[ \t]*",
    re.IGNORECASE,
)
_CONDITIONAL_RE = re.compile(
    r"(?:\bif\b|(?:^|[.;:]\s*|\b(?:and|but)\s+)should\b|\bin\s+the\s+event\b|\bwere\s+(?:the|this)\b)"
    r"[^.;]{0,140}?\b(?:not\s+(?:be\s+)?(?:possible|achievable|successful|safe|granted|approved|agreed|"
    r"identified|able|found)|no\s+longer|breaks?\s+down|broke\s+down|broken\s+down|disrupts?|ends|"
    r"unable|cannot|can't|can’t|fails?|negative|unsuccessful|does\s+not|doesn't|do\s+not|is\s+not|"
    r"isn't|continues\s+to\s+go\s+missing|not|end|ended|work\s+out|"
    r"refused|rejected|declined|withdrawn|turned\s+down|gives?\s+notice|given\s+notice|"
    # the plan's risk coming back: "if mum relapses", "should the placement become unsafe"
    r"relaps(?:e|es|ed)|deteriorat(?:e|es|ed)|worsens?|re-?offends?|collapses?|unsuitable|"
    r"becomes?\s+unwell|stops?\s+working|"
    r"(?:become|becomes|is|are)\s+unsafe|returns?\s+to\s+(?:drinking|using|drugs?|alcohol)|"
    # a risk plan's trigger: "if Mia goes missing", "if things go wrong", "a positive test"
    r"go(?:es)?\s+(?:missing|wrong)|gets?\s+worse|(?:is|are)\s+at\s+risk|"
    r"positive\s+(?:drugs?\s+|hair[- ]strand\s+)?(?:test|result)|"
    r"(?:risk|risks)\s+(?:remains?|increases?|escalates?)\s*(?:high)?)\b"
    r"|(?:\bif\b|(?:^|[.;:]\s*)should\b)[^.;]{0,140}?n['’]t\b",  # "If things don't work out"
    re.IGNORECASE,
)


# The start of the next field or heading: "Actions:", "Child's views:", "4. Actions".
_NEXT_LABEL_RE = re.compile(
    r"^\s*(?:\[?[A-Z][\w'’ /&()-]{0,40}\]?:|\d+[.)]?\s+[A-Z][\w'’ /&()-]{0,40}$)"
)


def _content_after(text: str, end: int) -> str:
    rest = text[end:]
    tail = _MARKER_TAIL_RE.match(rest)
    body = rest[tail.end() :] if tail else rest
    same_line, _, later = body.partition("\n")
    if _HEADING_TAIL_RE.fullmatch(same_line):
        same_line = ""  # "CONTINGENCY / DISRUPTION": the rest of the heading, not its content
    if same_line.strip():
        return re.split(r"(?<=[.!?])\s", same_line, maxsplit=1)[0].strip()
    # A heading on its own line ("15. Contingency") has its content below it; an empty field
    # ("Contingency Plan:") followed by the next field has none.
    following = next((line for line in later.split("\n") if line.strip()), "")
    value = re.match(r"\s*(?:value|answer|response)\s*:\s*", following, re.IGNORECASE)
    if value:
        following = following[value.end() :]  # "Field: Contingency details" / "Value: If …"
    elif _NEXT_LABEL_RE.match(following) or _next_heading(following):
        return ""
    following = DECIMAL_MARK_RE.sub("", following, count=1)  # "5.1 To be confirmed…"
    return re.split(r"(?<=[.!?])\s", following, maxsplit=1)[0].strip()


_HEADING_TAIL_RE = re.compile(r"\s*(?:/|&|and)\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*:?\s*", re.IGNORECASE)
# "Section G - Actions", "Kacper's wishes and feelings": the next section's title, so the
# heading above it was left empty.
_SECTION_TITLE_LINE_RE = re.compile(r"\s*(?:section|part)\s+[A-Z0-9]{1,3}\b", re.IGNORECASE)


def _next_heading(line: str) -> bool:
    return bool(_SECTION_TITLE_LINE_RE.match(line)) or (
        len(line.split()) <= 6
        and not re.search(r"[.!?]\s*$", line)
        and classify_heading(line.strip().rstrip(":")) in (VOICE, ACTIONS, PREVIOUS)
    )


_RULED_OUT_RE = re.compile(
    r"\w*(?:\s+(?:plan|at|present|this|stage|the|moment|time)){0,3}\s+(?:because|as|due\s+to|given)\b",
    re.IGNORECASE,
)
# "Placement with Nan is the plan and no alternative has been identified": a contingency box
# that says there is none; "To continue with the current plan" is the plan again.
_NO_ALTERNATIVE_RE = re.compile(
    r"\bno\s+(?:alternative|other\s+option|fall-?back|back-?up)s?\b|"
    r"^\W*(?:to\s+)?continue\s+with\s+(?:the\s+)?(?:current|same|existing)\s+plan|"
    # "…; the plan is not expected to change": the main plan again
    r"\bplan\s+is\s+not\s+expected\s+to\s+change\b|"
    # "Continue to monitor placement stability": watching the plan is not another plan
    r"^\W*(?:to\s+)?(?:continue\s+to\s+|keep\s+)?monitor(?:ing)?\b",
    re.IGNORECASE,
)


def assess_contingency(text: str, secs: list[Section] | None = None) -> tuple[bool, Span | None]:
    """(present, evidence). Evidence is the contingency text, or the empty statement of one."""
    positive: Span | None = None
    for m in CONTINGENCY_WORD_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        dot = text.rfind(". ", 0, m.start())
        begin = max(text.rfind("\n", 0, m.start()) + 1, dot + 2 if dot >= 0 else 0)
        piece = text[begin:line_end]
        lead = len(piece) - len(piece.lstrip())
        statement = Span(piece.strip(), begin + lead, begin + lead + len(piece.strip()))
        # "no contingency" on the same line; "[ ] No" ending the tick-box line above is not it
        window = text[max(0, m.start() - 25, text.rfind("\n", 0, m.start()) + 1) : m.start()]
        if _NO_BEFORE_RE.search(window) and not _TICKED_RE.search(window):
            if _RULED_OUT_RE.match(text, m.end()) or _OPTION_RULED_OUT_RE.search(window):
                # "Return to father is not a contingency because of his drug use", "Return
                # home is not a contingency the Local Authority would propose": an option
                # ruled out, not a statement that there is no contingency.
                continue
            return False, statement
        after = text[m.end() : line_end]
        if _NOT_POSSIBLE_AFTER_RE.match(re.sub(r"^[\w]*", "", after, count=1)):
            return False, statement
        content = _content_after(text, m.end())
        if content.endswith("?") and CONTINGENCY_WORD_RE.search(content):
            continue  # "Contingency plan" over "Is there a contingency plan?": that answers
        radio = _RADIO_RE.match(text, m.end())
        if radio:
            # "Is there a contingency plan?" / "Yes" / "Details" / what it is: an exported
            # form's radio answer, then its details field
            if radio.group("answer").lower() == "no":
                return False, statement
            content = _content_after(text, radio.end())
        box = _TICK_BOX_RE.match(content)
        if box:
            # "Contingency plan in place? [ ] Yes [x] No": the box answers; a ticked "Yes"
            # still needs the details below it
            if box.group("no").strip():
                return False, statement
            continue
        if not content and " and " in statement.text.lower() and ":" not in statement.text:
            continue  # "Permanence and contingency": a heading over fields of its own
        if (
            not content
            or _NULL_CONTENT_RE.match(content)
            or _NO_ALTERNATIVE_RE.search(content)
            or _vague_condition(content)
        ):
            if positive is not None and text[m.start() - 1 : m.start()] == "(":
                continue  # "Contingency: adoption (parallel plan), agreed at…": a gloss
            return False, statement
        positive = positive or statement
    if positive:
        return True, positive
    secs = sections(text) if secs is None else secs  # the checker has them already
    for sec in secs:
        # "If things get difficult" over what will happen then: a contingency section titled
        # by its question, with no contingency word in it
        # and "What happens if the plan doesn't work?", a form's question over its answer
        titled = IF_HEADING_RE.fullmatch(sec.heading) or sec.heading.endswith("?")
        if sec.kind == CONTINGENCY and titled:
            content = sec.body.text.strip()
            if content and not _NULL_CONTENT_RE.match(content) and not _vague_condition(content):
                return True, sec.body
    # A condition in the child's own views ("he would try family sessions if they are not at
    # the house") is their wish, not the plan's fallback.
    voice = [s.body for s in secs if s.kind == VOICE]
    for cond in _CONDITIONAL_RE.finditer(text):
        if any(v.start <= cond.start() < v.end for v in voice):
            continue
        stop = _SENTENCE_END_RE.search(text, cond.end())
        if stop and stop.group(0) == "?":
            continue  # "What happens if the plan doesn't work? N/A": the form asks; it is no plan
        if _no_alternative_after(text, cond):
            # "Should adoption not be achieved, the local authority will consider alternative
            # permanence options": the condition is there but no alternative is named.
            return False, Span(cond.group(0), cond.start(), cond.end())
        return True, Span(cond.group(0), cond.start(), cond.end())
    return False, None


_VAGUE_FALLBACK_RE = re.compile(
    r"^[^.;]{0,40}?,?\s*(?:then\s+)?(?:the\s+)?(?:local\s+authority|la|we|sw|iro|tm|team|department)?\s*"
    r"(?:will|would|is\s+to|are\s+to|to)?\s*(?:(?:consider|explore|look\s+at|review)\s+(?:the\s+)?"
    r"(?:other|alternative|further)\s+(?:[\w-]+\s+){0,2}options?(?:\s+for\s+\w+)?|"
    # "…, SW to request an early review": a meeting to decide, not the alternative itself
    r"(?:request|call|convene|arrange|hold|bring\s+forward)\s+(?:an?\s+|the\s+)?(?:early\s+|urgent\s+)?"
    r"(?:review|meeting|discussion)|"
    # "…, the Local Authority will consider its position": what it will do is not said
    r"(?:consider|review|reconsider)\s+(?:its|their|our|the)\s+(?:position|options|plan))\W*$",
    re.IGNORECASE,
)
_OPTION_RULED_OUT_RE = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:a|an|the)\s+$", re.IGNORECASE)


_CLAUSE_END_RE = re.compile(r"[.;\n]")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def _no_alternative_after(text: str, cond: re.Match[str]) -> bool:
    """The consequence of a condition, up to the end of its clause, names no alternative."""
    stop = _CLAUSE_END_RE.search(text, cond.end())
    return bool(_VAGUE_FALLBACK_RE.match(text[cond.end() : stop.start() if stop else len(text)]))


def _vague_condition(content: str) -> bool:
    """ "Should the plan not succeed, the Local Authority will consider its position": a
    condition whose consequence names no alternative."""
    cond = _CONDITIONAL_RE.match(content)
    return bool(cond and _no_alternative_after(content, cond))
