"""Adversarial input must stay linear: no regex may backtrack catastrophically.

The only timing in the tests: a generous guard (10 s for ~1 MB) that a catastrophic pattern
would blow by orders of magnitude.
"""
from __future__ import annotations

import datetime
import threading

import pytest

from streams.extract import extract_incidents

def _letters(n: int) -> str:
    """A made-up surname ending for each n: "aaa", "aab", ..."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[n // 26 ** k % 26] for k in (2, 1, 0))


PIECES = [
    "1" * 200_000,
    " " * 100_000,
    "Kataib Kataib Kataib " * 5_000,
    "The Black Red Green Blue Brigade Brigade claimed " * 2_000,
    "SAN SALVADOR, 4 FEB 90 " * 3_000,
    "attack. " * 10_000,
    "In January February March 12 13 14 " * 3_000,
    "A" * 100_000,
    "Farabundo Marti National Liberation " * 3_000,
    "at least at least at least " * 3_000,
    "killed " + "1,000," * 50_000 + "0001 people",  # digit groups that end in a longer number
    # a digest of 3,000 incidents, each in another town or on another day, with its own named victim,
    # a sentence that only names the attack, a threat (no attack) and the groups named apart: the work
    # per incident must not walk the whole article's hits, incidents, dead zones or victims
    "".join(f"A car bomb exploded at a market in {('Mosul', 'Kabul', 'Quetta', 'Aleppo')[n % 4]} on "
            f"{('Monday', 'Tuesday', 'Wednesday')[n % 3]}, killing Ali Kar{_letters(n)} and {n % 9 + 2} people. "
            "The explosion destroyed several shops. The militants threatened to attack again. Officials said "
            "Kataib Hezbollah and Al-Shabaab were active in the region. "
            for n in range(3_000)),
]


@pytest.mark.parametrize("piece", range(len(PIECES)))
def test_adversarial_text_finishes(piece: int) -> None:
    text = PIECES[piece]
    done: list[object] = []

    def work() -> None:
        done.append(extract_incidents(text, datetime.date(2024, 1, 1), "adv"))

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done, f"extraction of {len(text)} adversarial characters did not finish in 10 s"


def test_one_megabyte_mixture_finishes() -> None:
    text = "".join(PIECES)[:1_000_000]
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(extract_incidents(text, datetime.date(2024, 1, 1), "adv")),
                              daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done
