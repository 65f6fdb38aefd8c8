"""Latency from producing an article to consuming its alert, at fixed offered loads (open loop).

Every timed article is a *probe* built to raise exactly one new alert: an armed group from the
actor dictionary claims an attack that killed 10 or more people, on a (group, day) pair no other
probe uses, so the mass_casualty rule (one alert per group and attack day) fires for it. Probes
of one group are two days apart, beyond the merge date tolerance, so they never merge. Groups the
extractor does not resolve from the probe sentence are left out before the run (checked in this
process with the real extractor), so every probe that goes in should come out as an alert.

Open loop: probe i is due at t0 + i / rate and sent then, whether or not the pipeline keeps up;
latency counts from the due time (so a late sender cannot hide queueing), to the moment this
process consumes the first alert whose article_ids name the probe. The same clock times the
first incident of the probe (produce -> incident latency).
"""

from __future__ import annotations

import asyncio
import datetime
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from benchmarks.e2e import (WARMUP_ARTICLES, Processes, payloads, pipeline_settings, profile_summary, say,
                            start_pipeline, start_profiler, stop_profiler, warm_up)
from benchmarks.corpus import COUNTRIES, generate
from streams.settings import Settings
from streams.topics import TopicNames

PROBE_BASE_DAY = datetime.date(2031, 1, 5)  # a Sunday far from the corpus dates, so no probe meets its events
PROBE_GAP_DAYS = 2  # > merge_date_tolerance_days: probes of one group stay separate events
KILLED = (12, 15, 17, 21, 24, 28, 33, 40)  # all >= mass_casualty_killed (10)
_NEUTRAL = (
    "Officials said an investigation was under way and that more details would be released later.",
    "The government has faced criticism over its handling of security in the region in recent months.",
    "Analysts said the economy had been slow to recover, with prices of basic goods still rising.",
    "Diplomats in the capital urged all sides to show restraint and to protect civilians.",
    "Aid agencies said access to the area remained difficult because of damaged roads.",
    "Local leaders called for more investment in schools, clinics and water supplies.",
)


@dataclass(frozen=True)
class Probe:
    article_id: str
    group: str
    day: datetime.date
    payload: tuple[bytes, bytes]


def probe_article(article_id: str, group: str, country: str, day: datetime.date, killed: int,
                  size_bytes: int = 3000) -> dict[str, Any]:
    """An article in which `group` claims an attack on `day` killing `killed`, padded to ~size_bytes."""
    name, _, _, places = COUNTRIES[country]
    place, province = places[killed % len(places)]
    lead = (f"{group} claimed responsibility for an attack on an army checkpoint in {place}, {province}, "
            f"{name}, on {day.strftime('%A')}, killing {killed} soldiers. In a statement, {group} said its "
            f"fighters had carried out the attack.")
    paragraphs, size, k = [lead], len(lead), 0
    while size < size_bytes * 0.95:
        paragraph = " ".join(_NEUTRAL[(k + j) % len(_NEUTRAL)] for j in range(3))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
        k += 1
    return {"article_id": article_id, "title": f"{group} claims attack in {place}", "text": "\n\n".join(paragraphs),
            "published_at": day.isoformat(), "outlet": "Bench Wire"}


def probe_groups(limit: int = 400) -> list[tuple[str, str]]:
    """(group, country) pairs whose probe the extractor resolves to that group with >= 10 killed."""
    from streams.extract import extract_incidents
    from streams.extract.resources import lexicon

    countries = sorted(COUNTRIES)
    found: list[tuple[str, str]] = []
    for index, actor in enumerate(lexicon().actors):
        if actor.kind != "armed_group" or actor.end_year < PROBE_BASE_DAY.year + 100:
            continue
        country = next((c for c in actor.countries if c in COUNTRIES), countries[index % len(countries)])
        article = probe_article("check", actor.name, country, PROBE_BASE_DAY, KILLED[0])
        incidents = extract_incidents(article["text"], PROBE_BASE_DAY, "check", article["outlet"])
        if any(i["perpetrator"]["group"] == actor.name and (i["killed"] or 0) >= 10 for i in incidents):
            found.append((actor.name, country))
        if len(found) >= limit:
            break
    return found


def make_probes(groups: Sequence[tuple[str, str]], start: int, count: int, run: str) -> list[Probe]:
    """Probes start..start+count-1 of a run: group round-robin, each round PROBE_GAP_DAYS later."""
    probes = []
    for k in range(start, start + count):
        group, country = groups[k % len(groups)]
        day = PROBE_BASE_DAY + datetime.timedelta(days=PROBE_GAP_DAYS * (k // len(groups)))
        article_id = f"probe-{run}-{k:07d}"
        article = probe_article(article_id, group, country, day, KILLED[k % len(KILLED)])
        probes.append(Probe(article_id, group, day, payloads([article])[0]))
    return probes


def percentiles(values: Sequence[float]) -> dict[str, float | None]:
    """p50, p95, p99 and max of values (nearest rank), in the values' unit."""
    if not values:
        return {"p50": None, "p95": None, "p99": None, "max": None}
    ordered = sorted(values)

    def rank(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, int(round(fraction * len(ordered))) - 1))]

    return {"p50": rank(0.50), "p95": rank(0.95), "p99": rank(0.99), "max": ordered[-1]}


