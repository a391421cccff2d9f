"""Who is speaking in a views section: the child, or an adult talking about the child.

A parent's "I want him home", a carer's "he is happy here" and a PA's "keen to engage" are not the
child's voice. These patterns recognise the adult's account: a views heading that names only
adults ("Mum's view", "10. The birth parents' wishes"), a sentence opened by an adult whose
"she" or "they" the next sentence goes on with, an adult reporting what they think the child
wants, and "(per carer)" sources.
"""

from __future__ import annotations

import re

from casequality.lexicon import CHILD_TERM_RE, HONORIFIC_RE, ROLE_RE

# A parent or professional reporting their own view: the pronoun that follows is theirs.
ADULT_REPORT_RE = re.compile(
    r"\b(?:mum|mother|dad|father|parents?|carers?|foster\s+carers?|grandmother|grandfather|nan|"
    r"aunt|uncle|sw|social\s+worker|iro|pa|teacher|school|staff)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|expressed|explained|stated|reported|feels|felt|thinks|believes|told\s+\w+)"
    r"\s*(?:that\s*)?$",
    re.IGNORECASE,
)


# An adult telling what they think the child wants: a role or a titled name, then a verb of
# reporting or opinion ("Mum reports", "Residential staff say", "Mrs Ross feels that").
ADULT_REPORTER_RE = re.compile(
    r"(?:" + ROLE_RE.pattern + r"|" + HONORIFIC_RE.pattern + r")(?:['’]s)?\s+(?:\w+\s+){0,2}?"
    r"(?:say|says|said|report|reports|reported|feel|feels|felt|think|thinks|thought|believe|"
    r"believes|believed|describe|describes|described|note|notes|noted|observe|observes|observed|"
    r"explain|explains|explained|state|states|stated|advise|advises|advised)\b",
    re.IGNORECASE | re.VERBOSE,
)


def reported_by_adult(body: str) -> bool:
    """'Voice of the child: FC said she loves school': the section opens with an adult's account."""
    m = ADULT_REPORTER_RE.match(body.strip())
    return m is not None and not CHILD_TERM_RE.search(m.group(0))


_HEADING_WORDS_RE = re.compile(
    r"\b(?:views?|wish(?:es)?|feelings?|comments?|words|voice|and|of|the|what|says?|said|"
    r"thinks?|s|report|update|feedback|observations?|account)\b|[^\w\s]|\d+",
    re.IGNORECASE,
)


def adult_heading(heading: str, body: str = "") -> bool:
    """'Mum's view', 'Carers' comments', "10. The birth parents' wishes", "Family's views": a
    views heading that names only adults; or a bare role ('Mum:') over a quotation. "PA: Rosie
    Okafor" labels a field, and heads nobody's views."""
    named = ROLE_RE.search(heading) or _FAMILY_RE.search(heading) or HONORIFIC_RE.search(heading)
    if not named or CHILD_TERM_RE.search(heading):
        return False
    if not (_VIEWS_WORD_RE.search(heading) or body.lstrip()[:1] in ('"', "“", "'", "‘")):
        return False
    # "Mrs Hussain says": a titled adult's words
    rest = HONORIFIC_RE.sub(" ", ROLE_RE.sub(" ", _FAMILY_RE.sub(" ", heading)))
    return not _HEADING_WORDS_RE.sub(" ", rest).strip()


REVIEWER_RE = re.compile(r"\b(?:iro|independent\s+reviewing\s+officer|chair)\b", re.I)
_VIEWS_WORD_RE = re.compile(
    r"\b(?:views?|wish(?:es)?|feelings?|comments?|words|voice|says?|said|thinks?|report|update|"
    r"feedback|observations?|account)\b",
    re.IGNORECASE,
)
NAME_WORD_RE = re.compile(r"\b(?!(?:She|He|They|I|The|This)\b)[A-Z][a-z'’-]+")
_FAMILY_RE = re.compile(r"\b(?:family|families|adopters?|birth\s+family)\b", re.IGNORECASE)
# A sentence about an adult: "Mum said the stairlift…", "Mr and Mrs Kerr are happy…", "The
# foster carers report…". A "she" or "they" in the next sentence is most likely that adult.
_OPENS_WITH_ADULT_RE = re.compile(
    r"\s*(?:(?:the|her|his|their)\s+)?(?:"
    + ROLE_RE.pattern
    + r"|"
    + HONORIFIC_RE.pattern
    + r")(?!['’]s)\b",
    re.IGNORECASE | re.VERBOSE,
)


def opens_with_adult(sentence: str) -> bool:
    m = _OPENS_WITH_ADULT_RE.match(sentence)
    return m is not None and not CHILD_TERM_RE.search(m.group(0))


# "(per carer)", "according to the FC": the sentence is an adult's account, however worded.
ADULT_SOURCE_RE = re.compile(
    r"(?:\(|\b)(?:per|according\s+to|as\s+reported\s+by|reported\s+by|via)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?!advocate|interpreter|independent\s+visitor)"  # they carry the child's own words
    r"(?:" + ROLE_RE.pattern + r")\b",
    re.IGNORECASE | re.VERBOSE,  # ROLE_RE is written verbose
)


