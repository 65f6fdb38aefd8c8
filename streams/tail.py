"""Reads the service's output topics: readable lines or raw JSON."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaConnectionError

from streams import admin, topics
from streams.formatting import format_message
from streams.settings import Settings
from streams.topics import TopicNames


async def messages(settings: Settings, bases: list[str], from_beginning: bool = True,
                   idle_timeout: float | None = None,
                   until: Callable[[float], bool] | None = None) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """(topic base name, decoded value) as they arrive.

    Ends after idle_timeout seconds of silence, or once until(seconds since the last message) is true.
    """
    names = TopicNames(settings.topic_prefix)
    by_name = {names.name(base): base for base in bases}
    consumer = AIOKafkaConsumer(*by_name, bootstrap_servers=settings.bootstrap, group_id=None,
                                auto_offset_reset="earliest" if from_beginning else "latest",
                                metadata_max_age_ms=2000)
    try:
        await consumer.start()
    except KafkaConnectionError:
        await consumer.stop()
        raise admin.unreachable(settings) from None
    loop = asyncio.get_running_loop()
    last = loop.time()
    try:
        while idle_timeout is None or loop.time() - last < idle_timeout:
            if until is not None and until(loop.time() - last):
                break
            batch = await consumer.getmany(timeout_ms=500)
            for partition, records in batch.items():
                for record in records:
                    last = loop.time()
                    yield by_name[partition.topic], _decode(record.value)
    finally:
        await consumer.stop()


def _decode(value: bytes | None) -> dict[str, Any]:
    try:
        obj = orjson.loads(value) if value is not None else None
    except orjson.JSONDecodeError:
        return {"undecodable": repr(value[:200]) if value else None}
    return obj if isinstance(obj, dict) else {"value": obj}


def render(base: str, value: dict[str, Any], as_json: bool) -> str:
    return orjson.dumps(value).decode() if as_json else format_message(base, value)


async def tail(settings: Settings, base: str, as_json: bool, from_beginning: bool,
               max_messages: int | None, idle_timeout: float | None,
               emit: Callable[[str], None] = print) -> int:
    """Print a topic's messages; how many were printed."""
    if base not in topics.DESCRIPTIONS:
        raise ValueError(base)
    count = 0
    async for topic_base, value in messages(settings, [base], from_beginning, idle_timeout):
        emit(render(topic_base, value, as_json))
        count += 1
        if max_messages is not None and count >= max_messages:
            break
    return count
