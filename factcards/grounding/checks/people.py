"""Who a named person is: a title held now or once ("former chief executive Dennis Ocampo"), a relative
("his daughter Lucia"), a job ("Carla Mendez, a welder"). A claim keeps each as the article gives it (FC205
reports it)."""

from __future__ import annotations

import itertools
import re

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.posts import is_post
from factcards.grounding.checks.registry import Hit
from factcards.text.dictionary import is_word
from factcards.text.document import TITLE_BEFORE
from factcards.text.entity_types import entity_type
from factcards.text.names import NATIONALITIES, capitalized_runs, is_role, key, last_key
from factcards.text.words import JOB_NOUNS, forms_by_class, is_of_kind, lemmas, one_meaning, paraphrase_groups, words

_KIN_WORDS = (
    r"sons?|daughters?|wife|husband|mother|father|brothers?|sisters?|widow|widower|grandson|granddaughter"
    r"|nephew|niece|uncle|aunt|cousin"
)
# "his daughter Lucia", "his wife of 50 years, Teresa": who a named person is to someone.
_KIN = re.compile(rf"\b(?P<kin>{_KIN_WORDS})(?:\s+of\s+\w+\s+years)?,?\s+(?P<who>[A-Z][\w'’-]+)")
# "his son", "her mother": kin by whose they are, and the kind each is (a child, a parent …).
_KIND_OF_KIN = {
    "son": "child", "daughter": "child", "mother": "parent", "father": "parent", "wife": "spouse",
    "husband": "spouse", "brother": "sibling", "sister": "sibling", "grandson": "grandchild",
    "granddaughter": "grandchild", "nephew": "sibling's child", "niece": "sibling's child",
}  # fmt: skip
_THEIR_KIN = re.compile(rf"\b(?:his|her|their)\s+(?P<kin>{_KIN_WORDS})\b", re.IGNORECASE)
# "Andrew Tate and his brother", "Tate's brother": a relative the news does not name, by whose they are.
_KIN_OF = re.compile(rf"\b(?P<who>[A-Z][\w'’-]+)(?:\s+and\s+(?:his|her|their)|['’]s)\s+(?P<kin>{_KIN_WORDS})\b")


def _relatives(pattern: re.Pattern[str], text: str) -> dict[str, set[str]]:
    """Name key -> the kin `pattern` finds in `text` for them ("lucia" -> {"daughter"})."""
    found: dict[str, set[str]] = {}
    for m in pattern.finditer(text):
        found.setdefault(key(m.group("who")), set()).add(m.group("kin").lower().rstrip("s") or m.group("kin"))
    return found


def _another_relative(pattern: re.Pattern[str], ctx: ClaimContext) -> tuple[str, str, str] | None:
    """(the name, the claim's kin, the evidence's) where the evidence gives the same person only other kin."""
    mine = _relatives(pattern, ctx.card.claim)
    if not mine:
        return None
    theirs: dict[str, set[str]] = {}
    for text in ctx.texts:
        for who, kin in _relatives(pattern, text).items():
            theirs.setdefault(who, set()).update(kin)
    for who, kin in mine.items():
        if who in theirs and not kin & theirs[who]:
            return who.title(), min(kin), min(theirs[who])
    return None


def kin_changed(ctx: ClaimContext) -> Hit | None:
    """ "his son Lucia" against "his daughter Lucia": the same person, named as another relative; and "Andrew
    Tate and his wife" against "Andrew Tate and his brother": another relative of the same person."""
    if found := _another_relative(_KIN, ctx):
        who, said, other = found
        return Hit(f'claim calls {who} "{said}" where the evidence says "{other}"', ctx.span_of(other),
                   ctx.home.article.id)  # fmt: skip
    if found := _another_relative(_KIN_OF, ctx):
        who, said, other = found
        return Hit(f'claim gives {who} a {said} where the evidence says his or her {other}', ctx.span_of(other),
                   ctx.home.article.id)  # fmt: skip
    # "His son was cared for there" against "where his daughter was cared for": kin by whose they are, unnamed, of
    # the same kind (a child for a child; "her father" against "his daughter" may be the two of them, each told
    # from the other's side).
    mine = list(_THEIR_KIN.finditer(ctx.card.claim))
    if mine and not any(re.search(rf"\b{m.group('kin')}\b", t, re.IGNORECASE) for m in mine for t in ctx.texts):
        kinds = {_KIND_OF_KIN.get(m.group("kin").lower().rstrip("s")) for m in mine}
        theirs = next(
            (m.group(0) for t in ctx.texts for m in _THEIR_KIN.finditer(t)
             if _KIND_OF_KIN.get(m.group("kin").lower().rstrip("s")) in kinds - {None}),
            None,
        )  # fmt: skip
        if theirs is not None:
            return ctx.said_against(mine[0].group(0), theirs)
    return None


