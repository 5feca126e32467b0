"""What every check reads: the claim, its located evidence, and both analysed once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from factcards.grounding.checks.registry import Hit
from factcards.models import Card, Evidence
from factcards.text.claims import ClaimAtoms, atoms, never_the_most, stem
from factcards.text.clauses import LIGHT
from factcards.text.dictionary import forms_by_class
from factcards.text.document import Document, Sentence
from factcards.text.lexicon import canonical_name, lexicon
from factcards.text.segment import paragraphs, sentences
from factcards.text.words import Word, is_content, lemmas, paraphrase_groups, same_family, words


@dataclass
class ClaimContext:
    card: Card
    home: Document  # the card's own article
    window: list[tuple[Document, Sentence]]  # the sentences the evidence sits in
    evidence: list[Evidence]  # located evidence in the card's own article
    claim: ClaimAtoms
    seen: list[ClaimAtoms]  # atoms of each window sentence
    # The sentence before each evidence sentence that says "he" or "his": it may name him.
    referent_sentences: list[tuple[Document, Sentence]] = field(default_factory=list)
    verbatim: bool = False  # the claim is one of its evidence spans
    # Sentences outside the evidence that a rule read for one detail of the claim (a person's age,
    # given where the article first names them): cited as context, like the referents.
    supporting: list[tuple[Document, Sentence]] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)  # what several rules ask, worked out once

    def add_supporting(self, sentence: Sentence) -> None:
        """Cite `sentence` of the home article as context, once, unless it is evidence already."""
        if (self.home, sentence) not in self.supporting and (self.home, sentence) not in self.window:
            self.supporting.append((self.home, sentence))

    def detail_elsewhere(
        self,
        at: int,
        detail: str,
        where: Callable[[ClaimAtoms], int],
        candidates: Iterable[Sentence] | None = None,
    ) -> bool:
        """A detail of the claim its evidence does not give (a name, a figure, at offset `at` of the
        claim) that another sentence of the article gives of the same thing: next to it, that sentence
        has one of the words the claim sets beside the detail, and it has more of the claim's words.
        `where` is the detail's offset in a sentence's text, -1 when it is not there; `candidates`, the
        sentences that may say it (all, when not given). The sentence is cited as context."""
        detail_stems = {stem(w.lower) for w in words(detail)}
        content = [w for w in self.claim_words if is_content(w.lower) and stem(w.lower) not in detail_stems]
        before = [w for w in content if w.end <= at][-_BESIDE:]
        after = [w for w in content if w.start >= at + len(detail)][:_BESIDE]
        # Each word by its stem and its lemmas' ("spent" is "spending"'s "spend"; the sentence's stems are of its words).
        beside = {stem(f) for w in before + after for f in lemmas(w.lower) | {w.lower}}
        wanted = {frozenset(stem(f) for f in lemmas(w.lower) | {w.lower}) for w in content}
        best: tuple[int, Sentence] | None = None
        for sentence in self.home.sentences if candidates is None else candidates:
            if (self.home, sentence) in self.window:
                continue
            stems = self.home.sentence_stems(sentence)
            if not beside & stems:
                continue  # cheap: the sentence's words, before its figures and names are read
            found = self.home.sentence_atoms(sentence)
            offset = where(found)
            if offset < 0:
                continue
            theirs = words(found.text)
            i = next((n for n, w in enumerate(theirs) if w.end > offset), len(theirs))
            if not beside & {stem(w.lower) for w in theirs[max(0, i - _NEAR) : i + _NEAR + 1]}:
                continue  # the sentence says the words, but of something else
            shared = sum(1 for forms in wanted if forms & stems)
            if shared >= _SHARED and (best is None or shared > best[0]):
                best = (shared, sentence)
        if best is None:
            return False
        self.add_supporting(best[1])
        return True

    @cached_property
    def referents(self) -> list[ClaimAtoms]:
        return [doc.sentence_atoms(s) for doc, s in self.referent_sentences]

    @cached_property
    def texts(self) -> list[str]:
        return [doc.sentence_text(s) for doc, s in self.window]

    @cached_property
    def claim_words(self) -> list[Word]:
        return words(self.card.claim)

    @cached_property
    def subject_head(self) -> frozenset[str]:
        """The lemmas of the claim's first content word ("Sales at the fashion chain dropped" -> "sale"), past a clause
        that opens the claim on when or why ("After 3,000 people signed a petition, the bus company dropped …") and past
        who said it ("The owners said the wind farm had begun …")."""
        at = 0
        for frame in (_OPENING_CLAUSE, _SAYING_FRAME):  # ("After …, the owners said the wind farm had begun …")
            if m := frame.match(self.card.claim, at):
                at = m.end()
        first = next((w for w in self.claim_words if is_content(w.lower) and w.start >= at), None)
        return lemmas(first.lower) if first else frozenset()

    @cached_property
    def evidence_words(self) -> list[Word]:
        return [w for text in self.texts for w in words(text)]

    @cached_property
    def evidence_lexicon(self) -> EvidenceWords:
        return _evidence_lexicon(tuple(self.texts))

    def span_atoms(self) -> list[ClaimAtoms]:
        """Atoms of each evidence span itself (not its whole sentence): what a claim may not drop."""
        return [atoms(self.home.body[e.start : e.end]) for e in self.evidence if e.start is not None]

    def evidence_match(
        self, pattern: re.Pattern[str], accepts: Callable[[re.Match[str]], bool] | None = None
    ) -> re.Match[str] | None:
        """The first match of `pattern` in the evidence sentences, in order, that `accepts` takes (any, without
        it); its `string` is the sentence it was found in."""
        for text in self.texts:
            for m in pattern.finditer(text):
                if accepts is None or accepts(m):
                    return m
        return None

    def said_against(self, said: str, other: str) -> Hit:
        """The finding most rules give: the claim's words against the evidence's, at the evidence's."""
        return Hit(f'claim says "{said}" where the evidence says "{other}"', self.span_of(other), self.home.article.id)

    def span_of(self, needle: str) -> tuple[int, int] | None:
        """Offsets in the home article of the first window sentence holding `needle` (any case)."""
        lowered = needle.lower()
        for doc, sentence in self.window:
            if doc is not self.home:
                continue
            at = doc.sentence_text(sentence).lower().find(lowered)
            if at >= 0:
                return (sentence.start + at, sentence.start + at + len(needle))
        return None

    def window_span(self) -> tuple[int, int] | None:
        own = [s for doc, s in self.window if doc is self.home]
        return (own[0].start, own[-1].end) if own else None


