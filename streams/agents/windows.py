"""group-events (keyed by group) -> per-group event-time windows -> alerts."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import faust
import orjson

from streams import metrics
from streams.analytics import Thresholds, new_group_state, silence_alerts, update_group
from streams.app import StreamTopics

log = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def register(app: faust.App, channels: StreamTopics, thresholds: Thresholds,
             silence_check_seconds: float) -> tuple[faust.Table, dict[str, dict]]:
    groups = app.Table("groups", default=None,
                       partitions=channels.group_events.partitions)
    silent: dict[str, dict] = {}  # group -> latest silence notice; a view, rebuilt by the timer

    @app.agent(channels.group_events, name="windows")
    async def windows(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            version = orjson.loads(event.value)
            key = event.key.decode()
            state = groups.get(key) or new_group_state(key)
            alerts = update_group(state, version, now_iso(), thresholds)
            groups[key] = state
            silent.pop(key, None)  # any new activity ends a quiet spell; the timer re-notices it
            for alert in alerts:
                metrics.ALERTS.labels(alert["rule"], alert["status"]).inc()
                await channels.alerts.send(key=alert["alert_id"].encode(), value=orjson.dumps(alert))

    @app.timer(interval=silence_check_seconds)
    async def notice_silence() -> None:
        # Wall clock: notices groups that went quiet even when no message arrives to say so.
        today = datetime.now(timezone.utc).date().isoformat()
        for key, state in list(groups.items()):
            for notice in silence_alerts(dict(state), today, thresholds):
                silent[key] = notice
                log.info("group %s silent for %s days", key, notice["silent_days"])

    return groups, silent
