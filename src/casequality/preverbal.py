"""How a baby or a child without speech shows their views: the wording `voice.py` looks for
when a record observes what the child did rather than reporting what they said."""

from __future__ import annotations

import re

# A baby or a child without speech speaks through what they do. Four of the five independent
# authors who wrote one counted a recorded observation of the child's own responses as voice
# ("I observed her at the visit: she reached for her carer and settled"); a description of
# development ("is observed to be meeting her milestones") is not one.
PREVERBAL_RE = re.compile(
    r"\b(?:pre-?verbal|non-?verbal|too\s+young|baby|infant|newborn|pmld|"
    r"profound\s+and\s+multiple|does\s+not\s+use\s+words|"
    # "10 months old", "Theo (23 months)"; "stopped drinking (8 weeks)" is how long, not an age
    r"\d+\s*(?:months?|weeks?|m)\s*old|(?-i:[A-Z][\w.'’-]*)\s*\(\s*\d+\s*(?:months?|weeks?|m)\s*\)|"
    r"(?:does\s+not|doesn't|cannot)\s+(?:use\s+)?(?:speech|speak|talk))",
    re.IGNORECASE,
)
OBSERVER_RE = re.compile(
    r"\b(?:I|we|(?:has|have|had)\s+(?:been\s+)?)\s*observed\b|\bobserved\s+(?:her|him|them|that)\b"
    r"|\bobserved\s+(?-i:[A-Z][a-z]+)\s+\w+ing\b"
    r"|\bobserved\s+by\b|\bthrough\s+(?:direct\s+)?observation|\bby\s+observation|\bobservations?\s+(?:of|at|during)\b"
    r"|\b(?:at|during)\s+(?:my|the|our)\s+visit\b",
    re.IGNORECASE,
)
RESPONSE_RE = re.compile(
    r"\b(?:smil(?:ed|es|ing)|reach(?:ed|es|ing)\s+(?:for|out|towards)|babbl(?:ed|es|ing)|"
    r"laugh(?:ed|s|ing)|giggl(?:ed|es|ing)|settl(?:ed|es|ing)|turn(?:ed|s|ing)\s+(?:to|towards)|"
    r"calm(?:ed|er)|cri(?:ed|es)|crying|vocalis(?:ed|es|ing)|snuggl(?:ed|es|ing)|"
    r"look(?:ed|s)\s+(?:for|to|towards|round|around)|push(?:ed|es)\s+away|pull(?:ed|s)\s+away|"
    r"crawl(?:ed|s)\s+(?:to|towards)|comforted|clung|cling(?:s|ing)|waved|waves|held\s+out|"
    r"respond(?:s|ed|ing)?\s+(?:warmly|well|positively|happily))\b",
    re.IGNORECASE,
)


# What a baby did, told with the baby as subject; "Zara: observed feeding well, she settles".
CHILD_DID_RE = re.compile(
    r"\s*(?:(?-i:[A-Z][a-z]+):\s*(?:observed\s+\w+ing\b[^,;]*[,;]\s*)?)?"
    r"(?:he|she|(?-i:[A-Z][a-z]+))\s+(?!(?:is|was|has|does|seems)\b)\w{2,}(?:ed|s)\b",
    re.IGNORECASE,
)
