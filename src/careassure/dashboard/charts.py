"""Trend charts as Vega-Lite (Altair), rendered to PNG by vl-convert: the same image in the page
and in reports, with no browser or network. Every chart is shown beside a data table, so a screen
reader user gets the same numbers."""

from __future__ import annotations

from functools import lru_cache

import altair as alt
import polars as pl
import vl_convert as vlc

from indicators import Indicator


def trend_spec(indicator: Indicator, points: tuple[tuple[str, float], ...]) -> dict:
    frame = pl.DataFrame(
        {"Month end": [p[0] for p in points], "Value": [p[1] for p in points]},
        schema={"Month end": pl.String, "Value": pl.Float64},
    )
    line = (
        alt.Chart(alt.Data(values=frame.to_dicts()))
        .mark_line(point=True, color="#1d70b8")
        .encode(
            x=alt.X("Month end:T", title="Month end"),
            y=alt.Y("Value:Q", title=str(indicator.unit.value).capitalize()),
        )
    )
    layers: list[alt.Chart] = [line]
    if indicator.national is not None:
        layers.append(
            alt.Chart(alt.Data(values=[{"England": indicator.national.value}]))
            .mark_rule(color="#505a5f", strokeDash=[6, 4])
            .encode(y="England:Q")
        )
    chart = alt.layer(*layers).properties(width=640, height=260, title=indicator.title)
    return chart.to_dict()


@lru_cache(maxsize=256)
def trend_png(indicator: Indicator, points: tuple[tuple[str, float], ...]) -> bytes:
    """PNG bytes; cached on the exact points, so a recomputation makes a new image."""
    return vlc.vegalite_to_png(trend_spec(indicator, points), scale=1)
