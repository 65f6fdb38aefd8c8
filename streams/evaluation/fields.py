"""Document-level scores: incident detection and each incident field.

Every incident the extractor emits for a document (reported and background alike) is
pooled; MUC-4 keys likewise hold every relevant incident a text reports.

Detection. A document is positive in the gold when ``gold.relevant`` is true and
predicted positive when at least one incident is emitted; P/R/F1 over documents.

Fields. Per document, the gold answers and the predicted answers of a field are sets of
entities (sets of names); precision = matched / #predicted and recall = matched / #gold,
with the matches found by the optimal one-to-one alignment of ``matching`` (a name in
common, after ``matching.normalize``), summed over documents (micro). Which documents
are judged:

- documents the key marks irrelevant: every predicted answer is a false positive;
- relevant documents whose templates are all optional (MUC: the key does not require
  them): not judged, neither side counts;
- other relevant documents: judged; an empty gold list means "none" (a predicted group
  where the key names none is a false positive), except for the fields a key may leave
  vague (date, killed, wounded), where a document without a usable gold value is not
  judged.

Matching rule per field (gold from ``gold`` of the eval line, predicted from incidents):

========  ===============================================  =================================
field     gold entity                                      predicted entity
========  ===============================================  =================================
group     each ``groups`` name + the alternatives of the   each distinct ``perpetrator.group``
          ``events[].perp_orgs`` filler of that name       (canonical) with its mention texts
                                                           as one entity, as CEAF-REE PerpOrg
weapons   each ``weapons`` name + its alternatives in      each distinct ``weapons[].text``
          ``events[].weapons``
targets   each ``physical_targets`` name + alternatives    each distinct ``targets[].text``
victims   each ``victims`` string + every string of the    each distinct ``victims[].text``
          ``events[].victims`` filler it names
place     the place chain of each non-optional event       per incident: location place,
          (e.g. {department, city}); a chain that is a     admin1 and text as one entity
          subset or superset of one kept is dropped        (none for a country-only location)
country   each ``countries`` name as ISO 3166-1 alpha-2    each distinct location.country
date      ``gold.date`` and each non-optional event's      each distinct ``occurred_on``
          exact ``date`` (ISO day)                         (month/year precision never
                                                           matches a day)
========  ===============================================  =================================

Gold entities that end up with the same names count once (two ``victims`` strings of one
filler, for instance).

Counts (killed, wounded): one answer per document, the sum of the non-null counts over
the emitted incidents (null when all are null). The gold is ``killed`` (exact total), or
when that is null, the lower bound ``killed_min``: a predicted total matches an exact gold
total when equal, a lower bound when at least as large. A gold of 0 means the key
annotated no death (or injury), so it is nothing to find: on such documents a predicted 0
or null is ignored and a positive total is a false positive. A predicted 0 or null where
the gold is positive is a miss; a predicted 0 there also counts as a wrong answer.

Claim: one binary answer per document: gold ``claimed`` is true; predicted when any
incident has ``perpetrator.claim == "claimed"``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import pycountry

from streams.evaluation.matching import Tally, alignment_tally, normalize
from streams.extract.resources import gazetteer_rows

FIELDS = ("group", "weapons", "targets", "victims", "place", "country", "date", "killed", "wounded", "claim")
_VAGUE_FIELDS = {"date"}

Entities = list[frozenset[str]]


def detection_tally(gold: Mapping, incidents: Sequence[Mapping]) -> Tally:
    """Detection counts of one document: does it report an incident?"""
    gold_positive, predicted_positive = bool(gold.get("relevant")), bool(incidents)
    hit = float(gold_positive and predicted_positive)
    return Tally(hit, float(predicted_positive), hit, float(gold_positive))


def _entity(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(n for n in (normalize(name) for name in names if name) if n)


def _distinct(entities: Iterable[frozenset[str]]) -> Entities:
    kept: Entities = []
    for entity in entities:
        if entity and entity not in kept:
            kept.append(entity)
    return kept


def _with_alternatives(names: Sequence[str], fillers: Iterable[Mapping], alternatives_key: str) -> Entities:
    """Gold entities: each name plus the alternatives of every event filler it names."""
    fillers = list(fillers)
    entities = []
    for name in names:
        alternatives: list[str] = [name]
        for filler in fillers:
            filler_names = [filler.get("name"), filler.get("description"), *(filler.get(alternatives_key) or [])]
            if name in filler_names:
                alternatives.extend(n for n in filler_names if n)
        entities.append(_entity(alternatives))
    return _distinct(entities)


def _fillers(gold: Mapping, slot: str) -> Iterable[Mapping]:
    return (filler for event in gold.get("events") or [] for filler in event.get(slot) or [])


def _place_chains(gold: Mapping) -> Entities:
    chains: list[frozenset[str]] = []
    for event in gold.get("events") or []:
        chain = _entity(place.get("name") for place in event.get("places") or [])
        if event.get("optional") or not chain:
            continue
        if not any(chain <= kept or kept <= chain for kept in chains):
            chains.append(chain)
    return chains


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name as the keys write it ("DEMOCRATIC REPUBLIC OF CONGO" too)."""
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return _common_country_names().get(" ".join(name.lower().split()))


@lru_cache(maxsize=1)
def _common_country_names() -> dict[str, str]:
    """Common names pycountry lacks, from the extractor's gazetteer rows of kind country."""
    return {row[0]: row[3] for row in gazetteer_rows() if row[2] == "country"}


