"""Finding a claim's evidence in its article when none was cited: BM25 over sentences and
adjacent pairs of sentences, on dictionary forms of content words, canonical names and figures."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from factcards.text.document import Document, Sentence
from factcards.text.lexicon import canonical_name
from factcards.text.words import is_content, lemmas, words

_K1, _B = 1.2, 0.75
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def terms(text: str) -> list[str]:
    found = []
    for w in words(text):
        if w.capitalized:
            found.append(canonical_name(w.text))
        if is_content(w.lower) and not w.lower[:1].isdigit():
            found.append(min(lemmas(w.lower)))
    # A figure is the most telling word a claim shares with its sentence: "£267,372", "2010".
    found.extend("#" + d.replace(",", "") for d in _DIGITS.findall(text))
    return found


@dataclass
class _Index:
    units: list[tuple[Sentence, ...]]
    counts: list[Counter[str]]
    lengths: list[int]
    df: Counter[str]
    average: float


_INDEXES: WeakKeyDictionary[Document, _Index] = WeakKeyDictionary()


def _index(doc: Document) -> _Index:
    found = _INDEXES.get(doc)
    if found is not None:
        return found
    sentence_terms = [Counter(terms(doc.sentence_text(s))) for s in doc.sentences]
    units: list[tuple[Sentence, ...]] = [(s,) for s in doc.sentences]
    counts = list(sentence_terms)
    for i in range(len(doc.sentences) - 1):
        units.append((doc.sentences[i], doc.sentences[i + 1]))
        counts.append(sentence_terms[i] + sentence_terms[i + 1])
    df: Counter[str] = Counter()
    for c in sentence_terms:
        df.update(c.keys())
    lengths = [sum(c.values()) for c in counts]
    found = _Index(units, counts, lengths, df, (sum(lengths) / len(lengths)) if lengths else 1.0)
    _INDEXES[doc] = found
    return found


MAX_SENTENCES = 3
MIN_ADDED_TERMS = 2  # a further sentence must account for this many claim terms the others lack (a figure is two)


def best_evidence(doc: Document, claim: str) -> tuple[Sentence, ...]:
    """The one to three sentences that best support the claim, in article order; () when none
    shares a word with it. First the best sentence or pair of adjacent sentences; then, while
    the claim has terms they lack, the sentence best matching those, if it adds at least two."""
    index = _index(doc)
    query = set(terms(claim))
    if not index.units or not query:
        return ()
    best = _best_unit(doc, index, query, pairs=True)
    if best is None:
        return ()
    chosen = list(index.units[best])
    covered = set().union(*(index.counts[s.index].keys() for s in chosen))
    while len(chosen) < MAX_SENTENCES:
        wanted = query - covered
        if _weight(wanted) < MIN_ADDED_TERMS:
            break
        more = _best_unit(doc, index, wanted, pairs=False)
        if more is None or _weight(wanted & index.counts[more].keys()) < MIN_ADDED_TERMS:
            break
        chosen.append(index.units[more][0])
        covered |= index.counts[more].keys()
    return tuple(sorted(set(chosen), key=lambda s: s.index))


def _weight(found: set[str]) -> int:
    """How much claim terms count towards adding a sentence: a figure counts twice."""
    return sum(2 if t.startswith("#") else 1 for t in found)


def _best_unit(doc: Document, index: _Index, query: set[str], pairs: bool) -> int | None:
    """BM25's best unit for `query`: any sentence, or (with `pairs`) two adjacent ones."""
    n = len(doc.sentences)
    idf = {t: math.log(1 + (n - index.df[t] + 0.5) / (index.df[t] + 0.5)) for t in query}
    best: tuple[float, int] | None = None
    for i, counts in enumerate(index.counts if pairs else index.counts[:n]):
        score = 0.0
        norm = _K1 * (1 - _B + _B * index.lengths[i] / index.average)
        for t in query:
            f = counts.get(t)
            if f:
                score += idf[t] * f * (_K1 + 1) / (f + norm)
        # A pair must beat its better half clearly: otherwise the single sentence is the evidence.
        if len(index.units[i]) == 2:
            score *= 0.85
        if score > 0 and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None
