"""HTTP views over the tables (JSON). A request for a group another worker owns is routed there."""

from __future__ import annotations

from typing import Any

import faust
from faust.web import Request, Response, View

from streams import metrics
from streams.agents.table_store import TableStore
from streams.analytics import Thresholds, alert_records, daily_counts, group_meta, groups_in, table


def recent_alerts(items: list[tuple[str, Any]], limit: int, group: str | None = None) -> list[dict[str, Any]]:
    """The latest alert records among these (key, value) records of the groups table, newest first."""
    found = [a for a in alert_records(items) if group is None or a["group"] == group]
    found.sort(key=lambda r: str(r.get("raised_at", "")), reverse=True)
    return found[:limit]


def register(app: faust.App, groups: faust.Table, silent: dict[str, dict], thresholds: Thresholds) -> None:
    store = TableStore(groups)

    @app.page("/health/")
    async def health(web: View, request: Request) -> Response:
        return web.json({"status": "ok", "app_id": app.conf.id,
                         "assigned_partitions": len(app.assignor.assigned_actives())})

    @app.page("/metrics/")
    async def prometheus(web: View, request: Request) -> Response:
        body, content_type = metrics.exposition()
        return web.bytes(body, content_type=content_type)

    @app.page("/groups/")
    async def group_counts(web: View, request: Request) -> Response:
        # This worker's partitions; /groups/{group}/ answers for any group, wherever it lives.
        return web.json({"groups": [table(store, group, thresholds) for group in groups_in(store.keys())],
                         "silent": sorted(silent.values(), key=lambda n: n["group"])})

    @app.page("/groups/{group}/")
    @app.table_route(table=groups, match_info="group")
    async def group_timeline(web: View, request: Request, group: str) -> Response:
        if group_meta(store, group) is None:
            return web.json({"error": f"no events for group {group!r}"}, status=404)
        return web.json({"counts": table(store, group, thresholds), "daily": daily_counts(store, group),
                         "alerts": recent_alerts(store.items(), limit=100, group=group)})

    @app.page("/alerts/")
    async def alerts(web: View, request: Request) -> Response:
        limit = int(request.query.get("limit", "50"))
        return web.json({"alerts": recent_alerts(store.items(), limit)})