# A detail found in another sentence is the claim's when that sentence also has one of the two content
# words the claim writes on either side of it, and two of the claim's words in all. Chosen on the trust
# sets together (`python -m bench --only trust`): one word on either side, or three shared, gave lower
# balanced accuracy on CLIFF and SummEdits alike; three on either side, lower on FaithBench 9-16.
_BESIDE = 2
_SHARED = 2
# Words: how close to the detail that sentence must write the word beside it ("Flynn scored another …,
# but … Lloyd White (2) …" names Flynn and a 2 too far apart to say he scored twice). 3 over 4, 6 or
# none: balanced accuracy on FaithBench's held-back batches 9-16 0.630 / 0.614 (given / searched)
# against 0.624 / 0.609 without; CLIFF gives back a little of its gain (test 0.853 -> 0.845).
_NEAR = 3


@dataclass
class EvidenceWords:
    """The evidence's words in every form a claim word may match: lemma, derivation, paraphrase
    group, alias."""

    lemmas: frozenset[str]
    prefixes: dict[str, list[str]]
    groups: frozenset[int]
    names: frozenset[str]

    @classmethod
    def of(cls, found: list[Word]) -> EvidenceWords:
        all_lemmas: set[str] = set()
        for w in found:
            all_lemmas |= lemmas(w.lower)
            for part in _compound_parts(w.lower):
                all_lemmas |= lemmas(part)
        prefixes: dict[str, list[str]] = {}
        for lemma in all_lemmas:
            prefixes.setdefault(lemma[:4], []).append(lemma)
        names = {canonical_name(w.text) for w in found}
        names |= {canonical_name(f"{a.text} {b.text}") for a, b in itertools.pairwise(found)}
        # (a verb and the word after it, for the table's phrases: "caring for it" is "looking after" it)
        phrases = {f"{form} {b.lower}" for a, b in itertools.pairwise(found) for form in lemmas(a.lower)}
        # ("said they would appeal": an appeal with no "for" or "to" after it is one against a decision)
        phrases |= {
            "appeal against"
            for i, w in enumerate(found)
            if "appeal" in lemmas(w.lower) and (i + 1 == len(found) or found[i + 1].lower not in ("for", "to"))
        }
        groups = paraphrase_groups(frozenset(all_lemmas)) | paraphrase_groups(frozenset(phrases))
        return cls(frozenset(all_lemmas), prefixes, groups, frozenset(names))

    def has(self, word: Word, *, paraphrased: bool = True) -> bool:
        forms = lemmas(word.lower)
        if forms & self.lemmas:
            return True
        parts = _compound_parts(word.lower)
        # "second-half" against "the second half", "semi-final" against a feed's "semi - final"
        if parts and all(self.has(Word(p, p, 0, 0), paraphrased=paraphrased) for p in parts if is_content(p)):
            return True
        # (a compound's family is its parts': "centre-right" is no kin of "centre-left")
        if not parts and any(same_family(f, other) for f in forms for other in self.prefixes.get(f[:4], ())):
            return True
        if paraphrased and paraphrase_groups(forms) & self.groups:
            return True
        return canonical_name(word.text) in self.names