# "The cub's mother, Kira,", "Its owner's son, Tom Reed,": one named as the kin of another, a comma each side.
_NAMED_AS_KIN_OF = re.compile(
    rf"\b(?:(?:[Tt]he\s+)?(?P<whose>[a-z]+)['’]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>{_KIN_WORDS}),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),"
)
# "Kira was born at …", "Tom Reed was rescued": the one a claim opens on, and the deed told of them.
_NAME_THEN_DEED = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:(?:was|were|is|are|has|had|have)\s+)?(?:been\s+)?"
    r"(?P<deed>[a-z]{3,})\b"
)


def deed_of_whose_kin(ctx: ClaimContext) -> Hit | None:
    """ "Kira was born at Harrowby Zoo" against "the birth of a rare Sumatran tiger cub, the first born there …
    The cub's mother, Kira, arrived from a zoo in Germany": the claim gives one named as another's kin a deed the
    evidence tells only where it does not name them, and of the other."""
    mine = _NAME_THEN_DEED.match(ctx.card.claim)
    if mine is None or "VERB" not in forms_by_class(mine.group("deed")):
        return None
    name, deed = mine.group("name"), lemmas(mine.group("deed"))
    # (the kin by the name the evidence gives them, or its first: "His son, Adam," is the claim's "Adam Vale")
    kin = next(
        (
            m
            for text in ctx.texts
            for m in _NAMED_AS_KIN_OF.finditer(text)
            if m.group("name") in (name, name.split()[0])
        ),
        None,
    )
    if kin is None:
        return None
    named = re.compile(rf"\b{re.escape(kin.group('name'))}\b")
    whose = lemmas(kin.group("whose")) if kin.group("whose") else frozenset()
    told = [(text, w) for text in ctx.texts for w in words(text) if lemmas(w.lower) & deed]
    if not told or any(named.search(text) for text, _ in told):
        return None
    if whose and not any(lemmas(w.lower) & whose for text, _ in told for w in words(text)):
        return None
    other = told[0][1]
    return Hit(f'claim has {name} "{mine.group("deed")}"; the evidence tells "{other.text}" only of another, and'
               f' names {name} as "{kin.group(0).rstrip(",")}"', ctx.span_of(other.text), ctx.home.article.id)  # fmt: skip


# "Former Harlow Motors chief executive Dennis Ocampo", "Ocampo, a former chief executive": a title held once.
_TITLE = r"(?P<title>(?:[a-z]+\s+){0,2}?(?:chief executive|executive|president|minister|secretary|governor|senator|mayor|director|chairman|chairwoman|chair|ceo|manager|coach|leader|head|boss|ambassador|judge|commissioner|editor|captain|champion))"
_FORMER = re.compile(
    rf"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[A-Z][\w&.-]*\s+){{0,3}}{_TITLE}\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)"
    # ("Joan Pike, 51, former head of Olby Primary": an age, and no article, may stand between)
    rf"|(?P<name2>[A-Z][\w'’-]+),\s+(?:\d{{1,3}},\s+)?(?:(?:a|the|its|their)\s+)?former\s+(?P<title2>[a-z]+(?:\s+[a-z]+)?)"
)


