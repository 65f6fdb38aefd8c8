"""The walking skeleton on a real broker: seed in, incident and alert out; bad input; restarts."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest

from streams import schemas, topics
from streams.article_files import parse_text_article
from streams.produce import load_articles
from streams.topics import TopicNames
from tests.conftest import SEEDS
from tests.integration.conftest import Worker
from tests.integration.kafka_clients import consume_for, consume_until, produce

pytestmark = pytest.mark.integration

SEED_FILE = SEEDS / "000_9303aae54c3a7b80.txt"
KH = "Kataib Hezbollah"
PIPELINE = [topics.ARTICLES, topics.INCIDENTS, topics.GROUP_EVENTS]


def seed_article() -> dict[str, Any]:
    return parse_text_article(SEED_FILE.read_text(), SEED_FILE.name)


def is_seed_strike(incident: dict[str, Any]) -> bool:
    return (incident["perpetrator"]["group"] == KH and incident["attack_type"] == "rocket"
            and incident["occurred_on"] == "2024-04-21")


def assert_valid(kind: str, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        assert schemas.errors(kind, message) == [], message


def test_seed_article_yields_the_strike_and_an_alert(worker: Worker, bootstrap: str) -> None:
    names = TopicNames(worker.settings.topic_prefix)
    article = seed_article()
    produce(bootstrap, names.articles, [orjson.dumps(article)], [article["article_id"].encode()])

    incidents = consume_until(bootstrap, names.incidents, lambda got: any(map(is_seed_strike, got)))
    assert_valid("incident", incidents)  # a first version of an article retracts nothing
    strike = next(filter(is_seed_strike, incidents))
    assert strike["article_id"] == article["article_id"]
    assert strike["location"]["place"] == "Kharab al-Jir" and strike["location"]["country"] == "SY"
    assert strike["perpetrator"]["claim"] == "claimed"
    text = article["text"]
    for mention in strike["perpetrator"]["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]

    def kh_alert(got: list[dict[str, Any]]) -> bool:
        return any(a["group"] == KH and a["rule"] in ("first_seen", "resumption") for a in got)

    alerts = consume_until(bootstrap, names.alerts, kh_alert)
    assert_valid("alert", alerts)
    alert = next(a for a in alerts if a["group"] == KH and a["rule"] in ("first_seen", "resumption"))
    assert strike["incident_id"] in alert["incident_ids"]
    assert article["article_id"] in alert["article_ids"]


def test_bad_input_goes_to_the_dead_letter_topic_and_the_worker_goes_on(worker: Worker, bootstrap: str) -> None:
    names = TopicNames(worker.settings.topic_prefix)
    not_json = b"\xff this is { not json"
    no_text = orjson.dumps({"published_at": "2024-04-22", "title": "a headline and nothing else"})
    article = seed_article()
    produce(bootstrap, names.articles, [not_json, no_text, orjson.dumps(article)], [b"k", b"k", b"k"])

    letters = consume_until(bootstrap, names.deadletter, lambda got: len(got) >= 2)
    assert_valid("deadletter", letters)
    by_reason = {letter["reason"]: letter for letter in letters}
    assert set(by_reason) == {"not_json", "schema_invalid"}
    assert base64.b64decode(by_reason["not_json"]["original_b64"]) == not_json
    assert base64.b64decode(by_reason["schema_invalid"]["original_b64"]) == no_text
    assert "text" in by_reason["schema_invalid"]["error"]
    sources = sorted(letter["source"]["offset"] for letter in letters)
    assert sources == [0, 1] and all(l["source"]["topic"] == names.articles for l in letters)

    incidents = consume_until(bootstrap, names.incidents, lambda got: any(map(is_seed_strike, got)))
    assert any(map(is_seed_strike, incidents)), "the valid article after the bad ones was not processed"


def test_group_counts_survive_a_restart_without_doubling(worker: Worker, bootstrap: str) -> None:
    names = TopicNames(worker.settings.topic_prefix)
    articles = load_articles([SEEDS])
    produce(bootstrap, names.articles, [orjson.dumps(a) for a in articles])
    worker.wait_caught_up(PIPELINE)
    before = worker.get(f"/groups/{KH}/", ok=lambda got: got.get("counts", {}).get("total", 0) > 0)
    assert before["counts"]["total"] >= 1

    worker.restart()
    after = worker.get(f"/groups/{KH}/", ok=lambda got: "counts" in got)
    assert after["counts"] == before["counts"]

    # The same articles again (a producer retry, a replay): still one count per attack.
    produce(bootstrap, names.articles, [orjson.dumps(a) for a in articles])
    worker.wait_caught_up(PIPELINE)
    again = worker.get(f"/groups/{KH}/", ok=lambda got: "counts" in got)
    assert again["counts"] == before["counts"]
    alerts = consume_for(bootstrap, names.alerts, seconds=3.0)
    assert_valid("alert", alerts)
    ids = [(a["alert_id"], a["status"]) for a in alerts]
    assert len(ids) == len(set(ids)), "an alert was sent twice with the same status"
