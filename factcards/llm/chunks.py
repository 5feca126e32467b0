"""Split a long article into chunks of whole sentences that overlap, so no fact is cut in two
and no chunk exceeds the model's budget. Chunks are spans of the body: a quote found in a
chunk is a quote found in the article."""

from __future__ import annotations

from dataclasses import dataclass

from factcards.llm.tokens import TokenCounter
from factcards.text.document import Document


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int
    number: int  # 1-based
    count: int


def chunk_article(doc: Document, budget: int, counter: TokenCounter, overlap: int = 2) -> list[Chunk]:
    body = doc.body
    if counter.count(body) <= budget or len(doc.sentences) <= 1:
        return [Chunk(0, len(body), 1, 1)]
    sizes = [counter.count(body[s.start : s.end]) for s in doc.sentences]
    spans: list[tuple[int, int]] = []  # sentence index ranges [first, last)
    first = 0
    while first < len(sizes):
        last, total = first, 0
        while last < len(sizes) and (last == first or total + sizes[last] <= budget):
            total += sizes[last]
            last += 1
        spans.append((first, last))
        if last >= len(sizes):
            break
        first = max(last - overlap, first + 1)
    sentences = doc.sentences
    return [
        Chunk(sentences[a].start, sentences[b - 1].end, number, len(spans))
        for number, (a, b) in enumerate(spans, start=1)
    ]
