"""The alias grammar ("X ALIAS Y", "X, ALSO KNOWN AS Y"), read forwards by fillers and backwards by consistency."""
from streams.extract.phrases import alias_length


def test_alias_phrases_are_measured_from_their_first_word():
    assert alias_length(["alias", "el", "flaco"]) == 1
    assert alias_length(["known", "as", "flaco"]) == 2
    assert alias_length(["also", "known", "as"]) == 3
    assert alias_length(["better", "known", "as"]) == 3
    assert alias_length(["also", "nicknamed", "flaco"]) == 2  # a hedge before any alias word


def test_other_words_give_no_alias():
    assert alias_length([]) == 0
    assert alias_length(["also", "visited", "the"]) == 0
    assert alias_length(["known", "to", "police"]) == 0
    assert alias_length(["better"]) == 0
