from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.analytics import alert_records, apply_incident, groups_in, merge_key, table, window_count
from streams.analytics.windows import UNKNOWN_GROUP
from tests.unit.test_analytics_builders import Pipeline, incident, live_events, restored, roundtrip

KH = "Kataib Hezbollah"
ROOT = Path(__file__).resolve().parents[2]
INCIDENT_SCHEMA = json.loads((ROOT / "schemas" / "incident.v1.json").read_text())


def ten_outlets() -> list[dict]:
    return [incident(f"i{n}", outlet=f"outlet-{n}", targets=("US forces", f"the base {n % 3}"),
                     confidence=0.5) for n in range(10)]


def test_builder_makes_valid_incidents():
    jsonschema.validate(incident("i1", group=KH, claim="claimed", killed=3), INCIDENT_SCHEMA)


def test_ten_outlets_one_strike_make_one_event():
    p = Pipeline()
    for item in ten_outlets():
        p.feed(item)
    assert len(live_events(p.merge, "SY")) == 1
    last = p.versions[-1]
    assert len(last["sources"]) == 10 and last["independent_sources"] == 10
    assert last["status"] == "corroborated"
    assert last["confidence"] > 0.99
    assert window_count(p.groups, UNKNOWN_GROUP, "2024-04-21", 1) == 1


def test_copies_of_one_story_count_once():
    p = Pipeline()
    for n in range(3):  # one wire story reprinted: same spans at the same offsets
        p.feed(incident(f"w{n}", outlet=f"paper-{n}", offset=40))
    p.feed(incident("own", outlet="www.reuters.com"))
    p.feed(incident("own2", outlet="Reuters"))
    last = p.versions[-1]
    assert len(last["sources"]) == 5 and last["independent_sources"] == 2


def test_confidence_rises_with_corroboration():
    p = Pipeline()
    confidences = [v["confidence"] for n in range(3) for v in p.feed(incident(f"i{n}", outlet=f"o{n}"))]
    assert confidences == sorted(confidences) and confidences[0] < confidences[-1]


def test_unattributed_then_claimed_moves_the_count_and_raises_first_seen():
    p = Pipeline()
    p.feed(incident("first", outlet="a"))
    assert window_count(p.groups, UNKNOWN_GROUP, "2024-04-21", 1) == 1
    assert not [a for a in p.alerts if a["rule"] == "first_seen"]
    versions = p.feed(incident("claim", outlet="b", group=KH, claim="claimed"))
    assert [v["kind"] for v in versions] == ["updated"] and versions[0]["group"] == KH
    assert window_count(p.groups, UNKNOWN_GROUP, "2024-04-21", 1) == 0
    assert window_count(p.groups, KH, "2024-04-21", 1) == 1
    first_seen = [a for a in p.alerts if a["rule"] == "first_seen"]
    assert [(a["group"], a["status"]) for a in first_seen] == [(KH, "corroborated")]
    assert sorted(first_seen[0]["incident_ids"]) == ["claim", "first"]


def test_merge_key_is_stable_when_a_later_report_names_the_group():
    assert merge_key(incident("a")) == merge_key(incident("b", group=KH, claim="claimed", attack_type="drone"))


def test_claim_beats_suspicion_and_a_denial_cancels_suspicion():
    p = Pipeline()
    p.feed(incident("s1", outlet="a", group="Islamic State", claim="suspected"))
    p.feed(incident("s2", outlet="b", group=KH, claim="claimed"))
    assert (p.versions[-1]["group"], p.versions[-1]["claim"]) == (KH, "claimed")
    q = Pipeline()
    q.feed(incident("s1", outlet="a", group="Islamic State", claim="suspected"))
    q.feed(incident("d1", outlet="b", group="Islamic State", claim="denied"))
    assert (q.versions[-1]["group"], q.versions[-1]["claim"]) == (None, "denied")
    assert table(q.groups, "Islamic State")["total"] == 0


def test_different_places_or_days_stay_apart():
    p = Pipeline()
    p.feed(incident("a", place="Kharab al-Jir"))
    p.feed(incident("b", place="Ain al-Asad", admin1="Anbar", country="SY", outlet="o2"))
    p.feed(incident("c", day="2024-04-25", outlet="o3"))
    p.feed(incident("d", attack_type="kidnapping", outlet="o4"))
    assert len({v["event_id"] for v in p.versions}) == 4


def test_day_tolerance_and_month_precision_merge():
    p = Pipeline()
    p.feed(incident("a", day="2024-04-21"))
    p.feed(incident("b", day="2024-04-22", outlet="o2", attack_type="drone"))
    p.feed(incident("c", day="2024-04", precision="month", outlet="o3", role="background"))
    assert len({v["event_id"] for v in p.versions}) == 1
    assert p.versions[-1]["occurred_on"] == "2024-04-21"  # tie between days: the earliest


def test_redelivery_emits_nothing_and_retraction_withdraws_the_event():
    p = Pipeline()
    item = incident("a", group=KH, claim="claimed", killed=15)
    p.feed(item)
    assert p.feed(item) == []
    versions = p.feed({**item, "retracted": True})
    assert [v["kind"] for v in versions] == ["retracted"]
    assert table(p.groups, KH)["total"] == 0
    assert {(a["rule"], a["status"]) for a in p.alerts[-2:]} == {("first_seen", "retracted"),
                                                                  ("mass_casualty", "retracted")}
    assert p.feed({**item, "retracted": True}) == []


