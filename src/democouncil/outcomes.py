"""Per-year outcome tables: OC2 (looked after 12 months), OC3 (care leavers), adoption
(AD1, PlacedAdoption) and previous permanence (PrevPerm).

Shares are documented in docs/demo-data.md. National anchors (shared/domain/README.md §5):
88% of under-5s had development checks up to date; 58% of adoptions were unopposed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from democouncil.draw import choice, pick
from democouncil.timeline import age_years

YES_NO = ("1", "0")


def oc2(rng: np.random.Generator, cohort: pl.DataFrame, year_end: np.datetime64) -> pl.DataFrame:
    """cohort: child, dob of children looked after continuously for 12 months at 31 March."""
    n = cohort.height
    dob = cohort["dob"].to_numpy()
    age = age_years(dob, np.full(n, year_end))  # exact: rules 542/545/546 turn on birthdays

    def flag(p_yes: float | np.ndarray) -> np.ndarray:
        return np.where(rng.random(n) < p_yes, "1", "0")

    # Rule 186: 4 at the start of the year to 16 at its end; 197B adds those turning 4 or 17.
    sdq_due = (age >= 4) & (age < 18)
    has_score = rng.random(n) < 0.78
    # SDQ totals: 0–13 normal, 14–16 borderline, 17+ concern; children in care average ~14.
    score = np.clip(np.round(rng.normal(14, 6.5, n)), 0, 40).astype(int).astype(str)
    reason = choice(rng, n, ("SDQ2", "SDQ3", "SDQ4", "SDQ5"), (20, 15, 35, 30))
    misuse = flag(np.where(age >= 13, 0.08, 0.0))
    received = np.where(misuse == "1", flag(0.6), "")
    offered = np.where(received == "0", flag(0.7), np.where(misuse == "1", "", ""))
    cols: dict[str, Any] = {
        "CHILD": cohort["child"],
        "SDQ_SCORE": np.where(sdq_due & has_score, score, ""),
        "SDQ_REASON": np.where(sdq_due & ~has_score, reason, ""),
        "CONVICTED": np.where(age >= 10, flag(np.where(age >= 14, 0.05, 0.01)), ""),
        "HEALTH_CHECK": np.where(age < 5, flag(0.88), ""),
        "IMMUNISATIONS": flag(0.87),
        "TEETH_CHECK": flag(np.where(age < 1, 0.6, 0.82)),
        "HEALTH_ASSESSMENT": flag(0.89),
        "SUBSTANCE_MISUSE": misuse,
        "INTERVENTION_RECEIVED": received,
        "INTERVENTION_OFFERED": offered,
    }
    return pl.DataFrame({k: pl.Series(v, dtype=pl.String) for k, v in cols.items()}).with_columns(
        DOB=cohort["dob"]
    )


IN_TOUCH = (("YES", "NO", "REFU", "NREQ", "RHOM"), (88, 5, 2, 3.5, 1.3))
LEAVER_DEATHS = 0.003  # share of care leavers who die before 22 (illustrative; rare)


def leaver_deaths(rng: np.random.Generator, n: int) -> pl.Series:
    """Age (18–21) at which a care leaver dies, or null: drawn once per young person so that a
    death is reported every later year (rule 348)."""
    died = rng.random(n) < LEAVER_DEATHS
    age = rng.integers(18, 22, n)
    return pl.Series(np.where(died, age, -1)).replace(-1, None).cast(pl.Int64)


ACTIV = {
    17: (("F2", "P2", "F4", "F5", "G5", "G4", "G6"), (58, 6, 6, 5, 18, 5, 2)),
    18: (("F2", "F1", "F4", "F5", "P5", "G5", "G4", "G6"), (32, 6, 7, 12, 6, 27, 6, 4)),
    19: (("F1", "F2", "F4", "F5", "P5", "G5", "G4", "G6"), (10, 15, 7, 17, 8, 30, 7, 6)),
}
ACCOM = {
    17: (("C", "D", "E", "B", "U", "K", "V"), (16, 42, 15, 14, 6, 4, 3)),
    18: (
        ("U", "D", "Z", "B", "E", "K", "T", "S", "X", "W", "R", "V"),
        (26, 22, 12, 14, 8, 5, 4, 2, 2, 1, 2, 2),
    ),
    20: (
        ("U", "D", "B", "E", "K", "T", "S", "X", "W", "R", "V", "Y"),
        (40, 16, 16, 5, 6, 4, 3, 3, 1, 3, 2, 1),
    ),
}
UNSUITABLE = {"S": 1.0, "X": 1.0, "W": 0.8, "V": 0.6, "R": 0.4}  # S1 and X1 are not codes


def oc3(rng: np.random.Generator, leavers: pl.DataFrame) -> pl.DataFrame:
    """leavers: child, dob, age (17–21 birthday in the year). ACTIV/ACCOM are "0" unless in
    touch (rules 344/345; the value for NO/REFU/NREQ is UNCONFIRMED, README §1.2)."""
    n = leavers.height
    age = leavers["age"].to_numpy()
    touch = choice(rng, n, *IN_TOUCH)
    died = leavers["died_age"].fill_null(99).to_numpy() <= age
    touch = np.where(died, "DIED", touch)
    activ = pick(rng, np.minimum(age, 19), ACTIV)
    acc_key = np.where(age == 17, 17, np.where(age <= 19, 18, 20))
    letter = pick(rng, acc_key, ACCOM)
    letter = _follow_on(rng, letter, leavers["last_rec"].to_numpy().astype(str), age)
    letter = np.where((letter == "Z") & (age >= 21), "U", letter)  # staying put ends at 21
    p_bad = np.vectorize(lambda c: UNSUITABLE.get(c, 0.07))(letter) if n else np.zeros(0)
    accom = np.char.add(letter.astype(str), np.where(rng.random(n) < p_bad, "2", "1"))
    yes = touch == "YES"
    return pl.DataFrame(
        {
            "CHILD": leavers["child"],
            "DOB": leavers["dob"],
            "IN_TOUCH": pl.Series(touch, dtype=pl.String),
            "ACTIV": pl.Series(np.where(yes, activ, "0"), dtype=pl.String),
            "ACCOM": pl.Series(np.where(yes, accom, "0"), dtype=pl.String),
        }
    )


# Where a young person lived on leaving care shapes where they are at 18–20: most who stayed put
# (E17) are still with their former foster carers, most who went home are with family.
FOLLOW_ON = {"E17": ("Z", 0.75), "E4A": ("B", 0.6), "E13": ("B", 0.6), "E5": ("D", 0.45)}


def _follow_on(
    rng: np.random.Generator, letter: np.ndarray, last_rec: np.ndarray, age: np.ndarray
) -> np.ndarray:
    u = rng.random(len(letter))
    # Only those who stayed put can be living with former foster carers.
    letter = np.where((letter == "Z") & (last_rec != "E17"), "D", letter)
    for rec, (code, share) in FOLLOW_ON.items():
        # Staying Put is for 18–20s; other routes carry on at any age to 21.
        ages = (age >= 18) & (age <= 20) if code == "Z" else age >= 17
        letter = np.where((last_rec == rec) & ages & (u < share), code, letter)
    return letter


ADOPTERS = (("MF-married", "MF-unmarried", "FF", "MM", "F1", "M1"), (52, 14, 10, 9, 13, 2))


def ad1(rng: np.random.Generator, adopted: pl.DataFrame) -> pl.DataFrame:
    """adopted: child, dob, adm, match, foster_carer_adopts (LS_ADOPTR rules 517/518)."""
    n = adopted.height
    kind = choice(rng, n, *ADOPTERS)
    single = np.isin(kind, ["F1", "M1"])
    sex = np.where(single, kind, np.char.replace(kind.astype(str), "-married", "").astype(str))
    sex = np.char.replace(sex.astype(str), "-unmarried", "")
    same = np.isin(sex, ["FF", "MM"])
    partnered = np.where(rng.random(n) < 0.6, np.where(same, "L12", "L11"), "L2")
    ls = np.where(single, "L0", np.where(kind == "MF-unmarried", "L3", partnered))
    ls = np.where(same & (rng.random(n) < 0.2), "L4", ls)
    return pl.DataFrame(
        {
            "CHILD": adopted["child"],
            "DOB": adopted["dob"],
            "DATE_INT": adopted["adm"],
            "DATE_MATCH": adopted["match"],
            "FOSTER_CARE": pl.Series(
                np.where(adopted["foster_carer_adopts"].to_numpy(), "1", "0"), dtype=pl.String
            ),
            "NB_ADOPTR": pl.Series(np.where(single, "1", "2"), dtype=pl.String),
            "SEX_ADOPTR": pl.Series(sex, dtype=pl.String),
            "LS_ADOPTR": pl.Series(ls, dtype=pl.String),
        }
    )


OTHER_LA_CODES = (
    "202",
    "203",
    "204",
    "208",
    "209",
    "210",
    "330",
    "331",
    "352",
    "380",
    "383",
    "801",
    "925",
    "WAL",
    "SCO",
)
PREV_PERM = (("Z1", "P4", "P2", "P3", "P1"), (82, 6, 6, 3, 3))


def prev_perm(rng: np.random.Generator, starts: pl.DataFrame) -> pl.DataFrame:
    """starts: child, dob, start, prev_rec (REC of the previous period, if any)."""
    n = starts.height
    code = choice(rng, n, *PREV_PERM)
    code = np.where(starts["prev_rec"].fill_null("").to_numpy() == "E41", "P3", code)
    has_order = np.isin(code, ["P1", "P2", "P3"])
    start, dob = starts["start"].to_numpy(), starts["dob"].to_numpy()
    span = np.maximum((start - dob).astype(np.int64) - 30, 1)
    when = dob + 15 + (rng.random(n) * span).astype(np.int64)
    full = pl.Series(when).dt.strftime("%d/%m/%Y").to_list()
    # Councils often know only the month, or only the year, of an order made elsewhere.
    u = rng.random(n)
    text = [
        "zz" + t[2:] if x < 0.12 else "zz/zz/" + t[6:] if x > 0.95 else t
        for t, x in zip(full, u, strict=True)
    ]
    # Orders made by other councils: real LA codes (public), as rule 633 requires. Our own code is
    # invented, so no order is recorded as made here.
    la = choice(rng, n, OTHER_LA_CODES, [1] * len(OTHER_LA_CODES))
    return pl.DataFrame(
        {
            "CHILD": starts["child"],
            "DOB": starts["dob"],
            "PREV_PERM": pl.Series(code, dtype=pl.String),
            "LA_PERM": pl.Series(np.where(has_order, la, ""), dtype=pl.String),
            "DATE_PERM": pl.Series(np.where(has_order, text, ""), dtype=pl.String),
        }
    )
