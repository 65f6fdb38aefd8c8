"""articles -> incidents; anything that cannot be decoded, validated or extracted -> dead letter.

An article re-sent under the same id replaces its earlier version: the incidents it no longer
yields are retracted (streams.revisions). That needs producers to key articles by article id, so
both versions reach the same partition and its table records.
"""

from __future__ import annotations

import logging

import faust
import orjson
from faust.types import EventT

from streams import metrics, topics
from streams.analytics import merge_key
from streams.app import StreamTopics
from streams.articles import Article, Rejection, decode_article
from streams.deadletter import dead_letter
from streams.incidents import incidents_for
from streams.revisions import emitted, retraction, superseded

log = logging.getLogger(__name__)


def letter_for(event: EventT, reason: str, error: str) -> bytes:
    msg = event.message
    return orjson.dumps(dead_letter(reason, error, topic=msg.topic, partition=msg.partition,
                                    offset=msg.offset, value=msg.value, key=msg.key,
                                    timestamp_ms=int(msg.timestamp * 1000) if msg.timestamp else None))


def register(app: faust.App, channels: StreamTopics) -> None:
    # article id -> {incident id: merge key} of its latest version (only articles that had incidents)
    revisions = app.Table(topics.ARTICLES_TABLE, default=None, key_type=bytes, partitions=channels.articles.partitions)

    async def send_retractions(article: Article, current: dict[str, str]) -> None:
        key = article.article_id.encode()
        previous = revisions.get(key) or {}
        for incident_id, merge_key_, reason in superseded(previous, current):
            value = retraction(incident_id, article.article_id, reason, article.published_at)
            await channels.incidents.send(key=merge_key_.encode(), value=orjson.dumps(value))
        if previous != current:
            revisions[key] = current

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
            keys = [merge_key(incident) for incident in incidents]
            await send_retractions(decoded, emitted(incidents, keys))
            for incident, key in zip(incidents, keys):
                await channels.incidents.send(key=key.encode(), value=orjson.dumps(incident))
