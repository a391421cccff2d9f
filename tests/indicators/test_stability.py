from datetime import date

from indicators import REGISTRY, Context
from tests.indicators.builders import episode, frame, worked

AT = date(2025, 3, 31)  # year 1 April 2024 - 31 March 2025


@worked("placements_3_plus")
def test_three_or_more_placements_in_the_year_counts_placements_not_episodes():
    # H: placement 1 from 01/01/2024 (still open on 1 April 2024), placement 2 from 01/06/2024,
    #    a legal-status change (L) on 01/08/2024 continues it, placement 3 from 01/10/2024 → 3.
    # I: placement 1 ended 01/02/2024 (before the year); placement 2 from 01/02/2024 is open on
    #    1 April; placement 3 from 01/05/2024 continued by L on 01/07/2024 → 2.
    # J: short breaks (V3), excluded from the denominator.
    # X: placement 1 from 01/01/2024, placement 2 from 01/06/2024; on 01/09/2024 the same foster
    #    carers become prospective adopters (A5, RNE T): DfE does not count that as a new
    #    placement → 2.
    # → 1 of 3 children = 33.3%.
    tables = {
        "Episodes": frame(
            [
                episode("H", "01/01/2024", "01/06/2024"),
                episode("H", "01/06/2024", "01/08/2024", rne="P"),
                episode("H", "01/08/2024", "01/10/2024", rne="L", ls="C1"),
                episode("H", "01/10/2024", rne="T"),
                episode("I", "01/01/2024", "01/02/2024"),
                episode("I", "01/02/2024", "01/05/2024", rne="P"),
                episode("I", "01/05/2024", "01/07/2024", rne="P"),
                episode("I", "01/07/2024", rne="L", ls="C1"),
                episode("J", "01/05/2024", "01/06/2024", ls="V3"),
                episode("J", "01/06/2024", "01/07/2024", ls="V3", rne="P"),
                episode("J", "01/07/2024", ls="V3", rne="P"),
                episode("X", "01/01/2024", "01/06/2024"),
                episode("X", "01/06/2024", "01/09/2024", rne="P", place="U6"),
                episode("X", "01/09/2024", rne="T", ls="E1", place="A5"),
            ]
        ),
    }
    result = REGISTRY["placements_3_plus"].at(Context(tables), AT)
    assert result.denominator == ("H", "I", "X")
    assert result.numerator == ("H",)
    assert round(result.value, 1) == 33.3


@worked("long_term_stability")
def test_long_term_stability():
    # On 31/03/2025: looked after since ≤ 30/09/2022 (2.5 years), same placement since
    # ≤ 31/03/2023 (2 years), under 16.
    # K (12): in care 01/09/2022, one placement (an L episode 01/01/2024 continues it) → stable.
    # L (12): in care 01/01/2022, moved 01/06/2023 → in cohort, not stable.
    # M (16): too old. N (9): in care only since 01/10/2022 → not in cohort.
    # O (5): in care 01/01/2022, moved 01/01/2023, placed for adoption (A6) 01/08/2024: the
    #        adoptive placement counts with the one before it, since 01/01/2023 → stable.
    # Z (9): in care 01/01/2022, moved 01/06/2023, and those carers became prospective adopters
    #       (A5, RNE T) 01/01/2025: still the placement from 01/06/2023 → not stable.
    # → 2 of 4 = 50%.
    tables = {
        "Episodes": frame(
            [
                episode("K", "01/09/2022", "01/01/2024"),
                episode("K", "01/01/2024", rne="L", ls="C1"),
                episode("L", "01/01/2022", "01/06/2023"),
                episode("L", "01/06/2023", rne="P"),
                episode("M", "01/01/2020"),
                episode("N", "01/10/2022"),
                episode("O", "01/01/2022", "01/01/2023"),
                episode("O", "01/01/2023", "01/08/2024", rne="P", place="U6"),
                episode("O", "01/08/2024", rne="B", ls="E1", place="A6"),
                episode("Z", "01/01/2022", "01/06/2023"),
                episode("Z", "01/06/2023", "01/01/2025", rne="P", place="U6"),
                episode("Z", "01/01/2025", rne="T", ls="E1", place="A5"),
            ]
        ),
        "Header": frame(
            [
                {"CHILD": "K", "DOB": "01/01/2013"},
                {"CHILD": "L", "DOB": "01/01/2013"},
                {"CHILD": "M", "DOB": "01/03/2009"},
                {"CHILD": "N", "DOB": "01/01/2016"},
                {"CHILD": "O", "DOB": "01/01/2020"},
                {"CHILD": "Z", "DOB": "01/01/2016"},
            ]
        ),
    }
    result = REGISTRY["long_term_stability"].at(Context(tables), AT)
    assert result.denominator == ("K", "L", "O", "Z")
    assert result.numerator == ("K", "O")
    assert result.value == 50


EPISODES = frame(
    [
        episode("P", "01/01/2025"),
        episode("Q", "01/01/2025"),
        episode("R", "01/01/2025"),
        episode("S", "01/01/2025"),
    ]
)
DISTANCES = frame(
    [
        {"CHILD": "P", "DECOM": "01/01/2025", "PL_DISTANCE": "25.0", "PL_LOCATION": "OUT"},
        {"CHILD": "Q", "DECOM": "01/01/2025", "PL_DISTANCE": "999.9", "PL_LOCATION": "IN"},
        {"CHILD": "R", "DECOM": "01/01/2025", "PL_DISTANCE": "5.2", "PL_LOCATION": "IN"},
    ]
)


@worked("placed_over_20_miles")
def test_placed_more_than_20_miles_away():
    # P 25 miles; Q not known (999.9) and S has no distance row, both stay in the denominator;
    # R 5.2 miles → 1 of 4 = 25%.
    result = REGISTRY["placed_over_20_miles"].at(
        Context({"Episodes": EPISODES}, distances=DISTANCES), AT
    )
    assert result.numerator == ("P",)
    assert result.denominator == ("P", "Q", "R", "S")
    assert result.value == 25
    assert result.note.startswith("2 with distance not known")


@worked("placed_outside_council")
def test_placed_outside_the_council():
    result = REGISTRY["placed_outside_council"].at(
        Context({"Episodes": EPISODES}, distances=DISTANCES), AT
    )
    assert result.numerator == ("P",) and result.value == 25


def test_distance_indicators_say_not_available_rather_than_zero():
    for id_ in ("placed_over_20_miles", "placed_outside_council"):
        result = REGISTRY[id_].at(Context({"Episodes": EPISODES}), AT)
        assert result.value is None and not result.available
