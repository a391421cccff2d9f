"""The generated returns pass the project's 903 validator, apart from documented findings.

docs/demo-data.md ("Deliberately imperfect") explains each tolerated rule: a few deliberate slips,
and findings that any council's return would get from the rule as the councils' tool implements
it. Anything else is a generator bug. The returns are checked with the ONS postcode directory and
the borrowed county's ONS code too, as the product validates them, so that the rules on
placement postcodes, distance, LA and location run.
"""

from __future__ import annotations

from collections import Counter

from democouncil import Council
from democouncil.geography import ONS_CODE
from ssda903.reference import postcodes
from ssda903.validation.engine import (
    Reference,
    published_years,
    rules_for_year,
    rules_not_run,
    run,
)

TOLERATED = {
    "630", "632", "210", "624", "191", "187", "580",  # rare slips, as in real returns
    "625",  # rare: MC_DOB after the latest closed episode while a later one is open
    "1016",  # rare edge of the 17/18 care-leaver rule
    "SW10STG2", "SW10aSTG2", "SW11aSTG2", "SW11bSTG2",  # social-worker continuity edge cases
    # Any council's return gets these from the rule as implemented (docs/demo-data.md):
    "1001", "1002",  # care leavers whose care ended before last year: the tool sees two years
    "SW12STG2",  # every episode open at 31 March that did not start a period of care
    "SW17STG2",  # every child whose social worker episode ended (left care in the year)
}  # fmt: skip
# The rules that read the postcode directory or the council's ONS code.
PLACEMENT_NEEDS = {"postcodes", "la_code"}


def _checked_years(council: Council) -> list[tuple[int, int | None]]:
    years = sorted(council.returns)
    return [
        (year, years[i - 1] if i else None)
        for i, year in enumerate(years)
        if year in published_years()
    ]


def test_no_validation_findings_beyond_the_documented_ones(council: Council) -> None:
    unexpected: Counter[str] = Counter()
    checked = _checked_years(council)
    for year, last in checked:
        previous = council.returns[last] if last else None
        findings = run(year, council.returns[year], previous)
        unexpected.update(f"{year}:{f.rule}" for f in findings if f.rule not in TOLERATED)
    assert len(checked) >= 3
    assert not unexpected, unexpected.most_common(10)


def test_placement_postcodes_pass_with_the_postcode_directory(council: Council) -> None:
    assert council.ons_code == ONS_CODE
    placement_rules: Counter[str] = Counter()
    unexpected: Counter[str] = Counter()
    ran: set[str] = set()
    for year, last in _checked_years(council):
        tables = council.returns[year]
        previous = council.returns[last] if last else None
        directory = postcodes.for_episodes(
            tables["Episodes"], previous["Episodes"] if previous else None
        )
        reference = Reference(la_code=council.ons_code, postcodes=directory)
        # Only the Ofsted provider lists are missing: every postcode rule runs.
        assert {need for _, needs in rules_not_run(year, reference) for need in needs} <= {
            "providers"
        }
        wanted = {r.code for r in rules_for_year(year) if PLACEMENT_NEEDS & set(r.needs)}
        ran |= wanted
        findings = run(year, tables, previous, reference=reference)
        placement_rules.update(f"{year}:{f.rule}" for f in findings if f.rule in wanted)
        unexpected.update(f"{year}:{f.rule}" for f in findings if f.rule not in TOLERATED)
    assert {"169", "179", "392a", "392c", "218", "241", "1015"} <= ran
    assert not placement_rules, placement_rules.most_common(10)
    assert not unexpected, unexpected.most_common(10)
