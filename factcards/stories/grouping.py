"""Group a day's articles into stories: articles about the same event land together.

Each article is reduced to its most distinctive terms (tf-idf over the day's articles, names
and title words weighted up). Candidate pairs come only from an inverted index of those terms,
so no pair of articles that shares nothing distinctive is ever compared: 10,000 articles group
in seconds. Pairs whose dates are close are joined when their cosine similarity reaches the
threshold, or a weaker one when each article is among the other's closest matches.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from factcards.models import Article
from factcards.text.calendar_names import WEEKDAYS
from factcards.text.lexicon import canonical_name
from factcards.text.words import american_spelling

DEFAULT_THRESHOLD = 0.4
# Outlets retell one event in their own words: half of the same-event pairs of a real day (bench
# realday) score below 0.4. A weaker link is believed only between two articles that are among
# each other's closest matches, which a different event about the same town or people rarely is.
# 0.15 over 0.2: +0.01 F1 on each half of the AllSides draws and on the Multi-News day alike.
WEAK_THRESHOLD = 0.15
MUTUAL_NEIGHBOURS = 3
# A name says more about the event than a word, but the day's big names (Biden, Trump) are in many
# stories: counted 1.5 times rather than twice, F1 +0.02 on the AllSides draws (`bench sides`)
# and +0.01 on the Multi-News day (`bench realday`), its injected conflicts still found.
NAME_WEIGHT = 1.5
RARE_TERM = 60  # articles: a term at most this many share (half the postings cap) links a pair on its own
MIN_SHARED_TERMS = 3  # one or two shared words are coincidence, not a story
# Words that say nothing about which event an article covers. Weekdays are not among them: outlets
# telling one event say the day it happened ("on Tuesday"), while the same running story's other
# events (next week's jobless claims) fall on other days; on a day's inbox, where most articles say
# the same weekday, it weighs little. F1 +0.001 and +0.003 on two sets of AllSides draws, +0.006
# on the Multi-News day.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours said says say told according added new one two three last
    year years day days week weeks time people also would could first since may many much like
    well back even still way get make made us mr mrs ms january february march april june july
    august september october november december today yesterday tomorrow percent million billion thousand per cent around about
    including however meanwhile though although while says spokesperson spokesman official
    officials statement reporters report reported news i'm i've i'd i'll we're we've we'll we'd you're
    you've they're they've they'll it's that's there's he's she's don't doesn't didn't can't won't isn't
    wasn't aren't weren't""".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d[\d,.]*\d|\d")
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ures",
    "ure",
    "ies",
    "ers",
    "ed",
    "es",
    "s",
    "ly",
)


@dataclass(frozen=True, slots=True)
class StorySettings:
    threshold: float = DEFAULT_THRESHOLD
    weak_threshold: float = WEAK_THRESHOLD  # joins only mutual close neighbours
    mutual_neighbours: int = MUTUAL_NEIGHBOURS
    keywords: int = 40  # terms kept per article
    candidate_terms: int = 15  # of which the most distinctive propose candidate pairs
    max_candidate_postings: int = 120  # a term shared by more articles proposes no candidates
    max_days_apart: int = 3


@dataclass(frozen=True, slots=True)
class Grouping:
    members: list[int]  # article indices, in input order
    headline_index: int  # the most representative article
    story_id: str
    shared: list[str] = field(default_factory=list)  # the distinctive terms its articles share


@lru_cache(maxsize=131072)
def similarity_stem(word: str) -> str:
    """ "closure" and "closed" -> "clos"; "inspectors" and "inspection" -> "inspec"."""
    w = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    w = american_spelling(w) or w  # "harbour" and "harbor", one outlet's spelling and another's
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")  # "ferries" is "ferry", "studies" "study"
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # "close", "closed", "closure" -> "clos"
    return w[:6]


def article_terms(article: Article) -> Counter[str]:
    """Weighted term counts: title words count three times; names (words the article never
    writes in lower case) kept whole and 1.5 times; numbers as written without separators."""
    counts: Counter[str] = Counter()
    body_tokens = _tokens(article.body)
    lowercase = {t for t in body_tokens if t[0].islower()}
    for token, weight in [(t, 3) for t in _tokens(article.title or "")] + [(t, 1) for t in body_tokens]:
        if token[0].isdigit():
            if len(token.replace(",", "")) >= 2:
                counts[_term_of(token)] += weight
            continue
        lower = _lower(token)
        if lower in STOPWORDS or len(lower) < 3:
            continue
        # A name (a word the article never writes in lower case) is kept whole: "Trump's" is Trump,
        # "U.S." the United States, "Chinese" China; outlets write one name many ways.
        name = token[0].isupper() and lower not in lowercase
        counts[_term_of(token, name)] += weight * NAME_WEIGHT if name else weight
    return counts


