"""Is an action measurable: does it name an observable outcome or measure?

"Plans should include specific, achievable, child-focused outcomes and say how progress will be
measured" (CA1989 Guidance Vol 2 principles of planning; /work/shared/domain/README.md §7).
The judgement rests on the action's main verb: a concrete verb (refer, book, complete) is
checkable; a vague one (support, monitor, encourage) is checkable only with a measure or a
deliverable purpose ("support Amy to register with a GP").
"""

from __future__ import annotations

import re

from casequality.lexicon import (
    COMMON_CAPITALISED,
    DELIVERABLE_NOUN_RE,
    DELIVERABLE_VERBS,
    HEDGE_RE,
    IMPERATIVE_VERBS,
    KEEP_RECORD_RE,
    KNOWN_VERBS,
    VAGUE_NOUN_RE,
    VAGUE_OBJECT_RE,
    VAGUE_VERBS,
    correct_verb,
    lemma,
)
from casequality.mainverb import main_verb, tokens
from casequality.measures import (
    ABLE_TO_RE,
    ARRANGEMENT_RE,
    BEGIN_TO_RE,
    COLUMN_FIELD_RE,
    DATED_RE,
    DELIVERED_RE,
    DO_WORK_RE,
    EFFORT_RE,
    ELABORATION_RE,
    EVENT_RE,
    FILL_IN_RE,
    FOLLOW_UP_RE,
    KEEP_ING_RE,
    LET_KNOW_RE,
    MAKE_SURE_RE,
    MEANS_VERBS,
    MODAL_WORD_RE,
    ONGOING_RE,
    PLACEHOLDER_RE,
    POP_IN_RE,
    PRACTICE_VERBS,
    RAPPORT_RE,
    REVIEWED_THING_RE,
    SET_TIME_RE,
    STATE_CELL_RE,
    STATUS_CELL_RE,
    SUPPORT_TOPIC_RE,
    TASK_SPLIT_RE,
    TOPIC_DASH_RE,
    UNKNOWN_IMPERATIVE_RE,
    WATCHES_RE,
    action_part,
    expand_shorthand,
    kept_up_to_date,
    means_only,
    measured,
    outcome_participle,
    topic_only,
)
from casequality.opening import _MODAL_RE
from casequality.purpose import (
    ACTIVITY_VERBS,
    LIGHT_VERBS,
    NOUN_SHAPE_RE,
    OBSERVABLE_RE,
    STATE_VERBS,
    coordinated,
    has_output,
    rescued,
)
from casequality.smart import (
    Finding,
    _normal_case,
    _strip_label,
    names_owner,
)
from casequality.timescales import (
    FREQUENCY_RE,
    TIMESCALE_RE,
    find_timescale,
    fold,
    strip_timescales,
)


# A headline of a thing delivered: a noun phrase, then what is to have happened to it.
def check_measurable(action: str) -> Finding:
    action = expand_shorthand(action)
    if "|" not in action:
        return _check_measurable(action)
    # A table row ("Referral to audiology | SW | 14/06 | Seen by August") is judged by its
    # cells: the action and any success measure, not the owner and date columns.
    whole = _check_measurable(action)
    if whole.ok:
        return whole
    cells = [c.strip() for c in action.split("|")]
    substantive = [
        c
        for c in cells
        if len(strip_timescales(c).strip(" .,;").split()) >= 2
        and not names_owner(c)
        and not STATE_CELL_RE.search(c)  # "Nadia feels respected", "I want my own flat"
        and not COLUMN_FIELD_RE.match(c)  # "Status: carried forward", "Responsible: PA"
        and not STATUS_CELL_RE.match(c)  # "c/f - housing still haven't inspected"
    ]
    if any(_check_measurable(c).ok for c in substantive):
        return Finding(True)
    return whole


