"""Dedup: many articles report one attack; merge their incidents into one event.

State: small records in a Store (streams.analytics.store), every key under the merge key K of
the incident being processed, so each write stays on that incident's partition:

    K|meta          {"max_day": latest report day, "pruned_for": max_day at the last pruning,
                     "expiry_from": first week that may still hold an expiry record,
                     "long": how many events are filed by year}
    K|wk|<monday>/<word>  {event_id: [span_first, span_end, flags]}   live events whose
                     reports' dates touch that week and whose reports' places or targets hold
                     that word; flags: which kind of phrase, and whether it is its lead word
                     (streams.analytics.blocking): the merge candidates
    K|yr|<year>/<word>    the same for events spanning more than LONG_SPAN_WEEKS weeks
    K|exp|<monday>  {event_id: end}                      every kept event whose merged date
                                                          ends that week: what retention deletes
    K|ev|<event_id> {"version", "incidents": [incident_id, ...] (sorted, [] once retracted),
                     "merged_into", "group": last emitted group, "first", "end", "attack_type",
                     "digest", "span_first", "span_end": the reports' dates, first to last,
                     "words": {word: flags} it is filed under,
                     "last": {"group", "group_kind", "occurred_on", "date_precision"}}
    K|inc|<incident_id> {"event": event_id, "source": the report as the merger keeps it}

A message reads the candidate buckets of its report's dates and phrases, the events found there
and their reports, and writes only the records that changed: a report, its event, the buckets
of the event's words when its span or words change.

`apply_incident` returns event versions (dicts): every merged field (streams.analytics.
consolidate), plus event_id, version, kind (created | updated | merged | retracted),
merge_key, merged_into and, after the first version, previous_group (the group the windows
must drop the event from). kind "merged" means this event was absorbed into `merged_into`.

Every change re-clusters, in a canonical order (streams.analytics.clustering), the reports of
the events it can reach: the live events closed under `blocking.interacts` both ways from the
change, and again from every cluster that came out different. No report outside can fit a
cluster inside, so the events are those of clustering every live report of the merge key at
once (retention aside: pruning forgets whole events), whatever the arrival order. The search
reads what could merge with the change, not every report of a busy country's weeks.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import orjson

from streams.analytics.blocking import (Phrase, filed, interacts, lookups, member_phrases, query_phrases,
                                        reverse_phrases, window)
from streams.analytics.clustering import cluster
from streams.analytics.consolidate import Source, consolidate, source_of
from streams.analytics.dates import add_days, bucket_start
from streams.analytics.store import Batch, Store, record_key
from streams.analytics.thresholds import DEFAULT, Thresholds

NO_COUNTRY = "ZZ"
LONG_SPAN_WEEKS = 10  # events spanning more weeks (a year-precision date) are filed by year
REMOVED = ("merged", "retracted")


def merge_key(incident: dict) -> str:
    """Partition key under which incidents that may merge meet: the attacked country.

    It is the one field that later reports rarely change: the group is often unknown in the
    first report and named later, the attack type gets refined (rocket -> drone), the date
    moves by a day, the place gets more precise. Incidents with no country share NO_COUNTRY.
    """
    country = (incident.get("location") or {}).get("country")
    return country or NO_COUNTRY


def event_id_for(incident_id: str, attempt: int = 0) -> str:
    seed = incident_id if attempt == 0 else f"{incident_id}#{attempt}"
    return "ev-" + hashlib.blake2b(seed.encode(), digest_size=10).hexdigest()


class MergeRecords:
    """The records of one merge key, read and staged through a Batch."""

    def __init__(self, batch: Batch, key: str) -> None:
        self.batch, self.key = batch, key
        self.meta_key = record_key(key, "meta")
        self.read: dict[str, dict] = {}  # buckets read while looking for candidates, before any edit

    def week_key(self, monday: str, word: str) -> str:
        return record_key(self.key, "wk", f"{monday}/{word}")

    def year_key(self, year: str, word: str) -> str:
        return record_key(self.key, "yr", f"{year}/{word}")

    def expiry_key(self, monday: str) -> str:
        return record_key(self.key, "exp", monday)

    def event_key(self, event_id: str) -> str:
        return record_key(self.key, "ev", event_id)

    def incident_key(self, incident_id: str) -> str:
        return record_key(self.key, "inc", incident_id)

    def meta(self) -> dict:
        return self.batch.edit(self.meta_key, {"max_day": None, "pruned_for": None, "expiry_from": None})

    def event(self, event_id: str) -> dict | None:
        return self.batch.get(self.event_key(event_id))

    def incident(self, incident_id: str) -> dict | None:
        return self.batch.get(self.incident_key(incident_id))

    def bucket(self, key: str) -> dict:
        """A candidate bucket; read once per message (the search reads the same weeks often)."""
        if key in self.batch.staged:
            return self.batch.get(key) or {}
        if key not in self.read:
            self.read[key] = self.batch.get(key) or {}
        return self.read[key]


def apply_incident(store: Store, key: str, incident: dict, t: Thresholds = DEFAULT) -> list[dict]:
    """Merge one incident (new, redelivered, corrected or `"retracted": true`) into the records of
    merge key `key` and return the event versions it causes, possibly none."""
    batch = Batch(store)
    versions = _apply(MergeRecords(batch, key), incident, t)
    batch.commit()
    return versions


def retract_incident(store: Store, key: str, incident_id: str, t: Thresholds = DEFAULT) -> list[dict]:
    """Withdraw one incident's evidence; its event is retracted when no evidence is left."""
    batch = Batch(store)
    versions = _retract(MergeRecords(batch, key), incident_id, t)
    batch.commit()
    return versions


