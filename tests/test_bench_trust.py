"""The trust benchmark's reading of FaithBench: each summary sentence a claim, labelled by the
spans people marked in it (made-up data in the data set's shape)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.trust import faithbench

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