def _check_measurable(action: str) -> Finding:
    support = SUPPORT_TOPIC_RE.match(action)
    if support:
        return Finding(False, support.group(0).strip())  # "Ongoing support re: contact, weekly"
    if (
        ARRANGEMENT_RE.search(action)
        and FREQUENCY_RE.search(action)
        and not means_only(action)
        and not WATCHES_RE.search(action)  # "monitor contact weekly" sets no arrangement
    ):
        return Finding(True)
    if DELIVERED_RE.search(action) and not MODAL_WORD_RE.search(action):
        return Finding(True)  # "Letterbox agreement with mum signed", "SGO plan drafted and shared"
    if ABLE_TO_RE.search(action):
        return Finding(True)  # "Noah will be able to explain where he will live": an outcome seen
    if topic_only(_strip_label(action)):
        # "Dentist.", "Mentoring": a single word names an area, not what will be done in it
        return Finding(False, action.strip())
    text = MAKE_SURE_RE.sub("ensure", action_part(_strip_label(_normal_case(action))))
    # "keep attending the group" is judged as "continue to attend the group", so the two
    # spellings of carrying on get the same answer (by the verb carried on).
    text = KEEP_ING_RE.sub(lambda m: f"continue to {lemma(m.group(1))}", text)
    # "let the school know about…" tells someone something; "fill in the form" completes it.
    text = LET_KNOW_RE.sub("inform ", FILL_IN_RE.sub("complete", POP_IN_RE.sub("visit", text)))
    # Relationship verbs that name no end point, whatever their spelling: "check in with Kacper",
    # "get to know the family" read as "keep in touch with…".
    text = RAPPORT_RE.sub("keep in touch with", text)
    # "keep in touch over the year, at least termly": how often, not what for.
    text = re.sub(
        r"\bkeep in touch with\b(.*?)\bat\s+least\s+(?=\w+ly\b)", r"keep in touch with\1", text
    )
    # "Efforts to be made to increase…", "make every effort to book…": the effort is no
    # deliverable; the verb it serves is what is judged.
    text = EFFORT_RE.sub("", BEGIN_TO_RE.sub("", text))
    # "Behaviour — improve behaviour in lessons": a topic before a dash, then the action itself.
    topic = TOPIC_DASH_RE.match(text)
    if topic and main_verb(text[topic.end() :]) is not None:
        text = text[topic.end() :]
    # "give Nan the sleep chart, checking in June whether Alfie settles by 8pm": a check on
    # whether the action worked follows it up; the action itself is what is judged.
    follow_up = FOLLOW_UP_RE.search(text)
    if follow_up and main_verb(text[: follow_up.start()]) is not None:
        text = text[: follow_up.start()]
    found = _judge(text)
    if found.ok:
        return found
    # "Keep Jo safe online - check her phone settings weekly": a vague aim spelt out, after a
    # dash or colon, as a concrete task is judged by the task.
    for part in ELABORATION_RE.split(text)[1:]:
        first = tokens(part)[:1]
        if first and _concrete_verb(first[0].lower()) and _judge(part).ok:
            return Finding(True)
    # "discuss Staying Put with Marie and get written agreement by 30/11", "teach Bella to cook;
    # Bella to cook Sunday dinner unaided by March": a later task that is checkable on its own
    # makes the action checkable, whatever the softer task before it.
    if any(_checkable_task(part) for part in _later_tasks(text)):
        return Finding(True)
    return found


def _later_tasks(text: str) -> list[str]:
    parts = TASK_SPLIT_RE.split(text)
    return [p for p in parts[1:] if p.strip()]


def _checkable_task(part: str) -> bool:
    if VAGUE_OBJECT_RE.search(part):
        return False
    found = main_verb(part)
    if found is None:
        return False
    i, low, _passive = found
    verb = lemma(low[i])
    if verb not in IMPERATIVE_VERBS and verb not in ACTIVITY_VERBS and verb not in STATE_VERBS:
        verb = lemma(correct_verb(verb))
    if verb in VAGUE_VERBS or verb in ACTIVITY_VERBS or verb in STATE_VERBS:
        return False
    if verb in LIGHT_VERBS and not has_output(low[i + 1 : i + 7]):
        return False  # "and get on with it", "and do her best"
    return _judge(part).ok


def _concrete_verb(word: str) -> bool:
    return word in IMPERATIVE_VERBS and word not in VAGUE_VERBS and word not in ACTIVITY_VERBS