def _apply(m: MergeRecords, incident: dict, t: Thresholds) -> list[dict]:
    if incident.get("retracted"):
        return _retract(m, incident["incident_id"], t)
    source = source_of(incident)
    meta = m.meta()
    if meta["max_day"] is None or source["first"] > meta["max_day"]:
        meta["max_day"] = source["first"]
    if _before_horizon(meta, source["end"], t):
        # too old to hold merge candidates for: a stand-alone event, idempotent by its id
        return [_version(m.key, event_id_for(source["incident_id"]), 1, "created",
                         consolidate([source], t), None, None)]
    known = m.incident(source["incident_id"])
    if known is not None and known["source"] == source:
        return []
    return _recluster(m, [source], {source["incident_id"]}, t) + _prune(m, meta, t)


def _retract(m: MergeRecords, incident_id: str, t: Thresholds) -> list[dict]:
    if m.incident(incident_id) is None:
        return []
    return _recluster(m, [], {incident_id}, t)


def _recluster(m: MergeRecords, add: list[Source], drop: set[str], t: Thresholds) -> list[dict]:
    """Cluster again, in canonical order, the reports of every event the change can reach, so
    the events depend on the set of reports rather than on their arrival order."""
    reach = Reach(m, t)
    added = {s["incident_id"] for s in add}
    reach.search(add)
    for iid in drop:
        known = m.incident(iid)
        if known is not None:
            reach.take(known["event"])
    reach.close()
    while True:
        region = sorted(reach.members)
        pool = [s for eid in region for s in reach.members[eid] if s["incident_id"] not in drop] + add
        clusters = cluster(pool, t)
        # a changed cluster may span more than its old events: reports outside may now fit it
        taken = {frozenset(s["incident_id"] for s in reach.members[eid]) for eid in region}
        if not any([reach.reach_back(group) for group in clusters if _changed(group, taken, added)]):
            break
        reach.close()
    for iid in drop:
        m.batch.delete(m.incident_key(iid))
    return _reconcile(m, region, reach.members, clusters, added, t)


def _changed(group: list[Source], taken: set[frozenset[str]], added: set[str]) -> bool:
    """Is `group` other than a taken event (whose reverse candidates were looked up)?"""
    ids = frozenset(s["incident_id"] for s in group)
    return bool(ids & added) or ids not in taken


