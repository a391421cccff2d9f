from datetime import date

from indicators import REGISTRY, Context, combine
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025; 3 years from 1 April 2022

TABLES = {
    "Episodes": frame(
        [
            # S1: SGO (E45) on 01/06/2024, in the year. S2: SGO (E47) on 01/02/2024, before it.
            episode("S1", "01/01/2023", "01/06/2024", rec="E45"),
            episode("S2", "01/01/2023", "01/02/2024", rec="E47"),
            # K1: child arrangements order (E41) on 01/12/2024.
            episode("K1", "01/01/2023", "01/12/2024", rec="E41"),
            # AA: in care 01/01/2022 (U6); placement order (E1) 01/06/2022 as a legal-status-only
            #     change; the same foster carers become prospective adopters (A5, RNE T) 01/02/2023;
            #     adopted (E11) 10/10/2024.
            episode("AA", "01/01/2022", "01/06/2022", ls="C1", place="U6"),
            episode("AA", "01/06/2022", "01/02/2023", rne="L", ls="E1", place="U6"),
            episode("AA", "01/02/2023", "10/10/2024", rne="T", ls="E1", place="A5", rec="E11"),
            # AB: in care 01/03/2021; placement order and move to new adopters (A4, RNE B)
            #     01/09/2021; adopted (E12) 01/03/2023 — within the three years, not this year.
            episode("AB", "01/03/2021", "01/09/2021", place="U4"),
            episode("AB", "01/09/2021", "01/03/2023", rne="B", ls="E1", place="A4", rec="E12"),
            # AD: the data begins part-way through AD's period (first episode RNE P, already
            #     E1): entry to care and placement order dates are unknown, so AD is in the
            #     denominators of A1, A10 and A2 but not averaged.
            episode("AD", "01/05/2022", "01/10/2023", rne="P", ls="E1", place="A4", rec="E11"),
            # AC: adopted 01/01/2022, before the three years: excluded from A1, A2, A10.
            episode("AC", "01/01/2020", "01/02/2020", place="U4"),
            episode("AC", "01/02/2020", "01/01/2022", rne="B", ls="E1", place="A4", rec="E11"),
        ]
    ),
    "AD1": frame(
        [
            {"CHILD": "AA", "DATE_MATCH": "01/11/2022"},
            {"CHILD": "AB", "DATE_MATCH": "01/11/2021"},
            {"CHILD": "AC", "DATE_MATCH": "01/01/2021"},
        ]
    ),
}


@worked("ceased_sgo", "ceased_cao", "adoptions")
def test_leaving_care_through_an_order():
    ctx = Context(TABLES)
    assert REGISTRY["ceased_sgo"].at(ctx, AT).numerator == ("S1",)
    assert REGISTRY["ceased_cao"].at(ctx, AT).numerator == ("K1",)
    adoptions = REGISTRY["adoptions"].at(ctx, AT)
    assert adoptions.numerator == ("AA",) and adoptions.value == 1


@worked("adoption_a1")
def test_a1_entering_care_to_moving_in():
    # AA: 01/01/2022 → 01/02/2023 (first A3-A6 placement) = 365 + 31 = 396 days.
    # AB: 01/03/2021 → 01/09/2021 = 31+30+31+30+31+31 = 184 days.
    # Average (396 + 184) / 2 = 290.
    result = REGISTRY["adoption_a1"].at(Context(TABLES), AT)
    assert result.value == 290
    assert (result.numerator, result.denominator) == (("AA", "AB"), ("AA", "AB", "AD"))
    assert result.period.start == date(2022, 4, 1)


@worked("adoption_a10")
def test_a10_stops_the_clock_when_the_foster_carers_placement_began():
    # AA was adopted by the carers she had lived with since entering care (L and T episodes keep
    # the same carers) → 0 days. AB moved to new carers (RNE B) → 184 as in A1. (0 + 184) / 2 = 92.
    assert REGISTRY["adoption_a10"].at(Context(TABLES), AT).value == 92


@worked("adoption_a2")
def test_a2_placement_order_to_match():
    # AA: order 01/06/2022 → match 01/11/2022 = 30+31+31+30+31 = 153 days.
    # AB: order 01/09/2021 → match 01/11/2021 = 30+31 = 61 days. (153 + 61) / 2 = 107.
    result = REGISTRY["adoption_a2"].at(Context(TABLES), AT)
    assert (result.value, result.numerator) == (107, ("AA", "AB"))


def test_adoption_timeliness_without_adoptions_is_not_available():
    result = REGISTRY["adoption_a1"].at(Context(TABLES), date(2020, 3, 31))
    assert not result.available and result.value is None


@worked("permanence_plan_by_second_review")
def test_permanence_plan_by_the_second_review():
    # P: looked after 02/10/2024, reviews 30/10/2024 and 29/01/2025 (second in the year); plan
    #    dated 15/12/2024 → in time.
    # Q: looked after 01/01/2024, reviews 25/01/2024 and 26/04/2024 (second in the year); plan
    #    dated 01/05/2024, after it → not in time.  → 1 of 2 = 50%.
    # Two returns combined, so Q's first review (in 2023/24) is known.
    tables = combine(
        {
            2024: {
                "Episodes": frame([episode("Q", "01/01/2024")]),
                "Reviews": frame([{"CHILD": "Q", "REVIEW": "25/01/2024"}]),
            },
            2025: {
                "Episodes": frame([episode("P", "02/10/2024"), episode("Q", "01/01/2024")]),
                "Reviews": frame(
                    [
                        {"CHILD": "P", "REVIEW": "30/10/2024"},
                        {"CHILD": "P", "REVIEW": "29/01/2025"},
                        {"CHILD": "Q", "REVIEW": "26/04/2024"},
                    ]
                ),
            },
        }
    )
    plans = frame(
        [
            {"CHILD": "P", "PLAN_DATE": "15/12/2024"},
            {"CHILD": "Q", "PLAN_DATE": "01/05/2024"},
        ]
    )
    result = REGISTRY["permanence_plan_by_second_review"].at(
        Context(tables, permanence_plans=plans), AT
    )
    assert (result.numerator, result.denominator, result.value) == (("P",), ("P", "Q"), 50)
    absent = REGISTRY["permanence_plan_by_second_review"].at(Context(tables), AT)
    assert not absent.available
