"""Plain-English help follows the collection year's code lists."""

from careassure.validation.help import field_help, finding_help


def test_sex_help_lists_the_codes_of_the_year():
    assert "Valid codes in 2024/25: M (Male), F (Female), U (Unknown)" in field_help(
        2025, "Header", "SEX", "1"
    )
    assert "“1”, which is not a 2024/25 code" in field_help(2025, "Header", "SEX", "1")
    before = field_help(2023, "Header", "SEX", "M")
    assert "Valid codes in 2022/23: 1 (" in before and "M (" not in before


def test_dates_long_lists_and_identifiers():
    assert "DD/MM/YYYY" in field_help(2025, "Header", "DOB", "2015-01-01")
    assert "valid ETHNIC codes" in field_help(2025, "Header", "ETHNIC", "ZZ")
    assert field_help(2025, "Header", "CHILD", "A1") == ""


def test_finding_help_says_where_to_look():
    text = finding_help(
        year=2025, table="Header", line=7, fields=("SEX",), values=(None,), file="header.csv"
    )
    assert text.startswith("Check SEX in header.csv line 7")
    assert "SEX is blank" in text


def test_postcodes_and_urns_say_what_they_are_checked_against():
    assert "ONS postcode directory" in field_help(2025, "Episodes", "PL_POST", "ZZ1 1ZZ")
    assert field_help(2025, "Episodes", "HOME_POST", None).startswith("HOME_POST is blank.")
    urn = field_help(2025, "Episodes", "URN", "SC1")
    assert "“SC1”" in urn and "Ofsted's provider lists" in urn and "XXXXXXX" in urn
