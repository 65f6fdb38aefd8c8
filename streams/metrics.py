"""Prometheus metrics of the worker: what came in, what went out, what was rejected."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry()
ARTICLES = Counter("streams_articles_total", "Articles consumed", registry=REGISTRY)
DEAD_LETTERS = Counter("streams_dead_letters_total", "Messages sent to the dead-letter topic", ["reason"],
                       registry=REGISTRY)
INCIDENTS = Counter("streams_incidents_total", "Incidents extracted", registry=REGISTRY)
EVENT_VERSIONS = Counter("streams_event_versions_total", "Merged event versions emitted", ["kind"],
                         registry=REGISTRY)
ALERTS = Counter("streams_alerts_total", "Alert messages emitted", ["rule", "status"], registry=REGISTRY)
EXTRACT_SECONDS = Histogram("streams_extract_seconds", "Time to extract one article", registry=REGISTRY,
                            buckets=(0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0))


def exposition() -> tuple[bytes, str]:
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
