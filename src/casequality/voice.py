"""Is the child's own voice in the record?

Regulation 5(e) of the Care Planning, Placement and Case Review (England) Regulations 2010
requires the care plan to record the child's wishes and feelings; inspectors criticise plans
that "did not evidence the involvement of and ownership by children". A sentence *about* the
child ("Isla is a content baby", "Carers say he is doing well") is not the child's voice.
What counts: the child's reported words, wishes, choices or participation ("Ben told the IRO…",
"Kai chaired his review", a quotation in the first person, a completed consultation form).
"""

from __future__ import annotations

import re

from casequality.headingkinds import VOICE
from casequality.headings import sections
from casequality.lexicon import CHILD_TERM_RE, HONORIFIC_RE
from casequality.people import _is_name
from casequality.preverbal import CHILD_DID_RE, OBSERVER_RE, PREVERBAL_RE, RESPONSE_RE
from casequality.prose import sentences
from casequality.segment import Section, Span
from casequality.speakers import (
    ADULT_SOURCE_RE,
    PRONOUN_REPORT_RE,
    REVIEWER_RE,
    adult_heading,
    adult_names,
    opens_with_adult,
    quoted_adult,
    reported_by_adult,
)
from casequality.voicesubject import _NEGATION_RE, _is_child_subject, _verb_has_child_subject

