"""Writes articles from files to the articles topic."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError
from tqdm import tqdm

from streams import admin, schemas
from streams.article_files import expand_paths, read_articles
from streams.articles import article_from_dict
from streams.errors import InputError
from streams.settings import Settings
from streams.topics import TopicNames

PROGRESS_FROM = 20  # a progress bar only when there is something to wait for


def load_articles(paths: list[Path], validate: bool = True) -> list[dict[str, Any]]:
    """Every article in these files and folders, schema-checked unless validate is False."""
    loaded: list[dict[str, Any]] = []
    for path in expand_paths(paths):
        for number, article in enumerate(read_articles(path), 1):
            problems = schemas.errors("article", article) if validate else []
            if problems:
                raise InputError(f"{path} (article {number}) does not match schemas/article.v1.json: {problems[0]}",
                                 "fix the article, or pass --no-validate to send it to the dead-letter path")
            if validate:
                article["article_id"] = article_from_dict(article).article_id
            loaded.append(article)
    return loaded


async def produce(settings: Settings, articles: list[dict[str, Any]], topic: str | None = None) -> int:
    """Send articles keyed by article id; how many were acknowledged."""
    await admin.ensure_topics(settings)
    topic = topic or TopicNames(settings.topic_prefix).articles
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap, linger_ms=10, acks="all",
                                enable_idempotence=True, max_request_size=4 * 1024 * 1024)
    try:
        await producer.start()
    except KafkaConnectionError:
        await producer.stop()
        raise admin.unreachable(settings) from None
    try:
        show = len(articles) >= PROGRESS_FROM and sys.stderr.isatty()
        futures = []
        for article in tqdm(articles, desc="articles", unit="art", disable=not show):
            key = str(article.get("article_id", "")).encode() or None
            futures.append(await producer.send(topic, orjson.dumps(article), key=key))
        for future in futures:
            await future
        return len(futures)
    finally:
        await producer.stop()
