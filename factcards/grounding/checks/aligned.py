"""A name put in another's place: the claim's words and the evidence's the same on both sides of it.

"Sales to India fell for a second year" against "… helped by strong demand in India, though sales to the United
States fell for a second year": the claim writes the evidence's words up to and after a name, and there the evidence
names someone or somewhere else, while it names the claim's one only for something else. Read word by word (as
lemmas) against each sentence of the evidence, so that only a change at one place, between words that say the same,
counts; a name the article never writes is FC304's, and a paraphrase around the name (another verb, another order)
is no alignment at all. A name opening the claim has no words before it: four or more the same after it stand for
them ("Estavia will host the 2031 World Rowing Championships"). So for one thing of the lexicon's kinds put for another
before the same deed: "A bus mounted the pavement" against "a car mounted the pavement and hit a bus stop".
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import Hit
from factcards.text.dictionary import forms_by_class
from factcards.text.entity_types import entity_type
from factcards.text.lexicon import canonical_name, is_country, is_first_name, sex_of_first_name
from factcards.text.names import CALENDAR_WORDS, NATIONALITIES, ROLE_WORDS
from factcards.text.words import JOB_NOUNS, Word, is_content, kinds_of, lemmas, told_again_by_its_kind, words

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_MOST_SWAPPED = 4  # words on either side of the change: a name, with its title or article
_CONTEXT = 3  # words on each side read for what they say


def _key(word: Word) -> str:
    return min(lemmas(word.lower)) if word.lower.isalpha() else word.lower


@lru_cache(maxsize=16384)
def _keyed(text: str) -> tuple[tuple[Word, ...], tuple[str, ...]]:
    found = tuple(words(text))
    return found, tuple(_key(w) for w in found)


def _named(run: tuple[Word, ...]) -> bool:
    """Whether the words hold a name: a capitalized word that does not open the text (or opens it and is no word
    the dictionary has: "Estavia will host …"), and no month or day ("born in May")."""
    return any(
        w.capitalized
        and w.lower.isalpha()
        and w.lower not in CALENDAR_WORDS
        and not (w.lower == "may" and i > 0 and run[i - 1].lower in _BEFORE_A_MONTH)
        and (w.start > 0 or (is_content(w.lower) and not forms_by_class(w.lower)))
        for i, w in enumerate(run)
    )


# ("in May", "since May": the month, not Theresa May)
_BEFORE_A_MONTH = frozenset("in since from until till by early late mid last next this of".split())


def _says_something(run: tuple[Word, ...]) -> bool:
    """A word of ordinary content (a name is what may differ; "Sales" opening the claim is a word)."""
    # (a month or a day is no name either: "flights to Lisbon in March")
    return any(is_content(w.lower) and (not w.capitalized or w.start == 0 or w.lower in CALENDAR_WORDS) for w in run)


def _kinds(run: tuple[Word, ...]) -> set[tuple[str, int]]:
    """The lexicon's things one common noun names ("bus", "car": vehicles), none for more words or a name."""
    if len(run) != 1 or (run[0].capitalized and run[0].start > 0):
        return set()
    return kinds_of(run[0].lower)


_Code = tuple[str, int, int, int, int]  # SequenceMatcher's opcode: tag, claim from/to, evidence from/to


