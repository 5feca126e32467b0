"""Names, places and the card's who/where/when: each must be the article's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.text.attribution import attributions
from factcards.text.document import Document
from factcards.text.entity_types import ORGANISATION_WORDS, entity_type
from factcards.text.lexicon import canonical_name, lexicon, names_of
from factcards.text.names import NATIONALITIES, NameRun, capitalized_runs, key, word_keys
from factcards.text.words import (
    akin,
    forms_by_class,
    lemmas,
    paraphrase_groups,
    same_family,
    told_as_phrasal_verb,
    words,
)


def same_stem(a: str, b: str) -> bool:
    # "China" and "Chinese", "Ukraine" and "Ukrainian": one name, two word forms; "Eurogroup" and
    # "European" share only their first four letters and are two names.
    if len(a) < 4 or len(b) < 4 or abs(len(a) - len(b)) > 4:
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if shared < max(4, min(len(a), len(b)) - 2):
        return False
    # A word form changes the ending: "Johnson" and "Johnston" (a letter put in), "Johnson" and
    # "Johnsen" (one changed) are two names.
    short, long = sorted((a[shared:], b[shared:]), key=len)
    return len(short) != len(long) and not (short and long.endswith(short))


def _two_nouns(a: str, b: str) -> bool:
    """ "science" and "scientists": two common nouns of the dictionary, neither a form nor a kin of the other, that only
    look like one name's forms ("the journal Science" is not the "Scientists" opening a sentence)."""
    nouns_a, nouns_b = forms_by_class(a).get("NOUN", ()), forms_by_class(b).get("NOUN", ())
    if not (nouns_a and nouns_b) or set(nouns_a) & set(nouns_b) or a in nouns_b or b in nouns_a:
        return False
    # (one grown from the other is kin: "Councillors" opening the claim are the evidence's "council", "Western
    # Australia" the "West Australian")
    return not any(akin(x, y) for x in nouns_a for y in nouns_b)


def _one_name(a: str, b: str) -> bool:
    """Two name keys that are forms of one name ("china", "chinese"), not two common nouns that only look alike."""
    return same_stem(a, b) and not _two_nouns(a, b)


def _aliased(name: str, ctx: ClaimContext) -> bool:
    """ "United States" for "U.S.", "Chinese" for "China", "Beijing" for "China" — but not a word of a body's name
    the evidence writes only as a common word ("the Court of Appeal" where it writes "it would appeal")."""
    if canonical_name(name) not in ctx.evidence_lexicon.names:
        return False
    return not (_in_a_named_body(name, ctx.card.claim) and not _written_capitalized(name, ctx.texts))


