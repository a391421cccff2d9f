"""Care leavers (903 table OC3): in touch, in education/employment/training, in suitable
accommodation, by age group.

DfE (Children looked after in England including adoptions, care leavers tables) reports OC3
information gathered around each young person's birthday in the collection year, grouped by that
age: 17-18 and 19-21, and from 2023 ages 22-25 where recorded. Age here is age at 31 March of the
collection year, which equals the age reached on the birthday within the year. Percentages are of
all care leavers in the age group with an OC3 record.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from indicators.context import Context, age_expr
from indicators.model import (
    EES_CLA,
    Compute,
    Indicator,
    Measure,
    National,
    Polarity,
    Unit,
    children,
    collection_year_to,
    register,
)

AGE_GROUPS = {"17_18": (17, 18), "19_21": (19, 21), "22_25": (22, 25)}
EET_CODES = ("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5")
LEAVERS_SOURCE = f"{EES_CLA}: care leavers' activity and accommodation (OC3)"

MEASURES = {
    "in_touch": ("in touch with the council", "IN_TOUCH = YES", pl.col("IN_TOUCH") == "YES"),
    "eet": (
        "in education, employment or training",
        "ACTIV in F1-F5/P1-P5",
        pl.col("ACTIV").is_in(EET_CODES),
    ),
    "suitable_accommodation": (
        "in suitable accommodation",
        "ACCOM ending in 1",
        pl.col("ACCOM").str.ends_with("1").fill_null(False),
    ),
}

TOPIC = "Care leavers"


def _measure(group: str, condition: pl.Expr) -> Compute:
    low, high = AGE_GROUPS[group]

    def compute(context: Context, at: date) -> Measure:
        frame, period = context.annual("OC3", at)
        cohort = frame.filter(age_expr(pl.col("DOB"), period.end).is_between(low, high))
        meeting = cohort.filter(condition.fill_null(False))
        return Measure(children(meeting["CHILD"]), children(cohort["CHILD"]), period)

    return compute


NATIONAL = {
    ("suitable_accommodation", "19_21"): National(
        85,
        "year ending 31 March 2019",
        f"{EES_CLA} (fast-track 1da0616c)",
        note="latest year found; newer figures NOT FOUND",
    ),
}

for _name, (_words, _rule, _condition) in MEASURES.items():
    for _group, (_low, _high) in AGE_GROUPS.items():
        register(
            Indicator(
                topic=TOPIC,
                id=f"care_leavers_{_name}_{_group}",
                title=f"Care leavers aged {_low}-{_high} {_words}",
                definition=f"Of care leavers aged {_low}-{_high} at 31 March with an OC3 record "
                f"for the latest year ending on or before the date, the percentage {_words} "
                f"({_rule}).",
                numerator=f"care leavers aged {_low}-{_high} {_words}",
                denominator=f"care leavers aged {_low}-{_high} with an OC3 record",
                unit=Unit.PERCENT,
                polarity=Polarity.HIGHER,
                source=LEAVERS_SOURCE,
                period_of=collection_year_to,
                compute=_measure(_group, _condition),
                national=NATIONAL.get((_name, _group)),
            )
        )
