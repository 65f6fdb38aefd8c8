"""Cluster chores outside the stream: create the service's topics, read offsets and lag."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import GroupCoordinatorNotAvailableError, KafkaConnectionError, TopicAlreadyExistsError

from streams import topics
from streams.errors import StreamsError
from streams.settings import Settings


def unreachable(settings: Settings) -> StreamsError:
    return StreamsError(f"cannot reach Kafka at {settings.bootstrap}",
                        "start one with `streams broker` or set STREAMS_BROKER_URL / --broker")


def wanted_topics(settings: Settings) -> list[NewTopic]:
    """Every topic the service uses, table changelogs included, as the cluster should have them.

    Changelogs are created here, before any worker starts: a worker that creates its own can
    write to a table before the new topic reaches its metadata, and Faust then crashes the agent.
    """
    names = topics.TopicNames(settings.topic_prefix)
    service = [NewTopic(names.name(base), settings.partitions, settings.replication,
                        topic_configs=topics.topic_config(base)) for base in topics.DESCRIPTIONS]
    changelogs = [NewTopic(topics.changelog_topic(settings.app_id, table), settings.partitions,
                           settings.replication, topic_configs={"cleanup.policy": "compact"})
                  for table in topics.TABLES]
    return service + changelogs


async def ensure_topics(settings: Settings) -> None:
    """Create every missing topic; fail clearly when an existing one has the wrong partition count."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap, request_timeout_ms=15000)
    try:
        await admin.start()
    except KafkaConnectionError:
        await admin.close()
        raise unreachable(settings) from None
    try:
        wanted = wanted_topics(settings)
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t.name not in existing]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
        present = [t.name for t in wanted if t.name in existing]
        if present:
            check_partitions(await admin.describe_topics(present), settings.partitions)
    finally:
        await admin.close()


def check_partitions(described: list[dict], expected: int) -> None:
    """Tables need their changelogs and source topics partitioned alike; say so before Faust crashes."""
    wrong = {d["topic"]: len(d["partitions"]) for d in described if len(d["partitions"]) != expected}
    if wrong:
        listing = ", ".join(f"{name} has {n}" for name, n in sorted(wrong.items()))
        raise StreamsError(f"topics exist with a partition count other than {expected}: {listing}",
                           "set STREAMS_PARTITIONS to match, or use a new STREAMS_TOPIC_PREFIX / STREAMS_APP_ID")


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    """Partition -> offset of the next message to be written."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()  # topic created a moment ago
            partitions = consumer.partitions_for_topic(topic) or set()
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return {tp.partition: offset for tp, offset in ends.items()}
    finally:
        await consumer.stop()


async def group_lag(bootstrap: str, group_id: str, topic_names: list[str]) -> int:
    """Messages in these topics that the consumer group has not committed yet."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group_id)
    except GroupCoordinatorNotAvailableError:
        committed = {}  # the group has not formed yet: nothing is committed
    finally:
        await admin.close()
    lag = 0
    for topic in topic_names:
        for partition, end in (await end_offsets(bootstrap, topic)).items():
            meta = committed.get(TopicPartition(topic, partition))
            lag += end - (meta.offset if meta is not None and meta.offset >= 0 else 0)
    return lag


async def wait_caught_up(bootstrap: str, group_id: str, topic_names: list[str],
                         timeout: float = 120.0, settle: float = 1.0) -> bool:
    """True once the group has committed everything in these topics (twice in a row, `settle` apart)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    zero_seen = False
    while loop.time() < deadline:
        lag = await group_lag(bootstrap, group_id, topic_names)
        if lag == 0 and zero_seen:
            return True
        zero_seen = lag == 0
        await asyncio.sleep(settle)
    return False