_VOICE_VERB_RE = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|shared|shares|expressed|expresses|explained|"
    r"explains|wrote|writes|drew|draws|chose|chooses|asked|asks|requested|requests|wants|wanted|"
    r"would\s+like|'d\s+like|wishes|wished|hopes|hoped|participated|took\s+part|"
    r"attend(?:ed|s)(?=\s*(?:[.,;:]|$|and\b|with\b|(?:\S+\s+){0,6}?(?:review|meeting|pep|"
    r"conference|panel|planning|consultation)))|"
    r"takes\s+part|contributed|contributes|chaired|chairs|presented|showed|shows|pointed|signed|"
    r"described|describes|spoke|speaks|joined(?=\s+(?:in|the\s+(?:review|meeting|call)|part))|"
    r"commented|mentioned|indicated|voiced|ticked|selected|typed|"
    # talking mats: "Tobias placed 'Nana Sundays' on the happy side"
    r"placed(?=\s+(?:\S+\s+){0,8}?on\s+the\s+\w+\s+side)|"
    r"responded|replied|answered|decided|disagreed|agreed|emailed|texted|rated|helped\s+(?:to\s+)?write|"
    r"(?:completed|filled\s+(?:in|out))\s+(?:his|her|their|the|a|an)?\s*(?:own\s+)?['‘\"“]?"
    r"(?:[\w ]{0,12}['’\"”]?\s*)?(?:consultation|booklet|form|all\s+about\s+me|"
    r"statement|mind\s+of\s+my\s+own|momo|questionnaire|page|section|survey|wishes|sheet)|"
    r"sent\s+(?:a|an|his|her|their)\s+(?:voice\s+note|message|letter|text|email|drawing|note|card|"
    r"video|picture|photo|whatsapp|snapchat|dm)|"
    r"(?:is|was|has\s+been|remains)\s+(?:very\s+)?(?:clear|keen|adamant)\s+(?:that|to|about)|"
    r"gave\s+(?:his|her|their)\s+views|read\s+out|has\s+(?:said|told|asked|expressed|shared|written|chosen))",
    re.IGNORECASE,
)
_NOT_YET_RE = re.compile(
    r"[^.;]{0,25}?\b(?:to\s+be\s+(?:sent|written|done)|will\s+be\s+(?:sent|written)|sent\s+by)\b"
)
_POSSESSIVE_VOICE_RE = re.compile(
    r"\b([A-Z][\w-]+)['’]s\s+(?:"
    r"(?:wish|wishes|view|views|hope|hopes|choice|preference|request)\s+(?:is|are|was|were)\s+"
    r"(?:to|that|for)\b"
    r"|(?:own\s+)?(?:letter|words|drawing|statement|message|poem|email)"
    r"|views\s+were\s+(?:conveyed|shared|given|passed\s+on|read|presented))",
)
# An advocate or interpreter carries the child's own words; a parent's "her views" are hers.
_ADVOCATE_VOICE_RE = re.compile(
    r"\b(?:advocate|interpreter|independent\s+visitor)\s+(?:\w+\s+){0,2}?(?:read\s+out|read|shared|"
    r"presented|passed\s+on|conveyed|relayed|gave|brought)\s+(?:his|her|their|[A-Z][\w-]+['’]s)\s+"
    r"(?:own\s+)?(?:views|wishes|statement|letter|words|feelings|message|questions)",
    re.IGNORECASE,
)
_ACCORDING_TO_RE = re.compile(
    r"\b(?i:according\s+to|in\s+the\s+words\s+of)\s+([A-Z][\w-]+|him|her)\b"
    # "according to Foyer staff": a named service's staff, not a child called Foyer
    r"(?!(?:\s+[A-Z][\w-]+)*\s+(?i:staff|team|workers?|carers?|school|college|police|services?|"
    r"manager)\b)"
)
# In single quotes, an apostrophe between letters ("I'm", "don't") is not the closing quote.
_QUOTE_RE = re.compile(
    r"[\"“]([^\"”]{4,})[\"”]|(?<![\w])['‘]((?:[^'‘’]|(?<=\w)['’](?=\w)){4,}?)['’](?![\w])"
)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I'd|I’d|I've|I’ve|I'll|me|my|mine|myself)\b")
_FIRST_PERSON_WISH_RE = re.compile(
    # "I want…", and typed in lower case on a phone ("i want to stay at jan and petes")
    r"\b(?:I|(?<![\w'’])i(?=\s+(?:want|wanna|dont|don't|would|'d|like|love|hate|wish|hope|miss)\b))"
    r"\s+(?:really\s+|also\s+|just\s+|do\s+|would\s+|still\s+)?(?:want|wanted|'d\s+like|would\s+like|"
    r"like|love|hate|wish|hope|miss|enjoy|prefer|feel\s+(?:happy|sad|safe|lonely|scared|settled|"
    r"listened|unsafe|angry|ok|okay)|don't\s+(?:want|like)|do\s+not\s+(?:want|like))\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?:really\s+|very\s+|so\s+)?(?:happy|sad|scared|worried|excited|nervous|proud|fine|ok|okay|lonely|bored)\b"
    r"|\b(?:my|in\s+my\s+own)\s+(?:views|words|wishes)\b",
)
_SW_WISH_RE = re.compile(r"^\s*(?:the|him|her|them|[A-Z][\w-]+)\s+to\b")
# In a "Child's views" section, a wish or a report counts; an adjective does not ("Leo is
# happy" is the worker's summary, not Leo's voice).
_WISH_WORD_RE = re.compile(
    r"\b(?:wants?|would\s+like|'d\s+like|wish(?:es)?|hopes?|likes?|loves?|hates?|"
    r"(?:chose|chooses|picked|picks|selected|pointed)(?!\s+not\b)|"
    r"misses|said|says|told|asked|prefers?|doesn't\s+like|does\s+not\s+like)\b",
    re.IGNORECASE,
)
_NULL_VOICE_RE = re.compile(
    r"^\W*(?:none|nil|n/?a|tbc|tba|unknown|not\s+\w+|no\s+\w+|to\s+be\s+\w+|to\s+follow|to\s+come|-|\?|"
    r"pending|too\s+young|"
    r"unable|declined|did\s+not|didn't|was\s+not|were\s+not|has\s+not|have\s+not)\b",
    re.IGNORECASE,
)
# "didn't want to talk today": a refusal to take part, not a wish about the plan.
_NON_PARTICIPATION_RE = re.compile(
    r"(?:\bnot|n't|n’t|\bnever)\s+(?:want\s+to\s+|wish\s+to\s+)?(?:talk|speak|share|engage|attend|"
    r"participate|take\s+part|comment|meet|give|contribute|be\s+involved|say)",
    re.IGNORECASE,
)
NEGATIVE_VOICE_RE = re.compile(
    r"\b(?:(?:views|wishes\s+(?:and|&)\s+feelings|voice)\s+)?(?:(?:(?:was|were|has|have|had)\s+not|"
    r"(?:was|were|has|have|had)n['’]t)\s+(?:been\s+)?(?:consulted|sought|obtained|gathered|recorded|"
    r"captured|seen|invited|spoken\s+to|asked|available|completed|returned|ascertained)|"
    r"not\s+(?:consulted|sought|obtained|gathered|recorded|captured|returned|completed|available|"
    r"invited|seen)|did\s+not\s+attend|didn't\s+attend|declined\s+to\s+\w+|too\s+young\s+to\s+\w+|"
    r"views?\s*[:–-]\s*(?:none|n/?a|tbc|unknown)|no\s+(?:pupil|child'?s?|young\s+person'?s?)\s+voice|"
    r"(?:views|wishes\s+(?:and|&)\s+feelings)\s+(?:unknown|not\s+known))",
    re.IGNORECASE,
)


