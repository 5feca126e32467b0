"""The command line as a user meets it: real processes, real files, exit codes and one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

COMMANDS = ["brief", "extract", "daily", "verify", "review", "html", "schema"]


def factcards(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcards", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = factcards(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_brief_of_the_examples_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    result = factcards("brief", EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Fact brief — 2025-03-14\n")
    out = tmp_path / "out" / "brief.md"
    cards = tmp_path / "out" / "cards.json"
    assert factcards("brief", EXAMPLES, "-o", out, "--cards-out", cards, "--date", "2025-03-15").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("# Fact brief — 2025-03-15\n")
    assert {"articles", "cards"} <= set(json.loads(cards.read_text(encoding="utf-8")))
    assert list(out.parent.glob(".*.tmp")) == []


def test_bad_input_keeps_the_previous_brief(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("yesterday's brief\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    assert_one_line_error(factcards("brief", bad, "-o", out), str(bad), "not valid UTF-8")
    assert out.read_text(encoding="utf-8") == "yesterday's brief\n"


def test_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert_one_line_error(factcards("brief", EXAMPLES, "-o", blocker / "brief.md"), "cannot write")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["brief", "nope/"], "no such file or directory"),
        (["brief", EXAMPLES, "--date", "14/03/2025"], "--date"),
        (["brief", EXAMPLES, "--extractor", "magic"], "unknown extractor 'magic'"),
    ],
)
def test_usage_errors(args: list[str | Path], fragment: str) -> None:
    assert_one_line_error(factcards(*args), fragment)


def test_extract_json_and_jsonl(tmp_path: Path) -> None:
    result = factcards("extract", EXAMPLES)
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 6 and all(c["status"] for c in data["cards"])
    lines = factcards("extract", EXAMPLES, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(data["cards"]) and json.loads(lines[0])["id"] == data["cards"][0]["id"]


def test_verify_exit_codes_and_reasons(tmp_path: Path) -> None:
    cards_path = tmp_path / "cards.json"
    cards_path.write_text(factcards("extract", EXAMPLES).stdout, encoding="utf-8")
    ok = factcards("verify", cards_path, EXAMPLES)
    assert ok.returncode == 0, ok.stdout
    assert ok.stdout.strip().splitlines()[-1].endswith("0 need review, 0 unsupported")

    data = json.loads(cards_path.read_text(encoding="utf-8"))
    six = next(i for i, c in enumerate(data["cards"]) if "six weeks" in c["claim"] and len(c["sources"]) == 1)
    other = next(i for i in range(len(data["cards"])) if i != six)
    data["cards"][six]["claim"] = data["cards"][six]["claim"].replace("six weeks", "nine weeks")
    data["cards"][other]["evidence"] = [{"quote": "an invented quote that is nowhere in the article"}]
    cards_path.write_text(json.dumps(data), encoding="utf-8")
    bad = factcards("verify", cards_path, EXAMPLES)
    assert bad.returncode == 1
    assert 'number "nine" not in evidence (evidence says "six")' in bad.stdout
    assert "quote not found in the article" in bad.stdout

    as_json = json.loads(factcards("verify", cards_path, EXAMPLES, "--format", "json").stdout)
    statuses = [c["status"] for c in as_json["cards"]]
    assert statuses[six] == statuses[other] == "unsupported"
    assert statuses.count("verified") == len(statuses) - 2
    for card in as_json["cards"]:
        for e in card["evidence"]:
            if e["match"] in ("exact", "normalized"):
                assert e["end"] - e["start"] == len(e["text"])
    assert as_json["stories"] == data["stories"]


@pytest.mark.parametrize(
    ("cards", "fragment"),
    [
        ('{"cards": [{"article": "nope", "kind": "event", "claim": "x", "evidence": []}]}', 'unknown article "nope"'),
        (
            '{"cards": [{"article": "coastline-bridge", "kind": "event", "claim": "x", "evidence": "a quote"}]}',
            "card 1: evidence",
        ),
        (
            '{"cards": [{"article": "coastline-bridge", "kind": "event", "claim": "x", "evidence": [{"quote": 5}]}]}',
            "card 1: evidence.0.quote",
        ),
        (
            '{"cards": [{"article": "coastline-bridge", "kind": "event", "claim": "x", "evidence": [{"quote": "q", "start": 0, "end": 999999}]}]}',
            "outside the article",
        ),
        ('{"cards": [{"article": "coastline-bridge", "kind": "event", "claim": "", "evidence": []}]}', "card 1: claim"),
        ('{"cards": [\n{"article": }]}', ":2: invalid JSON"),
    ],
)
def test_verify_rejects_malformed_cards_files(tmp_path: Path, cards: str, fragment: str) -> None:
    path = tmp_path / "cards.json"
    path.write_text(cards, encoding="utf-8")
    assert_one_line_error(factcards("verify", path, EXAMPLES), str(path), fragment)


def test_schema_prints_the_card_schema() -> None:
    schema = json.loads(factcards("schema").stdout)
    assert schema["title"] == "Card" and "evidence" in schema["properties"]
    assert json.loads(factcards("schema", "cards-file").stdout)["title"] == "CardsFile"


def test_the_offline_path_imports_neither_openai_nor_tiktoken() -> None:
    code = (
        "import sys\n"
        "from factcards.cli import app\n"
        "try:\n"
        f"    app(['brief', {str(EXAMPLES)!r}], standalone_mode=False)\n"
        "finally:\n"
        "    print([m for m in ('openai', 'tiktoken') if m in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"


def test_daily_prints_a_one_line_summary(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, inbox)
    result = factcards("daily", "--inbox", inbox, "--date", "2025-03-14", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    # the Kestrel recall is dated 2025-03-13 in its metadata, so it is not part of this day
    assert result.stderr.strip().splitlines()[-1].startswith("2025-03-14: 5 articles, 2 stories, ")
    assert (tmp_path / "out" / "2025-03-14.md").exists()
    bad = factcards("daily", "--inbox", inbox, "--date", "2025-3-14", "--out", tmp_path / "out")
    assert_one_line_error(bad, "--date")


def test_an_unknown_check_code_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(factcards("brief", EXAMPLES, "--ignore", "FC999"), "--ignore", "FC999")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_internal_type_placeholders(command: str) -> None:
    import re

    result = subprocess.run([sys.executable, "-m", "factcards", command, "--help"], capture_output=True, text=True,
                            timeout=60, env={**__import__("os").environ, "COLUMNS": "160"})  # fmt: skip
    assert not re.search(r"<(?:list\[|bool>|str>|int|float)", result.stdout), result.stdout


def test_verbose_says_more_and_quiet_says_only_errors(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "ok.txt").write_text("The council voted on Friday to close the bridge for six weeks.", encoding="utf-8")
    (bad / "broken.json").write_text("{not json", encoding="utf-8")
    normal = factcards("brief", bad, "--skip-bad", "-o", tmp_path / "a.md")
    assert normal.returncode == 0 and "factcards: warning: skipped" in normal.stderr
    quiet = factcards("-q", "brief", bad, "--skip-bad", "-o", tmp_path / "b.md")
    assert quiet.returncode == 0 and quiet.stderr == ""
    verbose = factcards("-v", "brief", bad, "--skip-bad", "-o", tmp_path / "c.md")
    assert "factcards: 1 articles, 1 stories" in verbose.stderr
    assert_one_line_error(factcards("-q", "brief", tmp_path / "missing"), "no such file")
