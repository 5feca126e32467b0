"""An article body analysed once: paragraphs, sentences, normalized text, names, atoms.

The extractor, the aligner and the verifier all ask the same questions of a body (which
sentence holds offset 812? which words are names?), so the answers are computed lazily, once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise
from weakref import WeakValueDictionary

from factcards.models import Article
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.claims import ClaimAtoms, Vocabulary, atoms, stems_of, writes_figure
from factcards.text.dates import dateline
from factcards.text.dictionary import is_word
from factcards.text.entity_types import entity_type
from factcards.text.lexicon import canonical_name, is_country, is_outlet, lexicon
from factcards.text.names import (
    COMMON_OPENERS,
    NAME_WORD,
    PARTY_MEMBERS,
    NameRun,
    capitalized_runs,
    clean_token,
    full_names,
    is_role,
    key,
)
from factcards.text.normalize import NormalizedText, compact, compact_offset
from factcards.text.segment import Span, paragraphs, sentences
from factcards.text.words import ADVERBS, JOB_NOUNS


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # 1-based
    # Position among the article's sentences; -1 until the whole article is split. Not part of
    # what a sentence is: one found from its paragraph and one from the whole article are the same.
    index: int = field(compare=False)


# Held weakly: a document lives as long as someone reading it (a verifier, an extraction) does.
_DOCUMENTS: WeakValueDictionary[int, Document] = WeakValueDictionary()
# "in Pangkalan Bun," / "near Omak." — a name followed by a comma, a full stop or the line's end,
# not "in Trump's view" nor "in Xi Jinping said".
_PLACE_CUE = re.compile(
    r"\b(?:in|near|outside|capital,?)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[,.;]|\s*$)", re.MULTILINE
)  # "in Omak,", "the Malaysian capital, Kuala Lumpur,"


def _age_pattern(name: str, age: str, case_folded: bool = False) -> re.Pattern[str]:
    """A feed that lower-cases its text ("mr hardy , 89 , is …") writes the name in lower case, and
    no capital tells a middle name from the next word: only the name itself stands before the age."""
    written = rf"(?i:{re.escape(name)})" if case_folded else re.escape(name)
    named = rf"\b{written}(?:['’]s)?\b"
    middle = "" if case_folded else r"(?:\s+[A-Z][\w'’-]+){0,2}"
    return re.compile(
        rf"{named}{middle}\s*(?:,\s*|\(\s*)(?:aged\s+)?{re.escape(age)}\b(?![.,]?\d)"
        rf"|\b{re.escape(age)}[- ]year[- ]old\s+(?:[\w'’-]+\s+){{0,4}}?{named}"
    )


class Document:
    @classmethod
    def of(cls, article: Article) -> Document:
        """The article's analysis, shared while the article lives: the extractor and the verifier
        of one run read each article once between them."""
        found = _DOCUMENTS.get(id(article))
        if found is None or found.article is not article:
            found = cls(article)
            _DOCUMENTS[id(article)] = found
        return found

    def __init__(self, article: Article) -> None:
        self.article = article
        self.body = article.body
        # The article's date, or else the date line its text prints at the top: what "on Tuesday" counts from.
        self.anchor: date | None = date.fromisoformat(article.date) if article.date else dateline(self.body)
        self._ages: dict[tuple[str, str], Sentence | None] = {}
        self._atoms: dict[int, ClaimAtoms] = {}
        self._text_atoms: dict[str, ClaimAtoms] = {}
        self._stems: dict[int, frozenset[str]] = {}
        self._paragraph_sentences: dict[int, list[Sentence]] = {}

    @cached_property
    def normalized(self) -> NormalizedText:
        return NormalizedText.of(self.body)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.body)

    @cached_property
    def sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for number in range(1, len(self.paragraphs) + 1):
            for sentence in self.paragraph_sentences(number):
                found.append(Sentence(sentence.start, sentence.end, number, len(found)))
        return found

    def paragraph_sentences(self, number: int) -> list[Sentence]:
        """The sentences of one paragraph (1-based): verifying a card needs only the
        paragraphs its evidence sits in, not the whole article split."""
        cached = self._paragraph_sentences.get(number)
        if cached is None:
            paragraph = self.paragraphs[number - 1]
            cached = [Sentence(s.start, s.end, number, -1) for s in sentences(self.body, paragraph)]
            self._paragraph_sentences[number] = cached
        return cached

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
        if not self.paragraphs:
            return []
        first_paragraph = self.paragraph_number(start)
        last_paragraph = max(self.paragraph_number(max(end - 1, start)), first_paragraph)
        candidates = [s for p in range(first_paragraph, last_paragraph + 1) for s in self.paragraph_sentences(p)]
        if not candidates:
            return []
        touched = [s for s in candidates if s.start < max(end, start + 1) and start < s.end]
        if touched:
            return touched
        # The span sits between sentences (white space): the sentence before it, or the first.
        before = [s for s in candidates if s.start <= start]
        return [before[-1] if before else candidates[0]]

    def index_of(self, sentence: Sentence) -> int:
        """A sentence's position among all the article's sentences."""
        return max(bisect_right(self._sentence_starts, sentence.start) - 1, 0)

    def paragraph_number(self, offset: int) -> int:
        return max(bisect_right(self._paragraph_starts, offset), 1)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Words the article writes in lower case: a capitalized opener that is one of them
        is an ordinary word, not a name."""
        return Vocabulary(self.body)

    @cached_property
    def ordinary(self) -> Container[str]:
        """Words that, capitalized before a full name, are not part of it: the article's own
        lower-case words and job titles ("Archaeologist Giles Hamm")."""
        return _Either(self.vocabulary, JOB_NOUNS)

    @cached_property
    def name_runs(self) -> list[NameRun]:
        return capitalized_runs(self.body)

    @cached_property
    def name_run_words(self) -> list[tuple[list[str], list[str]]]:
        """Each capitalized run as its words (cleaned) and their lower case, split once: the
        extractor and the verifier both look people up by the titles they were given."""
        found = []
        for run in self.name_runs:
            words = [clean_token(t) for t in run.text.split()]
            found.append((words, [w.lower() for w in words]))
        return found

    @cached_property
    def roles_by_surname(self) -> dict[str, frozenset[str]]:
        """Surname key -> the titles the article gives that person ("okafor" -> {"mayor"})."""
        found: dict[str, set[str]] = {}
        for words, lowered in self.name_run_words:
            if words:
                roles = {w for w in lowered if is_role(w)}
                if roles:
                    found.setdefault(key(words[-1]), set()).update(roles)
        # In lower case around the name: "Domino's boss Don Meij", "Don Meij, the chief executive,"
        for run in self.name_runs:
            words = run.text.split()
            if len(words) < 2:
                continue
            before = TITLE_BEFORE.search(self.body, max(0, run.start - 40), run.start)
            after = _TITLE_AFTER.match(self.body, run.end)
            titles = [(m.group(1) or m.group(2)).lower() for m in (before, after) if m]
            roles = {t for t in titles if is_role(t) or t in JOB_NOUNS}
            if roles:
                found.setdefault(key(words[-1]), set()).update(roles)
        return {k: frozenset(v) for k, v in found.items()}

    @cached_property
    def subject_key(self) -> str | None:
        """The name the article is about: the word of its names it writes most, at least three times and
        more often than any other ("Clarkson" in a piece about Clarkson's move, however often it says
        "he"). None for a lower-cased feed, whose capitals do not show names."""
        if self.case_folded:
            return None
        counts = Counter(
            key(part)
            for run in self.name_runs
            for part in run.text.replace("-", " ").split()
            if clean_token(part).lower() not in COMMON_OPENERS
        )
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
            return None
        return ranked[0][0]

    @cached_property
    def full_names(self) -> list[str]:
        """People the article names in full ("Antony Blinken"), never a place or a body: the
        surname table and "he said" resolve only to these."""
        found = full_names((run.text for run in self.name_runs if not self._modifies_role(run)), self.ordinary, ADVERBS)
        return [
            name
            for name in found
            if entity_type(name) not in ("place", "organisation", "outlet")
            and name not in self.places_by_cue
            # "AP Image", "USA TODAY Sports O.J. Simpson": a picture credit
            and not any(is_outlet(" ".join(name.split()[:k])) for k in (1, 2, 3))
            and not _all_ordinary(name, self.vocabulary)  # "Replay More Videos"
            and clean_token(name.split()[-1]).lower() not in _PARTY_LABELS  # "Virginia Republican"
            and not _plural_people(name.split()[-1])  # "Indigenous Australians"
            and name.split()[-1].lower() not in ("image", "images", "photo", "caption", "video")  # a credit line
            and not re.search(r"(?:ism|ity)$", name.split()[-1])  # "Orthodox Christianity": a creed, not a person
        ]

    def _modifies_role(self, run: NameRun) -> bool:
        """ "the lone Black GOP senator": capitals between an article and a job describe the
        person (party, creed, body), they are not the person's name; "recruitment firm Odgers
        Berndtson" is the firm's."""
        if _BODY_BEFORE.search(self.body, max(0, run.start - 20), run.start):
            return True
        after = _WORD_AFTER.match(self.body, run.end)
        if after is None or not (is_role(after.group(1)) or after.group(1) in JOB_NOUNS or after.group(1) in _AREAS):
            return False
        return _ARTICLE_BEFORE.search(self.body, max(0, run.start - 40), run.start) is not None

    @cached_property
    def places_by_cue(self) -> frozenset[str]:
        """Names the article puts where only a place goes ("in Pangkalan Bun", "near Omak") and
        never has say anything: no gazetteer knows every town, but the sentence does."""
        cued = {m.group(1) for m in _PLACE_CUE.finditer(self.body)}
        if not cued:
            return frozenset()
        # Every run of capitals that says something, read once, with each of its endings ("Mary
        # Laurel said" has Laurel saying it): a search per cued name costs the square of the length.
        sayers: set[str] = set()
        for m in _SAYS.finditer(self.body):
            words = m.group(1).split()
            sayers.update(" ".join(words[k:]) for k in range(len(words)))
        return frozenset(n for n in cued if n not in sayers)

    @cached_property
    def surnames(self) -> dict[str, str]:
        """Lower-case surname -> the full name the article first gave it ("blinken" -> "Antony Blinken")."""
        table: dict[str, str] = {}
        for full in self.full_names:
            table.setdefault(clean_token(full.split()[-1]).lower(), full)
        return table

    @cached_property
    def shared_surnames(self) -> frozenset[str]:
        """Surnames two of the article's people share ("Josh Hardy", "Todd Hardy"): who a bare
        "Hardy" is depends on who was named last."""
        seen: dict[str, str] = {}
        shared: set[str] = set()
        for full in self.full_names:
            surname = clean_token(full.split()[-1]).lower()
            if seen.setdefault(surname, full) != full and not _same_name(seen[surname], full):
                shared.add(surname)
        return frozenset(shared)

    @cached_property
    def case_folded(self) -> bool:
        """A feed that lower-cased its text ("kilmarnock interim manager gary locke …"): it writes
        its names in lower case too, so any of its words may be one."""
        sample = self.body[:5000]
        letters = sum(map(str.isalpha, sample))  # map: a character at a time at C speed
        return letters >= 100 and sum(map(str.isupper, sample)) * 200 < letters

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Every capitalized word of the article (every word of a lower-cased one), in comparison form."""
        if self.case_folded:
            return frozenset(key(t) for t in self._words)
        return frozenset(key(t) for run in self.name_runs for t in run.text.replace("-", " ").split())

    def writes(self, name: str) -> bool:
        """The article writes `name` as given (in any case, when it lower-cases everything), or
        another name for it ("Belgian" where it writes "Belgium", "U.S." where "United States")."""
        if name in self.body or (self.case_folded and name.lower() in self.body) or self.names_alias_of(name):
            return True
        # "Angoulême" where the feed composes its accent apart ("Angoule\u0302me") or leaves it off
        return not name.isascii() and key(name) in self.name_keys

    def names_alias_of(self, name: str) -> bool:
        """The article names what `name` names by another of its names ("Belgium" for "Belgian")."""
        return canonical_name(name) in self._canonical_names

    @cached_property
    def _words(self) -> list[str]:
        return NAME_WORD.findall(self.body)

    @cached_property
    def _canonical_names(self) -> frozenset[str]:
        """Every alias group the article names, by any of its names (one word or two)."""
        groups = frozenset(lexicon().alias.values())
        forms = self._words + [f"{a} {b}" for a, b in pairwise(self._words)]
        return frozenset(canonical for form in forms if (canonical := canonical_name(form)) in groups)

    def age_given(self, name: str, age: str) -> Sentence | None:
        """The first sentence that gives `name` the age `age`, as news writes it: "Elle Macpherson, 51,",
        "Jones (33)", "Jones, aged 33", "the 33-year-old Danielle Jones"."""
        if (name, age) not in self._ages:
            stated = _age_pattern(name, age, self.case_folded)
            self._ages[(name, age)] = next((s for s in self.sentences if stated.search(self.sentence_text(s))), None)
        return self._ages[(name, age)]

    @cached_property
    def _compact(self) -> str:
        """The body's letters and digits in lower case (see `compact`)."""
        return compact(self.body)

    @cached_property
    def figure_sentences(self) -> list[Sentence]:
        """The sentences that write a figure in digits or in words: the only ones worth reading for one."""
        return [s for s in self.sentences if writes_figure(self.sentence_text(s))]

    def sentence_quoting(self, wanted: str) -> Sentence | None:
        """The sentence where `wanted` (letters and digits only, lower case) begins, if the article says it."""
        at = self._compact.find(wanted) if wanted else -1
        if at < 0:
            return None
        start = compact_offset(self.body, at)
        return next(iter(self.sentences_over(start, start + 1)), None)

    def sentence_stems(self, sentence: Sentence) -> frozenset[str]:
        """The stems of a sentence's words, without reading the rest of its atoms."""
        cached = self._atoms.get(sentence.start)
        if cached is not None:
            return cached.stems
        found = self._stems.get(sentence.start)
        if found is None:
            found = self._stems[sentence.start] = stems_of(self.sentence_text(sentence))
        return found

    def sentence_atoms(self, sentence: Sentence) -> ClaimAtoms:
        cached = self._atoms.get(sentence.start)
        if cached is None:
            text = self.body[sentence.start : sentence.end]
            cached = self.atoms_of(_recased(text) if self.case_folded else text)
            self._atoms[sentence.start] = cached
        return cached

    def closest_sentences(self, stems: set[str] | frozenset[str], limit: int) -> list[tuple[int, Sentence]]:
        """The `limit` sentences sharing the most word stems with `stems`, with how many they
        share; ties go to the earlier sentence."""
        scored = [(len(stems & self.sentence_atoms(s).stems), s) for s in self.sentences]
        scored.sort(key=lambda item: (-item[0], item[1].index))
        return scored[:limit]

    def atoms_of(self, text: str) -> ClaimAtoms:
        """The atoms of any text read as this article's (its date, its vocabulary); a claim
        that repeats a sentence word for word is read once."""
        cached = self._text_atoms.get(text)
        if cached is None:
            cached = atoms(text, self.anchor, vocabulary=self.vocabulary)
            self._text_atoms[text] = cached
        return cached


