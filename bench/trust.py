"""Does *verified* mean supported? The verifier against public, human-labelled claims.

`python -m bench trust [--cache DIR] [--limit N]` downloads the development sets into a cache
folder (never into the repository), turns each labelled claim into a card and prints, per data
set and per error type, how many faithful claims were accepted (verified) and how many
hallucinated ones were caught (anything but verified), with the balanced accuracy, in two modes:

- **given**: the card cites the one or two article sentences closest to the claim, found by a
  plain word-overlap ranker that is not the verifier's own (the way an LLM cites);
- **searched**: the card has no evidence, and the verifier finds it in the article.

The sets: FaithBench (LLM summaries, spans marked unwanted), SummEdits (news summaries edited by
people, by edit type), WiCE (Wikipedia claims against their cited pages), FRANK (news summaries,
by the error typology of predicate, entity, circumstance, coreference, link, out-of-article) and CLIFF
(news summaries, intrinsic or extrinsic errors in noun phrases or predicates). Without
the data (no network, no cache) a set's section says so and is skipped.
"""

from __future__ import annotations

import ast
import csv
import json
import os
import re
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.report import Row
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, Evidence, Kind, Status

_RAW = "https://raw.githubusercontent.com"
DATASETS = {
    # News articles with summaries edited by people, labelled consistent or not, with edit types
    # (entity modification, antonym swap, negation, hallucinated fact): Laban et al., SummEdits.
    "summedits-news": f"{_RAW}/salesforce/factualNLG/master/data/summedits/summedits_news.json",
    # Wikipedia claims against the web pages they cite, with the oracle evidence sentences (WiCE).
    "wice-dev": f"{_RAW}/ryokamoi/wice/main/code_and_resources/entailment_inputs/oracle_chunks/claim/dev.jsonl",
}


@dataclass(frozen=True)
class Labelled:
    article: Article
    claim: str
    faithful: bool
    error_types: tuple[str, ...]
    given: tuple[str, ...]  # evidence an LLM would cite


def cache_dir() -> Path:
    return Path(os.environ.get("FACTCARDS_BENCH_CACHE", Path.home() / ".cache" / "factcards" / "bench"))


def fetch(name: str, cache: Path) -> Path | None:
    """The data set's file in `cache`, downloaded once; None (and why, printed) when it cannot be had."""
    path = cache / Path(DATASETS[name]).name.replace("dev.jsonl", "wice_dev.jsonl")
    return download(DATASETS[name], path, f"trust: {name}")


def download(url: str, path: Path, label: str) -> Path | None:
    """`path`, fetched from `url` unless already there (temp file, then rename); None, and why, when it
    cannot be had."""
    if path.exists() and path.stat().st_size > 0:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(url, timeout=60) as answer:
            data = answer.read()
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path
    except OSError as exc:
        print(f"{label} skipped: cannot download it ({exc.__class__.__name__}); put it in {path}")
        return None


# A sentence ends at . ! ? but not inside "0.505%" nor after an initial ("U.S.", "J. Smith").
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d)|(?<=\b[A-Z])\.(?=[A-Z ,]))+(?:[.!?]+[\"”’)]*|\n|$)")
_WORD = re.compile(r"[a-z0-9]+")


def closest_sentences(body: str, claim: str, limit: int = 2) -> tuple[str, ...]:
    """The one or two sentences sharing most words with the claim (a second only when it adds
    words the first lacks): a citer independent of the verifier's own search."""
    wanted = set(_WORD.findall(claim.lower()))
    scored = []
    for m in _SENTENCE.finditer(body):
        text = m.group(0).strip()
        if len(text) > 10:
            scored.append((len(wanted & set(_WORD.findall(text.lower()))), text))
    scored.sort(key=lambda item: -item[0])
    if not scored:
        return ()
    chosen = [scored[0][1]]
    covered = wanted & set(_WORD.findall(chosen[0].lower()))
    for _, text in scored[1:limit]:
        extra = (wanted - covered) & set(_WORD.findall(text.lower()))
        if len(extra) >= 2:
            chosen.append(text)
    return tuple(chosen)


def summedits(path: Path) -> Iterator[Labelled]:
    for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        body = item["doc"]
        claim = " ".join(item["summary"].split())
        types = tuple(item["edit_types"]) or (("faithful",) if item["label"] == 1 else ("other",))
        faithful = item["label"] == 1
        yield Labelled(Article(id=f"se{i}", body=body), claim, faithful, types if not faithful else ("faithful",),
                       closest_sentences(body, claim))  # fmt: skip


def wice(path: Path) -> Iterator[Labelled]:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        item = json.loads(line)
        if item["label"] == "partially_supported":
            continue  # neither side: part of the claim is supported
        sentences = [s.strip() for s in item["evidence"] if s.strip()]
        body = "\n\n".join(sentences)
        faithful = item["label"] == "supported"
        claim = " ".join(item["claim"].split())
        yield Labelled(Article(id=f"wi{i}", body=body), claim, faithful, ("faithful",) if faithful else ("not_supported",),
                       closest_sentences(body, claim))  # fmt: skip


# Summaries written by ten LLMs (GPT-4o, Claude 3.5 Sonnet, Gemini 1.5 Flash, Llama 3.1, Qwen 2.5,
# Mistral, Phi-3, Command R, GPT-3.5) of passages from Vectara's hallucination leaderboard, with
# every unfaithful span marked by people (Bao et al. 2025, vectara/FaithBench). Each summary sentence
# is a claim: hallucinated where a span marked "Unwanted" (intrinsic: twists the source; extrinsic:
# adds to it) falls in it, faithful where no span of any kind does; a sentence marked only "Benign" or
# "Questionable" is left out, as the annotators could not call it either way.
FAITHBENCH_COMMIT = "cf89797d82812c23b5d5e5c121f1d9b8983bbbce"
FAITHBENCH_BATCHES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16)


