"""Dead-letter messages: why an input was rejected, where it came from, and its original bytes."""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def dead_letter(reason: str, error: str, *, topic: str, partition: int, offset: int,
                value: bytes | None, key: bytes | None = None,
                timestamp_ms: int | None = None) -> dict[str, Any]:
    """A message valid against schemas/deadletter.v1.json."""
    return {
        "schema": "deadletter.v1",
        "reason": reason,
        "error": error,
        "source": {"topic": topic, "partition": partition, "offset": offset,
                   "key_b64": _b64(key), "timestamp_ms": timestamp_ms},
        "original_b64": _b64(value) or "",
        "rejected_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
    }


def original_bytes(letter: dict[str, Any]) -> bytes:
    """The rejected message's value, as it arrived."""
    return base64.b64decode(letter["original_b64"])
