from __future__ import annotations

import copy
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.analytics import (
    Thresholds,
    apply_version,
    new_group_state,
    route,
    table,
    watermark,
    window_count,
)
from streams.analytics.windows import UNKNOWN_GROUP
from tests.unit.test_analytics_builders import roundtrip, version

KH = "Kataib Hezbollah"


def apply_all(versions: list[dict]) -> dict[str, dict]:
    groups: dict[str, dict] = {}
    for v in versions:
        for key in route(v):
            apply_version(groups.setdefault(key, new_group_state(key)), v)
    return groups


def tables(groups: dict[str, dict]) -> dict[str, dict]:
    return {key: table(state) for key, state in groups.items()}


def test_same_version_twice_changes_nothing():
    state = new_group_state(KH)
    v = version("e1", KH, "2024-04-21")
    assert apply_version(state, v) is not None
    before = copy.deepcopy(state)
    assert apply_version(state, v) is None
    assert state == before


def test_reattribution_leaves_old_group_and_joins_new():
    first = version("e1", None, "2024-04-21")
    moved = version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=None)
    assert route(moved) == [KH, UNKNOWN_GROUP]
    groups = apply_all([first, moved])
    assert window_count(groups[UNKNOWN_GROUP], "2024-04-21", 1) == 0
    assert window_count(groups[KH], "2024-04-21", 1) == 1


def test_stale_version_after_newer_one_is_ignored():
    groups = apply_all([version("e1", KH, "2024-04-22", number=2, kind="updated", previous_group=KH),
                        version("e1", KH, "2024-04-21")])
    assert table(groups[KH])["day"] == {"2024-04-22": 1}


def test_correction_moves_the_event_day():
    groups = apply_all([version("e1", KH, "2024-04-20"),
                        version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=KH)])
    assert table(groups[KH])["day"] == {"2024-04-21": 1}


def test_retracted_and_merged_versions_remove_the_event():
    groups = apply_all([version("e1", KH, "2024-04-21"), version("e2", KH, "2024-04-21"),
                        version("e1", KH, "2024-04-21", number=2, kind="retracted", previous_group=KH),
                        version("e2", KH, "2024-04-21", number=2, kind="merged", previous_group=KH)])
    assert table(groups[KH])["total"] == 0


def test_rolling_windows_count_by_event_time():
    days = ["2024-04-01", "2024-04-15", "2024-04-20", "2024-04-21", "2024-04-21"]
    groups = apply_all([version(f"e{i}", KH, d) for i, d in enumerate(days)])
    state = groups[KH]
    assert window_count(state, "2024-04-21", 1) == 2
    assert window_count(state, "2024-04-21", 7) == 4  # 04-15..04-21 inclusive
    assert window_count(state, "2024-04-20", 7) == 2
    assert window_count(state, "2024-04-21", 30) == 5


def test_month_precision_counts_in_30_day_windows_only():
    groups = apply_all([version("e1", KH, "2024-02"), version("e2", KH, "2024-02-10")])
    state = groups[KH]
    assert table(state)["day"] == {"2024-02-10": 1}
    assert sum(table(state)["week"].values()) == 1
    assert sum(table(state)["days30"].values()) == 2
    assert window_count(state, "2024-02-10", 30) == 2
    assert window_count(state, "2024-02-10", 7) == 1


def test_year_precision_counts_in_total_only():
    state = apply_all([version("e1", KH, "2023")])[KH]
    assert table(state)["total"] == 1
    assert table(state)["days30"] == {}


def test_watermark_trails_the_latest_event_day_by_the_grace_period():
    t = Thresholds(grace_days=5)
    state = new_group_state(KH)
    for day in ("2024-04-21", "2024-03-01"):
        apply_version(state, version(day, KH, day), t)
    assert watermark(state, t) == "2024-04-16"


def test_retention_drops_old_events_by_event_time():
    t = Thresholds(grace_days=0, retention_days=30)
    state = new_group_state(KH)
    apply_version(state, version("old", KH, "2024-01-01"), t)
    apply_version(state, version("new", KH, "2024-04-21"), t)
    assert set(state["events"]) == {"new"}
    assert state["last_pruned_day"] == "2024-01-01"
    # a late report of an attack past retention is not counted either
    assert apply_version(state, version("late", KH, "2024-02-01"), t) is None


def test_state_roundtrips_through_orjson():
    groups = apply_all([version("e1", None, "2024-04-21"), version("e2", KH, "2024-02"),
                        version("e1", KH, "2024-04-21", number=2, kind="updated", previous_group=None)])
    for state in groups.values():
        assert roundtrip(state) == state


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
    assert {k: s["events"] for k, s in twice.items()} == {k: s["events"] for k, s in once.items()}
