"""What kind of thing a name is: a person, an organisation, a place or a news outlet.

There is no named-entity model on the offline path. The type comes from the name itself ("Quay
Road" is a place, "the Transport Department" an organisation, "York Times" an outlet), from the
gazetteer in `data/lexicon.json` (countries, US states, big cities, outlets) and, for people,
from being a run of two or three capitalized words with none of those marks. The extractor
(who, where, speaker), the verifier and story merging all ask here.
"""

from __future__ import annotations

from functools import lru_cache

from factcards.text.lexicon import is_country, is_outlet, is_place, sex_of_first_name
from factcards.text.names import COMMON_OPENERS, ROLE_WORDS, clean_token

PLACE_WORDS = frozenset(
    """street st road rd avenue ave boulevard blvd lane way drive square plaza park bridge river lake sea ocean
    bay coast island islands mountain mountains hill hills valley county district province region state city
    town village port harbour harbor airport station hall centre center stadium arena beach quay crossing
    highway motorway tunnel canal gulf strait peninsula desert forest border seaboard shore coastline plain plains
    delta basin canyon cape reef glacier""".split()
)
ORGANISATION_WORDS = frozenset(
    """ministry department council party inc corp corporation company co ltd plc llc university college school
    agency commission association union committee court bank group police army navy force forces club
    foundation institute authority board office service services trust fund federation league alliance
    administration government parliament congress senate assembly cabinet house chamber church hospital
    coalition network organisation organization bureau unit team industries holdings partners motors
    airlines airways systems technologies pharmaceuticals labs laboratories media entertainment capital
    bancorp financial securities insurance communications energy project initiative institution""".split()
)

# Titles only a person is given, written before the name.
_HONORIFICS = frozenset("sir dame lord lady dr mr mrs ms miss professor prof rev reverend".split())
_DIRECTIONS = frozenset(
    "greater north south east west northern southern eastern western central upper lower inner outer".split()
)


# Political parties by the names news gives them (not "Democrats" or "Republicans", also their members).
_PARTIES = frozenset(
    {"labour", "conservatives", "tories", "greens", "green party", "liberal democrats", "lib dems", "snp", "plaid cymru",
     "reform uk", "ukip", "sinn fein", "sinn féin", "dup", "alliance party"}
)  # fmt: skip


def is_party(name: str) -> bool:
    """ "Labour", "the Greens", "Plaid Cymru": a political party by the name news gives it."""
    return " ".join(name.lower().removeprefix("the ").split()) in _PARTIES


@lru_cache(maxsize=65536)
def entity_type(name: str) -> str | None:
    """ "person", "organisation", "place", "outlet", or None when the name gives no clue."""
    words = [clean_token(w) for w in name.split() if clean_token(w)]
    if not words:
        return None
    lowered = [w.lower() for w in words]
    if is_outlet(name):
        return "outlet"
    if lowered[0] in _HONORIFICS and len(words) >= 2 and all(w[:1].isupper() for w in words[1:]):
        return "person"  # "Sir Ian Cole", "Dr Ruth Ames", "Sir Tom Lane": a title only people have
    if _given_name_and_surname(words):
        return "person"  # "Ruth Lane", "Judge Joe Hill": not a lane or a hill
    if is_country(name) or is_place(name) or lowered[-1] in PLACE_WORDS or lowered[-1].endswith("shire"):
        return "place"
    places = [w for w in words if is_place(w) or is_country(w)]
    if places and all(w in places or w.lower() in _DIRECTIONS or w.lower() == "and" for w in words):
        return "place"  # "Greater Toronto", "North Wales East"
    if " ".join(w for w in lowered if w != "the") in _PARTIES:
        return "organisation"  # "Labour", "the Greens": a party is a body that wins and loses
    if any(w in ORGANISATION_WORDS for w in lowered) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 2):
        return "organisation"  # "Transport Department", "NATO"
    if lowered[0] in COMMON_OPENERS or not all(w[:1].isupper() for w in words):
        return None
    if 2 <= len(words) <= 4 and not any(w in ROLE_WORDS for w in lowered):
        return "person"
    # "Mayor Hester Vann", "Prime Minister Keir Starmer": a title written before a person's two or three names
    titled = next((i for i, w in enumerate(lowered) if w not in ROLE_WORDS), len(words))
    if titled and 2 <= len(words) - titled <= 3 and not any(w in ROLE_WORDS for w in lowered[titled:]):
        return "person"
    return None


# Words that end street and place names and are common surnames too: "Mill Lane" is a street, but a "Ruth Lane" is a
# person (not "street" or "road": no one is called that).
_SURNAME_PLACE_WORDS = frozenset("lane hill hall park bridge".split())


def _given_name_and_surname(words: list[str]) -> bool:
    """ "Ruth Lane", "Judge Joe Hill": a given name then a surname that also ends place names."""
    named = [w for w in words if w.lower() not in ROLE_WORDS]
    return (
        len(named) == 2
        and named[-1].lower() in _SURNAME_PLACE_WORDS
        and sex_of_first_name(" ".join(named)) is not None
        and not is_place(" ".join(named))
    )


def is_person(name: str) -> bool:
    return entity_type(name) == "person"
