"""The bracketed asides the extractor reads past: glosses after names and transcriber insertions."""
from streams.extract.brackets import ASIDE, GLOSS_AFTER, TRANSCRIBED


def test_gloss_after_a_name_is_matched_with_the_blanks_before_it():
    text = "the XYZ [Example People's Front] rebels"
    m = GLOSS_AFTER.match(text, len("the XYZ"))
    assert m is not None and text[m.end():] == " rebels"
    assert GLOSS_AFTER.match("the XYZ (Example Front) said", len("the XYZ")).end() == len("the XYZ (Example Front)")


def test_a_bracket_is_closed_by_its_own_kind_only():
    assert GLOSS_AFTER.match("XYZ [Example Front) said", 3) is None
    assert GLOSS_AFTER.match("XYZ [the Example (EF) Front] said", 3).end() == len("XYZ [the Example (EF) Front]")


def test_a_gloss_is_short_and_not_empty():
    assert GLOSS_AFTER.match("XYZ []", 3) is None
    assert GLOSS_AFTER.match("XYZ [" + "a" * 81 + "]", 3) is None


def test_asides_of_both_kinds_go_but_only_square_ones_are_transcribed():
    text = "the front (EF) [words indistinct] said"
    assert ASIDE.sub(" ", text).split() == ["the", "front", "said"]
    assert TRANSCRIBED.sub(" ", text).split() == ["the", "front", "(EF)", "said"]
