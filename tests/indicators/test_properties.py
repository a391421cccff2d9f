"""Properties that must hold on any history: checked on random small histories."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import REGISTRY, Context, Unit, evaluate_all
from tests.indicators.builders import episode, frame

AT = date(2025, 3, 31)


@st.composite
def histories(draw):
    """Up to 6 children, each with a run of contiguous episodes; the last may be open."""
    rows, spans = [], []
    for n in range(draw(st.integers(1, 6))):
        child = f"C{n}"
        day = date(2021, 1, 1) + timedelta(days=draw(st.integers(0, 1500)))
        for k in range(draw(st.integers(1, 4))):
            ls = draw(st.sampled_from(["C2", "V2", "V3", "E1"]))
            length = draw(st.one_of(st.none(), st.integers(1, 500)))
            end = None if length is None else day + timedelta(days=length)
            rne = "S" if k == 0 else draw(st.sampled_from(["P", "L", "T", "B"]))
            rec = None if end is None else draw(st.sampled_from(["X1", "E4A", "E11", "E45"]))
            rows.append(
                episode(
                    child,
                    f"{day:%d/%m/%Y}",
                    None if end is None else f"{end:%d/%m/%Y}",
                    rne=rne,
                    ls=ls,
                    rec=rec,
                )
            )
            spans.append((child, day, end, ls))
            if end is None or rec != "X1":
                break
            day = end
    reviews = [
        {
            "CHILD": f"C{draw(st.integers(0, 5))}",
            "REVIEW": f"{date(2022, 1, 1) + timedelta(days=draw(st.integers(0, 1200))):%d/%m/%Y}",
            "REVIEW_CODE": draw(st.sampled_from(["PN0", "PN1", "PN7"])),
        }
        for _ in range(draw(st.integers(0, 8)))
    ]
    tables = {"Episodes": frame(rows)}
    if reviews:
        tables["Reviews"] = frame(reviews)
    return tables, spans


@settings(max_examples=40, deadline=None)
@given(histories())
def test_children_looked_after_matches_a_direct_count(history):
    tables, spans = history
    expected = sorted(
        {
            child
            for child, start, end, ls in spans
            if start <= AT and (end is None or end > AT) and ls != "V3"
        }
    )
    assert list(REGISTRY["cla_at_date"].at(Context(tables), AT).numerator) == expected


@settings(max_examples=20, deadline=None)
@given(histories())
def test_every_percentage_is_of_its_own_denominator(history):
    tables, _ = history
    context = Context(tables)
    for indicator in REGISTRY.values():
        result = indicator.at(context, AT)
        if indicator.unit is Unit.PERCENT and result.value is not None:
            assert set(result.numerator) <= set(result.denominator), indicator.id
            assert 0 <= result.value <= 100


@settings(max_examples=40, deadline=None)
@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2025, 12, 31)),
    gaps=st.lists(st.integers(1, 250), max_size=5),
)
def test_vectorised_review_schedule_agrees_with_clocks(start, gaps):
    from clocks import review_schedule
    from indicators.reviews import review_rows

    held, day = [], start
    for gap in gaps:
        day += timedelta(days=gap)
        held.append(day)
    tables = {
        "Episodes": frame([episode("A", f"{start:%d/%m/%Y}")]),
        "Reviews": frame([{"CHILD": "A", "REVIEW": f"{d:%d/%m/%Y}"} for d in held]),
    }
    rows = review_rows(Context(tables)).sort("ORDER")
    expected = review_schedule(start, held, as_at=date.max)
    assert rows["DUE"].to_list() == [d.due for d in expected]
    assert rows["HELD"].to_list() == [d.done for d in expected]


@settings(max_examples=10, deadline=None)
@given(histories())
def test_a_shared_context_gives_the_same_answers_as_fresh_ones(history):
    # The caches behind series() must never carry one date's answer into another's.
    tables, _ = history
    dates = [date(2023, 3, 31), date(2024, 9, 30), AT]
    shared = Context(tables)
    for at in dates:
        assert evaluate_all(shared, at) == evaluate_all(Context(tables), at)
