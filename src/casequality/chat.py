"""A messaging thread, email chain or call transcript saved to the case file as the record: what
was said, and who took what on.

Plans are agreed in Teams chats, group messages, texts, emails and calls, and the exchange is
saved as the plan. Each message opens with a header: a time, the sender and often their role
("[10:02] Amy Carr (SW): …", "11/03/2025, 16:40 - Asha Rahman (IRO): …", "Priya Nair (SW)
17/03 09:40 — …", a transcript's "Speaker 1 (IRO)  00:00:01  …", or the sender and time on a
line of their own). Around the messages sit the platform's own lines ("Amy added Sue to the
chat", "👍 Sue Harlow") and replies that only acknowledge ("ok", "thanks", "yep no probs").

- `chat_read` blanks the headers, the platform's lines and the bare acknowledgements, and an
  email chain's headers and quotation marks (`mail_read`), so what is left reads as the plan's
  own words: one character for one, so offsets into the record hold.
- `message_owners` reads the thread's requests. "Can you send the chronology?" names nobody
  until the person asked says yes: a request is owned when a later message from the person it
  names (or, when it names nobody, from anyone but the asker) takes it on ("will do", "on it",
  "yep"), or when the person it names reacts with a thumbs-up. `thread_owner` applies that to
  an action, and `commits` tells a sentence that sets someone a task from one that does not.
- `managers_words` reads an oversight entry kept as a thread as the manager's own messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casequality.fields import owner_text
from casequality.smart import check_owner
from casequality.spans import blanked

# "10:02", "4.40pm", and a recording's offset "00:03:12"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[apAP][mM])?"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_STAMP = rf"(?:(?:{_DATE}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*),?\s+)?{_TIME}"
# "Amy Carr", "Me", and a transcript's "Speaker 2"
_NAME = r"(?:Me|You|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|\d{1,2}\b)){0,3})"
_ROLE = r"(?:\s*\([^()\n]{1,40}\))?"
# "[10:02] Amy Carr (SW): …", "11/03/2025, 16:40 - Asha (IRO): …": the stamp, then the sender.
_STAMP_FIRST_RE = re.compile(
    rf"^[ \t]*\[?(?P<stamp>{_STAMP})\]?[ \t]*[-–—]?[ \t]*(?P<who>{_NAME}){_ROLE}[ \t]*:[ \t]*"
)
# "Priya Nair (SW) 17/03 09:40 — …", "Dina Lowe (PA) 14/05 11:00: …", "Amy 09:12 – …", and a
# transcript's "Speaker 1 (IRO)  00:00:01  …" (the words after a wider gap).
_NAME_FIRST_RE = re.compile(
    rf"^[ \t]*(?P<who>{_NAME}){_ROLE}[ \t]*[,·|]?[ \t]*\[?(?P<stamp>(?:{_DATE}[ \t,]+)?{_TIME})\]?"
    r"(?:[ \t]*(?::|[-–—])[ \t]*|[ \t]{2,}(?=\S))"
)
# The sender and the time alone on a line, the message on the lines below (a Teams copy).
_BLOCK_HEAD_RE = re.compile(
    rf"^[ \t]*(?P<who>{_NAME}){_ROLE}[ \t]*[,·|]?[ \t]*\[?(?P<stamp>(?:{_DATE}[ \t,]+)?{_TIME})\]?"
    r"[ \t]*$"
)
_SYSTEM_RE = re.compile(
    r"\b(?:added|removed)\b.*\b(?:to|from)\s+the\s+(?:chat|group|conversation|thread)\b"
    r"|\b(?:pinned|unpinned)\s+a\s+message\b|\b(?:left|joined)\s+the\s+(?:chat|group|conversation)\b"
    r"|\bthis\s+message\s+was\s+deleted\b|<media\s+omitted>|\bchanged\s+the\s+group\b",
    re.IGNORECASE,
)
_EMOJI = "👍👌✅🙏👏❤️😂😀🙂😊🎉💯🙌👀🐶💙"
# "👍 Sue Harlow, Jan Whitlow" or "[10:19] 👍 Sue Harlow": a reaction, with who reacted.
_REACTION_RE = re.compile(
    rf"^[ \t]*(?:\[?{_STAMP}\]?[ \t]*)?[{_EMOJI}\ufe0f]+[ \t]*(?:reacted[ \t]+by[ \t]+)?"
    rf"(?P<who>{_NAME}(?:{_ROLE})?(?:[ \t]*[,&][ \t]*{_NAME}{_ROLE})*)?[ \t]*$"
)
_ANY_TIME_RE = re.compile(r"\d[:.]\d\d\b")
_QUOTED_RE = re.compile(r"^[ \t]*>")
_ACK_WORDS = (
    r"ok(?:ay)?|k|yes|yep|yup|yeah|ya|sure|thanks?|thank\s+you|thx|ta|cheers|great|perfect|lovely|"
    r"brill(?:iant)?|cool|fab|no\s+prob(?:lem)?s?|np|will\s+do|can\s+do|on\s+it|noted|agreed?|"
    r"all\s+good|sounds\s+good|good\s+q(?:uestion)?|lol|haha|pls|please|done|of\s+course|"
    r"that'?s\s+(?:him|her|right|fine|great)|me\s+too|same|nice|good|ace|love\s+it"
)
_ACK_RE = re.compile(
    rf"^[\s{_EMOJI}\ufe0f!.,:;)(-]*(?:(?:{_ACK_WORDS})\b[\s{_EMOJI}\ufe0f!.,:;)(-]*)+$", re.I
)
# "…and I'll also ask school", "plus can you…": a reply that adds a task of its own.
_MORE_RE = re.compile(r"\b(?:and|also|plus|but)\b.*\b(?:i['’]ll|i\s+will|ill|can\s+you)\b", re.I)
# "and I'll…", "plus I'll…", "also, carers to…": a message that carries on from the one before.
_CONTINUING_RE = re.compile(r"[ \t]*(?:and|plus|also|then)\b[ \t,]*(?=\S)", re.IGNORECASE)
# "I'll do your passport application", "ill go to the gym": a task of the sender's own, where
# "I'll do that" only takes on the one asked for.
_OWN_TASK_RE = re.compile(
    r"\b(?:I['’]ll|I\s+will|ill)\s+(?!(?:do|sort|get)\s+(?:it|that|this|them)\b)[a-z]",
    re.IGNORECASE,
)
_SO_RE = re.compile(r"[ \t]*(?:ok(?:ay)?[ \t,]+so|so|right)[ \t]*[:,][ \t]*(?=\S)", re.IGNORECASE)
_ACCEPT_RE = re.compile(
    r"^\W*(?:yes|yep|yup|yeah|sure|ok(?:ay)?|will\s+do|can\s+do|on\s+it|no\s+prob|np\b|"
    r"leave\s+it\s+with\s+me|i['’]?ll\b|i\s+will\b|i\s+can\b|done\b|of\s+course|happy\s+to|"
    r"consider\s+it\s+done|no\s+worries)",
    re.IGNORECASE,
)
_REQUEST_RE = re.compile(
    r"\b(?:can|could|would)\s+(?:you|u)\b(?!\s+(?:let\s+me\s+know|confirm|tell))|"
    r"\bare\s+you\s+(?:ok|able|happy)\s+to\b|^\W*please\s+(?!see\b)",
    re.IGNORECASE,
)
_ADDRESSEE_RE = re.compile(r"@(?P<at>[A-Z][\w'’-]*)|^\W*(?P<voc>[A-Z][\w'’-]*),\s")


@dataclass(frozen=True)
class Message:
    start: int  # where the message's header begins
    body: int  # where its words begin
    end: int  # where it ends (before the next header)
    sender: str


def _header(line: str) -> tuple[str, int, bool] | None:
    """(sender, length of the header, header alone on its line) for a message's first line."""
    for pattern in (_STAMP_FIRST_RE, _NAME_FIRST_RE):
        match = pattern.match(line)
        if match and match.end() < len(line.rstrip()):
            return match.group("who"), match.end(), False
    block = _BLOCK_HEAD_RE.match(line)
    return (block.group("who"), len(line), True) if block else None