def name_put_in_place(ctx: ClaimContext) -> Hit | None:
    """FC203 for a name set where the evidence, in the same words around it, has another: see the module's
    docstring."""
    mine, my_keys = _keyed(ctx.card.claim)
    if not _named(mine) and not any(_kinds((w,)) for w in mine):
        return None
    if hit := _opening_name_elsewhere(ctx):
        return hit
    evidence_keys = {k for text in ctx.texts for k in _keyed(text)[1]}
    for text in ctx.texts:
        for sentence in _pieces(text):
            theirs, their_keys = _keyed(sentence)
            if len(theirs) < 3:
                continue
            for before, (_, i1, i2, j1, j2), after in _changes(my_keys, their_keys):
                said, other = mine[i1:i2], theirs[j1:j2]
                if _pronouns_of_two_sexes(said, other) and after[2] - after[1] >= 2 and i1 - before[1] >= 2:
                    # "Amy Brooks said she was deeply sorry" against "His solicitor, Amy Brooks, said he was deeply
                    # sorry": in the same words on each side, one of the other sex
                    return ctx.said_against(said[0].text, other[0].text)
                if (pronoun := _other_sex_pronoun(ctx.card.claim, said, other)) and after[2] - after[1] >= 3:
                    # "Lena Voss had been accused of misleading parliament" against "He had been accused of
                    # misleading parliament": the one a pronoun of the other sex stands for is someone else
                    return ctx.said_against(ctx.card.claim[said[0].start : said[-1].end], pronoun)
                if i1 == 0 and (
                    after[2] - after[1] < 4
                    or not _says_something(mine[after[1] : after[2]])
                    or not all(w.capitalized and is_content(w.lower) for w in said + other)
                ):
                    continue  # at the opening, a name for a name, and four words the same after it
                left, right = mine[max(i1 - _CONTEXT, before[1]) : i1], mine[i2 : min(i2 + _CONTEXT, after[2])]
                if _kind_for_kind(said, other, right) and not _told_again(said, other, sentence, text, ctx.texts):
                    # "A bus mounted the pavement" against "a car mounted the pavement and hit a bus stop": one
                    # thing of the lexicon's kinds for another, before the same deed
                    return ctx.said_against(said[0].text, other[0].text)
                if not _name_for_name(said, other, left, right, i1, closing=i2 == len(mine)):
                    continue
                if _name_goes_on(mine, i1, i2) or _name_goes_on(theirs, j1, j2) or _shortened(said, other):
                    continue  # "Joe Biden" against "Mr Biden": a part of one name; "Lib Dem" for "Liberal Democrat"
                said_text = ctx.card.claim[said[0].start : said[-1].end]
                other_text = sentence[other[0].start : other[-1].end]
                names = {_key(w) for w in said if w.capitalized and (w.start > 0 or not i1)}
                # Another one altogether, and the claim's one written elsewhere in the evidence ("India"): a
                # name the article never writes is FC304's.
                if (
                    _same_kind(said_text, other_text)
                    and not set(my_keys[i1:i2]) & set(their_keys[j1:j2])
                    and (names <= evidence_keys or _by_other_names(said, ctx.texts))
                    # (the evidence telling the claim's name with the same words after it elsewhere: "Judge Ruth Lane
                    # said the firm had cut corners. Defending, Mark Hale said the firm had since …")
                    # (a name that closes the claim by the words before it: "match against Hartfield" is not told by
                    # "Hartfield United have sacked …"; against "the Vikings", a name by its article, it may be a
                    # nickname: "one point above Widnes" for "one point above the Vikings")
                    and not _told_so_elsewhere(
                        my_keys[i1 : i2 + 3]
                        if i2 < len(my_keys) or other[0].lower == "the"
                        else my_keys[max(0, i1 - 2) : i2],
                        ctx.texts,
                    )
                ):
                    return ctx.said_against(said_text, other_text)
    return None


def _by_other_names(said: tuple[Word, ...], texts: list[str]) -> bool:
    """Whether the evidence writes each name of `said` by another of its names ("Wales" as "Welsh")."""
    theirs = {canonical_name(w.text) for text in texts for w in _keyed(text)[0] if w.capitalized}
    return all(canonical_name(w.text) in theirs for w in said if w.capitalized)


def _told_so_elsewhere(keys: list[str], texts: list[str]) -> bool:
    """Whether some evidence piece has these keys one after the other."""
    n = len(keys)
    for text in texts:
        for sentence in _pieces(text):
            theirs = _keyed(sentence)[1]
            if any(theirs[k : k + n] == keys for k in range(len(theirs) - n + 1)):
                return True
    return False


