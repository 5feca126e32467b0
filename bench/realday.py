"""A real news day: many outlets writing about the same events in their own words.

`python -m bench --only realday` reads the Multi-News clusters that LongBench ships (real articles
from different outlets, each cluster cited by one newser.com summary of one event; Fabbri et al.
2019), downloaded at bench time into the cache folder and never committed, and reads them as one
day. It measures what issue 12 asks of stories across outlets:

- grouping: pairwise precision, recall and F1 of the stories against the clusters;
- corroboration: of the direct quotes (five words or more) that two outlets of one event both
  print and that some card cites, how many end on one card citing both outlets;
- conflicts: a figure changed in one outlet's copy of a shared fact, shown as a conflict with
  both values; and conflicts per story on the unaltered day.

Without the data (no network, no cache) the section says so and is skipped.
"""

from __future__ import annotations

import io
import json
import re
import urllib.request
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.conflicts import changed_figure
from bench.report import Row
from bench.trust import cache_dir
from factcards.models import Article, Card
from factcards.pipeline import build_brief_of
from factcards.stories.grouping import group_stories

URL = "https://huggingface.co/datasets/THUDM/LongBench/resolve/main/data.zip"
FILE = "multi_news.jsonl"
_PASSAGE = re.compile(r"(?m)^Passage \d+:\n")
_QUOTE = re.compile(r"[\"“]([^\"“”]{20,600})[\"”]")
_WORD = re.compile(r"[a-z0-9]+")
# A quantity: a number with what it counts ("18,000 vehicles", "$4.2 million", "20%", "a 29-year-old"),
# not a time ("9:27 a.m."), a phone number, an ordinal or a model name ("Porsche 911").
_FIGURE = re.compile(
    r"(?<![\w.,:-])\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?"
    r"(?=%|\s+(?:million\s+|billion\s+)?[a-z]{3,}\b|-year-old)(?!\s+(?:a\.m|p\.m|and|or|to|of|in|on|at)\b)"
)


@dataclass(frozen=True)
class Day:
    articles: list[Article]
    event: dict[str, int]  # article id -> event number


def fetch(cache: Path) -> Path | None:
    path = cache / FILE
    if path.exists() and path.stat().st_size > 0:
        return path
    try:
        with urllib.request.urlopen(URL, timeout=60) as answer:
            archive = zipfile.ZipFile(io.BytesIO(answer.read()))
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(archive.read(f"data/{FILE}"))
        tmp.replace(path)
        return path
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        print(
            f"realday: skipped: cannot download the Multi-News clusters ({exc.__class__.__name__}); put {FILE} in {cache}"
        )
        return None


def read_day(path: Path, events: int) -> Day:
    """Each cluster's passages as articles of one day; NEWLINE_CHAR marks Multi-News' paragraphs.
    The data set gives no publication dates, so the articles have none (no relative date resolves)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # Some cited pages were archived as the archive's or a social site's boilerplate ("These crawls
    # are part of an effort to archive pages..."): the same opening in unrelated clusters, and no
    # news at all. They are left out of the day, as are pages too short to be an article.
    openings: dict[str, set[int]] = defaultdict(set)
    for number, record in enumerate(records):
        for passage in _PASSAGE.split(record["context"]):
            openings[_words(passage)[:120]].add(number)
    articles: list[Article] = []
    event: dict[str, int] = {}
    for number, record in enumerate(records[:events]):
        passages = [
            p
            for p in _PASSAGE.split(record["context"])
            if len(p.strip()) >= 400 and len(openings[_words(p)[:120]]) == 1
        ]
        for k, passage in enumerate(passages):
            paragraphs = [p.strip() for p in passage.split("NEWLINE_CHAR") if p.strip()]
            article = Article(
                id=f"e{number:03d}-{k}",
                source=f"Outlet {chr(ord('A') + k)}",
                body="\n\n".join(paragraphs) + "\n",
            )
            articles.append(article)
            event[article.id] = number
    return Day(articles, event)


def pairwise(groups: list[list[str]], event: dict[str, int]) -> tuple[float, float, float]:
    predicted = {frozenset((a, b)) for g in groups for i, a in enumerate(g) for b in g[i + 1 :]}
    by_event: dict[int, list[str]] = defaultdict(list)
    for article, number in event.items():
        by_event[number].append(article)
    gold = {frozenset((a, b)) for g in by_event.values() for i, a in enumerate(g) for b in g[i + 1 :]}
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def shared_quotes(day: Day) -> list[tuple[str, str, str]]:
    """(quote words, article a, article b): a direct quote both articles of one event print."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for article in day.articles:
        for m in _QUOTE.finditer(article.body):
            words = _words(m.group(1))
            if len(words.split()) >= 5:
                found[day.event[article.id]].append((words, article.id))
    shared = set()
    for quotes in found.values():
        for i, (qa, a) in enumerate(quotes):
            for qb, b in quotes[i + 1 :]:
                if a != b and (qa in qb or qb in qa):
                    shared.add((min(qa, qb, key=len), *sorted((a, b))))
    return sorted(shared)