# "the Court of Appeal", "the Bank of England": a body's name of two capitalized words joined by "of".
_BODY_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+(?:the\s+)?[A-Z][\w'’-]+")


def _in_a_named_body(name: str, claim: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", m.group(0)) for m in _BODY_OF.finditer(claim))


def _written_capitalized(name: str, texts: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", text) for text in texts)


_LINKING = frozenset("of the and for & de du la".split())


def _initials(run: str) -> str:
    """ "Western Australia" → "WA", "United Nations Security Council" → "UNSC"; "" for one word."""
    parts = [w for w in re.split(r"[\s-]+", run) if w and w.lower() not in _LINKING]
    return "".join(w[0].upper() for w in parts) if len(parts) > 1 else ""


def _initialism(name: str, ctx: ClaimContext) -> bool:
    """ "Western Australia" against "the first sighting … in wa", and "the UN" against "the United Nations":
    a run of names and the letters that stand for it. Two letters at least, and an abbreviation written as one
    (in capitals, or in a feed that lower-cases everything)."""
    folded = ctx.home.case_folded
    for run in capitalized_runs(ctx.card.claim):
        if name not in run.text.split():
            continue
        short = _initials(run.text)
        if short and any(_writes_short(short, text, folded) for text in ctx.texts):
            return True
    return spelled_out(name, ctx.texts) is not None


def spelled_out(name: str, texts: list[str]) -> str | None:
    """The words an abbreviation stands for in `texts` ("Office for National Statistics" for "ONS")."""
    short = name.replace(".", "")
    if "&" in short and 2 <= len(short.replace("&", "")) <= 4 and short.replace("&", "").isupper():
        # "A&E" for "accident and emergency", "R&D" for "research and development": written in lower case too
        return next((found for text in texts if (found := _spelled_in_words(short.replace("&", ""), text))), None)
    if not (2 <= len(short) <= 6 and short.isupper()):
        return None
    capitalized = next(
        (m.group(0) for text in texts for m in _LINKED_RUN.finditer(text) if _initials(m.group(0)) == short), None
    )
    if capitalized or len(short) < 3:
        return capitalized
    # "BMI" for "body mass index", "GDP" for "gross domestic product": a term the article writes in lower case
    return next((found for text in texts if (found := _spelled_in_words(short, text))), None)


_JOINING = frozenset("and of for the".split())


def _spelled_in_words(letters: str, text: str) -> str | None:
    """The run of words of `text` whose first letters, past the small words joining them, are `letters`."""
    found = words(text)
    for i, first in enumerate(found):
        if first.lower[:1] != letters[0].lower():
            continue
        wanted, j, end = letters[1:].lower(), i + 1, first.end
        while wanted and j < len(found):
            w = found[j]
            if w.lower in _JOINING:
                j += 1
                continue
            if w.lower[:1] != wanted[0]:
                break
            wanted, end, j = wanted[1:], w.end, j + 1
        if not wanted:
            return text[first.start : end]
    return None


# "Office for National Statistics", "Department of Health and Social Care": capitalized words and the
# small words between them.
_LINKED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’-]*)+")


def _writes_short(short: str, text: str, folded: bool) -> bool:
    dotted = ".".join(short) + "."
    pattern = rf"(?<![\w.])(?:{short}|{re.escape(dotted)})(?![\w])"
    return re.search(pattern, text, re.IGNORECASE if folded else 0) is not None


_FULL_NAME_FIRST = re.compile(r"^\W*(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w'’-]+)\b")


def _another_opens(name: str, ctx: ClaimContext) -> bool:
    """Whether the claim opens on `name` and a surname where its evidence opens on another given name and that
    surname: "Claire Dunn has been in hospital …" against "Lily Dunn has been in hospital …"."""
    mine = _FULL_NAME_FIRST.match(ctx.card.claim)
    if mine is None or mine.group("given") != name:
        return False
    for text in ctx.texts:
        theirs = _FULL_NAME_FIRST.match(text)
        if theirs and theirs.group("surname") == mine.group("surname") and theirs.group("given") != name:
            return True
    return False


def part_of_named_person(name: str, nearby: set[str], home: Document) -> bool:
    """ "Antony" is supported by evidence naming "Blinken" when the article says "Antony Blinken"."""
    k = key(name)
    for full in home.full_names:
        parts = [key(p) for p in full.split()]
        if k in parts and any(p in nearby for p in parts if p != k):
            return True
    return False


def named_by_role(surname: str, doc: Document, texts: list[str]) -> bool:
    """ "the mayor said" next to the evidence names the person the article introduced as
    "Mayor Lena Okafor"."""
    roles = titles_of(surname, doc)
    if not roles:
        return False
    lowered = [text.lower() for text in texts]
    return any(f"the {role}" in text for role in roles for text in lowered)


def titles_of(surname: str, doc: Document) -> frozenset[str]:
    """The titles the article gives the person, with the others news uses for the same posts."""
    roles = doc.roles_by_surname.get(surname, frozenset())
    return roles.union(*(group for group in _SAME_ROLE if roles & group))


# Titles news uses for one post: "the boss" of a company is its chief executive.
_SAME_ROLE = (
    frozenset({"boss", "ceo", "executive", "chief"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"premier", "prime minister"}),
    frozenset({"police", "officers", "officer", "detectives", "detective"}),  # "police said" for "officers said"
)


# The ranks of the police, before a name or alone: whoever holds one speaks for the police.
_POLICE_RANKS = frozenset(
    "police detective detectives inspector constable sergeant superintendent officer officers dci dsi pc ds".split()
)


def same_role(title: str) -> frozenset[str]:
    """A title and the others news uses for the same post ("spokesman": "spokeswoman", "spokesperson")."""
    return frozenset({title}).union(*(group for group in _SAME_ROLE if title in group))


def _missing_names(ctx: ClaimContext) -> list[tuple[str, bool]]:
    """Each claim name the evidence does not support, and whether the article has it elsewhere
    (worked out once for FC304 and FC305 alike)."""
    if "missing_names" not in ctx.memo:
        ctx.memo["missing_names"] = list(_find_missing_names(ctx))
    return ctx.memo["missing_names"]  # type: ignore[return-value]


def _find_missing_names(ctx: ClaimContext) -> Iterator[tuple[str, bool]]:
    if ctx.verbatim or not ctx.claim.names:
        return
    seen = ctx.seen + ctx.referents
    nearby: set[str] = set().union(*(a.capital_keys for a in seen))
    home = ctx.home
    aliased: set[str] | None = None
    texts = ctx.texts + [a.text for a in ctx.referents]
    if home.case_folded:  # "paul nicholls-trained mr mole": a lower-cased feed's every word may be a name
        nearby |= set().union(*(word_keys(text) for text in texts))
    # Names the evidence names by title ("the mayor" for Okafor) support their full name's other
    # parts ("Lena"), like a surname written out does.
    if any(key(n) not in nearby for n in ctx.claim.names):  # the article's titles are read only if needed
        titled = {key(n) for n in ctx.claim.names if key(n) not in nearby and named_by_role(key(n), home, texts)}
        for k in titled:
            _cite_title(k, ctx)
        nearby |= titled
    for name in ctx.claim.names:
        k = key(name)
        if k in nearby or any(_one_name(k, other) for other in nearby):
            continue
        if _aliased(name, ctx):
            continue
        if aliased is None:  # "United States" for "U.S.": a run of the claim that is an alias
            aliased = {
                token
                for run in capitalized_runs(ctx.card.claim)
                if canonical_name(run.text) in ctx.evidence_lexicon.names
                for token in run.text.split()
            }
        if name in aliased or _initialism(name, ctx):
            continue
        if told_as_phrasal_verb(k, ctx.evidence_words):
            continue  # "Uptake of the flu jab" opening the claim, against "took up the offer of a flu jab"
        if _opening_noun_of_a_verb(name, ctx):
            continue  # "Attendance was up" opening the claim, against "80,000 people attended"
        if _kind_of_a_named_body(name, ctx, nearby):
            continue
        if k == "police" and _POLICE_RANKS & {w.lower for w in ctx.evidence_words}:
            continue  # "Police believe …" against "Detective Inspector Sara Kent said …": a rank is the police's
        if not home.writes(name) and k == name.lower().replace(".", "") and not _kin_in(k, home):
            # Not written anywhere in the article, in any form an alias or a word form would cover.
            yield name, False
            continue
        # "She added …" after "…, the mayor said": the title in the sentence before names her.
        # (not "Claire Dunn has been in hospital" against "Lily Dunn has been in hospital": another of the family)
        if part_of_named_person(name, nearby, home) and not _another_opens(name, ctx):
            continue
        if _meant_by_pronoun(k, ctx) or _meant_by_age(name, ctx) or _speaker_of_evidence(k, ctx):
            continue
        if _meant_by_the_company(k, ctx) or _the_article_is_about(k, ctx):
            continue
        elsewhere = named_in(k, home) or home.names_alias_of(name)
        if elsewhere and (_named_elsewhere(name, ctx) or _place_of_a_place(name, ctx, nearby)):
            continue
        yield name, elsewhere


def _opening_noun_of_a_verb(name: str, ctx: ClaimContext) -> bool:
    """A common noun opening the claim that names the deed of a verb the evidence uses ("attendance", "attended"), or
    that the evidence says in other words."""
    lower = name.lower()
    if "NOUN" not in forms_by_class(lower) or ctx.card.claim.lstrip(" \"'“‘(")[: len(name)] != name:
        return False
    # ("Villagers threw a party" against "Residents threw a party": the noun's paraphrase is the evidence's; not a
    # word of saying, as "Shares" is of "shared", which any "said" would answer)
    forms = lemmas(lower)
    if not forms & lexicon().reporting and paraphrase_groups(forms) & ctx.evidence_lexicon.groups:
        return True
    return any(
        same_family(lower, form)
        for w in ctx.evidence_words
        if not w.capitalized
        for form in forms_by_class(w.lower).get("VERB", ())
    )


def _kind_of_a_named_body(name: str, ctx: ClaimContext, nearby: set[str]) -> bool:
    """ "The Green Party" against "Green candidate Priya Nair", "Unite Union" against "the Unite union": a party, or
    the kind of body the evidence itself writes after the name, says only what the named is. (Other kinds name
    another body: the "EU Parliament" is not the "EU Commission".)"""
    kind = name.lower()
    if kind not in ORGANISATION_WORDS:
        return False
    m = re.search(rf"([A-Z][\w'’.-]*)\s+{re.escape(name)}\b", ctx.card.claim)
    if m is None or key(m.group(1)) not in nearby:
        return False
    return kind == "party" or any(
        re.search(rf"\b{re.escape(m.group(1))}\s+{re.escape(kind)}\b", text) for text in ctx.texts
    )


# "35km north of Lucca, Italy": a country or region set after a place the evidence gives only says where
# that place is, which the article (naming it elsewhere) tells.
_PLACE_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+$")


def _place_of_a_place(name: str, ctx: ClaimContext, nearby: set[str]) -> bool:
    claim = ctx.card.claim
    # Closed by punctuation: "…, British activists" is a word describing them, not where Ukraine is.
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?=\s*(?:[,.;:)]|$))", claim):
        before = _PLACE_BEFORE.search(claim, 0, m.start())
        if before is None or entity_type(name) != "place":
            continue
        place = before.group(1)
        if all(key(part) in nearby for part in place.split()):
            return True
    return False