def messages(text: str) -> list[Message]:
    """The thread's messages, or none when `text` is not a thread (fewer than two stamped lines:
    headers, or a header and a stamped reaction)."""
    if len(_ANY_TIME_RE.findall(text)) < 2:
        return []
    heads: list[tuple[int, int, str]] = []
    reactions = 0  # "[09:15] 👍 Paul Grant (SW)": a stamped line of the thread, not a message
    offset = 0
    for line in text.split("\n"):
        timed = _ANY_TIME_RE.search(line)
        found = _header(line) if timed else None
        if found:
            sender, length, alone = found
            heads.append((offset, offset + length + (1 if alone else 0), sender))
        elif timed and _REACTION_RE.match(line):
            reactions += 1
        offset += len(line) + 1
    if not heads or len(heads) + reactions < 2:
        return []
    out = []
    for i, (start, body, sender) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        out.append(Message(start, min(body, end), end, sender))
    return out


# An email's own header lines, and the line a reply opens its quotation with.
_MAIL_HEADER_RE = re.compile(
    r"^[ \t>]*(?:(?:from|to|cc|bcc|sent|date|subject|importance)[ \t]*:.*"
    r"|on\b.{4,80}\bwrote:[ \t]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_MARK_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def mail_read(text: str) -> str:
    """An email chain as its words: header lines ("From:", "Sent:", "Subject:") blanked, and the
    ">" marks of an earlier email quoted in a reply, so that its lines read as the prose they
    are (a young person's own email stays their words) and not as a bulleted list."""
    if ">" not in text or len(_MAIL_HEADER_RE.findall(text)) < 2:
        return text
    text = _MAIL_HEADER_RE.sub(lambda m: blanked(m.group(0)), text)
    return _QUOTE_MARK_RE.sub(lambda m: blanked(m.group(0)), text)


def chat_read(text: str) -> str:
    """`text` with a thread's headers, platform lines and bare acknowledgements blanked, and an
    email chain's headers and quotation marks (`mail_read`)."""
    text = mail_read(text)
    found = messages(text)
    if not found:
        return text
    chars = list(text)
    asked = False  # whether the message before asked someone to do something

    def blank(a: int, b: int) -> None:
        chars[a:b] = blanked(text[a:b])

    for msg in found:
        blank(msg.start, msg.body)
        if msg.body > msg.start:
            # Each message its own paragraph: a line break where its header began, so that a
            # list one message opens does not run on into the next message's words.
            chars[msg.start] = "\n"
        body = text[msg.body : msg.end]
        # "👍 yes I've got him Mon/Weds/Fri": a reply that takes a task on, not a new task;
        # "ok thanks Ruth. I'll monitor it weekly", answering news, not a request, is one.
        opening = body.lstrip()
        reply = bool(_ACCEPT_RE.match(opening.lstrip(_EMOJI + "\ufe0f"))) or opening[:1] in _EMOJI
        own = _MORE_RE.search(body) or (not asked and _OWN_TASK_RE.search(body))
        if _ACK_RE.match(body) or (reply and len(body.split()) <= 12 and not own):
            blank(msg.body, msg.end)
        elif lead := _CONTINUING_RE.match(body) or _SO_RE.match(body) or _OPENS_TASK_RE.match(body):
            # "and I'll apply…", "OK so: I'll do…", "Hi TJ, I'll…": a task of its own, without
            # the words that lead into it (which would otherwise read as a label over it)
            blank(msg.body, msg.body + lead.end())
        asked = bool(_REQUEST_RE.search(body))
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if _SYSTEM_RE.search(line) or _REACTION_RE.match(line) or _QUOTED_RE.match(line):
            blank(offset, end)
        offset = end + 1
    return "".join(chars)


_OPENING_RE = re.compile(
    rf"^[\s{_EMOJI}\ufe0f]*(?:(?:hi|hello|hey|morning|afternoon|thanks|thank\s+you|ta|cheers|yes|"
    r"yep|yeah|ok(?:ay)?(?:\s+so)?|sure|sorry|no\s+probs?|great|good)\b[\s,!.:;-]*"
    r"(?:(?!I\b)(?-i:[A-Z][\w'’-]*)\b[\s,!.:;-]*)?)+",
    re.IGNORECASE,
)


# A greeting or a yes, then the sender's own task: "OK so I'll put the referral in…".
_OPENS_TASK_RE = re.compile(
    _OPENING_RE.pattern + r"(?=(?:I|we)(?:['’]ll|\s+will)\b)", re.IGNORECASE
)


def without_opening(message: str) -> str:
    """A message without its greeting or its "yes" ("Hi Marcia, yes I'll…" → "I'll…")."""
    return _OPENING_RE.sub("", message, count=1)


_MANAGER_RE = re.compile(
    r"\b(?:TM|DTM|ATM|HoS|team\s+manager|manager|head\s+of|senior\s+(?:sw|social\s+worker|"
    r"practitioner)\s+for\s+tm|service\s+lead|principal)\b",
    re.IGNORECASE,
)


def managers_words(text: str) -> str:
    """An oversight entry kept as a thread, read as the manager's own messages: every other
    message blanked (offsets kept), so that the request and its reasons above the manager's
    "Approved ✅" are not taken for the manager's. The manager is the sender whose header names
    a manager's role; a thread that names none is left as it is."""
    found = messages(text)
    managers = {m.sender for m in found if _MANAGER_RE.search(text[m.start : m.body])}
    if not managers:
        return text
    chars = list(text)
    for msg in found:
        if msg.sender not in managers:
            chars[msg.start : msg.end] = blanked(text[msg.start : msg.end])
    return "".join(chars)


def _reactors(text: str, start: int, end: int) -> set[str]:
    """First names of those who reacted on the reaction lines within `text[start:end]`."""
    names: set[str] = set()
    for line in text[start:end].split("\n"):
        match = _REACTION_RE.match(line)
        if match and match.group("who"):
            names.update(re.findall(r"\b[A-Z][\w'’-]*", re.sub(r"\([^)]*\)", "", match["who"])))
    return names


# What makes a sentence of a thread a task: someone taking it on or being given it ("I'll…",
# "you'll…", "Tom to…", "can you…?"), or a task stated for nobody ("to be sent", "needs
# booking"). A young person's "keep my job. get my passport." in reply to "what do you want?"
# are their wishes, not tasks.
_COMMITS_RE = re.compile(
    r"\b(?:i|we|you|u|he|she|they)(?:['’]ll|\s+will|\s+shall|\s+(?:am|are|is)\s+going\s+to|"
    r"['’]m\s+going\s+to)\b|\bill\s+(?:go|do|send|ring|call|book|get|take|sort|check|pay|put|"
    r"text|email|bring|fill|look|ask|let)\b|\b(?:can|could|would)\s+(?:you|u)\b|"
    r"\bto\s+be\s+[a-z]+(?:ed|en|t)\b|\bneeds?\s+(?:[a-z]+ing\b|to\s+(?!be\b)[a-z])|"
    r"\bplease\b|\bleave\s+it\s+with\s+me\b|"
    r"(?:^|[^\w\s]\s*|\b(?!(?:trying|going|need|want|hoping|planning|aiming|able|due|happy|"
    r"time|remember|nice|good|great)\b)(?-i:[A-Z])[\w'’-]*\s+|"
    r"\b(?:sw|pa|iro|fc|carers?|school|staff|mum|dad|nan)\s+)"
    r"(?:to|will|shall)\s+(?!be\s+(?:honest|fair)\b)[a-z]",
    re.IGNORECASE,
)


def commits(sentence: str) -> bool:
    """Whether a sentence of a saved thread sets someone a task (`_COMMITS_RE`)."""
    return bool(_COMMITS_RE.search(sentence))


def _who(sender: str) -> str:
    """How a sender is addressed: "Amy Carr" by "Amy"; "Speaker 2" only as "Speaker 2"."""
    return (
        sender
        if re.match(r"(?:speaker|participant|guest|caller)\b", sender, re.I)
        else sender.split()[0]
    )


def message_owners(text: str) -> list[tuple[int, int, bool | None]]:
    """(start, end, owned) for each message's words: for a message that asks someone to do
    something, whether it was taken on; None for any other message."""
    found = messages(text)
    out: list[tuple[int, int, bool | None]] = []
    for i, msg in enumerate(found):
        body = text[msg.body : msg.end]
        if not _REQUEST_RE.search(body):
            out.append((msg.body, msg.end, None))
            continue
        named = _ADDRESSEE_RE.search(body)
        addressee = (named.group("at") or named.group("voc")) if named else None
        asker = _who(msg.sender)
        owned = False
        for later in found[i + 1 : i + 6]:
            first = _who(later.sender)
            reply = text[later.body : later.end]
            by_them = first == addressee if addressee else first != asker
            if by_them and _ACCEPT_RE.match(reply):
                owned = True
                break
        if not owned and addressee:
            owned = addressee in _reactors(text, msg.body, found[min(i + 5, len(found) - 1)].end)
        out.append((msg.body, msg.end, owned))
    return out


def thread_owner(
    text: str, start: int, end: int, thread: list[tuple[int, int, bool | None]]
) -> bool | None:
    """Whether the action `text[start:end]` of a thread has an owner, where that is for the
    thread to say; None when it is not. `thread` is `message_owners` of the record as written.

    An action asked for in one message ("Can you send it?") is owned once the person asked
    takes it on. An action read across several messages (the whole exchange of a single action)
    is owned when one of its messages takes it on: a request taken on, or a message that
    names its doer ("I'll fill it in", "Carers to…"), read on its own so that a header's
    sender or an export's title does not stand in for one.
    """
    for m_start, m_end, owned in thread:
        if m_start <= start < m_end and end <= m_end:
            return owned
    inside = [(a, b, owned) for a, b, owned in thread if start <= a < end]
    if len(inside) < 2:
        return None
    return any(
        owned if owned is not None else _names_doer(text[a:b])
        for a, b, owned in inside
        if text[a:b].strip()
    )


def _names_doer(message: str) -> bool:
    """A line of the message sets a task and names who does it ("I'm in court tomorrow" names
    someone, but sets nothing)."""
    lines = (without_opening(line.strip()) for line in message.split("\n"))
    return any(commits(line) and check_owner(owner_text(line)).ok for line in lines if line)
