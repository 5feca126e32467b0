"""python -m bench [--size small|full] [--only verify,llm,scale,startup,trust,realday,sides,speakers,naive,perturb,...]
[--json FILE]

`trust` (the verifier on public, human-labelled claims), `realday` (Multi-News clusters read as one
day), `sides` (AllSides roundups: three outlets per event), `speakers` (quote cards' speakers against
PolNeAR's annotated attributions) and `naive` (the verifier against a naive one on that day's real
cards) download their data at bench time, and `page` (the review page in headless chromium) needs a browser: none of them is in the
default set; name them with --only.
"""

from __future__ import annotations

import argparse
import os
import platform
from pathlib import Path

from bench import (
    batch,
    conflicts,
    extraction,
    llm_overhead,
    naive,
    perturb,
    realday,
    review_page,
    scale,
    sides,
    speakers,
    startup,
    trust,
    verification,
)
from bench.report import Row, print_table, write_json

SECTIONS = {
    "verify": verification.run,
    "llm": llm_overhead.run,
    "scale": scale.run,
    "startup": startup.run,
    "trust": trust.run,
    "page": review_page.run,
    "batch": batch.run,
    "extract": extraction.run,
    "conflicts": conflicts.run,
    "realday": realday.run,
    "sides": sides.run,
    "speakers": speakers.run,
    "naive": naive.run,
    "perturb": perturb.run,
}
DEFAULT = ("verify", "llm", "scale", "startup", "batch", "extract", "conflicts", "perturb")


def machine() -> dict[str, object]:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description="factcards benchmarks")
    parser.add_argument("--size", choices=("small", "full"), default="small")
    parser.add_argument("--only", default=",".join(DEFAULT), help="comma-separated sections")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name in args.only.split(","):
        rows.extend(SECTIONS[name.strip()](args.size))
    info = machine()
    print(f"machine: {info['cores']} cores, {info['memory_gib']} GiB, Python {info['python']}; size: {args.size}")
    print_table(rows)
    if args.json:
        write_json(rows, args.json, info)


if __name__ == "__main__":
    main()