def gold_entities(gold: Mapping, field: str) -> Entities:
    """The gold answers of one document for a list-valued field."""
    if field == "group":
        return _with_alternatives(gold.get("groups") or [], _fillers(gold, "perp_orgs"), "alternatives")
    if field == "weapons":
        return _with_alternatives(gold.get("weapons") or [], _fillers(gold, "weapons"), "alternatives")
    if field == "targets":
        return _with_alternatives(gold.get("physical_targets") or [], _fillers(gold, "physical_targets"),
                                  "alternatives")
    if field == "victims":
        return _with_alternatives(gold.get("victims") or [], _fillers(gold, "victims"), "strings")
    if field == "place":
        return _place_chains(gold)
    if field == "country":
        return _distinct(frozenset([code.lower()]) for code in map(country_code, gold.get("countries") or []) if code)
    if field == "date":
        dates = [gold.get("date")] + [e.get("date") for e in gold.get("events") or [] if not e.get("optional")]
        return _distinct(frozenset([d]) for d in dates if d)
    raise ValueError(f"not a list-valued field: {field}")


def _texts(spans: Iterable[Mapping] | None) -> Iterable[frozenset[str]]:
    return (_entity([span.get("text")]) for span in spans or [])


def predicted_entities(incidents: Sequence[Mapping], field: str) -> Entities:
    """The predicted answers of one document for a list-valued field."""
    if field == "group":
        return _distinct(_group_entities(incidents))
    if field in ("weapons", "targets", "victims"):
        return _distinct(entity for i in incidents for entity in _texts(i.get(field)))
    if field == "place":
        # a location that names only a country (place and admin1 null) gives no place: the country field scores it
        return _distinct(_entity([loc.get("place"), loc.get("admin1"), loc.get("text")])
                         for loc in (i.get("location") or {} for i in incidents)
                         if loc.get("place") or loc.get("admin1"))
    if field == "country":
        return _distinct(_entity([(i.get("location") or {}).get("country")]) for i in incidents)
    if field == "date":
        return _distinct(frozenset([i["occurred_on"]]) for i in incidents if i.get("occurred_on"))
    raise ValueError(f"not a list-valued field: {field}")


def _group_entities(incidents: Sequence[Mapping]) -> Iterable[frozenset[str]]:
    """Each named group as its canonical name and the mentions behind it: the keys write the organisation as
    the text does ("the army of national liberation"), the extractor by its dictionary name ("National
    Liberation Army (Colombia)"); one entity per group, so several mentions still count once."""
    names: dict[str, set[str | None]] = {}
    for incident in incidents:
        perpetrator = incident.get("perpetrator") or {}
        if perpetrator.get("group"):
            names.setdefault(perpetrator["group"], {perpetrator["group"]}).update(
                m.get("text") for m in perpetrator.get("mentions") or [])
    return (_entity(group_names) for group_names in names.values())


def _judged(gold: Mapping) -> bool:
    """False for relevant documents whose templates the key makes all optional."""
    events = gold.get("events") or []
    return not gold.get("relevant") or not events or not all(e.get("optional") for e in events)


def _predicted_total(incidents: Sequence[Mapping], field: str) -> int | None:
    counts = [i[field] for i in incidents if i.get(field) is not None]
    return sum(counts) if counts else None


def count_tally(gold: Mapping, incidents: Sequence[Mapping], field: str) -> Tally:
    """Counts of one document for killed or wounded (see the module docstring)."""
    predicted = _predicted_total(incidents, field)
    exact, lower_bound = gold.get(field), gold.get(f"{field}_min")
    if gold.get("relevant") and exact is None and lower_bound is None:
        return Tally()
    gold_value = exact if exact is not None else lower_bound
    gold_positive = bool(gold.get("relevant")) and bool(gold_value)
    if not gold_positive:
        wrong = float(bool(predicted))
        return Tally(0.0, wrong, 0.0, 0.0)
    if predicted is None:
        return Tally(0.0, 0.0, 0.0, 1.0)
    correct = predicted == exact if exact is not None else predicted >= lower_bound
    return Tally(float(correct), 1.0, float(correct), 1.0)


def claim_tally(gold: Mapping, incidents: Sequence[Mapping]) -> Tally:
    """Counts of one document for "the group claimed the attack"."""
    gold_claimed = bool(gold.get("relevant")) and gold.get("claimed") is True
    predicted = any((i.get("perpetrator") or {}).get("claim") == "claimed" for i in incidents)
    hit = float(gold_claimed and predicted)
    return Tally(hit, float(predicted), hit, float(gold_claimed))


def field_tally(gold: Mapping, incidents: Sequence[Mapping], field: str) -> Tally:
    """Counts of one document for one field."""
    if not _judged(gold):
        return Tally()
    if field in ("killed", "wounded"):
        return count_tally(gold, incidents, field)
    if field == "claim":
        return claim_tally(gold, incidents)
    gold_side = gold_entities(gold, field)
    if field in _VAGUE_FIELDS and gold.get("relevant") and not gold_side:
        return Tally()
    return alignment_tally(predicted_entities(incidents, field), gold_side)


class FieldScores:
    """Accumulates detection and per-field counts over documents."""

    def __init__(self) -> None:
        self.detection = Tally()
        self.by_field = {field: Tally() for field in FIELDS}

    def add_document(self, gold: Mapping, incidents: Sequence[Mapping]) -> None:
        self.detection.add(detection_tally(gold, incidents))
        for field, tally in self.by_field.items():
            tally.add(field_tally(gold, incidents, field))
