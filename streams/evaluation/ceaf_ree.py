"""CEAF-REE: role-filler entity extraction scored per role, as MUC-4 document-level papers do.

The metric of GRIT (Du, Rush & Cardie, EACL 2021) and its scorer (eval.py of
xinyadu/grit_doc_event_entity), restated:

- Gold, per document and role (PerpInd, PerpOrg, Target, Victim, Weapon): the entities of
  ``gold.gtt_templates``, each a cluster of mention strings, merged over the document's
  templates as GRIT's preprocessing does: a template's cluster is added unless it is a
  subset or a superset of a cluster already kept (compared lower-cased), so an entity that
  fills the role in three templates counts once. Empty clusters are dropped. (GRIT also
  drops key mentions that do not occur in the text; every dev mention and all but 2 of
  the 4,033 train mentions occur, so that filter is not repeated here.)
- Predicted, per document and role: one entity per distinct normalised string (a
  singleton cluster), pooled over every incident the extractor emitted for the document:
  PerpInd <- perpetrator_individuals[].text, Target <- targets[].text,
  Victim <- victims[].text, Weapon <- weapons[].text. PerpOrg <- one entity per distinct
  perpetrator.group, named by the canonical group and the mention texts behind it (the
  extractor has already resolved those aliases to one organisation; an incident with no
  group but with mentions gives one entity per mention text).
- Similarity phi(gold, pred) = 1 when a name of the predicted entity equals (after
  ``matching.normalize``) a mention of the gold cluster, else 0. For a one-string entity
  this is GRIT's phi_strict (pred cluster is a subset of the gold cluster). For a PerpOrg
  entity with several names it is more lenient than phi_strict, which would need every
  name in the gold cluster: GRIT-style systems output one string per entity, while this
  extractor names one organisation by its canonical name and its aliases; scoring the
  entity by any of them is the closest analogue (on dev on 2026-11-24, one string per
  group, its first mention, scored about 2 F1 points lower, all in precision).
- Per document and role an optimal one-to-one alignment maximises the summed phi;
  precision = sum phi / #predicted, recall = sum phi / #gold. Numerators and
  denominators are summed over documents (micro) per role, and over the five roles for
  the micro average. Documents without gold entities still count their predictions.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from streams.evaluation.matching import Tally, alignment_tally, normalize

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
MICRO = "micro_avg"
_SPAN_ROLES = {"PerpInd": "perpetrator_individuals", "Target": "targets", "Victim": "victims",
               "Weapon": "weapons"}


def gold_entities(gtt_templates: Sequence[Mapping], role: str) -> list[frozenset[str]]:
    """A document's gold entities for one role, merged over templates, normalised."""
    kept: list[set[str]] = []
    for template in gtt_templates:
        for cluster in template.get(role) or []:
            candidate = {mention.lower() for mention in cluster}
            if candidate and not any(candidate <= entity or entity <= candidate for entity in kept):
                kept.append(candidate)
    return [frozenset(normalize(mention) for mention in entity) for entity in kept]


def _distinct(names: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _organisations(incidents: Sequence[Mapping]) -> list[frozenset[str]]:
    names_by_key: dict[str, set[str]] = {}
    for incident in incidents:
        perpetrator = incident.get("perpetrator") or {}
        mentions = [normalize(m.get("text") or "") for m in perpetrator.get("mentions") or []]
        group = perpetrator.get("group")
        if group:
            names_by_key.setdefault(normalize(group), set()).update([normalize(group), *mentions])
        else:
            for mention in mentions:
                names_by_key.setdefault(mention, set()).add(mention)
    return _distinct(frozenset(n for n in names if n) for names in names_by_key.values())


def predicted_entities(incidents: Sequence[Mapping], role: str) -> list[frozenset[str]]:
    """A document's predicted entities for one role, deduplicated, normalised."""
    if role == "PerpOrg":
        return _organisations(incidents)
    field = _SPAN_ROLES[role]
    return _distinct(frozenset([normalize(span.get("text") or "")]) - {""}
                     for incident in incidents for span in incident.get(field) or [])


def document_tallies(gtt_templates: Sequence[Mapping], incidents: Sequence[Mapping]) -> dict[str, Tally]:
    """CEAF-REE counts of one document, per role."""
    return {role: alignment_tally(predicted_entities(incidents, role), gold_entities(gtt_templates, role))
            for role in ROLES}


class CeafRee:
    """Accumulates CEAF-REE over documents."""

    def __init__(self) -> None:
        self.by_role = {role: Tally() for role in ROLES}

    def add_document(self, gtt_templates: Sequence[Mapping], incidents: Sequence[Mapping]) -> None:
        for role, tally in document_tallies(gtt_templates, incidents).items():
            self.by_role[role].add(tally)

    def results(self) -> dict[str, Tally]:
        micro = Tally()
        for tally in self.by_role.values():
            micro.add(tally)
        return {**self.by_role, MICRO: micro}
