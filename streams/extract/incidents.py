"""Article -> incidents: anchors, drafts, then each draft's fields assembled into a schema dict."""
from __future__ import annotations

import datetime
import hashlib
import re
from collections import Counter

from streams.extract import places as place_rules
from streams.extract.anchors import Zones, find_anchors, in_zones, merged_zones, zones_meet
from streams.extract.consistency import (appositive_things, drop_aliases, fuller_victim_names, one_insurgent_noun,
                                          one_name_per_entity, settle_victims, shorter_names_of_things,
                                          things_told_again, titled_names)
from streams.extract.document import Doc, analyse
from streams.extract.drafts import Draft, group_anchors, last_day
from streams.extract.fillers import Filler, objects_in, weapon_count
from streams.extract.perpetrators import individuals, perpetrator, with_attackers_group
from streams.extract.resources import lexicon
from streams.extract.scan import Hit
from streams.extract.stateforces import with_bare_names, with_forces_of_men
from streams.extract.units import with_unit
from streams.extract.tolls import CasualtyTally, counted_once, running_toll
from streams.extract.thresholds import (BACKGROUND_AFTER_DAYS, FUEL_WINDOW, LEAD_BACKGROUND_AFTER_DAYS, MAX_INCIDENTS,
                                        MAX_SENTENCES_READ, MIN_CONFIDENCE, NO_CASUALTY_REACH, TAKEN_WINDOW)


def extract(text: str, published: datetime.date, article_id: str, outlet: str | None = None) -> list[dict]:
    """Incident dicts (schemas/incident.v1.json) for one article."""
    if not text or not text.strip():
        return []
    doc = analyse(text, published, outlet)
    countries = place_rules.doc_countries(doc)
    anchors, dead, firm, objects = find_anchors(doc, countries)
    drafts, history = group_anchors(doc, anchors, countries)
    drafts = drafts[:MAX_INCIDENTS]
    if history:
        dead, firm = merged_zones(dead + history), merged_zones(firm + history)  # told long ago: firm
    incidents = [inc for d, inc in ((d, _assemble(doc, d, n, article_id, countries, dead, (firm, objects)))
                                    for n, d in enumerate(drafts))
                 if inc is not None and _pinned(d, inc)]
    fuller_victim_names(doc, incidents)
    titled_names(doc, incidents)
    drop_aliases(doc, incidents)
    counted_once(incidents)  # before settle_victims drops the counted descriptions
    settle_victims(incidents)
    things_told_again(doc, incidents)
    shorter_names_of_things(doc, incidents)
    appositive_things(doc, incidents)
    one_name_per_entity(incidents)
    one_insurgent_noun(doc, incidents)
    return incidents


def _pinned(draft: Draft, inc: dict) -> bool:
    """An attack named only by a noun ("the recent assassinations in San Pedro Sula", "the bombings in the
    cities") needs a time, or someone it hit or who did it, to be one attack (INCIDENTS.md: one time and
    place); a verb tells one ("a bomb exploded in the bathroom of the institute")."""
    if any(a.role == "verb" for a in draft.anchors):
        return True
    perp = inc["perpetrator"] or {}
    return bool("occurred_on" in inc["evidence"] or inc["victims"] or inc["targets"] or perp.get("group")
                or inc["perpetrator_individuals"])


def _attack_type(types: list[tuple[str, int, int]], weapons: list[dict],
                 state_attacker: bool) -> tuple[str, tuple[int, int]]:
    """The incident's type: a suicide attack wins; else the first trigger's own type when it is specific
    ("drone attack", "kidnapped"); a generic one ("attacked", "opened fire") takes the weapon's
    ("fired five rockets") or a later specific trigger's; a state's generic strike is an airstrike."""
    vocab = lexicon().attack
    for atype, s, e in types:
        if atype == "suicide_bombing":
            return atype, (s, e)
    first = types[0]
    if first[0] not in _GENERIC_TYPES:
        return first[0], (first[1], first[2])
    for w in weapons:
        wt = vocab["weapon_attack_type"].get(w["type"])
        if wt:
            return wt, (first[1], first[2])
    for atype, s, e in types:
        if atype in lexicon().sets["specific_types"]:
            return atype, (s, e)
    if state_attacker and first[0] == "other":
        # "an Israeli strike killed three": a state's strike is an airstrike, not the killing's armed assault
        return vocab["state_generic_type"], (first[1], first[2])
    for atype, s, e in types:
        if atype != "other":
            return atype, (s, e)
    return "armed_assault", (first[1], first[2])


