"""Social worker episode rules (SW…STG1/STG2), from 2023/24 when the SWEpisodes table began.

Where DfE changed a rule the versions are registered for their own years. "A year before the
collection start" is read as the same date one calendar year earlier (the start of the social
worker reporting period).
"""

from datetime import date

import polars as pl

from ssda903.tables import LINE
from ssda903.validation.engine import RuleContext, rule
from ssda903.validation.rules._helpers import (
    Flags,
    eq,
    flag,
    isin,
    not_in,
    permanence_date,
    raw,
    same,
    typed,
    with_prev,
    years,
)

SW = "SWEpisodes"
SW_REASONS = ("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
              "SWDIED", "OTHERS")  # fmt: skip
SW_RECORDING_BEGAN = date(2023, 4, 1)


def _sw(ctx: RuleContext) -> pl.DataFrame:
    return typed(ctx, SW)


def _sw_in_order(ctx: RuleContext, *by: str) -> pl.DataFrame:
    return _sw(ctx).sort(["CHILD", *by], nulls_last=True, maintain_order=True)


def _reporting_start(ctx: RuleContext) -> date:
    return date(ctx.start.year - 1, 4, 1)


def _latest_last(sw: pl.DataFrame, *, blank_start_is_latest: bool) -> pl.DataFrame:
    """Social worker episodes in start-date order; of two episodes starting the same day, an open
    one (no valid SW_DEC) counts as the later. A blank or invalid start sorts last or first."""
    return sw.sort(
        ["SW_DECOM", pl.col("SW_DEC").is_null()],
        nulls_last=blank_start_is_latest,
        maintain_order=True,
    )


@rule("SW01aSTG1", years=years("SW01aSTG1"))
def sw_id_or_start_missing_before_2023(ctx: RuleContext) -> Flags:
    """SW_DECOM must be a date; an episode starting before 1 April 2023 needs an SW_ID."""
    sw = _sw(ctx)
    early = (pl.col("SW_DECOM") < SW_RECORDING_BEGAN).fill_null(False)
    return flag(SW, sw.filter((early & pl.col("SW_ID").is_null()) | pl.col("SW_DECOM").is_null()))


@rule("SW01bSTG1", years=years("SW01bSTG1"))
def sw_id_reason_or_start_missing_from_2023(ctx: RuleContext) -> Flags:
    """SW_DECOM must be a date; an episode from 1 April 2023 needs an SW_ID and an SW_REASON."""
    sw = _sw(ctx)
    recent = (pl.col("SW_DECOM") >= SW_RECORDING_BEGAN).fill_null(False)
    missing = pl.col("SW_ID").is_null() | pl.col("SW_REASON").is_null()
    return flag(SW, sw.filter((recent & missing) | pl.col("SW_DECOM").is_null()))


def _sw_id_prefix_wrong() -> pl.Expr:
    return not_in("_prefix", ["SW", "XX"])


@rule("SW02STG1", years=years("SW02STG1", until=2025))
def sw_id_prefix(ctx: RuleContext) -> Flags:
    """SW_ID must begin with SW or XX."""
    sw = _sw(ctx).with_columns(pl.col("SW_ID").str.slice(0, 2).alias("_prefix"))
    return flag(SW, sw.filter(_sw_id_prefix_wrong()))


@rule("SW02STG1", years=years("SW02STG1", since=2026))
def sw_id_prefix_and_length(ctx: RuleContext) -> Flags:
    """SW_ID must begin with SW or XX and be at least four characters long."""
    sw = _sw(ctx).with_columns(pl.col("SW_ID").str.slice(0, 2).alias("_prefix"))
    short = (pl.col("SW_ID").str.len_chars() < 4).fill_null(False)
    return flag(SW, sw.filter(_sw_id_prefix_wrong() | short))


def _not_a_date(col: str, *, allow_unknown_parts: bool) -> pl.Expr:
    raw = pl.col(f"{col}_raw")
    parsed = permanence_date(raw) if allow_unknown_parts else pl.col(col)
    return parsed.is_null() & raw.is_not_null()


def _date_rule(code: str, col: str) -> None:
    def lenient(ctx: RuleContext) -> Flags:
        return flag(SW, _sw(ctx).filter(_not_a_date(col, allow_unknown_parts=True)))

    def strict(ctx: RuleContext) -> Flags:
        return flag(SW, _sw(ctx).filter(_not_a_date(col, allow_unknown_parts=False)))

    lenient.__name__ = f"{col.lower()}_not_a_date_zz_allowed"
    lenient.__doc__ = f"{col}, where given, must be a date (ZZ allowed for unknown day or month)."
    strict.__name__ = f"{col.lower()}_not_a_date"
    strict.__doc__ = f"{col}, where given, must be a valid DD/MM/YYYY date (from 2025/26)."
    rule(code, years=years(code, until=2025))(lenient)
    rule(code, years=years(code, since=2026))(strict)


