"""A messaging thread saved as the record: its headers, reactions and replies are not actions, and
a request is owned once the person asked takes it on (docs/quality-checks.md, "Session 11").
Wording of our own, in the shapes the ninetieth blind set met."""

import pytest

from casequality.chat import chat_read, message_owners, messages, without_opening
from tests.casequality.shapes import actions, flags

HEADERS = [
    "[10:02] Amy Carr (SW): ",
    "11/03/2025, 16:40 - Amy Carr (SW): ",
    "Amy Carr (SW) 17/03 09:40 — ",
    "Amy Carr (SW) 14/05 11:00: ",
]


@pytest.mark.parametrize("head", HEADERS)
def test_each_export_format_is_read_as_a_thread(head):
    other = head.replace("Amy Carr (SW)", "Sue Hart (IRO)").replace("10:02", "10:05")
    text = f"{head}Plan is long-term fostering.\n{other}Agreed, thanks."
    found = messages(text)
    assert [m.sender for m in found] == ["Amy Carr", "Sue Hart"]
    assert text[found[0].body : found[0].end].startswith("Plan is long-term fostering.")


def test_a_record_with_times_in_it_is_not_a_thread():
    text = "Contact 10:30-12:00 at the family centre.\nSW to book the room for 14:00 by 03/03/2025."
    assert messages(text) == []
    assert chat_read(text) == text


def test_reading_a_thread_keeps_every_offset():
    text = (
        "[09:00] Jo Bell (SW): Actions:\n"
        "[09:01] 👍 Sue Hart\n"
        "Jo Bell added Sam Lee to the chat\n"
        "[09:02] Sam Lee (FC): ok thanks\n"
        "[09:03] Jo Bell (SW): I'll book the dentist by 14/03/2025\n"
    )
    read = chat_read(text)
    assert len(read) == len(text)
    assert "I'll book the dentist by 14/03/2025" in read
    for gone in ("Jo Bell", "👍", "added", "ok thanks"):
        assert gone not in read


PLAN = (
    "[10:00] Amy Carr (SW): Care plan for Ellis as agreed today. Plan: long-term fostering.\n"
    "[10:02] Amy Carr (SW): Contingency: if panel says no, Ellis stays with Jan and Pete and we "
    "return to panel within 3 months.\n"
    '[10:03] Jan Whitlow (carer): Agree with that. He told me "I want to stay here". His words.\n'
    "[10:04] Amy Carr (SW): 😂 ok. Forwarding what he texted me below.\n"
    "[10:05] Amy Carr (SW): Actions:\n"
    "[10:06] Amy Carr (SW): I'll present the match to panel on 15/05/2025 and record the outcome.\n"
    "[10:07] Amy Carr (SW): Jan, can you take Ellis to swimming every Saturday and log it?\n"
    "[10:08] Jan Whitlow (carer): yep no probs\n"
    "[10:09] Amy Carr (SW): and I'll ask Ellis after each contact how it went, recorded on file "
    "monthly\n"
    "[10:10] 👍 Sue Hart (IRO)\n"
)


def test_only_the_tasks_are_actions():
    found = actions("care_plan", PLAN)
    assert len(found) == 3, found
    assert found[0].startswith("I'll present the match")
    assert found[2].startswith("I'll ask Ellis")


def test_a_request_taken_on_and_a_task_added_with_and_are_owned():
    assert not {code for code, _ in flags("care_plan", PLAN)} & {"ACTION_NO_OWNER"}


@pytest.mark.parametrize(
    "reply",
    [
        "[10:08] Sue Hart (IRO): yep agree",  # agreement from someone else
        "[10:08] Jan Whitlow (carer): is that the Saturday club or the Sunday one?",
        "[10:08] 👍 Amy Carr (SW)",  # the asker's own thumbs-up
    ],
)
def test_a_request_nobody_takes_on_has_no_owner(reply):
    text = (
        "[10:05] Amy Carr (SW): Actions:\n"
        "[10:06] Amy Carr (SW): I'll present the match to panel on 15/05/2025.\n"
        "[10:07] Amy Carr (SW): @Jan can you take Ellis to swimming every Saturday and log it?\n"
        f"{reply}\n"
    )
    assert ("ACTION_NO_OWNER", 1) in flags("care_plan", text)


def test_a_thumbs_up_from_the_person_asked_takes_the_request_on():
    text = (
        "[16:55] Helen Marsh (SW): @Anita can you send the chronology to legal by Thu 06/03?\n"
        "[16:58] 👍 Anita Patel (Legal)\n"
        "[17:02] Helen Marsh (SW): thanks\n"
    )
    owners = message_owners(text)
    assert owners[0][2] is True


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "Kerry Bright 10:22 — Jodie's uniform grant form still needs doing\n"
            "Liam Osei (SW) 10:25 — I'll fill it in with mum on my visit and submit it online\n"
            "Kerry Bright 10:25 — ta\n",
            True,
        ),
        (
            "[09:02] Naomi Ford (IRO): Leah's passport application to be submitted by 30/04.\n"
            "[09:15] 👍 Paul Grant (SW)\n",
            False,
        ),
        (
            "11/02/2025, 19:02 - Marcia (carer): Is anyone doing anything about Kayden's sleep?\n"
            "11/02/2025, 19:15 - Josh Kemp SW: Hi Marcia, yes I'll ring the GP on Monday 17/02\n",
            True,
        ),
    ],
)
def test_a_single_action_held_over_an_exchange_is_owned_by_whoever_takes_it_on(text, owned):
    assert (("ACTION_NO_OWNER", 0) not in flags("action", text)) is owned


def test_a_greeting_or_a_yes_is_not_the_doer():
    assert without_opening("Hi Marcia, yes I'll ring the GP") == "I'll ring the GP"
    assert without_opening("ok thanks Ruth. I'll monitor it") == "I'll monitor it"


@pytest.mark.parametrize(
    "text",
    [
        "Tigrinya interpreter needs booking for Semhar's review on 24/03/2025.",
        "Skye's school needs telling about the new address before 14/02/2025.",
    ],
)
def test_what_needs_doing_names_nobody(text):
    assert ("ACTION_NO_OWNER", 0) in flags("action", text)


def test_a_name_the_item_is_signed_with_is_its_owner():
    assert ("ACTION_NO_OWNER", 0) not in flags("action", "Complete chronology by 15/04 – Zara")
    # a name with more after it, or a programme with its frequency, is not a signature
    assert ("ACTION_NO_OWNER", 0) in flags(
        "action", "Prison visit to be arranged by 30/04/2025 - Kayden keeps asking."
    )
