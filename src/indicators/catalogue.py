"""The indicator catalogue as Markdown, for docs/indicators.md and for any page that lists them.

tests/indicators/test_registry.py checks that docs/indicators.md contains exactly this text, so
the documentation cannot drift from the definitions in the code.
"""

from __future__ import annotations

from indicators.model import Indicator, by_topic


def markdown() -> str:
    lines: list[str] = []
    for topic, indicators in by_topic().items():
        lines += [f"### {topic}", ""]
        for indicator in indicators:
            lines += [*_entry(indicator), ""]
    return "\n".join(lines)


def _entry(indicator: Indicator) -> list[str]:
    lines = [
        f"#### `{indicator.id}` — {indicator.title}",
        "",
        f"- **Definition**: {indicator.definition}",
        f"- **Numerator**: {indicator.numerator}",
        f"- **Denominator**: {indicator.denominator}",
        f"- **Unit / polarity**: {indicator.unit.value} / {indicator.polarity.value}",
        f"- **Source**: {indicator.source}",
    ]
    national = indicator.national
    if national is None:
        lines.append("- **National**: none published or found (domain README §5)")
    else:
        note = f" ({national.note})" if national.note else ""
        lines.append(
            f"- **National**: {national.value:,g} — {national.period}{note}. {national.source}"
        )
    return lines
