"""Speakers of verified quote cards against people's annotations: `python -m bench --only speakers`.

PolNeAR (Newell, Margolin and Ruths 2018; networkdynamics/PolNeAR) is 1,008 news articles on the
2016 US election from seven outlets (Breitbart, Huffington Post, New York Times, Politico, USA
Today, Washington Post, Western Journalism), in which trained annotators marked every attribution:
its source ("a New Hampshire Republican", "he", "Sen. Rand Paul"), its cue ("said") and its content.
The offline extractor and the verifier read the articles of the development and test months (168
articles, never used to tune factcards' speaker rules); each verified quote card that names a speaker
is scored against the attributions whose content its evidence overlaps:

- a source that names someone: right when the card's speaker shares a name word with it ("Rand
  Paul" against "Sen. Rand Paul (R-Ky.)"). "X said, according to Y" is annotated with Y as the
  source of X's words; X is right there too.
- a source that is a pronoun or a description ("he", "the senator"): the name is taken from the
  coreference chains the data set ships (CoreNLP's, automatic, so this part is less certain); with no
  name in the chain the card is counted as not scorable.
- an anonymous source ("a New Hampshire Republican", "one official"): the card must name no one.

Files are downloaded at bench time into the cache folder (about 170 MB, most of it the coreference
XML) and never committed; without them the section says so and is skipped.
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bench.report import Row
from bench.trust import cache_dir, download
from factcards.extractors.offline import OfflineExtractor
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, Status

COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
BASE = f"https://raw.githubusercontent.com/networkdynamics/PolNeAR/{COMMIT}/data"
FOLDER = "polnear"
SPLITS = ("dev", "test")

_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "the", "of", "and", "jr", "sr"}
# Words capitalized only because they open the source: "He", "The newspaper", "Another said"
_NOT_NAMES = _TITLES | set("he she they we it his her their its a an one another this that these those i".split())
_ANONYMOUS = re.compile(r"(?i)^(?:a|an|one|another|some|two|three|several|many|other)\b")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[a-z]")
_WORD = re.compile(r"[a-z][a-z'’-]+")


@dataclass
class Attribution:
    source: tuple[int, int, str] | None  # start, end, text
    content: tuple[int, int]
    cue: str


@dataclass
class Annotated:
    article: Article
    attributions: list[Attribution]
    chains: list[list[tuple[int, int, str]]] = field(default_factory=list)  # coreference mentions

    @cached_property
    def named_sources(self) -> list[tuple[int, set[str]]]:
        """Where each source the annotators give by name starts, and its name words, in order."""
        sources = sorted(
            a.source
            for a in self.attributions
            if a.source and _name_words(a.source[2]) and not _ANONYMOUS.match(a.source[2].strip())
        )
        return [(start, _name_words(text)) for start, _, text in sources]


def fetch(cache: Path, splits: tuple[str, ...] = SPLITS) -> Path | None:
    """The articles, their attributions and their coreference chains, one file at a time."""
    root = cache / FOLDER
    meta = download(f"{BASE}/metadata.tsv", root / "metadata.tsv", "speakers: the PolNeAR list")
    if meta is None:
        return None
    for row in _metadata(meta):
        if row["compartment"] not in splits:
            continue
        split, name = row["compartment"], row["filename"]
        wanted = [f"{split}/text/{name}.txt"]
        wanted += [f"{split}/attributions/{name}_{who}.ann" for who in row["annotators"].split("|")[:1]]
        for part in wanted:
            if download(f"{BASE}/{part}", root / part, f"speakers: {part}") is None:
                return None
        # Coreference only helps to score "he said": an article without it is still read.
        part = f"{split}/corenlp/{name}.txt.xml"
        download(f"{BASE}/{part}", root / part, f"speakers: {part} (its coreference)")
    return root


def _metadata(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _attributions(text: str) -> list[Attribution]:
    """Brat stand-off: T lines are spans (Source/Cue/Content), E lines tie one attribution's spans."""
    spans: dict[str, tuple[str, int, int, str]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and re.fullmatch(r"T\d+", parts[0]):
            head = re.fullmatch(r"(\w+) (\d+) (?:\d+;\d+ )*(\d+)", parts[1])
            if head:
                spans[parts[0]] = (head.group(1), int(head.group(2)), int(head.group(3)), parts[2])
        elif len(parts) > 1 and re.fullmatch(r"E\d+", parts[0]):
            events.append(dict(p.split(":", 1) for p in parts[1].split(" ") if re.fullmatch(r"\w+:[TE]\d+", p)))
    found = []
    for event in events:
        content, source, cue = (spans.get(event.get(k, "")) for k in ("Content", "Source", "Cue"))
        if content:
            found.append(
                Attribution(
                    source=(source[1], source[2], source[3]) if source else None,
                    content=(content[1], content[2]),
                    cue=cue[3] if cue else "",
                )
            )
    return found


def _chains(path: Path) -> list[list[tuple[int, int, str]]]:
    """CoreNLP's coreference chains as character spans."""
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    for sentence in root.iter("sentence"):
        number = sentence.get("id")
        if number is None:
            continue
        for token in sentence.iter("token"):
            begin, end = token.findtext("CharacterOffsetBegin"), token.findtext("CharacterOffsetEnd")
            if begin is not None and end is not None:
                offsets[(int(number), int(token.get("id", "0")))] = (int(begin), int(end))
    chains = []
    outer = root.find(".//coreference")
    for chain in outer.findall("coreference") if outer is not None else []:
        mentions = []
        for mention in chain.findall("mention"):
            s, a, b = (int(mention.findtext(k) or 0) for k in ("sentence", "start", "end"))
            if (s, a) in offsets and (s, b - 1) in offsets:
                mentions.append((offsets[(s, a)][0], offsets[(s, b - 1)][1], mention.findtext("text") or ""))
        chains.append(mentions)
    return chains


def read(root: Path, splits: tuple[str, ...] = SPLITS, coreference: bool = True) -> list[Annotated]:
    items = []
    for row in _metadata(root / "metadata.tsv"):
        if row["compartment"] not in splits:
            continue
        split, name = row["compartment"], row["filename"]
        text = root / split / "text" / f"{name}.txt"
        annotations = sorted((root / split / "attributions").glob(f"{name}_*.ann"))
        if not text.exists() or not annotations:
            continue
        article = Article(
            id=name, source=row["publisher"], date=row["publication_date"], body=text.read_text(encoding="utf-8")
        )
        chains = _chains(root / split / "corenlp" / f"{name}.txt.xml") if coreference else []
        items.append(Annotated(article, _attributions(annotations[0].read_text(encoding="utf-8")), chains))
    return items


def _name_words(text: str) -> set[str]:
    words = _NAME_WORD.findall(text)
    return {w.lower().rstrip(".").replace("’", "'") for w in words} - _NOT_NAMES


def _speaker_words(speaker: str) -> set[str]:
    return {w.replace("’", "'") for w in _WORD.findall(speaker.lower())} - _TITLES


def _folded(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def judge(card: Card, item: Annotated) -> str:
    """'right', 'wrong', 'anonymous named' (a name given to an anonymous source), or why not scorable."""
    start, end = card.evidence[0].start, card.evidence[0].end
    if start is None or end is None:
        return "no offsets"
    body = item.article.body
    speaker = _speaker_words(card.speaker or "")
    overlapping = [a for a in item.attributions if min(end, a.content[1]) - max(start, a.content[0]) > 0]
    overlapping.sort(key=lambda a: -(min(end, a.content[1]) - max(start, a.content[0])))
    if not overlapping:
        return "no annotated attribution"
    verdicts: list[str] = []
    for attribution in overlapping:
        content = body[attribution.content[0] : attribution.content[1]]
        # "X said, according to Y": the annotators give Y as the source of X's words.
        if attribution.cue.lower().startswith("according") and speaker & _name_words(content):
            return "right"
        if attribution.source is None:
            verdicts.append("no annotated source")
            continue
        s_start, s_end, s_text = attribution.source
        if _folded(card.speaker or "") == _folded(s_text):
            return "right"  # "the football team wrote": the card gives the source as the article does
        names = _name_words(s_text)
        if speaker & names:
            return "right"  # "another friend, Mariam Emara": named after all
        if _ANONYMOUS.match(s_text.strip()):
            # A card may describe an unnamed source ("a senior aide") but not name one.
            described = _ANONYMOUS.match((card.speaker or "").strip())
            verdicts.append("right" if described else "anonymous named")
            continue
        if not names or s_text.strip().lower().startswith("the "):
            # Whom "he" or "the senator" means: the person the annotators last gave by name as a
            # source before it, or CoreNLP's chain for the mention (automatic, and wrong at times:
            # either one agreeing with the card counts).
            earlier = [found for at, found in item.named_sources if at < s_start]
            if earlier:
                names |= earlier[-1]
            for chain in item.chains:
                # the chain of the source's own mention, not of a longer one that contains it
                if any(a >= s_start - 1 and b <= s_end + 1 for a, b, _ in chain):
                    names |= {w for a, b, t in chain for w in _name_words(t) if not t.lower().startswith(("a ", "an "))}
        if not names:
            verdicts.append("source without a name")
            continue
        if speaker & names:
            return "right"
        verdicts.append("wrong")
    return "right" if "right" in verdicts else verdicts[0]


@dataclass
class Scores:
    counts: Counter = field(default_factory=Counter)
    wrong: list[tuple[str, Card]] = field(default_factory=list)  # the verdict and the card


def score(items: list[Annotated]) -> Scores:
    extractor = OfflineExtractor()
    articles = [item.article for item in items]
    cards = Verifier(articles).verify_all([c for a in articles for c in extractor.extract(a)])
    by_id = {item.article.id: item for item in items}
    scores = Scores()
    for card in cards:
        if card.status is not Status.verified or card.kind.value != "quote" or not card.speaker:
            continue
        verdict = judge(card, by_id[card.article])
        scores.counts[verdict] += 1
        if verdict in ("wrong", "anonymous named"):
            scores.wrong.append((verdict, card))
    return scores


def run(size: str) -> list[Row]:
    root = fetch(cache_dir())
    if root is None:
        return []
    items = read(root)
    if size != "full":
        items = items[::4]
    scores = score(items)
    c = scores.counts
    scored = c["right"] + c["wrong"] + c["anonymous named"]
    bad = c["wrong"] + c["anonymous named"]
    for verdict, card in scores.wrong:
        print(
            f"speakers: {verdict}: {card.speaker!r} on {card.evidence[0].quote[:80]!r} ({card.article})",
            file=sys.stderr,
        )
    label = f"{len(items)} articles, {sum(c.values())} verified quote cards naming a speaker"
    rows = [
        Row("speakers", f"quote cards scored against the annotation ({label})", scored, "cards", "", None),
        Row("speakers", "— speaker wrong", c["wrong"], "cards", "", None),
        Row("speakers", "— a name given to an anonymous source", c["anonymous named"], "cards", "", None),
        Row(
            "speakers",
            "not scorable (no annotated attribution, or no name for its source)",
            sum(c.values()) - scored,
            "cards",
            "",
            None,
        ),
    ]
    if scored:
        rows.append(
            Row("speakers", "wrong speakers among scored cards", 100 * bad / scored, "%", "<= 2%", bad / scored <= 0.02)
        )
    return rows
