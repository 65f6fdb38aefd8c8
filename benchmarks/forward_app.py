"""The ceiling for end-to-end throughput: a trivial Faust agent that decodes each article and forwards it.

`python -m benchmarks.forward_app` runs it as a worker process, configured by environment variables:
BENCH_FORWARD_BROKER (kafka://host:port), BENCH_FORWARD_APP_ID (consumer group),
BENCH_FORWARD_SOURCE and BENCH_FORWARD_SINK (topic names), BENCH_FORWARD_PARTITIONS,
BENCH_FORWARD_DATA_DIR. It uses the same Faust settings as the real app (streams.app.create_app),
so the difference in throughput is the work the real agents do, not the configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

import faust
import orjson


def create_forward_app(broker: str, app_id: str, source: str, sink: str, partitions: int,
                       data_dir: Path) -> faust.App:
    """A Faust app with one agent: source -> orjson.loads -> orjson.dumps -> sink, one send per message."""
    app = faust.App(app_id, broker=broker, store="memory://", datadir=str(data_dir),
                    topic_partitions=partitions, topic_replication_factor=1, topic_allow_declare=True,
                    consumer_auto_offset_reset="earliest", broker_commit_interval=1.0,
                    producer_linger_ms=5, web_enabled=False)

    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw",
                         value_serializer="raw", partitions=partitions, internal=True)

    inbox, outbox = topic(source), topic(sink)

    @app.agent(inbox, name="forward")
    async def forward(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            article = orjson.loads(event.value)
            await outbox.send(key=event.key, value=orjson.dumps(article))

    return app


def app_from_env() -> faust.App:
    env = os.environ
    return create_forward_app(env["BENCH_FORWARD_BROKER"], env["BENCH_FORWARD_APP_ID"],
                              env["BENCH_FORWARD_SOURCE"], env["BENCH_FORWARD_SINK"],
                              int(env.get("BENCH_FORWARD_PARTITIONS", "4")),
                              Path(env.get("BENCH_FORWARD_DATA_DIR", "var/forward")))


def main() -> None:
    app = app_from_env()
    worker = faust.Worker(app, loglevel="warn", quiet=True, redirect_stdouts=False)
    worker.spinner = None
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
