"""A changelogged Faust table seen as the analytics' key-value Store (streams.analytics.store).

Writes go to the changelog partition of the event being processed, so call set/delete only
from an agent, with keys under that event's partition key (the analytics' records all are).

The table must be declared with key_type=bytes: its keys are then serialized raw, like the
message keys that partition its source topic, so Faust's table_route finds the worker that owns
a group by hashing the same bytes the producer hashed (JSON keys hash as '"group"' and route
to the wrong worker)."""

from __future__ import annotations

from typing import Any

import faust


class TableStore:
    def __init__(self, table: faust.Table) -> None:
        self.table = table

    def get(self, key: str) -> Any | None:
        return self.table.get(key.encode())

    def set(self, key: str, value: Any) -> None:
        self.table[key.encode()] = value

    def delete(self, key: str) -> None:
        raw = key.encode()
        if raw in self.table:
            del self.table[raw]

    def keys(self) -> list[str]:
        """Keys of the partitions this worker holds."""
        return [key.decode() for key in list(self.table.keys())]

    def items(self) -> list[tuple[str, Any]]:
        return [(key.decode(), value) for key, value in list(self.table.items())]