# "The rebels used explosives to blow up the pipeline": the arms a sentence says were used, up to three words on
_USED_VERB = re.compile(r"\b(?:used|using|employed|employing)[ \t\n]+(?:[a-z0-9-]+[ \t\n]+){0,3}$")
# "the aircraft dropped bombs on a crowd", "threw grenades at": arms delivered, told anew (not "dropped the bomb" told
# before, nor "is not dropping bombs")
_DELIVERED = re.compile(r"\b(?<!not )(?<!never )(?:dropped|dropping|fired|firing|launched|launching|hurled|threw|"
                        r"lobbed|planted|detonated)[ \t\n]+(?!the\b|this\b|that\b|it\b)(?:[a-z0-9-]+[ \t\n]+){0,3}$")

# "died after being sprayed with submachinegun fire", "killed by a bomb": the arms a victim was hit with
_INSTRUMENT = re.compile(r"\b(?:with|by)[ \t\n]+(?:(?:a|an|the)[ \t\n]+)?(?:[a-z0-9-]+[ \t\n]+){0,2}$")


def _read_there(doc: Doc, h: Hit, s0: int, after: bool, support: bool) -> bool:
    """Past the telling, only the arms a sentence says were used or delivered ("the rebels used dynamite", "the
    aircraft dropped bombs on a crowd"); in a sentence read
    for the victims, those too ("the assailants used roadside bombs") and the arms they were hit with ("died after
    being sprayed with submachinegun fire")."""
    before = max(s0, h.start - 40)
    return ((after or support) and (_USED_VERB.search(doc.low, before, h.start) is not None
                                    or _DELIVERED.search(doc.low, before, h.start) is not None)) \
        or (support and _INSTRUMENT.search(doc.low, before, h.start) is not None)


def _used_after(draft: Draft) -> set[int]:
    """The sentence right after the telling, when it goes on with the incident (its sequel or story): the
    weapons it says were used are the incident's ("Rebels attacked the pipeline. They used dynamite.")."""
    after = max(draft.read_with_support()) + 1
    return {after} & set(draft.sequel + draft.story)


_GENERIC_TYPES = frozenset(["armed_assault", "other"])


def _weapons(doc: Doc, draft: Draft, dead: list[tuple[int, int]]) -> list[dict]:
    out: dict[str, dict] = {}
    generic, exploding = lexicon().sets["generic_weapons"], lexicon().sets["exploding_weapon_types"]
    # "between" sentences lie inside the telling with no attack word: "The bomb had been left in a van"
    told = set(draft.read() + draft.between)
    adjuncts: set[str] = set()  # weapons named only as an attack's adjunct so far ("the bomb explosions")
    support = set(draft.read_with_support()) - told  # read for victims: its arms only where they hit them
    after = _used_after(draft)
    for s in sorted(told | after | support):
        s0, s1 = doc.sentences[s]
        for h in _sentence_weapons(doc, s):
            if not draft.owns(s, h.start) or not _used_once(doc, h, s0, s1) or _modifies_set_aside(doc, h, dead):
                continue
            if s not in told and not _read_there(doc, h, s0, s in after, s in support):
                continue
            key = " ".join(doc.low[h.start:h.end].split())  # "explosive\ndevice": a line break is a space
            if key in generic and any(w["type"] in exploding for w in out.values()):
                continue  # "a bomb exploded ... a second device", "two of the devices": told again, generically
            count = doc.once(("weapon_count", h.start), weapon_count, doc, h.start)  # drafts share sentences
            if key in out:
                if count is not None and (out[key]["count"] or 0) < count:
                    out[key]["count"] = count
                continue
            same_key = next((k for k, w in out.items() if w["type"] == h.payload), None)
            same_type = out[same_key] if same_key is not None else None
            if same_type is not None and key.rstrip("s") == " ".join(same_type["text"].lower().split()).rstrip("s"):
                if count is not None and (same_type["count"] or 0) < count:
                    same_type["count"] = count
                if same_key in adjuncts and not _qualifies_attack(doc, h):
                    adjuncts.discard(same_key)  # "the bomb attack ... three bombs": the weapon's own noun names it
                    same_type.update(doc.span(_name_start(doc, h, s0), h.end))
                continue
            if _qualifies_attack(doc, h):
                adjuncts.add(key)
            out[key] = {"type": h.payload, "count": count, **doc.span(_name_start(doc, h, s0), h.end)}
    # told generically first, named after ("the explosives ... a truck bomb", "devices, believed to be grenades"):
    # the generic word refers to the exploding weapon named, one weapon
    named = [k for k, w in out.items() if k not in generic and w["type"] in exploding]
    return [w for k, w in out.items() if k not in generic or not named]