def _cite_title(name_key: str, ctx: ClaimContext) -> None:
    """The sentence where the article gives the person the title the evidence calls them by ("The
    mayor, Lena Okafor, welcomed the vote" for "the mayor said"), cited as context."""
    home = ctx.home
    roles = titles_of(name_key, home)
    for sentence in home.sentences:
        text = home.sentence_text(sentence).lower()
        cheap = name_key in text and any(role in text for role in roles)  # before the sentence's atoms
        if cheap and name_key in home.sentence_atoms(sentence).capital_keys:
            ctx.add_supporting(sentence)
            return


def _kin_in(name_key: str, home: Document) -> bool:
    """The article writes another form of the name: "West Australian" for "Western Australia"."""
    return any(_one_name(name_key, other) for other in home.name_keys)


def named_in(name_key: str, doc: Document) -> bool:
    """The article names it, as written or in another form ("Chinese" where it writes "China")."""
    return name_key in doc.name_keys or _kin_in(name_key, doc)


def _named_elsewhere(name: str, ctx: ClaimContext) -> bool:
    """ "… shot down by Turkey" against evidence that says only "shot down": the sentence of the
    article that names Turkey as the one that shot it down."""
    at = ctx.card.claim.find(name)
    if at < 0:
        return False
    home = ctx.home
    # The name in another of its forms counts too: "Belgian clubs" for "clubs in Belgium".
    k = key(name)
    forms = [name, *names_of(name), *sorted(other for other in home.name_keys if other != k and same_stem(k, other))]
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(f) for f in forms)})(?!\w)", re.IGNORECASE)
    # Only the sentences that write the name are read (a regex over the body, not every sentence's atoms).
    saying = {s for m in pattern.finditer(home.body) for s in home.sentences_over(m.start(), m.end())}
    if not saying:
        return False
    ordered = sorted(saying, key=lambda s: s.start)
    return ctx.detail_elsewhere(at, name, lambda found: m.start() if (m := pattern.search(found.text)) else -1, ordered)


