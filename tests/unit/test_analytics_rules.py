from __future__ import annotations

from datetime import date

import jsonschema

from streams.analytics import (
    MemoryStore,
    Thresholds,
    alert_id,
    alert_records,
    route,
    silence_notice,
    update_group,
)
from streams.analytics.windows import UNKNOWN_GROUP
from tests.unit.test_analytics_builders import ALERT_SCHEMA, RAISED_AT, restored, version

KH = "Kataib Hezbollah"


def run(versions: list[dict], t: Thresholds = Thresholds()) -> tuple[MemoryStore, list[dict]]:
    groups = MemoryStore()
    alerts: list[dict] = []
    for v in versions:
        for key in route(v):
            alerts += update_group(groups, key, v, RAISED_AT, t)
    for alert in alerts:
        jsonschema.validate(alert, ALERT_SCHEMA)
    return groups, alerts


def standing(groups: MemoryStore, group: str) -> dict[str, str]:
    """rule -> status of every alert the group holds that is not retracted."""
    return {a["rule"] + ":" + a["anchor"]: a["status"] for a in alert_records(groups.items())
            if a["group"] == group and a["status"] != "retracted"}


def test_seed_story_first_seen_then_resumption_after_the_lull():
    _, alerts = run([version("feb", KH, "2024-02-03"), version("apr", KH, "2024-04-21")])
    assert [a["rule"] for a in alerts] == ["first_seen", "resumption"]
    resumption = alerts[1]
    lull = (date(2024, 4, 21) - date(2024, 2, 3)).days - 1
    assert resumption["details"]["lull_days"] == lull
    assert f"{lull} days" in resumption["message"] and "11 weeks" in resumption["message"]
    assert resumption["window"] == {"start": "2024-02-04", "end": "2024-04-21", "days": lull + 1}
    assert resumption["incident_ids"] == ["inc-apr"]


def test_only_first_seen_when_the_group_has_no_earlier_attack():
    _, alerts = run([version("apr", KH, "2024-04-21")])
    assert [a["rule"] for a in alerts] == ["first_seen"]


def test_first_seen_names_the_later_attack_that_corroborates_it():
    _, alerts = run([version("jan", KH, "2024-01-28"), version("apr", KH, "2024-04-21", sources=2)])
    first = [a for a in alerts if a["rule"] == "first_seen"]
    assert [a["status"] for a in first] == ["provisional", "corroborated"]
    assert first[1]["window"] == {"start": "2024-01-28", "end": "2024-01-28", "days": 1}
    assert first[1]["details"]["corroborated_by"] == {"event_id": "apr", "day": "2024-04-21"}
    assert "first corroborated attack on 2024-04-21" in first[1]["message"]
    assert "corroborated_by" not in first[0]["details"]


def test_first_seen_corroborated_on_its_own_day_needs_no_pointer():
    _, alerts = run([version("jan", KH, "2024-01-28", sources=2)])
    assert [a["status"] for a in alerts] == ["corroborated"]
    assert "corroborated_by" not in alerts[0]["details"]


def test_first_seen_of_a_month_precision_attack_spans_its_month():
    _, alerts = run([version("jan", KH, "2024-01")])
    assert alerts[0]["window"] == {"start": "2024-01-01", "end": "2024-01-31", "days": 31}


def test_month_precision_previous_attack_counts_from_its_last_day():
    _, alerts = run([version("feb", KH, "2024-02"), version("apr", KH, "2024-04-21")])
    resumption = [a for a in alerts if a["rule"] == "resumption"]
    assert resumption[0]["details"]["previous_day"] == "2024-02-29"


def test_no_resumption_below_the_lull():
    t = Thresholds(lull_days=30)
    _, alerts = run([version("a", KH, "2024-03-23"), version("b", KH, "2024-04-21")], t)
    assert "resumption" not in [a["rule"] for a in alerts]
    _, alerts = run([version("a", KH, "2024-03-21"), version("b", KH, "2024-04-21")], t)
    assert "resumption" in [a["rule"] for a in alerts]


def test_late_report_inside_the_lull_retracts_the_resumption():
    groups, alerts = run([version("feb", KH, "2024-02-03"), version("apr", KH, "2024-04-21"),
                          version("mar", KH, "2024-04-01")])
    assert alerts[-1]["rule"] == "resumption" and alerts[-1]["status"] == "retracted"
    assert alerts[-1]["alert_id"] == alerts[1]["alert_id"]


def test_resumption_holds_in_either_arrival_order():
    forward, _ = run([version("feb", KH, "2024-02-03"), version("apr", KH, "2024-04-21")])
    backward, _ = run([version("apr", KH, "2024-04-21"), version("feb", KH, "2024-02-03")])
    assert standing(forward, KH).keys() == standing(backward, KH).keys()
    assert "resumption:2024-04-21" in standing(backward, KH)


def test_redelivery_and_replay_never_alert_twice():
    versions = [version("feb", KH, "2024-02-03"), version("apr", KH, "2024-04-21")]
    groups, first = run(versions)
    again = []
    for v in versions + versions:
        again += update_group(groups, KH, v, RAISED_AT)
    assert again == []
    assert update_group(restored(groups), KH, versions[1], RAISED_AT) == []


def test_alert_id_is_the_key_of_group_rule_window():
    _, alerts = run([version("feb", KH, "2024-02-03"), version("apr", KH, "2024-04-21")])
    assert alerts[1]["alert_id"] == alert_id(KH, "resumption", "2024-04-21")
    assert alert_id(KH, "resumption", "2024-04-21") != alert_id("Islamic State", "resumption", "2024-04-21")