def _sentence_weapons(doc: Doc, s: int) -> list[Hit]:
    """The weapons named in sentence s (tubes, models and laden vehicles read): drafts share sentences, and each
    sentence is read once per article."""
    return doc.once(("sentence_weapons", s), _read_sentence_weapons, doc, *doc.sentences[s])


def _read_sentence_weapons(doc: Doc, s0: int, s1: int) -> list[Hit]:
    tubes = [_tube(doc, h) for h in doc.hits_in("weapon", s0, s1)]
    return _laden_vehicles(doc, _kind_of(doc, _model_and_class(doc, tubes)), s0)


# "a grenade-type device", "a mortar-like weapon": the weapon word tells the kind of the noun after it
_KIND_OF = re.compile(r"-?(?:type|like|style)[ \t\n]+"
                      r"(?:device|devices|weapon|weapons|object|objects|artefact|artifact)\b")


def _kind_of(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """A weapon word that only names the kind of a generic noun ("a grenade-type device") names the weapon with
    that noun: the reporter does not know it was one."""
    out: list[Hit] = []
    for h in hits:
        if out and out[-1].start <= h.start and h.end <= out[-1].end:
            continue  # the generic noun's own hit, now inside the name
        m = _KIND_OF.match(doc.low, h.end)
        out.append(h if m is None else h._replace(end=m.end()))
    return out


def _used_once(doc: Doc, h: Hit, s0: int, s1: int) -> bool:
    """_used, once per weapon hit and article (every draft that reads its sentence asks)."""
    return doc.once(("weapon_used", h), _used, doc, h, s0, s1)


def _name_start(doc: Doc, h: Hit, s0: int) -> int:
    """Start of the weapon's name with the words that tell its kind: its strength or size, its calibre."""
    return _calibre_start(doc, h, _modified_start(doc, h.start, h.end, s0), s0)


# "car loaded with [about] [200 kg of] dynamite": the vehicle, its participle, and the charge's size before the
# explosive
_LADEN = re.compile(r"\b([a-z]+(?:[ \t\n]+truck)?)([ \t\n]+bomb)?[ \t\n]+([a-z]+)[ \t\n]+with[ \t\n]+"
                    r"(?:(?:about|over|some|almost|nearly|more[ \t\n]+than|at[ \t\n]+least)[ \t\n]+)?"
                    r"(?:[0-9][0-9,.]*[ \t\n]*(?:kg|kilos?|kilograms?|pounds?|lbs?|tons?|tonnes?)[ \t\n]+of[ \t\n]+)?$")


# "an explosives-laden car", "a bomb-rigged truck": the charge told before the vehicle, in one compound
_LADEN_COMPOUND = re.compile(r"-([a-z]+)[ \t\n]+([a-z]+(?:[ \t\n]+truck)?)\b")


def _laden_vehicles(doc: Doc, hits: list[Hit], s0: int) -> list[Hit]:
    """An explosive a vehicle is loaded with makes one vehicle bomb, named from the vehicle on ("a car loaded with
    200 kg of dynamite", "a van packed with explosives", "an explosives-laden car"); the charge of a "car bomb
    loaded with dynamite" is that car bomb's, already named."""
    sets = lexicon().sets
    out: list[Hit] = []
    for h in hits:
        m = _LADEN.search(doc.low, max(s0, h.start - 80), h.start) if h.payload == "explosives" else None
        compound = _LADEN_COMPOUND.match(doc.low, h.end) if h.payload == "explosives" else None
        if compound is not None and " ".join(compound.group(2).split()) in sets["laden_vehicles"] \
                and compound.group(1) in sets["laden_participles"]:
            out.append(h._replace(end=compound.end(), payload="vehicle_bomb"))  # "an explosives-laden car"
        elif m is None or m.end() != h.start or " ".join(m.group(1).split()) not in sets["laden_vehicles"] \
                or m.group(3) not in sets["laden_participles"]:
            out.append(h)
        elif not m.group(2):
            out.append(h._replace(start=m.start(1), payload="vehicle_bomb"))
    return out


_WORD_BEFORE = re.compile(r"([a-z][a-z-]*)\s+$")


def _modified_start(doc: Doc, start: int, end: int, s0: int) -> int:
    """Start of the weapon's name with its strength or size words ("a very powerful bomb", "high-power
    explosives"): the reporter's words name that weapon, not any bomb."""
    sets = lexicon().sets
    if doc.low[start:end] not in sets["weapon_modified_heads"]:
        return start
    m = _WORD_BEFORE.search(doc.low, s0, start)
    if m is None or m.group(1) not in sets["weapon_modifiers"]:
        return start
    new = m.start(1)
    m = _WORD_BEFORE.search(doc.low, s0, new)
    if m is not None and m.group(1) in sets["weapon_intensifiers"]:
        new = m.start(1)
    return new


# "9-mm pistol", ".22 caliber gun", "60-mm mortars": a calibre right before a gun or tube names its kind
_CALIBRE = re.compile(r"(?:\.|\b)[0-9]+(?:[.,][0-9]+)?[ -]?(?:mm|millimeter|millimetre|caliber|calibre)[ -]?$")
_COORDINATED = re.compile(r"(?:,|\band|\bor)\s*$")
_CALIBRED = frozenset(["firearms", "mortar", "rocket"])


def _calibre_start(doc: Doc, h: Hit, start: int, s0: int) -> int:
    """Start of the weapon's name with its calibre before it: the calibre tells which gun, not any gun."""
    if start != h.start or h.payload not in _CALIBRED:
        return start
    m = _CALIBRE.search(doc.low, max(s0, start - 20), start)
    if m is None or m.end() != start or _COORDINATED.search(doc.low, max(s0, m.start() - 6), m.start()):
        return start  # "90-mm, 60-mm, and 81-mm mortars": the bare noun names all the calibres listed
    return m.start()


def _modifies_set_aside(doc: Doc, h: Hit, dead: list[tuple[int, int]]) -> bool:
    """"carried out various bomb attacks", "the targets of dynamite attacks": a weapon that only qualifies an
    attack word set aside (an aggregate, a kind of act) names no weapon of one incident."""
    nxt = doc.hits_in("trigger", h.end, h.end + 2)
    return bool(nxt) and not doc.text[h.end:nxt[0].start].strip(" -\n") and in_zones(dead, nxt[0].start)


def _qualifies_attack(doc: Doc, h: Hit) -> bool:
    """Is the weapon word only an adjunct of the attack noun right after it ("bomb explosions", "dynamite
    attack")?"""
    return any(t.payload[1] == "noun" and t.end > h.end
               and (t.start <= h.start or not doc.text[h.end:t.start].strip(" -\n"))  # "bomb attack": one phrase
               for t in doc.hits_in("trigger", h.start, h.end + 2))


# "material for making explosives", "chemicals to manufacture bombs": what is to be made is no weapon used yet
_MADE = re.compile(r"\b(?:for|to)[ \t\n]+(?:the[ \t\n]+)?(?:make|making|manufacture|manufacturing|production[ \t\n]+of|"
                   r"produce|producing)[ \t\n]+$")


def _used(doc: Doc, h: Hit, s0: int, s1: int) -> bool:
    """Is the weapon hit a weapon used in the attack, not rounds ("riddled with bullets"), a fuel that nothing
    pours ("a pipeline that carries gasoline") or arms taken or found ("stole 8 rifles", "found a rifle")?"""
    phrase = " ".join(doc.low[h.start:h.end].split())  # a line break inside a phrase is a space
    sets = lexicon().sets
    if phrase in sets["ammunition"] or _qualifies_noun(doc, h.end, s1) \
            or _MADE.search(doc.low, max(s0, h.start - 30), h.start):
        return False
    if phrase in sets["fuels"] and not doc.cues_in(max(s0, h.start - FUEL_WINDOW), min(s1, h.end + FUEL_WINDOW),
                                                   "dousing"):
        return False
    return not _taken(doc, h.start, s0) and not _taken_after(doc, h, s1) and not _names_series(doc, h, s0, s1)


# "over 30 bomb attacks", "at least 20 dynamite attacks": a number told only roughly counts a series
_ROUGH_COUNT = re.compile(r"\b(?:over|more[ \t\n]+than|at[ \t\n]+least|some|nearly|almost|about|around)[ \t\n]+"
                          r"[0-9][0-9,]*[ \t\n]+$")


def _names_series(doc: Doc, h: Hit, s0: int, s1: int) -> bool:
    """Does the weapon word only qualify a series of attacks counted vaguely ("carried out various bomb attacks",
    "over 30 bomb attacks")? A series names no weapon of the one incident told; "two bomb attacks" and "the bomb
    attacks" (counted or definite) may be the incident itself."""
    sets = lexicon().sets
    m = _NEXT_WORD.match(doc.low, h.end, s1)
    if m is None or m.group(1) not in sets["aggregate_attack_nouns"]:
        return False
    before = _WORD_BEFORE.search(doc.low, s0, h.start)
    if before is not None and before.group(1) in sets["aggregate_quantifiers"]:
        return True
    return _ROUGH_COUNT.search(doc.low, max(s0, h.start - 30), h.start) is not None or _in_series(doc, h, s0)


# "a series of Bogota dynamite attacks", "a wave of kidnappings, killings, and bomb attacks": the run's noun and "of",
# then at most a few words of one phrase (a place, a list of other acts) before the weapon word
_SERIES_OF = re.compile(r"\b([a-z]+)[ \t\n]+of((?:[ \t\n]+[a-z-]+,?){0,5})[ \t\n]+$")
_LIST_JOINERS = frozenset(["and", "or"])


def _in_series(doc: Doc, h: Hit, s0: int) -> bool:
    """Is the weapon word's attack noun one of a run of acts ("a series of dynamite attacks")? Not when a
    determiner, number or preposition between opens another phrase ("a series of threats and to two bomb
    attacks")."""
    m = _SERIES_OF.search(doc.low, max(s0, h.start - 80), h.start)
    if m is None or m.group(1) not in lexicon().sets["aggregate_series"]:
        return False
    numbers, stopwords = lexicon().numbers["words"], lexicon().stopwords
    words = [w.rstrip(",") for w in m.group(2).split()]
    return not any(w not in _LIST_JOINERS and (w in stopwords or w in numbers) for w in words)


_NEXT_WORD = re.compile(r"[ \t\n-]+([a-z]+)")


def _qualifies_noun(doc: Doc, end: int, s1: int) -> bool:
    """Does the weapon word only qualify the noun after it ("explosives experts", "the bomb squad")?"""
    m = _NEXT_WORD.match(doc.low, end, s1)
    return m is not None and m.group(1) in lexicon().sets["weapon_qualified_nouns"]


def _taken(doc: Doc, start: int, s0: int) -> bool:
    """Is the weapon at start what someone took or found ("the rebels stole 8 rifles", "police found a rifle",
    "took away his rifle"), with no attack, placing or firing told between the taking and the weapon ("captured
    him after he placed a bomb" keeps the bomb)?"""
    cues = doc.cues_in(max(s0, start - TAKEN_WINDOW), start, "arms_taken")
    if not cues:
        return False
    return not _used_between(doc, cues[-1].end, start)


# "30 rifles, ..., were seized", "grenades were found at the site": the passive of a taking verb after the arms
_PASSIVE_TAKEN = re.compile(r"[^.;:]*?\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?$")


def _taken_after(doc: Doc, h: Hit, s1: int) -> bool:
    """Are the arms at h the subject of a passive taking or finding told after them ("M-67 grenades were found at
    the site", "in all, 30 rifles were seized")?"""
    cues = doc.cues_in(h.end, min(s1, h.end + TAKEN_WINDOW), "arms_taken")
    if not cues or _PASSIVE_TAKEN.fullmatch(doc.low, h.end, cues[0].start) is None:
        return False
    return not _used_between(doc, h.end, cues[0].start)  # "the bomb exploded and two bodies were found"


def _used_between(doc: Doc, start: int, end: int) -> bool:
    """Is an attack, a placing or a firing told in [start, end): the arms were used, not only taken?"""
    return bool(doc.hits_in("trigger", start, end) or doc.cues_in(start, end, "placement")
                or doc.cues_in(start, end, "firing"))


def _tube(doc: Doc, h: Hit) -> Hit:
    """"Fired three mortar rounds": the rounds are what the weapon fires; the mortar is the weapon."""
    words = doc.low[h.start:h.end].split()
    if len(words) < 2 or words[-1] not in lexicon().sets["fired_rounds"]:
        return h
    return h._replace(end=h.start + len(words[0]))


_MODEL_GAP = re.compile(r"(?:-?[0-9]+)?[ \n-]*")  # "RPG" "-2 " "ROCKET LAUNCHERS": a model number the dictionary lacks


def _model_and_class(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """A weapon's model right before its class noun names one weapon ("RPG-7 rocket launchers", "an Uzi
    submachine gun", "M-16 rifle fire", "RPG-2 rocket launchers"): the two hits become one, spanning both."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.payload == h.payload and prev.end < h.start \
                and _MODEL_GAP.fullmatch(doc.text, prev.end, h.start):  # wire copy wraps lines anywhere
            out[-1] = prev._replace(end=h.end)
            continue
        out.append(h)
    return _coordinated_models(doc, out)


def _coordinated_models(doc: Doc, hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if out and _shares_class(doc, out[-1], h):
            out[-1] = out[-1]._replace(end=h.end)
            continue
        out.append(h)
    return out


_BARE_MODEL = re.compile(r"[a-z]+-?[0-9]+")  # "ak-47", "m-16", "rpg-7": a model's name alone
_AND = re.compile(r"\s+and\s+")


def _shares_class(doc: Doc, first: Hit, second: Hit) -> bool:
    """"AK-47 and M-16 assault rifles": a bare model coordinated with a model told with its class noun shares that
    noun, one set of arms named by one phrase."""
    words = doc.low[second.start:second.end].split()
    return first.payload == second.payload and len(words) > 1 and _BARE_MODEL.fullmatch(words[0]) is not None \
        and _BARE_MODEL.fullmatch(doc.low, first.start, first.end) is not None \
        and _AND.fullmatch(doc.low, first.end, second.start) is not None


def _objects(doc: Doc, draft: Draft, dead: Zones, kept: tuple[Zones, Zones]) -> tuple[list[dict], list[dict], dict]:
    """The things the incident hit, its victims and its casualty totals."""
    own, more_things = _own_fillers(doc, draft, dead, kept)
    targets = [doc.span(f.span.start, f.span.end) for _, f in own if f.kind == "target"]
    victims = [_victim(doc, f) for _, f in own if f.kind not in ("count", "total", "target")]
    if targets or victims:  # "A FIRE BROKE OUT AND THE INSTALLATION WAS COMPLETELY GUTTED" after the attack
        targets += [t for t in more_things if all(t["text"].lower() != o["text"].lower() for o in targets)]
    return _longest_spans(targets), victims, _tally(doc, own).totals()


def _own_fillers(doc: Doc, draft: Draft, dead: Zones,
                 kept: tuple[Zones, Zones]) -> tuple[list[tuple[int, Filler]], list[dict]]:
    """The fillers the incident owns, each phrase once, with its sentence; and the things hit that the sentence
    right after the telling names (worth keeping only once the incident hit something)."""
    told = set(draft.read_with_support())
    # the sequel is read for victims only, and not where an attack word was set aside ("killed in clashes");
    # the sentence right after the telling also for the things the incident hit, once it hit something
    sequel = [s for s in draft.sequel if not zones_meet(dead, *doc.sentences[s])]
    after = max(told) + 1
    naming = draft.naming_gap()
    seen: set[str] = set()
    own: list[tuple[int, Filler]] = []
    more_things: list[dict] = []
    # a sentence between may name the victims too; one that goes on with the story, what the attack hit
    for s in dict.fromkeys(draft.read_between() + sequel + draft.story):
        for f in objects_in(doc, s):
            # "The death toll later rose to 15": the sequel's toll is the incident's, unless a war's running one
            updated = f.kind == "total" and not running_toll(doc, f.span.start, f.count or 0)
            if s in draft.sequel and f.kind != "victim" and not updated and s not in draft.between \
                    and s not in draft.story:
                if f.kind == "target" and s == after and draft.owns(s, f.span.start) \
                        and not in_zones(dead, f.span.start):
                    more_things.append(doc.span(f.span.start, f.span.end))
                continue
            if s not in told and s not in draft.sequel and f.kind != "target" and not (s in naming and f.named):
                continue  # a victim or toll between the incident's sentences is too often another's
            if _set_aside(draft, s, f.span.start, dead, kept) or not draft.owns(s, f.span.start):
                continue
            key = f.kind + doc.low[f.span.start:f.span.end]
            if key not in seen:
                seen.add(key)
                own.append((s, f))
    return own, more_things


def _victim(doc: Doc, f: Filler) -> dict:
    """A victim span with what the later steps weigh: named or described, how many, what befell them."""
    counted = f.count if f.effect in ("killed", "wounded", "kidnapped") else None
    if f.subset:
        counted = f.count or 0  # "killing 41 people, most of them students": the students are victims
    return {**doc.span(f.span.start, f.span.end), "_named": f.named, "_count": counted, "_effect": f.effect}


def _tally(doc: Doc, own: list[tuple[int, Filler]]) -> CasualtyTally:
    """The casualties the incident's fillers count, in reading order: counts told, tolls, victims with a number,
    and each named person once under every form of the name."""
    tally = CasualtyTally()
    seen_names: dict[str, list[list[str]]] = {}
    for s, f in own:
        ev = (f.span.start, f.span.end)
        if f.kind == "count":
            if not running_toll(doc, f.span.start, f.count or 0):
                tally.described(f.effect, s, f.count or 0, ev, f.added)
        elif f.kind == "total":
            tally.toll(f.effect, f.count or 0, ev)
        elif f.kind == "victim" and f.effect in ("killed", "wounded") and f.count is not None:
            if not f.named:
                if not running_toll(doc, f.span.start, f.count):  # "the war has killed 15,000 people"
                    tally.described(f.effect, s, f.count, ev, f.added)
            elif not _named_again(doc.low[f.span.start:f.span.end], f.effect, seen_names):
                tally.person(f.effect, s, f.count, ev)  # not "Pablo Ruiz Ortega ... the murder of Ruiz Ortega"
    return tally


def _weapon_named(target: dict, weapons: list[dict]) -> bool:
    """Is a target the incident's weapon ("rammed an explosives-laden car into X")? The car is the bomb's carrier,
    not what it hit."""
    return any(w["start"] <= target["start"] and target["end"] <= w["end"] for w in weapons)


def _set_aside(draft: Draft, s: int, pos: int, dead: Zones, kept: tuple[Zones, Zones]) -> bool:
    """Does pos lie where an attack word was set aside? The object of a noun set aside for an aggregate cue alone
    (find_anchors) is kept in a sentence the incident is told in. in_zones bisects (digests of many mentions)."""
    firm, objects = kept
    return in_zones(dead, pos) and (s not in draft.read() or not in_zones(objects, pos) or in_zones(firm, pos))


def _named_again(name: str, effect: str, seen: dict[str, list[list[str]]]) -> bool:
    """Is a person named for effect the one already counted under a longer or shorter form of the name
    ("Pablo Ruiz Ortega", later "Ruiz Ortega", the first surname alone, "Ruiz", or the given name and first surname,
    "Pablo Ruiz")? Same-surname relatives ("Ana Ruiz", "Pablo Ruiz") are not."""
    words = name.split()
    for other in seen.setdefault(effect, []):
        short, long_ = sorted((words, other), key=len)
        if long_[len(long_) - len(short):] == short or (len(short) == 1 and short[0] in long_[1:]) \
                or (len(short) > 1 and long_[:len(short)] == short):
            return True
    seen[effect].append(words)
    return False


def _longest_spans(spans: list[dict]) -> list[dict]:
    """Overlapping readings of one phrase ("unidentified office", "unidentified office of agriculture"): the longest."""
    out: list[dict] = []
    for sp in sorted(spans, key=lambda x: x["start"] - x["end"]):
        if not any(sp["start"] < o["end"] and o["start"] < sp["end"] for o in out):
            out.append(sp)
    return sorted(out, key=lambda x: x["start"])


def _role(doc: Doc, draft: Draft, index: int) -> str:
    """The article's first incident is what it reports unless it is months old (a trial, an anniversary: the
    attack is context); a later one is background once older than BACKGROUND_AFTER_DAYS."""
    if draft.date is None:
        return "reported"
    d = draft.date
    pub = doc.published
    if index == 0:
        return "background" if (pub - last_day(d)).days > LEAD_BACKGROUND_AFTER_DAYS else "reported"
    if d.precision == "day":
        age = (pub - datetime.date.fromisoformat(d.value)).days
        return "background" if age > BACKGROUND_AFTER_DAYS else "reported"
    if d.precision == "month":
        return "background" if d.value != f"{pub.year:04d}-{pub.month:02d}" else "reported"
    return "background" if d.value != str(pub.year) else "reported"


def _refined(doc: Doc, draft: Draft, location: dict, countries: Counter) -> dict:
    """A country-level location made precise by a town of that country named where a support sentence
    tells the same attack ("a base in Jordan ... The drone hit the outpost known as Tower 22")."""
    for s in draft.support[:MAX_SENTENCES_READ]:
        found = [m for m in place_rules.mentions_in(doc, *doc.sentences[s], countries)
                 if m.place.kind == "city" and m.place.country == location["country"]]
        if found:
            better, _ = place_rules.choose(doc, found, s)
            if better is not None:
                return better
    return location


def _no_casualties(doc: Doc, draft: Draft) -> Hit | None:
    """"No casualties were reported", in the incident's sentences or the NO_CASUALTY_REACH right after them, as
    long as no attack word between starts another telling ("Jets struck ... Air defences intercepted most of
    the missiles. There were no casualties.")."""
    if not doc.cues_in(0, len(doc.text), "no_casualties"):
        return None  # most articles say nothing of the kind: no sentence to look at
    for s in sorted(set(draft.sentences + draft.support)):
        cues = doc.cues_in(*doc.sentences[s], "no_casualties")
        if cues:
            return cues[0]
    last = max(draft.sentences)
    for s in range(last + 1, min(len(doc.sentences), last + 1 + NO_CASUALTY_REACH)):
        cues = doc.cues_in(*doc.sentences[s], "no_casualties")
        if cues:
            return cues[0]
        if doc.hits_in("trigger", *doc.sentences[s]):
            break
    return None


def _assemble(doc: Doc, draft: Draft, index: int, article_id: str, countries: Counter,
              dead: Zones, kept: tuple[Zones, Zones]) -> dict | None:
    """The incident dict of a draft, or None below MIN_CONFIDENCE: the fields the confidence does not weigh (the
    attackers as people, "no casualties") are read only for an incident that is kept (one draft in six is not)."""
    weapons = _weapons(doc, draft, dead)
    perp, claim_ev, state_subject = perpetrator(doc, draft, countries)
    atype, type_span = _attack_type(draft.types, weapons, perp["kind"] == "state" and state_subject)
    targets, victims, casualties = _objects(doc, draft, dead, kept)
    targets = [t for t in targets if not _weapon_named(t, weapons)]
    location, launch = _location(doc, draft, countries)
    confidence = _confidence(draft, perp, location, victims, targets, weapons)
    if confidence < MIN_CONFIDENCE:
        return None
    occurred, precision, date_evidence = _occurred(doc, draft)
    killed, wounded, toll_evidence = _tolls(doc, draft, casualties)
    evidence = {"attack_type": doc.span(*type_span), **date_evidence, **toll_evidence}
    if claim_ev:
        evidence["claim"] = claim_ev[0]
    perp, people = _attackers(doc, draft, perp, countries)
    return {
        "incident_id": _incident_id(article_id, draft),
        "article_id": article_id,
        "role": _role(doc, draft, index),
        "attack_type": atype,
        "occurred_on": occurred,
        "date_precision": precision,
        "perpetrator": perp,
        "perpetrator_individuals": people,
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


def _location(doc: Doc, draft: Draft, countries: Counter) -> tuple[dict | None, dict | None]:
    """Where the attack was and where it was launched from, as the incident's sentences place it."""
    mentions = [m for s in draft.read() for m in place_rules.mentions_in(doc, *doc.sentences[s], countries)]
    location, launch = place_rules.choose(doc, mentions, draft.anchors[0].sent)
    if location is not None and location["place"] is None:
        location = _refined(doc, draft, location, countries)
    return location, launch


def _occurred(doc: Doc, draft: Draft) -> tuple[str, str, dict]:
    """The date, its precision and its evidence; the publication day when the article dates nothing."""
    if draft.date is None:
        return doc.published.isoformat(), "day", {}
    return draft.date.value, draft.date.precision, {"occurred_on": doc.span(draft.date.start, draft.date.end)}


def _tolls(doc: Doc, draft: Draft, casualties: dict) -> tuple[int | None, int | None, dict]:
    """Killed and wounded with their evidence; "no casualties" told makes a toll not counted zero."""
    killed = wounded = None
    evidence: dict[str, dict] = {}
    if "killed" in casualties:
        killed = casualties["killed"][0]
        evidence["killed"] = doc.span(*casualties["killed"][1])
    if "wounded" in casualties:
        wounded = casualties["wounded"][0]
        evidence["wounded"] = doc.span(*casualties["wounded"][1])
    none_hit = _no_casualties(doc, draft)
    if none_hit is not None:
        killed = 0 if killed is None else killed
        wounded = 0 if wounded is None else wounded
        evidence.setdefault("killed", doc.span(none_hit.start, none_hit.end))
    return killed, wounded, evidence


def _attackers(doc: Doc, draft: Draft, perp: dict, countries: Counter) -> tuple[dict, list[dict]]:
    """The perpetrator made precise by the attackers named as people, and those people."""
    people = individuals(doc, draft, perp["mentions"])
    perp = with_attackers_group(doc, perp, people, countries)
    # a unit the text names ("troops of the X Battalion") outranks the state forces read from "soldiers"
    perp = with_forces_of_men(doc, with_unit(doc, draft, perp, people), people, countries)
    return with_bare_names(doc, perp), people


def _incident_id(article_id: str, draft: Draft) -> str:
    """Stable across runs: the article and the first anchor's offsets; a long article id is left out."""
    first = draft.anchors[0]
    digest = hashlib.sha1(f"{article_id}:{first.start}:{first.end}".encode()).hexdigest()[:16]
    return f"{article_id}:{digest}" if len(article_id) < 60 else digest


def _confidence(draft: Draft, perp: dict, location, victims, targets, weapons) -> float:
    score = 0.4
    score += 0.15 if any(a.role == "verb" for a in draft.anchors) else 0.0
    score += 0.1 if draft.date is not None else 0.0
    score += 0.1 if location else 0.0
    score += 0.1 if victims or targets else 0.0
    score += 0.05 if weapons else 0.0
    score += {"claimed": 0.1, "attributed": 0.05, "suspected": 0.0}.get(perp["claim"], 0.0)
    return round(min(score, 0.99), 2)