_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_LOOK_BACK = 12  # sentences: how far back the person "he" means may have been named


def _meant_by_pronoun(name_key: str, ctx: ClaimContext) -> bool:
    """ "He said an elite force could still be loyal", three sentences after "Martin Vogl, an analyst in
    Bamako, …": whom "he" means, as the article's attributions read it (the extractor's own reading), is
    the claim's person. The sentence that names them is cited as context."""
    home = ctx.home
    said = None
    for doc, sentence in ctx.window:
        if doc is not home or not _PRONOUN_WORD.search(doc.sentence_text(sentence)):
            continue
        said = said or attributions(home)
        index = home.index_of(sentence)
        meant = [p for p in (said.speaker_of(sentence), said.referent(index)) if p and " " in p]
        keys = next((keys for p in meant if name_key in (keys := {key(part) for part in p.split()})), None)
        if keys is None:
            continue
        parts = {k for k in keys if len(k) > 1} | {name_key}  # an initial ("Adam B. Schiff") names no one
        # "…, Schiff said." before "He said …" is Adam Schiff, whom the article named in full further up.
        if _cite_naming_before(index, parts, ctx):
            return True
    return False


def _cite_naming_before(index: int, parts: set[str], ctx: ClaimContext) -> bool:
    """Cite as context the nearest sentence before sentence `index` that names the person by any part of
    their name (`parts`, as keys); False when none within reach does."""
    home = ctx.home
    for earlier in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        before = home.sentences[earlier]
        if parts & home.sentence_atoms(before).capital_keys:
            if (home, before) not in ctx.referent_sentences:
                ctx.referent_sentences.append((home, before))
            return True
    return False


