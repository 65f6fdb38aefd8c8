"""Decoding raw message values: every failure is a Rejection with a reason, never an exception."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest

from streams.article_files import expand_paths, parse_text_article, read_articles
from streams.articles import Article, Rejection, article_id_for, decode_article
from streams.errors import InputError


@pytest.mark.parametrize("raw, reason", [
    (b"{not json", "not_json"),
    (b"\xff\xfe", "not_json"),
    (None, "not_json"),
    (b"[1, 2]", "not_an_object"),
    (b'"text"', "not_an_object"),
    (b'{"published_at": "2024-04-22"}', "schema_invalid"),
    (b'{"text": "", "published_at": "2024-04-22"}', "schema_invalid"),
    (b'{"text": "x", "published_at": "2024-13-45"}', "schema_invalid"),
    (b'{"text": 5, "published_at": "2024-04-22"}', "schema_invalid"),
])
def test_bad_values_are_rejected_with_a_reason(raw: bytes | None, reason: str) -> None:
    result = decode_article(raw)
    assert isinstance(result, Rejection)
    assert result.reason == reason and result.error


def test_a_valid_article_gets_a_stable_id_when_it_has_none() -> None:
    raw = orjson.dumps({"text": "Gunmen attacked a bus.", "published_at": "2024-04-22T08:00:00Z"})
    first, second = decode_article(raw), decode_article(raw)
    assert isinstance(first, Article) and first == second
    assert first.published_on == date(2024, 4, 22)
    assert first.article_id == article_id_for("Gunmen attacked a bus.", "2024-04-22")
    other = decode_article(orjson.dumps({"text": "Gunmen attacked a car.", "published_at": "2024-04-22"}))
    assert isinstance(other, Article) and other.article_id != first.article_id


def test_text_file_takes_the_date_from_its_first_line() -> None:
    article = parse_text_article(" date 2024-04-22 \n\n\nBody line one.\nBody two.\n", "x/123.txt")
    assert article["published_at"] == "2024-04-22"
    assert article["text"] == "Body line one.\nBody two."
    assert article["article_id"] == "123"


def test_text_file_without_a_date_line_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="first line should hold the publication date"):
        parse_text_article("Breaking news\nmore", "news.txt")


def test_json_and_jsonl_files(tmp_path: Path) -> None:
    one = {"text": "a", "published_at": "2024-01-01"}
    (tmp_path / "one.json").write_bytes(orjson.dumps(one))
    (tmp_path / "many.jsonl").write_bytes(b"\n".join(orjson.dumps(dict(one, text=t)) for t in "bcd") + b"\n\n")
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": "a"}\nnot json\n')
    (tmp_path / "x.gold.json").write_bytes(b"{}")
    assert [a["text"] for a in read_articles(tmp_path / "many.jsonl")] == ["b", "c", "d"]
    assert list(read_articles(tmp_path / "one.json")) == [one]
    with pytest.raises(InputError, match="bad.jsonl:2"):
        list(read_articles(tmp_path / "bad.jsonl"))
    names = [p.name for p in expand_paths([tmp_path])]
    assert "x.gold.json" not in names and "one.json" in names
    with pytest.raises(InputError, match="no such file"):
        expand_paths([tmp_path / "missing"])
