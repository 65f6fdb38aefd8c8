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
