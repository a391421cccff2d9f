"""Children looked after at a date, the rate per 10,000, starts, ceases and UASC.

Definitions follow DfE "Children looked after in England including adoptions" (EES methodology):
a child is looked after at a date when an episode is open at the end of that day; headline
figures exclude children looked after only under an agreed series of short-term placements
(legal status V3/V4); starts are episodes with RNE "S"; a child ceases when an episode ends with a
reason other than X1 (a new episode the same day).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from indicators.context import SHORT_BREAKS, Context
from indicators.model import (
    EES_CLA,
    Indicator,
    Measure,
    National,
    NotAvailable,
    Polarity,
    Unit,
    children,
    on_date,
    register,
    year_to,
)

TOPIC = "Children looked after"


def cla_children(context: Context, at: date) -> tuple[str, ...]:
    return children(context.cla_at(at)["CHILD"])


def _cla(context: Context, at: date) -> Measure:
    return Measure(cla_children(context, at), (), on_date(at))


def _rate(context: Context, at: date) -> Measure:
    if not context.population:
        raise NotAvailable("no child population (aged 0-17) was given")
    looked_after = cla_children(context, at)
    value = round(10_000 * len(looked_after) / context.population, 1)
    return Measure(
        looked_after, (), on_date(at), value=value, note=f"population {context.population:,}"
    )


def _started(context: Context, at: date) -> Measure:
    period = year_to(at)
    starts = context.episodes.filter(
        (pl.col("RNE") == "S")
        & pl.col("DECOM").is_between(period.start, period.end)
        & ~pl.col("LS").is_in(SHORT_BREAKS)
    )
    return Measure(children(starts["CHILD"]), (), period)


def _ceased(context: Context, at: date) -> Measure:
    period = year_to(at)
    ceased = context.episodes.filter(
        pl.col("DEC").is_between(period.start, period.end)
        & (pl.col("REC").fill_null("") != "X1")
        & ~pl.col("LS").is_in(SHORT_BREAKS)
    )
    return Measure(children(ceased["CHILD"]), (), period)


def _latest_uasc(context: Context) -> pl.DataFrame:
    """One row per child: a later return may add the cease date (DUC) an earlier one lacked."""
    ordered = context.parsed("UASC").with_row_index("_order")
    ordered = ordered.sort("CHILD", pl.col("DUC").is_not_null(), "_order")
    return ordered.unique("CHILD", keep="last", maintain_order=True)


def uasc_at(context: Context, at: date) -> pl.DataFrame:
    """CLA at `at` who are unaccompanied asylum-seeking children on that date: listed in the UASC
    table with no cease date (DUC) on or before `at`, or flagged UASC=1 in the (XML) Header."""
    uasc = context.memo("uasc", _latest_uasc).filter(pl.col("DUC").is_null() | (pl.col("DUC") > at))
    flagged = set(uasc["CHILD"].to_list())
    if "UASC" in context.header.columns:
        flagged |= set(context.header.filter(pl.col("UASC") == "1")["CHILD"].to_list())
    return context.cla_at(at).filter(pl.col("CHILD").is_in(sorted(flagged)))


def _uasc(context: Context, at: date) -> Measure:
    return Measure(children(uasc_at(context, at)["CHILD"]), (), on_date(at))


register(
    Indicator(
        topic=TOPIC,
        id="cla_at_date",
        period_of=on_date,
        title="Children looked after",
        definition="Children looked after at the end of the date, excluding those looked after "
        "only under an agreed series of short-term placements (V3/V4).",
        numerator="children with an episode open at the date (not V3/V4)",
        denominator="none (a count)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: children looked after at 31 March",
        compute=_cla,
        national=National(81_770, "31 March 2025", f"{EES_CLA}/2025"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="cla_rate_per_10k",
        period_of=on_date,
        title="Children looked after per 10,000 children",
        definition="Children looked after at the date per 10,000 children aged under 18 in the "
        "area (population supplied by the council, e.g. ONS mid-year estimate).",
        numerator="children looked after at the date",
        denominator="the child population (a number, not a list)",
        unit=Unit.RATE,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: rate per 10,000 children aged under 18",
        compute=_rate,
        national=National(67, "31 March 2025", f"{EES_CLA}/2025"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="cla_started",
        title="Children who started to be looked after",
        definition="Children with an episode starting a new period of care (RNE S) in the twelve "
        "months ending on the date, excluding short breaks (V3/V4). Each child counted once.",
        numerator="children who started to be looked after in the year",
        denominator="none (a count)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: children who started to be looked after during the year",
        compute=_started,
        national=National(33_050, "year ending 31 March 2024", f"{EES_CLA} (data set 1fe5fa25)"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="cla_ceased",
        title="Children who ceased to be looked after",
        definition="Children with an episode ending in the twelve months ending on the date with "
        "a reason other than X1 (i.e. their period of care ended), excluding short breaks.",
        numerator="children who ceased to be looked after in the year",
        denominator="none (a count)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: children who ceased to be looked after during the year",
        compute=_ceased,
        national=National(33_620, "year ending 31 March 2024", f"{EES_CLA} (data set 1fe5fa25)"),
    )
)
register(
    Indicator(
        topic=TOPIC,
        id="uasc_at_date",
        period_of=on_date,
        title="Unaccompanied asylum-seeking children looked after",
        definition="Children looked after at the date who were unaccompanied asylum-seeking "
        "children on that date (UASC table without a cease date by then, or Header UASC=1).",
        numerator="UASC looked after at the date",
        denominator="none (a count)",
        unit=Unit.COUNT,
        polarity=Polarity.NEITHER,
        source=f"{EES_CLA}: UASC looked after at 31 March",
        compute=_uasc,
        national=National(7_380, "31 March 2024", f"{EES_CLA} (data set 1fe5fa25)"),
    )
)