def _first_person_quote(text: str, quote: re.Match[str]) -> bool:
    """A quotation in the first person that is speech: whose it is, `quoted_adult` tells."""
    inner = quote.group(1) or quote.group(2) or ""
    if not _FIRST_PERSON_RE.search(inner):
        return False
    # a "Getting to know me" booklet: the name of a thing, not speech
    return not _TITLE_AFTER_RE.match(text, quote.end())


_TITLE_AFTER_RE = re.compile(
    r"\s*(?:booklet|book|tool|form|worksheet|pack|programme|program|profile|document|sheet|app|"
    r"template|game|activity|session|folder|box)\b",
    re.IGNORECASE,
)


def _first_person_wish(text: str) -> re.Match[str] | None:
    for m in _FIRST_PERSON_WISH_RE.finditer(text):
        if not _SW_WISH_RE.match(text[m.end() :]):
            return m
    return None


_WISH_HEAD_RE = re.compile(
    r"^what\s+[\w'’-]+\s+(?:wants|would\s+like|hopes\s+for)\b|['’]s\s+wish(?:es)?\b", re.I
)
_FIRST_PERSON_HEAD_RE = re.compile(r"\b(?:I|my|me)\b", re.IGNORECASE)


def find_voice(text: str, secs: list[Section] | None = None) -> Span | None:
    """The first span that evidences the child's own voice, or None."""
    secs = sections(text) if secs is None else secs
    unheard: set[str] = set()  # views sections that said the child's views were not obtained
    cast = adult_names(text)
    for sec in secs:
        # Under "Mum's view:" a quotation or "I want…" is the parent's, not the child's.
        # "Mum: "I want him home"" - a role's words on its own line
        line_start = text.rfind("\n", 0, sec.body.start) + 1
        labelled = sec.body.text if text[line_start : sec.body.start].strip() else ""
        adults = adult_heading(sec.heading, labelled)
        # A quotation of several sentences ('"I don't need a PEP. Just get me a course."') is
        # read whole, before the sentence splitter cuts it at its full stops.
        adult_quotes: list[tuple[int, int]] = []
        for q in _QUOTE_RE.finditer(sec.body.text):
            # the record's text up to the quotation: a heading ("Mr Okafor stated:") may have
            # cut the speaker off the section's body
            adult = quoted_adult(text[: sec.body.start + q.start()], cast)
            if not adults and not adult and _first_person_quote(sec.body.text, q):
                start = sec.body.start + q.start()
                return Span(q.group(0), start, start + len(q.group(0)))
            if adult:
                adult_quotes.append(q.span())
        # A parent's quoted words ("Mrs Hussain says: "She wants to stay at Sue's…"") are
        # theirs: blanked, so no sentence of them is read as the child's.
        heard = sec.body
        for a, b in adult_quotes:
            heard = Span(heard.text[:a] + " " * (b - a) + heard.text[b:], heard.start, heard.end)
        adult_before = adults
        for sent in sentences(heard):
            if not sent.text.strip(" \"“”'‘’.,;:!?"):
                adult_before = True  # what is left of a parent's quoted words: theirs
                continue
            found = _voice_in_sentence(
                sent,
                first_person=not adults,
                pronoun_adult=adult_before,
                # the IRO's comments record the review, the child's wishes in it included
                adult_wishes=adults and not REVIEWER_RE.search(sec.heading),
                known_adults=cast,
            )
            if found:
                return found
            adult_before = adults or opens_with_adult(sent.text)
        if sec.kind == VOICE and (
            _NULL_VOICE_RE.match(sec.body.text) or NEGATIVE_VOICE_RE.search(sec.body.text)
        ):
            unheard.add(sec.heading)
        if (
            sec.kind == VOICE
            and not adults
            and sec.heading not in unheard  # "Too young to say." then "Placement" below it
            and not _NULL_VOICE_RE.match(sec.body.text)
            and not reported_by_adult(sec.body.text)
            and not _cast_reports(sec.body.text, cast)
        ):
            # "Liam is quiet. Carer says he enjoys football.": the carer's sentence is hers, and
            # so is "She said Adam cries…" after a sentence about her, or her quoted words
            body = " ".join(_childs_sentences(heard, cast))
            wish = (
                _WISH_WORD_RE.search(body)
                or re.match(r"\W*to\s+\w", body)
                # "What Mia wants: a night light, …" (on the heading's line; a paragraph
                # below it about the child - "Reece is settled" - is not his wish)
                or (_WISH_HEAD_RE.search(sec.heading) and labelled)
            )
            # Under a first-person heading ("What I want:", "My views") the words are the child's,
            # and so are first-person words under the child's views heading ('"I'm staying here
            # till uni. Sorted."', which the sentence splitter cuts in two).
            first_person = _FIRST_PERSON_HEAD_RE.search(sec.heading) or _FIRST_PERSON_RE.search(
                body
            )
            wish = wish or first_person
            if wish and not (NEGATIVE_VOICE_RE.search(body) or _NON_PARTICIPATION_RE.search(body)):
                return sec.body
    second = _SECOND_PERSON_WISH_RE.search(text)
    if second:
        return Span(second.group(0), second.start(), second.end())
    return _observed_preverbal(text, secs, cast)