# A compound whose first part turns the rest into something else: a "semi-final" is no final, a
# "vice-president" no president, "non-fatal" not fatal.
_TURNING_PREFIXES = frozenset(
    "non un anti ex semi quasi pseudo vice mini sub pre post co counter self half near".split()
)


def _compound_parts(word: str) -> tuple[str, ...]:
    """ "second-half" -> ("second", "half"); none for "semi-final", "non-fatal" or a plain word."""
    if "-" not in word:
        return ()
    parts = tuple(p for p in word.split("-") if p)
    if len(parts) < 2 or parts[0] in _TURNING_PREFIXES or any(c.isdigit() for c in word):
        return ()
    return parts


@lru_cache(maxsize=4096)
def _evidence_lexicon(texts: tuple[str, ...]) -> EvidenceWords:
    # Several cards cite the same sentences: their word forms are worked out once.
    return EvidenceWords.of([w for text in texts for w in words(text)])


def content_words(found: list[Word], skip: frozenset[str] = frozenset()) -> list[Word]:
    return [w for w in found if is_content(w.lower) and w.lower not in skip]


def is_hedge(word: Word) -> bool:
    # "May" capitalized is the month ("In May the police …") or Theresa May, not the modal.
    return word.lower in lexicon().hedges and word.text != "May"


def has_hedge(found: list[Word]) -> bool:
    return any(is_hedge(w) for w in found)


def sides_of(word: str) -> tuple[tuple[int, int], ...]:
    """Each (opposition group, side) the word is on, in any of its forms ("rose": more, not less)."""
    opposition = lexicon().opposition
    found: list[tuple[int, int]] = []
    for form in sorted(lemmas(word)):  # (in one order whatever the hash seed: the finding names the first)
        found.extend(opposition.get(form, ()))
    return tuple(found)


def on_other_sides(mine: Iterable[tuple[int, int]], theirs: Iterable[tuple[int, int]]) -> bool:
    """Whether two sets of (opposition, side) hold two sides of one opposition ("approval" and "refusal")."""
    theirs = tuple(theirs)
    return any(group == g and side != s for group, side in mine for g, s in theirs)


@lru_cache(maxsize=16384)  # a day's cards cite the same sentences again and again
def forms_in(text: str) -> frozenset[str]:
    """The lemmas of every word of `text`."""
    return frozenset(f for w in words(text) for f in lemmas(w.lower))


def told(wanted: Iterable[frozenset[str]], text: str) -> int:
    """How many of `wanted` (each a claim word's lemmas) `text` says, in any form."""
    said = forms_in(text)
    return sum(1 for forms in wanted if forms & said)


def most_told(
    texts: list[str],
    wanted: list[frozenset[str]],
    least: int = 1,
    tie_break: list[frozenset[str]] | None = None,
) -> int | None:
    """Which of `texts` (sentences, or a sentence's clauses) says the most of `wanted`: the index of the one
    that says more than every other and at least `least` of them; on a tie, the same by `tie_break`, when
    given; else None. The hedge, contrast and speaker checks all ask which part a claim reports."""
    shared = [told(wanted, text) for text in texts]
    if tie_break is not None and shared.count(max(shared, default=0)) > 1:
        shared = [told(tie_break, text) for text in texts]
    best = max(shared, default=0)
    if best < least or shared.count(best) > 1:
        return None
    return shared.index(best)


# Phrases whose words say nothing apart: "passed away" is "died", a "birth name" the name one was "born".
_IDIOMS = (
    (re.compile(r"\bpass(?:ed|es|ing)?\s+away\b", re.IGNORECASE), "die"),
    (re.compile(r"\bbirth\s*(?:name|place)\b", re.IGNORECASE), "born"),
    # ("lost six games in a row": "a sixth straight defeat")
    *(
        (re.compile(r"\bin\s+a\s+row\b", re.IGNORECASE), meaning)
        for meaning in ("straight", "consecutive", "successive")
    ),
    (re.compile(r"\blost\s+(?:\w+\s+)?(?:games|matches)\b", re.IGNORECASE), "defeat"),
    # ("asked witnesses to come forward": "appealed for witnesses")
    (re.compile(r"\bc(?:ome|ame|omes|oming)\s+forward\b", re.IGNORECASE), "appeal"),
    # ("would cover the cost of a hotel": "would pay for … a hotel")
    (
        re.compile(
            r"\b(?:cover(?:s|ed|ing)?|meet(?:s|ing)?|met)\s+the\s+(?:full\s+)?(?:cost|costs|bill)\b"
            r"|\bf(?:oot|oots|ooted|ooting)\s+the\s+bill\b",
            re.IGNORECASE,
        ),
        "pay",
    ),
    # ("The case was heard at Leeds Crown Court": what a court does, which "a jury at Leeds Crown Court" tells)
    (
        re.compile(r"\b(?:case|trial)\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:heard|held)\b", re.IGNORECASE),
        "court",
    ),
)


