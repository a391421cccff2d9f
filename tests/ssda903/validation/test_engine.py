import pytest

from ssda903.validation import rule_info, rules_for_year, run
from tests.ssda903.validation.conftest import make_tables


def test_every_registered_rule_is_a_published_rule_for_its_years():
    for year in range(2023, 2028):
        published = rule_info(year)
        for r in rules_for_year(year):
            assert r.code in published, f"rule {r.code} is not published for {year}"


def test_rule_101_flags_an_old_style_sex_code_from_2024_25():
    t = make_tables(Header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "1"}])
    findings = run(2025, t, only=["101"])
    assert [(f.rule, f.table, f.line, f.child, f.values) for f in findings] == [
        ("101", "Header", 3, "2", ("1",))
    ]


def test_unknown_year_has_no_published_rules():
    with pytest.raises(FileNotFoundError):
        rule_info(2019)


def test_a_rule_needing_reference_data_is_skipped_without_it_and_listed():
    from ssda903.validation.engine import _REGISTRY, Reference, rule, rules_not_run

    @rule("101", years=[2019], needs=["la_code"])
    def needs_la(ctx):
        return {"Header": ctx.raw("Header")}

    try:
        t = make_tables(Header=[{"CHILD": "1", "SEX": "1"}])
        assert rules_not_run(2019, Reference()) == [("101", ("la_code",))]
        assert rules_not_run(2019, Reference(la_code="E09000027")) == []
        ctx_rules = [r for r in _REGISTRY["101"] if 2019 in r.years]
        assert ctx_rules[0].missing(Reference()) == ("la_code",)
        assert t["Header"].height == 1
    finally:
        _REGISTRY["101"] = [r for r in _REGISTRY["101"] if 2019 not in r.years]


def test_an_unknown_need_is_refused_at_registration():
    from ssda903.validation.engine import rule

    with pytest.raises(ValueError, match="unknown reference data"):
        rule("101", years=[2019], needs=["crystal_ball"])


def test_findings_name_the_right_child_when_lines_are_not_row_positions():
    # Two files of one table: lines restart, so rows are found by line, not position.
    import polars as pl

    from ssda903.tables import FILE, LINE

    one = make_tables(Header=[{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "M"}])["Header"]
    two = one.with_columns(pl.lit("b.csv").alias(FILE), pl.col(LINE) + 5)
    findings = run(2025, {"Header": pl.concat([two, one])}, only=["101"])
    assert [(f.line, f.child, f.file) for f in findings] == [
        (2, "1", "Header.csv"),
        (7, "1", "b.csv"),
    ]
