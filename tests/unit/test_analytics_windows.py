from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.analytics import (
    MemoryStore,
    Thresholds,
    apply_version,
    groups_in,
    route,
    table,
    watermark,
    window_count,
)
from streams.analytics.windows import UNKNOWN_GROUP
from tests.unit.test_analytics_builders import group_events, group_meta, records_of, roundtrip, version

KH = "Kataib Hezbollah"


def apply_all(versions: list[dict]) -> MemoryStore:
    groups = MemoryStore()
    for v in versions:
        for key in route(v):
            apply_version(groups, key, v)
    return groups


def tables(groups: MemoryStore) -> dict[str, dict]:
    return {key: table(groups, key) for key in groups_in(groups.keys())}


def test_same_version_twice_changes_nothing():
    store = MemoryStore()
    v = version("e1", KH, "2024-04-21")
    assert apply_version(store, KH, v) is not None
    before = copy.deepcopy(store.data)
    assert apply_version(store, KH, v) is None
    assert store.data == before


def test_reattribution_leaves_old_group_and_joins_new():
    first = version("e1", None, "2024-04-21")
    moved = version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=None)
    assert route(moved) == [KH, UNKNOWN_GROUP]
    groups = apply_all([first, moved])
    assert window_count(groups, UNKNOWN_GROUP, "2024-04-21", 1) == 0
    assert window_count(groups, KH, "2024-04-21", 1) == 1


def test_stale_version_after_newer_one_is_ignored():
    groups = apply_all([version("e1", KH, "2024-04-22", number=2, kind="updated", previous_group=KH),
                        version("e1", KH, "2024-04-21")])
    assert table(groups, KH)["day"] == {"2024-04-22": 1}


def test_correction_moves_the_event_day():
    groups = apply_all([version("e1", KH, "2024-04-20"),
                        version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=KH)])
    assert table(groups, KH)["day"] == {"2024-04-21": 1}


def test_retracted_and_merged_versions_remove_the_event():
    groups = apply_all([version("e1", KH, "2024-04-21"), version("e2", KH, "2024-04-21"),
                        version("e1", KH, "2024-04-21", number=2, kind="retracted", previous_group=KH),
                        version("e2", KH, "2024-04-21", number=2, kind="merged", previous_group=KH)])
    assert table(groups, KH)["total"] == 0


def test_rolling_windows_count_by_event_time():
    days = ["2024-04-01", "2024-04-15", "2024-04-20", "2024-04-21", "2024-04-21"]
    groups = apply_all([version(f"e{i}", KH, d) for i, d in enumerate(days)])
    assert window_count(groups, KH, "2024-04-21", 1) == 2
    assert window_count(groups, KH, "2024-04-21", 7) == 4  # 04-15..04-21 inclusive
    assert window_count(groups, KH, "2024-04-20", 7) == 2
    assert window_count(groups, KH, "2024-04-21", 30) == 5


def test_month_precision_counts_in_30_day_windows_only():
    groups = apply_all([version("e1", KH, "2024-02"), version("e2", KH, "2024-02-10")])
    assert table(groups, KH)["day"] == {"2024-02-10": 1}
    assert sum(table(groups, KH)["week"].values()) == 1
    assert sum(table(groups, KH)["days30"].values()) == 2
    assert window_count(groups, KH, "2024-02-10", 30) == 2
    assert window_count(groups, KH, "2024-02-10", 7) == 1


def test_year_precision_counts_in_total_only():
    groups = apply_all([version("e1", KH, "2023")])
    assert table(groups, KH)["total"] == 1
    assert table(groups, KH)["days30"] == {}


def test_watermark_trails_the_latest_event_day_by_the_grace_period():
    t = Thresholds(grace_days=5)
    store = MemoryStore()
    for day in ("2024-04-21", "2024-03-01"):
        apply_version(store, KH, version(day, KH, day), t)
    assert watermark(store, KH, t) == "2024-04-16"


def test_retention_drops_old_events_by_event_time():
    t = Thresholds(grace_days=0, retention_days=60)
    store = MemoryStore()
    apply_version(store, KH, version("old", KH, "2024-01-01"), t)
    apply_version(store, KH, version("new", KH, "2024-04-21"), t)
    assert set(group_events(store, KH)) == {"new"}
    assert group_meta(store, KH)["last_pruned_day"] == "2024-01-01"
    # deleted, not rewritten: no record of the old event or its day is left
    assert not [key for key in store.keys() if "old" in key or "2024-01-01" in key]
    # a late report of an attack past retention is not counted either
    assert apply_version(store, KH, version("late", KH, "2024-02-01"), t) is None


def test_state_roundtrips_through_orjson():
    groups = apply_all([version("e1", None, "2024-04-21"), version("e2", KH, "2024-02"),
                        version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=None)])
    for _, record in groups.items():
        assert roundtrip(record) == record


def _history() -> list[dict]:
    """Versions of a few events, with corrections that move day and group."""
    start = date(2024, 3, 1)
    out = []
    for i in range(8):
        day = (start + timedelta(days=3 * i)).isoformat()
        group = KH if i % 2 else None
        out.append(version(f"e{i}", group, day))
        if i % 3 == 0:
            moved = (start + timedelta(days=3 * i + 1)).isoformat()
            out.append(version(f"e{i}", "Islamic State", moved, number=2, kind="updated", previous_group=group))
    out.append(version("m", KH, "2024-03"))
    return out


@settings(max_examples=60, deadline=None)
@given(st.permutations(_history()))
def test_any_order_gives_identical_tables(shuffled):
    assert tables(apply_all(shuffled)) == tables(apply_all(_history()))


@settings(max_examples=30, deadline=None)
@given(st.permutations(_history()), st.integers(min_value=0, max_value=10))
def test_redelivery_in_any_order_changes_nothing(shuffled, repeat_from):
    once = apply_all(_history())
    twice = apply_all(shuffled + shuffled[repeat_from:])
    assert tables(twice) == tables(once)
    assert records_of(twice, "day", "ev") == records_of(once, "day", "ev")


def test_thresholds_reject_settings_that_cannot_work():
    with pytest.raises(ValueError):
        Thresholds(lull_days=0)
    with pytest.raises(ValueError):
        Thresholds(retention_days=10)
    assert Thresholds(grace_days=0).grace_days == 0
