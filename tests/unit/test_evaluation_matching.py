"""Scorer arithmetic: normalisation, optimal alignment, tallies."""
from __future__ import annotations

import itertools
import random

import pytest

from streams.evaluation.matching import Tally, aligned_matches, alignment_tally, max_matching, normalize


@pytest.mark.parametrize(("raw", "expected"), [
    ("The Rebels", "rebels"),
    ("  an   ARMY  patrol. ", "army patrol"),
    ('"La Paloma" farm', "la paloma farm"),
    ("Kata'ib Hizballah", "kataib hizballah"),
    ("theatre", "theatre"),  # articles only as whole words
    ("a", ""),
])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def _greedy(predicted: list[frozenset[str]], gold: list[frozenset[str]]) -> int:
    taken: set[int] = set()
    for entity in predicted:
        for j, gold_entity in enumerate(gold):
            if j not in taken and not entity.isdisjoint(gold_entity):
                taken.add(j)
                break
    return len(taken)


def test_alignment_beats_greedy_first_fit() -> None:
    # "rebels" fits both gold entities; first fit gives it the one "gunmen" needed.
    gold = [frozenset({"gunmen", "rebels"}), frozenset({"rebels"})]
    predicted = [frozenset({"rebels"}), frozenset({"gunmen"})]
    assert _greedy(predicted, gold) == 1
    assert aligned_matches(predicted, gold) == 2


def test_alignment_is_one_to_one() -> None:
    gold = [frozenset({"soldiers"})]
    predicted = [frozenset({"soldiers"}), frozenset({"soldiers", "troops"})]
    assert aligned_matches(predicted, gold) == 1
    tally = alignment_tally(predicted, gold)
    assert (tally.precision, tally.recall) == (0.5, 1.0)


def _brute_force(n_left: int, n_right: int, edges: set[tuple[int, int]]) -> int:
    best = 0
    for size in range(min(n_left, n_right), 0, -1):
        for lefts in itertools.combinations(range(n_left), size):
            for rights in itertools.permutations(range(n_right), size):
                if all(pair in edges for pair in zip(lefts, rights)):
                    return size
    return best


def test_max_matching_agrees_with_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n_left, n_right = rng.randint(0, 5), rng.randint(0, 5)
        edges = {(i, j) for i in range(n_left) for j in range(n_right) if rng.random() < 0.35}
        assert max_matching(n_left, n_right, lambda i, j: (i, j) in edges) == _brute_force(n_left, n_right, edges)


def test_tally_micro_sums_before_dividing() -> None:
    total = Tally()
    total.add(Tally(1, 1, 1, 4))  # P 1.0, R 0.25
    total.add(Tally(0, 3, 0, 0))  # P 0.0, nothing to find
    assert total.precision == pytest.approx(0.25)
    assert total.recall == pytest.approx(0.25)
    assert total.f1 == pytest.approx(0.25)


def test_empty_tally_scores_zero_not_error() -> None:
    assert (Tally().precision, Tally().recall, Tally().f1) == (0.0, 0.0, 0.0)