# "266K", "266,000", "9.3 million", "$1.9 trillion": one figure however an outlet writes it.
_SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(k|K|bn|billion|million|trillion|thousand)\b")
_SCALES = {"k": 3, "thousand": 3, "million": 6, "bn": 9, "billion": 9, "trillion": 12}  # zeros


def _scaled(number: str, zeros: int) -> str:
    """ "9.3", 6 -> "9300000": by moving the decimal point in the digits as written, so that a figure
    of any length (an article's text is untrusted) is exact and never overflows a float."""
    whole, _, fraction = number.partition(".")
    return (whole + fraction[:zeros].ljust(zeros, "0")).lstrip("0") or "0"


# "DeSantis-Biden sniping": two names joined, each a term of its own.
_JOINED_NAMES = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")


def _tokens(text: str) -> list[str]:
    """The text's tokens, a scaled figure as its full value ("266K" -> "266000") and joined names apart."""
    return [token for token, _ in _surface_tokens(text)]


def _surface_tokens(text: str) -> list[tuple[str, str]]:
    """Each token with the words the text writes for it ("1800000", "1.8 million")."""
    found: list[tuple[str, str]] = []
    at = 0
    for m in _SCALED.finditer(text):
        found.extend(_plain_tokens(text[at : m.start()]))
        found.append((_scaled(m.group(1).replace(",", ""), _SCALES[m.group(2).lower()]), m.group(0)))
        at = m.end()
    found.extend(_plain_tokens(text[at:]))
    return found


def _plain_tokens(text: str) -> list[tuple[str, str]]:
    return [(part, part) for token in _TOKEN.findall(text) for part in _JOINED_NAMES.split(token)]


@lru_cache(maxsize=262144)  # a day's articles repeat their words: each is lowered once
def _lower(token: str) -> str:
    return token.lower().replace("’", "'").removesuffix("'s").rstrip("'")


