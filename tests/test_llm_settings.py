"""LLM settings: flag > environment > factcards.toml > default, and token counting offline."""

from __future__ import annotations

from pathlib import Path

import pytest
import tiktoken

from factcards.errors import UsageError
from factcards.llm.settings import LLMSettings, redact_url, resolve_settings
from factcards.llm.tokens import TokenCounter, estimate_tokens


def test_precedence_flag_over_env_over_file_over_default(tmp_path: Path) -> None:
    (tmp_path / "factcards.toml").write_text(
        '[llm]\nmodel = "from-file"\nconcurrency = 7\ntimeout = 12.5\nbase-url = "http://file.example/v1"\n',
        encoding="utf-8",
    )
    env = {"FACTCARDS_MODEL": "from-env", "OPENAI_BASE_URL": "http://env.example/v1", "OPENAI_API_KEY": "sk-env"}
    settings = resolve_settings({"model": "from-flag", "timeout": None}, env, tmp_path)
    assert settings.model == "from-flag"  # flag
    assert settings.base_url == "http://env.example/v1"  # env beats file
    assert settings.concurrency == 7 and settings.timeout == 12.5  # file beats default
    assert settings.max_retries == LLMSettings().max_retries  # default
    assert settings.api_key == "sk-env"


def test_no_config_file_means_defaults(tmp_path: Path) -> None:
    assert resolve_settings({}, {}, tmp_path) == LLMSettings()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[llm]\nmodle = "x"\n', "unknown setting [llm] 'modle'"),
        ('[llm]\napi_key = "sk-in-a-file"\n', "unknown setting [llm] 'api_key'"),
        ("[llm]\nconcurrency = 'many'\n", "is not a valid concurrency"),
        ("[llm\n", "cannot read"),
        ('[llm]\nresponse_format = "xml"\n', "--response-format must be one of"),
    ],
)
def test_bad_config_files_are_one_line_usage_errors(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "factcards.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(UsageError, match=message.replace("[", r"\[").replace("]", r"\]")):
        resolve_settings({}, {}, tmp_path)


def test_credentials_in_a_base_url_are_redacted() -> None:
    assert redact_url("https://user:secret@llm.example/v1?key=abc") == "https://***@llm.example/v1"
    assert "secret" not in LLMSettings(base_url="https://user:secret@llm.example/v1").shown_base_url
    assert "sk-" not in repr(LLMSettings(api_key="sk-hidden"))


def tiny_encoding() -> tiktoken.Encoding:
    """A byte-level BPE with three merges, built here so no test touches the network."""
    ranks = {bytes([i]): i for i in range(256)}
    for piece in (b"th", b"the", b" the"):
        ranks[piece] = len(ranks)
    return tiktoken.Encoding(
        "factcards-test", pat_str=r"""'s|'t| ?\w+| ?[^\s\w]+|\s+(?!\S)|\s+""", mergeable_ranks=ranks, special_tokens={}
    )


def test_tokens_are_counted_with_a_real_tiktoken_encoding() -> None:
    counter = TokenCounter("any", encoding=tiny_encoding())
    assert counter.count("the") == 1
    assert counter.count(" the") == 1
    assert counter.count("the cat") == 1 + 4  # "the" + " cat" as four single bytes
    assert counter.estimated is False


def test_without_encoding_files_we_warn_once_and_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(name: str) -> tiktoken.Encoding:
        raise ConnectionError("no network")

    monkeypatch.setattr(tiktoken, "encoding_for_model", unavailable)
    monkeypatch.setattr(tiktoken, "get_encoding", unavailable)
    warnings: list[str] = []
    counter = TokenCounter("gpt-test", warn=warnings.append)
    assert counter.count("x" * 40) == estimate_tokens("x" * 40) == 10
    assert counter.count("y" * 8) == 2
    assert len(warnings) == 1 and "TIKTOKEN_CACHE_DIR" in warnings[0]
    assert counter.estimated
