"""The key-value layout: small records, bounded writes, retention by deletion, staged commits."""

from __future__ import annotations

import random
from datetime import date, timedelta

import orjson

from streams.analytics import MemoryStore, apply_incident, group_meta, groups_in, route, table, update_group
from streams.analytics.store import Batch, record_key, split_key
from tests.unit.test_analytics_builders import RAISED_AT, incident

SMALL = 20 * 1024
PLACES = [f"Town {n}" for n in range(30)]


class Recording(MemoryStore):
    """A MemoryStore that remembers the largest record and the most bytes one message wrote."""

    def __init__(self) -> None:
        super().__init__()
        self.largest = 0
        self.message = 0
        self.largest_message = 0

    def set(self, key: str, value: object) -> None:
        size = len(orjson.dumps(value))
        self.largest = max(self.largest, size)
        self.message += size
        super().set(key, value)

    def end_message(self) -> None:
        self.largest_message = max(self.largest_message, self.message)
        self.message = 0


def busy_country(reports: int, days: int, seed: int = 7) -> list[dict]:
    """Reports of attacks in one country, 1-5 outlets each, arriving within a few days of the attack."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out: list[tuple[float, dict]] = []
    attack = 0
    while len(out) < reports:
        offset = rng.randrange(days)
        day = (start + timedelta(days=offset)).isoformat()
        group = rng.choice(["G1", "G2", "G3", None])
        place, kind = rng.choice(PLACES), rng.choice(["rocket", "drone", "bombing", "armed_assault"])
        for r in range(rng.randint(1, 5)):
            named = group if rng.random() < 0.7 else None
            out.append((offset + rng.random() * 3, incident(
                f"a{attack}r{r}", outlet=f"o{rng.randrange(20)}", group=named,
                claim="claimed" if named else "unknown", day=day, attack_type=kind, place=place,
                admin1=None, targets=(f"target {rng.randrange(20)}",), killed=rng.choice([None, 2, 12]))))
        attack += 1
    out.sort(key=lambda pair: pair[0])
    return [item for _, item in out[:reports]]


def test_a_busy_country_writes_small_records_and_retention_deletes_them():
    merge, groups = Recording(), Recording()
    latest = "0000-00-00"
    for item in busy_country(2000, days=200):
        versions = apply_incident(merge, "SY", item)
        merge.end_message()
        latest = max(latest, item["occurred_on"])
        for v in versions:
            for key in route(v):
                update_group(groups, key, v, RAISED_AT)
                groups.end_message()
    assert 0 < merge.largest < SMALL and 0 < groups.largest < SMALL
    # one message writes a few records, not the history of its key
    assert merge.largest_message < SMALL and groups.largest_message < SMALL
    # 200 days of reports under a 90-day retention: what is older was deleted, not kept
    horizon = (date.fromisoformat(latest) - timedelta(days=90)).isoformat()
    ends = [value["end"] for key, value in merge.items() if split_key(key)[1] == "ev"]
    assert ends and min(ends) >= horizon
    for group in groups_in(groups.keys()):
        limit = date.fromisoformat(group_meta(groups, group)["max_day"]) - timedelta(days=7 + 90)
        days = [split_key(key)[2] for key, _ in groups.items() if split_key(key)[:2] == (group, "day")]
        assert days and min(days) >= limit.isoformat()
    assert sum(table(groups, g)["total"] for g in groups_in(groups.keys())) > 100


def test_commit_writes_only_what_changed():
    store = Recording()
    store.data.update({"a": {"n": 1}, "b": [1, 2], "gone": {"x": 1}})
    batch = Batch(store)
    batch.edit("a")["n"] = 1           # edited back to the same value: no write
    batch.set("b", (1, 2))             # a tuple is what JSON gives back as a list: no write
    batch.edit("c", {"items": []})["items"].append("x")
    batch.delete("gone")
    batch.delete("never there")
    assert store.data["a"] == {"n": 1} and "c" not in store.data  # nothing written before commit
    assert batch.commit() == 2
    assert store.data == {"a": {"n": 1}, "b": [1, 2], "c": {"items": ["x"]}}


def test_edit_never_mutates_the_stored_value():
    store = MemoryStore({"a": {"list": [1]}})
    batch = Batch(store)
    batch.edit("a")["list"].append(2)
    assert store.data["a"] == {"list": [1]} and batch.get("a") == {"list": [1, 2]}


def test_record_keys_escape_the_separator_and_split_back():
    for owner, name in [("Kataib Hezbollah", "2024-04-21"), ("a|b", "x%7Cy"), ("100%", None)]:
        key = record_key(owner, "day", name)
        assert key.count("|") == (1 if name is None else 2)
        assert split_key(key) == (owner, "day", name)
