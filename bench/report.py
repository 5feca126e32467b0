"""The benchmark table and its JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Row:
    section: str
    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None


def print_table(rows: list[Row]) -> None:
    header = ("section", "measure", "value", "target", "")
    lines = [
        (r.section, r.name, f"{r.value:,.3f} {r.unit}" if r.value < 100 else f"{r.value:,.0f} {r.unit}", r.target,
         "" if r.ok is None else ("ok" if r.ok else "MISSED"))
        for r in rows
    ]  # fmt: skip
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=True)]
    for line in [header, tuple("-" * w for w in widths), *lines]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def write_json(rows: list[Row], path: Path, machine: dict[str, object]) -> None:
    path.write_text(
        json.dumps({"machine": machine, "rows": [asdict(r) for r in rows]}, indent=2) + "\n", encoding="utf-8"
    )
