"""incidents (keyed by merge key) -> merged event versions -> incident-events and group-events."""

from __future__ import annotations

import faust
import orjson

from streams import metrics
from streams.analytics import Thresholds, apply_incident, new_merge_state, route
from streams.app import StreamTopics


def register(app: faust.App, channels: StreamTopics, thresholds: Thresholds) -> faust.Table:
    # Keyed like the incidents topic, so candidates that may merge meet in one state.
    merges = app.Table("merge", default=None,
                       partitions=channels.incidents.partitions)

    @app.agent(channels.incidents, name="merge")
    async def merge(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            incident = orjson.loads(event.value)
            key = event.key.decode() if event.key else "ZZ"
            state = merges.get(key) or new_merge_state(key)
            versions = apply_incident(state, incident, thresholds)
            merges[key] = state
            for version in versions:
                metrics.EVENT_VERSIONS.labels(version["kind"]).inc()
                value = orjson.dumps(version)
                await channels.incident_events.send(key=version["event_id"].encode(), value=value)
                for group in route(version):
                    await channels.group_events.send(key=group.encode(), value=value)

    return merges
