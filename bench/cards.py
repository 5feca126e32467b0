"""Cards for the verification benchmark: every kind of quote and claim a verifier meets."""

from __future__ import annotations

import random
import re

from factcards.models import Article, Card, Evidence
from factcards.text.document import Document

KINDS = ("exact", "normalized", "fuzzy", "invented", "corrupted")
_NUMBER = re.compile(r"\d+")


_AUXILIARY = re.compile(r"\b(will|was|is|were|are|has|had|would|could)\b")
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")


def _corrupt(sentence: str) -> str:
    """What a careless summary does: a figure changed, a negation added, or a name swapped."""
    if _NUMBER.search(sentence):
        return _NUMBER.sub(lambda m: str(int(m.group(0)) + 7), sentence, count=1)
    if _AUXILIARY.search(sentence):
        return _AUXILIARY.sub(lambda m: m.group(0) + " not", sentence, count=1)
    if _NAME.search(sentence):
        return _NAME.sub("Smithers", sentence, count=1)
    return sentence.rstrip(".") + ", officials denied."


def long_article(rng: random.Random, index: int, paragraphs: list[str], target_chars: int = 4000) -> Article:
    """About `target_chars` of news text, stitched from a pool of paragraphs."""
    chosen: list[str] = []
    while sum(len(p) + 2 for p in chosen) < target_chars:
        chosen.append(rng.choice(paragraphs))
    return Article(id=f"v{index:05d}", date="2025-03-14", body="\n\n".join(chosen) + "\n")


def cards_for(article: Article, rng: random.Random, per_article: int = 10) -> list[tuple[str, Card]]:
    """`per_article` cards, cycling through the kinds; each labelled with its kind."""
    doc = Document(article)
    sentences = [doc.sentence_text(s) for s in doc.sentences if len(doc.sentence_text(s).split()) >= 8]
    out = []
    for k in range(per_article):
        kind = KINDS[k % len(KINDS)]
        sentence = rng.choice(sentences)
        quote, claim = sentence, sentence
        if kind == "normalized":
            quote = sentence.replace("'", "’").replace('"', "“", 1).replace(" ", "  ", 2)
        elif kind == "fuzzy":
            words = sentence.split()
            words[len(words) // 2] = "reportedly"
            quote = " ".join(words)
        elif kind == "invented":
            quote = "The minister resigned after a secret report was leaked to the press on Sunday."
            claim = "The minister resigned after a report leaked."
        elif kind == "corrupted":
            claim = _corrupt(sentence)
        card = Card(article=article.id, kind="statement", claim=claim, evidence=[Evidence(quote=quote)])
        out.append((kind, card))
    return out
