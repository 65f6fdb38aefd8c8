"""Counts in words or digits, read as lower bounds."""
from __future__ import annotations

import pytest

from streams.extract.numbers import count_from_words


@pytest.mark.parametrize(("words", "count"), [
    (["at", "least", "five"], 5),
    (["nearly", "20"], 20),
    (["a", "dozen"], 12),
    (["twenty-five"], 25),
    (["twenty", "five"], 25),
    (["dozens"], 24),
    (["1,200"], 1200),
    (["a"], 1),
    (["the"], None),
    ([], None),
])
def test_count(words: list[str], count: int | None) -> None:
    assert count_from_words(words) == count
