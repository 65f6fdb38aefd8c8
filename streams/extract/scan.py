"""One pass of the lexicon automata over an article: every dictionary hit, on word boundaries."""
from __future__ import annotations

from dataclasses import dataclass

from streams.extract.resources import Lexicon


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    category: str
    payload: object


def lower_same_length(text: str) -> str:
    """Lower-case text whose offsets still index the original (a few Unicode letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _on_boundary(text: str, start: int, end: int) -> bool:
    if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        return False
    if end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        return False
    return True


def is_all_caps(text: str) -> bool:
    """True for wire copy set in capitals (most of MUC-4): few lower-case letters among the letters."""
    lower = upper = 0
    for ch in text[:4000]:
        if ch.islower():
            lower += 1
        elif ch.isupper():
            upper += 1
    return upper > 20 and lower < 0.05 * upper


def scan(text: str, low: str, lex: Lexicon, caps: bool) -> list[Hit]:
    """All dictionary hits: lower-case phrases, then case-sensitive acronyms, sorted by position."""
    hits: list[Hit] = []
    for end_idx, (length, values) in lex.phrases.iter(low):
        start, end = end_idx - length + 1, end_idx + 1
        if _on_boundary(low, start, end):
            _emit(hits, start, end, values)
    for end_idx, (length, values) in lex.acronyms.iter(text):
        start, end = end_idx - length + 1, end_idx + 1
        if not _on_boundary(text, start, end):
            continue
        acro = text[start:end]
        if caps and acro in lex.ambiguous_acronyms:
            if not (start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")"):
                continue
        if not caps and acro.lower() in lex.stopwords and not (start > 0 and text[start - 1] == "("):
            continue
        _emit(hits, start, end, values)
    hits.sort(key=lambda h: (h.start, -h.end))
    return hits


_GROUPED = ("place", "actor")  # categories whose phrases have several readings, kept together


def _emit(hits: list[Hit], start: int, end: int, values: tuple) -> None:
    grouped: dict[str, list] = {}
    for category, payload in values:
        if category in _GROUPED:
            grouped.setdefault(category, []).append(payload)
        else:
            hits.append(Hit(start, end, category, payload))
    for category, payloads in grouped.items():
        hits.append(Hit(start, end, category, tuple(payloads)))


def longest_per_category(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Per category, drop hits nested inside a longer hit of the same category."""
    out: dict[str, list[Hit]] = {}
    last_end: dict[str, int] = {}
    for h in hits:
        if h.start < last_end.get(h.category, -1):
            continue
        out.setdefault(h.category, []).append(h)
        last_end[h.category] = h.end
    return out
