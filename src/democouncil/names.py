"""Invented names: councils, people and places.

The lists are common UK given and family names across the ethnic groups of children in care in
England, written for this module; combinations are drawn at random, so any match with a real
person is chance. Council names are made-up compounds that are not English local authorities, and
LA codes come from 950–999, which DfE has not allocated (real codes run 201–938).
"""

from __future__ import annotations

import numpy as np

# fmt: off
# Given names by sex and a broad heritage group, so that a child's name fits their ETHNIC code.
GIVEN: dict[str, dict[str, tuple[str, ...]]] = {
    "white": {
        "M": (
            "Oliver", "Jack", "Harry", "George", "Charlie", "Jacob", "Thomas", "Oscar", "William",
            "James", "Leo", "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Riley",
            "Tyler", "Kai", "Callum", "Liam", "Connor", "Dylan", "Mason", "Logan", "Jamie", "Reece",
            "Kyle", "Bradley", "Owen", "Ryan", "Lewis", "Jordan", "Tomasz", "Jakub", "Patrick",
            "Sean", "Finn", "Toby",
        ),
        "F": (
            "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella",
            "Lily", "Evie", "Chloe", "Jessica", "Ruby", "Holly", "Megan", "Courtney", "Jade",
            "Paige", "Shannon", "Leah", "Kayleigh", "Demi", "Abbie", "Molly", "Freya", "Millie",
            "Lacey", "Summer", "Maja", "Zuzanna", "Niamh", "Aoife", "Caitlin", "Ellie", "Tia",
            "Bethany", "Keira", "Hannah",
        ),
    },
    "south_asian": {
        "M": (
            "Mohammed", "Muhammad", "Ibrahim", "Yusuf", "Zain", "Ayaan", "Rayyan", "Hamza", "Arjun",
            "Aarav", "Rohan", "Harjit", "Gurpreet", "Imran", "Bilal", "Adnan", "Rahim", "Sajid",
            "Kabir", "Dev",
        ),
        "F": (
            "Aisha", "Maryam", "Zara", "Amira", "Fatima", "Hafsa", "Inaya", "Anaya", "Priya",
            "Simran", "Jasmin", "Noor", "Sana", "Ayesha", "Nadia", "Riya", "Tahmina", "Shabnam",
            "Harleen", "Sofia",
        ),
    },
    "black": {
        "M": (
            "Malachi", "Kwame", "Tobi", "Daniel", "Emmanuel", "Samuel", "David", "Joshua", "Kofi",
            "Jermaine", "Tyrese", "Marcus", "Andre", "Nathaniel", "Isaiah", "Elijah", "Abdi",
            "Mohamed", "Chidi", "Jayden",
        ),
        "F": (
            "Amara", "Precious", "Blessing", "Chantelle", "Shanice", "Kiara", "Adaeze", "Ama",
            "Esther", "Grace", "Ruth", "Nia", "Zainab", "Hodan", "Faith", "Abigail", "Tiana",
            "Imani", "Folake", "Naomi",
        ),
    },
    "mixed": {
        "M": (
            "Tyler", "Kai", "Jayden", "Reuben", "Malik", "Leon", "Jordan", "Aiden", "Theo",
            "Elijah", "Mason", "Zion", "Isaac", "Caleb", "Rio",
        ),
        "F": (
            "Jasmine", "Maya", "Aaliyah", "Layla", "Keisha", "Leila", "Tia", "Skye", "India",
            "Ruby", "Amber", "Nevaeh", "Tianna", "Lola", "Esme",
        ),
    },
    "other": {
        "M": (
            "Amir", "Ahmed", "Omar", "Ali", "Hassan", "Mustafa", "Yonas", "Dawit", "Samir", "Karim",
            "Reza", "Arash", "Ahmad", "Habib", "Tesfay", "Eyob", "Wei", "Jun", "Minh", "Khalid",
        ),
        "F": (
            "Layla", "Yasmin", "Mariam", "Hana", "Sara", "Rahel", "Selam", "Leyla", "Dina",
            "Shirin", "Mei", "Lin", "Huong", "Farah", "Rana",
        ),
    },
}

