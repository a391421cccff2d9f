"""Whose words a voice verb reports: is the subject of "said", "wants", "chose" the child?

"Ben told the IRO…" is the child's voice; "Mum said she wants him home", "Mrs Ross says…",
"Colin said…" (Colin listed as the keyworker), "to think about what he wants" and "held on
15 August agreed" are not. Deciding the subject of a voice verb - a name, a pronoun that may
point back to an adult, a subject elided after a comma - is its own family of patterns and
rules. voice.py finds the voice verbs, quotations and views sections, and asks this module
who is speaking.
"""

from __future__ import annotations

import re

from casequality.lexicon import CHILD_TERM_RE, DIFFUSE_RE, HONORIFIC_RE, ROLE_RE
from casequality.people import _is_name
from casequality.speakers import ADULT_REPORT_RE, ADULT_REPORTER_RE, NAME_WORD_RE

_CLAUSE_BOUNDARY_RE = re.compile(
    r"[,;:]\s*|\s(?:and|but|who|where|then|when|which|that)\s", re.IGNORECASE
)
_FILLER_RE = re.compile(
    r"\([^)]*\)|\b(?:also|later|then|clearly|has|have|had|herself|himself|themselves|really|"
    r"consistently|again|recently|previously|always|often|today|initially|independently|earlier|"
    r"but|and|so|yet|afterwards|subsequently)\b",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(
    r"\b(?:not|never|no|refused|declined|unable|too\s+young|failed)\b|n't|n’t", re.IGNORECASE
)
_AFTER_NEGATION_RE = re.compile(r"^\s*(?:not|never|n't)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"(?:he|she|they)", re.IGNORECASE)
# Everyday words that are also given names, read as names only as the subject of a voice verb.
_NAME_LIKE_WORDS = frozenset(
    {"summer", "autumn", "april", "may", "june", "july", "august", "hope", "faith", "grace"}
)
_WISH_VERB_RE = re.compile(
    r"wants|wanted|would\s+like|'d\s+like|wishes|wished|hopes|hoped|asks|asked|"
    r"(?:is|was|has\s+been|remains)\s+(?:very\s+)?(?:clear|keen|adamant)\s+(?:that|to|about)",
    re.IGNORECASE,
)
_INDIRECT_RE = re.compile(
    r"\b(?:what|whether|how|where)\s+(?:he|she|they|(?-i:[A-Z][\w'’-]+))\s*$", re.IGNORECASE
)


def _is_child_subject(phrase: str) -> bool:
    words = _FILLER_RE.sub(" ", phrase).split()
    if not words or len(words) > 4:
        return False
    joined = " ".join(words)
    if HONORIFIC_RE.match(joined):
        return False  # "Mrs Ross says…": a child is not written with a title
    # "you" in a plan written to the young person ("What you told us: …") is the child.
    if re.fullmatch(r"(?:he|she|they|you)", joined, re.IGNORECASE):
        return True
    if joined == "I":
        return False  # "I have chaired Lucas's reviews…": the record's writer, an adult
    if joined.lower() in _NAME_LIKE_WORDS and joined[:1].isupper():
        return True  # "Summer said…": a season says nothing; a child called Summer does
    if CHILD_TERM_RE.fullmatch(re.sub(r"^the\s+", "", joined, flags=re.IGNORECASE)):
        return True
    if (ROLE_RE.search(joined) and not CHILD_TERM_RE.search(joined)) or DIFFUSE_RE.match(joined):
        return False
    if joined.lower() == "we":
        return False  # "We agreed that you will stay": the meeting, not the child
    return len(words) <= 2 and all(_is_name(w) for w in words)


def _verb_has_child_subject(
    sentence: str,
    verb: re.Match[str],
    *,
    pronoun_adult: bool = False,
    adults: bool = False,
    known_adults: frozenset[str] = frozenset(),
) -> bool:
    """Whether the voice verb's subject is the child. `pronoun_adult`: a bare "he", "she" or
    "they" here refers to an adult (the sentence before was about Mum, or the section is
    "Grandmother's views")."""
    before = sentence[: verb.start()]
    after = sentence[verb.end() :]
    if adults and _WISH_VERB_RE.fullmatch(verb.group(0)):
        # under "PA's view", "Callum is keen to engage" is the PA's reading of him
        return False
    if pronoun_adult and any(_is_name(w) for w in NAME_WORD_RE.findall(before)):
        pronoun_adult = False  # "I spoke with Ellie and she told me…": 'she' is Ellie
    if _AFTER_NEGATION_RE.match(after):
        return False
    if _INDIRECT_RE.search(before):
        return False  # "to think about what he wants": a question to explore, not his answer
    if re.search(r"\b(?:if|unless|whether|once)\s+(?:he|she|they|[A-Z][\w'’-]+)\s+$", before):
        return False  # "go with him if he wants": a condition, not a wish he has voiced
    if _WISH_VERB_RE.fullmatch(verb.group(0)) and ADULT_REPORTER_RE.search(before):
        # "Mum reports he wants to come home", "Staff say Ryan wants…": the adult's account of
        # the child's wish. What the child *said* or *told* someone, relayed, still counts.
        return False
    bounds = list(_CLAUSE_BOUNDARY_RE.finditer(before))
    clause = before[bounds[-1].end() :] if bounds else before
    if _NEGATION_RE.search(clause):
        return False
    if _FILLER_RE.sub(" ", clause).strip():
        lead_in = before[: bounds[-1].end()] if bounds else ""
        if _PRONOUN_RE.fullmatch(clause.strip()) and ADULT_REPORT_RE.search(lead_in):
            return False  # "Dad expressed that he wants…": 'he' is Dad
        # "Carer said Daniel told her…": the name right before the verb is its subject.
        if re.search(HONORIFIC_RE.pattern + r"\s*$", clause):
            return False  # "Mrs Ross says": the surname after a title is an adult's
        last = re.search(r"([A-Z][\w'’-]+|\b(?:he|she|they))\s*$", clause)
        if (
            last
            and last.group(1).lower() in _NAME_LIKE_WORDS
            and re.search(r"\d\s*$", clause[: last.start()])
        ):
            last = None  # "held on 15 August agreed": a date, not a child called August
        adult = last and _PRONOUN_RE.fullmatch(last.group(1))
        if pronoun_adult and (adult or _PRONOUN_RE.fullmatch(_FILLER_RE.sub(" ", clause).strip())):
            return False  # "Mum said … She would like overnight support": 'she' is Mum
        if adult and last and ADULT_REPORT_RE.search(clause[: last.start()]):
            return False  # "Mum said she wants…": 'she' is Mum
        if any(w in known_adults for w in re.findall(r"[A-Z][a-z'’-]+", clause)):
            return False  # "Colin said…" where the record lists "Colin Duffy (keyworker)"
        return _is_child_subject(clause) or bool(last and _is_child_subject(last.group(1)))
    if not bounds:
        return False  # the verb opens the sentence ("Agreed to continue with plan")
    # Elided subject ("Ryan refused to engage, but later told…"): use the sentence's subject.
    start = sentence.rfind(":", 0, verb.start()) + 1  # "How Harry was involved: Harry met…"
    opening = sentence[start:].strip()
    opening = re.sub(r"^[\w ]{1,30}\s[-–—]\s+", "", opening)  # "review - Freddie came…"
    head = re.split(r"\s+(?=[a-z])", opening, maxsplit=1)[0] if opening else ""
    if head.lower() == verb.group(0).lower():
        return False  # "…note: Spoke to SW by phone": the verb opens it, with no subject
    if pronoun_adult and _PRONOUN_RE.fullmatch(head):
        return False
    return bool(head) and head not in known_adults and _is_child_subject(head)
