"""Shared fixtures; `pytest --update-golden` rewrites the expected files under golden/."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcards.models import Article

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "golden"
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden/*/ expected outputs")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read the developer's own ~/.config/factcards/factcards.toml."""
    if "FACTCARDS_CONFIG_DIR" not in os.environ or not os.environ["FACTCARDS_CONFIG_DIR"].startswith(
        str(tmp_path_factory.getbasetemp())
    ):
        monkeypatch.setenv("FACTCARDS_CONFIG_DIR", str(tmp_path_factory.getbasetemp() / "no-user-config"))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is not present beside the repository")
    return SEEDS


@pytest.fixture
def make_article() -> Callable[..., Article]:
    def make(body: str, id: str = "a1", date: str | None = "2025-03-14", **meta: str) -> Article:
        return Article(id=id, body=body, date=date, **meta)

    return make