def _judge(text: str) -> Finding:
    if PLACEHOLDER_RE.match(text):
        return Finding(False, text.strip())
    if measured(text) or outcome_participle(text):
        return Finding(True)
    do_work = DO_WORK_RE.search(text)
    if do_work and not DATED_RE.search(text):
        return Finding(False, do_work.group(0))  # "do some work with Tyler around his anger"
    vague = VAGUE_OBJECT_RE.search(text)
    if vague and HEDGE_RE.fullmatch(vague.group(0)) and FREQUENCY_RE.search(text):
        vague = None  # "visit every 6 weeks, on Saturdays where possible": the visits are set
    if vague and not KEEP_RECORD_RE.search(text) and not kept_up_to_date(text):
        return Finding(False, vague.group(0))
    found = main_verb(text)
    ongoing = ONGOING_RE.match(text)
    if found is None and ongoing:
        return Finding(False, ongoing.group(0).strip())  # "Ongoing assessment of dad"
    if found is None and UNKNOWN_IMPERATIVE_RE.match(text):
        # "Harness Leah's creativity", "Stabilise the placement": a word followed straight
        # by a determiner or a possessive is a verb the lists have not met; judge it by output.
        first = tokens(text)[0].lower()
        if first not in COMMON_CAPITALISED:
            objects = tokens(text)[1:]
            if objects and objects[0].endswith(("'s", "’s")):
                objects = objects[1:]
            low = [t.lower() for t in objects]
            return Finding(has_output(objects[1:] if objects else []) or coordinated(low, 0), first)
    if found is None:
        noun = VAGUE_NOUN_RE.search(text)
        # A fragment with no verb: judged by its nouns. "Referral to CAMHS" names a checkable
        # thing; "Life story work" an open-ended activity; anything else gets the benefit of
        # the doubt (an unknown verb such as "Hand in all homework").
        if DELIVERABLE_NOUN_RE.search(text) or not noun:
            return Finding(True)
        low = [t.lower() for t in tokens(text)]
        if coordinated(low, 0):
            return Finding(True)  # "observe contact and write up"
        if noun.group(0).lower() == "contact" and find_timescale(text):
            return Finding(True)  # "Contact – mum – 3 x per week supervised"
        if noun.group(0).lower() == "review" and DATED_RE.search(text):
            return Finding(True)  # "ASYE portfolio review 20/06 with FO": an event on a date
        return Finding(False, noun.group(0))
    i, low, passive = found
    verb = lemma(low[i])
    if verb in {"carry", "keep", "go"} and low[i + 1 : i + 2] == ["on"]:
        verb = "continue"  # "carry on being a great carer"
    if (
        verb == "keep"
        and low[i + 1 : i + 2] != ["being"]
        and low[i + 1 : i + 2][0:1]
        and (low[i + 1].endswith("ing"))
    ):
        verb = "continue"  # "keep going to her counselling sessions each Thursday"
    if (verb, tuple(low[i + 1 : i + 2])) in {("sit", ("down",)), ("go", ("through",))}:
        verb = "talk"  # "sit down with Leah and go through her plan": a conversation
    if verb not in IMPERATIVE_VERBS and verb not in STATE_VERBS and verb not in MEANS_VERBS:
        verb = lemma(correct_verb(verb))
        # "reallocate", "co-visit", "re-refer": a known verb with a prefix is that verb again
        bare = re.sub(r"^(?:re-?|co-)", "", verb)
        if verb not in IMPERATIVE_VERBS and bare != verb and lemma(bare) in IMPERATIVE_VERBS:
            verb = lemma(bare)
    if verb in MEANS_VERBS and "to" in low[i + 1 : i + 6]:
        # "Use PEP funding to improve attendance": judged by what the means is for.
        j = low.index("to", i + 1)
        if j + 1 < len(low) and lemma(low[j + 1]) in VAGUE_VERBS:
            return Finding(rescued(low, j + 1), low[j + 1])
    elif verb in MEANS_VERBS and {"on", "for"} & set(low[i + 1 : i + 6]):
        # "Pupil premium to be spent on tuition": judged by what it buys.
        j = next(k for k in range(i + 1, len(low)) if low[k] in {"on", "for"})
        return Finding(has_output(low[j + 1 : j + 5]), low[i])
    if verb in {"continue", "try"}:
        rest = " ".join(low[i + 1 :])
        # "continue with weekly play therapy" names a checkable service; "continue with her
        # course" or "continue with the plan" does not.
        head = " ".join(low[i + 1 : i + 6])
        concrete = bool(
            (rest.startswith("with") or low[i + 1 : i + 2] != ["to"])
            and DELIVERABLE_NOUN_RE.search(head)
            and not VAGUE_NOUN_RE.search(head)
        )
        # "Ward visits to carry on twice weekly", "Taxi to school to continue daily": the
        # subject is the checkable event or service.
        before = " ".join(low[:i])
        event = bool(
            re.search(r"\b(?:contact|taxis?|transport|escorts?)\b", before)
            or DELIVERABLE_NOUN_RE.search(before)
        )
        return Finding((concrete or event) and bool(find_timescale(rest)), low[i])
    if verb == "keep" and (KEEP_RECORD_RE.search(text) or kept_up_to_date(text)):
        return Finding(True)
    if verb == "prepare" and DELIVERABLE_NOUN_RE.fullmatch(
        next((w for w in low[i + 1 : i + 4] if w not in {"the", "a", "an", "his", "her"}), "")
    ):
        return Finding(True)  # "prepare the application for an extension": a document
    if verb == "prepare" and low[i + 1 : i + 2] not in (["for"], []):
        # "prepare the court statement", "prepare Dmitri for his interview"; not "prepare for
        # a move" or "prepare Mason for moving on", which name no event to be ready by.
        after_for = low[low.index("for", i) + 1 :] if "for" in low[i + 2 : i + 4] else None
        if after_for is None or EVENT_RE.search(" ".join(after_for[:4])):
            return Finding(True)
    if verb == "progress" and low[i + 1 : i + 2] == ["to"]:
        return Finding(True)  # "contact to progress to unsupervised": a checkable change
    if (
        verb == "review"
        and not passive
        and (
            DATED_RE.search(text)
            or (find_timescale(text) and REVIEWED_THING_RE.search(" ".join(low[i + 1 : i + 5])))
        )
    ):
        # "IRO to review the plan at the LAC review on 9 April", "SW to review the package at
        # 6 months": a named document or arrangement reviewed at a set time happens or does
        # not. Blind authors labelled these measurable about two to one; a review of nothing
        # in particular ("TM to review in four weeks", "review friendships at the next PEP")
        # or with no time stays open-ended (docs/quality-checks.md).
        return Finding(True)
    if verb in {"speak", "talk"} and low[i + 1 : i + 2] in (["to"], ["with"]) and len(low) > i + 2:
        # "SW to speak to the school nurse": a conversation with someone named happens or does
        # not. Three of the four blind authors who wrote one labelled it measurable.
        return Finding(True)
    if verb in {"phone", "ring", "call", "text"} and SET_TIME_RE.search(text):
        # "phone Mason at 9pm on any night he is out", "ring Maisie after every police
        # update": a call tied to a time or a trigger is checkable; "ring weekly" is contact.
        return Finding(True)
    if verb == "raise" and (DATED_RE.search(text) or "formal" in low[i + 1 : i + 3]):
        return Finding(True)  # "raise Leon's case at MACE on 18/12", "raise formal DRP stage 1"
    if verb == "raise" and low[i + 1 : i + 2] in (["a"], ["an"]):
        return Finding(
            True
        )  # "raise a formal escalation": one act, on record; not "raise concerns"
    if verb in VAGUE_VERBS:
        return Finding(rescued(low, i), low[i])
    if verb in STATE_VERBS:
        return Finding(False, low[i])  # "Lewis to behave", "Amy to settle"
    if verb in PRACTICE_VERBS and not find_timescale(text):
        return Finding(False, low[i])  # "practise spellings at home": how often, to what end?
    if passive and verb in ACTIVITY_VERBS:
        return Finding(False, low[i])  # "Accommodation to be sorted", "placement to be sustained"
    if passive and verb not in DELIVERABLE_VERBS and verb not in KNOWN_VERBS:
        # "Placement to be stabilised" is vague; "her bedroom to be redecorated" names a thing
        # whose change can be seen.
        # ("Sister to be added to the pick-up list": what it is added to is seen too.)
        things = [t for t in low[:i] + low[i + 1 :] if not t.endswith(("'s", "’s"))]
        return Finding(has_output(things), low[i])
    if (
        not passive
        and verb not in IMPERATIVE_VERBS
        and verb not in ACTIVITY_VERBS
        and not NOUN_SHAPE_RE.search(verb)  # "Referral to substance misuse…": not a verb
    ):
        # A verb the lists have not met: measurable only if the action names something
        # observable (a deliverable, an event, a number, a named service), so new soft
        # wording ("foster a sense of belonging", "champion her interests") is not read
        # as concrete just because it is unfamiliar.
        # The person acted on ("galvanise Noah…", "Noah's self-belief") is not an output.
        # Dates are not outputs either ("by Friday"): blank them, keeping the token positions.
        dated = [(m.start(), m.end()) for m in TIMESCALE_RE.finditer(fold(text))]
        words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", text))[i + 1 :]
        after = [
            w.group(0)
            for k, w in enumerate(words)
            if not w.group(0).endswith(("'s", "’s"))
            and not any(a <= w.start() < b for a, b in dated)
            and not (k and words[k - 1].group(0).lower() == "with")  # "empathise with Leah"
        ]
        rest = " ".join(after[1:] if after[:1] and after[0][:1].isupper() else after)
        ok = OBSERVABLE_RE.search(rest) or DELIVERABLE_NOUN_RE.search(rest) or coordinated(low, i)
        return Finding(bool(ok), low[i])
    if passive and (verb not in DELIVERABLE_VERBS or verb in {"give", "offer", "provide"}):
        # "Placement to be stabilised"; "Ongoing support to be given to gran": what is given is
        # open-ended, whoever receives it.
        m = _MODAL_RE.search(text)
        subject = text[: m.start()] if m else ""
        if VAGUE_NOUN_RE.search(subject) and not DELIVERABLE_NOUN_RE.search(subject):
            return Finding(False, subject.strip())
    return Finding(True)
