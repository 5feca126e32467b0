"""Words the verifier knows the meaning of, read once from `data/lexicon.json`.

A claim may say "the US" where its evidence says "the United States", "stated" where it says
"maintained", "interference" where it says "interfere": those are the same. It may not say
"all" where the evidence says "some", or "will" where the evidence says "might": those are
different. The lists are small and curated on purpose; a wrong synonym lets a changed
predicate through.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    alias: dict[str, str]  # name form -> canonical name ("us" -> "united states")
    groups: dict[str, frozenset[int]]  # word -> the paraphrase groups it belongs to
    reporting: frozenset[str]
    hedges: frozenset[str]
    symmetric: frozenset[str]
    opposition: dict[str, list[tuple[int, int]]]  # word -> (opposition, side) pairs
    opposition_sides: list[list[frozenset[str]]]
    negators: frozenset[str]
    places: frozenset[str]  # countries, US states and big cities, as canonical names
    countries: frozenset[str]
    outlets: frozenset[str]  # news outlets and the words that end their names
    kinds: dict[str, tuple[str, int]]  # word -> (its kind, which thing of that kind): "puppy" -> ("animal", 0)


# Alias groups that name bodies of people (they may speak) or things, not places.
_NOT_PLACES = frozenset(
    {
        "united nations",
        "european union",
        "democrat",
        "republican",
        "liberal democrats",
        "conservatives",
        "labour",
        "television",
    }
)


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("factcards").joinpath("data/lexicon.json").read_text(encoding="utf-8"))
    alias = {form: group[0] for group in raw["aliases"] for form in group}
    groups: dict[str, set[int]] = {}
    for index, group in enumerate([raw["reporting_verbs"], *raw["paraphrases"]]):
        for word in group:
            groups.setdefault(word, set()).add(index)
    opposition: dict[str, list[tuple[int, int]]] = {}
    sides = []
    for index, opposed in enumerate(raw["oppositions"]):
        sides.append([frozenset(side) for side in opposed])
        for side_index, side in enumerate(opposed):
            for word in side:
                opposition.setdefault(word, []).append((index, side_index))
    return Lexicon(
        alias=alias,
        groups={w: frozenset(g) for w, g in groups.items()},
        reporting=frozenset(raw["reporting_verbs"]),
        hedges=frozenset(raw["hedges"]),
        symmetric=frozenset(raw["symmetric_verbs"]),
        opposition=opposition,
        opposition_sides=sides,
        negators=frozenset(raw["negations"]["words"]),
        places=frozenset(raw["places"]) | (frozenset(alias.values()) - _NOT_PLACES),
        countries=frozenset(alias.values()) - _NOT_PLACES - frozenset(raw["places"]),
        outlets=frozenset(raw["outlets"]),
        kinds={
            word: (kind, index)
            for kind, things in raw["kinds"].items()
            if kind != "_about"
            for index, thing in enumerate(things)
            for word in thing
        },
    )


@cache
def _alias_forms() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for form, canonical in lexicon().alias.items():
        found.setdefault(canonical, []).append(form)
    return {canonical: tuple(sorted(forms)) for canonical, forms in found.items()}


@cache
def _group_members() -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for word, indexes in lexicon().groups.items():
        for index in indexes:
            found.setdefault(index, set()).add(word)
    return {index: frozenset(words) for index, words in found.items()}


def said_otherwise(word: str) -> frozenset[str]:
    """The other words of `word`'s paraphrase groups ("wind" -> "gust"); none for a word in no group."""
    members = _group_members()
    return frozenset(w for index in lexicon().groups.get(word, ()) for w in members[index] if w != word)


def names_of(name: str) -> tuple[str, ...]:
    """Every form the lexicon gives what `name` names ("Belgian" -> "belgian", "belgium", …); none for a name it
    has no other form of."""
    return _alias_forms().get(canonical_name(name), ())


@lru_cache(maxsize=65536)
def canonical_name(name: str) -> str:
    """ "U.S." -> "united states", "Chinese" -> "china", "Blinken" -> "blinken"."""
    folded = " ".join(name.lower().replace(".", "").replace("’", "'").removesuffix("'s").split())
    alias = lexicon().alias
    if folded not in alias and folded.startswith("the ") and folded[4:] in alias:
        return alias[folded[4:]]  # "The United States" opening a sentence is the United States
    return alias.get(folded, folded)


def is_place(name: str) -> bool:
    return canonical_name(name) in lexicon().places


def is_country(name: str) -> bool:
    """A country (or bloc) by any of its names: "China said" is its government speaking."""
    return canonical_name(name) in lexicon().countries


def is_outlet(name: str) -> bool:
    """ "The New York Times", "York Times", "CNN": a news outlet, never the person quoted."""
    folded = canonical_name(name).removeprefix("the ")
    outlets = lexicon().outlets
    last = folded.split()[-1] if folded else ""
    # "San Antonio Express-News": the last part of a hyphenated last word counts too
    return folded in outlets or (len(folded.split()) > 1 and (last in outlets or last.rsplit("-", 1)[-1] in outlets))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    raw = json.loads(resources.files("factcards").joinpath("data/first_names.json").read_text(encoding="utf-8"))
    return {name: sex for sex in ("m", "f") for name in raw[sex]}


def is_first_name(word: str) -> bool:
    """ "Chloe", "Owen": a common given name, so a person even where written alone."""
    return word.lower().strip(".,") in _first_names()


def sex_of_first_name(name: str) -> str | None:
    """ "m" for "Gary Wilson", "f" for "Hillary Clinton", None for "Jordan Lee" or "Kim Jong Un":
    only common given names borne overwhelmingly by one sex count."""
    words = name.split()
    return _first_names().get(words[0].lower().strip(".,")) if len(words) > 1 else None
