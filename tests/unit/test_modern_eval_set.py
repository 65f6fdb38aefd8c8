"""The modern labelled set is well formed: its labels quote its texts, and the scorer reads them."""
from __future__ import annotations

import json

from streams.evaluation.ceaf_ree import ROLES, gold_entities
from streams.evaluation.dataset import MODERN_PATH, read_documents
from streams.evaluation.fields import country_code
from streams.evaluation.matching import normalize


def _lines() -> list[dict]:
    return [json.loads(line) for line in MODERN_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_ids_are_unique_and_both_classes_occur() -> None:
    lines = _lines()
    assert len({line["id"] for line in lines}) == len(lines)
    assert {line["gold"]["relevant"] for line in lines} == {True, False}


def test_every_role_filler_occurs_in_its_text() -> None:
    for doc in read_documents(MODERN_PATH):
        text = f" {normalize(doc.text)} "  # gold_entities gives normalised mentions
        for role in ROLES:
            for entity in gold_entities(doc.gold["gtt_templates"], role):
                assert any(f" {mention} " in text for mention in entity), (doc.doc_id, role, entity)


def test_irrelevant_articles_have_no_incident() -> None:
    for line in _lines():
        if not line["gold"]["relevant"]:
            assert line["gold"]["events"] == [] and line["gold"]["gtt_templates"] == [], line["id"]


def test_every_country_name_resolves() -> None:
    for line in _lines():
        for name in line["gold"]["countries"]:
            assert country_code(name), (line["id"], name)
