"""End-to-end throughput on a real broker: articles -> incidents -> group events -> alerts.

Each scenario gets its own topic prefix and consumer group on the same broker:
- `pipeline-1w`, `pipeline-2w`: one or two `streams worker` processes (spawn_worker, same app id);
- `forward`: the trivial Faust agent of benchmarks/forward_app.py (decode, forward), the ceiling.

Protocol per scenario: start the process(es), feed a small warm-up batch and wait until the group
has committed it (so start-up, extractor loading and the group join are not timed), then write the
measured articles in bulk with a batching producer and time from the first send until the group has
committed every message of every topic it consumes (polled every POLL_S; Faust commits every
second, so the end time is known to about a second). Throughput = articles / that time.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import GroupCoordinatorNotAvailableError, TopicAlreadyExistsError

from benchmarks.corpus import generate
from streams import admin, topics
from streams.broker.server import free_port
from streams.produce import load_articles
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import spawn_worker, stop_worker

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PIPELINE = [topics.ARTICLES, topics.INCIDENTS, topics.GROUP_EVENTS]  # what the app's group consumes
POLL_S = 0.25
WARMUP_ARTICLES = 40
Payload = tuple[bytes, bytes]  # key, value


def say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- workload


def workload(n: int, seed: int = 1, with_seeds: bool = True) -> list[dict[str, Any]]:
    """n articles: the seed articles of seeds/ first, then the synthetic corpus of `seed`."""
    seeded = load_articles([SEEDS]) if with_seeds and SEEDS.exists() else []
    return (seeded + generate(max(0, n - len(seeded)), seed=seed))[:n]


def payloads(articles: Iterable[dict[str, Any]]) -> list[Payload]:
    """Keys and values as the articles topic holds them (serialised before any clock starts)."""
    return [(str(a.get("article_id", "")).encode(), orjson.dumps(a)) for a in articles]


# ---------------------------------------------------------------- Kafka chores


def bulk_producer(bootstrap: str, linger_ms: int = 20) -> AIOKafkaProducer:
    """A producer tuned for throughput: lingers and fills large batches."""
    return AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=linger_ms, acks=1,
                            max_batch_size=512 * 1024, max_request_size=4 * 1024 * 1024)


async def produce_bulk(bootstrap: str, topic: str, messages: Sequence[Payload]) -> float:
    """Write every message; seconds until the last one is acknowledged."""
    producer = bulk_producer(bootstrap)
    await producer.start()
    try:
        started = time.perf_counter()
        futures = [await producer.send(topic, value, key=key) for key, value in messages]
        await asyncio.gather(*futures)
        return time.perf_counter() - started
    finally:
        await producer.stop()


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    client = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    await client.start()
    try:
        existing = set(await client.list_topics())
        wanted = [NewTopic(name, partitions, 1) for name in names if name not in existing]
        if wanted:
            try:
                await client.create_topics(wanted)
            except TopicAlreadyExistsError:
                pass
    finally:
        await client.close()


class LagWatch:
    """Keeps one admin client and one consumer open to read a group's lag many times a second."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)

    async def __aenter__(self) -> "LagWatch":
        await self.admin.start()
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()
        await self.admin.close()

    async def partitions(self, topic: str) -> list[TopicPartition]:
        found = self.consumer.partitions_for_topic(topic)
        if not found:
            await self.consumer._client.force_metadata_update()  # topic created a moment ago
            found = self.consumer.partitions_for_topic(topic) or set()
        return [TopicPartition(topic, p) for p in sorted(found)]

    async def end_offsets(self, names: Sequence[str]) -> dict[TopicPartition, int]:
        wanted = [tp for name in names for tp in await self.partitions(name)]
        return dict(await self.consumer.end_offsets(wanted)) if wanted else {}

    async def topics_named(self, prefix: str) -> list[str]:
        """Every topic whose name starts with prefix (a scenario's topics and changelogs)."""
        await self.consumer._client.force_metadata_update()
        return sorted(t for t in await self.consumer.topics() if t.startswith(prefix))

    async def totals(self, names: Sequence[str]) -> dict[str, int]:
        """Topic -> messages written so far (sum of end offsets)."""
        totals = {name: 0 for name in names}
        for tp, end in (await self.end_offsets(names)).items():
            totals[tp.topic] += end
        return totals

    async def lag(self, group: str, names: Sequence[str]) -> dict[str, int]:
        """Topic -> messages the group has not committed yet."""
        try:
            committed = await self.admin.list_consumer_group_offsets(group)
        except GroupCoordinatorNotAvailableError:
            committed = {}
        lags = {name: 0 for name in names}
        for tp, end in (await self.end_offsets(names)).items():
            meta = committed.get(tp)
            lags[tp.topic] += end - (meta.offset if meta is not None and meta.offset >= 0 else 0)
        return lags

    async def members(self, group: str) -> tuple[str, int]:
        """The group's state ("Stable", "PreparingRebalance"...) and its number of members."""
        try:
            response = (await self.admin.describe_consumer_groups([group]))[0]
        except GroupCoordinatorNotAvailableError:
            return "Unknown", 0
        described = response.to_object()["groups"][0]
        return described.get("state") or described.get("group_state", "Unknown"), len(described["members"])

    async def drained(self, group: str, names: Sequence[str], started: float, timeout: float,
                      alive: Callable[[], bool] = lambda: True) -> dict[str, float | None]:
        """Topic -> seconds from `started` (perf_counter) until the group's lag on it first hit zero and
        stayed there; None for a topic not drained within the timeout. Waits for all of them."""
        done: dict[str, float | None] = {name: None for name in names}
        deadline = time.perf_counter() + timeout
        zero_polls = 0
        while time.perf_counter() < deadline and alive():
            lags = await self.lag(group, names)
            now = time.perf_counter() - started
            for name in names:
                # a later stage can fill up again while an earlier one drains: only all-zero is final
                done[name] = (done[name] if done[name] is not None else now) if lags[name] == 0 else None
            zero_polls = zero_polls + 1 if all(lag == 0 for lag in lags.values()) else 0
            # twice in a row: an output still in a producer buffer shows up by the second poll
            if zero_polls >= 2:
                return done
            await asyncio.sleep(POLL_S)
        return {name: None for name in names}


