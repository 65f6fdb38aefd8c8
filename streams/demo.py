"""`streams demo`: a broker, a worker, the seed articles in, incidents and alerts printed as they arrive."""

from __future__ import annotations

import asyncio
import sys
import urllib.request
import tempfile
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any

import orjson

from streams import admin, topics
from streams.broker import EmbeddedBroker
from streams.broker.server import free_port
from streams.produce import load_articles, produce
from streams.settings import Settings
from streams.tail import messages, render
from streams.worker import spawn_worker, stop_worker

SHOWN = [topics.INCIDENTS, topics.ALERTS, topics.ARTICLES_DEADLETTER]
QUIET_SECONDS = 2.0
PIPELINE = [topics.ARTICLES, topics.INCIDENTS, topics.GROUP_EVENTS]


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


async def _caught_up(settings: Settings, done: asyncio.Event) -> None:
    names = topics.TopicNames(settings.topic_prefix)
    await admin.wait_caught_up(settings.bootstrap, settings.app_id, [names.name(b) for b in PIPELINE],
                               timeout=180.0)
    done.set()


async def feed_and_print(settings: Settings, articles: list[dict[str, Any]], follow: bool,
                         worker_alive: Callable[[], bool] = lambda: True) -> dict[str, int]:
    """Produce the articles, print what comes out; return counts per topic."""
    counts = {base: 0 for base in SHOWN}
    sent = await produce(settings, articles)
    say(f"produced {sent} article(s); waiting for incidents and alerts...")
    done = asyncio.Event()
    watcher = None if follow else asyncio.create_task(_caught_up(settings, done))
    # Stop once the worker has committed everything and nothing new came for QUIET_SECONDS.
    def until(quiet: float) -> bool:
        return not worker_alive() or (not follow and done.is_set() and quiet > QUIET_SECONDS)

    async for base, value in messages(settings, SHOWN, from_beginning=True, until=until):
        counts[base] += 1
        print(render(base, value, as_json=False), flush=True)
    if watcher is not None:
        watcher.cancel()
    return counts


def group_table(rows: list[dict[str, Any]]) -> str:
    """The per-group counts as a markdown table: attacks in all, by event day."""
    lines = ["| group | attacks | event days |", "|---|---:|---|"]
    for row in sorted(rows, key=lambda r: (-r["total"], r["group"])):
        days = ", ".join(f"{day}" + (f" x{n}" if n > 1 else "") for day, n in sorted(row["day"].items()))
        lines.append(f"| {row['group']} | {row['total']} | {days or '(month or year precision only)'} |")
    return "\n".join(lines)


def fetch_groups(port: int) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/groups/", timeout=10) as response:
        return orjson.loads(response.read())["groups"]


def run_demo(seeds: list[Path], follow: bool = False, kafka_version: str | None = None) -> int:
    articles = load_articles(seeds)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="streams-demo-") as tmp:
        broker = EmbeddedBroker(data_dir=Path(tmp) / "kafka", **({"kafka_version": kafka_version} if kafka_version else {}))
        say(f"starting Apache Kafka {broker.kafka_version} (KRaft)...")
        broker.start()
        say(f"broker ready at {broker.bootstrap} in {broker.started_in:.1f}s")
        settings = Settings.from_env().replace(broker_url=broker.url, data_dir=Path(tmp) / "worker",
                                               web_port=free_port())
        worker = None
        try:
            asyncio.run(admin.ensure_topics(settings))
            worker = spawn_worker(settings, Path(tmp) / "worker.log")
            say(f"worker started (pid {worker.pid}, http://127.0.0.1:{settings.web_port}/)")
            counts = asyncio.run(feed_and_print(settings, articles, follow,
                                                worker_alive=lambda: worker.poll() is None))
            say(f"done in {time.perf_counter() - t0:.1f}s: {len(articles)} articles -> "
                f"{counts[topics.INCIDENTS]} incidents, {counts[topics.ALERTS]} alerts, "
                f"{counts[topics.ARTICLES_DEADLETTER]} dead letters")
            print("\nattacks per group, by event day (one count per real-world event):")
            print(group_table(fetch_groups(settings.web_port)))
        except KeyboardInterrupt:
            say("stopping...")
        finally:
            if worker is not None:
                code = stop_worker(worker)
                if code not in (0, -15):
                    say(f"worker exited with {code}; its log:\n{(Path(tmp) / 'worker.log').read_text()[-3000:]}")
            broker.stop()
    return 0