class Reach:
    """The live events a change can reach: closed under `blocking.interacts` both ways, so
    the clustering of the rest of the merge key cannot change (streams.analytics.blocking)."""

    def __init__(self, m: MergeRecords, t: Thresholds) -> None:
        self.m, self.t = m, t
        self.members: dict[str, list[Source]] = {}
        self.loaded: dict[str, list[Source]] = {}
        self.sources: list[Source] = []  # reports whose own candidates are still to look up
        self.events: list[str] = []      # events taken whose reverse candidates are still to look up

    def take(self, eid: str) -> None:
        if eid not in self.members:
            self.members[eid] = self.load(eid)
            self.sources += self.members[eid]
            self.events.append(eid)

    def load(self, eid: str) -> list[Source]:
        if eid not in self.loaded:
            self.loaded[eid] = [self.m.incident(iid)["source"] for iid in self.m.event(eid)["incidents"]]
        return self.loaded[eid]

    def search(self, sources: list[Source]) -> None:
        """Take every event one of `sources` may fit a part of."""
        for source in sources:
            low, high = window(source, self.t)
            for eid in _candidates(self.m, low, high, query_phrases(source)):
                if eid not in self.members and interacts(source, self.load(eid), self.t):
                    self.take(eid)

    def reach_back(self, group: list[Source]) -> bool:
        """Take every event holding a report that may fit a part of `group`; did any come?"""
        tolerance = self.t.merge_date_tolerance_days
        low = add_days(min(s["first"] for s in group), -tolerance)
        high = add_days(max(s["end"] for s in group), tolerance)
        phrases = sorted({phrase for s in group for phrase in reverse_phrases(s)}, key=_phrase_order)
        came = False
        for eid in _candidates(self.m, low, high, phrases):
            if eid not in self.members and any(interacts(s, group, self.t) for s in self.load(eid)):
                self.take(eid)
                came = True
        return came

    def close(self) -> None:
        while self.sources or self.events:
            sources, self.sources = self.sources, []
            self.search(sources)
            events, self.events = self.events, []
            for eid in events:
                self.reach_back(self.members[eid])


def _candidates(m: MergeRecords, low: str, high: str, phrases: list[Phrase]) -> dict[str, None]:
    """Live events filed under a phrase containing, or contained in, one of `phrases`, whose
    span meets [low, high] (in a deterministic order)."""
    found: dict[str, None] = {}
    for phrase in phrases:
        every, whole, lead = lookups(phrase)
        common: set[str] | None = None
        for word in every:
            ids = _filed(m, low, high, word, whole)
            common = ids if common is None else common & ids
        for eid in sorted(common or ()):
            found[eid] = None
        for word in every:
            for eid in sorted(_filed(m, low, high, word, lead)):
                found[eid] = None
    return found


def _filed(m: MergeRecords, low: str, high: str, word: str, mask: int) -> set[str]:
    return {eid for bucket in _lookups(m, low, high, word)
            for eid, (first, end, flags) in m.bucket(bucket).items()
            if flags & mask and first <= high and end >= low}


def _phrase_order(phrase: Phrase) -> tuple:
    return phrase[0], sorted(phrase[1])


def _reconcile(m: MergeRecords, region: list[str], members: dict[str, list[Source]],
               clusters: list[list[Source]], touched: set[str], t: Thresholds) -> list[dict]:
    """Give each cluster the old event that shares most of its reports (else a new id), and
    mark old events left without reports as merged into the cluster that took them."""
    owner = {s["incident_id"]: eid for eid in region for s in members[eid]}
    chosen = _chosen_events(owner, clusters)
    # shallow copies: only top-level fields change, and only changed events are written
    stored = {eid: m.event(eid) for eid in region}
    old_sources = {eid: set(stored[eid]["incidents"]) for eid in region}
    events = {eid: dict(stored[eid]) for eid in region}
    now: dict[str, list[Source]] = {}
    for eid in region:
        events[eid]["incidents"] = []
        now[eid] = []
    kinds: dict[str, str] = {}
    for ci, group in enumerate(clusters):
        eid = chosen.get(ci) or _new_event_id(m, min(s["incident_id"] for s in group), set(events))
        ids = {s["incident_id"] for s in group}
        if ci not in chosen or ids != old_sources[eid] or ids & touched:
            kinds[eid] = "updated" if ci in chosen else "created"
        if eid not in events:
            stored[eid] = m.event(eid)
            events[eid] = dict(stored[eid] or _blank_event())
        events[eid].update(incidents=sorted(ids), merged_into=None)
        now[eid] = group
        _file_reports(m, eid, group, owner, touched)
    out = [v for eid, kind in kinds.items() for v in _emit(m.key, eid, events[eid], now[eid], kind, t)]
    for eid in region:
        if eid not in chosen.values():
            events[eid]["merged_into"] = _heir(m, old_sources[eid])
            out += _emit(m.key, eid, events[eid], [], "merged", t)
    _write_changed(m, stored, events)
    return out


def _chosen_events(owner: dict[str, str], clusters: list[list[Source]]) -> dict[int, str]:
    """Per cluster index, the old event that keeps its id: pairs taken by most shared reports first, each
    cluster and event once (ties by event id, then cluster: the same whatever the arrival order)."""
    pairs = sorted((-n, eid, ci) for ci, group in enumerate(clusters)
                   for eid, n in Counter(owner[s["incident_id"]] for s in group
                                         if s["incident_id"] in owner).items())
    chosen: dict[int, str] = {}
    for _, eid, ci in pairs:
        if ci not in chosen and eid not in chosen.values():
            chosen[ci] = eid
    return chosen


