"""Counts analysts can trust, on a real broker: one event per attack, corrections, order, restarts."""

from __future__ import annotations

import random
import signal
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from streams import schemas
from streams.produce import load_articles
from streams.topics import TopicNames
from tests.conftest import SEEDS
from tests.integration.conftest import Worker
from tests.integration.kafka_clients import consume_for, consume_until, produce
from tests.integration.stories import CLAIMED, EARLY_FEBRUARY, UNATTRIBUTED, one_strike_reports
from tests.integration.test_pipeline import PIPELINE, seed_article

pytestmark = pytest.mark.integration

SHABAAB = "Al-Shabaab"
KH = "Kataib Hezbollah"


def send(worker: Worker, bootstrap: str, articles: list[dict[str, Any]]) -> None:
    names = TopicNames(worker.settings.topic_prefix)
    produce(bootstrap, names.articles, [orjson.dumps(a) for a in articles],
            [a["article_id"].encode() for a in articles])


def counts(worker: Worker) -> dict[str, dict[str, Any]]:
    """Every group's counts, from the worker's view (one worker owns all partitions here)."""
    return {row["group"]: row for row in worker.get("/groups/")["groups"]}


def latest_events(bootstrap: str, worker: Worker, done: Callable[[dict[str, dict]], bool]) -> dict[str, dict]:
    """The latest version of every event on incident-events, read until done(events) holds."""
    names = TopicNames(worker.settings.topic_prefix)
    latest: dict[str, dict] = {}

    def fold(values: list[dict[str, Any]]) -> bool:
        latest.clear()
        for v in values:
            assert schemas.errors("incident-event", v) == [], v
            if v["version"] >= latest.get(v["event_id"], {}).get("version", 0):
                latest[v["event_id"]] = v
        return done(latest)

    consume_until(bootstrap, names.incident_events, fold)
    return latest


def alerts_of(bootstrap: str, worker: Worker, done: Callable[[list[dict]], bool]) -> list[dict[str, Any]]:
    alerts = consume_until(bootstrap, TopicNames(worker.settings.topic_prefix).alerts, done)
    for alert in alerts:
        assert schemas.errors("alert", alert) == [], alert
    return alerts


def test_ten_outlets_reporting_one_strike_count_once(worker: Worker, bootstrap: str) -> None:
    reports = one_strike_reports()
    send(worker, bootstrap, reports)
    worker.wait_caught_up(PIPELINE)

    live = latest_events(bootstrap, worker, lambda ev: any(len(e["article_ids"]) == 10 for e in ev.values()))
    events = [e for e in live.values() if e["kind"] != "merged"]
    assert len(events) == 1, [(e["event_id"], e["kind"], e["article_ids"]) for e in live.values()]
    event = events[0]
    assert sorted(event["article_ids"]) == sorted(a["article_id"] for a in reports)
    # The three reprints of one wire story are one independent source, not three.
    assert event["independent_sources"] == 8
    shabaab = counts(worker)[SHABAAB]
    assert shabaab["total"] == 1 and shabaab["day"] == {"2024-03-08": 1}
    # One alert id per (group, rule, window); its status goes provisional -> corroborated once.
    alerts = alerts_of(bootstrap, worker, lambda got: any(a["status"] == "corroborated" for a in got))
    first_seen = [a for a in alerts if a["group"] == SHABAAB and a["rule"] == "first_seen"]
    assert [a["status"] for a in first_seen] == ["provisional", "corroborated"]
    assert len({a["alert_id"] for a in first_seen}) == 1


def test_a_later_claim_moves_the_count_and_raises_an_alert(worker: Worker, bootstrap: str) -> None:
    send(worker, bootstrap, [UNATTRIBUTED])
    worker.wait_caught_up(PIPELINE)
    before = counts(worker)
    assert before["unknown"]["total"] == 1 and SHABAAB not in before

    send(worker, bootstrap, [CLAIMED])
    worker.wait_caught_up(PIPELINE)
    after = counts(worker)
    assert after[SHABAAB]["total"] == 1
    assert after.get("unknown", {"total": 0})["total"] == 0
    alerts = alerts_of(bootstrap, worker, lambda got: any(a["group"] == SHABAAB for a in got))
    first = next(a for a in alerts if a["group"] == SHABAAB and a["rule"] == "first_seen")
    assert set(first["article_ids"]) >= {"afgooye-2"}


