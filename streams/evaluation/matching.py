"""The scorer's arithmetic: string normalisation, optimal one-to-one alignment, P/R/F1 tallies.

Normalisation is the one of the MUC-4 document-level extraction scorers (GRIT, Du, Rush &
Cardie, EACL 2021, after SQuAD): lower case, drop ASCII punctuation, drop the articles
"a", "an", "the", collapse white space. Both sides go through it before any comparison.

Alignment: every similarity the scorer uses is 0 or 1, so the optimal one-to-one
alignment of Kuhn-Munkres (what GRIT gets from scipy's linear_sum_assignment) is a
maximum bipartite matching; ``max_matching`` finds it with augmenting paths, which is
exact for 0/1 weights and needs no numeric library. A greedy pairing is not: it can pair
a prediction with the first gold entity it fits and leave a later prediction without the
only entity it could have matched.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_PUNCTUATION = str.maketrans("", "", string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalize(text: str) -> str:
    """The comparable form of a mention: lower case, no punctuation, articles, extra blanks."""
    return " ".join(_ARTICLES.sub(" ", text.lower().translate(_PUNCTUATION)).split())


def max_matching(n_left: int, n_right: int, matches: Callable[[int, int], bool]) -> int:
    """Size of a maximum one-to-one matching between left and right items (Kuhn's algorithm)."""
    partner_of_right: list[int | None] = [None] * n_right
    candidates = [[j for j in range(n_right) if matches(i, j)] for i in range(n_left)]

    def augment(i: int, seen: list[bool]) -> bool:
        for j in candidates[i]:
            if seen[j]:
                continue
            seen[j] = True
            if partner_of_right[j] is None or augment(partner_of_right[j], seen):
                partner_of_right[j] = i
                return True
        return False

    return sum(augment(i, [False] * n_right) for i in range(n_left))


def aligned_matches(predicted: Sequence[frozenset[str]], gold: Sequence[frozenset[str]]) -> int:
    """How many predicted entities an optimal one-to-one alignment pairs with a gold entity.

    An entity is a set of normalised names; a predicted entity matches a gold entity when
    they share a name (for a one-name prediction: the name is one of the gold mentions).
    """
    return max_matching(len(predicted), len(gold), lambda i, j: not predicted[i].isdisjoint(gold[j]))


@dataclass
class Tally:
    """Numerators and denominators of precision and recall, summed over documents (micro)."""

    p_num: float = 0.0
    p_den: float = 0.0
    r_num: float = 0.0
    r_den: float = 0.0

    def add(self, other: Tally) -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"p_num": self.p_num, "p_den": self.p_den, "r_num": self.r_num, "r_den": self.r_den,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def alignment_tally(predicted: Sequence[frozenset[str]], gold: Sequence[frozenset[str]]) -> Tally:
    """P/R counts of one document and one slot: matched / #predicted, matched / #gold."""
    matched = aligned_matches(predicted, gold)
    return Tally(matched, len(predicted), matched, len(gold))
