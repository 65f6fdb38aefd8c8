"""incidents (keyed by merge key) -> merged event versions -> incident-events and group-events."""

from __future__ import annotations

import faust
import orjson

from streams import metrics, topics
from streams.agents.table_store import TableStore
from streams.analytics import Thresholds, apply_incident, route
from streams.app import StreamTopics


def register(app: faust.App, channels: StreamTopics, thresholds: Thresholds) -> faust.Table:
    # Keyed like the incidents topic: every record of a merge key is written from its partition.
    merges = app.Table(topics.MERGE_TABLE, default=None, key_type=bytes,
                       partitions=channels.incidents.partitions)
    store = TableStore(merges)

    @app.agent(channels.incidents, name="merge")
    async def merge(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            incident = orjson.loads(event.value)
            key = event.key.decode() if event.key else "ZZ"
            versions = apply_incident(store, key, incident, thresholds)
            for version in versions:
                metrics.EVENT_VERSIONS.labels(version["kind"]).inc()
                value = orjson.dumps(version)
                await channels.incident_events.send(key=version["event_id"].encode(), value=value)
                for group in route(version):
                    await channels.group_events.send(key=group.encode(), value=value)

    return merges
