"""The synthetic benchmark corpus: reproducible, schema-valid, about the requested size."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from benchmarks.corpus import generate

ARTICLE_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "article.v1.json").read_text())


def test_same_seed_same_corpus() -> None:
    assert generate(40, seed=3) == generate(40, seed=3)


def test_prefix_stable_and_seed_dependent() -> None:
    assert generate(10, seed=1)[:4] == generate(4, seed=1)
    assert [a["text"] for a in generate(10, seed=1)] != [a["text"] for a in generate(10, seed=2)]


def test_articles_validate_and_ids_are_unique() -> None:
    articles = generate(60)
    for article in articles:
        jsonschema.validate(article, ARTICLE_SCHEMA)
    assert len({a["article_id"] for a in articles}) == len(articles)


def test_sizes_near_target() -> None:
    for target in (1500, 3000, 6000):
        sizes = [len(a["text"].encode()) for a in generate(80, seed=5, size_bytes=target)]
        assert all(0.8 * target <= size <= 1.2 * target for size in sizes), (target, min(sizes), max(sizes))


def test_about_a_third_report_no_attack() -> None:
    topics = [a["topic"] for a in generate(600, seed=11)]
    share = sum(topic != "attack" for topic in topics) / len(topics)
    assert 0.25 <= share <= 0.42
    assert len(set(topics)) >= 5


def test_variety_of_publication_dates_and_outlets() -> None:
    articles = generate(200)
    assert len({a["published_at"] for a in articles}) > 100
    assert len({a["outlet"] for a in articles}) >= 10


def test_adversarial_texts_have_the_requested_size_and_patterns() -> None:
    from benchmarks.extraction import adversarial_texts

    texts = adversarial_texts(20_000)
    assert {len(text) for text in texts.values()} == {20_000}
    assert set(texts["digits"]) == {"7"}
    assert texts["repeated_alias_prefix"].startswith("Kataib Kataib ")
    assert "Kataib Hezbollah fired" in texts["mixed"]
    assert "in Mosul on Monday" in texts["incident_digest"] and "in Kabul on Tuesday" in texts["incident_digest"]


def test_benchmark_reports_missing_spacy_instead_of_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.extraction import SPACY_INSTALL_HINT, measure_spacy

    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` raise ImportError
    result = measure_spacy(["Some text."])
    assert result["available"] is False
    assert SPACY_INSTALL_HINT in result["reason"]
