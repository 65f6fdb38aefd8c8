"""The founding article (../shared/seeds/) against its gold incidents, field by field.

The article text handed to the extractor is what streams.extract.article_text_from_file
returns: everything after the "date YYYY-MM-DD" line, leading blank lines and trailing
whitespace removed.
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import jsonschema
import pytest

from streams.extract import article_text_from_file, extract_incidents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
SEED = "000_9303aae54c3a7b80"
WEAPON_TYPES = set(json.loads((ROOT / "schemas" / "incident.v1.json").read_text())
                   ["properties"]["weapons"]["items"]["properties"]["type"]["enum"])
# Gold answers the extractor does not reach yet, each with the reason (kept visible as xfail).
KNOWN_GAPS = {
    (2, "occurred_on"): "the US strikes' February date is world knowledge; the text only says 'In response'",
}

pytestmark = pytest.mark.skipif(not (SEEDS / f"{SEED}.txt").is_file(), reason="shared seeds not mounted")


@pytest.fixture(scope="module")
def article() -> tuple[datetime.date, str]:
    return article_text_from_file((SEEDS / f"{SEED}.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SEEDS / f"{SEED}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def incidents(article) -> list[dict]:
    published, text = article
    return extract_incidents(text, published, SEED)


def _match(gold_incident: dict, incidents: list[dict]) -> dict:
    """The emitted incident of the same role and attack type (one each in this article)."""
    same = [i for i in incidents if i["role"] == gold_incident["role"] and i["attack_type"] == gold_incident["attack_type"]]
    assert same, f"no {gold_incident['role']} {gold_incident['attack_type']} incident among " \
                 f"{[(i['role'], i['attack_type']) for i in incidents]}"
    return same[0]


def _check(field: str, g: dict, p: dict) -> None:
    if field in ("occurred_on", "role", "attack_type", "killed", "wounded"):
        assert p[field] == g[field]
    elif field == "date_precision":
        assert p["date_precision"] == g["date_precision"]
    elif field == "group":
        assert p["perpetrator"]["group"] == g["perpetrator"]["group"]
    elif field == "claim":
        assert p["perpetrator"]["claim"] == g["perpetrator"]["claim"]
    elif field == "weapons":
        for gw in g["weapons"]:
            if gw["type"] not in WEAPON_TYPES:
                continue  # e.g. "airstrike": an attack type, not a weapon type of the schema
            found = [w for w in p["weapons"] if w["type"] == gw["type"]]
            assert found, f"no {gw['type']} weapon in {p['weapons']}"
            if gw["count_min"] is not None:
                assert found[0]["count"] is not None and found[0]["count"] >= gw["count_min"]
    elif field in ("location", "launch_location"):
        gl, pl = g.get(field), p[field]
        if gl is None:
            assert pl is None
            return
        assert pl is not None
        countries = gl["country"] if isinstance(gl["country"], list) else [gl["country"]]
        assert pl["country"] in countries
        if gl["place"]:
            assert pl["place"] and pl["place"].lower() in gl["place"].lower()
        if gl.get("admin1"):
            assert pl["admin1"] == gl["admin1"]


FIELDS = ["role", "attack_type", "occurred_on", "date_precision", "group", "claim", "weapons", "location",
          "launch_location", "killed", "wounded"]
CASES = [pytest.param(n, f, id=f"incident{n}-{f}",
                      marks=[pytest.mark.xfail(reason=KNOWN_GAPS[(n, f)], strict=True)] if (n, f) in KNOWN_GAPS else [])
         for n in range(3) for f in FIELDS]


@pytest.mark.parametrize(("index", "field"), CASES)
def test_gold_incident_field(index: int, field: str, gold: dict, incidents: list[dict]) -> None:
    g = gold["incidents"][index]
    _check(field, g, _match(g, incidents))


def test_no_extra_incidents(gold: dict, incidents: list[dict]) -> None:
    """Intentions, cessations, aggregates and the burning of evidence yield nothing."""
    assert len(incidents) == len(gold["incidents"])


@pytest.mark.parametrize("not_incident", range(4))
def test_not_incidents_are_not_evidence(not_incident: int, gold: dict, article, incidents: list[dict]) -> None:
    """No emitted incident's attack trigger lies inside a passage the gold marks as no incident."""
    _, text = article
    passage = gold["not_incidents"][not_incident]["text"].split(" ... ")[0]
    start = text.find(passage)
    assert start >= 0
    for inc in incidents:
        ev = inc["evidence"]["attack_type"]
        assert not (start <= ev["start"] < start + len(passage)), (passage, ev)


def test_spans_index_the_text_and_validate(article, incidents: list[dict]) -> None:
    _, text = article
    schema = json.loads((ROOT / "schemas" / "incident.v1.json").read_text())
    for inc in incidents:
        jsonschema.validate(inc, schema)
        spans = [*inc["perpetrator"]["mentions"], *inc["perpetrator_individuals"], *inc["weapons"],
                 *inc["targets"], *inc["victims"], *inc["evidence"].values()]
        spans += [loc for loc in (inc["location"], inc["launch_location"]) if loc and loc["start"] is not None]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"]


def test_ids_are_deterministic(article) -> None:
    published, text = article
    first = [i["incident_id"] for i in extract_incidents(text, published, SEED)]
    assert first == [i["incident_id"] for i in extract_incidents(text, published, SEED)]
    assert len(set(first)) == len(first)
