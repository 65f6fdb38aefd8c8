"""The per-sentence tokenizer: the tokens of the reference pattern, with offsets into the text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extract.document import _TOKEN, tokenize


@pytest.mark.parametrize("text", [
    "Two men were shot dead in Quetta on Monday.",
    "  The U.S. military said 1,200 troops left; the mayor's office didn't comment  ",
    "Al-Shabaab’s fighters fired 3 rockets at 0600 (local time) -- officials said.",
    # ASCII words cut at white space, with punctuation around and inside them
    "He said, \"the rebels' base (near x_y) was hit.\" A.B. e.g. 5,000, 12,34 a. don't well-known U.S.-backed",
    "TWO\tKILLED\nIN\r\nTHE  ATTACK;\x1cOFFICIALS:\x0bSAID!? ok_ _ '' -- x- -y 1,000,000.",
    "Une\u00a0bombe a explosé à Bamako\u2003hier . . .",
    "",
    "   ",
])
def test_tokens_match_the_reference_pattern(text: str) -> None:
    low = text.lower()
    for start, end in [(0, len(text)), (2, len(text) - 3), (len(text) // 2, len(text))]:
        if start > end:
            continue
        want = [(m.start(), m.end(), low[m.start():m.end()]) for m in _TOKEN.finditer(text, start, end)]
        assert [tuple(t) for t in tokenize(text, low, start, end)] == want


def test_tokens_carry_their_lower_case_form() -> None:
    text = "Gunmen KILLED Two"
    assert [t.low for t in tokenize(text, text.lower(), 0, len(text))] == ["gunmen", "killed", "two"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1_.,;:'-()\"?! \t\n\x1c", max_size=40))
def test_ascii_tokens_match_the_reference_pattern(text: str) -> None:
    """The ASCII path cuts the text at white space before tokenizing: it must find what the pattern finds."""
    want = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    assert [tuple(t) for t in tokenize(text, text, 0, len(text))] == want