_SAYS = re.compile(r"\b([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)\s+(?:said|says|told|added)\b")
# "boss Don Meij", and "The mayor, Lena Okafor,": the title just before the name.
# ("Domino's boss Don Meij", "the chief executive, Don Meij,", "a former nurse, Margaret Lyle", "the zoo's head
# keeper, Omar Hale")
TITLE_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+$|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+(?:['’]s)?\s+){0,2}([a-z]{3,}),\s+$"
)
_PARTY_LABELS = PARTY_MEMBERS | {"democratic"}
_BODY_BEFORE = re.compile(
    r"\b(?:firm|company|group|agency|charity|organi[sz]ation|publisher|broadcaster|bank|network)\s+$"
)
# "the Northern Triangle countries": capitals naming a region, before the word for its parts
_AREAS = frozenset("countries states nations region regions provinces area areas".split())
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_TITLE_AFTER = re.compile(r",\s+(?:the|a|an|its|their|[A-Z][\w'’]*['’]s)\s+(?:[a-z]+\s+)?([a-z]{3,})\b")


_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(w for w in WEEKDAYS if len(w) > 3)})\b")
_MONTH_NAMES = "|".join(m for m in MONTHS if len(m) > 3 and "." not in m)
# Not after "to": "plans to march on saturday" is a protest, not a month.
_MONTH_WORD = re.compile(
    rf"\b(?P<before>(?:in|on|of|by|and|from|since|until|early|late|mid|last|next|this|through) )"
    rf"(?P<month>{_MONTH_NAMES})\b|\b(?P<dated>{_MONTH_NAMES}|may)(?= \d)"
)


