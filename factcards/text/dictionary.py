"""lemminflect's dictionary, read in one place: a word's forms by class, and whether it is a word.

The dictionary ships inside lemminflect's wheel (no model or data downloaded at run time); its
tables load on first use. Every module that asks what a word is — names, dates, claims, the
meaning checks — asks here, so each answer is looked up once per process.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=131072)
def forms_by_class(word: str) -> dict[str, tuple[str, ...]]:
    """The word's dictionary forms by word class ("warning" -> NOUN: warning, VERB: warn)."""
    from lemminflect import getAllLemmas  # imported on first use: its tables load lazily

    return dict(getAllLemmas(word.lower().replace("’", "'")))


@lru_cache(maxsize=65536)
def inflected_from(lower: str, tag: str) -> tuple[str, ...]:
    """The verbs `lower` is the `tag` form of ("VBD": "rose" -> rise; "VBN": "born" -> bear), in
    the dictionary's order."""
    from lemminflect import getAllInflections

    verbs = forms_by_class(lower).get("VERB", ())
    return tuple(v for v in verbs if lower in getAllInflections(v, upos="VERB").get(tag, ()))


@lru_cache(maxsize=16384)
def verb_forms(verb: str) -> tuple[str, ...]:
    """Every inflection of a verb ("grow" -> grows, grew, grown, growing), sorted."""
    from lemminflect import getAllInflections

    return tuple(sorted({form for forms in getAllInflections(verb, upos="VERB").values() for form in forms}))


def plural_noun(lower: str) -> bool:
    """A noun's plural as the dictionary has it ("campaigners", "walkers"), not a noun as written ("nimbus")."""
    nouns = forms_by_class(lower).get("NOUN", ())
    return bool(nouns) and lower not in nouns


def is_word(lower: str) -> bool:
    """A word the dictionary knows ("watch", "shares"), whatever its class."""
    return bool(forms_by_class(lower))
