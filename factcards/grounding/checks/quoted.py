"""What the claim quotes: words it puts in quotation marks are someone's own, and must be the article's.

News may paraphrase a statement, never a quotation. A claim that writes “a loss of propulsion while
driving” where the article has “a loss of propulsion when stopped” has misquoted, however close the
rest of its words are; coverage, which lets a paraphrase change a word or two, cannot see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.text.dictionary import forms_by_class
from factcards.text.normalize import compact
from factcards.text.words import Word, lemmas, words

# “…”, "…", ‘…’, '…' (as British news quotes) and a feed's `…' (a lower-cased, tokenized feed writes "` sanctuary
# '"). A single quotation mark is an apostrophe inside a word ("Russia’s", "don't"), so it opens and closes only at a
# word's edge; one closing a plural's possessive ("the players' wages") is read as a mark only where nothing follows.
_QUOTATION = re.compile(
    r"“(?P<a>[^“”]+)”"
    r"|\"(?P<b>[^\"]+)\""
    r"|(?<!\w)‘(?P<c>[^‘’]+?)’(?!\w)"
    r"|`\s*(?P<d>[^`']+?)\s*'(?!\w)"
    r"|(?<![\w'`])'(?=\w)(?P<e>(?:[^'\n]|'(?=\w))+?)(?<=[\w.!?,])'(?!\w)"
)
# Where a quotation leaves words out or puts its own in: "…", "...", "[the company]".
_CUT = re.compile(r"\.\.\.|…|\[[^\]]*\]")
_SHORTEST = 8  # letters: a quoted word or two ("woke") is a word choice, which coverage judges
# Small words a title leaves in lower case: "Brown v. Board of Education", "The Return of the King".
_TITLE_SMALL = frozenset("a an the of and or in on at to for by with from v v. vs vs. de la le von van".split())


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _is_title(text: str) -> bool:
    """ "The Hunger Games: Mockingjay – Part 2": the name of a work, which the name rules judge."""
    found = _WORD.findall(text)
    capitals = [w for w in found if w[0].isupper()]
    return len(capitals) >= 2 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in found)


def quoted_parts(claim: str) -> list[str]:
    """The stretches of the claim's quotations that must be found word for word."""
    parts = []
    for m in _QUOTATION.finditer(claim):
        inside = next(g for g in m.groups() if g is not None)
        if _is_title(inside) or (not claim[: m.start()].strip() and not claim[m.end() :].strip(" .!?")):
            continue  # a title, or a claim wrapped whole in quotation marks
        for part in _CUT.split(inside):
            part = part.strip(" ,.;:!?-–—")
            if len(part.split()) >= 2 and len(compact(part)) >= _SHORTEST:
                parts.append(part)
    return parts


@register("FC404", "quote-altered", UNSUPPORTED, "words the claim quotes are not the article's")
def quote_altered(ctx: ClaimContext) -> Iterator[Hit]:
    parts = quoted_parts(ctx.card.claim)
    evidence = compact(" ".join(ctx.texts)) if parts else ""
    misquoted = False
    for part in parts:
        wanted = compact(part)
        if wanted in evidence:
            continue
        # Quoted where the article says it, outside the evidence: the sentence that says it is cited.
        sentence = ctx.home.sentence_quoting(wanted)
        if sentence is not None:
            ctx.add_supporting(sentence)
            continue
        yield Hit(f"claim quotes “{part}”, which the article does not say", ctx.window_span(), ctx.home.article.id)
        misquoted = True
    if not misquoted and (called := _called_otherwise(ctx)):
        mine, theirs = called
        yield Hit(f'claim has them call it "{mine}" where the evidence has "{theirs}"', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip


# "called it 'fearless'", "described the plan as reckless": what someone called a thing is their word, quoted or not.
_CALLING = frozenset("call describe brand label dub hail".split())
_CALLED_REACH = 6  # words after the verb: whom or what, "as", then the word
_CALLING_SAID = re.compile(r"\b(?:call|describ|brand|label|dub|hail)", re.IGNORECASE)


def _called_word(found: list[Word], at: int) -> Word | None:
    """The word a calling verb at `at` gives: the first that is only an adjective ("careless"), within reach."""
    for w in found[at + 1 : at + 1 + _CALLED_REACH]:
        if set(forms_by_class(w.lower)) == {"ADJ"}:
            return w
    return None


def _calls(found: list[Word]) -> list[Word]:
    return [c for i, w in enumerate(found) if lemmas(w.lower) & _CALLING and (c := _called_word(found, i))]


def _called_otherwise(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The judges called the novel careless" against "the judges called it 'fearless'": the claim has them call it
    a word the evidence never uses, where the evidence's calling gives another the claim never uses."""
    if not _CALLING_SAID.search(ctx.card.claim):
        return None  # (most claims call nothing: read no further)
    mine = _calls(list(ctx.claim_words))
    if not mine:
        return None
    evidence = {f for w in ctx.evidence_words for f in lemmas(w.lower)}
    claimed = {f for w in ctx.claim_words for f in lemmas(w.lower)}
    theirs = [w for text in ctx.texts for w in _calls(list(words(text))) if not lemmas(w.lower) & claimed]
    for said in mine:
        if not lemmas(said.lower) & evidence and theirs:
            return said.text, theirs[0].text
    return None