def _file_reports(m: MergeRecords, eid: str, group: list[Source], owner: dict[str, str], touched: set[str]) -> None:
    """Point the cluster's reports at its event: only those that moved or whose report changed are written."""
    for s in group:
        if owner.get(s["incident_id"]) != eid or s["incident_id"] in touched:
            m.batch.set(m.incident_key(s["incident_id"]), {"event": eid, "source": s})


def _heir(m: MergeRecords, old_sources: set[str]) -> str | None:
    """The event that took most of an emptied event's reports (ties by id), None when none is left."""
    heirs = Counter(m.incident(iid)["event"] for iid in old_sources if m.incident(iid) is not None)
    return min(heirs, key=lambda h: (-heirs[h], h)) if heirs else None


def _write_changed(m: MergeRecords, stored: dict[str, dict | None], events: dict[str, dict]) -> None:
    """Write the events that changed, and move them between candidate buckets and expiry records."""
    for eid, event in events.items():
        if event != stored[eid]:
            m.batch.set(m.event_key(eid), event)
            _reindex(m, eid, _placement(stored[eid]), _placement(event))


def _placement(event: dict | None) -> tuple[tuple[str, str] | None, dict[str, int], str | None]:
    """Where an event is indexed: its reports' span and words while it is live, and its end."""
    if event is None:
        return None, {}, None
    if not event["incidents"]:
        return None, {}, event["end"]
    return _span(event), event.get("words", {}), event["end"]


def _reindex(m: MergeRecords, eid: str, before: tuple, after: tuple) -> None:
    """Move the event between candidate buckets (its span, its words) and expiry records (its end)."""
    (old_span, old_keys, old_end), (new_span, new_keys, new_end) = before, after
    if _long(old_span) != _long(new_span):
        meta = m.meta()
        meta["long"] = meta.get("long", 0) + (1 if _long(new_span) else -1)
    old = {bucket: old_keys[w] for w in old_keys for bucket in _buckets(m, old_span, w)} if old_span else {}
    new = {bucket: new_keys[w] for w in new_keys for bucket in _buckets(m, new_span, w)} if new_span else {}
    for bucket in sorted(set(old) - set(new)):
        _unlist(m.batch, bucket, eid)
    for bucket, flags in sorted(new.items()):
        if old.get(bucket) != flags or old_span != new_span:
            m.batch.edit(bucket, {})[eid] = [*new_span, flags]
    if old_end != new_end:
        if old_end is not None:
            _unlist(m.batch, m.expiry_key(bucket_start(old_end, 7)), eid)
        if new_end is not None:
            monday = bucket_start(new_end, 7)
            m.batch.edit(m.expiry_key(monday), {})[eid] = new_end
            meta = m.meta()
            if meta["expiry_from"] is None or monday < meta["expiry_from"]:
                meta["expiry_from"] = monday


def _unlist(batch: Batch, key: str, eid: str) -> None:
    bucket = batch.edit(key)
    if bucket is None:
        return
    bucket.pop(eid, None)
    if not bucket:
        batch.delete(key)


def _buckets(m: MergeRecords, span: tuple[str, str], word: str) -> list[str]:
    """The buckets an event of this span is filed in under one word: its weeks, or its years
    when it is long."""
    if _long(span):
        return [m.year_key(year, word) for year in _years(*span)]
    return [m.week_key(monday, word) for monday in _weeks(*span)]


def _long(span: tuple[str, str] | None) -> bool:
    """Does the span cover more than LONG_SPAN_WEEKS weeks (a year-precision date)?"""
    return span is not None and len(_weeks(*span)) > LONG_SPAN_WEEKS


def _lookups(m: MergeRecords, low: str, high: str, word: str) -> list[str]:
    """The buckets that may file, under one word, an event whose span meets [low, high]."""
    weeks = [m.week_key(monday, word) for monday in _weeks(low, high)]
    if not m.meta().get("long"):
        return weeks  # no event filed by year
    return weeks + [m.year_key(year, word) for year in _years(low, high)]


def _span(event: dict) -> tuple[str, str]:
    return event["span_first"], event["span_end"]