# ---------------------------------------------------------------- processes


@dataclass
class Processes:
    """Worker processes of one scenario, with their logs; stop() ends every one of them."""

    group: str
    consumed: list[str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    def alive(self) -> bool:
        return all(p.poll() is None for p in self.procs)

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def stop(self) -> list[int]:
        return [stop_worker(p) for p in self.procs]

    def log_tail(self, chars: int = 2000) -> str:
        return "\n".join(f"--- {log} ---\n{log.read_text(errors='replace')[-chars:]}"
                         for log in self.logs if log.exists())


def pipeline_settings(broker_url: str, run_dir: Path, name: str, partitions: int) -> Settings:
    run = f"{name}-{uuid.uuid4().hex[:6]}"
    return Settings(broker_url=broker_url, app_id=f"bench-{run}", topic_prefix=f"bench-{run}.",
                    partitions=partitions, data_dir=run_dir / run, web_port=0, log_level="warn",
                    silence_check_seconds=3600)


def start_pipeline(settings: Settings, workers: int, run_dir: Path) -> Processes:
    """`workers` x `streams worker` on these settings (own data dir and web port each)."""
    names = TopicNames(settings.topic_prefix)
    asyncio.run(admin.ensure_topics(settings))
    procs = Processes(settings.app_id, [names.name(b) for b in PIPELINE])
    for index in range(workers):
        own = settings.replace(data_dir=settings.data_dir / f"w{index}", web_port=free_port())
        log = run_dir / f"{settings.app_id}-w{index}.log"
        procs.procs.append(spawn_worker(own, log))
        procs.logs.append(log)
    return procs


def start_forward(broker_url: str, run_dir: Path, partitions: int) -> tuple[Processes, str]:
    """The trivial forward agent as its own process; its source topic."""
    run = f"forward-{uuid.uuid4().hex[:6]}"
    source, sink = f"bench-{run}.articles", f"bench-{run}.forwarded"
    asyncio.run(create_topics(Settings(broker_url=broker_url).bootstrap, [source, sink], partitions))
    env = dict(os.environ, BENCH_FORWARD_BROKER=broker_url, BENCH_FORWARD_APP_ID=f"bench-{run}",
               BENCH_FORWARD_SOURCE=source, BENCH_FORWARD_SINK=sink,
               BENCH_FORWARD_PARTITIONS=str(partitions), BENCH_FORWARD_DATA_DIR=str(run_dir / run))
    log = run_dir / f"bench-{run}.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.forward_app"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return Processes(f"bench-{run}", [source], [proc], [log]), source


# ---------------------------------------------------------------- measuring


async def warm_up(bootstrap: str, procs: Processes, source: str, messages: Sequence[Payload],
                  members: int, timeout: float = 180.0) -> float:
    """Feed `messages` and wait until they are committed and the group is stable with `members`
    members; seconds it took (start-up, loading, group join)."""
    started = time.perf_counter()
    await produce_bulk(bootstrap, source, messages)
    async with LagWatch(bootstrap) as watch:
        deadline = started + timeout
        while time.perf_counter() < deadline:
            if not procs.alive():
                raise RuntimeError(f"a worker died during warm-up:\n{procs.log_tail()}")
            lags = await watch.lag(procs.group, procs.consumed)
            state, count = await watch.members(procs.group)
            if sum(lags.values()) == 0 and state == "Stable" and count >= members:
                return time.perf_counter() - started
            await asyncio.sleep(0.5)
    raise RuntimeError(f"warm-up did not finish within {timeout:.0f}s:\n{procs.log_tail()}")


async def timed_run(bootstrap: str, procs: Processes, source: str, messages: Sequence[Payload],
                    timeout: float) -> dict[str, Any]:
    """Write the messages in bulk, wait until the group has committed everything; the numbers."""
    async with LagWatch(bootstrap) as watch:
        before = await watch.totals(await watch.topics_named(procs.group))
        started = time.perf_counter()
        produce_s = await produce_bulk(bootstrap, source, messages)
        done = await watch.drained(procs.group, procs.consumed, started, timeout, procs.alive)
        after = await watch.totals(await watch.topics_named(procs.group))
    # every message the scenario wrote, changelogs included: what one article costs in Kafka traffic
    produced = {name: end - before.get(name, 0) for name, end in after.items() if end - before.get(name, 0)}
    written = sum(n for name, n in produced.items() if name != source)
    finished = all(v is not None for v in done.values())
    seconds = max((v for v in done.values() if v is not None), default=None) if finished else None
    return {"articles": len(messages), "seconds": seconds, "finished": finished,
            "articles_per_s": len(messages) / seconds if seconds else None,
            "produce_s": produce_s, "produce_msgs_per_s": len(messages) / produce_s,
            "drained_s": done, "messages": produced, "written_per_article": written / max(1, len(messages)),
            "workers_alive": procs.alive()}


def start_profiler(pid: int, out: Path) -> subprocess.Popen[bytes] | None:
    """py-spy sampling `pid` into a collapsed-stack file until stopped; None when py-spy is missing."""
    spy = Path(sys.executable).parent / "py-spy"
    if not spy.exists():
        say("py-spy not installed in the venv: no profile (pip install py-spy)")
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([str(spy), "record", "--pid", str(pid), "--format", "raw", "--rate", "50",
                             "--nonblocking", "--function", "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)


def stop_profiler(spy: subprocess.Popen[bytes] | None) -> None:
    if spy is None:
        return
    spy.send_signal(signal.SIGINT)  # py-spy writes its file on SIGINT
    try:
        spy.wait(30)
    except subprocess.TimeoutExpired:
        spy.kill()
        spy.wait()


# Where a worker's time goes: the first rule matching a sample's frames from the leaf up names it.
STAGES = (
    ("extraction", ("streams/extract/",)),
    ("analytics", ("streams/analytics/",)),
    ("decode and validate", ("jsonschema/", "streams/articles.py", "streams/schemas.py")),
    ("Kafka client (aiokafka)", ("aiokafka/",)),
    ("Faust streams, tables, sends", ("faust/", "mode/")),
    ("waiting for I/O (select)", ("selectors.py",)),
)


def stage_of(frames: Sequence[str]) -> str:
    """The stage a sampled stack (root first) belongs to; analytics split by the agent calling it."""
    for frame in reversed(frames):
        for stage, markers in STAGES:
            if any(marker in frame for marker in markers):
                if stage == "analytics":
                    agent = "merge" if any("agents/merge.py" in f for f in frames) else "windows and rules"
                    return f"analytics: {agent}"
                return stage
    return "other (event loop, orjson, metrics)"


def profile_summary(collapsed: Path, top: int = 20) -> dict[str, Any]:
    """Self and inclusive sample shares per function, and shares per stage, from py-spy's collapsed stacks."""
    own: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    stages: dict[str, int] = {}
    total = 0
    for line in collapsed.read_text(errors="replace").splitlines() if collapsed.exists() else []:
        stack, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        total += count
        own[frames[-1]] = own.get(frames[-1], 0) + count
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + count
        stage = stage_of(frames)
        stages[stage] = stages.get(stage, 0) + count

    def shares(table: dict[str, int]) -> list[tuple[str, float]]:
        return [(name, round(n / total, 4)) for name, n in sorted(table.items(), key=lambda kv: -kv[1])[:top]]

    return {"samples": total, "self": shares(own) if total else [], "inclusive": shares(inclusive) if total else [],
            "stages": dict(shares(stages)) if total else {}, "file": str(collapsed)}


def measure(broker_url: str, run_dir: Path, kind: str, workers: int, articles: Sequence[Payload],
            warmup: Sequence[Payload], partitions: int, timeout: float,
            profile: Path | None = None) -> dict[str, Any]:
    """One scenario, from process start to process stop; `profile`: py-spy the first worker into that file."""
    bootstrap = Settings(broker_url=broker_url).bootstrap
    if kind == "forward":
        procs, source = start_forward(broker_url, run_dir, partitions)
    else:
        settings = pipeline_settings(broker_url, run_dir, f"e2e{workers}w", partitions)
        procs = start_pipeline(settings, workers, run_dir)
        source = TopicNames(settings.topic_prefix).articles
    try:
        warm_s = asyncio.run(warm_up(bootstrap, procs, source, warmup, members=workers))
        say(f"{kind} x{workers}: warm ({warm_s:.1f}s); timing {len(articles)} articles")
        spy = start_profiler(procs.pids()[0], profile) if profile else None
        try:
            result = asyncio.run(timed_run(bootstrap, procs, source, articles, timeout))
        finally:
            stop_profiler(spy)
    finally:
        codes = procs.stop()
    if profile:
        result["profile"] = profile_summary(profile)
    result.update({"kind": kind, "workers": workers, "warmup_s": warm_s, "exit_codes": codes,
                   "load_avg_1m": os.getloadavg()[0]})
    if not result["finished"]:
        result["log_tail"] = procs.log_tail(1500)
    rate = result["articles_per_s"]
    say(f"{kind} x{workers}: " + (f"{rate:.0f} articles/s" if rate else "did not finish"))
    return result


def run(broker_url: str, run_dir: Path, n_articles: int = 5000, seed: int = 1, partitions: int = 4,
        worker_counts: Sequence[int] = (1, 2), forward_articles: int | None = None, timeout: float = 600.0,
        profile_dir: Path | None = None) -> dict[str, Any]:
    """Every scenario on the same articles (the forward agent on `forward_articles` of them, cycled, so
    its faster run still lasts long enough to time; 0 skips it); ratios against the forward agent."""
    articles = payloads(workload(n_articles, seed))
    warmup = payloads(generate(WARMUP_ARTICLES, seed=seed + 1000))
    scenarios: list[dict[str, Any]] = []
    forward_n = n_articles if forward_articles is None else forward_articles
    if forward_n:
        cycled = [articles[i % len(articles)] for i in range(forward_n)]
        scenarios.append(measure(broker_url, run_dir, "forward", 1, cycled, warmup, partitions, timeout))
    for count in worker_counts:
        profile = profile_dir / f"pipeline-{count}w.collapsed" if profile_dir else None
        scenarios.append(measure(broker_url, run_dir, "pipeline", count, articles, warmup, partitions, timeout,
                                 profile))
    ceiling = next((s["articles_per_s"] for s in scenarios if s["kind"] == "forward"), None)
    for s in scenarios:
        s["ratio_to_forward"] = s["articles_per_s"] / ceiling if ceiling and s["articles_per_s"] else None
    return {"articles": n_articles, "seed": seed, "partitions": partitions,
            "mean_article_bytes": sum(len(v) for _, v in articles) / max(1, len(articles)),
            "forward_articles_per_s": ceiling, "scenarios": scenarios}
