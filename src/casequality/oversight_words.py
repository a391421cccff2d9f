"""The words of an oversight decision and of its reason.

`DECISION_RE` finds what a manager decides ("agreed", "approving", "case to close", a bare "Yes -
carers need the break"); `REASON_RE` finds the connectives and phrases that give a reason
("because", "given", "the risk has reduced", "as mum has engaged"). The rules that decide whose
decision it is and whether a sentence without a connective still explains it are in
oversight.py.
"""

from __future__ import annotations

import re

DECISION_RE = re.compile(
    r"\b(?:agree[sd]?|agreeing|agreement|approve[sd]?|approving|approval|authori[sz](?:e[sd]?|ing)|"
    r"endors(?:e[sd]?|ing)|(?<!case\s)direction(?=\s*:)|"
    # "positive reasonable grounds decision", "court decision": another body's
    r"(?<!grounds\s)(?<!asylum\s)(?<!court\s)(?<!office\s)(?<!nrm\s)decision(?!\s+maker)|"
    r"decided|decide|sign(?:ed)?\s+off|proceed|step(?:ped)?\s+down|clos(?:e|ed|es|ing)\s+(?:the\s+)?case|"
    r"closure|extend(?:ed|s|ing)|"
    r"escalate[sd]?|convene[sd]?|disagree|decline[sd]?|refuse[sd]?|reject(?:ed)?|recommend(?:ed)?|"
    r"upheld|uphold|"
    r"instruct(?:ed|ing)?|direct(?:ed|ing)?(?!\s+(?:payments?|work|debits?|contact))|request(?:ed)?\s+that|should\s+(?:be|remain|proceed|continue|move|"
    r"stay|return|have|go|not)|will\s+(?:stay|remain|continue|proceed|be\s+(?:held|convened|completed|"
    r"made|closed|stepped))|to\s+be\s+(?:held|convened|completed|made|undertaken|closed|allocated)|"
    r"satisfied|(?:happy|content|fine)\s+(?:with|for|to)|supported|ok(?:ay)?\s+to\s+\w+|go(?:es)?\s+ahead|"
    r"continue|appropriate|no\s+further\s+action|nfa|extend|confirm(?:ed)?|"
    r"accept(?:ed)?|support\s+the|(?:no|yes)\s+to\s+(?:the|this|a)\s+\w+|"
    # "Plan to continue", not "the plan to move him" (a noun phrase)
    r"(?<!\bthe\s)(?<!\ba\s)(?:case|plan)\s+(?:to|will)\s+\w+)\b"
    # a bare answer to a request: "Yes - carers need the break."; "No to overnights yet"
    r"|^\W*yes\b(?=\s*[-–—,.:;!]|\s*$)|^\W*(?:no|yes)\s+to\s+\w+",
    re.IGNORECASE,
)
_AS_EXCLUDED = (
    r"per|discussed|agreed|above|below|required|needed|appropriate|well|soon|and|planned|"
    r"set|outlined|previously|before|usual|a\s+result|part|such|detailed|recorded|noted"
)
REASON_RE = re.compile(
    # "has been given", "since 20/12" and "since March" tell what and when, not why
    r"\bbecause\b|\bdue\s+to\b|\bas\s+a\s+result\s+of\b|(?<!been\s)(?<!was\s)(?<!were\s)(?<!be\s)\bgiven\b"
    r"|\bin\s+light\s+of\b|\bin\s+view\s+of\b"
    r"|\bowing\s+to\b|\bsince\s+(?!the\s+last\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)\w+|\bon\s+the\s+basis\b|\brationale\b|\breasons?\b|\breasoning\b"
    r"|\btherefore\b|\bso\s+that\b|\bin\s+order\s+to\b|\bwhich\s+(?:means|shows|evidences)\b"
    r"|\bevidence\s+(?:shows|suggests|indicates)\b|\bconsidering\b|\btaking\s+into\s+account\b"
    r"|,\s*so\s+\w+|\bthis\s+is\s+(?:because|due)\b|\bneeds?\s+(?:more|further|additional)\b"
    r"|\binsufficient\b|\buntil\b|\breflects?\b|\bbased\s+on\b|\bin\s+line\s+with\b(?!\s+(?:the\s+|our\s+)?(?:local\s+)?(?:policy|procedures?|guidance|house\s+(?:agreement|rules)))"
    r"|\bfollowing\s+(?:the|his|her|their|a|an|mum's|dad's)\b|\bwhich\s+is\s+what\b"
    r"|\bat\s+(?:his|her|their|the\s+child's|the\s+young\s+person's)\s+request\b"
    r"|\bsupported\s+by\s+(?:the|his|her|their)\b|\bwhy\s*:"
    # "… to protect her" gives a purpose; "Proposal to reduce contact" names the request
    r"|(?<!proposal\s)(?<!request\s)(?<!application\s)"
    r"\bto\s+(?:allow|enable|give|ensure|avoid|prevent|reduce|protect|safeguard|minimi[sz]e)\b"
    r"|\bno\s+evidence\b|\bevidence\s+(?:of|that|shows)\b|\bthreshold\s+(?:is\s+|was\s+)?(?:not\s+)?met\b"
    r"|\b(?:outcomes?|goals?|targets?)\s+(?:have\s+been\s+|were\s+|are\s+)?(?:achieved|met)\b"
    r"|\b(?:viability|assessment)\s+(?:was\s+|is\s+)?(?:positive|negative)\b"
    r"|\b(?:risks?|concerns?)\s+(?:has\s+|have\s+|are\s+|is\s+)?(?:now\s+)?(?:reduced|increased|"
    r"managed|mitigated|escalated|lowered|resolved)\b|\bno\s+(?:further|ongoing|new|current)\s+concerns\b"
    r"|\bas\s+(?!(?:"
    + _AS_EXCLUDED
    + r")\b)(?:[\w'’-]+\s+){1,5}?(?:is|are|has|have|was|were|remains?|"
    r"did|does|do|can|cannot|will|would|wants?|had|shows?|continues?|needs?|says|said|feels?)\b"
    r"|\bas\s+(?:the|his|her|their|this|these|mum|dad|parents|he|she|they|it|there)(?:'s|’s)?\s+\w+",
    re.IGNORECASE,
)
