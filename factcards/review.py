"""The editor's loop: decisions read back from an edited brief or a review page, and carried forward.

In the Markdown brief every card is a task-list item that carries its id on its first line
(`- [ ] \\[c43649c3b\\] **quote** … — claim`). An editor ticks it (accepted), deletes it with its
indented lines (rejected) or rewrites its claim (edited: checked again against the same
evidence). The review page exports the same decisions as JSON. Both become a reviewed cards
file: every card with a `review` field. Later briefs read reviewed files back: a rejected card
never returns, an accepted one stays ticked, an edited claim replaces the extracted one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcards.errors import InputError
from factcards.grounding.verify import Verifier
from factcards.load import read_text
from factcards.models import Card, CardsFile, Conflict, Review, Status, Story
from factcards.output.markdown import inline
from factcards.text.normalize import fold

DECISIONS_FORMAT = "factcards-decisions"
REVIEWED_SUFFIX = ".reviewed.json"  # what `factcards review` writes by default, and `daily` looks for
_ITEM = re.compile(r"^\s*[-*+] \[(?P<mark>[ xX])\] \\\[(?P<id>c[0-9a-f]{8})\\\](?: (?P<rest>.*))?$")
# A line an editor may have meant as a card item but broke: a task box, or a list item naming a card.
_ITEM_LIKE = re.compile(r"^\s*[-*+] (?:\[.?\]|.*\\\[c[0-9a-f]{8}\\\])")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Decision:
    card: str
    review: Review
    claim: str | None = None  # the editor's claim, for an edited card
    line: int | None = None


@dataclass
class ReadDecisions:
    decisions: list[Decision]
    problems: list[str] = field(default_factory=list)  # "LINE: what could not be mapped"


def read_markdown_decisions(text: str, cards: Sequence[Card]) -> ReadDecisions:
    """Decisions from an edited brief: ticked items accepted, rewritten claims edited, cards
    of the cards file whose item is gone rejected. Lines it cannot map are reported by number."""
    by_id = {c.id: c for c in cards}
    seen: dict[str, int] = {}
    ticked: set[str] = set()
    edits: dict[str, tuple[str, int]] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = _ITEM.match(line)
        if m is None:
            if _ITEM_LIKE.match(line) and "\\[c" in line:
                problems.append(f"line {number}: a card item that cannot be read (expected '- [ ] \\[cID\\] …')")
            continue
        card_id = m.group("id")
        card = by_id.get(card_id)
        if card is None:
            problems.append(f'line {number}: unknown card id "{card_id}" (not in the cards file)')
            continue
        seen.setdefault(card_id, number)  # a card may stand in two places (a conflict and a list)
        claim = _edited_claim(m.group("rest") or "", card)
        if claim == "":
            problems.append(f'line {number}: card "{card_id}" has an empty claim')
        elif claim is not None:
            if card_id in edits and edits[card_id][0] != claim:
                problems.append(
                    f'line {number}: card "{card_id}" is edited two ways (also at line {edits[card_id][1]})'
                )
            edits.setdefault(card_id, (claim, number))
        if m.group("mark") in "xX":
            ticked.add(card_id)
    decisions: list[Decision] = []
    for card_id, first in seen.items():
        if card_id in edits:
            decisions.append(Decision(card_id, Review.edited, edits[card_id][0], edits[card_id][1]))
        elif card_id in ticked:
            decisions.append(Decision(card_id, Review.accepted, None, first))
    decisions.extend(Decision(c.id, Review.rejected) for c in cards if c.id not in seen)
    return ReadDecisions(decisions, problems)


def _edited_claim(rest: str, card: Card) -> str | None:
    """The claim the line now says, when it is not the card's own; None when unchanged."""
    if rest.rstrip().endswith(inline(card.claim)):
        return None
    # Verified and needs-review items open with a bold header ending in " — "; conflict items
    # are the claim alone.
    written = rest.split(" — ", 1)[1] if rest.startswith("**") and " — " in rest else rest
    claim = " ".join(_UNESCAPE.sub(r"\1", written).split())
    return None if fold(claim) == fold(card.claim) else claim


