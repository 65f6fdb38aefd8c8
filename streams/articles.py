"""Turns raw bytes from the articles topic into a validated article, or a reason to reject them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson

from streams import schemas


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    published_at: str
    published_on: date
    title: str | None = None
    outlet: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "article.v1", "article_id": self.article_id, "title": self.title,
                "text": self.text, "published_at": self.published_at, "outlet": self.outlet,
                "url": self.url}


@dataclass(frozen=True)
class Rejection:
    reason: str  # one of deadletter.v1 reasons
    error: str


def article_id_for(text: str, published_at: str) -> str:
    """A stable id for an article that came without one: same text and date, same id."""
    digest = hashlib.sha1(f"{published_at[:10]}\n{text}".encode()).hexdigest()
    return f"a-{digest[:16]}"


def article_from_dict(obj: dict[str, Any]) -> Article:
    """An Article from a dict that already passed the article schema."""
    published_at = obj["published_at"]
    return Article(
        article_id=obj.get("article_id") or article_id_for(obj["text"], published_at),
        text=obj["text"],
        published_at=published_at,
        published_on=date.fromisoformat(published_at[:10]),
        title=obj.get("title"),
        outlet=obj.get("outlet"),
        url=obj.get("url"),
    )


def decode_article(raw: bytes | None) -> Article | Rejection:
    """Decode, validate and normalise one message value."""
    if raw is None:
        return Rejection("not_json", "empty message value (tombstone)")
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return Rejection("not_json", f"value is not JSON: {exc}")
    if not isinstance(obj, dict):
        return Rejection("not_an_object", f"value is JSON {type(obj).__name__}, expected an object")
    problems = schemas.errors("article", obj)
    if problems:
        return Rejection("schema_invalid", "; ".join(problems[:5]))
    try:
        return article_from_dict(obj)
    except ValueError as exc:
        return Rejection("schema_invalid", f"published_at: {exc}")
