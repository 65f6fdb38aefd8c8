"""The other seed articles (seeds/*.json): what each says about who, how many and where, read from its text.

The demo replays them; a rule that breaks one of these facts breaks the demo's incidents and alerts."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from streams.extract import extract_incidents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def incidents_of(name: str) -> list[dict]:
    article = json.loads((SEEDS / name).read_text())
    published = datetime.date.fromisoformat(article["published_at"][:10])
    return extract_incidents(article["text"], published, article["article_id"], article.get("outlet"))


# (file, group, claim, killed, wounded, country of the place attacked) of the article's first incident
FACTS = [
    ("001_tower22_drone_jordan.json", "Kataib Hezbollah", "attributed", 3, 40, "JO"),
    ("003_crocus_city_hall_moscow.json", "Islamic State", "claimed", 133, 140, "RU"),
    ("004_gwoza_suicide_bombings.json", "Boko Haram", "suspected", 18, 19, "NG"),
    ("005_tel_aviv_drone.json", "Houthis", "claimed", 1, 4, "IL"),
    ("007_kerman_bombings.json", "Islamic State", "claimed", 84, 284, "IR"),
]


@pytest.mark.parametrize(("name", "group", "claim", "killed", "wounded", "country"), FACTS)
def test_seed_article_facts(name: str, group: str, claim: str, killed: int, wounded: int, country: str) -> None:
    first = incidents_of(name)[0]
    got = (first["perpetrator"]["group"], first["perpetrator"]["claim"], first["killed"], first["wounded"],
           (first["location"] or {}).get("country"))
    assert got == (group, claim, killed, wounded, country)


def test_the_ceasefire_talks_seed_reports_no_attack() -> None:
    assert incidents_of("006_eln_ceasefire_talks.json") == []
