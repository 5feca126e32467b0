"""Three outlets of different leanings on each event: the grouping day closest to issue 12's.

`python -m bench --only sides` reads AllSides headline roundups as crawled for the NeuS framing-bias
work (Lee et al. 2022; HLTCHKUST/framing-bias-metric): for each event, the left-, centre- and
right-rated outlets' titles and opening paragraphs. It draws 100 events at a time (seeds 0..N), reads
their 300 articles as one day without dates (the issue's "read as one day"), and reports pairwise
precision, recall and F1 of the stories against the events, averaged over the draws; and, as `bench
realday` does, the direct quotes two outlets of one event both print that end on one card citing both,
figures changed in one outlet's copy shown as conflicts, and conflicts per story.

The events come from six months of 2021 news: many share a topic (weekly jobless claims, booster
shots, the infrastructure bill) while being different events, which is what makes this day hard and
the Multi-News day of `bench realday` easy in comparison. The file is downloaded at bench time into
the cache folder and never committed; without it the section says so and is skipped.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.realday import Day, corroboration, injected_conflicts, pairwise
from bench.report import Row
from bench.trust import cache_dir, download
from factcards.models import Article
from factcards.pipeline import build_brief_of
from factcards.stories.grouping import group_stories

COMMIT = "d2935816bf2989df5d301adffe863b6610d23a01"
URL = (
    "https://raw.githubusercontent.com/HLTCHKUST/framing-bias-metric/"
    f"{COMMIT}/data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
)
FILE = "allsides_headlines.jsonl"
EVENTS_PER_DAY = 100


def fetch(cache: Path) -> Path | None:
    return download(URL, cache / FILE, "sides: the AllSides roundups")


def read_events(path: Path) -> list[dict]:
    """The roundups that have all three outlets."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if len(r.get("news") or {}) == 3]


def draw_day(events: list[dict], seed: int, size: int = EVENTS_PER_DAY) -> tuple[list[Article], dict[str, int]]:
    """`size` events drawn with `seed`, their articles shuffled into one undated day."""
    rng = random.Random(seed)
    articles: list[Article] = []
    event: dict[str, int] = {}
    for record in rng.sample(events, min(size, len(events))):
        for side, item in sorted(record["news"].items()):
            article = Article(
                id=f"{record['id']}-{side}",
                source=item["newsSource"],
                title=item["newsTitle"],
                body="\n\n".join(p.strip() for p in item["newBody"] if p.strip()) + "\n",
            )
            articles.append(article)
            event[article.id] = record["id"]
    rng.shuffle(articles)
    return articles, event


def run(size: str) -> list[Row]:
    path = fetch(cache_dir())
    if path is None:
        return []
    events = read_events(path)
    draws = 10 if size == "full" else 3
    scores = []
    stories = 0
    for seed in range(draws):
        articles, event = draw_day(events, seed)
        groups = group_stories(articles)
        stories += len(groups)
        scores.append(pairwise([[articles[i].id for i in g.members] for g in groups], event))
    precision, recall, f1 = (sum(s[k] for s in scores) / draws for k in range(3))
    lowest = min(s[2] for s in scores)
    label = f"{draws} days of {EVENTS_PER_DAY} events x 3 outlets, {stories / draws:.0f} stories a day"
    rows = [
        Row("sides", f"grouping precision ({label})", precision, "", "", None),
        Row("sides", "grouping recall", recall, "", "", None),
        Row("sides", f"grouping pairwise F1 (lowest day {lowest:.3f})", f1, "", ">= 0.90", f1 >= 0.9),
    ]
    return rows + _conflict_rows(events, draws)


def _conflict_rows(events: list[dict], draws: int) -> list[Row]:
    """Issue 12's conflict measures on these days too: a figure both outlets print, changed in one
    outlet's copy, shown with both values; and conflicts per story on the unaltered days."""
    shown = injected = conflicts = stories = on_one = cited = 0
    for seed in range(draws):
        articles, event = draw_day(events, seed)
        result = build_brief_of(articles)
        stories += len(result.stories)
        conflicts += sum(len(s.conflicts) for s in result.stories)
        day = Day(articles, event)
        day_on_one, day_cited = corroboration(day, result.cards)
        on_one, cited = on_one + day_on_one, cited + day_cited
        day_shown, day_injected = injected_conflicts(day, result.cards, 60)
        shown, injected = shown + day_shown, injected + day_injected
    rate = shown / injected if injected else float("nan")
    per_story = conflicts / stories if stories else float("nan")
    quote_rate = on_one / cited if cited else float("nan")
    return [
        Row("sides", f"quotes two outlets print, on one card citing both ({on_one}/{cited})", quote_rate * 100, "%",
            ">= 60%", quote_rate >= 0.6),
        Row("sides", f"figure changed in one outlet's copy: shown ({shown}/{injected})", rate * 100, "%", ">= 70%",
            rate >= 0.7),
        Row("sides", f"unaltered days: conflicts per story ({conflicts}/{stories})", per_story, "", "<= 0.5",
            per_story <= 0.5),
    ]  # fmt: skip
