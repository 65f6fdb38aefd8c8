"""Document-level detection and field scores on hand-made keys."""
from __future__ import annotations

from streams.evaluation.fields import FieldScores, country_code, detection_tally, field_tally, gold_entities


def _incident(**fields: object) -> dict:
    base = {"perpetrator": {"group": None, "claim": "unknown", "mentions": []}, "perpetrator_individuals": [],
            "weapons": [], "targets": [], "victims": [], "location": None, "occurred_on": "2024-03-02",
            "date_precision": "day", "killed": None, "wounded": None}
    return {**base, **fields}


def _gold(relevant: bool = True, events: list[dict] | None = None, **fields: object) -> dict:
    base = {"relevant": relevant, "groups": [], "weapons": [], "physical_targets": [], "victims": [],
            "countries": [], "date": None, "killed": None, "killed_min": None, "wounded": None,
            "wounded_min": None, "claimed": None,
            "events": events if events is not None else ([{"optional": False}] if relevant else [])}
    return {**base, **fields}


def _group(name: str, claim: str = "attributed") -> dict:
    return {"group": name, "claim": claim, "mentions": []}


def test_detection_counts_documents() -> None:
    scores = FieldScores()
    scores.add_document(_gold(), [_incident()])
    scores.add_document(_gold(), [])
    scores.add_document(_gold(relevant=False), [_incident()])
    scores.add_document(_gold(relevant=False), [])
    d = scores.detection
    assert (d.p_num, d.p_den, d.r_num, d.r_den) == (1, 2, 1, 2)


def test_detection_of_one_document() -> None:
    assert detection_tally(_gold(relevant=False), []).as_dict()["p_den"] == 0


def test_group_accepts_alternatives_from_events() -> None:
    events = [{"optional": False, "perp_orgs": [{"name": "NORTHERN FRONT", "alternatives": ["NF"]}]}]
    gold = _gold(events=events, groups=["NORTHERN FRONT"])
    assert field_tally(gold, [_incident(perpetrator=_group("nf"))], "group").f1 == 1.0
    assert field_tally(gold, [_incident(perpetrator=_group("Southern Front"))], "group").f1 == 0.0


def test_group_matches_through_its_mentions_once_per_group() -> None:
    gold = _gold(groups=["ARMY OF NATIONAL LIBERATION"])
    named = {"group": "National Liberation Army (Colombia)", "claim": "claimed",
             "mentions": [{"text": "the Army of National Liberation", "start": 0, "end": 31}]}
    tally = field_tally(gold, [_incident(perpetrator=named), _incident(perpetrator=named)], "group")
    assert (tally.p_num, tally.p_den, tally.r_den) == (1, 1, 1)


def test_group_predicted_where_key_names_none_is_false_positive() -> None:
    tally = field_tally(_gold(), [_incident(perpetrator=_group("Northern Front"))], "group")
    assert (tally.p_den, tally.r_den, tally.p_num) == (1, 0, 0)


def test_victims_match_any_string_of_the_filler() -> None:
    events = [{"optional": False, "victims": [{"name": "JUAN PEREZ", "description": "JUDGE",
                                               "strings": ["JUAN PEREZ", "JUDGE"]}]}]
    gold = _gold(events=events, victims=["JUAN PEREZ"])
    assert gold_entities(gold, "victims") == [frozenset({"juan perez", "judge"})]
    span = {"text": "a judge", "start": 0, "end": 7}
    assert field_tally(gold, [_incident(victims=[span])], "victims").f1 == 1.0


def test_place_chain_is_one_entity() -> None:
    events = [{"optional": False, "places": [{"name": "NORTH PROVINCE"}, {"name": "PORT TOWN"}]}]
    gold = _gold(events=events)
    location = {"place": "Port Town", "admin1": None, "country": "XX", "text": "Port Town"}
    tally = field_tally(gold, [_incident(location=location)], "place")
    assert (tally.p_num, tally.p_den, tally.r_den) == (1, 1, 1)


def test_country_only_location_gives_no_place_answer() -> None:
    events = [{"optional": False, "places": [{"name": "PORT TOWN"}]}]
    location = {"place": None, "admin1": None, "country": "XX", "text": "Xland"}
    tally = field_tally(_gold(events=events), [_incident(location=location)], "place")
    assert (tally.p_den, tally.r_den) == (0, 1)


def test_country_names_compare_as_iso_codes() -> None:
    assert country_code("EL SALVADOR") == "SV"
    gold = _gold(countries=["EL SALVADOR"])
    location = {"place": None, "admin1": None, "country": "SV"}
    assert field_tally(gold, [_incident(location=location)], "country").f1 == 1.0


def test_date_exact_day_only_and_vague_keys_not_judged() -> None:
    gold = _gold(date="2024-03-02")
    assert field_tally(gold, [_incident()], "date").f1 == 1.0
    month = _incident(occurred_on="2024-03", date_precision="month")
    assert field_tally(gold, [month], "date").p_den == 1
    assert field_tally(gold, [month], "date").p_num == 0
    assert field_tally(_gold(), [_incident()], "date").p_den == 0  # key gives no exact day
    assert field_tally(_gold(relevant=False), [_incident()], "date").p_den == 1


def test_killed_exact_total_over_incidents() -> None:
    gold = _gold(killed=5, killed_min=5)
    assert field_tally(gold, [_incident(killed=2), _incident(killed=3)], "killed").f1 == 1.0
    assert field_tally(gold, [_incident(killed=4)], "killed").f1 == 0.0
    missed = field_tally(gold, [_incident()], "killed")
    assert (missed.p_den, missed.r_den) == (0, 1)


def test_killed_lower_bound_when_key_is_vague() -> None:
    gold = _gold(killed=None, killed_min=3)
    assert field_tally(gold, [_incident(killed=7)], "killed").f1 == 1.0
    assert field_tally(gold, [_incident(killed=2)], "killed").f1 == 0.0


def test_killed_zero_in_key_is_nothing_to_find() -> None:
    gold = _gold(killed=0, killed_min=0)
    assert field_tally(gold, [_incident(killed=0)], "killed").as_dict()["p_den"] == 0
    assert field_tally(gold, [_incident()], "killed").as_dict()["r_den"] == 0
    assert field_tally(gold, [_incident(killed=2)], "killed").as_dict()["p_den"] == 1


def test_claim_is_binary_per_document() -> None:
    gold = _gold(claimed=True)
    claimed = _incident(perpetrator=_group("Northern Front", claim="claimed"))
    assert field_tally(gold, [claimed], "claim").f1 == 1.0
    assert field_tally(gold, [_incident()], "claim").r_den == 1
    assert field_tally(_gold(claimed=False), [claimed], "claim").p_den == 1


def test_all_optional_templates_are_not_judged() -> None:
    gold = _gold(events=[{"optional": True}], killed=None, killed_min=None)
    prediction = [_incident(killed=3, perpetrator=_group("Northern Front"))]
    for field in ("group", "killed", "date"):
        assert field_tally(gold, prediction, field).as_dict()["p_den"] == 0
