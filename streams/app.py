"""The Faust app: settings in, topics, tables, agents and web views wired on one object."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from streams import topics
from streams.settings import Settings


@dataclass
class StreamTopics:
    """The app's topics as Faust channels; raw bytes in and out, the agents decode with orjson."""

    articles: TopicT
    deadletter: TopicT
    incidents: TopicT
    incident_events: TopicT
    group_events: TopicT
    alerts: TopicT


def declare_topics(app: faust.App, settings: Settings) -> StreamTopics:
    names = topics.TopicNames(settings.topic_prefix)

    def topic(base: str) -> TopicT:
        return app.topic(names.name(base), key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw",
                         partitions=settings.partitions, replicas=settings.replication,
                         config=topics.topic_config(base) or None, internal=True)

    return StreamTopics(
        articles=topic(topics.ARTICLES), deadletter=topic(topics.ARTICLES_DEADLETTER),
        incidents=topic(topics.INCIDENTS), incident_events=topic(topics.INCIDENT_EVENTS),
        group_events=topic(topics.GROUP_EVENTS), alerts=topic(topics.ALERTS),
    )


def create_app(settings: Settings) -> faust.App:
    """A configured app with every agent registered; run it with `streams worker`."""
    app = faust.App(
        settings.app_id,
        broker=settings.broker_url,
        store="memory://",
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        producer_linger_ms=5,
        web_enabled=settings.web_port > 0,
        web_port=settings.web_port or 6066,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_in_thread=False,
    )
    from streams.agents import register_agents

    register_agents(app, declare_topics(app, settings), settings)
    return app