def _weeks(first: str, last: str) -> list[str]:
    """Mondays of the weeks from the one holding `first` to the one holding `last`."""
    monday, end = bucket_start(first, 7), bucket_start(last, 7)
    out = []
    while monday <= end:
        out.append(monday)
        monday = add_days(monday, 7)
    return out


def _years(first: str, last: str) -> list[str]:
    return [str(year) for year in range(int(first[:4]), int(last[:4]) + 1)]


def _emit(key: str, event_id: str, event: dict, sources: list[Source], kind: str, t: Thresholds) -> list[dict]:
    """The next version of an event, or nothing when its merged fields did not change."""
    previous_group = event["group"] if event["version"] else None
    if not sources:
        if event["last"] is None:
            return []
        kind = "merged" if event["merged_into"] else "retracted"
        fields = {**event["last"], "incident_ids": [], "article_ids": [], "sources": [],
                  "independent_sources": 0, "killed": None}
        event["digest"] = kind
    else:
        fields = consolidate(sources, t)
        digest = hashlib.blake2b(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS), digest_size=12).hexdigest()
        if digest == event["digest"]:
            return []
        if event["version"] and event["digest"] in REMOVED:
            kind = "created"  # evidence came back after a retraction
        event["digest"] = digest
        event.update(first=fields["first_day"], end=fields["last_day"], attack_type=fields["attack_type"],
                     span_first=min(x["first"] for x in sources), span_end=max(x["end"] for x in sources),
                     words=_index_words(sources),
                     last={k: fields[k] for k in ("group", "group_kind", "occurred_on", "date_precision")})
    event["version"] += 1
    event["group"] = fields["group"]
    return [_version(key, event_id, event["version"], kind, fields, event["merged_into"],
                     previous_group, with_previous=event["version"] > 1)]


def _index_words(sources: list[Source]) -> dict[str, int]:
    """{word: flags} the event is filed under: the union of its reports' phrases."""
    out: dict[str, int] = {}
    for source in sources:
        for phrase in member_phrases(source):
            for word, flags in filed(phrase).items():
                out[word] = out.get(word, 0) | flags
    return dict(sorted(out.items()))


def _version(key: str, event_id: str, version: int, kind: str, fields: dict, merged_into: str | None,
             previous_group: str | None, with_previous: bool = False) -> dict:
    out = {"schema": "incident-event.v1", "event_id": event_id, "version": version, "kind": kind, "merge_key": key,
           "merged_into": merged_into, **fields}
    if with_previous:
        out["previous_group"] = previous_group
    return out


def _new_event_id(m: MergeRecords, incident_id: str, taken: set[str]) -> str:
    """The event id derived from the incident id, or the next free variant of it."""
    attempt = 0
    while (eid := event_id_for(incident_id, attempt)) in taken or (
            (event := m.event(eid)) is not None and event["incidents"]):
        attempt += 1
    return eid


def _blank_event() -> dict[str, Any]:
    return {"version": 0, "incidents": [], "merged_into": None, "group": None, "first": None, "end": None,
            "span_first": None, "span_end": None, "words": {}, "attack_type": None, "digest": None, "last": None}


def _before_horizon(meta: dict, day: str, t: Thresholds) -> bool:
    return meta["max_day"] is not None and day < add_days(meta["max_day"], -t.merge_retention_days)


def _prune(m: MergeRecords, meta: dict, t: Thresholds) -> list[dict]:
    """Delete events (and their reports) that ended before the merge horizon; emits nothing.
    The horizon only moves with max_day, so there is nothing new to forget until it does."""
    if meta["max_day"] is None or meta["pruned_for"] == meta["max_day"]:
        return []
    meta["pruned_for"] = meta["max_day"]
    limit = add_days(meta["max_day"], -t.merge_retention_days)
    monday = meta["expiry_from"]
    while monday is not None and monday <= limit:
        ending = m.batch.get(m.expiry_key(monday)) or {}
        for eid in sorted(eid for eid, end in ending.items() if end < limit):
            _forget(m, eid)
        monday = add_days(monday, 7)
    if meta["expiry_from"] is not None:
        meta["expiry_from"] = max(meta["expiry_from"], bucket_start(limit, 7))
    return []


def _forget(m: MergeRecords, eid: str) -> None:
    event = m.event(eid)
    for iid in event["incidents"]:
        m.batch.delete(m.incident_key(iid))
    _reindex(m, eid, _placement(event), (None, {}, None))
    m.batch.delete(m.event_key(eid))
