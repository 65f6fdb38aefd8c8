"""The JSON Schema contracts in schemas/, loaded once and validated with jsonschema."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
KINDS = ("article", "incident", "incident-retraction", "incident-event", "alert", "deadletter")
VERSION = "v1"


def schema_path(kind: str) -> Path:
    return SCHEMA_DIR / f"{kind}.{VERSION}.json"


@cache
def validator(kind: str) -> Draft202012Validator:
    schema = orjson.loads(schema_path(kind).read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def errors(kind: str, obj: Any) -> list[str]:
    """Readable reasons why obj breaks the schema ('published_at: ... does not match'), empty if valid."""
    found = sorted(validator(kind).iter_errors(obj), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in found]


def errors_by_tag(obj: Any) -> list[str]:
    """Validate a message against the schema its own "schema" tag names ("incident.v1" ...)."""
    tag = obj.get("schema") if isinstance(obj, dict) else None
    kind = tag.removesuffix(f".{VERSION}") if isinstance(tag, str) else None
    if kind not in KINDS:
        return [f"schema: unknown message tag {tag!r}"]
    return errors(kind, obj)


def is_valid(kind: str, obj: Any) -> bool:
    return validator(kind).is_valid(obj)
