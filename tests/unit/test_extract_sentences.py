"""Sentence splitting: offsets into the text, and no failure on input the splitter library rejects."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents
from streams.extract.sentences import split_sentences


def test_sentences_are_trimmed_spans_of_the_text() -> None:
    text = "  Two men were shot dead in Quetta.\n\nPolice said the gunmen fled.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Two men were shot dead in Quetta.", "Police said the gunmen fled."]


def test_sentences_after_a_splitter_panic_keep_their_offsets() -> None:
    # sentencex panics on a capital, a no-break space and a period
    text = "Plan B\u00a0. Two men were shot dead in Quetta."
    spans = split_sentences(text)
    assert spans and all(text[s:e].strip() == text[s:e] for s, e in spans)
    assert text[spans[-1][0]:spans[-1][1]].endswith("in Quetta.")


def test_splitter_panic_does_not_fail_the_article() -> None:
    text = ("Gunmen opened fire on a police checkpoint near Mosul on Tuesday, killing four officers. "
            "The unit was called Team B\u00a0. Officials said the attackers fled.")
    incidents = extract_incidents(text, datetime.date(2024, 5, 10), "nbsp")
    assert [i["attack_type"] for i in incidents] == ["armed_assault"]
    assert incidents[0]["killed"] == 4


def test_tiled_pieces_give_the_spans_a_search_would() -> None:
    # the fast path (pieces that tile the text) and the searching path agree, long runs cut alike
    from streams.extract import sentences
    text = "  A bomb went off.\n" + "word " * 400 + ". Police came.  "
    pieces = ["  A bomb went off.\n", "word " * 400 + ". ", "Police came.  "]
    expected: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        sentences._append(expected, text, pos, pos + len(piece))
        pos += len(piece)
    assert sentences._tiled(pieces, text) == expected
    assert [text[s:e] for s, e in expected][0] == "A bomb went off."
    assert len(expected) == 4 and all(e - s <= sentences.MAX_SENTENCE for s, e in expected)


def test_an_upper_case_may_after_a_day_ends_its_sentence() -> None:
    text = "A BOMB EXPLODED ON 6 MAY.  ACCORDING TO THE POLICE, TWO DIED."
    assert [text[a:b] for a, b in split_sentences(text)] == ["A BOMB EXPLODED ON 6 MAY.",
                                                             "ACCORDING TO THE POLICE, TWO DIED."]
