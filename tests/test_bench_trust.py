"""The trust benchmark's reading of its data sets: each summary sentence a claim, labelled by what
people marked in it (made-up data in each data set's shape)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bench.trust import cliff, faithbench, frank

SOURCE = (
    "The harbour bridge in Port Alden will close for six weeks from March 24. "
    "Repairs will cost $4.2 million, the city said."
)
SUMMARY = (
    "Here's a summary of the passage:\n\n"
    "The Port Alden harbour bridge will close for six weeks. "
    "The repairs will cost $5 million. "
    "The city is widely admired for its bridges. "
    "The closure starts on March 24."
)


def _span(text: str, labels: list[str]) -> dict:
    start = SUMMARY.index(text)
    return {"label": labels, "summary_start": start, "summary_end": start + len(text), "summary_span": text}


def test_summary_sentences_become_claims_labelled_by_the_spans_in_them(tmp_path: Path) -> None:
    sample = {
        "sample_id": 0,
        "source": SOURCE,
        "summary": SUMMARY,
        "annotations": [
            _span("$5 million", ["Unwanted", "Unwanted.Intrinsic"]),
            _span("widely admired", ["Questionable"]),
        ],
        "metadata": {"summarizer": "some/model"},
    }
    (tmp_path / "batch_1.json").write_text(json.dumps({"samples": [sample]}), encoding="utf-8")
    found = {e.claim: e for e in faithbench(tmp_path)}
    # the preamble ending in a colon is no claim; the questionable sentence is left out
    assert sorted(found) == [
        "The Port Alden harbour bridge will close for six weeks.",
        "The closure starts on March 24.",
        "The repairs will cost $5 million.",
    ]
    wrong = found["The repairs will cost $5 million."]
    assert not wrong.faithful and wrong.error_types == ("Unwanted.Intrinsic",)
    assert wrong.given == ("Repairs will cost $4.2 million, the city said.",)
    assert found["The closure starts on March 24."].faithful


def test_frank_sentences_are_faithful_when_two_of_three_people_found_no_error(tmp_path: Path) -> None:
    record = {
        "hash": "a1b2",
        "model_name": "bart",
        "dataset": "cnndm",
        "split": "valid",
        "article": SOURCE,
        "summary_sentences": [
            "The Port Alden harbour bridge will close for six weeks.",
            "The repairs will cost $5 million.",
            "The city is widely admired for its bridges.",
            "Bridge closes.",
        ],
        "summary_sentences_annotations": [
            {"annotator_0": ["NoE"], "annotator_1": ["NoE"], "annotator_2": ["CircE"]},
            {"annotator_0": ["EntE"], "annotator_1": ["EntE", "RelE"], "annotator_2": ["NoE"]},
            {"annotator_0": ["OutE"], "annotator_1": ["RelE"], "annotator_2": ["NoE"]},
            {"annotator_0": ["NoE"], "annotator_1": ["NoE"], "annotator_2": ["NoE"]},
        ],
    }
    path = tmp_path / "frank_sentences.json"
    path.write_text(json.dumps([record, {**record, "article": " "}]), encoding="utf-8")
    found = {e.claim: e for e in frank(path)}  # a record without its article, and a 2-word claim, say nothing
    assert len(found) == 3
    assert found["The Port Alden harbour bridge will close for six weeks."].faithful
    wrong = found["The repairs will cost $5 million."]
    assert not wrong.faithful and wrong.error_types == ("entity",)  # only what two people agree on
    assert wrong.given == ("Repairs will cost $4.2 million, the city said.",)
    assert found["The city is widely admired for its bridges."].error_types == ("mixed",)


def test_cliff_sentences_are_hallucinated_where_a_marked_span_falls_and_faithful_in_a_correct_summary(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cliff_error_types.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["dataset", "origin", "id", "doc", "summ", "model_name", "cut", "error_type", "annotated_span"])
        wrong = "The Port Alden harbour bridge will close for six weeks. The repairs will cost $5 million."
        writer.writerow(["CLIFF", "cnndm", "1", SOURCE, wrong, "BART", "val", "['intrinsic-NP']", "['$5 million']"])
        right = "The Port Alden harbour bridge will close for six weeks."
        writer.writerow(["CLIFF", "cnndm", "1", SOURCE, right, "Pegasus", "val", "correct", ""])
    found = [(e.claim, e.faithful, e.error_types) for e in cliff(path)]
    # the wrong summary's first sentence has nothing marked in it: no one said which way it goes
    assert found == [
        ("The repairs will cost $5 million.", False, ("intrinsic-NP",)),
        ("The Port Alden harbour bridge will close for six weeks.", True, ("faithful",)),
    ]
