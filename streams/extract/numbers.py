"""Read counts written in words or digits ("at least five", "a dozen", "12") as lower bounds."""
from __future__ import annotations

from text_to_num import text2num

from streams.extract.resources import lexicon


def count_from_words(words: list[str]) -> int | None:
    """The number a short run of words before a noun states, or None.

    words are lower-case tokens immediately preceding the counted noun, nearest last.
    """
    numbers = lexicon().numbers["words"]
    if not words:
        return None
    last = words[-1].replace(",", "")
    if last.isdigit():
        return int(last) if len(last) <= 9 else None
    if "-" in last and all(p in numbers or p.isdigit() for p in last.split("-")):
        return _text2num(last)
    if len(words) >= 3 and " ".join(words[-3:-1] + [last]) in numbers:
        return numbers[" ".join(words[-3:-1] + [last])]  # "half a dozen"
    if len(words) >= 2 and f"{words[-2]} {last}" in numbers:
        return numbers[f"{words[-2]} {last}"]
    if last in numbers:
        value = numbers[last]
        multiplier = lexicon().numbers["multipliers"].get(last)
        if multiplier and len(words) >= 2:
            times = count_from_words(words[:-1])  # "two dozen": 24, "three score": 60
            if times is not None and times > 1:
                return times * multiplier
        # "twenty five", "one hundred"
        if value is not None and len(words) >= 2 and words[-2] in numbers and numbers[words[-2]] not in (None, 1):
            compound = _text2num(f"{words[-2]} {last}")
            if compound is not None:
                return compound
        return value
    return None


def _text2num(phrase: str) -> int | None:
    try:
        return int(text2num(phrase, "en"))
    except (ValueError, TypeError):
        return None
