"""Attack triggers -> filtered anchors -> incidents (one per time and place) -> schema dicts."""
from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from streams.extract import actors as actor_rules
from streams.extract import places as place_rules
from streams.extract.dates import DateMention
from streams.extract.document import Doc, analyse
from streams.extract.fillers import Filler, agent_phrases, objects_in, perp_span, weapon_count
from streams.extract.resources import lexicon
from streams.extract.scan import Hit
from streams.extract.thresholds import (AGGREGATE_WINDOW, ANAPHORA_REACH, ATTACH_REACH, BACKGROUND_AFTER_DAYS,
                                        CESSATION_WINDOW, INTENT_WINDOW, LEGAL_WINDOW, NEGATION_WINDOW,
                                        PLACEMENT_WINDOW)

_PLURAL_NOUN_TRIGGERS = frozenset(["attacks", "bombings", "killings", "murders", "assassinations", "kidnappings",
                                   "explosions", "rocket attacks", "drone attacks", "drone strikes", "air strikes",
                                   "airstrikes", "air raids", "missile strikes", "strikes"])
_LABOUR_STRIKE = frozenset(["general", "hunger", "labor", "labour", "national", "work", "transport", "workers",
                            "teachers", "indefinite", "24-hour", "48-hour"])


@dataclass
class Anchor:
    start: int
    end: int
    atype: str
    role: str
    sent: int
    anaphoric: bool


@dataclass
class Draft:
    anchors: list[Anchor]
    sentences: list[int]
    date: DateMention | None = None
    place: place_rules.PlaceMention | None = None
    types: list[tuple[str, int, int]] = field(default_factory=list)
    support: list[int] = field(default_factory=list)  # sentences read for victims and targets only

    def add_sentence(self, s: int) -> None:
        if s not in self.sentences:
            self.sentences.append(s)


def extract(text: str, published: datetime.date, article_id: str) -> list[dict]:
    """Incident dicts (schemas/incident.v1.json) for one article."""
    if not text or not text.strip():
        return []
    doc = analyse(text, published)
    countries = place_rules.doc_countries(doc)
    anchors, dead = _anchors(doc, countries)
    drafts = _group(doc, anchors, countries)
    incidents = [_assemble(doc, d, n, article_id, countries, dead) for n, d in enumerate(drafts)]
    _settle_victims(incidents)
    _one_name_per_entity(incidents)
    return incidents


# ---------------------------------------------------------------- anchors

def _anchors(doc: Doc, countries: Counter) -> tuple[list[Anchor], list[tuple[int, int]]]:
    """Triggers that assert an attack, and the dead zones around those that do not."""
    out, dead = [], []
    for hit in doc.hits.get("trigger", []):
        if hit.start < doc.dateline_end:
            continue
        atype, role = hit.payload
        sent = doc.sentence_of(hit.start)
        s0, s1 = doc.sentences[sent]
        if _filtered(doc, hit, atype, s0, s1):
            dead.append((max(s0, hit.start - 10), min(s1, hit.end + 30)))
            continue
        if role == "weak":
            out.append(Anchor(hit.start, hit.end, atype, role, sent, True))
            continue
        phrase = doc.low[hit.start:hit.end]
        prev = doc.low[max(s0, hit.start - 12):hit.start].split()
        anaphoric = role == "noun" and bool(prev) and prev[-1] in lexicon().sets["anaphora"]
        if atype == "other" and not _real_strike(doc, hit, phrase, prev, s0, s1, countries):
            continue
        if role == "noun" and phrase in _PLURAL_NOUN_TRIGGERS and not doc.dates_in(s0, s1):
            anaphoric = True  # "the attacks" without a date of their own refer back, or are an aggregate
        out.append(Anchor(hit.start, hit.end, atype, role, sent, anaphoric))
    out.extend(_placement_anchors(doc, out))
    out.sort(key=lambda a: a.start)
    return out, dead


