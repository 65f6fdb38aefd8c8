"""Split article text into sentences with offsets (fast, abbreviation-aware, works in capitals)."""
from __future__ import annotations

import re

# Bounded, linear-time pattern: a terminator, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?][\"')\]]{0,3}\s+|\n[ \t]*\n\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st col lt gen capt sgt maj cpl rev msgr gov sen rep jr sr no vs etc inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.n u.k a.m p.m approx dept".split())


def _ends_with_abbreviation(text: str, end: int) -> bool:
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].lower().rstrip(".")
    return word in _ABBREVIATIONS or len(word) == 1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and "\n" not in m.group() and _ends_with_abbreviation(text, m.start()):
            nxt = m.end()
            if nxt < len(text) and not text[nxt].isupper():
                continue
            if nxt < len(text) and _ends_with_abbreviation(text, m.start()) and text[m.start() - 1].isalpha():
                continue
        cut = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        _append(spans, text, start, cut)
        start = m.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
