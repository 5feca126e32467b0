"""Conflicts that are real: a figure changed in one outlet's copy must show as a conflict with
both values; the disagreements a day was written with must show, and few others. Measured on the
multi-outlet days this repository writes itself (examples/ and the golden cases), never on the
held-out data; the real day of `bench realday` measures conflicts per story on unaltered news.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.report import Row
from factcards.load import load_articles
from factcards.models import Article
from factcards.pipeline import build_brief_of

_DAYS = ["examples", "golden/three-outlets/articles", "golden/stories-day/articles", "golden/quote-marks/articles"]
# The disagreements these days were written with (one outlet's figure or date against another's): a
# conflict showing one of them is the brief doing its job; any other conflict is noise.
_WRITTEN = {
    "examples": [("six weeks", "eight weeks"), ("March 18", "March 19")],
    "golden/three-outlets/articles": [("4,000", "6,500")],
    "golden/stories-day/articles": [("12 percent", "15 percent"), ("June 14", "June 15")],
    "golden/quote-marks/articles": [],
}


def _written(values: list[str], day: str) -> bool:
    return any(any(a in v for v in values) and any(b in v for v in values) for a, b in _WRITTEN[day])


_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w,]*\d)")


def changed_figure(value: str) -> str:
    """A near but different figure, written the same way: 6 -> 7, 18,000 -> 22,500, 4.2 -> 5.2."""
    number = float(value.replace(",", ""))
    bumped = number + 1 if number < 10 else number * 1.25
    text = f"{bumped:,.1f}" if "." in value else f"{round(bumped):,}"
    return text if "," in value or number < 1000 else text.replace(",", "")


def run(size: str) -> list[Row]:
    root = Path(__file__).resolve().parent.parent
    injected = shown = 0
    stories = noise = found = 0
    for day in _DAYS:
        articles = load_articles([root / day])
        base = build_brief_of(articles)
        stories += len(base.stories)
        for story in base.stories:
            for conflict in story.conflicts:
                if _written([side.value for side in conflict.sides], day):
                    found += 1
                else:
                    noise += 1
        by_id = {a.id: a for a in articles}
        for card in base.cards:
            others = [a for a in card.sources if a != card.article]
            if not others:
                continue
            target = others[0]
            span = next((e for e in card.evidence if e.article == target and e.text), None)
            figure = _FIGURE.search(span.text) if span is not None and span.text else None
            if figure is None or span is None or span.start is None:
                continue
            old = figure.group(0)
            new = changed_figure(old)
            at = span.start + figure.start()
            body = by_id[target].body
            altered = body[:at] + new + body[at + len(old) :]
            changed = [a if a.id != target else Article(**{**a.model_dump(), "body": altered}) for a in articles]
            result = build_brief_of(changed)
            injected += 1
            values = [side.value for s in result.stories for c in s.conflicts for side in c.sides]
            if any(new in v for v in values) and any(old in v for v in values):
                shown += 1
            if size != "full" and injected >= 6:
                break
    rate = shown / injected if injected else float("nan")
    per_story = noise / stories if stories else 0.0
    written = sum(len(pairs) for pairs in _WRITTEN.values())
    return [
        Row(
            "conflicts",
            f"figure changed in one outlet's copy: shown as a conflict ({shown}/{injected})",
            rate * 100,
            "%",
            ">= 70%",
            rate >= 0.7,
        ),
        Row(
            "conflicts",
            f"disagreements the days were written with, shown ({found}/{written})",
            found / written * 100 if written else float("nan"),
            "%",
            "all",
            found == written,
        ),
        Row(
            "conflicts",
            f"conflicts the days were not written with, per story ({noise}/{stories})",
            per_story,
            "",
            "<= 0.5",
            per_story <= 0.5,
        ),
    ]