_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|Gov|Sen|Rep|Gen|Lt|Col|Capt|Prof)\.$")


def _summary_sentences(summary: str) -> list[tuple[int, int]]:
    """Where each sentence of a summary starts and ends ("… winning on Mr. Mole at Newbury" is one)."""
    found: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(summary):
        if found and _ABBREVIATION_END.search(summary[found[-1][0] : found[-1][1]].rstrip()):
            found[-1] = (found[-1][0], m.end())
        else:
            found.append((m.start(), m.end()))
    return found


def fetch_faithbench(cache: Path) -> Path | None:
    folder = cache / "faithbench"
    for batch in FAITHBENCH_BATCHES:
        url = f"{_RAW}/vectara/FaithBench/{FAITHBENCH_COMMIT}/data_for_release/batch_{batch}.json"
        if download(url, folder / f"batch_{batch}.json", "trust: faithbench") is None:
            return None
    return folder


def _span_kind(labels: list[str]) -> str | None:
    """ "Unwanted.Intrinsic", "Unwanted.Extrinsic", "Unwanted" (no subtype), or None (benign, questionable)."""
    subtypes = sorted(label for label in labels if label.startswith("Unwanted."))
    if subtypes:
        return subtypes[0]
    return "Unwanted" if "Unwanted" in labels else None


def faithbench(folder: Path) -> Iterator[Labelled]:
    for path in sorted(folder.glob("batch_*.json"), key=lambda p: int(p.stem.split("_")[1])):
        batch = int(path.stem.split("_")[1])
        samples = json.loads(path.read_text(encoding="utf-8"))["samples"]
        for sample in samples:
            body, summary = sample["source"], sample["summary"]
            article = Article(id=f"fb{batch}-{sample['sample_id']}", body=body)
            spans = [(a["summary_start"], a["summary_end"], _span_kind(a["label"])) for a in sample["annotations"]]
            for start, end in _summary_sentences(summary):
                claim = " ".join(summary[start:end].split())
                if len(claim.split()) < 4 or claim.endswith(":"):
                    continue  # "Here's a summary of the passage:" says nothing about the source
                inside = [kind for a, b, kind in spans if a is not None and a < end and b > start]
                unwanted = sorted({kind for kind in inside if kind})
                if inside and not unwanted:
                    continue  # only benign or questionable: the annotators did not call it
                yield Labelled(article, claim, not unwanted, tuple(unwanted) or ("faithful",),
                               closest_sentences(body, claim))  # fmt: skip


# Summaries of CNN/DM and XSum news by nine systems, every summary sentence judged by three people
# with the kind of error it makes (Pagnoni et al. 2021, artidoro/frank): the typology issue 10 names.
# The sentence-level file carries the article too. A sentence is faithful when at least two of the
# three found no error; otherwise its error types are those at least two named ("mixed" when they
# named different ones).
FRANK_COMMIT = "80a88fb12cc0bfc17ff6ee2c5ebb0c4f4dd8a5f4"
FRANK_TYPES = {
    "RelE": "predicate",
    "EntE": "entity",
    "CircE": "circumstance",
    "CorefE": "coreference",
    "LinkE": "link",
    "OutE": "out-of-article",
    "GramE": "grammar",
    "OtherE": "other",
}


def fetch_frank(cache: Path) -> Path | None:
    url = f"{_RAW}/artidoro/frank/{FRANK_COMMIT}/data/human_annotations_sentence.json"
    return download(url, cache / "frank_sentences.json", "trust: frank")


def frank(path: Path) -> Iterator[Labelled]:
    for record in json.loads(path.read_text(encoding="utf-8")):
        body = record.get("article") or ""
        if not body.strip():
            continue
        article = Article(id=f"fr-{record['hash']}-{record['model_name']}", body=body)
        for sentence, votes in zip(record["summary_sentences"], record["summary_sentences_annotations"], strict=False):
            claim = " ".join(sentence.split())
            if len(claim.split()) < 4:
                continue
            named = [set(v) - {"NoE"} for v in votes.values()]
            if sum(not errors for errors in named) >= 2:
                yield Labelled(article, claim, True, ("faithful",), closest_sentences(body, claim))
                continue
            counted = Counter(error for errors in named for error in errors)
            agreed = sorted(FRANK_TYPES.get(e, e) for e, n in counted.items() if n >= 2)
            yield Labelled(article, claim, False, tuple(agreed) or ("mixed",), closest_sentences(body, claim))


