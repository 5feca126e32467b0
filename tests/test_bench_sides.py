"""The three-outlet grouping day: which roundups it reads and how it draws a day from them."""

from __future__ import annotations

import json
from pathlib import Path

from bench.sides import draw_day, read_events


def _roundup(number: int, sides: tuple[str, ...]) -> dict:
    return {
        "id": number,
        "news": {
            side: {
                "newsSource": f"{side.title()} Gazette",
                "newsTitle": f"Ferry {number} sinks off Wexley",
                "newBody": [f"The ferry {number} sank on Monday. ", "All forty passengers were rescued."],
            }
            for side in sides
        },
    }


def test_only_roundups_with_all_three_outlets_are_read(tmp_path: Path) -> None:
    path = tmp_path / "roundups.jsonl"
    rows = [_roundup(1, ("left", "center", "right")), _roundup(2, ("left", "right")), {"id": 3, "news": {}}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [r["id"] for r in read_events(path)] == [1]


def test_a_drawn_day_has_three_undated_articles_per_event_in_a_seeded_order() -> None:
    events = [_roundup(n, ("left", "center", "right")) for n in range(10)]
    articles, event = draw_day(events, seed=4, size=5)
    assert len(articles) == 15 and len(set(event.values())) == 5
    assert all(a.date is None and a.title and a.body.endswith("rescued.\n") for a in articles)
    again, _ = draw_day(events, seed=4, size=5)
    assert [a.id for a in again] == [a.id for a in articles]