def idiom_meanings(text: str) -> list[tuple[int, int, str]]:
    """Where `text` writes one of the idioms, and the word it means."""
    return [(*m.span(), meaning) for pattern, meaning in _IDIOMS for m in pattern.finditer(text)]


# Verbs that say little alone ("made a decision", "took part"): no deed of their own to compare.
LIGHT_VERBS = LIGHT | {"see", "say"}  # (seeing and saying take no particle that says the deed)
# The articles, which rules reading a word's place step over ("a shortage of the doctors").
ARTICLES = frozenset({"the", "a", "an"})
# "After 3,000 people signed a petition, …": a clause that opens a sentence on when or why, before its subject.
_OPENING_CLAUSE = re.compile(
    r"\W*(?:After|Before|When|Following|Despite|Since|Although|Though|While|Because|As|Once|Until)\b(?:[^,]|,(?=\d)){3,80},\s+"
)
# "The owners said …": who said what the claim tells, before its subject (a verb that takes a clause: "announced a
# scheme" names what was announced).
_SAYING_FRAME = re.compile(
    r"\W*(?:[A-Za-z][\w'’-]*\s+){1,4}?(?:said|says|told\s+[a-z]+|added|confirmed|(?:announced|warned)\s+that)\s+"
    r"(?:that\s+)?(?=\S)"
)
# "handled the complaint badly", "spelt it wrongly": the words after a deed that tell it was done wrong.
DONE_WRONG_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:wrong(?:ly)?|incorrect(?:ly)?|badly|poorly)\b", re.IGNORECASE
)
# "due to" before a deed is when it is set for, not a cause: "due to go up next month", "due to be sentenced".
NOT_A_SCHEDULE = (
    r"(?!\s+(?:be|go|open|reopen|close|start|begin|finish|end|come|arrive|return|resume|launch|meet|sit|appear|take"
    r"|retire|leave|run|get|make|face|hear|vote|publish|report|expire)\b)"
)


def claim_forms(ctx: ClaimContext) -> frozenset[str]:
    """The lemmas of every claim word (worked out once for the rules that ask)."""
    if "claim_forms" not in ctx.memo:
        ctx.memo["claim_forms"] = frozenset(f for w in ctx.claim_words for f in lemmas(w.lower))
    return ctx.memo["claim_forms"]  # type: ignore[return-value]


def claim_verbs(ctx: ClaimContext) -> frozenset[str]:
    """The lemmas of every claim word that may be a verb (worked out once for the rules that ask)."""
    if "claim_verbs" not in ctx.memo:
        ctx.memo["claim_verbs"] = frozenset(
            f
            for w in ctx.claim_words
            if is_content(w.lower) and "VERB" in forms_by_class(w.lower)
            for f in lemmas(w.lower)
        )
    return ctx.memo["claim_verbs"]  # type: ignore[return-value]


def evidence_negates(ctx: ClaimContext) -> bool:
    """Whether the evidence has any negating word (worked out once for the rules that ask)."""
    if "negators" not in ctx.memo:
        negators = lexicon().negators
        text = " ".join(ctx.texts).lower()
        # ("had never hurt so much" says the most there has been: no negation)
        ctx.memo["negators"] = any(n in text for n in negators if " " in n) or any(
            w.lower in negators and not (w.lower == "never" and never_the_most(said, w.end))
            for said in ctx.texts
            for w in words(said)
        )
    return ctx.memo["negators"]  # type: ignore[return-value]


def told_the_other_way(
    ctx: ClaimContext, mine: re.Pattern[str], theirs: re.Pattern[str], group: str
) -> tuple[re.Match[str], re.Match[str]] | None:
    """A claim phrase of `mine` whose `group` the evidence never tells with `mine`, where it tells it with `theirs`:
    both matches ("will have no buses" against "will have one bus a day"; "chose to withdraw" against "forced to
    withdraw")."""
    for m in mine.finditer(ctx.card.claim):
        key = lemmas(m.group(group).lower())
        if any(lemmas(o.group(group).lower()) & key for text in ctx.texts for o in mine.finditer(text)):
            continue
        for text in ctx.texts:
            for o in theirs.finditer(text):
                if lemmas(o.group(group).lower()) & key:
                    return m, o
    return None


@lru_cache(maxsize=16384)  # a story's cards cite the same evidence again and again
def sentences_of(text: str) -> tuple[str, ...]:
    """The sentences of an evidence text."""
    return tuple(text[s.start : s.end] for p in paragraphs(text) for s in sentences(text, p))