# "the company", "the firm": a body the evidence names by what it is, as business news calls the one its
# lead is about after naming it once.
THE_BODY = re.compile(
    # ("the broadband provider": a kind of business before the word)
    r"\b[Tt]he (?:[a-z]+\s+)?(?:company|firm|group|retailer|carmaker|automaker|airline|insurer|lender|bank|chain|manufacturer"
    r"|maker|brand|business|conglomerate|startup|club|charity|supermarket|grocer|operator|utility|broadcaster"
    r"|publisher|developer|housebuilder|supplier|carrier|miner|producer|provider|network|platform)\b(?!['’]s\s+[A-Z])"
)


# "the drug", "the truck", "the multi-camera series": a product or a work the evidence names by what it is,
# after the lead has named it.
_THE_PRODUCT = re.compile(
    r"\b[Tt]he (?:[a-z][\w-]+\s+)?(?:drug|medicine|medication|vaccine|treatment|therapy|pill|injection|product|device"
    r"|app|phone|vehicle|truck|car|aircraft|plane|jet|satellite|rocket|robot|chip|software|system|series|sitcom|show"
    r"|programme|program|film|movie|documentary|album|song|book|novel|musical|opera)\b"
)


def _meant_by_the_company(name_key: str, ctx: ClaimContext) -> bool:
    """ "Brightwell now expects …" against "The company … now expects …", in an article whose lead opens on
    "Brightwell Foods reported …": the body the lead is about; "Corvex would cost …" against "the drug would
    cost …" after "Regulators approved Corvex …": the product the lead names. The lead is cited as context."""
    home = ctx.home
    body = any(THE_BODY.search(text) for text in ctx.texts) and lead_opens_on(name_key, home)
    if not body and not (
        any(_THE_PRODUCT.search(text) for text in ctx.texts)
        and (_lead_names(name_key, home) or lead_opens_on(name_key, home))
    ):
        return False
    lead = home.sentences[0]
    if (home, lead) not in ctx.window and (home, lead) not in ctx.referent_sentences:
        ctx.referent_sentences.append((home, lead))
    return True


def _the_article_is_about(name_key: str, ctx: ClaimContext) -> bool:
    """ "Clarkson has kept his fitness up" against "I've been playing for the U20s …", in a piece about
    Clarkson: the one the article is about, which a sentence of it need not name. The sentence that first
    names them is cited as context."""
    home = ctx.home
    if home.subject_key != name_key:
        return False
    first = next((s for s in home.sentences if name_key in home.sentence_atoms(s).capital_keys), None)
    if first is not None and (home, first) not in ctx.window and (home, first) not in ctx.referent_sentences:
        ctx.referent_sentences.append((home, first))
    return True


def _lead_names(name_key: str, home: Document) -> bool:
    """Whether the article's first sentence names `name_key` (past its first word) as no person it names."""
    people = {key(part) for name in home.full_names if " " in name for part in name.split()}
    return name_key not in people and any(name_key in _keys(run) for run in _lead_runs(home) if run.start > 0)