def _opening_name_elsewhere(ctx: ClaimContext) -> Hit | None:
    """ "Steve Holt will take charge for Saturday's game" against "… sacked manager Steve Holt …, and his assistant,
    Lee Park, will take charge for Saturday's game": the claim opens on a name the evidence writes, then four or more
    words the evidence writes after another name only (an alignment matches the name where it is written and cannot
    see it put in the other's place)."""
    mine, my_keys = _keyed(ctx.card.claim)
    end = next((i for i, w in enumerate(mine) if not w.capitalized), len(mine))
    if not 1 <= end <= _MOST_SWAPPED or len(mine) - end < 4 or not _named(mine[:end]):
        return None
    rest, named = my_keys[end:], set(my_keys[:end])
    for text in ctx.texts:
        theirs, their_keys = _keyed(text)
        for at in range(1, len(their_keys) - len(rest) + 1):
            if their_keys[at : at + len(rest)] != rest:
                continue
            start = at
            while start > 0 and theirs[start - 1].capitalized and at - start < _MOST_SWAPPED:
                start -= 1
            other = theirs[start:at]
            if (
                other
                and _named(other)
                and not named & set(their_keys[start:at])
                and named <= set(their_keys)
                # (two people: one by a given name, the other set off after a post, "his assistant, Lee Park,"; a
                # side's nickname or a pet's name may be the same one's: "Castleford" and "the Tigers")
                and is_first_name(mine[0].text)
                and _after_a_post(text, other[0].start)
                and text[other[-1].end : other[-1].end + 1] == ","
            ):
                return ctx.said_against(
                    ctx.card.claim[mine[0].start : mine[end - 1].end], text[other[0].start : other[-1].end]
                )
    return None


_POST_BEFORE = re.compile(r"\b(?P<post>[a-z]+),\s*$")


def _after_a_post(text: str, at: int) -> bool:
    m = _POST_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and (m.group("post") in ROLE_WORDS or m.group("post") in JOB_NOUNS)


_CLAUSE_CUT = re.compile(r",\s+(?:and\s+|but\s+)?")


def _pieces(text: str) -> list[str]:
    """Each sentence of `text`, then its opening clause where a comma cuts it ("Kestrel Air will resume flights to
    Lisbon in March, a year after …": the claim may tell that clause alone, which a whole-sentence alignment may
    match to a later one's words)."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        found.append(sentence)
        opening = _CLAUSE_CUT.split(sentence, maxsplit=1)[0]
        if opening != sentence and len(opening.split()) >= 4:
            found.append(opening)
    return found


def _changes(mine: tuple[str, ...], theirs: tuple[str, ...]) -> list[tuple[_Code, _Code, _Code]]:
    """Each change of some claim words for some evidence words with the same words on both sides, as (the same words
    before, the change, the same words after); a change at the claim's opening has none before it ("Estavia will host
    the 2031 World Rowing Championships" against "Norland will host the 2031 World Rowing Championships")."""
    codes: list[_Code] = SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
    if codes and codes[0][0] == "replace" and codes[0][1] == 0:
        codes = [("equal", 0, 0, 0, 0), *codes]
    # (and one at the close of both, none after it: "Most learners were in England.")
    if codes and codes[-1][0] == "replace" and codes[-1][2] == len(mine) and codes[-1][4] == len(theirs):
        codes = [*codes, ("equal", len(mine), len(mine), len(theirs), len(theirs))]
    return [
        (before, code, after)
        for before, code, after in zip(codes, codes[1:], codes[2:], strict=False)
        if code[0] == "replace" and before[0] == "equal" and after[0] == "equal"
    ]


def _kind_for_kind(said: tuple[Word, ...], other: tuple[Word, ...], right: tuple[Word, ...]) -> bool:
    """One thing of a lexicon kind for another of it, with two words that say something after it."""
    mine, theirs = _kinds(said), _kinds(other)
    return (
        bool({k for k, _ in mine} & {k for k, _ in theirs})
        and not mine & theirs
        and sum(_says_something((w,)) for w in right) >= 2
    )