def test_a_revised_article_retracts_what_it_no_longer_reports(worker: Worker, bootstrap: str) -> None:
    send(worker, bootstrap, [CLAIMED])
    worker.wait_caught_up(PIPELINE)
    assert counts(worker)[SHABAAB]["total"] == 1

    revised = dict(CLAIMED, text="Correction: an earlier version of this story misreported a statement by "
                                 "officials in Afgooye. The officials spoke about road repairs on Tuesday.")
    send(worker, bootstrap, [revised])
    worker.wait_caught_up(PIPELINE)
    assert counts(worker).get(SHABAAB, {"total": 0})["total"] == 0

    names = TopicNames(worker.settings.topic_prefix)
    messages = consume_until(bootstrap, names.incidents, lambda got: any(m.get("retracted") for m in got))
    assert all(schemas.errors_by_tag(m) == [] for m in messages)
    retracted = [m for m in messages if m.get("retracted")]
    assert [m["article_id"] for m in retracted] == [CLAIMED["article_id"]]
    alerts = alerts_of(bootstrap, worker, lambda got: any(a["status"] == "retracted" for a in got))
    assert any(a["group"] == SHABAAB and a["status"] == "retracted" for a in alerts)


def test_two_orders_give_identical_tables(start_worker: Callable[..., Worker], bootstrap: str) -> None:
    articles = load_articles([SEEDS]) + one_strike_reports() + [UNATTRIBUTED, CLAIMED, EARLY_FEBRUARY]
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    first, second = start_worker("ordered"), start_worker("shuffled")
    send(first, bootstrap, articles)
    send(second, bootstrap, shuffled)
    first.wait_caught_up(PIPELINE)
    second.wait_caught_up(PIPELINE)
    assert counts(first) == counts(second)
    assert counts(first)[SHABAAB]["total"] == 2  # the hotel bombing and the checkpoint attack


def test_the_seed_story_raises_a_resumption_naming_the_lull(worker: Worker, bootstrap: str) -> None:
    send(worker, bootstrap, [EARLY_FEBRUARY])
    worker.wait_caught_up(PIPELINE)
    send(worker, bootstrap, [seed_article()])

    alerts = alerts_of(bootstrap, worker, lambda got: any(a["rule"] == "resumption" for a in got))
    resumption = next(a for a in alerts if a["rule"] == "resumption")
    assert resumption["group"] == KH
    assert resumption["window"]["end"] == "2024-04-21"
    lull = (resumption.get("details") or {}).get("lull_days")
    assert lull is not None and 70 <= lull <= 80, resumption  # 2024-02-04 -> 2024-04-21
    assert str(lull) in resumption["message"]
    assert "000_9303aae54c3a7b80" in resumption["article_ids"]


def test_a_worker_killed_mid_stream_neither_double_counts_nor_re_alerts(
        start_worker: Callable[..., Worker], bootstrap: str) -> None:
    articles = load_articles([SEEDS]) + one_strike_reports() + [UNATTRIBUTED, CLAIMED, EARLY_FEBRUARY]
    reference, victim = start_worker("reference"), start_worker("victim")
    send(reference, bootstrap, articles)
    reference.wait_caught_up(PIPELINE)

    half = len(articles) // 2
    send(victim, bootstrap, articles[:half])
    victim.wait_caught_up(PIPELINE)
    victim.process.send_signal(signal.SIGKILL)  # no clean shutdown, no final commit
    victim.process.wait()
    send(victim, bootstrap, articles[half:])
    victim.restart()
    victim.wait_caught_up(PIPELINE)

    assert counts(victim) == counts(reference)
    alerts = consume_for(bootstrap, TopicNames(victim.settings.topic_prefix).alerts, seconds=3.0)
    keys = [(a["alert_id"], a["status"]) for a in alerts]
    assert keys and len(keys) == len(set(keys)), "an alert went out twice with the same status"
    expected = consume_for(bootstrap, TopicNames(reference.settings.topic_prefix).alerts, seconds=3.0)
    assert {a["alert_id"] for a in alerts} == {a["alert_id"] for a in expected}


def test_a_group_owned_by_another_worker_is_answered_by_routing(
        start_worker: Callable[..., Worker], bootstrap: str) -> None:
    one = start_worker()
    two = start_worker("second", same_group=True)
    articles = load_articles([SEEDS]) + one_strike_reports() + [UNATTRIBUTED, CLAIMED]
    send(one, bootstrap, articles)
    one.wait_caught_up(PIPELINE)
    local = {w: {row["group"] for row in w.get("/groups/")["groups"]} for w in (one, two)}
    assert local[one] and local[two], "the two workers should share the partitions"
    for group in local[one] | local[two]:
        for asked in (one, two):
            answer = asked.get(f"/groups/{group}/", ok=lambda got: "counts" in got)
            assert answer["counts"]["group"] == group