_date_rule("SW04STG1", "SW_DECOM")
_date_rule("SW05STG1", "SW_DEC")


@rule("SW06STG2", years=years("SW06STG2"))
def sw_starts_after_year(ctx: RuleContext) -> Flags:
    """SW_DECOM must be on or before the end of the collection year."""
    return flag(SW, _sw(ctx).filter((pl.col("SW_DECOM") > ctx.end).fill_null(False)))


@rule("SW07STG2", years=years("SW07STG2", until=2024))
def sw_ends_outside_year(ctx: RuleContext) -> Flags:
    """SW_DEC must fall within the collection year."""
    outside = (pl.col("SW_DEC") < ctx.start) | (pl.col("SW_DEC") > ctx.end)
    return flag(SW, _sw(ctx).filter(outside.fill_null(False)))


@rule("SW07STG2", years=years("SW07STG2", since=2025))
def sw_ends_outside_reporting_period(ctx: RuleContext) -> Flags:
    """SW_DEC must be on or after 1 April of the previous year and on or before 31 March."""
    outside = (pl.col("SW_DEC") < _reporting_start(ctx)) | (pl.col("SW_DEC") > ctx.end)
    return flag(SW, _sw(ctx).filter(outside.fill_null(False)))


@rule("SW08STG2", years=years("SW08STG2"))
def sw_episode_left_open(ctx: RuleContext) -> Flags:
    """Every social worker episode but a child's latest must have an end date."""
    sw = _latest_last(_sw(ctx), blank_start_is_latest=True)
    latest = sw.filter(pl.col("CHILD").is_not_null()).unique("CHILD", keep="last").select(LINE)
    earlier = sw.join(latest, on=LINE, how="anti")
    # An end date that is not a valid date does not end the episode (it is reported by SW05).
    open_ = pl.col("SW_DEC").is_null() & pl.col("SW_DECOM").is_not_null()
    return flag(SW, earlier.filter(open_ & pl.col("CHILD").is_not_null()))


@rule("SW09STG2", years=years("SW09STG2", until=2025))
def sw_episode_same_day(ctx: RuleContext) -> Flags:
    """A social worker episode cannot start and end on the same day."""
    return flag(SW, _sw(ctx).filter(same("SW_DEC_raw", "SW_DECOM_raw")))


@rule("SW09STG2", years=years("SW09STG2", since=2026))
def sw_episode_under_3_days(ctx: RuleContext) -> Flags:
    """A social worker episode must last at least three days (from 2025/26)."""
    short = (pl.col("SW_DEC") - pl.col("SW_DECOM")) < pl.duration(days=3)
    return flag(SW, _sw(ctx).filter(short.fill_null(False)))


def _starts_away_from_previous_end() -> pl.Expr:
    near = (pl.col("SW_DECOM") >= pl.col("SW_DEC_PREV") - pl.duration(days=7)) & (
        pl.col("SW_DECOM") <= pl.col("SW_DEC_PREV") + pl.duration(days=7)
    )
    return ~near.fill_null(False)


def _with_previous_sw(ctx: RuleContext) -> pl.DataFrame:
    sw = with_prev(_sw_in_order(ctx, "SW_DECOM", "SW_DEC"), ["SW_DEC"])
    return sw.filter(same("CHILD", "CHILD_PREV"))


@rule("SW10STG2", years=years("SW10STG2", until=2024))
def sw_starts_away_from_previous_end(ctx: RuleContext) -> Flags:
    """A new social worker episode must start within 7 days of the previous one's end."""
    return flag(SW, _with_previous_sw(ctx).filter(_starts_away_from_previous_end()))


@rule("SW10STG2", years=years("SW10STG2", since=2025))
def sw_starts_away_from_previous_end_unless_first_contact(ctx: RuleContext) -> Flags:
    """Unless the reason is first contact (FCONTA), a new social worker episode must start within
    7 days of the previous one's end."""
    sw = _with_previous_sw(ctx)
    return flag(SW, sw.filter(~eq("SW_REASON", "FCONTA") & _starts_away_from_previous_end()))