# The record's own cast list: "Present: Colin Duffy (keyworker)", "Placed with: Mr Marcus and
# Mr Daniel Hale-Simmons", "Laura Bamford (SW)". A name declared with a title or a role is an
# adult's; a name with an age ("Theo Barker (23 months)", "Kai (14)") is a child's.
_TITLED_NAME_RE = re.compile(r"(?-i:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z'’-]+))")
_NAME_WITH_NOTE_RE = re.compile(
    r"(?-i:\b([A-Z][a-z'’-]+)(?:\s+[A-Z][\w'’-]+)?)\s*\(([^()\n]{1,60})\)"
)
_AGE_NOTE_RE = re.compile(r"^\s*\d{1,2}(?:\s*(?:months?|yrs?|years?))?\b", re.IGNORECASE)


# A record written to the child: "Dear Ellie,", "Hi Kai" or "Grace," opening one of its first
# lines.
_ADDRESSEE_RE = re.compile(
    r"^[ \t]*(?:(?:[Dd]ear|[Hh]i|[Hh]ello)[ \t]+([A-Z][a-z'’-]+)\b[^\n]{0,20}|([A-Z][a-z'’-]+),)"
    r"[ \t]*$",
    re.M,
)
# A name and what it reports: "Lorraine and Pete told the meeting", "Mrs Lister says".
_NAMED_REPORTER_RE = re.compile(
    r"\b([A-Z][a-z'’-]+)(?:\s+(?:and|&)\s+([A-Z][a-z'’-]+))?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:said|says|told|tells|reported|reports|thinks|thought|feels|felt|explained|shared)\b"
)


def adult_names(text: str) -> frozenset[str]:
    """Given names (or surnames after a title) that the record declares as adults'. In a
    record written to the child ("Dear Ellie,") the child is "you", so every other name that
    reports something ("Lorraine and Pete told the meeting that you…") is an adult's."""
    adults = {m.group(1) for m in _TITLED_NAME_RE.finditer(text)}
    addressed = _ADDRESSEE_RE.search(text[:400])
    if addressed:
        child = addressed.group(1) or addressed.group(2)
        for m in _NAMED_REPORTER_RE.finditer(text):
            adults.update(n for n in m.groups() if n and n != child)
    children = set()
    for m in _NAME_WITH_NOTE_RE.finditer(text):
        note = m.group(2)
        if _AGE_NOTE_RE.match(note):
            children.add(m.group(1))
        elif ROLE_RE.search(note) and not CHILD_TERM_RE.search(note):
            adults.add(m.group(1))
    return frozenset(adults - children)


# "He said: …", "She said Adam cries…": a pronoun as the speaker, whose referent is the subject
# of the sentence before.
_SPEAKER_PRONOUN_RE = re.compile(r"(?:he|she|they)", re.IGNORECASE)
PRONOUN_REPORT_RE = re.compile(
    r"\s*(?:he|she|they)\s+(?:also\s+)?(?:said|says|stated|feels|felt|thinks|believes)\b",
    re.IGNORECASE,
)


def quoted_adult(
    before: str, known_adults: frozenset[str] = frozenset(), pronoun_adult: bool = False
) -> bool:
    """True if the words just `before` a quotation name an adult as its speaker: "Mr Okafor
    stated:", "Mum emailed:", or "He said:" after a sentence about an adult."""
    lead = before[-60:]
    speaker = _SPEAKER_RE.search(lead)
    if speaker is None:
        return False
    who = speaker.group(1)
    if CHILD_TERM_RE.search(who):
        return False
    if ROLE_RE.search(who) or HONORIFIC_RE.search(who) or who.split()[-1] in known_adults:
        return True
    if _SPEAKER_PRONOUN_RE.fullmatch(who.strip()):
        # "Mr Kowalski attended with an interpreter. He said: "…"": the adult of the sentence
        # before
        context = before[: len(before) - len(lead) + speaker.start(1)]
        if not context.strip():
            return pronoun_adult  # the sentence before is not in view: the caller's reading
        prior = re.split(r"(?<=[.!?])\s+|\n", context.rstrip())[-1]
        return opens_with_adult(prior) or _opens_with_known(prior, known_adults)
    return False


# Who is quoted: "Mr Okafor stated:", "Mum emailed:", "He said:", "Dad's words were:".
_SPEAKER_RE = re.compile(
    r"([A-Za-z][\w'’ ]{0,25})(?:\s+(?:said|says|told\s+\w+|stated|states|reported|"
    r"emailed|wrote|texted|added|replied|commented|insisted|repeated)(?:\s+that)?|['’]s?\s+"
    r"(?:views?|words|comments?|wish(?:es)?|response)(?:\s+(?:was|were|is))?)\s*:?\s*$"
)


def _opens_with_known(sentence: str, known_adults: frozenset[str]) -> bool:
    first = NAME_WORD_RE.search(sentence[:30])
    return first is not None and first.start() < 5 and first.group(0) in known_adults
