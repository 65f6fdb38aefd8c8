"""CEAF-REE on hand-made keys and predictions (GRIT scoring)."""
from __future__ import annotations

import pytest

from streams.evaluation.ceaf_ree import MICRO, CeafRee, document_tallies, gold_entities, predicted_entities


def _span(text: str) -> dict:
    return {"text": text, "start": 0, "end": len(text)}


def _incident(group: str | None = None, mentions: tuple[str, ...] = (), individuals: tuple[str, ...] = (),
              targets: tuple[str, ...] = (), victims: tuple[str, ...] = (), weapons: tuple[str, ...] = ()) -> dict:
    return {
        "perpetrator": {"group": group, "claim": "unknown", "mentions": [_span(m) for m in mentions]},
        "perpetrator_individuals": [_span(t) for t in individuals],
        "targets": [_span(t) for t in targets],
        "victims": [_span(t) for t in victims],
        "weapons": [{**_span(t), "type": "other", "count": None} for t in weapons],
    }


def _template(**roles: list[list[str]]) -> dict:
    return {"incident_type": "attack", **{r: roles.get(r, []) for r in ("PerpInd", "PerpOrg", "Target", "Victim",
                                                                         "Weapon")}}


def test_gold_entities_merge_subsets_across_templates() -> None:
    templates = [_template(PerpInd=[["militants", "militant cell"]]),
                 _template(PerpInd=[["militants"]], Target=[["radio mast"]]),
                 _template(PerpInd=[["snipers"]])]
    assert gold_entities(templates, "PerpInd") == [frozenset({"militants", "militant cell"}),
                                                   frozenset({"snipers"})]
    assert gold_entities(templates, "Weapon") == []


def test_predictions_are_deduplicated_and_normalised_per_document() -> None:
    incidents = [_incident(targets=("The Water Plant",)), _incident(targets=("water plant", "bridge"))]
    assert predicted_entities(incidents, "Target") == [frozenset({"water plant"}), frozenset({"bridge"})]


def test_upper_case_key_matches_mixed_case_span() -> None:
    templates = [_template(Victim=[["MAYOR OF SAN ISIDRO", "MAYOR"]])]
    tallies = document_tallies(templates, [_incident(victims=("the mayor",))])
    assert (tallies["Victim"].p_num, tallies["Victim"].p_den, tallies["Victim"].r_den) == (1, 1, 1)


def test_perp_org_matches_through_alias_mention() -> None:
    templates = [_template(PerpOrg=[["people's liberation front", "plf"]])]
    by_mention = document_tallies(templates, [_incident(group="Popular Liberation Front", mentions=("the PLF",))])
    unresolved = document_tallies(templates, [_incident(group="Popular Liberation Front")])
    assert by_mention["PerpOrg"].r_num == 1
    assert unresolved["PerpOrg"].r_num == 0


def test_perp_org_counts_one_entity_per_group() -> None:
    incidents = [_incident(group="Red Brigade", mentions=("RB",)), _incident(group="red brigade")]
    assert predicted_entities(incidents, "PerpOrg") == [frozenset({"red brigade", "rb"})]


def test_alignment_not_greedy_within_role() -> None:
    # "gunmen" fits both gold entities; only the optimal pairing scores both.
    templates = [_template(PerpInd=[["armed men", "gunmen"]]), _template(PerpInd=[["gunmen", "hooded gunmen"]])]
    # The second cluster is neither subset nor superset of the first: two gold entities.
    tallies = document_tallies(templates, [_incident(individuals=("gunmen", "armed men"))])
    assert tallies["PerpInd"].r_num == 2


def test_micro_average_over_documents_and_roles() -> None:
    scorer = CeafRee()
    # Document 1: two gold entities, one found, one wrong prediction.
    scorer.add_document([_template(Target=[["embassy"]], Weapon=[["car bomb"]])],
                        [_incident(targets=("embassy",), weapons=("grenade",))])
    # Document 2 reports no attack: its prediction only costs precision.
    scorer.add_document([], [_incident(victims=("a farmer",))])
    results = scorer.results()
    assert results["Target"].f1 == pytest.approx(1.0)
    assert (results["Weapon"].precision, results["Weapon"].recall) == (0.0, 0.0)
    assert results["Victim"].p_den == 1 and results["Victim"].r_den == 0
    micro = results[MICRO]
    assert (micro.p_num, micro.p_den, micro.r_num, micro.r_den) == (1, 3, 1, 2)
    assert micro.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
