"""The learned second opinion (`casequality.learned`) applied to the rules' flags: which of
them stand, and which record-level or measurable flags it raises where the rules did not."""

from __future__ import annotations

from casequality.flags import (
    ACTION_NOT_MEASURABLE,
    NO_CHILD_VOICE,
    OVERSIGHT_NO_RATIONALE,
    Flag,
    short_quote,
)
from casequality.learned import TO_WITHDRAW, document_features, flag_due, record_features
from casequality.segment import Span


def second_opinion_features(
    kind: str, text: str, actions: list[Span], per_action: list[list[Flag]]
) -> list[set[str]]:
    """The learned layer's features for each action, given the rules' flags on each: the same
    for checking and for training (`casequality.train`)."""
    verdicts = [{f.code for f in flags} for flags in per_action]
    return document_features(kind, text, [(a.start, a.end) for a in actions], verdicts)


def second_opinion(
    kind: str, text: str, actions: list[Span], per_action: list[list[Flag]]
) -> list[Flag]:
    """The rules' flags on each action weighed again by `learned`: an owner, timescale or
    measurable flag may be withdrawn, and a measurable flag the rules missed may be raised."""
    out: list[Flag] = []
    features = second_opinion_features(kind, text, actions, per_action)
    for index, (action, flags, feats) in enumerate(zip(actions, per_action, features, strict=True)):
        out.extend(f for f in flags if flag_due(f.code, feats, rules_flag=True))
        if ACTION_NOT_MEASURABLE not in {f.code for f in flags} and flag_due(
            ACTION_NOT_MEASURABLE, feats, rules_flag=False
        ):
            out.append(_learned_measurable_flag(index, action))
    return out


def _learned_measurable_flag(index: int, action: Span) -> Flag:
    return Flag(
        ACTION_NOT_MEASURABLE,
        index,
        action.text,
        action.start,
        action.end,
        f"Action '{short_quote(action.text)}' says what will be done but not what should change or "
        "how anyone will know it has been achieved.",
    )


# What a record-level flag says when the learned second opinion raises it and the rules did not.
NO_VOICE = Flag(
    NO_CHILD_VOICE,
    None,
    "absent: no reported words, wishes, choices or participation of the child found",
    None,
    None,
    "The record says things about the child but does not report the child's own words, wishes, "
    "choices or participation.",
)
NO_RATIONALE = Flag(
    OVERSIGHT_NO_RATIONALE,
    None,
    "absent: no decision with a reason found",
    None,
    None,
    "This management oversight entry does not record a decision together with the reason for it.",
)


def second_opinion_on_record(
    kind: str, text: str, rule_flags: list[Flag], fallback: Flag
) -> list[Flag]:
    """The rules' record-level flag, weighed again by `learned`: kept, dropped, or raised."""
    if rule_flags and fallback.code not in TO_WITHDRAW:
        return rule_flags  # the model may not withdraw it: no need to weigh it
    feats = record_features(kind, text, rules_flag=bool(rule_flags))
    if not flag_due(fallback.code, feats, rules_flag=bool(rule_flags)):
        return []
    return rule_flags or [fallback]