def _placement_anchors(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """"placed a charge of dynamite", "hurled explosives", "set off a bomb": a bombing told through its weapon."""
    out = []
    for w in doc.hits.get("weapon", []):
        if w.start < doc.dateline_end or w.payload not in ("explosives", "vehicle_bomb", "grenade", "incendiary"):
            continue
        sent = doc.sentence_of(w.start)
        s0, s1 = doc.sentences[sent]
        cues = doc.cues_in(max(s0, w.start - PLACEMENT_WINDOW), w.start, "placement") \
            or doc.cues_in(w.end, min(s1, w.end + 20), "placement")
        if not cues or any(a.sent == sent and a.role != "weak" for a in found):
            continue
        cue = cues[-1]
        fake = Hit(cue.start, cue.end, "trigger", ("bombing", "verb"))
        if _filtered(doc, fake, "bombing", s0, s1):
            continue
        atype = "arson" if w.payload == "incendiary" else "bombing"
        out.append(Anchor(min(cue.start, w.start), max(cue.end, w.end), atype, "verb", sent, False))
    return out


def _filtered(doc: Doc, hit: Hit, atype: str, s0: int, s1: int) -> bool:
    """Intentions, cessations, aggregates, negations and combat are not attacks."""
    if doc.cues_in(max(s0, hit.start - INTENT_WINDOW), hit.start, "intent"):
        return True
    if doc.cues_in(max(s0, hit.start - CESSATION_WINDOW), min(s1, hit.end + CESSATION_WINDOW // 2), "cessation"):
        return True
    if doc.cues_in(max(s0, hit.start - AGGREGATE_WINDOW), hit.start, "aggregate"):
        return True
    if doc.cues_in(max(s0, hit.start - NEGATION_WINDOW), hit.start, "negation"):
        return True
    if doc.cues_in(max(s0, hit.start - LEGAL_WINDOW), hit.start, "legal"):
        return True  # "accused of killing", "the masterminds of the murder": a trial, not the attack
    if doc.cues_in(max(s0, hit.start - 25), min(s1, hit.end + 12), "generic"):
        return True  # "is killing our children", "acts of terrorism": no one event
    if atype not in ("kidnapping", "assassination", "suicide_bombing") and doc.cues_in(s0, s1, "combat"):
        return True
    low = doc.low
    if doc.low[hit.start:hit.end] == "attack" and low[hit.end:hit.end + 5] in (" the ", " a ", " an ") \
            and low[max(0, hit.start - 4):hit.start] != "an " and not low[max(0, hit.start - 5):hit.start].endswith(("the ", "a ")):
        return True  # "who attack the population": present tense, a habit
    # "set fire to the vehicle involved": the authorities destroying evidence, not an attack
    return bool(doc.cues_in(hit.end, min(s1, hit.end + 40), "evidence_objects"))


def _real_strike(doc: Doc, hit: Hit, phrase: str, prev: list[str], s0: int, s1: int, countries: Counter) -> bool:
    """"strike"/"struck"/"targeted" name an attack only with a weapon, a target ("strike on") or a state attacker."""
    if prev and prev[-1] in _LABOUR_STRIKE:
        return False
    if doc.hits_in("weapon", s0, s1):
        return True
    after = doc.low[hit.end:hit.end + 12].split()
    if after and after[0] in ("on", "against") and phrase in ("strike", "strikes"):
        return True
    for ah in doc.hits_in("actor", s0, hit.start):
        m = actor_rules.resolve(doc, ah, countries)
        if m and m.actor.kind == "state" and actor_rules.is_agent(doc, m, hit.start, hit.end, "verb"):
            return True
    return False


# ---------------------------------------------------------------- grouping

def clause_bounds(doc: Doc, sent: int, pos: int) -> tuple[int, int]:
    """The comma/semicolon-delimited stretch of a sentence around a position."""
    s0, s1 = doc.sentences[sent]
    text = doc.text
    a = max(text.rfind(",", s0, pos), text.rfind(";", s0, pos), text.rfind(":", s0, pos))
    b_candidates = [i for i in (text.find(",", pos, s1), text.find(";", pos, s1)) if i >= 0]
    return (a + 1 if a >= 0 else s0), (min(b_candidates) if b_candidates else s1)


def _sentence_date(doc: Doc, sent: int, pos: int) -> DateMention | None:
    s0, s1 = doc.sentences[sent]
    c0, c1 = clause_bounds(doc, sent, pos)
    dates = doc.dates_in(c0, c1) or doc.dates_in(s0, s1)
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(d.start - pos) + (0 if d.start < pos else 40)))


def _has_detail(doc: Doc, a: Anchor, countries: Counter) -> bool:
    s0, s1 = doc.sentences[a.sent]
    if doc.dates_in(s0, s1) or doc.hits_in("weapon", s0, s1) or doc.hits_in("perp", s0, s1):
        return True
    if place_rules.mentions_in(doc, s0, s1, countries):
        return True
    if doc.hits_in("actor", s0, s1):
        return True
    return bool(objects_in(doc, a.sent))


def _same_place(a: place_rules.PlaceMention | None, b: place_rules.PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.place.country != b.place.country:
        return False
    if a.place.kind == "city" and b.place.kind == "city":
        return a.place.name == b.place.name
    return True


def _group(doc: Doc, anchors: list[Anchor], countries: Counter) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    support: list[Anchor] = []
    for a in anchors:
        if a.role == "weak":
            support.append(a)
            continue
        if a.anaphoric and current is not None and a.sent - current.sentences[-1] <= ANAPHORA_REACH:
            current.add_sentence(a.sent)
            current.types.append((a.atype, a.start, a.end))
            continue
        if not _has_detail(doc, a, countries):
            support.append(a)
            continue
        date = _sentence_date(doc, a.sent, a.start)
        c0, c1 = clause_bounds(doc, a.sent, a.start)
        pm = place_rules.mentions_in(doc, c0, c1, countries)
        pm = [m for m in pm if not place_rules.is_launch_site(doc, m, pm)]
        place = max(pm, key=lambda m: (m.rank, m.locative)) if pm else None
        if current is not None and _continues(current, a, date, place):
            current.anchors.append(a)
            current.add_sentence(a.sent)
            current.types.append((a.atype, a.start, a.end))
            if current.date is None and date is not None:
                current.date = date
            if place is not None and (current.place is None or place.rank > current.place.rank):
                current.place = place
            continue
        if date is None and current is not None and a.sent - current.sentences[-1] <= 1:
            date = current.date  # "In response, ...": the narrative's time carries over
        current = Draft([a], [a.sent], date, place, [(a.atype, a.start, a.end)])
        drafts.append(current)
    _attach(drafts, support)
    return drafts


def _attach(drafts: list[Draft], support: list[Anchor]) -> None:
    """Sentences that only name an attack ("the victims were...", "the explosion destroyed...") add
    their fillers to the incident told just before them."""
    for a in support:
        before = [d for d in drafts if d.sentences[0] <= a.sent]
        if before and 0 <= a.sent - max(before[-1].sentences) <= ATTACH_REACH \
                and a.sent not in before[-1].sentences and a.sent not in before[-1].support:
            before[-1].support.append(a.sent)


def _continues(current: Draft, a: Anchor, date: DateMention | None, place) -> bool:
    if a.sent == current.sentences[-1]:
        return True
    if date is not None and current.date is not None and date.value != current.date.value:
        return False
    if not _same_place(current.place, place):
        return False
    return a.sent - current.sentences[-1] <= 4


# ---------------------------------------------------------------- assembly

def _span(doc: Doc, start: int, end: int) -> dict:
    return {"text": doc.text[start:end], "start": start, "end": end}


def _attack_type(types: list[tuple[str, int, int]], weapons: list[dict], state_attacker: bool) -> tuple[str, tuple[int, int]]:
    vocab = lexicon().attack
    specific = lexicon().sets["specific_types"]
    for atype, s, e in types:
        if atype in specific:
            return atype, (s, e)
    first = types[0]
    for w in weapons:
        wt = vocab["weapon_attack_type"].get(w["type"])
        if wt:
            return wt, (first[1], first[2])
    for atype, s, e in types:
        if atype != "other":
            return atype, (s, e)
    if state_attacker:
        return vocab["state_generic_type"], (first[1], first[2])
    return "armed_assault", (first[1], first[2])


def _weapons(doc: Doc, draft: Draft) -> list[dict]:
    out: dict[str, dict] = {}
    for s in draft.sentences:
        s0, s1 = doc.sentences[s]
        for h in doc.hits_in("weapon", s0, s1):
            count = weapon_count(doc, h.start)
            key = doc.low[h.start:h.end]
            if key in out:
                if count is not None and (out[key]["count"] or 0) < count:
                    out[key]["count"] = count
                continue
            same_type = next((w for w in out.values() if w["type"] == h.payload), None)
            if same_type is not None and key.rstrip("s") == same_type["text"].lower().rstrip("s"):
                if count is not None and (same_type["count"] or 0) < count:
                    same_type["count"] = count
                continue
            out[key] = {"type": h.payload, "count": count, **_span(doc, h.start, h.end)}
    return list(out.values())


def _perpetrators(doc: Doc, draft: Draft, countries: Counter) -> tuple[dict, list[dict], bool]:
    """(perpetrator dict, evidence span of the claim or None, the attacker is a state acting as subject)."""
    mentions: list[actor_rules.ActorMention] = []
    claim, claim_cue, state_subject = "unknown", None, False
    for a in draft.anchors:
        s0, s1 = doc.sentences[a.sent]
        for h in doc.hits_in("actor", s0, s1):
            m = actor_rules.resolve(doc, h, countries)
            if m is None:
                continue
            agent = actor_rules.is_agent(doc, m, a.start, a.end, a.role)
            adjacent = _actor_with_perp_noun(doc, h)
            if not (agent or adjacent or _claims(doc, m, s1)):
                continue
            if any(x.start == m.start for x in mentions):
                continue
            mentions.append(m)
            if claim == "unknown":
                claim, claim_cue = actor_rules.claim_status(doc, m, s0, s1, agent and m.end <= a.start)
                state_subject = m.actor.kind == "state" and m.end <= a.start
    group = mentions[0].actor if mentions else None
    if group is None:
        group, claim, claim_cue, mentions = _fallback_group(doc, draft, countries)
    named = [m for m in mentions if m.actor == group] + _other_mentions(doc, group, mentions, countries)
    perp = {
        "group": group.name if group else None,
        "kind": group.kind if group else None,
        "known": group is not None,
        "claim": claim if group else "unknown",
        "mentions": [_span(doc, *actor_rules.mention_span(doc, m)) for m in named],
    }
    return perp, ([_span(doc, claim_cue.start, claim_cue.end)] if claim_cue else []), state_subject


def _other_mentions(doc: Doc, group, mentions: list, countries: Counter) -> list:
    """The article's other names for the same group ("FMLN" beside "Farabundo Marti National Liberation Front")."""
    if group is None:
        return []
    seen = {doc.low[m.start:m.end] for m in mentions}
    out = []
    for h in doc.hits.get("actor", []):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor == group and doc.low[h.start:h.end] not in seen:
            seen.add(doc.low[h.start:h.end])
            out.append(m)
    return out


def _claims(doc: Doc, m: actor_rules.ActorMention, s1: int) -> bool:
    """"The FMLN claimed responsibility": the claim cue right after the actor, in the same clause."""
    cues = doc.cues_in(m.end, s1, "claimed")
    if not cues or cues[0].start - m.end > 30 or "," in doc.text[m.end:cues[0].start]:
        return False
    before = doc.low[max(0, m.start - 12):m.start].split()
    return not (before and before[-1] in ("on", "against", "at", "of", "to"))


def _actor_with_perp_noun(doc: Doc, h: Hit) -> bool:
    after = doc.hits_in("perp", h.end, h.end + 2)
    before = doc.low[max(0, h.start - 16):h.start].split()
    return bool(after) or (len(before) >= 2 and before[-2:] in (["members", "of"], ["member", "of"])) \
        or (len(before) >= 3 and before[-3:-1] in (["members", "of"], ["member", "of"]))


def _fallback_group(doc: Doc, draft: Draft, countries: Counter):
    """No attacker named beside the trigger: a claim of responsibility elsewhere, or the article's only armed group."""
    groups: list[actor_rules.ActorMention] = []
    for h in doc.hits.get("actor", []):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor.kind == "armed_group":
            groups.append(m)
    if not groups:
        return None, "unknown", None, []
    for s in draft.sentences:
        s0, s1 = doc.sentences[s]
        cues = doc.cues_in(s0, s1, "claimed")
        if cues:
            return groups[0].actor, "claimed", cues[0], [groups[0]]
    distinct = {g.actor.name for g in groups}
    has_attackers = any(doc.hits_in("perp", *doc.sentences[s]) for s in draft.sentences)
    if has_attackers and len(distinct) == 1:
        return groups[0].actor, "suspected", None, [groups[0]]
    return None, "unknown", None, []


def _individuals(doc: Doc, draft: Draft) -> list[dict]:
    """Attackers as people: "gunmen", "urban guerrillas", "two individuals", "a group of armed men"."""
    out: list[dict] = []
    seen: set[str] = set()

    def add(start: int, end: int) -> None:
        key = doc.low[start:end]
        if key not in seen:
            seen.add(key)
            out.append(_span(doc, start, end))

    for s in draft.sentences:
        s0, s1 = doc.sentences[s]
        agents = [a for a in agent_phrases(doc, s) if _names_people(doc, *a)]
        for a0, a1 in agents:
            add(a0, a1)  # "killed by army soldiers", "planted by members of the Communist Party"
        for h in doc.hits_in("perp", s0, s1):
            if any(a0 <= h.start and h.end <= a1 for a0, a1 in agents):
                continue
            if _passive_subject(doc, h.end, s1):
                continue  # "three militants ... were killed": victims, not attackers
            sp = perp_span(doc, h.start, h.end, bool(h.payload))
            if sp is not None:
                add(sp.start, sp.end)
    return out


_PEOPLE_HEADS = frozenset(["youths", "soldiers", "troops", "members", "men", "man", "individuals", "persons",
                           "people", "unit", "units", "commando", "commandos", "squad", "squads", "gang", "band",
                           "group", "agents", "policemen", "officers", "sharpshooter", "sharpshooters", "assassin",
                           "assassins", "elements", "civilians", "strangers", "subjects", "patrol"])


def _names_people(doc: Doc, start: int, end: int) -> bool:
    if doc.hits_in("perp", start, end) or doc.hits_in("actor", start, end):
        words = doc.low[start:end].split()
        return len(words) <= 7
    words = doc.low[start:end].split()
    return bool(words) and len(words) <= 6 and any(w in _PEOPLE_HEADS for w in words)


def _passive_subject(doc: Doc, end: int, s1: int) -> bool:
    after = doc.low[end:min(s1, end + 60)].split()[:8]
    for n, w in enumerate(after):
        if w in ("was", "were", "been") and n + 1 < len(after) and after[n + 1] in _VICTIM_PARTICIPLES:
            return True
        if w in (",", "and", "who", "which") or w.endswith(","):
            continue
    return False


_VICTIM_PARTICIPLES = frozenset(["killed", "murdered", "wounded", "injured", "kidnapped", "abducted", "shot",
                                 "executed", "assassinated", "massacred", "captured", "arrested", "detained"])


def _objects(doc: Doc, draft: Draft, dead: list[tuple[int, int]]) -> tuple[list[dict], list[dict], dict]:
    targets, victims, casualties = [], [], {}
    seen: set[str] = set()
    for s in sorted(draft.sentences + draft.support):
        for f in objects_in(doc, s):
            if any(d0 <= f.span.start < d1 for d0, d1 in dead):
                continue
            key = f.kind + doc.low[f.span.start:f.span.end]
            if key in seen:
                continue
            seen.add(key)
            if f.kind == "target":
                targets.append(_span(doc, f.span.start, f.span.end))
            else:
                victims.append({**_span(doc, f.span.start, f.span.end), "_named": f.named, "_count": f.count})
            if f.kind == "victim" and f.effect in ("killed", "wounded") and f.count is not None:
                total, ev = casualties.get(f.effect, (0, (f.span.start, f.span.end)))
                casualties[f.effect] = (total + f.count, ev)
    return _longest_spans(targets), victims, casualties


def _longest_spans(spans: list[dict]) -> list[dict]:
    """Overlapping readings of one phrase ("unidentified office", "unidentified office of agriculture"): the longest."""
    out: list[dict] = []
    for sp in sorted(spans, key=lambda x: x["start"] - x["end"]):
        if not any(sp["start"] < o["end"] and o["start"] < sp["end"] for o in out):
            out.append(sp)
    return sorted(out, key=lambda x: x["start"])


def _settle_victims(incidents: list[dict]) -> None:
    """Victims are the people named; a description ("three peasants") stands in only for a counted
    group in an article that names no victim at all."""
    any_named = any(v["_named"] for inc in incidents for v in inc["victims"])
    for inc in incidents:
        inc["victims"] = [{k: v[k] for k in ("text", "start", "end")} for v in inc["victims"]
                          if v["_named"] or (not any_named and v["_count"] is not None)]


def _entity_key(text: str, field: str) -> str:
    words = text.lower().replace("'s", "").split()
    if field == "weapons" or field == "perpetrator_individuals":
        return words[-1].rstrip("s") if words else ""
    return " ".join(words)


def _one_name_per_entity(incidents: list[dict]) -> None:
    """Within an article one thing keeps one name: "bombs" beside "bomb", "GALAN" after "LUIS CARLOS GALAN",
    "guerrillas" after "urban guerrillas" are the same entity written again, and are dropped.
    Weapons are deduplicated within an incident only, so each incident keeps its own weapon types."""
    for field in ("weapons", "perpetrator_individuals", "victims", "targets"):
        seen: dict[str, str] = {}
        for inc in incidents:
            if field == "weapons":
                seen = {}
            kept = []
            for item in inc[field]:
                text = " ".join(item["text"].lower().split())
                key = _entity_key(item["text"], field)
                if field == "victims":
                    words = set(key.split())
                    match = next((k for k in seen if words <= set(k.split()) or set(k.split()) <= words), None)
                else:
                    match = key if key in seen else None
                if match is not None and seen[match] != text:
                    continue
                seen.setdefault(key, text)
                kept.append(item)
            inc[field] = kept


def _role(doc: Doc, draft: Draft, index: int) -> str:
    if index == 0 or draft.date is None:
        return "reported"
    d = draft.date
    pub = doc.published
    if d.precision == "day":
        age = (pub - datetime.date.fromisoformat(d.value)).days
        return "background" if age > BACKGROUND_AFTER_DAYS else "reported"
    if d.precision == "month":
        return "background" if d.value != f"{pub.year:04d}-{pub.month:02d}" else "reported"
    return "background" if d.value != str(pub.year) else "reported"


def _no_casualties(doc: Doc, draft: Draft) -> Hit | None:
    for s in draft.sentences:
        cues = doc.cues_in(*doc.sentences[s], "no_casualties")
        if cues:
            return cues[0]
    return None


def _assemble(doc: Doc, draft: Draft, index: int, article_id: str, countries: Counter,
              dead: list[tuple[int, int]]) -> dict:
    weapons = _weapons(doc, draft)
    perp, claim_ev, state_subject = _perpetrators(doc, draft, countries)
    atype, type_span = _attack_type(draft.types, weapons, perp["kind"] == "state" and state_subject)
    targets, victims, casualties = _objects(doc, draft, dead)
    mentions = [m for s in draft.sentences for m in place_rules.mentions_in(doc, *doc.sentences[s], countries)]
    location, launch = place_rules.choose(doc, mentions, draft.anchors[0].sent)
    evidence = {"attack_type": _span(doc, *type_span)}
    if draft.date is not None:
        occurred, precision = draft.date.value, draft.date.precision
        evidence["occurred_on"] = _span(doc, draft.date.start, draft.date.end)
    else:
        occurred, precision = doc.published.isoformat(), "day"
    killed = wounded = None
    if "killed" in casualties:
        killed = casualties["killed"][0]
        evidence["killed"] = _span(doc, *casualties["killed"][1])
    if "wounded" in casualties:
        wounded = casualties["wounded"][0]
        evidence["wounded"] = _span(doc, *casualties["wounded"][1])
    none_hit = _no_casualties(doc, draft)
    if none_hit is not None:
        killed = 0 if killed is None else killed
        wounded = 0 if wounded is None else wounded
        evidence.setdefault("killed", _span(doc, none_hit.start, none_hit.end))
    if claim_ev:
        evidence["claim"] = claim_ev[0]
    first = draft.anchors[0]
    digest = hashlib.sha1(f"{article_id}:{first.start}:{first.end}".encode()).hexdigest()[:16]
    confidence = _confidence(draft, perp, location, victims, targets, weapons)
    return {
        "incident_id": f"{article_id}:{digest}" if len(article_id) < 60 else digest,
        "article_id": article_id,
        "role": _role(doc, draft, index),
        "attack_type": atype,
        "occurred_on": occurred,
        "date_precision": precision,
        "perpetrator": perp,
        "perpetrator_individuals": _individuals(doc, draft),
        "weapons": weapons,
        "targets": targets,
        "victims": victims,
        "location": location,
        "launch_location": launch,
        "killed": killed,
        "wounded": wounded,
        "evidence": evidence,
        "confidence": confidence,
    }


def _confidence(draft: Draft, perp: dict, location, victims, targets, weapons) -> float:
    score = 0.4
    score += 0.15 if any(a.role == "verb" for a in draft.anchors) else 0.0
    score += 0.1 if draft.date is not None else 0.0
    score += 0.1 if location else 0.0
    score += 0.1 if victims or targets else 0.0
    score += 0.05 if weapons else 0.0
    score += {"claimed": 0.1, "attributed": 0.05, "suspected": 0.0}.get(perp["claim"], 0.0)
    return round(min(score, 0.99), 2)
