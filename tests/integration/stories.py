"""The scenario articles in seeds/scenarios/ (written for these tests, not from any labelled data set)."""

from __future__ import annotations

from typing import Any

from streams.article_files import read_articles
from tests.conftest import SEEDS

SCENARIOS = SEEDS / "scenarios"


def scenario(name: str) -> list[dict[str, Any]]:
    return list(read_articles(SCENARIOS / f"{name}.jsonl"))


def one_strike_reports() -> list[dict[str, Any]]:
    """Ten articles, ten outlets, one bombing on 2024-03-08; three reprint one wire story."""
    return scenario("ten_outlets_one_bombing")


UNATTRIBUTED, CLAIMED = scenario("claim_after_unattributed_attack")
(EARLY_FEBRUARY,) = scenario("kataib_hezbollah_early_february")