def lead_opens_on(name_key: str, home: Document) -> bool:
    """Whether the article's first sentence opens on a name that `name_key` is part of ("Brightwell Foods
    reported …"): the body "the company" means further down."""
    runs = _lead_runs(home)
    if runs and runs[0].text in ("The", "A", "An") and len(runs) > 1:
        # ("The furniture maker Oakwell has collapsed …": the name after the words for what kind of body it is)
        lead = home.sentence_text(home.sentences[0])
        if _KIND_BEFORE.fullmatch(lead, runs[0].end, runs[1].start):
            return name_key in _keys(runs[1])
    return bool(runs) and runs[0].start == 0 and name_key in _keys(runs[0])


_KIND_BEFORE = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def _lead_runs(home: Document) -> list[NameRun]:
    return capitalized_runs(home.sentence_text(home.sentences[0])) if home.sentences else []


def _keys(run: NameRun) -> set[str]:
    return {key(part) for part in run.text.split()}


def _speaker_of_evidence(name_key: str, ctx: ClaimContext) -> bool:
    """'"Trust will take longer," Sikorsky said' against the bare quotation '"Trust will take longer."'
    that follows '"We have taken a first step," Sikorsky told reporters': the article has the claim's
    person say the evidence. The nearest sentence before that names them is cited as context."""
    home = ctx.home
    said = attributions(home)
    for doc, sentence in ctx.window:
        if doc is not home:
            continue
        speaker = said.speaker_of(sentence)
        parts = {key(part) for part in speaker.split() if len(part) > 1} if speaker else set()
        if name_key in parts and _cite_naming_before(home.index_of(sentence), parts, ctx):
            return True
    return False


# "the 54-year-old – who has not worked since …": how news calls a person it has named with their age
# (not "the 54-year-old Maradona", which names whom it means).
# "the skilful 17-year-old forward": one word may stand between.
_BY_AGE = re.compile(r"\b[Tt]he (?:[a-z]+ )?(\d{1,3})[- ]year[- ]old\b(?!\s+[A-Z])")


def _meant_by_age(name: str, ctx: ClaimContext) -> bool:
    """ "Maradona has not worked since …" from "the 54-year-old – who has not worked since …": the
    person the article calls 54 elsewhere, or else the last person the nearest sentence before names,
    is the claim's. The sentence that says so is cited as context."""
    home = ctx.home
    k = key(name)
    for doc, sentence in ctx.window:
        if doc is not home:
            continue
        for m in _BY_AGE.finditer(doc.sentence_text(sentence)):
            stated = home.age_given(name, m.group(1))
            if stated is not None:
                ctx.add_supporting(stated)
                return True
            named = _named_before_by_age(home, home.index_of(sentence), k)
            if named is not None:
                ctx.add_supporting(home.sentences[named])
                return True
    return False


_AGE_LOOK_BACK = 3  # sentences: "the 54-year-old" follows closely on the sentence that names him


def _named_before_by_age(home: Document, index: int, name_key: str) -> int | None:
    """The sentence that names the person "the 34-year-old" in sentence `index` means, when that is
    `name_key`'s person: the last person named in full in the nearest sentence before that names
    anyone, as a reader takes "the 34-year-old" after "Dock worker Sam Reyes watched …"."""
    if home.case_folded:
        # A lower-cased feed writes no capitals to find people by: the nearest sentence before that
        # uses the name's word is the one that names them.
        for earlier in range(index - 1, max(-1, index - 1 - _AGE_LOOK_BACK), -1):
            if name_key in word_keys(home.sentence_text(home.sentences[earlier])):
                return earlier
        return None
    said = attributions(home)
    for earlier in range(index - 1, max(-1, index - 1 - _AGE_LOOK_BACK), -1):
        people = said.at(earlier)[1]
        if people:
            meant = next((p for p in reversed(people) if " " in p), people[-1])
            return earlier if name_key in {key(part) for part in meant.split()} else None
    return None