def test_correction_that_no_longer_fits_is_split_off():
    p = Pipeline()
    p.feed(incident("a"))
    p.feed(incident("b", outlet="o2"))
    versions = p.feed(incident("b", outlet="o2", day="2024-05-30"))
    assert [v["kind"] for v in versions] == ["updated", "created"]
    assert window_count(p.groups, UNKNOWN_GROUP, "2024-05-30", 60) == 2


def test_bridging_report_merges_two_events():
    p = Pipeline()
    p.feed(incident("a", place=None, admin1=None, targets=("US forces",)))
    p.feed(incident("b", place=None, admin1=None, targets=("the Kharab al-Jir base",), outlet="o2"))
    assert len({v["event_id"] for v in p.versions}) == 2
    versions = p.feed(incident("c", outlet="o3", targets=("US forces", "the Kharab al-Jir base")))
    # the survivor first, then the absorbed event, so counts never dip below the truth
    assert [v["kind"] for v in versions] == ["updated", "merged"]
    assert versions[1]["merged_into"] == versions[0]["event_id"]
    assert len(versions[0]["sources"]) == 3
    assert table(p.groups, UNKNOWN_GROUP)["total"] == 1


def test_merge_state_roundtrips_through_orjson():
    p = Pipeline()
    for item in ten_outlets()[:3] + [incident("x", group=KH, claim="claimed", outlet="z")]:
        p.feed(item)
    for store in (p.merge, p.groups):
        for _, record in store.items():
            assert roundtrip(record) == record
    again = restored(p.merge)
    assert apply_incident(again, "SY", incident("x", group=KH, claim="claimed", outlet="z")) == []
    assert again.data == p.merge.data


def _reports() -> list[dict]:
    """Several outlets on three attacks, one of them first unattributed then claimed."""
    out = [incident(f"kh{n}", outlet=f"o{n}", group=KH if n else None, claim="claimed" if n else "unknown")
           for n in range(4)]
    out += [incident(f"is{n}", outlet=f"o{n}", group="Islamic State", claim="attributed", day="2024-04-10",
                     place="Deir ez-Zor", admin1="Deir ez-Zor", attack_type="bombing", killed=11) for n in range(3)]
    out += [incident(f"bg{n}", outlet=f"o{n}", day="2024-02", precision="month", role="background",
                     place=None, admin1=None, targets=("American soldiers",), country="JO") for n in range(2)]
    return out


def _tables(items: list[dict]) -> dict:
    p = Pipeline()
    for item in items:
        p.feed(item)
    standing = {a["alert_id"]: a["status"] for a in alert_records(p.groups.items()) if a["status"] != "retracted"}
    last: dict[str, str] = {}
    repeats = 0
    for a in p.alerts:  # an alert is sent again only with a new status
        repeats += last.get(a["alert_id"]) == a["status"]
        last[a["alert_id"]] = a["status"]
    counts = {group: table(p.groups, group) for group in groups_in(p.groups.keys())}
    return {"tables": {group: c for group, c in counts.items() if c["total"]}, "alerts": standing,
            "no_repeats": repeats == 0}


@settings(max_examples=40, deadline=None)
@given(st.permutations(_reports()))
def test_any_order_gives_identical_tables_and_no_duplicate_alerts(shuffled):
    expected = _tables(_reports())
    got = _tables(shuffled)
    assert got["tables"] == expected["tables"]
    assert got["alerts"] == expected["alerts"]
    assert got["no_repeats"]


PLACES = ("Zummar", "Baiji", "Haditha", "Tikrit", "Samarra", "Fallujah", "Ramadi", "Mosul")


def _random_reports(rng: random.Random, attacks: int = 10) -> list[dict]:
    """Reports of random attacks in one month: varied groups, a few vague dates and places."""
    out = []
    for a in range(attacks):
        day, place = f"2024-04-{rng.randint(1, 28):02d}", rng.choice(PLACES)
        group = rng.choice(["G1", "G2", "G3", None])
        attack_type = rng.choice(["rocket", "drone", "bombing", "armed_assault", "kidnapping"])
        target = rng.choice(["US forces", "a checkpoint", "a market", f"target {a}"])
        for r in range(rng.randint(1, 4)):
            named = group if rng.random() < 0.7 else None
            vague = rng.random() < 0.1
            out.append(incident(f"a{a}r{r}", outlet=f"o{rng.randrange(6)}", group=named,
                                claim=rng.choice(["claimed", "suspected", "attributed"]) if named else "unknown",
                                day=day[:7] if vague else day, precision="month" if vague else "day",
                                attack_type=attack_type, place=place if rng.random() < 0.9 else None, admin1=None,
                                targets=(target,), killed=rng.choice([None, 2, 15])))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_random_reports_in_two_orders_give_identical_tables_and_alerts(seed):
    rng = random.Random(seed)
    items = _random_reports(rng)
    shuffled = items[:]
    rng.shuffle(shuffled)
    got, expected = _tables(shuffled), _tables(items)
    assert got["tables"] == expected["tables"]
    assert got["alerts"] == expected["alerts"]
    assert got["no_repeats"] and expected["no_repeats"]
