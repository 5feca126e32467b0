"""The one definition of an article, an evidence span and a fact card.

Everything that crosses a boundary (card files, the LLM's answer, the brief) is one of these
models; the JSON Schema that `factcards schema` prints is generated from them.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator


class Kind(StrEnum):
    event = "event"
    statement = "statement"
    quote = "quote"
    number = "number"
    background = "background"


class Match(StrEnum):
    """How an evidence quote was found in the article body (like langextract's AlignmentStatus)."""

    exact = "exact"
    normalized = "normalized"
    fuzzy = "fuzzy"
    missing = "missing"


class Review(StrEnum):
    """What an editor decided about a card."""

    accepted = "accepted"
    rejected = "rejected"
    edited = "edited"


class Status(StrEnum):
    verified = "verified"
    needs_review = "needs_review"
    unsupported = "unsupported"


class Article(BaseModel):
    """One input article. `body` is the text after any header, exactly as decoded:
    every offset in factcards is a `str` index into it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str | None = None
    source: str | None = None
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) when known")
    url: str | None = None
    path: str | None = Field(default=None, description="the file it was read from")
    body: str
    extracted: bool = Field(default=False, description="the body was extracted from a web page (HTML)")

    def record(self) -> ArticleRecord:
        return ArticleRecord(
            id=self.id,
            title=self.title,
            source=self.source,
            date=self.date,
            url=self.url,
            path=self.path,
            chars=len(self.body),
            sha256=hashlib.sha256(self.body.encode("utf-8")).hexdigest(),
            # Offsets into a page's extracted text need that text: it is kept with the cards.
            body=self.body if self.extracted else None,
        )


class ArticleRecord(BaseModel):
    """An article as listed in a cards file: its metadata and a fingerprint of its body."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None
    chars: int | None = None
    sha256: str | None = None
    body: str | None = Field(default=None, description="the extracted text, for an article read from a web page")


class Evidence(BaseModel):
    """A verbatim quote from an article and where it sits: `body[start:end] == text`."""

    model_config = ConfigDict(extra="forbid")

    quote: str
    article: str | None = Field(default=None, description="article id, when it differs from the card's own article")
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    match: Match | None = None
    score: float | None = Field(default=None, description="fuzzy match score, 0-100")
    text: str | None = Field(default=None, description="body[start:end], filled by the verifier")
    paragraph: int | None = Field(default=None, description="1-based paragraph number")
    context: bool = Field(
        default=False,
        description="cited for a name the evidence calls he/she, by title or by age, or for one detail of the "
        "claim its evidence lacks (a name, a figure, an age, a quotation); not for the claim itself",
    )

    @model_validator(mode="after")
    def _offsets_in_order(self) -> Evidence:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Finding(BaseModel):
    """One check that a card failed: the rule's code and name, its severity, and the words at fault."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(description='stable rule code, e.g. "FC201"')
    rule: str = Field(description='rule name, e.g. "role-swap"')
    severity: Status = Field(description="needs_review or unsupported")
    message: str
    span: list[int] | None = Field(default=None, description="[start, end] of the words at fault in the article")
    article: str | None = Field(default=None, description="the article the span is in")


class Card(BaseModel):
    """One checkable claim from one article, with the spans that support it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default="", description="stable id derived from article id and claim")
    article: str = Field(description="id of the article the claim comes from")
    kind: Kind = Field(description="event, statement, quote, number or background")
    claim: str = Field(min_length=1, description="one self-contained, checkable sentence")
    speaker: str | None = Field(default=None, description="who said it, for a statement or quote; else null")
    who: list[str] = Field(default_factory=list, description="people and organisations the claim is about")
    when: str | None = Field(default=None, description="ISO date (YYYY-MM-DD or YYYY-MM) the text supports, else null")
    when_span: list[int] | None = Field(
        default=None, description="[start, end] of the words in the article that set `when` (why it is that date)"
    )
    where: str | None = Field(default=None, description="the place the claim is about, else null")
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(
        default_factory=list, description="ids of every article that reports this fact, when merged across outlets"
    )
    partial_sources: list[str] = Field(
        default_factory=list, description="of `sources`, the articles whose own spans support only part of the claim"
    )
    status: Status | None = None
    reasons: list[str] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list, description="the checks that failed, by rule")
    review: Review | None = Field(default=None, description="an editor's decision: accepted, rejected, edited")
    original_claim: str | None = Field(default=None, description="the extracted claim, when an editor rewrote it")

    @model_validator(mode="after")
    def _fill_id(self) -> Card:
        if not self.claim.strip():
            raise ValueError("claim is empty")
        if not self.id:
            self.id = card_id(self.article, self.claim)
        return self