async def _watch(consumer: AIOKafkaConsumer, names: TopicNames, due: dict[str, float],
                 seen: dict[str, dict[str, float]], expected: int, stop: asyncio.Event) -> None:
    """Record when each probe's first incident and first alert are consumed."""
    while not stop.is_set():
        batches = await consumer.getmany(timeout_ms=50, max_records=5000)
        now = time.perf_counter()
        for tp, records in batches.items():
            kind = "alert" if tp.topic == names.alerts else "incident"
            for record in records:
                message = orjson.loads(record.value)
                ids = message.get("article_ids", ()) if kind == "alert" else (message.get("article_id"),)
                for article_id in ids:
                    if article_id in due and article_id not in seen[kind]:
                        seen[kind][article_id] = now
        if len(seen["alert"]) >= expected:
            return


async def offered_load(bootstrap: str, names: TopicNames, probes: Sequence[Probe], rate: float,
                       drain_timeout: float) -> dict[str, Any]:
    """Send probes at `rate` per second (open loop) and time each to its incident and alert."""
    consumer = AIOKafkaConsumer(names.alerts, names.incidents, bootstrap_servers=bootstrap,
                                auto_offset_reset="latest", enable_auto_commit=False,
                                group_id=f"bench-latency-{uuid.uuid4().hex[:6]}", fetch_max_wait_ms=20)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=1, acks=1)
    await consumer.start()
    await producer.start()
    try:
        while not consumer.assignment():  # subscribed and at the end before the first probe goes out
            await consumer.getmany(timeout_ms=100)
        for tp in consumer.assignment():
            await consumer.position(tp)
        due: dict[str, float] = {}
        seen: dict[str, dict[str, float]] = {"incident": {}, "alert": {}}
        stop = asyncio.Event()
        watcher = asyncio.create_task(_watch(consumer, names, due, seen, len(probes), stop))
        started = time.perf_counter()
        for index, probe in enumerate(probes):
            when = started + index / rate
            delay = when - time.perf_counter()
            if delay > 0.001:
                await asyncio.sleep(delay)
            due[probe.article_id] = when
            key, value = probe.payload
            await producer.send(names.articles, value, key=key)
        send_s = time.perf_counter() - started
        await producer.flush()
        try:
            await asyncio.wait_for(asyncio.shield(watcher), timeout=drain_timeout)
        except asyncio.TimeoutError:
            pass
        stop.set()
        await watcher
    finally:
        await producer.stop()
        await consumer.stop()
    to_alert = [1000 * (seen["alert"][a] - due[a]) for a in due if a in seen["alert"]]
    to_incident = [1000 * (seen["incident"][a] - due[a]) for a in due if a in seen["incident"]]
    return {"offered_per_s": rate, "probes": len(probes), "sent_per_s": len(probes) / send_s,
            "alerts_matched": len(to_alert), "incidents_matched": len(to_incident),
            "missing_alerts": len(probes) - len(to_alert),
            "alert_ms": percentiles(to_alert), "incident_ms": percentiles(to_incident)}


def run(broker_url: str, run_dir: Path, rates: Sequence[float] = (100, 500, 1000), seconds: float = 20.0,
        workers: int = 1, partitions: int = 4, drain_timeout: float = 120.0,
        max_probes: int | None = None, profile_dir: Path | None = None) -> dict[str, Any]:
    """One pipeline, warmed up once; each offered load in turn with fresh probes.
    `profile_dir`: py-spy the (first) worker during each load."""
    groups = probe_groups()
    if not groups:
        raise RuntimeError("no group of the actor dictionary yields a probe incident: the probe text needs fixing")
    say(f"latency: {len(groups)} probe groups")
    settings: Settings = pipeline_settings(broker_url, run_dir, "latency", partitions)
    names = TopicNames(settings.topic_prefix)
    procs: Processes = start_pipeline(settings, workers, run_dir)
    run_id = uuid.uuid4().hex[:6]
    loads, next_probe = [], 0
    try:
        warm_s = asyncio.run(warm_up(settings.bootstrap, procs, names.articles,
                                     payloads(generate(WARMUP_ARTICLES, seed=77)), members=workers))
        for rate in rates:
            count = int(rate * seconds) if max_probes is None else min(max_probes, int(rate * seconds))
            probes = make_probes(groups, next_probe, count, run_id)
            next_probe += count
            say(f"latency: {rate:.0f} articles/s for {count / rate:.1f}s")
            out = profile_dir / f"latency-{rate:.0f}.collapsed" if profile_dir else None
            spy = start_profiler(procs.pids()[0], out) if out else None
            try:
                result = asyncio.run(offered_load(settings.bootstrap, names, probes, rate, drain_timeout))
            finally:
                stop_profiler(spy)
            result["worker_alive"] = procs.alive()
            result["load_avg_1m"] = os.getloadavg()[0]  # other work on the machine shows up in the tail
            if out:
                result["profile"] = profile_summary(out)
            loads.append(result)
            a = result["alert_ms"]
            say(f"latency: {rate:.0f}/s -> alerts {result['alerts_matched']}/{count}, "
                f"p50 {a['p50'] or float('nan'):.0f} ms, p99 {a['p99'] or float('nan'):.0f} ms")
            if not procs.alive():
                break
    finally:
        codes = procs.stop()
    return {"workers": workers, "seconds_per_load": seconds, "probe_groups": len(groups), "warmup_s": warm_s,
            "exit_codes": codes, "loads": loads}
