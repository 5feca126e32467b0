"""Fit the link score of weak story links: `python -m bench.story_links [--days N]`.

Reads the AllSides days of `bench sides` (three outlets of different leanings per event, read as one
undated day), takes every pair that `group_stories` weighs as a weak link (cosine between the weak
threshold and `--story-threshold`), labels it by whether the two articles cover one event, and fits
a logistic regression on the features of `factcards.stories.grouping._link_features` by Newton's
method with a small ridge, on the first N days (seeds 0..N-1). It prints the weights to paste into
`LINK_WEIGHTS`, then pairwise F1 on the next N days (seeds N..2N-1), which the fit never saw, for
the fitted score, for the score in the code and for the rule it replaced (each article among the
other's three closest matches). Needs the AllSides file in the bench cache (`bench --only sides`).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Mapping

from bench.realday import pairwise
from bench.sides import draw_day, fetch, read_events
from bench.trust import cache_dir
from factcards.stories.grouping import (
    LINK_SCORE,
    LINK_WEIGHTS,
    ScoredPairs,
    StorySettings,
    clustered,
    linked,
    scored_pairs,
)

RIDGE = 1.0  # keeps the weights small where two features say the same thing


def weak_pairs(days: list[int], events: list[dict]) -> list[tuple[dict[str, float], bool]]:
    rows = []
    settings = StorySettings()
    for seed in days:
        articles, event = draw_day(events, seed)
        pairs = scored_pairs(articles, settings)
        for (a, b), cosine in pairs.similar.items():
            if cosine < settings.threshold:
                rows.append((pairs.features[(a, b)], event[articles[a].id] == event[articles[b].id]))
    return rows


def fit(rows: list[tuple[dict[str, float], bool]], names: list[str], steps: int = 30) -> dict[str, float]:
    """Logistic regression by Newton's method (iteratively reweighted least squares)."""
    k = len(names) + 1
    xs = [[1.0] + [features[name] for name in names] for features, _ in rows]
    ys = [1.0 if label else 0.0 for _, label in rows]
    w = [0.0] * k
    for _ in range(steps):
        gradient = [-RIDGE * w[j] if j else 0.0 for j in range(k)]
        hessian = [[(RIDGE if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for x, y in zip(xs, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(wi * xi for wi, xi in zip(w, x, strict=True))))
            for i in range(k):
                gradient[i] += (y - p) * x[i]
                row = hessian[i]
                for j in range(i, k):
                    row[j] += p * (1 - p) * x[i] * x[j]
        for i in range(k):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        w = [wi + si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {"bias": w[0], **dict(zip(names, w[1:], strict=True))}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(vector)
    m = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][c] * out[c] for c in range(r + 1, n))) / m[r][r]
    return out


def f1_with(days: list[int], events: list[dict], weights: Mapping[str, float], rule: str = "score") -> float:
    """Pairwise F1 over `days`, stories joined by the link score with `weights`, or by the three-closest rule."""
    settings = StorySettings()
    scores = []
    for seed in days:
        articles, event = draw_day(events, seed)
        pairs = scored_pairs(articles, settings)
        links = _three_closest(pairs, settings) if rule == "closest" else linked(pairs, settings, weights)
        groups = clustered(articles, links, settings)
        scores.append(pairwise([[articles[i].id for i in g] for g in groups], event)[2])
    return sum(scores) / len(scores)


def _three_closest(pairs: ScoredPairs, settings: StorySettings) -> dict[tuple[int, int], float]:
    """The rule the link score replaced: a weak pair joined when each article is among the other's three closest."""
    return {
        pair: cosine
        for pair, cosine in pairs.similar.items()
        if cosine >= settings.threshold or pairs.features[pair]["far_rank"] < math.log1p(3)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=10)
    args = parser.parse_args()
    path = fetch(cache_dir())
    if path is None:
        raise SystemExit("story_links: the AllSides file is not in the bench cache and cannot be downloaded")
    events = read_events(path)
    train, test = list(range(args.days)), list(range(args.days, 2 * args.days))
    rows = weak_pairs(train, events)
    names = [name for name in LINK_WEIGHTS if name != "bias"]
    weights = fit(rows, names)
    print(f"fitted on {len(rows)} weak pairs of days {train[0]}-{train[-1]} ({sum(y for _, y in rows)} one event)")
    print("LINK_WEIGHTS = {" + ", ".join(f'"{k}": {v:.2f}' for k, v in weights.items()) + "}")
    print(f"link score >= {LINK_SCORE}; pairwise F1 on days {test[0]}-{test[-1]}:")
    print(f"  fitted weights       {f1_with(test, events, {k: round(v, 2) for k, v in weights.items()}):.4f}")
    print(f"  weights in the code  {f1_with(test, events, LINK_WEIGHTS):.4f}")
    print(f"  three closest rule   {f1_with(test, events, LINK_WEIGHTS, rule='closest'):.4f}")


if __name__ == "__main__":
    main()
