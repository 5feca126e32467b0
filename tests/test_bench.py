"""The benchmark harness runs end to end at its small size (this checks the harness, not speed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_small_benchmarks_print_a_table_and_write_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    # (the default set but the perturbations, whose rows test_bench_perturb checks on one judging of them all)
    only = "verify,llm,scale,startup,batch,extract,conflicts"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--size", "small", "--only", only, "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("machine: ")
    data = json.loads(out.read_text(encoding="utf-8"))
    sections = {row["section"] for row in data["rows"]}
    assert sections == {"verify", "llm", "scale", "cache", "startup", "batch", "extract", "conflicts"}
    assert all(isinstance(row["value"], int | float) for row in data["rows"])
    assert data["machine"]["cores"] >= 1