def _childs_sentences(body: Span, cast: frozenset[str]) -> list[str]:
    """The sentences of a views section that are not an adult's account."""
    kept, adult_before = [], False
    for st in sentences(body):
        adults_account = (
            reported_by_adult(st.text)
            or _cast_reports(st.text, cast)
            or (adult_before and bool(PRONOUN_REPORT_RE.match(st.text)))
        )
        if not adults_account and st.text.strip(" \"“”'‘’.,;:!?"):
            kept.append(st.text)
        adult_before = opens_with_adult(st.text) or adults_account
    return kept


def _cast_reports(body: str, cast: frozenset[str]) -> bool:
    """ "Colin said Kai is settled", where the record lists Colin as the keyworker."""
    m = _CAST_REPORT_RE.match(body)
    return m is not None and m.group(1) in cast


_CAST_REPORT_RE = re.compile(
    r"\s*([A-Z][a-z'’-]+)\s+(?:\w+\s+){0,2}?(?:said|says|reported|reports|feels|felt|thinks|told)\b"
)


# A plan written to the child ("Your plan, Marcus"): "where you want to be", "you told us".
_SECOND_PERSON_WISH_RE = re.compile(
    r"(?<!\bif\s)(?<!\bwhen\s)\byou\s+(?:really\s+|also\s+|have\s+)?(?:want(?:ed)?|told\s+(?:me|us)|"
    r"said|asked\s+(?:for|to|if|me|us)|chose|would\s+like|'d\s+like|wish|hope)\b",
    re.IGNORECASE,
)