def _recased(text: str) -> str:
    """A lower-cased feed's "on friday", "in february", "march 3" as dates are written (same
    length, so every offset holds); "march" only after "in", "on", "since" … or before a day,
    "may" only before a day ("may 5"): both are verbs too."""
    text = _WEEKDAY_WORD.sub(lambda m: m.group(0).capitalize(), text)
    return _MONTH_WORD.sub(
        lambda m: (m["before"] + m["month"].capitalize()) if m["month"] else m["dated"].capitalize(), text
    )


def _same_name(a: str, b: str) -> bool:
    """ "Linda Hooper Cruz" and "Linda Cruz" are one person written two ways."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _all_ordinary(name: str, vocabulary: Container[str]) -> bool:
    """Every word of the name is one the article also writes in lower case (dictionary words are
    asked about first: looking through the article costs more)."""
    words = [clean_token(w).lower() for w in name.split()]
    return all(is_word(w) for w in words) and all(w in vocabulary for w in words)


def _plural_people(word: str) -> bool:
    """ "Australians", "Americans", "Israelis": a people, not a person's surname."""
    bare = clean_token(word)
    return bare.endswith("s") and (is_country(bare[:-1]) or is_country(bare))


class _Either:
    def __init__(self, *containers: Container[str]) -> None:
        self._containers = containers

    def __contains__(self, word: object) -> bool:
        return any(word in c for c in self._containers)
