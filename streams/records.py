"""faust.Record types mirroring schemas/ (one field per schema property), with an orjson codec.

The agents pass plain dicts (validated against schemas/ in the tests); these records are the
typed view for Python consumers of the topics: `Incident.loads(message_value)`.
"""

from __future__ import annotations

from typing import Any, TypeVar

import faust
import orjson
from faust.serializers import codecs

R = TypeVar("R", bound="_Message")


class OrjsonCodec(codecs.Codec):
    """orjson for faust: several times faster than the stdlib json codec on these messages."""

    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def _loads(self, s: bytes) -> Any:
        return orjson.loads(s)


codecs.register("orjson", OrjsonCodec())


class _Message(faust.Record, serializer="orjson", include_metadata=False, allow_blessed_key=False):
    @classmethod
    def loads(cls: type[R], data: bytes) -> R:
        obj = orjson.loads(data)
        names = set(cls._options.fields)
        return cls(**{k: v for k, v in obj.items() if k in names})

    def dumps(self) -> bytes:
        return orjson.dumps(self.asdict())


class Article(_Message):
    text: str
    published_at: str
    schema: str = "article.v1"
    article_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


class Incident(_Message):
    incident_id: str
    article_id: str
    role: str
    attack_type: str
    occurred_on: str
    date_precision: str
    perpetrator: dict[str, Any]
    perpetrator_individuals: list[dict[str, Any]]
    weapons: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    victims: list[dict[str, Any]]
    location: dict[str, Any] | None
    launch_location: dict[str, Any] | None
    killed: int | None
    wounded: int | None
    confidence: float
    schema: str = "incident.v1"
    published_at: str | None = None
    outlet: str | None = None
    evidence: dict[str, Any] | None = None


class IncidentRetraction(_Message):
    incident_id: str
    article_id: str
    retracted: bool
    reason: str
    schema: str = "incident-retraction.v1"
    published_at: str | None = None


class IncidentEvent(_Message):
    """One version of a merged real-world event (incident-events); retracted and merged versions carry
    only the attribution and date they last had, hence the defaults."""

    event_id: str
    version: int
    kind: str
    merge_key: str
    merged_into: str | None
    group: str | None
    group_kind: str | None
    occurred_on: str | None
    date_precision: str | None
    incident_ids: list[str]
    article_ids: list[str]
    sources: list[dict[str, Any]]
    independent_sources: int
    killed: int | None
    schema: str = "incident-event.v1"
    previous_group: str | None = None
    claim: str | None = None
    attack_type: str | None = None
    first_day: str | None = None
    last_day: str | None = None
    role: str | None = None
    location: dict[str, Any] | None = None
    targets: list[str] | None = None
    killed_min: int | None = None
    wounded: int | None = None
    outlets: list[str] | None = None
    status: str | None = None
    confidence: float | None = None


class Alert(_Message):
    alert_id: str
    rule: str
    group: str
    window: dict[str, Any]
    status: str
    incident_ids: list[str]
    article_ids: list[str]
    message: str
    raised_at: str
    schema: str = "alert.v1"
    group_kind: str | None = None
    severity: str | None = None
    details: dict[str, Any] | None = None


class DeadLetter(_Message):
    reason: str
    error: str
    source: dict[str, Any]
    original_b64: str
    rejected_at: str
    schema: str = "deadletter.v1"


# schema kind (schemas/<kind>.v1.json) -> the record mirroring it
RECORDS: dict[str, type[_Message]] = {"article": Article, "incident": Incident,
                                      "incident-retraction": IncidentRetraction, "incident-event": IncidentEvent,
                                      "alert": Alert,
                                      "deadletter": DeadLetter}
