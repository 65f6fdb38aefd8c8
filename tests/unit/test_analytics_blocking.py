"""The merge re-clusters only the events a report can reach: same events as clustering every
live report at once, and store reads that do not grow with unrelated reports."""

from __future__ import annotations

import random

import pytest

from streams.analytics import DEFAULT, MemoryStore, apply_incident
from streams.analytics.blocking import interacts, linked
from streams.analytics.clustering import cluster
from streams.analytics.consolidate import consolidate, source_of
from streams.analytics.store import split_key
from tests.unit.test_analytics_builders import incident

PLACES = ("Deir ez-Zor", "Deir Hafer", "Kharab al-Jir", "Kharab al-Jir base", "Al-Tanf", "Manbij", "Raqqa")
TARGETS = ("US forces", "government forces", "a checkpoint", "civilians", "the base", "forces")


def dense_country(seed: int, reports: int = 90, days: int = 6) -> list[dict]:
    """Many attacks a day on few places with overlapping names and targets, some with no place,
    some dated by month, then corrections and retractions, in a shuffled order."""
    rng = random.Random(seed)
    out: list[dict] = []
    attack = 0
    while len(out) < reports:
        day = f"2024-04-{rng.randint(10, 10 + days):02d}"
        group, place = rng.choice(["G1", "G2", None]), rng.choice(PLACES)
        attack_type, target = rng.choice(["rocket", "drone", "bombing", "other"]), rng.choice(TARGETS)
        for r in range(rng.randint(1, 4)):
            named = group if rng.random() < 0.7 else None
            vague = rng.random() < 0.08
            out.append(incident(f"a{attack}r{r}", outlet=f"o{rng.randrange(8)}", group=named,
                                claim=rng.choice(["claimed", "suspected"]) if named else "unknown",
                                day=day[:7] if vague else day, precision="month" if vague else "day",
                                attack_type=attack_type, place=None if rng.random() < 0.25 else place,
                                admin1=None, targets=(target, rng.choice(TARGETS))))
        attack += 1
    for item in rng.sample(out, 10):
        if rng.random() < 0.5:
            out.append({**item, "retracted": True})
        else:
            out.append({**item, "occurred_on": rng.choice(out)["occurred_on"], "date_precision": "day"})
    rng.shuffle(out)
    return out


def live_reports(store: MemoryStore) -> list[dict]:
    return [value["source"] for key, value in store.items() if split_key(key)[1] == "inc"]


def live_groups(store: MemoryStore) -> list[list[str]]:
    return sorted(value["incidents"] for key, value in store.items()
                  if split_key(key)[1] == "ev" and value["incidents"])


def reference(reports: list[dict]) -> list[list[str]]:
    """Brute force: every live report of the country clustered at once."""
    return sorted(sorted(s["incident_id"] for s in group) for group in cluster(reports))


@pytest.mark.parametrize("seed", range(3))
def test_a_dense_country_gives_the_events_of_clustering_every_report_at_once(seed):
    store = MemoryStore()
    latest: dict[str, dict] = {}
    for item in dense_country(seed):
        for v in apply_incident(store, "SY", item):
            latest[v["event_id"]] = v
        assert live_groups(store) == reference(live_reports(store))
    # and the last version of each live event holds the fields of its reports
    by_id = {s["incident_id"]: s for s in live_reports(store)}
    live = {v["event_id"]: v for v in latest.values() if v["incident_ids"]}
    assert sorted(v["incident_ids"] for v in live.values()) == live_groups(store)
    for v in live.values():
        fields = consolidate([by_id[i] for i in v["incident_ids"]])
        assert {k: v[k] for k in fields} == fields


class CountingStore(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get(self, key: str):
        self.reads += 1
        return super().get(key)


def reads_for_a_probe(unrelated_attacks: int) -> int:
    """Store reads of one report joining its attack, in a country busy with unrelated attacks
    (other places; the same generic target; a few dated by month) over the same days."""
    rng = random.Random(5)
    store = CountingStore()
    background = []
    for n in range(unrelated_attacks):
        day = f"2024-04-{rng.randint(14, 28):02d}"
        for r in range(rng.randint(1, 3)):
            vague = rng.random() < 0.03
            background.append(incident(f"b{n}r{r}", outlet=f"o{r}", place=f"Village{n}", admin1=None,
                                       day=day[:7] if vague else day, precision="month" if vague else "day",
                                       targets=("civilians",)))
    neighbours = [incident(f"k{n}", outlet=f"k{n}", day="2024-04-21", targets=("civilians",)) for n in range(2)]
    for item in background + neighbours:
        apply_incident(store, "SY", item)
    store.reads = 0
    versions = apply_incident(store, "SY", incident("probe", outlet="p", day="2024-04-22", targets=("civilians",)))
    assert [len(v["incident_ids"]) for v in versions] == [3]
    return store.reads


def test_store_reads_per_report_do_not_grow_with_unrelated_reports():
    assert reads_for_a_probe(300) == reads_for_a_probe(10)


def test_linked_and_interacts_are_necessary_for_a_fit():
    placed = source_of(incident("a", place="Kharab al-Jir base", targets=("US forces",)))
    near = source_of(incident("b", place="Kharab al-Jir", targets=("civilians",), day="2024-04-22"))
    elsewhere = source_of(incident("c", place="Al-Tanf", targets=("US forces",)))
    unplaced = source_of(incident("d", place=None, admin1=None, targets=("forces",)))
    assert linked(placed, near) and not linked(placed, elsewhere)
    assert linked(placed, unplaced) and linked(unplaced, elsewhere)
    t = DEFAULT
    assert interacts(near, [placed], t)
    assert not interacts(placed, [near], t)  # `near` is clustered after it (canonical order)
    later = source_of(incident("e", place="Kharab al-Jir", day="2024-04-25"))
    assert not interacts(later, [placed], t)
    assert not interacts(source_of(incident("f", attack_type="kidnapping")), [placed], t)
