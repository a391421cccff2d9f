"""Give lower-case names back their capital letter, so owner and voice checks can see them.

Notes typed all in lower case ("demi to attend college", "josh said he wants…") lose the only
signal that tells a given name from an ordinary word. Two general repairs, neither tied to a
list of names:

- a word that appears capitalised mid-sentence elsewhere in the same document, and is not a
  common word, is a name there too ("present: DT, SW, Josh. josh said…");
- in a document with no capitalised words at all, a word that opens a sentence, line or list
  item as the subject of a modal or reporting verb ("demi to…", "rio wants…") and is not an
  English word the checker knows is taken to be a name.

The rewrite only changes the case of letters, so every offset into the text stays valid.
"""

from __future__ import annotations

import re

from casequality.lexicon import COMMON_CAPITALISED, IMPERATIVE_VERBS, ROLE_RE, VAGUE_VERBS, word_set

# Function words and everyday nouns that open lower-case sentences but are never names.
_NOT_NAMES = word_set(
    """i he she they it we you this that these those there here who which what when where why
    how everyone everybody someone nobody all both each either neither none one he's she's
    it's they're mum mam mom dad mother father nan nana nanny gran granny grandad grandpa
    grandma aunt auntie uncle brother sister sibling siblings baby carer carers parents parent
    family school college nursery staff worker workers manager plan actions action targets
    target views voice review meeting contingency placement home house child children
    young person yp cyp lac cla note notes update progress health education contact also
    then but and so if as at in on by for with of from to after before during today yesterday
    tomorrow please ongoing agreed decision outcome outcomes risk risks concerns concern
    next last first second third new other another some any no not nothing"""
)
_SUBJECT_RE = re.compile(
    r"(?:^|\n|[.;!?]\s+|\s[-–—:]\s+|^\s*(?:\d+[.)]|[-•*])\s+|\n\s*(?:\d+[.)]|[-•*])\s+)"
    r"([a-z][a-z'’-]{1,20})(?=(?:\s+\(\d+\))?\s+(?:to|will|would|said|says|wants|wanted|told|tells|chose|"
    r"asked|asks|wrote|drew|was|is|has|had|did|does|came|attended|likes|loves|hates|hopes|"
    r"would|can|should|must|needs|and)\b)"
)
_TITLE_WORD_RE = re.compile(r"([^\s])?(\s*)\b([A-Z][a-z][a-z'’-]*)\b")
_HAS_TITLE_RE = re.compile(r"\b[A-Z][a-z]")


def _ordinary(word: str) -> bool:
    w = word.lower()
    return (
        w in _NOT_NAMES
        or w in COMMON_CAPITALISED
        or w in IMPERATIVE_VERBS
        or w in VAGUE_VERBS
        or bool(ROLE_RE.fullmatch(w))
    )


def _names_seen_capitalised(text: str) -> set[str]:
    names = set()
    for m in _TITLE_WORD_RE.finditer(text):
        before, word = m.group(1), m.group(3)
        # A capital after sentence punctuation, or opening the text, says nothing.
        # Nor does one opening a quotation ('"To get a 5 in French"'); one in brackets may.
        if before is None or before in '.!?:\n"“' or (not m.group(2) and before not in "('‘"):
            continue
        if not _ordinary(word):
            names.add(word.lower())
    return names


# A phone's autocorrect turns "carers" into "careers"; standing as a subject ("careers to take
# Harley", "careers + school to agree") it is still the carers. Written "Carers " (the space
# keeps one character for one), so the owner rules read the role.
_CAREERS_SUBJECT_RE = re.compile(r"\b([Cc])areers(?=\s*[+&]|\s+(?:to|will)\s)")


def undo_autocorrect(text: str) -> str:
    """`text` with the autocorrect slips that hide an owner put back."""
    if "areers" not in text:
        return text
    return _CAREERS_SUBJECT_RE.sub(lambda m: m.group(1) + "arers ", text)


def restore_names(text: str) -> str:
    """`text` with names that were typed in lower case given a capital letter, and names in a
    record typed all in capitals given title case ("KYRAN TO ATTEND" → "Kyran TO ATTEND")."""
    if not any(c.islower() for c in text):
        return _title_caps_names(text)
    if _HAS_TITLE_RE.search(text):
        names = {n for n in _names_seen_capitalised(text) if n in text}
        # A dictated note that capitalises roles but not names ("SW to ring chelsea… chelsea
        # to text SW"): a lower-case subject that also owns something ("chelsea's phone") is
        # a person; "transport to be arranged" never takes "transport's". So is one that is
        # the subject again and again ("tom wants to tell her… tom to write…").
        subjects = [m.group(1) for m in _SUBJECT_RE.finditer(text)]
        names |= {
            word
            for word in set(subjects)
            if not _ordinary(word)
            and (re.search(rf"\b{word}['’]s\b", text) or subjects.count(word) >= 2)
        }
    else:
        names = {m.group(1) for m in _SUBJECT_RE.finditer(text) if not _ordinary(m.group(1))}
    if not names:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\b")
    return pattern.sub(lambda m: "-".join(p.capitalize() for p in m.group(1).split("-")), text)


def _title_caps_names(text: str) -> str:
    # In capitals every word looks alike; the subject rule of a lower-case note finds the names.
    lowered = text.lower()
    names = {m.group(1) for m in _SUBJECT_RE.finditer(lowered) if not _ordinary(m.group(1))}
    if not names:
        return text
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\b")
    out = list(text)
    for m in pattern.finditer(lowered):
        word = "-".join(p.capitalize() for p in text[m.start() : m.end()].split("-"))
        out[m.start() : m.end()] = word
    return "".join(out)
