"""Oversight shapes found when the thirty-second to thirty-sixth blind sets' errors were read,
pinned with wording of their own (docs/quality-checks.md, "Thirty-second to thirty-seventh
blind sets").
"""

import pytest

from casequality import check


def _no_rationale(text: str) -> bool:
    return any(f.code == "OVERSIGHT_NO_RATIONALE" for f in check("oversight", text))


@pytest.mark.parametrize(
    "text",
    [
        # a system header line is not the manager's reasoning
        "Management Oversight | 03/03/2026 10:12 | Dee Lowe (Team Manager)\n"
        "File read. Noted. Agree.",
        "Management Oversight | 04/03/2026 | Dee Lowe (TM)\n"
        "Case reviewed. Plan remains appropriate.",
        # a name ending in -ed is not a verb giving a reason
        "TM oversight\nAgree with SW recommendation to move Ahmed to Kestrel House. SW to tell the "
        "placements team today.",
        # someone's question, then the answer, is no reason
        "TM oversight\nJo has asked whether to refer again now that Kai has been charged, or wait "
        "for the first decision. Proceed as planned.",
        # an email reply: the quoted request is not the reply's reason
        "From: AD\nSubject: RE: contract\n\nThanks, happy with this.\n\n> From: Sam\n> Two "
        "complaints were upheld and resolved. I'd like to extend the contract for a year.",
        "From: AD\nSubject: RE: Reg 24 extension\n\nYes go ahead.\n\n-----Original Message-----\n"
        "From: Sam\nPlease can you authorise the extension, as panel is on Friday. Thanks",
        # a workflow form's reason box holding stock words, a dash or an instruction
        "Manager decision\nDecision: Agree\nReason for decision: Noted. Agree with SW "
        "recommendation.\nCompleted by: P.Lowe 01/02/2026",
        "Manager decision\nDecision: Approved\nReason for decision: Plan appropriate.",
        "Manager decision\nDecision: —\nReason for decision: —",
        "Manager decision\nDecision: Approved\nReason for decision: SW to make sure the "
        "chronology is updated.",
        "Manager decision\nDecision: Select...\nReason for decision: Discussed with SW. Need "
        "to look at costs.",
        # a panel's paper received is work done; a title holding "decision" decides nothing
        "Agency Decision Maker\nRe: match of Ava with Mr and Mrs Cole\nPanel recommendation of "
        "3 March 2026 received.\nADM decision (5 March 2026): Approved.",
        "Head of Service decision\nDate: 02/02/2026\n\nDecision: Jo's placement to end. Jo to "
        "move to Oak House from 16 February. Oak House to be given notice today.",
        # the form's "Child:" and "Item 3:" lines say what it is about, not why
        "HoS sign-off\nChild: Lena Holt (9), long-term match with Mr and Mrs Frost.\nAgree with "
        "panel recommendation.",
        "Short Breaks Panel\nItem 2: Sam Reed (11), request for two nights a month.\nOutcome: "
        "Not agreed at this time.",
        # an email reply under its headers: "Approved - please proceed" gives no reason of its
        # own, whatever the quoted request said
        "MANAGEMENT OVERSIGHT\nEmail thread re: extension\nUploaded 02/03/2026 by Jo Hart\n\n"
        "From: Sam Lee\nSent: 02 March 2026 12:03\nTo: Jo Hart\nSubject: RE: extension\n\n"
        "Approved - please proceed with the extension and let the home know.\n\nSam\n\n"
        "> On 1 Mar 2026, Jo Hart wrote:\n> He is settled and wants to stay for his exams.",
        # the decision in a "Decision:" label, with instructions after it
        "From: Pat\nSent: 27 March 2026\nSubject: RE: placement\n\nDecision: the placement will "
        "end. Please start planning a move with Placements.\n\nP",
        # a reason that only restates the decision
        "From: Pat\nSubject: RE: holiday\n\nAgreed - I think this is the right decision for Sam "
        "and in his best interests.\n\nPat",
        # another body's decision is not the manager's
        "Oversight\nBackground: positive reasonable grounds decision in March; one missing "
        "episode since. Placed with specialist carers who are managing well.\n\nCase discussed "
        "with SW in supervision.",
    ],
)
def test_no_decision_or_no_reason(text):
    assert _no_rationale(text)


@pytest.mark.parametrize(
    "text",
    [
        "From: AD\n\nI am approving the placement for 6 weeks because the police intelligence "
        "changes the risk and no local home can staff 2:1.",
        "Oversight\nDirection: every visit must have a professional interpreter booked.\n"
        "Why: his age is disputed and what he says may be used in the assessment.",
    ],
)
def test_decision_with_reason(text):
    assert not _no_rationale(text)
