"""Fitting the link score: logistic regression by Newton's method, without numpy."""

from __future__ import annotations

import math
import random

import pytest

from bench.story_links import _solve, fit


def test_solve_gives_the_solution_of_a_small_system() -> None:
    assert _solve([[4.0, 1.0], [1.0, 3.0]], [1.0, 2.0]) == pytest.approx([1 / 11, 7 / 11])


def test_fit_recovers_the_weights_the_labels_were_drawn_from() -> None:
    rng = random.Random(7)
    truth = {"bias": -1.0, "cosine": 3.0, "far_rank": -2.0}
    rows = []
    for _ in range(4000):
        features = {"cosine": rng.random(), "far_rank": math.log1p(rng.randrange(6))}
        z = truth["bias"] + sum(truth[k] * v for k, v in features.items())
        rows.append((features, rng.random() < 1 / (1 + math.exp(-z))))
    weights = fit(rows, ["cosine", "far_rank"])
    assert weights == pytest.approx(truth, abs=0.35)
