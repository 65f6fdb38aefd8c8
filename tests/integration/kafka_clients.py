"""Independent Kafka clients (librdkafka via confluent-kafka), not the service's own code."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import orjson
from confluent_kafka import Consumer, Producer


def produce(bootstrap: str, topic: str, values: list[bytes], keys: list[bytes | None] | None = None) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True})
    errors: list[str] = []

    def on_delivery(err: Any, _msg: Any) -> None:
        if err is not None:
            errors.append(str(err))

    for i, value in enumerate(values):
        producer.produce(topic, value=value, key=keys[i] if keys else None, on_delivery=on_delivery)
    assert producer.flush(30) == 0, "librdkafka could not deliver every message"
    assert not errors, errors


def consume_until(bootstrap: str, topic: str, done: Callable[[list[dict[str, Any]]], bool],
                  timeout: float = 90.0) -> list[dict[str, Any]]:
    """Decoded values from the start of the topic until done(values) holds or the timeout passes."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"test-reader-{uuid.uuid4().hex[:8]}",
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "topic.metadata.refresh.interval.ms": 1000})
    consumer.subscribe([topic])
    values: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not done(values):
            msg = consumer.poll(0.5)
            if msg is None or msg.error():
                continue
            values.append(orjson.loads(msg.value()))
    finally:
        consumer.close()
    return values


def consume_for(bootstrap: str, topic: str, seconds: float) -> list[dict[str, Any]]:
    """Everything the topic holds after waiting `seconds` (to check that nothing extra arrived)."""
    return consume_until(bootstrap, topic, lambda _values: False, timeout=seconds)
