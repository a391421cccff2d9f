"""Recognising dates, deadlines and frequencies in free text.

A SMART action is time-bound (/work/shared/domain/README.md §7). English case records write
time in many ways: "by 14/02/2027", "3rd March", "within 10 working days", "fortnightly",
"before the next LAC review", "by end of term", "every 6 weeks", "at each visit". Words that
sound like time but bind nobody ("ongoing", "ASAP", "as and when", "in due course") are not
timescales and are deliberately absent.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_FULL_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_LISTED_MONTH = (  # matched in folded (lower-case) text, as every pattern here
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of)"
)
_UNIT = (
    r"(?:working\s+|school\s+|calendar\s+)?"
    r"(?:days?|weeks?|wks?|months?|mths?|hours?|hrs?|minutes?|mins?|years?|yrs?|terms?|"
    r"fortnights?)"
)
_EVENT = (
    r"(?:review|pep|meeting|hearing|irh|panel|supervision|birthday|conference|move|moving|"
    r"term|half[- ]term|holidays?|exams?|nomination|deadline|enrolment|christmas|easter|"
    r"summer|spring|autumn|winter|assessment|appointment|visit|placement|discharge|"
    r"court|fgc|ehcp|interview|deadline|start|transition|sessions?|contact|evidence|statements?)"
)

_PATTERNS = [
    # numeric dates: 14/02/2027, 1.5.27, 12-03-26, 15/11
    r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    # an old system's dates: "15-NOV-24", "07-mar-2025"
    r"\b\d{1,2}-" + _MONTH + r"-\d{2,4}\b",
    # 3rd March 2027, 1 Mar, 31 of January
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b\.?(?:\s+\d{2,4})?",
    # spoken: "by the fourteenth of september", "the twenty-first of March"
    r"\b(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth)\s+(?:of\s+)?" + _MONTH + r"\b",
    # March 3rd, Sept 2027
    r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
    r"\b" + _MONTH + r"\.?\s+(?:20)?\d{2}\b",
    # the 5th of each month
    r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b",
    # by / before / in / until <month or season or festival>
    r"\b(?:by|before|b4|in|until|till|during|from|over|after|for|end\s+of|beginning\s+of|start\s+of|"
    r"starting|commencing|beginning)\s+"
    r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:"
    + _FULL_MONTH
    + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"easter|christmas|xmas|new\s+year|half[- ]term|the\s+summer|summer|spring|autumn|winter|"
    r"eid|diwali|ramadan|hanukkah|passover|vaisakhi|chinese\s+new\s+year)\b",
    r"\b(?:end|mid|early|late|beginning|start)[\s-]+(?:of\s+)?" + _MONTH + r"\b",
    r"\bw/?c\s+\d|\bweek\s+commencing\b|\bcop\b|\bclose\s+of\s+play\b|\beod\b",
    r"\b(?:next|following)\s+(?:lac|cla|iro|pep|child\s+in\s+care)\b",
    # weekdays: by Friday, every Saturday, on Tuesdays, Tuesday evenings
    r"\b(?:by|on|every|each|next|this|before|until|alternate|from)\s+(?:\w+\s+)?" + _DAY + r"s?\b",
    r"\b" + _DAY + r"s\b",
    r"\b" + _DAY + r"\s+(?:mornings?|afternoons?|evenings?|nights?)\b",
    r"\bweekends?\b(?!\s+(?:work|job|jobs|shifts?))",  # not "find weekend work"
    # relative deadlines
    r"\bwithin\s+(?:the\s+)?(?:next\s+)?" + _NUM + r"?\s*" + _UNIT + r"\b",
    r"\b(?:in|after)\s+(?:the\s+next\s+)?" + _NUM + r"\s+" + _UNIT + r"\b",
    r"\b(?:over|for|during)\s+(?:at\s+least\s+)?(?:the\s+)?(?:next|following|coming)\s+"
    + _NUM
    + r"\s+"
    + _UNIT
    + r"\b",
    r"\b" + _NUM + r"\s+" + _UNIT + r"\s+(?:of|after|before|from|following|prior\s+to)\b",
    r"\b(?:end|start|beginning)\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?(?:\w+\s+)?(?:week|month|term|year|holidays?)\b",
    r"\b(?:this|next|the\s+following)\s+(?:week|month|term|half[- ]term|year|fortnight|weekend)\b",
    r"\b(?:today|tomorrow|tonight|immediately|straight\s+away|same\s+day|forthwith)\b",
    r"\bq[1-4]\b",
    # frequencies
    r"\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|termly|"
    r"half[- ]termly|bi-?weekly|bi-?monthly|six-?monthly|three-?monthly)\b",
    r"\b\d+\s*-?\s*(?:weekly|monthly)\b",
    r"\b(?:every|each|per|a)\s+(?:single\s+)?(?:day|night|morning|evening|afternoon|week|month|term|"
    # "(?!\s*\d)": not "a Year 12 mentor"
    # "(?!\s+out)": "a day out" is a trip, not a frequency
    r"year|fortnight|half[- ]term|semester|(?:school|college)\s+day|week\s?day|weekday\s+\w+)\b"
    r"(?!\s*\d)(?!\s+(?:out|trip)\b)",
    # before an event of the case: "before each stay", "before the trial date", "before release"
    # "b4 next review": before, as typed in a hurry
    r"\b(?:before|b4)\s+(?:each|every|the|his|her|their|a|an|any|next)\s+(?:[\w-]+\s+){0,2}[\w-]+"
    r"|\b(?:before|b4)\s+(?:release|discharge|sentencing|court|panel|school|college|placement)\b",
    # note-taking shorthand: "by EOM", "nxt wk", "by fri", "at visits", "for the next 7 nights"
    r"\b(?:eom|eow|eod|cob|cop)\b|\b(?:nxt|next)\s+wk\b",
    r"\b(?:by|every|each|on|next|this)\s+(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b",
    # "over the next 6wks", "within 2days": a figure run into its unit
    r"\b(?:over|for|during|within|in)\s+(?:the\s+)?(?:next\s+)?\d+(?:wks?|weeks|mths?|months|days)\b",
    r"\bat\s+(?:his|her|their|all|the)?\s*(?:visits|sessions|reviews|appointments)\b",
    r"\bfor\s+the\s+(?:next|following|first)\s+(?:\d+|two|three|four|five|six|seven|ten|few)\s+"
    r"(?:days|nights|weeks|months|sessions)\b",
    # "each July", "every epilepsy clinic appointment", "4 days/week", "on move day"
    r"\b(?:each|every)\s+" + _LISTED_MONTH,
    r"\b(?:each|every)\s+(?:[\w-]+\s+){0,3}"
    r"(?:appointments?|visits?|sessions?|meetings?|reviews?|contacts?)\b",
    r"\b\d+\s*(?:days?|nights?|times|x)\s*/\s*(?:week|wk|month|term)\b",
    r"\bon\s+(?:the\s+)?(?:move|moving|discharge|release|introductions?|hearing)\s+day\b",
    r"\b(?:at|during|before|by)\s+(?:the\s+)?introductions\b",
    # months listed in brackets: "(October, January, April)", "(4 sessions, May)", "(Jan/June)"
    # each month a whole item of the list, so "(CPR, APR cross-ref)" names no April
    r"\([^()]*?(?:[,/&]\s*"
    + _LISTED_MONTH
    + r"(?:\s*\d{2,4})?(?=\s*[,/&)])|"
    + _LISTED_MONTH
    + r"\s*[,/&])[^()]*\)",
    # abbreviated days in a pair or list: "(Tues & Thurs)", "Mon/Wed/Fri"
    r"\b(?:mon|tues?|weds?|thurs?|fri|sat|sun)(?:day)?s?\s*(?:&|and|/|,)\s*"
    r"(?:mon|tues?|weds?|thurs?|fri|sat|sun)(?:day)?s?\b",
    # a deadline set by an event in the case: "before the application is filed"
    r"\b(?:before|after|until|till|by\s+the\s+time)\s+(?:the|his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?:is|are|has\s+been|have\s+been|gets?)\s+[a-z]+(?:ed|en|wn|ne|de|lt)\b",
    r"\bevery\s+(?:other\s+|second\s+)?" + _NUM + r"?\s*" + _UNIT + r"\b",
    r"\bevery\s+other\s+\w+",
    r"\b(?:once|twice|thrice|" + _NUM + r"\s+times?)\s+(?:a|per|each|every)\s+\w+",
    r"\b" + _NUM + r"\s+days?\s+(?:a|per)\s+week\b",
    r"\bon\s+alternate\s+\w+",
    r"\b(?:at|after|before|following|from)\s+(?:each|every|all)\s+(?:\w+\s+){0,2}"
    r"(?:visits?|sessions?|meetings?|reviews?|appointments?|contacts?|payments?|supervisions?)\b",
    r"\b(?:each|every)\s+(?:\w+\s+){0,2}(?:visit|session|meeting|review|payment|contact|supervision)\b",
    # event-relative: before the next review, by his 17th birthday, at next supervision
    r"\b(?:by|before|after|until|till|prior\s+to|ahead\s+of|following|in\s+time\s+for)\s+"
    r"(?:(?:the|his|her|their|its|my|our|a|next|first|second|final|annual|initial|[\w-]+'s|[\w-]+’s|"
    r"\d+(?:st|nd|rd|th)|\w+)\s+){0,4}" + _EVENT + r"\b",
    r"\b(?:at|after|for)\s+(?:the\s+|his\s+|her\s+|their\s+|[\w-]+['’]s\s+)?(?:next|first|second|final|annual|"
    r"initial|following|same)\s+(?:\w+\s+){0,2}" + _EVENT + r"\b",
    r"\bat\s+(?:the\s+)?(?:\w+\s+)?(?:review|pep|supervision|panel|hearing|conference)\b",
    r"\b(?:turns?|turning|reaches|is|at|by|before)\s+(?:age\s+)?1[5-9]\b|\bage(?:d)?\s+1[5-9]\b",
    r"\b(?:by|before|at|after|until|for|from)\s+(?:the\s+)?next\s+[a-z]+",
    # "at their October visit", "in week 2 of the traineeship"
    r"\b(?:at|by|before|in|to)\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+)?(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:[a-z]{2,5}\s+)?(?:visit|review|meeting|pep|supervision|panel|"
    r"session)\b",
    # "2 sessions a week", "three visits per month"
    r"\b" + _NUM + r"\s+(?:sessions?|visits?|hours?|lessons?|calls?)\s+(?:a|per|each)\s+"
    r"(?:day|week|fortnight|month|term)\b",
    # a named occasion already fixed: "at the goodbye visit"
    r"\bat\s+the\s+(?:goodbye|farewell|handover|introductory|first|final|last)\s+(?:visit|meeting|session)\b",
    r"\bin\s+week\s+\d{1,2}\b",
    r"(?:^|[-–—|:]\s*)next\s+(?:review|lac|cla|pep|visit|meeting|supervision|panel|hearing)\b",
    r"\bonce\s+(?!a\b|an\b|per\b|more\b|again\b|or\b)\w+\s+\w+",
    r"\buntil\s+(?:he|she|they|the|his|her)\b",
    r"\b(?:before|after|once|when)\s+(?:he|she|they|[a-z]+)\s+(?:moves?|starts?|leaves?|turns?|returns?|goes|"
    r"arrives?)\b",
    r"\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\bby\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b",
    # an event in the case that starts or ends: "before introductions begin", "until the
    # hearing ends"
    r"\b(?:before|after|until|till|by\s+the\s+time)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:begins?|start|starts|ends?|finish(?:es)?|takes?\s+place|concludes?)\b",
    # a birthday named by its ordinal: "before Daniel's 18th", "on her 16th"
    r"\b(?:by|before|on|at|for|after|until|from)\s+(?:his|her|their|my|your|[\w-]+['’]s)\s+"
    r"1?\d(?:st|nd|rd|th)\b",
    # a week of a month, an event named by its month, a day relative to one: "in the first week
    # of December", "at the March activity day", "the day before"
    r"\b(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|weekend)\s+of\s+"
    + _MONTH
    + r"\b",
    r"\b(?:at|by|before|for|after)\s+the\s+" + _FULL_MONTH + r"\s+[a-z]+",
    r"\bthe\s+(?:day|night|morning|week)\s+(?:before|after)\b",
    r"\b(?:in|within|during)\s+(?:the|his|her|their|my)\s+(?:first|second|third|last)\s+"
    r"(?:week|fortnight|month|term)\b",
    # a season with its year: "GCSE maths (summer 2025)", "by spring 2026"
    r"\b(?:spring|summer|autumn|winter)\s+(?:term\s+|half[- ]term\s+)?20\d\d\b",
    r"\bfrom\s+the\s+date\s+of\s+the\s+(?:order|hearing|move|placement)\b",
    # a busy team's shorthand: "wkly", "2 wkly", "3x wkly", "mthly", "fortn'ly", "w/in 72hrs",
    # and a clinician's weeks ("review in 2/52": two weeks; no date has a 52nd month)
    r"\b(?:\d+\s*x?\s*)?(?:wkly|mthly|fortn['’]?ly|dly|yrly)\b",
    r"\bw/in\s+(?:the\s+)?(?:next\s+)?" + _NUM + r"?\s*" + _UNIT + r"\b",
    r"\b\d{1,2}/52\b",
    # relative to a day or event already named: "by the day Kacey leaves", "by the same date",
    # "the same evening", "in the week of his 17th birthday", "with immediate effect",
    # "when I next visit", "on weekday evenings", "within statutory timescales" ("at all times"
    # and "as per statutory requirements" set no time: most labellers leave them untimed)
    r"\bby\s+the\s+(?:day|date|time|week)\s+(?:that\s+)?(?:he|she|they|[a-z]+)\s+[a-z]+s?\b",
    r"\b(?:by\s+)?the\s+same\s+(?:day|date|evening|night|morning|afternoon|week)\b",
    r"\bin\s+the\s+week\s+(?:of|before|after)\b",
    r"\bwith\s+immediate\s+effect\b",
    r"\bwhen\s+(?:i|we|you|he|she|they)\s+next\s+(?:visit|see|meet|speak)\b",
    r"\b(?:on\s+)?week(?:day|night)\s+(?:mornings?|afternoons?|evenings?|nights?)\b",
    r"\b(?:within|in\s+line\s+with)\s+(?:the\s+)?statutory\s+(?:timescales?|frequency)\b",
    # "(October)", "on 10/2026", "starting with the March review", "on the day of return"
    r"\(\s*(?:in\s+|by\s+|from\s+)?" + _FULL_MONTH + r"(?:\s+20\d\d)?\s*\)",
    r"\b(?:on|by|in|from|before|until)\s+(?:0?[1-9]|1[0-2])/20\d\d\b",
    r"\bstarting\s+(?:with|from|at)\s+the\s+(?:next\s+|first\s+|(?:spring|summer|autumn)\s+|"
    + _FULL_MONTH
    + r"\s+)(?:[a-z]+\s+)?"
    r"(?:review|pep|visit|meeting|session|term)\b",
    r"\bon\s+the\s+day\s+(?:of|(?:he|she|they)\s+(?:returns?|moves?|leaves?))\b",
    # abbreviated units: "next wk", "2 x week", "3x wk", "x2 weekly"
    r"\b(?:next|this|following)\s+(?:wk|mth|yr)\b",
    r"\b\d+\s*x\s*(?:a\s+|per\s+)?(?:week|wk|month|mth|term|day|fortnight)\b",
    # a range of weekdays is a frequency: "Mon–Wed", "Monday to Friday"
    r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\s*"
    r"(?:[-–—]|to)\s*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b",
    # a weekday with its date: "on wed 11th", "Fri 3rd"
    r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)\b",
    # a frequency set by events in the case: "after every missing episode", "each time he goes"
    r"\b(?:after|following|at|before)\s+(?:every|each|any)\s+(?:[\w-]+\s+){0,2}(?:episode|incident|"
    r"occasion|time|session|appointment|contact|visit|meeting|review|move|absence|exclusion|"
    r"update|call|result|hearing)s?\b",
    # a named school term, and a span the action lasts: "Summer term", "throughout pregnancy",
    # "through the year"
    r"\b(?:autumn|spring|summer)\s+(?:term|half[- ]term)\b",
    r"\bthrough(?:out)?\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:whole\s+|entire\s+)?"
    r"(?:school\s+|college\s+|academic\s+)?(?:year|term|day|week|summer|holidays?|pregnancy|placement|proceedings|"
    r"transition|exams?)\b",
    r"\b(?:each|every)\s+time\b",
    r"\b(?:on|at|during|after)\s+each\s+of\s+(?:his|her|their|the)\s+",  # "on each of his stays"
    # holidays as a frequency: "every school holiday", "each half-term break"
    r"\b(?:every|each)\s+(?:school\s+)?(?:holiday|half[- ]term(?:\s+holiday|\s+break)?|"
    r"(?:school\s+)?break|weekend)s?\b",
    # routines: "at every mealtime", "at each bedtime", "after every stay", "at every handover"
    r"\b(?:at|during|after|before)\s+(?:every|each)\s+[a-z][\w-]+",
    # "whenever a session is cancelled" (not "whenever he wants": no event, no time)
    r"\bwhenever\s+(?:a|an|the|his|her|their|any)\s",
    # a clock time and the days it applies to: "at 07:30 on college days", "by 10:00 on the day"
    r"\b(?:at|by|before|after|from)\s+\d{1,2}:\d{2}\b",
    r"\bon\s+(?:school|college|contact|nursery|work)\s+days\b",
]

# Compiled without IGNORECASE and matched against ASCII-lowercased text: several times faster
# in CPython's regex engine for a long alternation like this one. Every pattern starts at a word,
# a "(" or a dash, bar or colon, so the lookahead turns every other position away before the
# engine tries seventy-odd alternatives there: three times faster, the same matches (checked
# span for span over every labelled text).
TIMESCALE_GUARD = r"(?=\b\w|[(\-–—|:])"
TIMESCALE_RE = re.compile(TIMESCALE_GUARD + "(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """ASCII-lowercase `text`, keeping every offset unchanged (unlike str.lower)."""
    return text.translate(_ASCII_LOWER)


# Explicit fields ("Timescale: ongoing") whose content binds nobody.
NULL_TIME_RE = re.compile(
    r"^(?:on-?going|asap|as\s+soon\s+as\s+possible|tbc|tba|tbd|n/?a|none|as\s+(?:needed|required|"
    r"and\s+when)|when\s+(?:needed|required|appropriate|possible)|in\s+due\s+course|[-–—]+|"
    r"(?:please\s+)?select|\(?none\)?)\W*$",
    re.IGNORECASE,
)


def _plausible_numeric_date(text: str) -> bool:
    """Reject number pairs that are not dates: '24/7', '16-19 bursary', '3/4'."""
    parts = re.split(r"[/.-]", text)
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return True
    day, month = int(parts[0]), int(parts[1])
    if month == 52 and len(parts) == 2:
        return True  # "2/52": two weeks, in clinical shorthand
    if text in {"24/7", "1/2", "3/4", "1/4"}:
        return False  # unless written as a deadline: see find_timescale
    return 1 <= day <= 31 and 1 <= month <= 12


_DEADLINE_WORD_RE = re.compile(r"\b(?:by|on|before|until|from|due|w/c)\s+$")


# "record it in the daily log": the name of a record, not how often anything is done.
_RECORD_NAME_BEFORE_RE = re.compile(r"\b(?:the|his|her|their|its)\s+$")
_RECORD_NAME_AFTER_RE = re.compile(
    r"\s+(?:logs?|diary|diaries|records?|recordings?|notes|sheets?)\b"
)


def find_timescale(text: str) -> re.Match[str] | None:
    """First span in `text` that states a date, deadline or frequency, or None."""
    low = fold(text)
    for match in TIMESCALE_RE.finditer(low):
        if (
            match.group(0) in {"daily", "weekly", "monthly"}
            and _RECORD_NAME_BEFORE_RE.search(low[: match.start()])
            and _RECORD_NAME_AFTER_RE.match(low, match.end())
        ):
            continue
        numeric = re.fullmatch(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?", match.group(0))
        if numeric and not _plausible_numeric_date(match.group(0)):
            # "by 1/4" is the first of April; "3/4 of the work" is a fraction.
            before = fold(text[max(0, match.start() - 8) : match.start()])
            if match.group(0) == "24/7" or not _DEADLINE_WORD_RE.search(before):
                continue
        return match
    return None


def strip_timescales(text: str) -> str:
    """`text` with every timescale span removed (used to compare actions across sessions)."""
    return TIMESCALE_RE.sub(" ", fold(text))


# How often, as opposed to by when: "weekly", "every other Sunday", "twice a week", "3 x weekly".
FREQUENCY_RE = re.compile(
    r"\b(?:daily|nightly|weekly|fortnightly|monthly|termly|\d+\s*-?\s*weekly|"
    r"every\s+(?!so\b|now\b|once\b)\w+(?:\s+\w+)?|"
    r"(?:once|twice|\w+\s+times)\s+(?:a|per)\s+\w+|\d+\s*x\s*(?:a\s+|per\s+)?(?:week|wk|month|day)\w*)\b",
    re.IGNORECASE,
)