FAMILY: dict[str, tuple[str, ...]] = {
    "white": (
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward",
        "Harris", "Baker", "Carter", "Murphy", "Kelly", "O'Brien", "Doherty", "Kowalski", "Nowak",
        "Price", "Bennett", "Shaw", "Lloyd", "Marshall", "Fletcher", "Atkinson", "Barker", "Holt",
        "Pearson", "Lee", "Mills",
    ),
    "south_asian": (
        "Khan", "Ahmed", "Hussain", "Ali", "Begum", "Patel", "Singh", "Kaur", "Shah", "Rahman",
        "Iqbal", "Mahmood", "Akhtar", "Chowdhury", "Islam", "Sharma", "Mistry", "Sidhu",
    ),
    "black": (
        "Okafor", "Adeyemi", "Mensah", "Osei", "Campbell", "Francis", "Thomas", "Johnson",
        "Williams", "Asante", "Mohamud", "Abdi", "Nwosu", "Grant", "Douglas", "Boateng", "Adebayo",
        "Clarke",
    ),
    "mixed": (
        "Campbell", "Brown", "Smith", "Robinson", "Francis", "Walker", "Grant", "Lewis", "James",
        "Taylor", "Hall", "Richards",
    ),
    "other": (
        "Ahmadi", "Mohammadi", "Hosseini", "Rahimi", "Haile", "Tesfaye", "Berhane", "Mohammed",
        "Karimi", "Nguyen", "Chen", "Wang", "Li", "Hassan", "Osman", "Yilmaz",
    ),
}

# ETHNIC code -> naming group (see shared/domain/README.md §1.2 for the codes).
ETHNIC_GROUP: dict[str, str] = {
    "WBRI": "white", "WIRI": "white", "WOTH": "white", "WIRT": "white", "WROM": "white", "MWBC":
    "mixed", "MWBA": "mixed", "MWAS": "mixed", "MOTH": "mixed", "AIND": "south_asian", "APKN":
    "south_asian", "ABAN": "south_asian", "AOTH": "other", "BCRB": "black", "BAFR": "black",
    "BOTH": "black", "CHNE": "other", "OOTH": "other", "REFU": "white", "NOBT": "white",
}

PLACE_STEMS = (
    "North", "Ash", "Castle", "Elm", "Holm", "Kings", "Ravens", "Thorn", "Wester", "Brack", "Marl",
    "Oaken", "Stan", "Wyn", "Fen", "Cold",
)
PLACE_TAILS = (
    "moor", "brook", "vale", "field", "ford", "bridge", "stow", "mere", "wick", "dale", "combe",
    "ley",
)
# fmt: on
# The council borrows a shire county's geography (geography.py), so it is a county council.
COUNCIL_KIND = "County Council"


# Stem + tail combinations that are real councils or well-known towns, never to be used.
REAL_PLACES = frozenset(
    {"Ashford", "Ashfield", "Elmbridge", "Castleford", "Kingsbridge", "Northfield", "Stanford",
     "Stanley", "Thornbury", "Coldfield", "Northwick", "Kingsley", "Ashley", "Thornley"}
)  # fmt: skip


def place_names() -> list[str]:
    """Every invented place name: stem + tail, minus real councils and towns."""
    names = [s + t for s in PLACE_STEMS for t in PLACE_TAILS]
    return [n for n in names if n not in REAL_PLACES]


def council_name(rng: np.random.Generator) -> tuple[str, str]:
    """An invented council name and an unallocated 3-digit LA code."""
    places = place_names()
    place = places[rng.integers(len(places))]
    rng.integers(4)  # where the kind of council was once drawn: kept, so seeds keep their codes
    return f"{place} {COUNCIL_KIND}", str(int(rng.integers(950, 1000)))


def person_names(
    rng: np.random.Generator, sexes: list[str], groups: list[str]
) -> list[tuple[str, str]]:
    """(given, family) per person; `sexes` are "M"/"F", `groups` keys of GIVEN."""
    out = []
    # One uniform draw per name part keeps the stream length fixed whatever the lists hold.
    u = rng.random((len(sexes), 3))
    for (sex, group), (a, b, c) in zip(zip(sexes, groups, strict=True), u, strict=True):
        given = GIVEN[group][sex]
        # A quarter of children of mixed heritage carry a family name from another list.
        fam_group = group if c > 0.25 or group != "mixed" else "white"
        family = FAMILY[fam_group]
        out.append((given[int(a * len(given))], family[int(b * len(family))]))
    return out


def worker_names(rng: np.random.Generator, n: int) -> list[str]:
    """Full names for staff, drawn from every group in proportion to a diverse workforce."""
    groups = rng.choice(
        ["white", "south_asian", "black", "mixed", "other"], size=n, p=[0.6, 0.13, 0.15, 0.06, 0.06]
    )
    sexes = rng.choice(["F", "M"], size=n, p=[0.8, 0.2])  # the profession is mostly women
    return [f"{g} {f}" for g, f in person_names(rng, list(sexes), list(groups))]