@rule("SW10aSTG2", years=years("SW10aSTG2"))
def sw_starts_away_from_previous_end_10a(ctx: RuleContext) -> Flags:
    """Unless the reason is first contact (FCONTA), a new social worker episode must start within
    +/- 7 days of the previous one's end."""
    sw = _with_previous_sw(ctx)
    return flag(SW, sw.filter(~eq("SW_REASON", "FCONTA") & _starts_away_from_previous_end()))


@rule("SW10bSTG2", years=years("SW10bSTG2"))
def sw_first_contact_before_previous_end(ctx: RuleContext) -> Flags:
    """A first-contact (FCONTA) social worker episode must start after the previous one ended."""
    sw = _with_previous_sw(ctx)
    early = (pl.col("SW_DECOM") <= pl.col("SW_DEC_PREV")).fill_null(False)
    return flag(SW, sw.filter(eq("SW_REASON", "FCONTA") & early))


@rule("SW11bSTG2", years=years("SW11bSTG2"))
def sw_ended_near_year_end_without_successor(ctx: RuleContext) -> Flags:
    """A social worker episode ended in the last days of the year but no next episode follows.

    As the published tool does: an end date within 5 days before 31 March needs a following
    episode with a start date.
    """
    end = ctx.end
    window_from = date.fromordinal(end.toordinal() - 5)

    def in_window(col: str) -> pl.Expr:
        return ((pl.col(col) >= window_from) & (pl.col(col) <= end)).fill_null(False)

    ordered = with_prev(_sw_in_order(ctx, "SW_DECOM"), ["SW_DEC"])
    after_window = ordered.filter(
        same("CHILD", "CHILD_PREV") & in_window("SW_DEC_PREV") & pl.col("SW_DECOM").is_null()
    )
    sw = _sw(ctx)
    only_one = sw.filter((pl.len().over("CHILD") == 1) & pl.col("CHILD").is_not_null())
    alone = only_one.filter(in_window("SW_DEC"))
    later = with_prev(
        sw.sort(["CHILD", "SW_DECOM"], descending=True, nulls_last=True, maintain_order=True),
        ["SW_DEC", LINE],
    )
    followed = later.filter(
        same("CHILD", "CHILD_PREV")
        & (pl.col("SW_DECOM") < pl.col("SW_DEC_PREV")).fill_null(False)
        & in_window("SW_DEC_PREV")
    ).select(pl.col(f"{LINE}_PREV").alias(LINE))
    return flag(SW, pl.concat([after_window.select(LINE), alone.select(LINE), followed]))


def _care_changes_without_sw(ctx: RuleContext, epi: pl.DataFrame) -> Flags:
    epi = epi.filter(
        not_in("LS", ["V3", "V4"]) & (eq("RNE", "S") | (pl.col("REC") != "X1").fill_null(True))
    )
    both = epi.join(_sw(ctx).select("CHILD", "SW_DECOM"), on="CHILD", how="left")
    ends = (pl.col("SW_DECOM") <= pl.col("DEC")).fill_null(False) & (
        pl.col("REC") != "X1"
    ).fill_null(True)
    starts = (pl.col("SW_DECOM") >= pl.col("DECOM")).fill_null(False) & eq("RNE", "S")
    return flag("Episodes", both.filter(~ends & ~starts))


@rule("SW12STG2", years=years("SW12STG2", until=2024))
def care_changes_without_sw_episode(ctx: RuleContext) -> Flags:
    """An episode that starts (RNE S) or ends care needs a matching social worker episode."""
    if not ctx.has(SW):
        return {}
    return _care_changes_without_sw(ctx, typed(ctx, "Episodes"))


@rule("SW12STG2", years=years("SW12STG2", since=2025))
def care_changes_in_period_without_sw_episode(ctx: RuleContext) -> Flags:
    """An episode starting or ending care, open or ended in the social worker reporting period
    (from 1 April of the previous year), needs a matching social worker episode."""
    if not ctx.has(SW):
        return {}
    dec = pl.col("DEC")
    in_period = ((dec >= _reporting_start(ctx)) & (dec <= ctx.end)).fill_null(False) | dec.is_null()
    return _care_changes_without_sw(ctx, typed(ctx, "Episodes").filter(in_period))


@rule("SW13STG1", years=years("SW13STG1", until=2024))
def sw_reason_invalid(ctx: RuleContext) -> Flags:
    """SW_REASON must be a valid reason for social worker change."""
    return flag(SW, _sw(ctx).filter(not_in("SW_REASON", SW_REASONS)))