def _told_again(said: tuple[Word, ...], other: tuple[Word, ...], sentence: str, text: str, texts: list[str]) -> bool:
    """ "The bakery will reopen" against "A bakery in Hove was flooded. The shop will reopen": the evidence's "the
    shop" tells again the one thing of its kind told before it, the claim's."""
    at = text.find(sentence) + other[0].start
    if at < other[0].start or not re.search(r"\bthe\s+$", text[:at], re.IGNORECASE):
        return False
    before = " ".join([*texts[: texts.index(text)], text[:at]])
    return told_again_by_its_kind(lemmas(said[-1].lower), lemmas(other[-1].lower), before)


def _name_for_name(
    said: tuple[Word, ...],
    other: tuple[Word, ...],
    left: tuple[Word, ...],
    right: tuple[Word, ...],
    at: int,
    *,
    closing: bool = False,
) -> bool:
    """A short name for a short name, no figure or date (their own rules read them), between words that say
    something on both sides, three at least ("to" and "and" alone are no context); closing the claim and the sentence,
    after three such words ("Most learners were in Wales" against "Most learners were in England")."""
    if len(said) > _MOST_SWAPPED or len(other) > _MOST_SWAPPED or not (_named(said) and _named(other)):
        return False
    if any(any(c.isdigit() for c in w.lower) for w in (*said, *other)):
        return False
    if closing:  # (a name for a name, nothing else changed: "related to Ukraine" is no "from the Kremlin")
        whole_names = all(w.capitalized for w in (*said, *other) if w.lower != "the")
        return whole_names and _says_something(left) and len(left) >= 3
    return not at or (_says_something(left) and _says_something(right) and len(left) + len(right) >= 3)


_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _other_sex_pronoun(claim: str, said: tuple[Word, ...], other: tuple[Word, ...]) -> str | None:
    """The evidence's pronoun where the claim names a person whose given name is of the other sex."""
    if len(other) != 1 or other[0].lower not in _PRONOUN_SEX or not 2 <= len(said) <= 3:
        return None
    sex = sex_of_first_name(claim[said[0].start : said[-1].end])
    return other[0].text if sex is not None and sex != _PRONOUN_SEX[other[0].lower] else None


def _pronouns_of_two_sexes(said: tuple[Word, ...], other: tuple[Word, ...]) -> bool:
    """One pronoun for another of the other sex ("she" for "he")."""
    return (
        len(said) == len(other) == 1
        and said[0].lower in _PRONOUN_SEX
        and other[0].lower in _PRONOUN_SEX
        and _PRONOUN_SEX[said[0].lower] != _PRONOUN_SEX[other[0].lower]
    )


def _name_goes_on(found: tuple[Word, ...], start: int, end: int) -> bool:
    """Whether a capitalized word stands right before or after the words (past the text's first)."""
    beside = [found[start - 1]] if start > 0 else []
    beside += [found[end]] if end < len(found) else []
    return any(w.capitalized and w.start > 0 for w in beside)


def _shortened(one: tuple[Word, ...], other: tuple[Word, ...]) -> bool:
    """Whether one name is the other cut short, word by word ("Lib Dem", "Liberal Democrat")."""
    return len(one) == len(other) and all(
        a.lower.startswith(b.lower) or b.lower.startswith(a.lower) for a, b in zip(one, other, strict=True)
    )


def _same_kind(one: str, other: str) -> bool:
    """Two names of two things of one kind: not a person for a place, nor a country for its capital ("Moscow" for
    Russia) or a nationality for a city ("Italian police" are "Palermo police")."""
    if any(w.lower() in NATIONALITIES for text in (one, other) for w in text.split()):
        return False
    if canonical_name(_bare(one)) == canonical_name(_bare(other)):
        return False  # one country by two names, or by its capital
    kinds = entity_type(one), entity_type(other)
    if None not in kinds and kinds[0] != kinds[1]:
        return False
    return is_country(_bare(one)) == is_country(_bare(other))


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