# "Deputy head teacher Mark Iles", "acting chief executive Ana Ruiz": a title held under another or for a while.
_UNDER = re.compile(
    r"\b(?P<under>[Dd]eputy|[Aa]cting|[Ii]nterim|[Aa]ssistant|[Vv]ice)[\s-]+(?P<title>(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)


# "The former chief executive of Hale Water, Colin Marsh": a title held once, of a body, then the name.
_FORMER_OF = re.compile(
    r"\b[Ff]ormer\s+(?P<title>(?:[a-z]+\s+){0,2}[a-z]+)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&.'’-]*\s*){1,4}),\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)


def _held_now_of(ctx: ClaimContext) -> Hit | None:
    """ "Colin Marsh is the current chief executive of Hale Water" against "The former chief executive of Hale Water,
    Colin Marsh": the title the evidence says was held once, told as held now."""
    claim = ctx.card.claim
    for text in ctx.texts:
        for m in _FORMER_OF.finditer(text):
            name, title = m.group("name").split()[-1], m.group("title").split()[-1]
            held = re.search(
                rf"\b{re.escape(name)}\s+(?:is|remains)\s+(?:the\s+)?(?:(?:current|sitting|serving)\s+)?"
                rf"(?:[a-z]+\s+){{0,2}}{re.escape(title)}\b",
                claim,
            )
            if held is not None and not re.search(r"\b(?:former|once|ex-)", held.group(0), re.IGNORECASE):
                return ctx.said_against(held.group(0), m.group(0))
    return None


def title_raised(ctx: ClaimContext) -> Hit | None:
    """ "Head teacher Mark Iles said" against "Deputy head teacher Mark Iles said": the claim gives the person the
    title the evidence says they hold under another, or for a while."""
    claim = ctx.card.claim
    for text in ctx.texts:
        for m in _UNDER.finditer(text):
            title, name = m.group("title"), m.group("name").split()[-1]
            # (set off by a comma, on either side: "The head teacher, Mark Iles," or "Mark Iles, the head teacher,")
            held = re.search(
                rf"(?<![\w-])(?i:{re.escape(title)}),?\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(name)}\b", claim
            ) or re.search(rf"\b{re.escape(name)},\s+(?:the|a|its|their)\s+(?i:{re.escape(title)})\b", claim)
            if held and not re.search(rf"(?i:{m.group('under')})[\s-]+(?i:{re.escape(title)})", claim):
                return ctx.said_against(held.group(0), m.group(0))
    return None


# "the head teacher", "its chief engineer": a post over others of the same work.
_RAISED_POST = re.compile(r"\b(?P<over>head|chief|senior|lead|principal)[\s-]+(?P<post>[a-z]{4,})\b", re.IGNORECASE)


def post_raised(ctx: ClaimContext) -> Hit | None:
    """ "The head teacher gave pupils the answers" against "A teacher … A panel found she had given them the answers":
    the claim puts over others one the evidence names only by the work they do (and never by the post over it)."""
    claim = ctx.card.claim
    for m in _RAISED_POST.finditer(claim):
        post = m.group("post").lower()
        if post not in JOB_NOUNS:
            continue
        over = m.group("over").lower()
        raised = re.compile(rf"\b{over}[\s-]*{re.escape(post)}|\b{over}(?:master|mistress)\b", re.IGNORECASE)
        if any(raised.search(text) for text in ctx.texts) or raised.search(ctx.home.article.body):
            continue
        bare = re.compile(rf"\b{re.escape(post)}\b", re.IGNORECASE)
        for text in ctx.texts:
            if found := bare.search(text):
                return ctx.said_against(m.group(0), found.group(0))
    return None


# "a former deputy headteacher": a post held under another, by a common noun.
_UNDER_A_POST = re.compile(
    # ("deputy chief fire officer": a post of more words, under the whole of it)
    r"\b(?P<under>deputy|acting|interim|assistant|vice)[\s-]+(?P<title>[a-z]{4,}(?:\s+[a-z]+){0,2})\b",
    re.IGNORECASE,
)


def title_lowered(ctx: ClaimContext) -> Hit | None:
    """ "A former deputy headteacher has been banned" against "A former headteacher has been banned": the claim puts
    the post the evidence gives under another, where the evidence never writes that word."""
    claim = ctx.card.claim
    for m in _UNDER_A_POST.finditer(claim):
        under, told = m.group("under").lower(), m.group("title").lower().split()
        # (the post is the words up to the first that names one: "chief fire officer", "headteacher")
        title = " ".join(told[: next((k + 1 for k, w in enumerate(told) if is_post(w)), 0)])
        if not title and "NOUN" in forms_by_class(told[0]):
            title = told[0]  # ("the deputy head": the noun after "deputy" is the post it is under)
        if not title or re.search(rf"\b{under}\b", ctx.home.body, re.IGNORECASE):
            continue  # (the article writing it anywhere may give it to the one the claim means)
        # the post bare after the same word: "a former headteacher" for "a former deputy headteacher"
        before = re.search(r"(\w+)\s+$", claim[: m.start()])
        lead = rf"\b{re.escape(before.group(1))}\s+" if before else r"\b"
        spaced = r"\s+".join(map(re.escape, title.split()))
        for text in ctx.texts:
            # (or whose post it is, before it: "The club's manager, Lee Pryor" for "The assistant manager, Lee Pryor")
            if held := re.search(lead + spaced + r"\b", text, re.IGNORECASE) or re.search(
                r"\b\w+['’]s\s+" + spaced + r"\b(?!\s+[a-z])", text, re.IGNORECASE
            ):
                shown = re.match(r"\S+?[\s-]+" + spaced, claim[m.start() :], re.I)
                return ctx.said_against(shown.group(0) if shown else m.group(0), held.group(0))
    return None


# Honours and degrees written before a name, in their spellings ("Prof Anna Klein", "Dr Anna Klein"); each is read
# spelt out, as `_spelt_out` gives it.
_HONOURS = ("dr", "doctor", "prof", "professor", "sir", "dame", "rev", "reverend", "lord", "lady", "baroness")
_HONOUR_BEFORE = re.compile(
    rf"\b(?P<honour>(?i:{'|'.join(_HONOURS)}))\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
)


def honour_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Dr Anna Klein led the study" against "Prof Anna Klein, who led the study": the claim gives a named person an
    honour or degree the article never gives them, where it gives them another."""
    for m in _HONOUR_BEFORE.finditer(ctx.card.claim):
        if not m.group("honour")[0].isupper():
            continue
        mine, surname = _spelt_out(m.group("honour").lower()), m.group("name").split()[-1]
        theirs = [
            o
            for o in _HONOUR_BEFORE.finditer(ctx.home.body)
            if o.group("honour")[0].isupper() and o.group("name").split()[-1] == surname
        ]
        if theirs and all(_spelt_out(o.group("honour").lower()) != mine for o in theirs):
            return ctx.said_against(m.group(0), theirs[0].group(0))
    return None


def former_dropped(ctx: ClaimContext) -> Hit | None:
    """ "Harlow Motors chief executive Dennis Ocampo" against "Former Harlow Motors chief executive Dennis
    Ocampo": the claim gives as held now a title the evidence says was held once, or as held once one the
    evidence says is held now."""
    if hit := _held_now_of(ctx):
        return hit
    claim = ctx.card.claim
    if "former" in claim.lower() or " ex-" in claim.lower():
        # "Former chief executive Sanjay Mehta" against "Harlow's current chief executive, Sanjay Mehta"
        for m in _FORMER.finditer(claim):
            name = (m.group("name") or m.group("name2")).split()[-1]
            title = (m.group("title") or m.group("title2")).split()[-1]
            current = re.compile(
                rf"\b(?:current|incumbent)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{re.escape(title)}),?\s+"
                rf"(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(name)}\b"
            )
            for text in ctx.texts:
                if (now := current.search(text)) is not None:
                    return ctx.said_against(m.group(0), now.group(0))
        return None
    for text in ctx.texts:
        if "ormer" not in text and "ex-" not in text.lower():
            continue
        for m in _FORMER.finditer(text):
            name = (m.group("name") or m.group("name2")).split()[-1]
            title = (m.group("title") or m.group("title2")).split()[-1]
            # The claim sets the same title right before the name: "chief executive Dennis Ocampo".
            held = re.search(
                rf"\b(?i:{re.escape(title)})\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(name)}\b", claim
            )  # the title in any case, the name as a name: "manager by Micky Adams" holds no title
            # … or after it: "Carla Mendez, a welder," against "Carla Mendez, a former welder".
            held = held or re.search(
                rf"\b{re.escape(name)},?\s+(?:is\s+|was\s+)?(?:a|an|the|its|their)\s+(?:(?!former\b)[a-z]+\s+){{0,2}}"
                rf"(?i:{re.escape(title)})\b",
                claim,
            )
            if held is not None and not re.search(r"\b(?:then|once|previously|past)\s*$", claim[: held.start()]):
                return ctx.said_against(held.group(0), m.group(0))
    return None


# A job the claim gives a person it names: "welder Carla Mendez", "Carla Mendez, a former welder,", "Carla
# Mendez is a welder".
_JOB_AFTER = re.compile(
    r",?\s+(?:(?:is|was)\s+)?(?:the|a|an|its|their|[A-Z][\w'’]*['’]s|the\s+[a-z]+['’]s)\s+"
    r"(?:(?:former|retired|[a-z]+-[a-z]+)\s+)?"
    r"([a-z]{3,})\b(?!['’])"
)


# Words before a name that give no job: how one addresses a person, or when they held what they hold.
_HONORIFICS = NATIONALITIES | frozenset(
    "mr mrs ms miss dr sir dame lord lady rev prof former acting interim new top senior junior deputy".split()
)


# "Fiona Kerr owns the restaurant": a post told by the deed of holding it (the post, and the deed's own form).
_HOLDS_AFTER = re.compile(
    r"\s+(?:also\s+)?(?P<deed>owns|co-owns|founded|co-founded|manages)\s+(?:the|a|an|its|his|her|their)\b"
)
_HELD_BY_DEED = {"owns": "owner", "co-owns": "co-owner", "founded": "founder", "co-founded": "co-founder",
                 "manages": "manager"}  # fmt: skip


def _jobs(text: str) -> dict[str, str]:
    """Surname key -> the job word `text` gives that person, when the word names a job."""
    found: dict[str, str] = {}
    for run in capitalized_runs(text):
        parts = run.text.split()
        if len(parts) < 2:
            continue
        # (as far back as the article's titles are read: "The council's chief executive, Joan Reeve")
        before = TITLE_BEFORE.search(text, max(0, run.start - 40), run.start)
        after = _JOB_AFTER.match(text, run.end)
        for m in (before, after):
            # (or a relative: "Her father, Ian Ford," against "Her coach, Ian Ford,")
            if m and ((job := m.group(1) or m.group(2)) in JOB_NOUNS or is_role(job) or is_of_kind(job, "relative")):
                found[key(parts[-1])] = job
        if held := _HOLDS_AFTER.match(text, run.end):
            found.setdefault(key(parts[-1]), _HELD_BY_DEED[held.group("deed")])
        # "President Keir Starmer", "Union Secretary Carla Mendez": a title written into the name's run
        title = next((p for p in reversed(parts[:-1]) if is_role(p.lower().rstrip("."))), None)
        if title and title.endswith(("'s", "’s")):
            continue  # "the Information Commissioner's Office": whose office it is, not a job of "Office"
        if title and not title.isupper() and title.lower().rstrip(".") not in _HONORIFICS:  # "US", "Mr": no job
            found.setdefault(key(parts[-1]), title.lower().rstrip("."))
    return found


_POSTS = (
    r"(?:(?:prime|foreign|defence|defense|finance|health|interior|home|deputy|vice|chief|former|acting|top|senior)\s+)"
    r"{0,2}(?:minister|secretary|president|chancellor|chief|executive|spokesman|spokeswoman|spokesperson|ambassador"
    r"|envoy|leader|premier|governor|mayor|coach|manager|chairman|chairwoman|chair)"
)
# "Qatar's prime minister", "the company's chief executive": a post of a country or body, named by its holder's title.
_POST_OF = re.compile(
    rf"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|(?<=[Tt]he\s)[a-z]{{3,}})['’]s\s+(?P<post>{_POSTS})\b"
)
# "The chief executive of the charity Homes First": the post, then whose it is.
_POST_OF_AFTER = re.compile(
    rf"\b[Tt]he\s+(?P<post>{_POSTS})\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"
)
# "Southmere chairman Paul Grey": the body's name, its post, then the holder's name.
_POST_BEFORE_NAME = re.compile(
    rf"(?<![\w'’])(?P<owner>[A-Z][\w-]*[a-z])\s+(?P<post>{_POSTS})(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])"
)


def _posts_of(text: str) -> list[re.Match[str]]:
    # (a body's name, not a word opening a sentence: "Former chairman Paul Grey")
    named = [m for m in _POST_BEFORE_NAME.finditer(text) if not is_word(m.group("owner").lower())]
    return [*_POST_OF.finditer(text), *_POST_OF_AFTER.finditer(text), *named]


# "Secretary of Energy", "Energy Secretary", "Minister for Health": a post and its portfolio.
_PORTFOLIO = re.compile(
    # (Britain's "Secretary of State for Health" is its Health Secretary)
    r"\b(?P<title>Secretary|Minister|Department|Ministry|Commissioner)\s+(?:of\s+State\s+for|of|for)\s+(?:the\s+)?"
    r"(?P<of>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)"  # "Energy", "Health and Social Care" ("State Antony": State)
    r"|\b(?P<of2>[A-Z][a-z]+)\s+(?P<title2>Secretary|Minister|Department|Ministry|Commissioner)\b"
)


def _portfolios(text: str) -> list[tuple[str, str, str]]:
    """(title, portfolio, words) for each post with a portfolio: "Energy Secretary" is the Secretary of Energy."""
    found = []
    for m in _PORTFOLIO.finditer(text):
        title = (m.group("title") or m.group("title2")).lower()
        portfolio = (m.group("of") or m.group("of2")).lower()
        if portfolio.split()[0] in _NOT_PORTFOLIOS:
            continue
        found.append((title, portfolio, m.group(0)))
    return found


# Words that stand before "Secretary" or "Minister" without naming a portfolio: "Deputy Secretary". ("Prime Minister"
# is a post of its own: not "Finance Minister".)
_NOT_PORTFOLIOS = frozenset("deputy first chief former acting junior shadow senior general the new".split())


def _portfolio_changed(ctx: ClaimContext) -> Hit | None:
    """ "confirmed Maria Chen as Secretary of State" against "confirmed Maria Chen as Secretary of Energy": the same
    post of another portfolio, where the evidence never gives the claim's."""
    theirs = [p for text in ctx.texts for p in _portfolios(text)]
    if not theirs:
        return None
    for title, portfolio, said in _portfolios(ctx.card.claim):
        same_title = [(p, w) for t, p, w in theirs if t == title]
        if same_title and all(p != portfolio for p, _ in same_title):
            return ctx.said_against(said, same_title[0][1])
    return None


def _post_changed(ctx: ClaimContext) -> Hit | None:
    """ "Qatar's foreign minister said" against "Qatar's prime minister said": another post of the same country
    or body, where the evidence names that body's post and never the claim's."""
    mine = _posts_of(ctx.card.claim)
    if not mine:
        return None
    for m in mine:
        owner, post = last_key(m.group("owner")), _post(m.group("post"))
        if any(post in t.lower() for t in ctx.texts):
            continue

        def another_post(o: re.Match[str], owner: str = owner, post: str = post) -> bool:
            return last_key(o.group("owner")) == owner and _post(o.group("post")) != post

        other = next((o for text in ctx.texts for o in _posts_of(text) if another_post(o)), None)
        if other is not None:
            return ctx.said_against(m.group(0), other.group(0))
    return None


# "foreign ministers", "the head coach": which of a body's posts of one kind, written before the post's word.
_KIND_OF_POST = re.compile(
    r"\b(?P<kind>prime|foreign|defence|defense|finance|health|interior|home|education|justice|transport|environment"
    r"|trade|energy|deputy|vice|head|assistant|junior|senior|shadow|government|opposition)[\s-]+(?P<post>minister"
    r"|secretar(?:y|ie)|coach|teacher|mayor|president|chancellor|mp|councillor|senator|lawmaker|backbencher)s?\b",
    re.IGNORECASE,
)


def _kind_of_post_changed(ctx: ClaimContext) -> Hit | None:
    """ "The prime ministers of Arland and Vesk met" against "Foreign ministers from Arland and Vesk met": the same
    post's word with another kind before it, where the evidence never writes the claim's kind."""
    theirs = [m for text in ctx.texts for m in _KIND_OF_POST.finditer(text)]
    if not theirs:
        return None
    for m in _KIND_OF_POST.finditer(ctx.card.claim):
        kind, post = m.group("kind").lower(), m.group("post").lower()
        if any(re.search(rf"\b{kind}\b", t, re.IGNORECASE) for t in ctx.texts):
            continue
        other = next((o for o in theirs if o.group("post").lower() == post and o.group("kind").lower() != kind), None)
        if other is not None:
            return ctx.said_against(m.group(0), other.group(0))
    return None


# "finance director Owen Tate": the part of a body a job is in, written before its job word and the name.
_PART_TITLE = re.compile(
    r"\b(?P<part>[a-z]{3,})\s+(?P<job>director|manager|secretary|officer|editor|correspondent|chief|head|coach)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_NOT_A_PART = frozenset("the former new acting interim deputy assistant managing executive general chief".split())


def _part_changed(ctx: ClaimContext) -> Hit | None:
    """ "replaced by operations director Owen Tate" against "replaced by finance director Owen Tate": the same person
    and job word, another part of the body, which the evidence never writes."""
    theirs = [(last_key(m.group("name")), m.group("job"), m.group("part"), m.group(0))
              for text in ctx.texts for m in _PART_TITLE.finditer(text)]  # fmt: skip
    if not theirs:
        return None
    for m in _PART_TITLE.finditer(ctx.card.claim):
        part = m.group("part")
        if part in _NOT_A_PART or any(re.search(rf"\b{re.escape(part)}\b", t, re.IGNORECASE) for t in ctx.texts):
            continue
        name, job = last_key(m.group("name")), m.group("job")
        other = [said for n, j, p, said in theirs if n == name and j == job and p not in _NOT_A_PART]
        if other:
            return ctx.said_against(m.group(0), other[0])
    return None


# "Labour's Tom Hale", "the Conservatives' Ann Lee": whose side a person stands for, written before the name.
_SIDE_OF = re.compile(
    r"(?P<side>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:['’]s|s['’])\s+(?:(?:[a-z][\w-]*)\s+){0,2}?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)


def _side_moved(ctx: ClaimContext) -> Hit | None:
    """ "Labour's Maria Olsen won" against "Independent candidate Maria Olsen won …, beating Labour's Tom Hale": the
    claim gives one person the side the evidence gives another it names, and the evidence writes that side nowhere
    near the claim's person."""
    theirs = [(key(m.group("side").split()[-1]), last_key(m.group("name")), m.group(0))
              for text in ctx.texts for m in _SIDE_OF.finditer(text)]  # fmt: skip
    if not theirs:
        return None
    for m in _SIDE_OF.finditer(ctx.card.claim):
        side, name = key(m.group("side").split()[-1]), last_key(m.group("name"))
        if entity_type(m.group("name")) != "person" or any(s == side and n == name for s, n, _ in theirs):
            continue  # "the Blues' European Cup struggles": a thing of theirs, not one of their people
        other = next((said for s, n, said in theirs if s == side and n != name), None)
        surname = m.group("name").split()[-1]
        near = [
            t[max(0, at.start() - 60) : at.end() + 60]
            for t in ctx.texts
            for at in re.finditer(rf"\b{re.escape(surname)}\b", t)
        ]
        if other is None or not near:
            continue
        if any(re.search(rf"\b{re.escape(m.group('side').split()[-1])}", around) for around in near):
            continue  # "Maria Olsen, also of Labour": the side is written by the person too
        return ctx.said_against(m.group(0), other)
    return None


# "Professor Amara Osei of Kelbridge University", "Dr Pieter Van Hal of Leiden": where a person is from or works;
# a claim may say it as "works at", "is based at".
_NAMED = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|van|de|von|der|da))*\s+[A-Z][\w'’-]+)"
_HOME = r"(?P<home>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
_OF_HOME = re.compile(rf"{_NAMED}\s+of\s+{_HOME}")
_WORKS_AT = re.compile(rf"{_NAMED}\s+(?:works|worked|is\s+based|was\s+based|teaches|taught)\s+(?:at|for|in)\s+{_HOME}")


def _homes(text: str, *patterns: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """(the person's surname key, the first word of where they are of, the words) for each person so placed."""
    return [
        (last_key(m.group("name")), key(m.group("home").split()[0]), m.group(0).rstrip("."))
        for pattern in patterns
        for m in pattern.finditer(text)
        if entity_type(m.group("name")) == "person"
    ]


def _home_moved(ctx: ClaimContext) -> Hit | None:
    """ "Pieter Van Hal works at Kelbridge University" against "Professor Amara Osei of Kelbridge University …, with
    Dr Pieter Van Hal of Leiden": the claim gives one person where another the evidence names is from, where the
    evidence gives them another place."""
    theirs = [found for text in ctx.texts for found in _homes(text, _OF_HOME)]
    if len(theirs) < 2:
        return None
    for name, home, said in _homes(ctx.card.claim, _OF_HOME, _WORKS_AT):
        own = {h for n, h, _ in theirs if n == name}
        other = next((w for n, h, w in theirs if h == home and n != name), None)
        if own and home not in own and other is not None:
            return ctx.said_against(said, other)
    return None


_SAME_POST = {"premier": "prime minister", "chief executive": "chief", "chairwoman": "chairman", "chair": "chairman"}


def _post(post: str) -> str:
    plain = post.lower()
    return _SAME_POST.get(plain, plain)


def _given_to_another(ctx: ClaimContext, surname: str, job: str) -> str | None:
    """The one other person the article gives the job the claim gives someone it gives none: "Harlow defender
    Leo Marsh scored an own goal" against "with Leo Marsh scoring twice before an own goal by Harlow defender
    Sam Okafor". Both must be in the evidence, and the job written right before each name, in lower case:
    the claim moved the word from one to the other."""
    holders = [s for s, jobs in ctx.home.roles_by_surname.items() if job in jobs and s != surname]
    if len(holders) != 1 or not _titled(job, surname, ctx.card.claim):
        return None
    holder = holders[0]
    named = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    if any(named.search(t) for t in ctx.texts) and any(_titled(job, holder, t) for t in ctx.texts):
        return holder
    return None


# Titles as news shortens them before a name.
_SHORT_TITLES = {
    "prof": "professor", "dr": "doctor", "rev": "reverend", "cllr": "councillor", "sgt": "sergeant",
    "insp": "inspector", "supt": "superintendent", "det": "detective", "gen": "general", "gov": "governor",
    "sen": "senator", "rep": "representative", "capt": "captain", "col": "colonel", "lt": "lieutenant",
}  # fmt: skip


def _spelt_out(title: str) -> str:
    return _SHORT_TITLES.get(title.rstrip("."), title)


def _titled(job: str, surname: str, text: str) -> bool:
    """ "defender Sam Okafor": the job in lower case, then the name (a first name may stand between)."""
    return re.search(rf"\b{re.escape(job)}\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}(?i:{re.escape(surname)})\b", text) is not None


# Job words that say only that someone works somewhere: "a police officer" may be the evidence's constable.
_ANY_JOB = frozenset(
    "officer officers official officials worker workers staff employee employees member members spokesman spokeswoman "
    "spokesperson representative representatives agent agents".split()
)


def _is_job(word: str) -> bool:
    return is_role(word)  # the curated roles: JOB_NOUNS goes by endings, and takes "doors" for a job


def _unnamed_job_changed(ctx: ClaimContext) -> Hit | None:
    """ "A police sergeant was dismissed" against "A Harlow police constable … has been dismissed": someone the
    claim names by a job of one body ("police") that the article never writes, where the evidence names the same
    body's someone by another."""
    claim_words = words(ctx.card.claim)
    mine_forms = {f for w in claim_words for f in lemmas(w.lower)}
    body = ctx.home.body.lower()
    for before, job in itertools.pairwise(claim_words):
        if job.capitalized or before.capitalized or not _is_job(job.lower) or job.lower in _ANY_JOB:
            continue
        if not _is_job_body(before.lower) or re.search(rf"\b{re.escape(job.lower)}", body):
            continue
        for text in ctx.texts:
            found = words(text)
            for b, other in itertools.pairwise(found):
                if b.lower != before.lower or other.capitalized or not _is_job(other.lower):
                    continue
                if other.lower in _ANY_JOB or lemmas(other.lower) & mine_forms:
                    continue
                if one_meaning(job.lower, other.lower):
                    continue
                return ctx.said_against(f"{before.text} {job.text}", f"{b.text} {other.text}")
    return None


# Bodies whose people hold ranks: "a police constable" is no sergeant, where "a country music artist" may be its singer.
_RANKED_BODIES = frozenset("police army navy military prison fire hospital court church".split())


def _is_job_body(word: str) -> bool:
    return word in _RANKED_BODIES


def job_changed(ctx: ClaimContext) -> Hit | None:
    """ "Carla Mendez is a former engineer" against "Carla Mendez, a former welder": the claim gives a person
    a job the article never gives them, where it gives them another. A job word the article writes anywhere,
    or one the lexicon makes a paraphrase of theirs, is not changed."""
    if hit := (
        _post_changed(ctx)
        or _portfolio_changed(ctx)
        or _kind_of_post_changed(ctx)
        or _part_changed(ctx)
        or _side_moved(ctx)
        or _home_moved(ctx)
    ):
        return hit
    if hit := _unnamed_job_changed(ctx):
        return hit
    mine = _jobs(ctx.card.claim)
    if not mine:
        return None
    home = ctx.home
    for surname, job in mine.items():
        theirs = home.roles_by_surname.get(surname)
        # (also where the article gives the person another job: "winger Tom Reyes … goalkeeper Ian Pike")
        if (not theirs or job not in theirs) and (holder := _given_to_another(ctx, surname, job)):
            return Hit(f'claim calls {surname.title()} "{job}"; the article gives that to {holder.title()}',
                       ctx.span_of(job), home.article.id)  # fmt: skip
        if not theirs or job in theirs or _spelt_out(job) in {_spelt_out(t) for t in theirs}:
            continue  # ("Professor Anna Klein" is the article's "Prof Anna Klein")
        if is_of_kind(job, "relative") and not any(
            (t in JOB_NOUNS or is_role(t) or is_of_kind(t, "relative")) and t not in _HONORIFICS for t in theirs
        ):
            continue  # (a grandson may be a "Sir": kin is set against a job or other kin only)
        forms = lemmas(job)
        if any(forms & lemmas(w.lower) for w in words(home.body) if w.lower[:3] == job[:3]):
            continue  # the article writes it, maybe of someone else the claim may mean
        deeds = frozenset().union(*(lemmas(d) for d, post in _HELD_BY_DEED.items() if post == job))
        if deeds and any(deeds & lemmas(w.lower) for w in words(home.body)):
            continue  # ("who also owns it": the post told by its deed)
        if paraphrase_groups(forms) & paraphrase_groups(frozenset().union(*(lemmas(t) for t in theirs))):
            continue
        other = min(theirs)
        return Hit(f'claim calls {surname.title()} "{job}" where the article says "{other}"', ctx.span_of(other),
                   home.article.id)  # fmt: skip
    return None
