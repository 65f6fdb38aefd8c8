"""Split article text into sentences with offsets: sentencex (abbreviation-aware, ~5 µs for 2 KB)
with its segments mapped back onto the text, and over-long runs cut so every later step stays linear."""
from __future__ import annotations

import re

from sentencex import segment

MAX_SENTENCE = 1500  # longer runs (tables, garbage, adversarial input) are cut at a space
# Non-ASCII white space, each as one plain space: same length, so offsets still index the text.
_WIDE_SPACES = {c: " " for c in range(128, 0x3001) if chr(c).isspace()}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, surrounding whitespace trimmed."""
    spans = _split(text)
    return _month_ends(text, spans) if "MAY." in text else spans


# sentencex reads an upper-case "MAY." as an abbreviation ("ON 6 MAY.  ACCORDING TO THE POLICE, ..." is one piece):
# after a day or "in", followed by a capital, it ends the sentence
_MAY_END = re.compile(r"(?:\b\d{1,2}|\bIN) MAY\.(?=\s+[A-Z\"\[])")


def _month_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _MAY_END.finditer(text, start, end):
            cut = m.end()
            out.append((start, cut))
            start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        if end > start:
            out.append((start, end))
    return out


def _split(text: str) -> list[tuple[int, int]]:
    pieces, text = _segments(text)
    if "".join(pieces) == text:
        return _tiled(pieces, text)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        start = pos if text.startswith(piece, pos) else text.find(piece, pos)
        if start < 0:  # sentencex changed the piece: take the rest of the text as it is
            _append(spans, text, pos, len(text))
            return spans
        end = start + len(piece)
        # str.strip trims exactly the characters str.isspace accepts: the piece's own offsets, in C
        first, last = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        if last - first > MAX_SENTENCE:
            _append(spans, text, first, last)
        elif last > first:
            spans.append((first, last))
        pos = end
    if pos < len(text):
        _append(spans, text, pos, len(text))
    return spans


def _tiled(pieces: list[str], text: str) -> list[tuple[int, int]]:
    """The spans of pieces that tile the text (sentencex's usual output): offsets by adding lengths, no search."""
    spans: list[tuple[int, int]] = []
    end = 0
    for piece in pieces:
        start = end
        end = start + len(piece)
        first, last = end - len(piece.lstrip()), start + len(piece.rstrip())
        if last - first > MAX_SENTENCE:
            _append(spans, text, first, last)
        elif last > first:
            spans.append((first, last))
    return spans


def _segments(text: str) -> tuple[list[str], str]:
    """sentencex's pieces, and the text they are pieces of (the same offsets either way).

    sentencex panics (a pyo3 PanicException, which derives from BaseException) on a capital letter,
    non-ASCII white space and a period ("B\u00a0."): the text is then segmented with plain spaces, and
    as one piece if that fails too, rather than failing the whole article.
    """
    try:
        return segment("en", text), text
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        spaced = text.translate(_WIDE_SPACES)
    try:
        return segment("en", spaced), spaced
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        return [spaced], spaced


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