def read_decisions_json(path: Path, cards: Sequence[Card]) -> ReadDecisions:
    """Decisions exported by the review page: `{"format": "factcards-decisions", "decisions":
    [{"card": ID, "review": "accepted"|"rejected"|"edited", "claim": …}]}`. Cards it does not
    list are untouched."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise InputError(path, f"invalid JSON: {err.msg} (column {err.colno})", line=err.lineno) from None
    except RecursionError:
        raise InputError(path, "invalid JSON: nested too deeply") from None
    if (
        not isinstance(data, dict)
        or data.get("format") != DECISIONS_FORMAT
        or not isinstance(data.get("decisions"), list)
    ):
        raise InputError(
            path, f'not a decisions file (expected {{"format": "{DECISIONS_FORMAT}", "decisions": [...]}})'
        )
    known = {c.id for c in cards}
    decisions, problems = [], []
    for index, item in enumerate(data["decisions"], start=1):
        card_id = item.get("card") if isinstance(item, dict) else None
        review = item.get("review") if isinstance(item, dict) else None
        if card_id not in known:
            problems.append(f'decision {index}: unknown card id "{card_id}" (not in the cards file)')
        elif review not in {r.value for r in Review}:
            problems.append(f'decision {index}: "review" must be accepted, rejected or edited, got {review!r}')
        elif review == Review.edited and not (isinstance(item.get("claim"), str) and item["claim"].strip()):
            problems.append(f'decision {index}: an edited card needs its new "claim"')
        else:
            claim = " ".join(item["claim"].split()) if review == Review.edited else None
            decisions.append(Decision(card_id, Review(review), claim))
    return ReadDecisions(decisions, problems)


def apply_review(cards_file: CardsFile, decisions: Iterable[Decision], verifier: Verifier) -> CardsFile:
    """The cards file with each decision recorded on its card; edited claims checked again."""
    by_card = {d.card: d for d in decisions}
    cards = []
    for card in cards_file.cards:
        decision = by_card.get(card.id)
        if decision is None:
            cards.append(card)
        elif decision.review is Review.edited and decision.claim is not None:
            cards.append(edit(card, decision.claim, verifier))
        else:
            cards.append(card.model_copy(update={"review": decision.review}))
    return cards_file.model_copy(update={"cards": cards})


def edit(card: Card, claim: str, verifier: Verifier) -> Card:
    """The card with an editor's claim, verified afresh against the same evidence."""
    rewritten = card.model_copy(
        update={"claim": claim, "original_claim": card.original_claim or card.claim, "review": Review.edited}
    )
    return verifier.verify(rewritten)


def summary_line(cards: Sequence[Card]) -> str:
    """ "2 accepted, 1 rejected, 1 edited — now unsupported: number "27" not in evidence" """
    counts = {r: sum(c.review is r for c in cards) for r in Review}
    line = f"{counts[Review.accepted]} accepted, {counts[Review.rejected]} rejected, {counts[Review.edited]} edited"
    notes = [
        f"now {c.status.value.replace('_', ' ')}: {c.findings[0].message if c.findings else '; '.join(c.reasons)}"
        for c in cards
        if c.review is Review.edited and c.status is not Status.verified
    ]
    return line + (" — " + "; ".join(notes) if notes else "")


# --- carrying decisions forward -------------------------------------------------------------


@dataclass
class Decisions:
    """Reviewed cards from earlier reviewed files, found by card id or by the same fact from the
    same article (so a re-extraction cannot bring back a rejected card)."""

    cards: list[Card] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.cards)

    def match(self, card: Card) -> Card | None:
        for reviewed in self.cards:
            if reviewed.id == card.id:
                return reviewed
        for reviewed in self.cards:
            if reviewed.article != card.article:
                continue
            claims = {fold(reviewed.claim), fold(reviewed.original_claim or reviewed.claim)}
            if fold(card.claim) in claims:
                return reviewed
            if reviewed.review is Review.rejected and _same_span(reviewed, card):
                return reviewed
        return None


def _same_span(a: Card, b: Card) -> bool:
    """Evidence in the card's own article that covers mostly the same characters. Only its own
    evidence there: a merged card also cites other outlets' sentences, and a card that says "she
    added" cites the sentence naming her as context; another card may cite those too."""
    for x in a.evidence:
        for y in b.evidence:
            if (x.article or a.article) != a.article or (y.article or b.article) != a.article or x.context or y.context:
                continue
            if None in (x.start, x.end, y.start, y.end):
                continue
            overlap = min(x.end, y.end) - max(x.start, y.start)  # type: ignore[type-var,operator]
            shorter = min(x.end - x.start, y.end - y.start)  # type: ignore[operator]
            if shorter > 0 and overlap / shorter >= 0.8:
                return True
    return False


def load_reviewed(paths: Iterable[Path]) -> Decisions:
    """The decided cards of reviewed cards files (`factcards review -o …`)."""
    from factcards.output.cardsfile import read_cards_file

    found = Decisions()
    for path in paths:
        found.cards.extend(c for c in read_cards_file(path).cards if c.review is not None)
    return found


def apply_decisions(
    stories: list[Story], cards: list[Card], decisions: Decisions, verifier: Verifier
) -> tuple[list[Story], list[Card]]:
    """Earlier decisions applied to a new run's merged cards: rejected cards left out (and out of
    their stories and conflicts), accepted ones marked, edited claims put back and checked."""
    if not decisions:
        return stories, cards
    kept: list[Card] = []
    dropped: set[str] = set()
    for card in cards:
        reviewed = decisions.match(card)
        if reviewed is None:
            kept.append(card)
        elif reviewed.review is Review.rejected:
            dropped.add(card.id)
        elif reviewed.review is Review.edited and fold(reviewed.claim) != fold(card.claim):
            kept.append(edit(card, reviewed.claim, verifier))
        else:
            kept.append(card.model_copy(update={"review": reviewed.review}))
    if not dropped:
        return stories, kept
    return [_without(story, dropped) for story in stories], kept


def _without(story: Story, dropped: set[str]) -> Story:
    conflicts = []
    for conflict in story.conflicts:
        sides = [s.model_copy(update={"cards": [c for c in s.cards if c not in dropped]}) for s in conflict.sides]
        sides = [s for s in sides if s.cards]
        if len(sides) >= 2:
            conflicts.append(Conflict(kind=conflict.kind, about=conflict.about, sides=sides))
    return story.model_copy(update={"cards": [c for c in story.cards if c not in dropped], "conflicts": conflicts})