def aged_elsewhere(name: str, age: str, home: Document) -> list[int]:
    """The sentences that give `name` the age `age` by calling them "the 37-year-old" after naming
    them ("Storey can win a 17th title …" then "said the 37-year-old"): the one with the age, then
    the one with the name. Empty when the article says no such thing."""
    k = key(name)
    for index, sentence in enumerate(home.sentences):
        if any(m.group(1) == age for m in _BY_AGE.finditer(home.sentence_text(sentence))):
            named = _named_before_by_age(home, index, k)
            if named is not None:
                return [index, named]
    return []


@register("FC304", "name-invented", UNSUPPORTED, "a name in the claim appears nowhere in the article")
def names_invented(ctx: ClaimContext) -> Iterator[Hit]:
    for name, elsewhere in _missing_names(ctx):
        if not elsewhere:
            at = ctx.card.claim.find(name)
            # A common noun opening the claim ("Shares in the pizza giant fell") is read as a name only
            # when the article never uses the word: say so, not that a name is made up.
            if "NOUN" in forms_by_class(name.lower()) and at >= 0 and not ctx.card.claim[:at].strip(" \"'“‘("):
                yield Hit(f'claim speaks of "{name}", which the article never mentions in any form')
            else:
                yield Hit(f'name "{name}" does not appear in the article')
    if not _missing_names(ctx) and (mixed := _body_name_mixed(ctx)):
        yield Hit(f'claim says "{mixed[0]}", a body the article never names; it names "{mixed[1]}"',
                  ctx.span_of(mixed[1]), ctx.home.article.id)  # fmt: skip


# A capitalized word and a kind of body after it: "Selva University", "Kell City Council".
_A_NAMED_BODY = re.compile(rf"\b[A-Z][\w.-]*\s+(?:{'|'.join(sorted(w.capitalize() for w in ORGANISATION_WORDS))})\b")


@lru_cache(maxsize=16384)  # (asked again for every card of the article)
def _writes_word(body: str, phrase: str, *, folded: bool = False) -> bool:
    """Whether `body` writes `phrase` as whole words (in any case, `folded`); unlike `Document.writes`, no alias."""
    return re.search(rf"\b{re.escape(phrase)}\b", body, re.IGNORECASE if folded else 0) is not None


@lru_cache(maxsize=4096)  # (an article's bodies of a kind, read once for all its cards)
def _named_of_kind(body: str, kind: str) -> tuple[str, ...]:
    """The names `body` gives bodies of `kind`, past "The" ("Pell University", "Harrow Vale Hospital")."""
    pattern = rf"(?:\bThe\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){{1,3}}{re.escape(kind)})\b"
    return tuple(m.group("name") for m in re.finditer(pattern, body))