def group_stories(articles: Sequence[Article], settings: StorySettings | None = None) -> list[Grouping]:
    """Stories, in input order of their first article. An article like no other is a story of one."""
    settings = settings or StorySettings()
    n = len(articles)
    term_counts = [article_terms(a) for a in articles]
    df: Counter[str] = Counter()
    for counts in term_counts:
        df.update(counts.keys())
    # Only terms another article shares can link two articles; words unique to one article
    # would only dilute its similarity to every other.
    vectors = [
        _top_terms({t: c for t, c in counts.items() if df[t] >= 2}, df, n, settings.keywords) for counts in term_counts
    ]
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors]
    # Candidates come from each article's few most distinctive terms; their similarity is then
    # computed over the whole vectors. A term shared by very many articles links nothing.
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term in list(vector)[: settings.candidate_terms]:
            if df[term] <= settings.max_candidate_postings:
                postings[term].append(index)
    # A pair is worth scoring when a rare term links it, or two of its articles' most distinctive
    # terms agree: one shared common word is how unrelated stories in the same town meet.
    shared_top: Counter[tuple[int, int]] = Counter()
    for term, members in postings.items():
        weight = 2 if df[term] <= RARE_TERM else 1
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                shared_top[(a, b) if a < b else (b, a)] += weight
    candidates = [pair for pair, count in shared_top.items() if count >= 2]
    dots: dict[tuple[int, int], float] = {}
    shared: dict[tuple[int, int], int] = {}
    for a, b in candidates:
        small, large = (vectors[a], vectors[b]) if len(vectors[a]) <= len(vectors[b]) else (vectors[b], vectors[a])
        common = [t for t in small if t in large]
        shared[(a, b)] = len(common)
        dots[(a, b)] = sum(small[t] * large[t] for t in common)
    days = [_day(a) for a in articles]
    weak = min(settings.weak_threshold, settings.threshold)
    similar: dict[tuple[int, int], float] = {}
    for (a, b), dot in dots.items():
        if shared[(a, b)] < MIN_SHARED_TERMS or _too_far_apart(days[a], days[b], settings.max_days_apart):
            continue
        cosine = dot / (norms[a] * norms[b])
        if cosine >= weak:
            similar[(a, b)] = cosine
    closest = _closest(similar, settings.mutual_neighbours)
    scores = {
        (a, b): cosine
        for (a, b), cosine in similar.items()
        if cosine >= settings.threshold or (b in closest[a] and a in closest[b])
    }
    parent = _cluster(n, scores, [a.source or None for a in articles], settings.threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(n):
        groups[_find(parent, index)].append(index)
    result = []
    for members in sorted(groups.values(), key=lambda m: m[0]):
        headline = max(members, key=lambda i: (sum(scores.get((min(i, j), max(i, j)), 0.0) for j in members), -i))
        shared = _shared_terms([articles[i] for i in members], [vectors[i] for i in members])
        result.append(Grouping(members, headline, story_id(articles[i].id for i in members), shared))
    return result


SHARED_SHOWN = 8


def _shared_terms(members: list[Article], vectors: list[dict[str, float]]) -> list[str]:
    """The terms at least two of the story's articles rank among their most distinctive, heaviest
    first, as the articles write them ("Harbor Bridge" is "harbor", "bridge"; "closure" is "clos")."""
    if len(members) < 2:
        return []
    weight: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for vector in vectors:
        for term, w in vector.items():
            weight[term] += w
            seen[term] += 1
    # A weekday helps tell two events apart but says nothing to an editor about what the story is.
    top = sorted((t for t in weight if seen[t] >= 2 and t not in WEEKDAYS), key=lambda t: (-weight[t], t))
    top = top[:SHARED_SHOWN]
    if not top:
        return []
    wanted = set(top)
    forms: dict[str, Counter[str]] = {t: Counter() for t in top}
    for article in members:
        for token, surface in _surface_tokens(f"{article.title or ''} {article.body}"):
            term = _term_of(token)
            if term in wanted:
                form = surface.replace("’", "'").removesuffix("'s")
                forms[term][form if form[0].isupper() else form.lower()] += 1
        if all(any(not f.isupper() for f in found) for found in forms.values()):
            break  # every term has a form that is not a dateline's capitals: enough read
    # As the articles most often write it, a dateline's capitals ("PORT ALDEN") last.
    return [
        max(forms[t], key=lambda f: (not f.isupper() or len(f) < 3, forms[t][f], f)) if forms[t] else t.lstrip("#")
        for t in top
    ]


@lru_cache(maxsize=262144)
def _term_of(token: str, name: bool | None = None) -> str:
    """The term a token counts as: a number without separators, a name's canonical form, or a
    word's stem. `name` defaults to "capitalized" (article_terms knows better: never in lower case)."""
    if token[0].isdigit():
        return "#" + token.replace(",", "")
    lower = _lower(token)
    return canonical_name(lower) if (token[0].isupper() if name is None else name) else similarity_stem(lower)


def story_id(article_ids: Sequence[str] | object) -> str:
    """Derived from the story's alphabetically first article: the same inputs give the same id."""
    first = min(article_ids)  # type: ignore[type-var, call-overload]
    return "s" + hashlib.sha256(str(first).encode("utf-8")).hexdigest()[:8]


def _closest(similar: dict[tuple[int, int], float], keep: int) -> dict[int, set[int]]:
    """Each article's `keep` most similar articles (ties broken by index, for any input order)."""
    ranked: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (a, b), cosine in similar.items():
        ranked[a].append((-cosine, b))
        ranked[b].append((-cosine, a))
    closest: dict[int, set[int]] = defaultdict(set)
    for index, others in ranked.items():
        closest[index] = {other for _, other in sorted(others)[:keep]}
    return closest


def _top_terms(counts: dict[str, int], df: Counter[str], n: int, keep: int) -> dict[str, float]:
    weights = {t: (1 + math.log(c)) * math.log((n + 1) / df[t]) for t, c in counts.items()}
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:keep]
    return dict(top)


def _day(article: Article) -> date | None:
    return date.fromisoformat(article.date) if article.date else None


def _too_far_apart(a: date | None, b: date | None, limit: int) -> bool:
    return a is not None and b is not None and abs((a - b).days) > limit


def _cluster(n: int, scores: dict[tuple[int, int], float], sources: list[str | None], strong: float) -> list[int]:
    """Join linked articles, strongest links first, but join two groups only when at least
    half of their cross pairs are linked: one stray link must not chain two stories into one.
    A weak link (below `strong`, believed only between mutual close neighbours) does not join two
    groups that have an outlet in common: an outlet's own articles on one event share its wording,
    so a weakly linked second one from the same outlet is most often another event on the same
    topic (the AllSides draws: precision 0.847 -> 0.855, recall unchanged)."""
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    outlets: dict[int, set[str]] = {i: {sources[i]} if sources[i] else set() for i in range(n)}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in scores:
        neighbours[a].add(b)
        neighbours[b].add(a)
    for (a, b), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb:
            continue
        small, large = (ra, rb) if len(members[ra]) <= len(members[rb]) else (rb, ra)
        if score < strong and outlets[small] & outlets[large]:
            continue
        linked = sum(1 for m in members[small] for other in neighbours[m] if _find(parent, other) == large)
        if linked * 2 < len(members[small]) * len(members[large]):
            continue
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        members[root].extend(members.pop(child))
        outlets[root] |= outlets.pop(child)
    return parent


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
