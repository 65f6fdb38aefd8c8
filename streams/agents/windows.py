"""group-events (keyed by group) -> per-group event-time windows -> alerts."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import faust
import orjson

from streams import metrics, topics
from streams.agents.table_store import TableStore
from streams.analytics import Thresholds, groups_in, silence_notice, update_group
from streams.app import StreamTopics

log = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def register(app: faust.App, channels: StreamTopics, thresholds: Thresholds,
             silence_check_seconds: float) -> tuple[faust.Table, dict[str, dict]]:
    groups = app.Table(topics.GROUPS_TABLE, default=None, key_type=bytes,
                       partitions=channels.group_events.partitions)
    store = TableStore(groups)
    silent: dict[str, dict] = {}  # group -> latest silence notice; a view, rebuilt by the timer

    @app.agent(channels.group_events, name="windows")
    async def windows(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            version = orjson.loads(event.value)
            key = event.key.decode()
            alerts = update_group(store, key, version, now_iso(), thresholds)
            silent.pop(key, None)  # any new activity ends a quiet spell; the timer re-notices it
            for alert in alerts:
                metrics.ALERTS.labels(alert["rule"], alert["status"]).inc()
                await channels.alerts.send(key=alert["alert_id"].encode(), value=orjson.dumps(alert))

    @app.timer(interval=silence_check_seconds)
    async def notice_silence() -> None:
        # Wall clock: notices groups that went quiet even when no message arrives to say so.
        # Read only: a timer runs outside any event, so it cannot write to the table.
        today = datetime.now(timezone.utc).date().isoformat()
        for key in groups_in(store.keys()):
            notice = silence_notice(store, key, today, thresholds)
            if notice is None:
                continue
            if silent.get(key, {}).get("last_event_day") != notice["last_event_day"]:
                log.info("group %s silent for %s days", key, notice["silent_days"])
            silent[key] = notice

    return groups, silent
