"""The seed article's story end to end: reports -> merge -> windows -> alerts."""

from __future__ import annotations

from datetime import date

from streams.analytics import table, window_count
from streams.analytics.windows import UNKNOWN_GROUP
from tests.unit.test_analytics_builders import Pipeline, incident

KH = "Kataib Hezbollah"


def seed_article() -> list[dict]:
    """What the extractor should find in the seed (2024-04-22): the strike it reports and two
    background incidents."""
    return [
        incident("seed-1", outlet="seed-outlet", group=KH, claim="claimed", day="2024-04-21",
                 targets=("US forces", "Kharab al-Jir base")),
        incident("seed-2", outlet="seed-outlet", role="background", attack_type="drone", day="2024-01",
                 precision="month", place="Jordanian desert", admin1=None, country="JO",
                 victims=("three American soldiers",), targets=(), killed=3),
        incident("seed-3", outlet="seed-outlet", role="background", attack_type="airstrike", day="2024-02",
                 precision="month", group="United States military", kind="state", claim="claimed",
                 place=None, admin1=None, country="SY", targets=("pro-Iranian forces",)),
    ]


def early_february() -> dict:
    return incident("feb-1", outlet="other-outlet", group=KH, claim="claimed", day="2024-02-04",
                    place="Ain al-Asad", admin1="Anbar", country="IQ", targets=("the Ain al-Asad base",),
                    published_at="2024-02-05")


def test_without_history_the_group_is_first_seen():
    p = Pipeline()
    for item in seed_article():
        p.feed(item)
    kh = [(a["rule"], a["status"]) for a in p.alerts if a["group"] == KH]
    assert kh == [("first_seen", "provisional")]
    # the January drone attack counts at 2024-01-01, in 30-day windows only
    assert window_count(p.groups, UNKNOWN_GROUP, "2024-01-30", 30) == 1
    assert table(p.groups, UNKNOWN_GROUP)["day"] == {}
    state_actor = [a for a in p.alerts if a["group"] == "United States military"]
    assert {a["group_kind"] for a in state_actor} == {"state"}


def test_after_early_february_the_strike_is_a_resumption():
    p = Pipeline()
    p.feed(early_february())
    for item in seed_article():
        p.feed(item)
    resumption = [a for a in p.alerts if a["group"] == KH and a["rule"] == "resumption"]
    assert len(resumption) == 1
    lull = (date(2024, 4, 21) - date(2024, 2, 4)).days - 1
    assert resumption[0]["details"]["lull_days"] == lull and round(lull / 7) == 11
    assert resumption[0]["incident_ids"] == ["seed-1"]
    assert table(p.groups, KH)["total"] == 2


def test_a_second_outlet_corroborates_without_counting_twice():
    p = Pipeline()
    p.feed(early_february())
    for item in seed_article():
        p.feed(item)
    p.feed(incident("second-1", outlet="second-outlet", group=KH, claim="attributed", day="2024-04-21",
                    targets=("the Kharab al-Jir base",), published_at="2024-04-22"))
    assert window_count(p.groups, KH, "2024-04-21", 1) == 1
    resumption = [a for a in p.alerts if a["group"] == KH and a["rule"] == "resumption"]
    assert [a["status"] for a in resumption] == ["provisional", "corroborated"]
    assert resumption[-1]["incident_ids"] == ["second-1", "seed-1"]