def _cites(card: Card, quote: str) -> bool:
    return any(
        e.text and (quote in _words(e.text) or _words(e.text) in quote) and len(_words(e.text).split()) >= 5
        for e in card.evidence
    )


def corroboration(day: Day, cards: list[Card]) -> tuple[int, int]:
    cited = on_one = 0
    for quote, a, b in shared_quotes(day):
        citing = [c for c in cards if day.event.get(c.article) == day.event[a] and _cites(c, quote)]
        if not citing:
            continue
        cited += 1
        if any(a in c.sources and b in c.sources for c in citing):
            on_one += 1
    return on_one, cited


def _quantity(text: str, others: list[str]) -> re.Match[str] | None:
    """The first figure of `text` that the other outlets' spans print too: a shared figure, the only
    kind whose change in one copy makes a disagreement ("died about 45 minutes later" against
    "died later" disagrees on nothing)."""
    printed = {_digits(m.group(0)) for other in others for m in _NUMBER.finditer(other)}
    for m in _FIGURE.finditer(text):
        before = text[: m.start()].split()
        if before and any(c.isupper() for c in before[-1]) and not before[-1].endswith((".", ":")):
            continue  # "Porsche 911", "Humboldt 35", "iPhone 7" name things; they count nothing
        if _digits(m.group(0)) in printed:
            return m
    return None


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits(figure: str) -> str:
    return figure.lstrip("$").replace(",", "")


def injected_conflicts(day: Day, cards: list[Card], limit: int) -> tuple[int, int]:
    """Change a figure that a corroborated card's outlets both print, in the second outlet's copy; is
    it shown with both values?"""
    by_id = {a.id: a for a in day.articles}
    injected = shown = 0
    done: dict[int, int] = defaultdict(int)
    for card in sorted(cards, key=lambda c: c.id):
        event = day.event.get(card.article)
        others = [a for a in card.sources if a != card.article]
        if event is None or done[event] >= 3 or not others:
            continue
        target = others[0]
        span = next((e for e in card.evidence if e.article == target and e.text), None)
        theirs = [e.text for e in card.evidence if e.article != target and e.text]
        figure = _quantity(span.text, theirs) if span is not None and span.text else None
        if figure is None or span is None or span.start is None:
            continue
        done[event] += 1  # at most three cards per event, each a trial of its own
        old = figure.group(0).lstrip("$")
        new = changed_figure(old)
        at = span.start + figure.end() - len(old)
        members = [a for a in day.articles if day.event[a.id] == event]
        body = by_id[target].body
        altered = [
            a if a.id != target else Article(**{**a.model_dump(), "body": body[:at] + new + body[at + len(old) :]})
            for a in members
        ]
        result = build_brief_of(altered)
        injected += 1
        values = [side.value for s in result.stories for c in s.conflicts for side in c.sides]
        if any(new in v for v in values) and any(old in v for v in values):
            shown += 1
        if injected >= limit:
            break
    return shown, injected


def run(size: str) -> list[Row]:
    path = fetch(cache_dir())
    if path is None:
        return []
    day = read_day(path, 200 if size == "full" else 100)
    events = len(set(day.event.values()))
    groups = group_stories(day.articles)
    precision, recall, f1 = pairwise([[day.articles[i].id for i in g.members] for g in groups], day.event)
    result = build_brief_of(day.articles)
    on_one, cited = corroboration(day, result.cards)
    shown, injected = injected_conflicts(day, result.cards, 200 if size == "full" else 40)
    stories = len(result.stories)
    conflicts = sum(len(s.conflicts) for s in result.stories)
    label = f"{len(day.articles)} articles, {events} events"
    rate = shown / injected if injected else float("nan")
    quote_rate = on_one / cited if cited else float("nan")
    return [
        Row("realday", f"grouping precision ({label})", precision, "", "", None),
        Row("realday", f"grouping recall ({label})", recall, "", "", None),
        Row("realday", f"grouping pairwise F1 ({len(groups)} stories)", f1, "", ">= 0.90", f1 >= 0.9),
        Row(
            "realday",
            f"quotes two outlets print, on one card citing both ({on_one}/{cited})",
            quote_rate * 100,
            "%",
            ">= 60%",
            quote_rate >= 0.6,
        ),
        Row(
            "realday",
            f"figure changed in one outlet's copy: shown ({shown}/{injected})",
            rate * 100,
            "%",
            ">= 70%",
            rate >= 0.7,
        ),
        Row(
            "realday",
            f"unaltered day: conflicts per story ({conflicts}/{stories})",
            conflicts / max(stories, 1),
            "",
            "<= 0.5",
            conflicts <= 0.5 * stories,
        ),
    ]