def _body_name_mixed(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Scientists at Selva University said" against "scientists at Pell University said" of an article that writes
    "Selva" only of a coast: a body named by a word of the article and a kind of body (university, hospital, council …)
    the article gives only to another name. Each word is the article's; the body is not."""
    if not _A_NAMED_BODY.search(ctx.card.claim):
        return None  # (most claims name no body by its kind)
    body = ctx.home.body
    for run in capitalized_runs(ctx.card.claim):
        parts = run.text.split()
        if parts[0] == "The":
            parts = parts[1:]  # ("The City Council" is "City Council")
        # One word and the kind only ("Selva University"): a longer name ("United States Supreme Court", "CEO of News
        # Corporation", "Canadian Premier League") is as often the article's written another way.
        if len(parts) != 2 or parts[-1].lower() not in ORGANISATION_WORDS or parts[0].lower() in NATIONALITIES:
            continue
        if any("'" in p or "’" in p for p in parts):
            continue  # ("Valdoria's Supreme Court": whose it is, not its name)
        name = " ".join(parts)
        # (every word the article's own, as written: "UN" for "United Nations" is an alias, the alias rules' to read)
        if _writes_word(body, name, folded=True) or not all(_writes_word(body, p) for p in parts[:-1]):
            continue
        theirs = _named_of_kind(body, parts[-1])
        named = " ".join(parts[:-1])
        # (nor another name of it: "EU Council" is the "European Union Council")
        others = [canonical_name(" ".join(other.split()[:-1])) for other in theirs]
        if theirs and not any(named in other for other in theirs) and canonical_name(named) not in others:
            return name, theirs[0]
    return None


@register("FC305", "name-elsewhere", REVIEW, "a name in the claim is in the article but not in its evidence")
def names_elsewhere(ctx: ClaimContext) -> Iterator[Hit]:
    found = False
    for name, elsewhere in _missing_names(ctx):
        if elsewhere:
            found = True
            at = ctx.home.body.find(name)
            span = (at, at + len(name)) if at >= 0 else None
            yield Hit(
                f'name "{name}" is not in the evidence (the article mentions it elsewhere)', span, ctx.home.article.id
            )
    if not found and (hit := _longer_name(ctx)):
        yield hit


# A name opening a sentence, its lower-case joins kept: "Rage Against the Machine", "Bank of England".
_OPENING_NAME = re.compile(
    r"^\W*(?:The\s+)?(?P<run>[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for|de|la)\s+)*[A-Z][\w'’.-]*)*)"
)
# Words that only say what kind of body a name is: "Liverpool FC" is Liverpool.
_BODY_SUFFIXES = frozenset("fc afc united city town club ltd inc plc group party council corp co".split())


def _longer_name(ctx: ClaimContext) -> Hit | None:
    """ "Rage Against the Machine is a German heavy metal band" against "Rage is a German heavy metal band", in an
    article that names Rage Against the Machine too: the claim's subject is another the article names, whose name
    only begins with the one the evidence tells of ("Sheryl Lee Ralph" is not "Sheryl Lee")."""
    mine = _OPENING_NAME.match(ctx.card.claim)
    if mine is None:
        return None
    claimed = mine.group("run").split()
    for text in ctx.texts:
        theirs = _OPENING_NAME.match(text)
        if theirs is None:
            continue
        told = theirs.group("run").split()
        extra = claimed[len(told) :]
        if len(told) >= len(claimed) or claimed[: len(told)] != told or mine.group("run") in text:
            continue
        if all(w.lower() in _BODY_SUFFIXES for w in extra) or (len(told) < 2 and len(extra) < 2):
            continue  # "Liverpool FC" is Liverpool; one word and one more may be the same one's name
        if re.search(rf"\b{re.escape(mine.group('run'))}\b", ctx.home.body):
            return Hit(
                f'claim says "{mine.group("run")}", another the article names, where the evidence says '
                f'"{theirs.group("run")}"',
                ctx.span_of(theirs.group("run")),
                ctx.home.article.id,
            )
    return None


def _is_iso_prefix(value: str) -> bool:
    parts = value.split("-")
    if not (1 <= len(parts) <= 3) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    return all(len(p) == 2 for p in parts[1:])


@register("FC405", "when-unsupported", REVIEW, "the card's `when` is not a date its evidence gives")
def when_unsupported(ctx: ClaimContext) -> Iterator[Hit]:
    when = ctx.card.when
    if not when:
        return
    value = when.strip()
    if not _is_iso_prefix(value):
        yield Hit(f'when "{when}" is not an ISO date')
        return
    home = ctx.home
    if home.article.date and home.article.date.startswith(value):
        return
    for atoms_ in ctx.seen:
        for d in atoms_.dates:
            if d.resolved and (d.resolved.startswith(value) or (value.startswith(d.resolved) and len(d.resolved) >= 7)):
                return
    yield Hit(f'when "{when}" is not supported by a date in the evidence', ctx.window_span(), home.article.id)


def _mentioned(value: str, home: Document) -> bool:
    tokens = [key(t) for t in value.replace("-", " ").split() if t[:1].isupper()]
    if not tokens:
        return value.lower() in home.body.lower()
    return all(named_in(t, home) for t in tokens)


@register("FC406", "who-where-absent", REVIEW, "the card's `who` or `where` is not mentioned in the article")
def who_where_absent(ctx: ClaimContext) -> Iterator[Hit]:
    card = ctx.card
    for label, value in [("who", w) for w in card.who] + [("where", card.where)]:
        if value and not _mentioned(value, ctx.home):
            yield Hit(f'{label} "{value}" is not mentioned in the article')
