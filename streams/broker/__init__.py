"""The embedded Apache Kafka broker (KRaft) that the demo, the tests and the benchmarks start.

One code path: `EmbeddedBroker` here, `streams broker` on the command line.
"""

from streams.broker.jars import DEFAULT_KAFKA_VERSION, ensure_jars
from streams.broker.server import EmbeddedBroker

__all__ = ["DEFAULT_KAFKA_VERSION", "EmbeddedBroker", "ensure_jars"]