@rule("SW13STG1", years=years("SW13STG1", since=2025))
def sw_reason_invalid_or_missing_from_2023(ctx: RuleContext) -> Flags:
    """SW_REASON, where given, must be valid; it is required from 1 April 2023."""
    reason = pl.col("SW_REASON")
    invalid = reason.is_not_null() & ~isin("SW_REASON", SW_REASONS)
    missing = reason.is_null() & (pl.col("SW_DECOM") >= SW_RECORDING_BEGAN).fill_null(False)
    return flag(SW, _sw(ctx).filter(invalid | missing))


@rule("SW17STG2", years=years("SW17STG2"))
def no_sw_episode_open_at_year_end(ctx: RuleContext) -> Flags:
    """A child's latest social worker episode must still be open at 31 March (no SW_DEC)."""
    latest = _latest_last(_sw(ctx), blank_start_is_latest=False).unique(
        "CHILD", keep="last", maintain_order=True
    )
    return flag(SW, latest.filter(pl.col("SW_DEC_raw").is_not_null()))


@rule("SW18STG2", years=years("SW18STG2"))
def sw_ends_before_start(ctx: RuleContext) -> Flags:
    """SW_DEC, where given, must be after SW_DECOM."""
    both = pl.col("SW_DEC").is_not_null() & pl.col("SW_DECOM").is_not_null()
    return flag(SW, _sw(ctx).filter(both & ~(pl.col("SW_DEC") > pl.col("SW_DECOM"))))


@rule("SW19STG2", years=years("SW19STG2"))
def sw_episodes_start_same_day(ctx: RuleContext) -> Flags:
    """Two social worker episodes for a child cannot start on the same date (later ones flagged)."""
    sw = raw(ctx, SW).with_columns(pl.int_range(pl.len()).over(["CHILD", "SW_DECOM"]).alias("_n"))
    return flag(SW, sw.filter(pl.col("_n") > 0))


@rule("SW01STG1", years=years("SW01STG1"))
def looked_after_at_year_end_without_sw_details(ctx: RuleContext) -> Flags:
    """A child looked after at 31 March (open episode, not V3/V4) needs SW_ID, SW_DECOM and
    SW_REASON on a social worker episode.

    The open episode is flagged: it is the row that makes the details required.
    """
    if not ctx.has(SW):
        return {}
    epi = raw(ctx, "Episodes").filter(pl.col("DEC").is_null() & not_in("LS", ["V3", "V4"]))
    sw = raw(ctx, SW).select("CHILD", "SW_ID", "SW_DECOM", "SW_REASON")
    both = epi.join(sw, on="CHILD", how="left")
    gaps = pl.any_horizontal(pl.col(c).is_null() for c in ("SW_ID", "SW_DECOM", "SW_REASON"))
    return flag("Episodes", both.filter(gaps))


@rule("SW03STG1", years=years("SW03STG1"))
def sw_details_missing(ctx: RuleContext) -> Flags:
    """Each social worker episode needs SW_ID, SW_DECOM and SW_REASON."""
    gaps = pl.any_horizontal(pl.col(c).is_null() for c in ("SW_ID", "SW_DECOM", "SW_REASON"))
    return flag(SW, raw(ctx, SW).filter(gaps))


@rule("SW11aSTG2", years=years("SW11aSTG2"))
def sw_next_episode_not_within_5_days(ctx: RuleContext) -> Flags:
    """After an episode that ended at least 5 days before 31 March, the next one must start
    within 5 days of that end."""
    sw = with_prev(_sw_in_order(ctx, "SW_DECOM"), ["SW_DEC"])
    prev_end = pl.col("SW_DEC_PREV")
    cutoff = date.fromordinal(ctx.end.toordinal() - 5)
    near = (pl.col("SW_DECOM") >= prev_end - pl.duration(days=5)) & (
        pl.col("SW_DECOM") <= prev_end + pl.duration(days=5)
    )
    bad = sw.filter(
        same("CHILD", "CHILD_PREV")
        & (prev_end <= cutoff).fill_null(False)
        & (pl.col("SW_DECOM").is_null() | ~near.fill_null(False))
    )
    return flag(SW, bad)


@rule("SW14STG2", years=years("SW14STG2"))
def sw_earlier_episode_open(ctx: RuleContext) -> Flags:
    """Only a child's latest social worker episode may be without an end date."""
    sw = _sw_in_order(ctx, "SW_DECOM")
    latest = sw.unique("CHILD", keep="last", maintain_order=True).select(LINE)
    return flag(SW, sw.join(latest, on=LINE, how="anti").filter(pl.col("SW_DEC").is_null()))
