"""An article body analysed once: paragraphs, sentences, normalized text, names, atoms.

The extractor, the aligner and the verifier all ask the same questions of a body (which
sentence holds offset 812? which words are names?), so the answers are computed lazily, once.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from factcards.claims import ClaimAtoms, Vocabulary, atoms
from factcards.models import Article
from factcards.names import NameRun, capitalized_runs, full_names, key
from factcards.normalize import NormalizedText
from factcards.segment import Span, paragraphs, sentences


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # 1-based
    index: int  # position among the article's sentences


class Document:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.body = article.body
        self.anchor: date | None = date.fromisoformat(article.date) if article.date else None
        self._atoms: dict[int, ClaimAtoms] = {}

    @cached_property
    def normalized(self) -> NormalizedText:
        return NormalizedText.of(self.body)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.body)

    @cached_property
    def sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for number, paragraph in enumerate(self.paragraphs, start=1):
            for span in sentences(self.body, paragraph):
                found.append(Sentence(span.start, span.end, number, len(found)))
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.body[sentence.start : sentence.end]

    def sentences_over(self, start: int, end: int) -> list[Sentence]:
        """The sentences that the span [start, end) touches (at least one, if any exist)."""
        if not self.sentences:
            return []
        first = max(bisect_right(self._sentence_starts, start) - 1, 0)
        last = max(bisect_right(self._sentence_starts, max(end - 1, start)) - 1, first)
        return self.sentences[first : last + 1]

    def paragraph_number(self, offset: int) -> int:
        return max(bisect_right(self._paragraph_starts, offset), 1)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Words the article writes in lower case: a capitalized opener that is one of them
        is an ordinary word, not a name."""
        return Vocabulary(self.body)

    @cached_property
    def name_runs(self) -> list[NameRun]:
        return capitalized_runs(self.body)

    @cached_property
    def full_names(self) -> list[str]:
        return full_names(run.text for run in self.name_runs)

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Every capitalized word of the article, in comparison form."""
        return frozenset(key(t) for run in self.name_runs for t in run.text.replace("-", " ").split())

    def sentence_atoms(self, sentence: Sentence) -> ClaimAtoms:
        cached = self._atoms.get(sentence.index)
        if cached is None:
            text = self.body[sentence.start : sentence.end]
            cached = atoms(text, self.anchor, vocabulary=self.vocabulary)
            self._atoms[sentence.index] = cached
        return cached
