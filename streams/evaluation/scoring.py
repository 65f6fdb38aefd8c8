"""Running the extractor over labelled documents and accumulating every score."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from streams.evaluation import ceaf_ree
from streams.evaluation import fields as field_scoring
from streams.evaluation.fields import FIELDS, FieldScores, field_tally
from streams.evaluation.dataset import Document

Extractor = Callable[..., list[dict]]


@dataclass
class Evaluation:
    """Everything measured over one run."""

    documents: int = 0
    incidents: int = 0
    extraction_seconds: float = 0.0
    fields: FieldScores = field(default_factory=FieldScores)
    ceaf: ceaf_ree.CeafRee = field(default_factory=ceaf_ree.CeafRee)
    details: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "incidents": self.incidents,
            "extraction_seconds": self.extraction_seconds,
            "documents_per_second": self.documents / self.extraction_seconds if self.extraction_seconds else None,
            "detection": self.fields.detection.as_dict(),
            "fields": {name: tally.as_dict() for name, tally in self.fields.by_field.items()},
            "ceaf_ree": {role: tally.as_dict() for role, tally in self.ceaf.results().items()},
        }


def _sorted_names(entities: Iterable[frozenset[str]]) -> list[list[str]]:
    return [sorted(entity) for entity in entities]


def document_details(doc: Document, incidents: list[dict]) -> dict:
    """Gold and predicted answers of one document side by side, for error analysis."""
    return {
        "id": doc.doc_id,
        "relevant": bool(doc.gold.get("relevant")),
        "incidents": len(incidents),
        "ceaf_ree": {role: {"gold": _sorted_names(ceaf_ree.gold_entities(doc.gold.get("gtt_templates") or [], role)),
                            "pred": _sorted_names(ceaf_ree.predicted_entities(incidents, role))}
                     for role in ceaf_ree.ROLES},
        "fields": {name: _field_details(doc, incidents, name) for name in FIELDS},
    }


def _field_details(doc: Document, incidents: list[dict], name: str) -> dict:
    tally = field_tally(doc.gold, incidents, name).as_dict()
    counts = {k: tally[k] for k in ("p_num", "p_den", "r_num", "r_den")}
    if name in ("killed", "wounded"):
        predicted = [i.get(name) for i in incidents]
        return {"gold": doc.gold.get(name), "gold_min": doc.gold.get(f"{name}_min"), "pred": predicted, **counts}
    if name == "claim":
        predicted = [(i.get("perpetrator") or {}).get("claim") for i in incidents]
        return {"gold": doc.gold.get("claimed"), "pred": predicted, **counts}
    return {"gold": _sorted_names(field_scoring.gold_entities(doc.gold, name)),
            "pred": _sorted_names(field_scoring.predicted_entities(incidents, name)), **counts}


def evaluate(documents: Iterable[Document], extract: Extractor, keep_details: bool = False,
             reported_only: bool = False) -> Evaluation:
    """Extract incidents from each document and score them against its key.

    ``reported_only`` scores only incidents with role "reported", dropping background
    ones, to see what the background incidents cost or bring.
    """
    result = Evaluation()
    for doc in documents:
        started = time.perf_counter()
        incidents = extract(doc.text, doc.published_at, doc.doc_id)
        result.extraction_seconds += time.perf_counter() - started
        if reported_only:
            incidents = [i for i in incidents if i.get("role") != "background"]
        result.documents += 1
        result.incidents += len(incidents)
        result.fields.add_document(doc.gold, incidents)
        result.ceaf.add_document(doc.gold.get("gtt_templates") or [], incidents)
        if keep_details:
            result.details.append(document_details(doc, incidents))
    return result

