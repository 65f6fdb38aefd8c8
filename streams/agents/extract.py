"""articles -> incidents; anything that cannot be decoded, validated or extracted -> dead letter."""

from __future__ import annotations

import logging
from typing import Any

import faust
import orjson
from faust.types import EventT

from streams import metrics
from streams.analytics import merge_key
from streams.app import StreamTopics
from streams.articles import Article, Rejection, decode_article
from streams.deadletter import dead_letter
from streams.extract import extract_incidents

log = logging.getLogger(__name__)


def incidents_for(article: Article) -> list[dict[str, Any]]:
    """The article's incidents, stamped with what downstream stages need from the article."""
    found = extract_incidents(article.text, article.published_on, article.article_id, article.outlet)
    for incident in found:
        incident["schema"] = "incident.v1"
        incident["published_at"] = article.published_at
        incident["outlet"] = article.outlet
    return found


def letter_for(event: EventT, reason: str, error: str) -> bytes:
    msg = event.message
    return orjson.dumps(dead_letter(reason, error, topic=msg.topic, partition=msg.partition,
                                    offset=msg.offset, value=msg.value, key=msg.key,
                                    timestamp_ms=int(msg.timestamp * 1000) if msg.timestamp else None))


def register(app: faust.App, channels: StreamTopics) -> None:
    @app.agent(channels.articles, name="extract")
    async def extract(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            metrics.ARTICLES.inc()
            decoded = decode_article(event.value)
            if isinstance(decoded, Rejection):
                metrics.DEAD_LETTERS.labels(decoded.reason).inc()
                await channels.deadletter.send(key=event.key, value=letter_for(event, decoded.reason, decoded.error))
                continue
            try:
                with metrics.EXTRACT_SECONDS.time():
                    incidents = incidents_for(decoded)
            except Exception as exc:  # a bug on one article must not stop the stream
                log.exception("extraction failed for %s", decoded.article_id)
                metrics.DEAD_LETTERS.labels("extraction_failed").inc()
                await channels.deadletter.send(key=event.key, value=letter_for(event, "extraction_failed", repr(exc)))
                continue
            metrics.INCIDENTS.inc(len(incidents))
            for incident in incidents:
                await channels.incidents.send(key=merge_key(incident).encode(), value=orjson.dumps(incident))
