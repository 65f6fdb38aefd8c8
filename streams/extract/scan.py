"""One pass of the lexicon automaton over an article: every dictionary hit, on word boundaries."""
from __future__ import annotations

from typing import Any, NamedTuple

from streams.extract.resources import Lexicon, separate


class Hit(NamedTuple):
    """One dictionary hit (a tuple: cheap to create by the tens per article)."""

    start: int
    end: int
    category: str
    payload: Any  # its category says what it is (a cue kind, readings of a place, ...): no casts at each use


def lower_same_length(text: str) -> str:
    """Lower-case text whose offsets still index the original (a few Unicode letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[0] for ch in text)  # "İ" lowers to "i" + a combining dot: keep the "i"


# every byte as its letter case: "l" for a-z, "u" for A-Z, a space for the rest
_CASE_OF_BYTE = bytes(ord("l") if 97 <= b <= 122 else ord("u") if 65 <= b <= 90 else ord(" ") for b in range(256))


def is_all_caps(text: str) -> bool:
    """True for wire copy set in capitals (most of MUC-4): few lower-case letters among the letters."""
    # one plain translation and two counts (memchr speed) cost a third of two translations that delete
    cases = text[:4000].encode("ascii", "ignore").translate(_CASE_OF_BYTE)
    lower, upper = cases.count(b"l"), cases.count(b"u")
    return upper > 20 and lower < 0.05 * upper


Found = tuple[int, int, int, tuple]  # (start, -end, pass, (category, payload) pairs) of one matched phrase


def scan(text: str, low: str, lex: Lexicon, caps: bool) -> list[Found]:
    """All dictionary matches on whole words: lower-case phrases, then case-sensitive acronyms, sorted
    by start, longest first (tuples sort in C); on one span the pass puts phrases (0) before acronyms (1)."""
    found: list[Found] = []
    for end_idx, (length, values, acronyms) in lex.phrases.iter(f" {separate(low)} "):
        start = end_idx - length + 1
        if values:
            found.append((start, 1 - end_idx, 0, values))
        if acronyms:
            values = _acronym(text, start, end_idx - 1, acronyms, lex, caps)
            if values:
                found.append((start, 1 - end_idx, 1, values))
    found.sort()
    return found


def _acronym(text: str, start: int, end: int, acronyms: tuple, lex: Lexicon, caps: bool) -> tuple:
    """The readings of the acronym written exactly at [start, end) (found there in lower case), if it counts."""
    acro = text[start:end]
    for inner, values in acronyms:
        # lower-casing keeps letters letters and separators separators, so only the letters' case can differ
        if acro != inner and (" " not in inner or separate(acro) != inner):
            continue
        bracketed = start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")"
        if caps and acro in lex.ambiguous_acronyms and not bracketed:
            return ()
        if not caps and acro.lower() in lex.stopwords and not bracketed:
            return ()
        return values
    return ()