def _observed_preverbal(text: str, secs: list[Section], cast: frozenset[str]) -> Span | None:
    if not PREVERBAL_RE.search(text):
        return None
    for sec in secs:
        for sent in sentences(sec.body):
            # Framed as observed, under a views heading, or told as what the child did:
            # "He crawled to his carer and settled", "Zara: observed feeding well, she settles".
            framed = (
                sec.kind == VOICE or OBSERVER_RE.search(sent.text) or CHILD_DID_RE.match(sent.text)
            )
            if (
                framed
                and RESPONSE_RE.search(sent.text)
                and not reported_by_adult(sent.text)
                and not _cast_reports(sent.text, cast)
            ):
                return sent
    return None


def _voice_in_sentence(
    sent: Span,
    *,
    first_person: bool = True,
    pronoun_adult: bool = False,
    adult_wishes: bool = False,
    known_adults: frozenset[str] = frozenset(),
) -> Span | None:
    t = sent.text
    source = ADULT_SOURCE_RE.search(t)
    if source and not CHILD_TERM_RE.search(source.group(0)):
        return None
    # "Mr Okafor said Precious wants to come home", "She said Adam cries when he leaves": an
    # adult's account of the child. Only the child's own telling, reported ("…said Freya told
    # her…"), is still the child's voice in it.
    adult_report = (
        reported_by_adult(t)
        or _cast_reports(t, known_adults)
        or (pronoun_adult and bool(PRONOUN_REPORT_RE.match(t)))
    )
    for q in _QUOTE_RE.finditer(t):
        if adult_report:
            t = t[: q.start()] + " " * (q.end() - q.start()) + t[q.end() :]
            continue
        if (
            first_person
            and _first_person_quote(t, q)
            and not quoted_adult(t[: q.start()], known_adults, pronoun_adult)
        ):
            return Span(q.group(0), sent.start + q.start(), sent.start + q.end())
        # An adult's quoted words are theirs: blank them so "I'm proud of him" is not read
        # as the child's first-person wish below.
        t = t[: q.start()] + " " * (q.end() - q.start()) + t[q.end() :]
    wish = _first_person_wish(t) if first_person else None
    if wish:
        return sent
    source = _ACCORDING_TO_RE.search(t)
    if source and _is_child_subject(source.group(1)):
        return sent  # "According to Jake, school is boring"
    if _ADVOCATE_VOICE_RE.search(t):
        return sent  # "his advocate read out his statement": the child's words, conveyed
    for m in _POSSESSIVE_VOICE_RE.finditer(t):
        if _NOT_YET_RE.match(t, m.end()):
            continue  # "with Ben's letter sent by 31/03": a letter planned, not yet written
        if re.search(HONORIFIC_RE.pattern + r"$", t[: m.end(1)]):
            continue  # "Ms Granger's words": an adult's
        if not _NEGATION_RE.search(t[m.end() : m.end() + 20]) and _is_name(m.group(1)):
            return sent
    for m in _VOICE_VERB_RE.finditer(t):
        if adult_report and not _TELLING_RE.match(m.group(0)):
            continue
        if _verb_has_child_subject(
            t, m, pronoun_adult=pronoun_adult, adults=adult_wishes, known_adults=known_adults
        ):
            return sent
    return None


# The child's own telling, which an adult's account may carry.
_TELLING_RE = re.compile(
    r"(?:told|tells|said|says|asked|asks|wrote|writes|texted|explained|shared)\b", re.IGNORECASE
)


def find_negative_voice(text: str) -> Span | None:
    """A statement that the child's views were not obtained, for use as evidence."""
    m = NEGATIVE_VOICE_RE.search(text)
    if not m:
        return None
    return Span(m.group(0), m.start(), m.end())
