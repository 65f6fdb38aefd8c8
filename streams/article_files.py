"""Reads articles from files: text files whose first line holds the date, .json, and .jsonl."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from streams.errors import InputError

# "date 2024-04-22", "2024-04-22", "Date: 2024-04-22T10:00Z": the first line of a text article.
_DATE_LINE = re.compile(r"^\s*(?:date\s*:?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$",
                        re.IGNORECASE)


def parse_text_article(raw: str, name: str = "<text>") -> dict[str, Any]:
    """An article dict from a text file: the date on the first line, the body after it."""
    first, _, body = raw.partition("\n")
    match = _DATE_LINE.match(first)
    if match is None:
        raise InputError(f"{name}: the first line should hold the publication date, got {first[:60]!r}",
                         "start the file with a line like `date 2024-04-22`")
    text = body.strip()
    if not text:
        raise InputError(f"{name}: no article text after the date line", "add the article body")
    return {"schema": "article.v1", "article_id": Path(name).stem, "published_at": match.group(1),
            "text": text}


def _json_articles(data: bytes, name: str) -> list[dict[str, Any]]:
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON ({exc})", "fix the file or use .jsonl for one article a line") from None
    items = obj if isinstance(obj, list) else [obj]
    if not all(isinstance(item, dict) for item in items):
        raise InputError(f"{name}: expected an article object or a list of them", "see schemas/article.v1.json")
    return items


def _jsonl_articles(data: bytes, name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{name}:{number}: not valid JSON ({exc})", "one JSON object per line") from None
        if not isinstance(item, dict):
            raise InputError(f"{name}:{number}: expected a JSON object", "see schemas/article.v1.json")
        yield item


def read_articles(path: Path) -> Iterator[dict[str, Any]]:
    """Article dicts from one file, by its extension (.json, .jsonl, anything else is text)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the path") from None
    if path.suffix == ".jsonl":
        yield from _jsonl_articles(data, str(path))
    elif path.suffix == ".json":
        yield from _json_articles(data, str(path))
    else:
        yield parse_text_article(data.decode("utf-8", errors="replace"), str(path))


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the article files inside directories named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix in {".txt", ".json", ".jsonl"}
                                and not p.name.endswith(".gold.json")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"no such file or directory: {path}", "check the path")
    return files
