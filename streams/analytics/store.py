"""Where the analytics keep state: a key-value store of small JSON records, and a staging batch.

State is split into many small records under composite keys that all start with the
partition key of the message being processed ("SY|ev|ev-1f...", "Kataib Hezbollah|day|2024-04-21"),
so one message writes a few small records instead of a whole history, and every write lands in
the changelog partition of that message (a Faust table writes to the partition of the event
being processed). Any mapping-like store fits: `MemoryStore` here, a changelogged table in the
agents. A value is never None (None is how a changelog says "deleted").
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Protocol

import orjson

SEPARATOR = "|"
_DELETED = object()


class Store(Protocol):
    def get(self, key: str) -> Any | None: ...

    def set(self, key: str, value: Any) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryStore:
    """A dict-backed Store, for tests and for using the analytics without Kafka."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = dict(data or {})

    def get(self, key: str) -> Any | None:
        return self.data.get(key)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def keys(self) -> Iterator[str]:
        return iter(list(self.data))

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(list(self.data.items()))


def record_key(partition_key: str, kind: str, name: str | None = None) -> str:
    """"<partition key>|<kind>[|<name>]", with "|" and "%" escaped in the free-text parts."""
    head = f"{_escape(partition_key)}{SEPARATOR}{kind}"
    return head if name is None else f"{head}{SEPARATOR}{_escape(name)}"


def split_key(key: str) -> tuple[str, str, str | None]:
    """(partition key, kind, name or None) of a record_key."""
    parts = key.split(SEPARATOR)
    name = _unescape(parts[2]) if len(parts) > 2 else None
    return _unescape(parts[0]), parts[1] if len(parts) > 1 else "", name


def partition_keys(keys: Iterable[str], kind: str) -> list[str]:
    """Sorted partition keys that hold a record of `kind` with no name (e.g. "meta")."""
    found = set()
    for key in keys:
        if key.endswith(SEPARATOR + kind):
            owner, found_kind, name = split_key(key)
            if found_kind == kind and name is None:
                found.add(owner)
    return sorted(found)


class Batch:
    """Reads through to a store, stages writes, and `commit()` writes only what changed.

    Values returned by `get` belong to the store: never mutate them. `edit` returns a private
    copy (made through JSON), staged for writing, to mutate freely with JSON types (lists, not
    tuples). Values passed to `set` are normalised through JSON at commit, so a store holds
    the same values live as after a changelog recovery.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.staged: dict[str, Any] = {}
        self.given: set[str] = set()  # keys staged with `set`: values built by the caller

    def get(self, key: str) -> Any | None:
        if key in self.staged:
            value = self.staged[key]
            return None if value is _DELETED else value
        return self.store.get(key)

    def edit(self, key: str, default: Any = None) -> Any:
        """A mutable copy of the record (or of `default` when absent), staged for writing."""
        value = self.get(key)
        if value is not None and self.staged.get(key, _DELETED) is not _DELETED:
            return value
        if value is None and default is None:
            return None
        value = _copy(default if value is None else value)
        self.staged[key] = value
        return value

    def set(self, key: str, value: Any) -> None:
        self.staged[key] = value
        self.given.add(key)

    def delete(self, key: str) -> None:
        self.staged[key] = _DELETED

    def commit(self) -> int:
        """Write the staged records that differ from the store; returns how many were written."""
        written = 0
        for key, value in self.staged.items():
            current = self.store.get(key)
            if value is _DELETED:
                if current is not None:
                    self.store.delete(key)
                    written += 1
                continue
            if key in self.given:
                value = _copy(value)
            if value != current:
                self.store.set(key, value)
                written += 1
        self.staged.clear()
        self.given.clear()
        return written


def _copy(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value))


def _escape(text: str) -> str:
    if "%" not in text and SEPARATOR not in text:
        return text
    return text.replace("%", "%25").replace(SEPARATOR, "%7C")


def _unescape(text: str) -> str:
    if "%" not in text:
        return text
    return text.replace("%7C", SEPARATOR).replace("%25", "%")
