"""End to end on the real development keys: an extractor that returns the key scores 100.

(Where two gold entities share a mention, only a distinct mention can score both, so the
oracle picks, per entity, a mention no other entity of the role has.)

Reads ../shared/eval/muc4_dev.jsonl at run time (never copied into the repository) and
skips when it is absent.
"""
from __future__ import annotations

import datetime

import pytest

from streams.evaluation.ceaf_ree import MICRO, ROLES, gold_entities
from streams.evaluation.dataset import read_documents, split_path
from streams.evaluation.fields import FIELDS, country_code
from streams.evaluation.fields import gold_entities as field_gold_entities
from streams.evaluation.scoring import evaluate

DEV = split_path("dev")
pytestmark = pytest.mark.skipif(not DEV.is_file(), reason=f"no development data at {DEV}")


def _span(text: str) -> dict:
    return {"text": text, "start": 0, "end": len(text)}


def _distinctive_mentions(entities: list[frozenset[str]]) -> list[str]:
    """A mention per gold entity, one no other entity has where possible (as a perfect system would)."""
    chosen = []
    for entity in entities:
        others = set().union(*(e for e in entities if e is not entity))
        chosen.append(min(entity - others or entity))
    return chosen


def _oracle_incidents(gold: dict) -> list[dict]:
    """The key's own entities as one incident, mentions chosen so that each names one entity."""
    if not gold["relevant"]:
        return []
    spans = {role: [_span(m) for m in _distinctive_mentions(gold_entities(gold["gtt_templates"], role))]
             for role in ROLES}
    return [{"perpetrator": {"group": None, "claim": "unknown", "mentions": spans["PerpOrg"]},
             "perpetrator_individuals": spans["PerpInd"], "targets": spans["Target"], "victims": spans["Victim"],
             "weapons": [{**s, "type": "other", "count": None} for s in spans["Weapon"]],
             "location": None, "occurred_on": None, "killed": None, "wounded": None}]


def _field_oracle_incidents(gold: dict) -> list[dict]:
    """The key's document-level answers spread over as many incidents as it has places, groups, dates."""
    if not gold["relevant"]:
        return []

    def answers(field: str) -> list[str]:
        return _distinctive_mentions(field_gold_entities(gold, field))

    groups, places, dates = answers("group"), answers("place"), answers("date")
    countries = [country_code(name) for name in gold["countries"]]
    count = {field: gold[field] if gold[field] is not None else gold[f"{field}_min"] for field in ("killed", "wounded")}
    incidents = []
    for i in range(max(1, len(groups), len(places), len(dates), len(countries))):
        first = i == 0
        incidents.append({
            "perpetrator": {"group": groups[i] if i < len(groups) else None,
                            "claim": "claimed" if first and gold["claimed"] else "unknown", "mentions": []},
            "perpetrator_individuals": [],
            "targets": [_span(t) for t in answers("targets")] if first else [],
            "victims": [_span(t) for t in answers("victims")] if first else [],
            "weapons": [{**_span(t), "type": "other", "count": None} for t in answers("weapons")] if first else [],
            "location": {"place": places[i] if i < len(places) else None, "admin1": None, "text": None,
                         "country": countries[i] if i < len(countries) else None},
            "occurred_on": dates[i] if i < len(dates) else None,
            "killed": count["killed"] if first else None, "wounded": count["wounded"] if first else None})
    return incidents


def _documents_with_oracle() -> dict[str, list[dict]]:
    return {doc.doc_id: _oracle_incidents(doc.gold) for doc in read_documents(DEV)}


def test_oracle_scores_perfect_ceaf_ree_and_detection() -> None:
    oracle = _documents_with_oracle()
    result = evaluate(read_documents(DEV), lambda text, date, doc_id: oracle[doc_id])
    scores = result.ceaf.results()
    for role in (*ROLES, MICRO):
        assert scores[role].f1 == pytest.approx(1.0), role
    assert result.fields.detection.f1 == pytest.approx(1.0)


def test_oracle_scores_perfect_fields() -> None:
    oracle = {doc.doc_id: _field_oracle_incidents(doc.gold) for doc in read_documents(DEV)}
    result = evaluate(read_documents(DEV), lambda text, date, doc_id: oracle[doc_id])
    for field in FIELDS:
        tally = result.fields.by_field[field]
        assert tally.r_den > 0 and tally.f1 == pytest.approx(1.0), (field, tally)


def test_empty_extractor_scores_zero_recall_everywhere() -> None:
    result = evaluate(read_documents(DEV, limit=50), lambda *args: [])
    assert result.documents == 50
    assert result.ceaf.results()[MICRO].r_den > 0
    assert result.ceaf.results()[MICRO].recall == 0.0
    assert all(t.recall == 0.0 for t in result.fields.by_field.values())


def test_every_key_country_maps_to_iso() -> None:
    names = {name for doc in read_documents(DEV) for name in doc.gold.get("countries") or []}
    assert names and all(country_code(name) for name in names), sorted(n for n in names if not country_code(n))


def test_publication_dates_are_dates() -> None:
    assert all(isinstance(doc.published_at, datetime.date) for doc in read_documents(DEV))
