"""Doc.mentions: the per-article gate that lets rules skip their per-sentence scans."""
import datetime

from streams.extract.document import analyse


def test_mentions_finds_a_word_anywhere_in_the_article() -> None:
    doc = analyse("A bomb went off. Two men were arrested later.", datetime.date(2024, 5, 1))
    assert doc.mentions(("detained", "arrest"))
    assert not doc.mentions(("mastermind", "perpetrator"))


def test_mentions_reads_the_lower_case_text() -> None:
    doc = analyse("POLICE SAID THE MASTERMIND FLED.", datetime.date(2024, 5, 1))
    assert doc.mentions(("mastermind",))


def test_mentions_in_looks_only_inside_the_range() -> None:
    text = "A bomb went off. Two men were arrested later."
    doc = analyse(text, datetime.date(2024, 5, 1))
    second = text.index("Two")
    assert doc.mentions_in(("arrest",), second, len(text))
    assert not doc.mentions_in(("arrest",), 0, second)
    assert not doc.mentions_in(("mastermind",), 0, len(text))


def test_mentions_agrees_with_a_search_per_word_for_overlapping_and_nested_words() -> None:
    # one automaton pass finds them all: words inside words, overlapping words, lists asked in any order
    text = "The gunmen, said to be hitmen, fled; a named suspect was arrested."
    doc = analyse(text, datetime.date(2024, 5, 1))
    lists = [("men", "gunmen"), ("arrest", "arrested", "rested"), ("said to", "aid"), ("hitman", "sniper"),
             ("named", "name as"), ("", "zzz")]
    for words in lists + lists[::-1]:
        assert doc.present(words) == tuple(w for w in words if w in doc.low)
        assert doc.mentions(words) == any(w in doc.low for w in words)


def test_a_list_first_asked_about_by_another_article_is_still_searched() -> None:
    first = analyse("A xylophonist fled.", datetime.date(2024, 5, 1))
    second = analyse("A kidnapper fled.", datetime.date(2024, 5, 1))
    assert not first.mentions(("ringleader",))  # the first pass looks for the words asked so far
    assert second.mentions(("kidnapper", "xylophonist"))  # a new list, watched from now on
    assert first.mentions(("xylophonist",))  # not taken as absent from the first article's earlier pass


def test_word_lists_past_the_watch_limit_are_searched_word_by_word(monkeypatch) -> None:
    from streams.extract import document
    monkeypatch.setattr(document, "_MAX_WATCHED", 0)  # no new list fits
    doc = analyse("The quartermaster fled.", datetime.date(2024, 5, 1))
    assert doc.present(("quartermaster", "zookeeper")) == ("quartermaster",)
    assert not doc.mentions_in(("zookeeper",), 0, 20)