def test_threshold_fires_once_per_window_and_is_retracted_with_its_evidence():
    t = Thresholds(threshold_day=3)
    day = [version(f"e{i}", KH, "2024-04-21") for i in range(4)]
    groups, alerts = run(day, t)
    daily = [a for a in alerts if a["rule"] == "threshold" and a["window"]["days"] == 1]
    assert len(daily) == 1 and daily[0]["details"]["count"] == 3
    retract = [version(f"e{i}", KH, "2024-04-21", number=2, kind="retracted", previous_group=KH) for i in range(2)]
    _, later = run(day + retract, t)
    assert [a["status"] for a in later if a["rule"] == "threshold" and a["window"]["days"] == 1] == \
        ["provisional", "retracted"]


def test_surge_against_the_group_baseline():
    t = Thresholds(surge_factor=3.0, surge_min_count=3, surge_baseline_days=30, threshold_day=99)
    quiet = [version(f"q{i}", KH, f"2024-04-{i:02d}") for i in (2, 9, 16)]
    burst = [version(f"b{i}", KH, "2024-04-21") for i in range(3)]
    _, alerts = run(quiet + burst, t)
    surges = [a for a in alerts if a["rule"] == "surge"]
    assert len(surges) == 1 and surges[0]["window"]["end"] == "2024-04-21"
    # two a day for 20 days: mean 40/30, times 3 is 4 > 3
    busy = [version(f"q{i}{j}", KH, f"2024-04-{i:02d}") for i in range(1, 21) for j in range(2)]
    _, alerts = run(busy + burst, t)
    assert not [a for a in alerts if a["rule"] == "surge"]


def test_mass_casualty_goes_provisional_then_corroborated():
    v1 = version("e1", KH, "2024-04-21", killed=12)
    v2 = version("e1", KH, "2024-04-21", number=2, kind="updated", killed=12, sources=2, previous_group=KH)
    _, alerts = run([v1, v2])
    mass = [a for a in alerts if a["rule"] == "mass_casualty"]
    assert [a["status"] for a in mass] == ["provisional", "corroborated"]
    assert mass[0]["alert_id"] == mass[1]["alert_id"] and mass[0]["severity"] == "critical"
    _, alerts = run([version("e2", KH, "2024-04-21", killed=9)])
    assert not [a for a in alerts if a["rule"] == "mass_casualty"]


def test_unattributed_events_raise_only_mass_casualty():
    versions = [version(f"u{i}", None, "2024-04-21", killed=20) for i in range(4)]
    _, alerts = run(versions)
    assert {a["rule"] for a in alerts} == {"mass_casualty"}
    assert {a["group"] for a in alerts} == {UNKNOWN_GROUP}


def test_first_seen_is_retracted_when_the_only_event_moves_away():
    moved = version("e1", "Islamic State", "2024-04-21", number=2, kind="updated", previous_group=KH)
    groups, alerts = run([version("e1", KH, "2024-04-21"), moved])
    assert [(a["group"], a["rule"], a["status"]) for a in alerts if a["rule"] == "first_seen"] == [
        (KH, "first_seen", "provisional"), ("Islamic State", "first_seen", "provisional"),
        (KH, "first_seen", "retracted")]


def test_silence_is_one_notice_per_quiet_spell():
    groups, _ = run([version("e1", KH, "2024-04-21")])
    assert silence_notice(groups, KH, "2024-05-10") is None
    note = silence_notice(groups, KH, "2024-05-30")
    assert (note["group"], note["last_event_day"], note["silent_days"]) == (KH, "2024-04-21", 38)
    # the same spell keeps its last_event_day, which is what a timer remembers to notice it once
    assert silence_notice(groups, KH, "2024-07-01")["last_event_day"] == "2024-04-21"
    update_group(groups, KH, version("e2", KH, "2024-07-02"), RAISED_AT)
    assert silence_notice(groups, KH, "2024-07-20") is None
    assert silence_notice(groups, KH, "2024-09-01")["last_event_day"] == "2024-07-02"
    assert silence_notice(groups, "never seen", "2024-09-01") is None


def test_threshold_windows_are_aligned_weeks():
    t = Thresholds(threshold_week=2, threshold_day=99)
    # Sunday 2024-04-21 and Monday 2024-04-22 fall in different ISO weeks
    _, alerts = run([version("sun", KH, "2024-04-21"), version("mon", KH, "2024-04-22")], t)
    assert not [a for a in alerts if a["rule"] == "threshold"]
    _, alerts = run([version("mon", KH, "2024-04-22"), version("tue", KH, "2024-04-23")], t)
    weekly = [a for a in alerts if a["rule"] == "threshold"]
    assert [a["window"] for a in weekly] == [{"start": "2024-04-22", "end": "2024-04-28", "days": 7}]


def test_a_report_older_than_the_watermark_still_alerts_and_is_marked_late():
    t = Thresholds(grace_days=7)
    _, alerts = run([version("apr", KH, "2024-04-21"), version("jan", "Islamic State", "2024-01-05"),
                     version("old", KH, "2024-03-01", killed=30)], t)
    mass = [a for a in alerts if a["rule"] == "mass_casualty"]
    assert len(mass) == 1 and mass[0]["details"]["late"] is True
    assert alerts[0]["details"]["late"] is False


def test_an_imprecise_date_never_invents_a_lull():
    _, alerts = run([version("feb", KH, "2024-02-03"), version("yr", KH, "2024"), version("apr", KH, "2024-04-21")])
    assert "resumption" not in [a["rule"] for a in alerts]
