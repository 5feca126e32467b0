"""The post someone served in: "worked for the parish council as its chairman" against "… as clerk".

A claim that keeps every word but the post after "as" is one word off in a long claim, below what coverage counts. A
post after "as" the evidence never writes, where the evidence has another post after "as" the claim never writes, is
a swap. (A post beside a name, "its director, Priya Nair", is the people rules' to compare, by the person.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcards.text.names import ROLE_WORDS
from factcards.text.words import JOB_NOUNS, forms_by_class, lemmas

# "worked for the council as clerk", "served as its chairman".
_AS_POST = re.compile(r"\bas\s+(?:(?:its|the|his|her|their|our|a|an)\s+)?(?P<post>[a-z][\w-]*)\b")
# Role words that only say which or what kind ("former", "acting", "local"), or that hold no post.
_NOT_POSTS = frozenset(
    """acting former new local senior junior top national state city county regional federal foreign home health
    defence defense finance interior trade majority minority prime vice deputy interim chief head resident witness
    player star owner""".split()
)
# Posts of bodies the dictionary's job endings miss.
_MORE_POSTS = frozenset("clerk treasurer headteacher headmaster headmistress trustee governor".split())


def is_post(lower: str) -> bool:
    """A word for a post someone holds: "clerk", "director", "headteacher" (not "former", "acting")."""
    if lower in _NOT_POSTS:
        return False
    if "-" in lower and lower.split("-", 1)[0] in ("vice", "deputy", "co", "acting"):
        return is_post(lower.split("-", 1)[1])  # ("vice-chancellor", "co-founder")
    if lower in ROLE_WORDS:
        return "NOUN" in forms_by_class(lower) and "ADJ" not in forms_by_class(lower)
    return lower in JOB_NOUNS or lower in _MORE_POSTS


def post_swapped(
    claim: str, gone: frozenset[int], texts: Sequence[str], forms: frozenset[str]
) -> tuple[str, str] | None:
    """The claim's words and the evidence's for a post the claim gives after "as" where the evidence gives another
    (`gone`: the starts of claim words the evidence never writes; `forms`: the lemmas of every claim word)."""
    for mine in _AS_POST.finditer(claim):
        post = mine.group("post").lower()
        if mine.start("post") not in gone or not is_post(post):
            continue
        for theirs in (m for text in texts for m in _AS_POST.finditer(text)):
            other = theirs.group("post").lower()
            if other != post and is_post(other) and not lemmas(other) & forms:
                return mine.group(0), theirs.group(0)
    return None