class ConflictSide(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str = Field(description='what these cards say ("six weeks", "2025-03-18", "Okafor")')
    cards: list[str]
    articles: list[str]


class Conflict(BaseModel):
    """Outlets that disagree about one thing: each side cited to its own cards and spans."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(description="figure, date or speaker")
    about: str = Field(description='what the sides disagree on ("weeks", "the date", "who said it")')
    sides: list[ConflictSide]


class Story(BaseModel):
    """Articles about the same event, with their merged cards."""

    model_config = ConfigDict(extra="forbid")

    id: str
    headline: str
    articles: list[str]
    cards: list[str]
    shared: list[str] = Field(
        default_factory=list,
        description="why these articles are one story: the names and words they share, most distinctive first",
    )
    conflicts: list[Conflict] = Field(default_factory=list)
    developing: bool = Field(default=False, description="continues a story from the previous brief")
    previous: str | None = Field(default=None, description="id of the previous brief's story it continues")
    not_new: list[str] = Field(default_factory=list, description="cards already reported in the previous brief")


class ProducedBy(BaseModel):
    """What made a cards file: enough to tell two runs' outputs apart, and no clock."""

    model_config = ConfigDict(extra="forbid")

    factcards: str
    extractor: str
    model: str | None = None
    prompt_hash: str | None = None


class CardsFile(BaseModel):
    """What `extract` writes and `verify` reads: `{"articles": [...], "cards": [...]}`."""

    model_config = ConfigDict(extra="forbid")

    produced_by: ProducedBy | None = None
    articles: list[ArticleRecord] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    cards: list[Card]


def card_id(article: str, claim: str) -> str:
    """Same article and claim, same id, on every run and machine."""
    digest = hashlib.sha256(f"{article}\x00{' '.join(claim.split())}".encode()).hexdigest()
    return f"c{digest[:8]}"


class QuoteDraft(BaseModel):
    model_config = ConfigDict(extra="ignore")

    quote: str = Field(min_length=1, description="verbatim text copied from the article")


# What a model writes is the card's own claim fields plus verbatim quotes: derived from
# `Card`, so the schema the model is asked for cannot drift from the card.
_CLAIM_FIELDS = ("kind", "claim", "speaker", "who", "when", "where")
CardDraft = create_model(
    "CardDraft",
    __config__=ConfigDict(extra="ignore"),
    __doc__="A card as a model writes it: no id, article or offsets. Extra fields are tolerated.",
    **{name: (Card.model_fields[name].annotation, Card.model_fields[name]) for name in _CLAIM_FIELDS},  # type: ignore[call-overload]
    evidence=(list[QuoteDraft], Field(min_length=1, description="one or more verbatim quotes from the article")),
)
RepairedCard = create_model(
    "RepairedCard",
    __base__=CardDraft,
    replaces=(str, Field(description="id of the failing card this corrects")),
)


class CardsAnswer(BaseModel):
    """The answer to an extraction request: `{"cards": [...]}`."""

    model_config = ConfigDict(extra="ignore")

    cards: list[CardDraft]  # type: ignore[valid-type]


class RepairAnswer(BaseModel):
    """The answer to a repair request: corrected cards; a failing card not returned is withdrawn."""

    model_config = ConfigDict(extra="ignore")

    cards: list[RepairedCard]  # type: ignore[valid-type]


class SummarySentenceDraft(BaseModel):
    model_config = ConfigDict(extra="ignore")

    sentence: str = Field(min_length=1)
    cards: list[str] = Field(description="ids of the verified cards this sentence rests on")


class SummaryAnswer(BaseModel):
    """The answer to a summary request: `{"summary": [{"sentence": ..., "cards": [...]}]}`."""

    model_config = ConfigDict(extra="ignore")

    summary: list[SummarySentenceDraft]


class SummarySentence(BaseModel):
    """One sentence of a brief's summary and the verified cards it rests on."""

    text: str
    cards: list[str]
