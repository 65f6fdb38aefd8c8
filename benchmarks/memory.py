"""Worker memory (RSS) as its tables fill: articles in, incidents and events held in the tables.

One `streams worker` process reads a feed of corpus articles whose publication dates advance like a
live feed (`per_day` articles a day), so every incident stays inside the tables' event-time
retention (90 days) unless the run covers more days than that: RSS then measures what the merge and
group tables hold, not what retention dropped. After each chunk the benchmark waits until the
worker has committed everything and reads its resident set size (VmRSS via psutil).

The design target is a million articles and a hundred thousand incidents in the tables. At this
machine's pipeline rate that takes hours, so the default run is smaller and the report gives the
growth per article and per incident (least squares over the checkpoints after the first) and the
extrapolation to the target; `streams bench --memory-articles 1000000` runs the full size.
"""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

from benchmarks.corpus import article as corpus_article
from benchmarks.corpus import generate
from benchmarks.e2e import (WARMUP_ARTICLES, LagWatch, Payload, payloads, pipeline_settings, produce_bulk,
                            profile_summary, say, start_pipeline, start_profiler, stop_profiler, warm_up)
from streams.topics import TopicNames

FEED_START = datetime.date(2025, 1, 1)
TARGET_ARTICLES = 1_000_000
TARGET_INCIDENTS = 100_000
PRODUCE_SLICE = 10_000  # articles generated and written at a time
MIN_RATE = 10.0  # articles/s below which a chunk counts as stuck


def feed_chunk(seed: int, start: int, count: int, per_day: int) -> list[Payload]:
    """Articles start..start+count-1 of the corpus, dated like a live feed of per_day articles a day."""
    chunk = []
    for index in range(start, start + count):
        article = corpus_article(seed, index)
        article["published_at"] = (FEED_START + datetime.timedelta(days=index // per_day)).isoformat()
        chunk.append(article)
    return payloads(chunk)


def slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Least-squares slope of ys over xs; None with fewer than two distinct xs."""
    if len(xs) < 2 or len(set(xs)) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def rss_bytes(pid: int) -> int:
    return psutil.Process(pid).memory_info().rss


async def _counts(watch: LagWatch, names: TopicNames) -> dict[str, int]:
    ends = await watch.end_offsets([names.incidents, names.incident_events])
    totals = {names.incidents: 0, names.incident_events: 0}
    for tp, end in ends.items():
        totals[tp.topic] += end
    return {"incidents": totals[names.incidents], "event_versions": totals[names.incident_events]}


async def _feed(bootstrap: str, names: TopicNames, group: str, consumed: list[str], pid: int, articles: int,
                steps: int, seed: int, per_day: int, timeout: float,
                profile: Path | None = None) -> list[dict[str, Any]]:
    checkpoints = []
    chunk = max(1, articles // steps)
    starts = list(range(0, articles, chunk))
    async with LagWatch(bootstrap) as watch:
        checkpoints.append({"articles": 0, **await _counts(watch, names), "rss_bytes": rss_bytes(pid), "seconds": 0.0})
        started = time.perf_counter()
        for start in starts:
            count = min(chunk, articles - start)
            # the last chunk, with the fullest tables, is the one worth profiling
            spy = start_profiler(pid, profile) if profile and start == starts[-1] else None
            chunk_started = time.perf_counter()
            try:
                for sub in range(start, start + count, PRODUCE_SLICE):  # bounded memory for the 1M run
                    slice_count = min(PRODUCE_SLICE, start + count - sub)
                    await produce_bulk(bootstrap, names.articles, feed_chunk(seed, sub, slice_count, per_day))
                done = await watch.drained(group, consumed, chunk_started, max(timeout, count / MIN_RATE))
            finally:
                stop_profiler(spy)
            if any(v is None for v in done.values()):
                raise RuntimeError(f"the worker did not keep up within {timeout:.0f}s at {start + count} articles")
            chunk_s = max(v for v in done.values() if v is not None)
            point = {"articles": start + count, **await _counts(watch, names), "rss_bytes": rss_bytes(pid),
                     "seconds": time.perf_counter() - started, "chunk_articles_per_s": count / chunk_s}
            checkpoints.append(point)
            say(f"memory: {point['articles']} articles, {point['incidents']} incidents, "
                f"RSS {point['rss_bytes'] / 2**20:.0f} MiB, {point['chunk_articles_per_s']:.0f} articles/s")
    return checkpoints


def run(broker_url: str, run_dir: Path, articles: int = 20_000, steps: int = 5, seed: int = 2,
        per_day: int = 1000, partitions: int = 4, timeout: float = 900.0,
        profile: Path | None = None) -> dict[str, Any]:
    """RSS checkpoints of one worker over a live-like feed; `profile`: py-spy its last chunk."""
    settings = pipeline_settings(broker_url, run_dir, "memory", partitions)
    names = TopicNames(settings.topic_prefix)
    procs = start_pipeline(settings, 1, run_dir)
    pid = procs.pids()[0]
    try:
        asyncio.run(warm_up(settings.bootstrap, procs, names.articles,
                            payloads(generate(WARMUP_ARTICLES, seed=seed + 1000)), members=1))
        baseline = rss_bytes(pid)
        checkpoints = asyncio.run(_feed(settings.bootstrap, names, procs.group, procs.consumed, pid, articles,
                                        steps, seed, per_day, timeout, profile))
    finally:
        codes = procs.stop()
    growth = checkpoints[1:] if len(checkpoints) > 2 else checkpoints
    per_article = slope([p["articles"] for p in growth], [p["rss_bytes"] for p in growth])
    per_incident = slope([p["incidents"] for p in growth], [p["rss_bytes"] for p in growth])
    last = checkpoints[-1]
    incidents_per_article = last["incidents"] / last["articles"] if last["articles"] else None
    days = articles / per_day
    return {
        "articles": articles, "per_day": per_day, "event_days": days,
        "all_within_retention": days < 90, "rss_after_warmup_bytes": baseline, "checkpoints": checkpoints,
        "rss_end_bytes": last["rss_bytes"], "incidents": last["incidents"],
        "incidents_per_article": incidents_per_article,
        "bytes_per_article": per_article, "bytes_per_incident": per_incident,
        "extrapolated_rss_at_target_incidents_bytes":
            last["rss_bytes"] + per_incident * (TARGET_INCIDENTS - last["incidents"]) if per_incident else None,
        "extrapolated_rss_at_target_articles_bytes":
            last["rss_bytes"] + per_article * (TARGET_ARTICLES - last["articles"]) if per_article else None,
        "target_articles": TARGET_ARTICLES, "target_incidents": TARGET_INCIDENTS, "exit_codes": codes,
        "articles_per_s": last["articles"] / last["seconds"] if last["seconds"] else None,
        "first_chunk_articles_per_s": checkpoints[1].get("chunk_articles_per_s") if len(checkpoints) > 1 else None,
        "last_chunk_articles_per_s": last.get("chunk_articles_per_s"),
        **({"profile": profile_summary(profile)} if profile else {}),
    }