# Summaries of XSum and CNN/DM news by BART and Pegasus, each judged correct or marked with the words
# in error and their kinds (intrinsic or extrinsic; noun phrase, predicate or whole sentence): CLIFF
# (Cao and Wang 2021) as AggreFact (Tang et al. 2023) unified its error types. Each summary sentence
# is a claim: faithful when the summary was judged correct, hallucinated when it holds a marked span
# (with the summary's error kinds); a sentence of a wrong summary with nothing marked in it is left
# out, as no one said which way it goes.
AGGREFACT_COMMIT = "f0654b245232cd724d5caa5db4950abfb12d795e"


def fetch_cliff(cache: Path) -> Path | None:
    url = f"{_RAW}/Liyan06/AggreFact/{AGGREFACT_COMMIT}/data/error_type_mapping/CLIFF_error_types.csv"
    return download(url, cache / "cliff_error_types.csv", "trust: cliff")


def cliff(path: Path, cut: str | None = None) -> Iterator[Labelled]:
    """The claims, of one `cut` ("val" or "test") or of both."""
    csv.field_size_limit(1 << 26)  # a whole article in one field
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if cut is not None and row["cut"] != cut:
                continue
            body, summary = row["doc"], row["summ"]
            correct = row["error_type"].strip() == "correct"
            kinds = () if correct else tuple(sorted(set(ast.literal_eval(row["error_type"]))))
            spans = [" ".join(s.split()) for s in ast.literal_eval(row["annotated_span"] or "[]") if str(s).strip()]
            article = Article(id=f"cl{i}", body=body)
            for start, end in _summary_sentences(summary):
                claim = " ".join(summary[start:end].split())
                if len(claim.split()) < 4:
                    continue
                if correct:
                    yield Labelled(article, claim, True, ("faithful",), closest_sentences(body, claim))
                elif kinds and any(span in claim for span in spans):
                    yield Labelled(article, claim, False, kinds, closest_sentences(body, claim))


# CLIFF's two halves are reported apart: its validation half is the one to read examples from.
READERS = {
    "summedits-news": summedits,
    "wice-dev": wice,
    "faithbench": faithbench,
    "frank": frank,
    "cliff-val": partial(cliff, cut="val"),
    "cliff-test": partial(cliff, cut="test"),
}
FETCHERS = {"faithbench": fetch_faithbench, "frank": fetch_frank, "cliff-val": fetch_cliff, "cliff-test": fetch_cliff}


def judge(examples: list[Labelled], mode: str) -> dict[str, list[bool]]:
    """Per error type, whether the verifier judged each example right."""
    verifier = Verifier([e.article for e in examples])
    outcome: dict[str, list[bool]] = defaultdict(list)
    for e in examples:
        evidence = [Evidence(quote=q) for q in e.given] if mode == "given" else []
        card = Card(article=e.article.id, kind=Kind.statement, claim=e.claim, evidence=evidence)
        verified = verifier.verify(card).status is Status.verified
        for kind in e.error_types:
            outcome[kind].append(verified if e.faithful else not verified)
    return outcome


def scores(outcome: dict[str, list[bool]]) -> tuple[float, float, float]:
    faithful = outcome.get("faithful", [])
    caught = [ok for kind, oks in outcome.items() if kind != "faithful" for ok in oks]
    accepted = sum(faithful) / len(faithful) if faithful else float("nan")
    rate = sum(caught) / len(caught) if caught else float("nan")
    return accepted, rate, (accepted + rate) / 2


def run(size: str, cache: Path | None = None, limit: int | None = None) -> list[Row]:
    cache = cache or cache_dir()
    limit = limit if limit is not None else (None if size == "full" else 150)
    rows: list[Row] = []
    for name, reader in READERS.items():
        path = FETCHERS[name](cache) if name in FETCHERS else fetch(name, cache)
        if path is None:
            continue
        examples = list(reader(path))[:limit]
        for mode in ("given", "searched"):
            outcome = judge(examples, mode)
            accepted, caught, balanced = scores(outcome)
            label = f"{name}, evidence {mode}"
            rows.append(Row("trust", f"{label}: faithful accepted", accepted * 100, "%", ">= 85%", accepted >= 0.85))
            rows.append(Row("trust", f"{label}: hallucinated caught", caught * 100, "%", ">= 70%", caught >= 0.70))
            target = 0.75 if mode == "given" else 0.70
            rows.append(Row("trust", f"{label}: balanced accuracy", balanced, "", f">= {target}", balanced >= target))
            for kind, oks in sorted(outcome.items()):
                if kind != "faithful":
                    rows.append(Row("trust", f"{label}: caught, {kind} (n={len(oks)})", 100 * sum(oks) / len(oks), "%"))
    return rows
