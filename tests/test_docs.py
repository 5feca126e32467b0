"""docs/failures.md names a test for every case: every test it names exists."""

from __future__ import annotations

import re

from conftest import REPO


def test_every_test_the_failure_catalogue_names_exists() -> None:
    catalogue = (REPO / "docs" / "failures.md").read_text(encoding="utf-8")
    named = re.findall(r"`(test_\w+\.py)::(test_\w+)", catalogue)
    assert len(named) > 40
    missing = []
    for module, test in set(named):
        source = (REPO / "tests" / module).read_text(encoding="utf-8")
        if f"def {test}(" not in source:
            missing.append(f"{module}::{test}")
    assert missing == []
