"""HTTP views over the tables (JSON). A request for a group another worker owns is routed there."""

from __future__ import annotations

from typing import Any

import faust
from faust.web import Request, Response, View

from streams.analytics import Thresholds, daily_counts, table
from streams import metrics


def recent_alerts(states: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The latest alert records across these group states, newest first."""
    found = [dict(record, alert_id=aid, group=state["group"])
             for state in states for aid, record in (state.get("alerts") or {}).items()]
    found.sort(key=lambda r: str(r.get("raised_at", "")), reverse=True)
    return found[:limit]


def register(app: faust.App, groups: faust.Table, silent: dict[str, dict], thresholds: Thresholds) -> None:
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
        return web.json({"groups": [table(state, thresholds) for _, state in sorted(groups.items())],
                         "silent": sorted(silent.values(), key=lambda n: n["group"])})

    @app.page("/groups/{group}/")
    @app.table_route(table=groups, match_info="group")
    async def group_timeline(web: View, request: Request, group: str) -> Response:
        state = groups.get(group)
        if state is None:
            return web.json({"error": f"no events for group {group!r}"}, status=404)
        return web.json({"counts": table(state, thresholds), "daily": daily_counts(state),
                         "alerts": recent_alerts([state], limit=100)})

    @app.page("/alerts/")
    async def alerts(web: View, request: Request) -> Response:
        limit = int(request.query.get("limit", "50"))
        return web.json({"alerts": recent_alerts([s for _, s in groups.items()], limit)})
