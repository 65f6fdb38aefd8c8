"""Attack triggers that assert an attack (anchors), and the dead zones around those that do not."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from streams.extract import actors as actor_rules
from streams.extract.brackets import TRANSCRIBED
from streams.extract.document import Doc
from streams.extract.fillers import objects_in
from streams.extract.numbers import count_from_words
from streams.extract.phrases import s_plural
from streams.extract.places import TARGETWARD
from streams.extract.resources import lexicon
from streams.extract.scan import Hit
from streams.extract.thresholds import (AGENT_REACH, AGGREGATE_WINDOW, CESSATION_WINDOW, COMBAT_WINDOW,
                                        DENIAL_WINDOW, HARMLESS_WINDOW, HEARD_WINDOW, INTENT_WINDOW, LEGAL_WINDOW,
                                        MASS_COUNT, NEGATION_PHRASE_REACH, NEGATION_WINDOW, PLACEMENT_WINDOW,
                                        RETOLD_REACH, STATISTIC_COUNT, STATISTIC_EVENTS)


_PLURAL_NOUN_TRIGGERS = frozenset(["attacks", "bombings", "killings", "murders", "assassinations", "kidnappings",
                                   "explosions", "rocket attacks", "drone attacks", "drone strikes", "air strikes",
                                   "airstrikes", "air raids", "missile strikes", "strikes", "raids"])


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
    # a participle describing its noun ("the kidnapped persons", "the seized documents"): it adds to an attack
    # told nearby but is never one on its own, not even beside a named person
    described: bool = False
    # attacks in the plural with no day of their own ("the attacks", "terrorist attacks"): they refer back to an
    # attack told before, or name many; with nothing before them to refer to they open no incident
    many: bool = False


Zones = list[tuple[int, int]]


def find_anchors(doc: Doc, countries: Counter) -> tuple[list[Anchor], Zones, Zones, Zones]:
    """Triggers that assert an attack; the dead zones around those that do not; the firm part of those zones; and
    the objects of attack nouns set aside only for a loose reason, an aggregate cue before them or a bare plural of
    people after them ("many people witnessed the shooting of X", "the assassination of priests X and Y"): the cue
    may belong to another phrase and the plural be a title, so a sentence that tells an incident still names its
    victims there (zones disjoint, in order)."""
    out, dead, firm, objects = [], [], [], []
    last_dead: Hit | None = None
    for hit in doc.hits.get("trigger", []):
        if hit.start < doc.dateline_end:
            continue
        sent = doc.sentence_of(hit.start)
        s0, s1 = doc.sentences[sent]
        retold = _retold_victims(doc, last_dead, hit, s0)
        if retold or filtered(doc, hit, hit.payload[0], s0, s1):
            zone = (max(s0, hit.start - 10), min(s1, hit.end + 30))
            dead.append(zone)
            if not retold and _loosely_set_aside(doc, hit, s0, s1):
                objects.append((hit.end, zone[1]))
            else:
                firm.append(zone)
            last_dead = hit
            continue
        anchor = _anchor(doc, hit, sent, countries)
        if anchor is not None:
            out.append(anchor)
    return _with_other_anchors(doc, out), merged_zones(dead), merged_zones(firm), merged_zones(objects)


def _loosely_set_aside(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """Is an attack noun set aside only for an aggregate cue before it or a bare plural after it, so that its
    object may still be an incident's victim or target?"""
    return _one_attacks_object(doc, hit) and not filtered(doc, hit, hit.payload[0], s0, s1, loose=False) \
        and not _aggregate_of_others(doc, hit, s0)


def _anchor(doc: Doc, hit: Hit, sent: int, countries: Counter) -> Anchor | None:
    """The anchor a trigger that survived the filters makes: its role read again from the words around it (a
    seized vehicle, an agent's casualty, a progressive verb, a demoted or attributive use); None for a strike
    that is no attack."""
    atype, role = hit.payload
    s0, s1 = doc.sentences[sent]
    if role == "weak" and _seized_vehicle(doc, hit, s1):
        return Anchor(hit.start, hit.end, "hijacking", "verb", sent, False)
    if role == "weak" and _agent_casualty(doc, hit, s0, s1):
        return Anchor(hit.start, hit.end, atype, "verb", sent, False)
    phrase = doc.low[hit.start:hit.end]
    if role == "noun" and _progressive_verb(doc, hit, phrase, s0):
        role = "verb"  # "soldiers were shelling rebel positions": the -ing form after "were" is a verb
    if role == "weak" or _demoted(doc, hit, phrase, role, s0, s1):
        described = role != "noun" and _attributive(doc, hit, phrase, s0, s1)
        return Anchor(hit.start, hit.end, atype, "weak", sent, True, described)
    prev = doc.low[max(s0, hit.start - 12):hit.start].split()
    anaphoric = role == "noun" and bool(prev) and prev[-1] in lexicon().sets["anaphora"]
    if atype == "other" and not _real_strike(doc, hit, phrase, prev, s0, s1, countries):
        return None
    plural = role == "noun" and phrase in _PLURAL_NOUN_TRIGGERS
    # "the attacks" without a date of their own refer back, or are an aggregate
    return Anchor(hit.start, hit.end, atype, role, sent, anaphoric or (plural and not doc.dates_in(s0, s1)),
                  many=plural and _bare_plural(doc, hit, s0) and not _own_day(doc, hit, s0, s1))


def _with_other_anchors(doc: Doc, out: list[Anchor]) -> list[Anchor]:
    """The trigger anchors with the attacks told otherwise (through their weapon, hostages taken, bodies found),
    in text order."""
    out.extend(_placement_anchors(doc, out))
    told = {a.sent for a in out if a.role != "weak"}
    out.extend(a for a in _hostage_anchors(doc) if a.sent not in told)  # a sentence's own trigger keeps its type
    out.extend(a for a in _body_anchors(doc) if a.sent not in told)
    out.sort(key=lambda a: a.start)
    return out


def _one_attacks_object(doc: Doc, hit: Hit) -> bool:
    """"The shooting of", "an attack on": a singular attack noun with its object after it (not "several attacks on",
    which the aggregate cue before it really counts)."""
    return hit.payload[1] == "noun" and doc.low[hit.start:hit.end] not in _PLURAL_NOUN_TRIGGERS \
        and _OBJECT_AFTER.match(doc.low, hit.end) is not None


def _aggregate_of_others(doc: Doc, hit: Hit, s0: int) -> bool:
    """"A series of attacks that began with the murder of X": an aggregate cue before the noun that goes with
    another attack word between them counts those attacks, and the noun is one of them."""
    cues = _cues_near(doc, max(s0, hit.start - AGGREGATE_WINDOW), hit.start, "aggregate")
    return any(t.end <= hit.start for c in cues for t in doc.hits_in("trigger", c.end, hit.start))


_OBJECT_AFTER = re.compile(r"\s+(?:of|on|against)\s")  # "the shooting of X", "the attack on X"


def _bare_plural(doc: Doc, hit: Hit, s0: int) -> bool:
    """"Terrorist attacks", "attacks against universities": attacks in the plural with no article, possessive or
    number before them (modifiers allowed) and no "of" after them name a kind of event, not attacks told ("the
    attacks", "its attacks", "two attacks", "the murders of X and Y" are particular)."""
    if doc.low.startswith(" of ", hit.end):
        return False
    for w in reversed(doc.low[max(s0, hit.start - 40):hit.start].split()[-3:]):
        w = w.strip("\"'([")
        if w in _DETERMINERS or w.endswith("'s") or count_from_words([w]) is not None:
            return False
        if not w.isalpha() or w in lexicon().stopwords:
            return True  # the phrase starts after a preposition, a verb or a comma
    return True


def _progressive_verb(doc: Doc, hit: Hit, phrase: str, s0: int) -> bool:
    """"Were shelling", "had been bombing": an -ing trigger listed as a noun is the verb of a past progressive
    ("have been bombing the city for weeks" is a campaign still going on)."""
    if " " in phrase or not phrase.endswith("ing"):
        return False
    before = doc.low[max(s0, hit.start - 14):hit.start].split()[-2:]
    return before[-1:] in (["was"], ["were"]) or before == ["had", "been"]


def _retold_victims(doc: Doc, noun: Hit | None, hit: Hit, s0: int) -> bool:
    """"referring to the massacre of six priests who were killed by soldiers": the relative clause on the
    victims of an attack noun that is not told (a topic, a trial, a demand) retells that attack; it is not
    told there either."""
    if noun is None or noun.start < s0 or hit.payload[1] != "verb" or hit.start - noun.end > RETOLD_REACH:
        return False
    return _OF_WHO_WERE.match(doc.low, noun.end, hit.start) is not None


_OF_WHO_WERE = re.compile(r"\s+of\s+[^,;.()]*?\b(?:who|that|which)\s+"
                          r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+$")


def _agent_casualty(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"A roadside bomb wounded three soldiers", "were injured by gunmen": a wounding done by a weapon or by
    attackers is an attack of its own; on its own "wounded" is mostly the toll of an attack told already."""
    if doc.low[hit.start:hit.end] not in lexicon().sets["agent_casualty"]:
        return False
    for category in ("weapon", "perp"):
        before = doc.hits_in(category, max(s0, hit.start - AGENT_REACH), hit.start)
        if before and _agent_gap(doc.text[before[-1].end:hit.start]) \
                and not actor_rules.BE_FORMS.intersection(doc.low[before[-1].end:hit.start].split()):
            return True  # not "two gunmen were wounded": there they are the ones hit
    by = _BY.match(doc.low, hit.end, min(s1, hit.end + AGENT_REACH))  # wire copy wraps lines anywhere: "BY\nGUERRILLAS"
    if by is None:
        return _done_with_weapon(doc, hit, s1)
    return any(_agent_gap(doc.text[by.end():h.start])
               for category in ("weapon", "perp") for h in doc.hits_in(category, hit.end, hit.end + AGENT_REACH))


def _done_with_weapon(doc: Doc, hit: Hit, s1: int) -> bool:
    """"A BRIDGE HAS BEEN PARTIALLY DESTROYED WITH DYNAMITE", "WOUNDED WITH A MACHETE": the weapon that did it,
    right after the verb, makes an attack of its own as an agent does."""
    with_ = _WITH.match(doc.low, hit.end, min(s1, hit.end + AGENT_REACH))
    return with_ is not None and any(_agent_gap(doc.text[with_.end():h.start])
                                     for h in doc.hits_in("weapon", with_.end(), with_.end() + AGENT_REACH))


_WITH = re.compile(r"\s+with\s+")


_BY = re.compile(r"\s+by\s+")


def _seized_vehicle(doc: Doc, hit: Hit, s1: int) -> bool:
    """"Seized the Galaxy Leader cargo ship", "seized a bus carrying pilgrims": a vehicle taken is a hijacking,
    unless the police or the authorities took it."""
    if doc.low[hit.start:hit.end] != "seized":
        return False
    s0 = doc.sentences[doc.sentence_of(hit.start)][0]
    if lexicon().sets["seizing_authorities"].intersection(doc.low[max(s0, hit.start - 40):hit.start].split()):
        return False
    words = [w.strip(",.") for w in doc.low[hit.end:min(s1, hit.end + 50)].split()[:6]]
    vehicles = lexicon().sets["seized_vehicles"]
    return bool(words) and words[0] in ("a", "an", "the", "two", "three") and any(w in vehicles for w in words)


def _agent_gap(gap: str) -> bool:
    """A few words, no clause break, between an agent and its verb ("bomb wounded", "gunmen on motorcycles
    wounded", "wounded by a roadside bomb")."""
    return not any(ch in gap for ch in ",;:.") and len(gap.split()) <= 3


def _demoted(doc: Doc, hit: Hit, phrase: str, role: str, s0: int, s1: int) -> bool:
    """Named, not told: "explosions were heard", "the kidnapped persons". Such a word adds to an incident
    told around it but opens none of its own."""
    if _asked(doc, hit, s1):
        return True
    if role == "noun":
        return "heard" in _cue_kinds(doc, s0, s1) and bool(
            doc.cues_in(max(s0, hit.start - HEARD_WINDOW), min(s1, hit.end + HEARD_WINDOW), "heard"))
    if role == "verb" and doc.low[max(s0, hit.start - 6):hit.start] == "those " and phrase in _PEOPLE_PARTICIPLES:
        return True  # "among those killed in the blast": the victims of an attack told nearby
    return role == "verb" and _attributive(doc, hit, phrase, s0, s1)


_PEOPLE_PARTICIPLES = frozenset(["killed", "wounded", "injured", "kidnapped", "abducted", "hurt", "taken"])


_PEOPLE_DETERMINERS = frozenset(["these", "those"])


def _a_daily(doc: Doc, cue: Hit) -> bool:
    """"Daily" as a noun, a newspaper ("threw a bomb at the morning daily's office"), tells no habit."""
    if doc.low[cue.start:cue.end] != "daily":
        return False
    before = doc.low[max(0, cue.start - 12):cue.start].split()
    return doc.low.startswith("'s", cue.end) or before[-1:] in (["the"], ["morning"], ["evening"], ["a"])


def _people_pronoun(doc: Doc, cue: Hit) -> bool:
    """"those killed", "those who were kidnapped", "those who massacred": 'those' stands for people hit or for
    the people who did it, not for a set of attacks."""
    word = doc.low[cue.start:cue.end]
    after = [w.strip(",.") for w in doc.low[cue.end:cue.end + 30].split()]
    if word in _PEOPLE_DETERMINERS and after and after[0] in lexicon().sets["victim_nouns"]:
        return True  # "shortly before the release of these policemen, the ELN kidnapped X": people, not attacks
    if word != "those":
        return False
    if after[:1] == ["who"]:  # "those who were kidnapped", "those who this morning massacred six priests"
        return any(w.endswith("ed") for w in after[1:4])  # not "those who like throwing bombs": a kind of people
    return bool(after) and after[0] in _PEOPLE_PARTICIPLES


_EXAMPLE = re.compile(r"\b(?:such as|like|including|in particular|particularly)\s+(?:the|a|an)\s+(?:[a-z'-]+\s+){0,2}$")


def _example(doc: Doc, cue: Hit, hit: Hit) -> bool:
    """"Terrorist actions such as the attack on the union's headquarters": the set is named, then one attack
    in it, as an example of its own."""
    return _EXAMPLE.search(doc.low, cue.start, hit.start) is not None


_SENTENCE_END = re.compile(r"[.?!]")


def _asked(doc: Doc, hit: Hit, s1: int) -> bool:
    """"Do you think this attack was committed by ...?": a question asks, it does not tell."""
    end = _SENTENCE_END.search(doc.text, hit.end, s1 + 1)
    return end is not None and end.group() == "?"


_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"])
# "the release of kidnapped persons", "the families of murdered journalists": after "of" too, a participle before
# its noun describes the people; no act is told
_ATTRIBUTIVE_BEFORE = _DETERMINERS | {"of"}


def _attributive(doc: Doc, hit: Hit, phrase: str, s0: int, s1: int) -> bool:
    """A participle between a determiner and its noun ("the kidnapped persons", "his burnt knee") describes
    the noun; the act it names is told elsewhere, if at all."""
    if " " in phrase or not phrase.endswith(("ed", "t", "en", "wn")):
        return False
    before = doc.low[max(s0, hit.start - 8):hit.start].split()
    if not before or before[-1] not in _ATTRIBUTIVE_BEFORE or doc.text[hit.start - 1] != " ":
        return False
    after = doc.low[hit.end:min(s1, hit.end + 30)]
    if not after.startswith(" "):
        return False  # "the kidnapped, ..." or "the kidnapped." is the participle as a noun
    words = [w.rstrip(".,;:?!\"')") for w in after.split()[:1]]  # "the kidnapped persons." ends on its noun
    return bool(words) and words[0].isalpha() and words[0] not in lexicon().stopwords


def merged_zones(zones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The zones as disjoint (start, end) spans in text order, covering the same positions: in_zones bisects."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(zones):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def in_zones(zones: list[tuple[int, int]], pos: int) -> bool:
    """Is pos inside one of the disjoint, ordered zones (find_anchors' dead zones)?"""
    i = bisect_right(zones, (pos, _FAR)) - 1
    return i >= 0 and pos < zones[i][1]


def zones_meet(zones: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the disjoint, ordered zones overlap [start, end)? The last zone to start before end ends last."""
    i = bisect_left(zones, (end,)) - 1
    return i >= 0 and zones[i][1] > start


_FAR = float("inf")  # sorts after every end: bisecting (pos, _FAR) finds the last zone starting at or before pos


_PLACED = ("explosives", "vehicle_bomb", "grenade", "incendiary")
# "fired rockets on Tuesday in response to a strike that killed a commander on Monday": the cause is an earlier
# attack with a day of its own (drafts read these links as clause ends too)
CAUSE_LINKS = (" in response to ", " in retaliation for ", " in revenge for ", " a day after ", " days after ",
               " hours after ", " weeks after ")


def _same_telling(doc: Doc, a: int, b: int) -> bool:
    """No cause link between positions a and b of one sentence."""
    lo, hi = min(a, b), max(a, b)
    starts, links = cause_links(doc)
    return not any(i + n <= hi for i, n in links[bisect_left(starts, lo):bisect_left(starts, hi)])


def cause_links(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Every cause link in the article as (start, length), sorted, with their starts: found once, not per clause."""
    return doc.once("cause_links", _cause_links, doc)


def _cause_links(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    links = sorted((i, len(c)) for c in CAUSE_LINKS for i in _starts(doc.low, c))
    return [i for i, _ in links], links


def _starts(low: str, phrase: str) -> list[int]:
    out, i = [], low.find(phrase)
    while i >= 0:
        out.append(i)
        i = low.find(phrase, i + 1)
    return out


# "took 20 students hostage", "took 251 hostages", "seized dozens of passengers as hostages": the taking, with
# the people taken between the verb and "hostage(s)" (the plain "took hostage" is a trigger of its own); a finite
# verb only: "escaped after taking a guard hostage" is background to something else
_TOOK_HOSTAGE = re.compile(r"\b(?:took|seized)\s+(?:[\w,-]+\s+){1,5}?(?:as\s+)?hostages?\b")


def _hostage_anchors(doc: Doc) -> list[Anchor]:
    """Hostage-takings told with the people between the verb and "hostage" (a regex over the text, no token loop)."""
    out: list[Anchor] = []
    if doc.low.find("hostage", doc.dateline_end) < 0:
        return out  # a plain find is ~50x cheaper than the regex over every word
    for m in _TOOK_HOSTAGE.finditer(doc.low, doc.dateline_end):
        sent = doc.sentence_of(m.start())
        s0, s1 = doc.sentences[sent]
        if m.end() > s1:
            continue
        fake = Hit(m.start(), m.end(), "trigger", ("kidnapping", "verb"))
        if not filtered(doc, fake, "kidnapping", s0, s1):
            out.append(Anchor(m.start(), m.end(), "kidnapping", "verb", sent, False))
    return out


def _body_anchors(doc: Doc) -> list[Anchor]:
    """A body found with the marks of a violent death ("two bodies, one with bullet wounds, were found in the
    town") tells a killing though no attack word does; a body found with no such mark may be an accident's."""
    out: list[Anchor] = []
    seen: set[int] = set()
    for cue in doc.cues_in(doc.dateline_end, len(doc.text), "corpse"):
        sent = doc.sentence_of(cue.start)
        s0, s1 = doc.sentences[sent]
        if sent in seen or not doc.cues_in(s0, s1, "found") or not doc.cues_in(s0, s1, "violent_death"):
            continue
        seen.add(sent)
        fake = Hit(cue.start, cue.end, "trigger", ("armed_assault", "verb"))
        if not filtered(doc, fake, "armed_assault", s0, s1):
            out.append(Anchor(cue.start, cue.end, "armed_assault", "verb", sent, False))
    return out


_FIRED = {"rocket": "rocket", "mortar": "rocket", "missile": "missile", "drone": "drone"}


def _placement_anchors(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """An attack told through its weapon: "placed a charge of dynamite", "set off a bomb", "fired two rockets"."""
    out = []
    anchored: dict[int, list[int]] = {}
    for a in found:
        if a.role != "weak":
            anchored.setdefault(a.sent, []).append(a.start)
    for w in doc.hits.get("weapon", []):
        if w.start < doc.dateline_end or (w.payload not in _PLACED and w.payload not in _FIRED):
            continue
        sent = doc.sentence_of(w.start)
        s0, s1 = doc.sentences[sent]
        kind = "placement" if w.payload in _PLACED else "firing"
        cues = doc.cues_in(max(s0, w.start - PLACEMENT_WINDOW), w.start, kind) \
            or [c for c in doc.cues_in(w.end, min(s1, w.end + 20), kind) if doc.low[c.start:c.end] != "sent"]
        # ("sent rockets into the town" fires them; "the missiles sent by X" were shipped)
        if not cues or any(_same_telling(doc, p, w.start) for p in anchored.get(sent, ())):
            continue  # told by a trigger of its own clause; one past "in response to" tells another attack
        atype = _FIRED.get(w.payload) or ("arson" if w.payload == "incendiary" else "bombing")
        cue = cues[-1]
        fake = Hit(cue.start, cue.end, "trigger", (atype, "verb"))
        if filtered(doc, fake, atype, s0, s1) or (_kind_of_act(doc, cue, w) and not _told_day(doc, s0, s1)):
            continue
        if _weapons_tallied(doc, fake, w, s0, s1):
            continue
        out.append(Anchor(min(cue.start, w.start), max(cue.end, w.end), atype, "verb", sent, False))
        anchored.setdefault(sent, []).append(w.start)
    return out


def _weapons_tallied(doc: Doc, cue: Hit, weapon: Hit, s0: int, s1: int) -> bool:
    """"The cartels have set off more than 260 bombs": weapons placed or fired counted by the hundred in the perfect,
    with no day, are a running tally of many attacks (a salvo of 100 rockets on Thursday is one)."""
    if cue.end > weapon.start or not _habitual_form(doc, cue) or _told_day(doc, s0, s1):
        return False
    return _statistic_count(doc.low[cue.end:weapon.start].split())


def _kind_of_act(doc: Doc, cue: Hit, weapon: Hit) -> bool:
    """"Placing bombs and perpetrating acts of terrorism", "the hurling of grenades": a gerund before weapons in the
    bare plural names a kind of act ("placing a bomb", "planting two bombs" tell one)."""
    verb = doc.low[cue.start:cue.end].split()[0]
    if not verb.endswith("ing") or cue.end > weapon.start:
        return False
    if doc.low[max(0, cue.start - 12):cue.start].split()[-1:] in _BE_BEFORE:
        return False  # "Hamas is firing rockets at Tel Aviv": a verb in the progressive, no gerund
    between = doc.low[cue.end:weapon.start].split()
    plural = doc.low[weapon.start:weapon.end].endswith("s")
    return plural and (not between or between == ["of"])


# noun triggers whose bare form is also a present-tense verb: "who attack the population", "the rebels persistently
# sabotage the power system" tell a habit
_PRESENT_VERB_NOUNS = frozenset(["attack", "sabotage"])


_BE_BEFORE = (["is"], ["are"], ["was"], ["were"], ["been"], ["be"])


def filtered(doc: Doc, hit: Hit, atype: str, s0: int, s1: int, loose: bool = True) -> bool:
    """Intentions, cessations, aggregates, negations, denials, trials, inquiries into many attacks, habits, kinds of
    act, hypotheticals, time references, combat, accidents, running tolls, fallen fighters, counted attacks and
    verbal attacks are not attacks."""
    kinds = _cue_kinds(doc, s0, s1)  # every window below lies in the sentence: a kind absent there is absent
    return (_not_done(doc, hit, kinds, s0, s1, loose) or _judicial_or_generic(doc, hit, kinds, s0, s1)
            or _combat_or_accident(doc, hit, atype, kinds, s0, s1)
            or _no_one_attack(doc, hit, atype, kinds, s0, s1, loose)
            or _running_toll(doc, hit, s0) or _perfect_participle_toll(doc, hit, s0) or _fighters_fell(doc, hit, s0, s1)
            or _counted_events(doc, hit, s0) or _habit(doc, hit)
            or (atype == "armed_assault" and _verbal(doc, hit, s0, s1))
            # "set fire to the vehicle involved": the authorities destroying evidence, not an attack
            or "evidence_objects" in kinds and bool(doc.cues_in(hit.end, min(s1, hit.end + 40), "evidence_objects")))


def _not_done(doc: Doc, hit: Hit, kinds: frozenset[str], s0: int, s1: int, loose: bool) -> bool:
    """Intended, ceased, aggregated, negated, denied or undone by a victim alive: no attack told as done."""
    if "intent" in kinds and _intended(doc, hit, s0):
        return True  # not "tried to attack": an attempt that failed is still an attack
    if "cessation" in kinds and _cue_near(doc, max(s0, hit.start - CESSATION_WINDOW),
                                          min(s1, hit.end + CESSATION_WINDOW // 2), "cessation"):
        return True
    if loose and "aggregate" in kinds and _aggregate_before(doc, hit, s0):
        return True
    if "aggregate_plural" in kinds and _many_told_as_one(doc, hit, s0, s1):
        return True
    if _bare_plural_attacks(doc, hit, s0, s1) or _time_reference(doc, hit, s0, s1):
        return True
    if "negation" in kinds and _negated(doc, hit, s0):
        return True
    if "denial" in kinds and _denied(doc, hit, s0):
        return True  # "the army denied that its planes had bombed the camp": the event itself is disputed
    return _alive_after(doc, hit, s1)  # "the pilot reported killed is alive and well": denied by its victim


def _judicial_or_generic(doc: Doc, hit: Hit, kinds: frozenset[str], s0: int, s1: int) -> bool:
    """Trials, inquiries into many attacks, generic and judged acts, kinds of act and ongoing ones: no one event."""
    if "legal" in kinds and doc.cues_in(max(s0, hit.start - LEGAL_WINDOW), hit.start, "legal"):
        return True  # "accused of killing", "the masterminds of the murder": a trial, not the attack
    if "inquiry" in kinds and doc.low[hit.start:hit.end] in _PLURAL_NOUN_TRIGGERS \
            and doc.cues_in(max(s0, hit.start - LEGAL_WINDOW), hit.start, "inquiry"):
        return True  # "an investigation into the killings": no one attack ("officers involved in the massacre of
        # six priests on 16 November" asks who did one attack that happened: it is told)
    if "inquiry" in kinds and "trial" in kinds and hit.payload[1] == "noun" \
            and doc.cues_in(max(s0, hit.start - LEGAL_WINDOW), hit.start, "inquiry") and not _told_day(doc, s0, s1):
        return True  # "that all those implicated in the murder of the archbishop be put on trial": a trial is told
    if "generic" in kinds and _generic(doc, hit, s0, s1) or _recalled_across_note(doc, hit, s0):
        return True  # "is killing our children", "acts of terrorism", "we remember the murder": no one event
    return _generic_subject(doc, hit, s0) or _judged_set(doc, hit) or _any_of_a_kind(doc, hit, s1) \
        or _ongoing(doc, hit, s0)


def _combat_or_accident(doc: Doc, hit: Hit, atype: str, kinds: frozenset[str], s0: int, s1: int) -> bool:
    """Deaths in combat (but for kidnappings, assassinations and suicide bombings) or in an accident."""
    if "combat" in kinds and atype not in ("kidnapping", "assassination", "suicide_bombing") \
            and _combat(doc, hit, s0, s1):
        return True
    # "killed in the crash": an accident, not an attack
    return atype == "armed_assault" and _cue_near(doc, max(s0, hit.start - 50), min(s1, hit.end + 50), "accident")


def _habit(doc: Doc, hit: Hit) -> bool:
    """A noun trigger used as a present-tense verb tells a habit: "who attack the population", "and then murder
    them" (not "tried to attack the mayor")."""
    low = doc.low
    trigger = low[hit.start:hit.end]
    if trigger not in _PRESENT_VERB_NOUNS and trigger not in _BARE_VERBS or _inside(doc, hit, "not_intent"):
        return False
    if trigger in _PRESENT_VERB_NOUNS and low[hit.end:hit.end + 5] in (" the ", " a ", " an ") \
            and low[max(0, hit.start - 4):hit.start] != "an " \
            and not low[max(0, hit.start - 5):hit.start].endswith(("the ", "a ")):
        return True
    return trigger in _BARE_VERBS \
        and [w.rstrip(".,;:?!\"')") for w in low[hit.end:hit.end + 12].split()[:1]] in _OBJECT_PRONOUNS


def _aggregate_before(doc: Doc, hit: Hit, s0: int) -> bool:
    """"A series of attacks", "these killings", "terrorism ... the murder": an aggregate cue shortly before."""
    return any(not _people_pronoun(doc, c) and not _example(doc, c, hit) and not _a_daily(doc, c)
               and not _new_clause_between(doc, c, hit) and not _attacking_crowd(doc, c)
               for c in _cues_near(doc, max(s0, hit.start - AGGREGATE_WINDOW), hit.start, "aggregate"))


def _attacking_crowd(doc: Doc, cue: Hit) -> bool:
    """"Hundreds of fighters stormed the camp", "dozens of gunmen": a count of attackers is one attack's force,
    not a count of attacks ("hundreds of civilians killed" still counts many)."""
    if doc.low[cue.start:cue.end] not in _CROWD_COUNTS:
        return False
    return any(p.start - cue.end <= 1 and p.payload for p in doc.hits_in("perp", cue.end, cue.end + 30))


_CROWD_COUNTS = frozenset(["hundreds of", "thousands of", "many", "numerous"])


# ", and", ", but", ";": a coordinated clause begins
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but)|;)\s+")


def _new_clause_between(doc: Doc, cue: Hit, hit: Hit) -> bool:
    """"Relations have been poor over the past few years, and the murder of the envoy is tied to this": an aggregate
    cue in the clause before one attack in the singular counts nothing of it (a list of plural attacks after ", and"
    may still be the series: "a series of bombings, and killings" is left to the cue)."""
    if doc.low[hit.start:hit.end] in _PLURAL_NOUN_TRIGGERS:
        return False
    return _CLAUSE_JOIN.search(doc.low, cue.end, hit.start) is not None


def _no_one_attack(doc: Doc, hit: Hit, atype: str, kinds: frozenset[str], s0: int, s1: int, loose: bool) -> bool:
    """Deaths in a crash, lists of abuses, aggregates told after the verb, metaphors, tolls by the thousand, a whole
    people or a bare plural of people as the object, denied subjects, harmless fire and police raids: no one attack."""
    if doc.low[hit.start:hit.end] in _OUTCOMES and _died_in_accident(doc, hit, kinds, s0, s1):
        return True
    if "abuses" in kinds and _listed_with_abuses(doc, hit, s0, s1):
        return True
    if "aggregate_after" in kinds and (any(not _a_daily(doc, c) for c in doc.cues_in(
            hit.end, min(s1, hit.end + AGGREGATE_WINDOW), "aggregate_after")) or _inside(doc, hit, "aggregate_after")) \
            and not _told_day(doc, s0, s1):
        return True  # "killed hundreds in the past few years", "killed 37 in two attacks over the weekend" (not
        # "in a series of attacks on Saturday in Gwoza": one time and place, one incident)
    if _spread_over_events(doc, hit, s1) and not _told_day(doc, hit.start, s1):
        return True  # "killed in attacks on Saturday" is one day's; "today the group said ... killed in massacres" not
    if _modifier(doc, hit):
        return True  # "members of the kidnapping ring", "assassination threats"
    if "figurative" in kinds and _inside(doc, hit, "figurative"):
        return True  # "a social explosion"
    if _mass_toll(doc, hit, s0, s1) or _collective_object(doc, hit, s1) or _negated_subject(doc, hit, s0):
        return True
    if _collective_subject(doc, hit, s0) and not _told_day(doc, s0, s1):
        return True
    if ((loose and _bare_plural_object(doc, hit, s1)) or _bare_plural_sufferers(doc, hit, s0)
            or _people_described(doc, hit, s0)
            or _plural_places(doc, hit, s1)) and not _told_day(doc, s0, s1):
        return True
    if _harmless(doc, hit, atype, kinds, s0, s1):
        return True
    if "police" in kinds and doc.low[hit.start:hit.end] in _SEARCHES \
            and doc.cues_in(max(s0, hit.start - 60), hit.start, "police"):
        return True  # "federal police raided a laboratory": a police operation
    if _raid_with_arrests(doc, hit, s0, s1):
        return True
    if "rioters" in kinds and doc.low[hit.start:hit.end] in _SEARCHES \
            and doc.cues_in(max(s0, hit.start - 60), min(s1, hit.end + 20), "rioters"):
        return True  # "the city was raided by looters", "the inmates raided the armory": a riot
    return doc.low[hit.start:hit.end] in _SEARCHES and _looting_told(doc, hit, s0)


def _looting_told(doc: Doc, hit: Hit, s0: int) -> bool:
    """"The looting began early this morning. ... the private houses which were raided": looting told in the
    sentence before, or earlier in this one, makes a raid with no attackers named in its sentence part of it, a
    riot ("gunmen raided a police station" after it is an attack)."""
    sent = doc.sentence_of(hit.start)
    s1 = doc.sentences[sent][1]
    if doc.hits_in("perp", s0, s1) or doc.hits_in("actor", s0, s1):
        return False
    start = doc.sentences[sent - 1][0] if sent > 0 else s0
    return any(doc.low[c.start:c.end] in _LOOTING for c in doc.cues_in(start, hit.start, "rioters"))


# the rioters cues that tell looting or rioting going on ("inmates" or "a mob" in the sentence before tell no riot)
_LOOTING = frozenset(["looting", "looters", "rioters", "rioting"])


_ARRESTS = re.compile(r"\b(?:arrested|arrests|arresting|detained|detaining)\b")


def _raid_with_arrests(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"In a raid by the army, five suspects were arrested": a raid that arrests people is a police operation, whoever
    carries it out (INCIDENTS.md: arrests and police operations are no incidents)."""
    return doc.low[hit.start:hit.end] in _SEARCHES and _ARRESTS.search(doc.low, s0, s1) is not None


def _modifier(doc: Doc, hit: Hit) -> bool:
    """"The kidnapping ring", "murder suspects", "attack helicopters": an attack noun before a noun it modifies
    names a kind of people or thing, no event."""
    if hit.payload[1] != "noun":
        return False
    nxt = [w.rstrip(".,;:?!\"')") for w in doc.low[hit.end:hit.end + 20].split()[:1]]
    return doc.low[hit.end:hit.end + 1].isspace() and bool(nxt) and nxt[0] in lexicon().sets["act_modified_heads"]


def _many_told_as_one(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"The recent attacks by the rebels on various targets", "its constant attacks against the population":
    attacks in the plural with a word of frequency or recency before them, and no day, are many attacks."""
    if doc.low[hit.start:hit.end] not in _PLURAL_NOUN_TRIGGERS or _own_day(doc, hit, s0, s1):
        return False
    cues = doc.cues_in(max(s0, hit.start - AGGREGATE_WINDOW), hit.start, "aggregate_plural")
    return any(_agent_gap(doc.text[c.end:hit.start]) for c in cues)


def _bare_plural_attacks(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"A drop in sales due to terrorist attacks on the pipeline", "victims of attacks": attacks in the plural right
    after a preposition (one modifier between at most), with no article, number or possessive, and no day, are a
    kind of event."""
    if doc.low[hit.start:hit.end] not in _PLURAL_NOUN_TRIGGERS:
        return False
    before = doc.low[max(s0, hit.start - 40):hit.start].split()[-3:]
    if before and before[-1] not in _BARE_PREPOSITIONS:
        modifier = before.pop()  # "terrorist attacks", "rebel attacks"
        if not modifier.isalpha() or modifier in lexicon().stopwords:
            return False
    bare = bool(before) and before[-1] in _BARE_PREPOSITIONS or before[-2:] in _SUFFERED_OF
    return bare and not _own_day(doc, hit, s0, s1)


_BARE_PREPOSITIONS = frozenset(["to", "from", "by", "against", "with"])
# "civilians have been victims of terrorist attacks": what people suffer, named by its kind ("reports of attacks on a
# post" may tell one: "of" alone is no sign)
_SUFFERED_OF = (["victims", "of"], ["victim", "of"])


# "Shortly after X's assassination, ...", "When X was assassinated, ...": a fronted time clause, up to its comma
_TIME_CLAUSE = re.compile(r"(?:(?:on that occasion|at that time|then),\s+)?"
                          r"(?:(?:shortly|soon|just|only|days|weeks|months|years)\s+)?"
                          r"(?:after|since|following|when|before|until)\s+[^,;:.]{0,80}$")


def _time_reference(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"Shortly after Galan's assassination, the US asked for his extradition", "When the senator was murdered, the
    president declared war on the cartels": an attack used to date something else, told elsewhere if at all."""
    start = max(s0, doc.dateline_end)
    if not _someone_hit(doc, hit) \
            or not _TIME_CLAUSE.fullmatch(TRANSCRIBED.sub(" ", doc.low[start:hit.start]).strip(" \n\t\"'-(")):
        return False
    after = doc.low[hit.end:min(s1, hit.end + 60)]
    clause_end = after.find(",")
    if clause_end < 0 or any(ch in after[:clause_end] for ch in ";:."):
        return False  # not "After the attack the rebels fled to the hills": no comma, no fronted clause
    return not doc.dates_in(start, hit.end + clause_end)


def _someone_hit(doc: Doc, hit: Hit) -> bool:
    """"Galan's assassination", "the murder of the senator", "the senator was killed": an act on a person, the kind
    of well-known event used as a time mark (not "after the attack on the base, ...", the attack told before)."""
    if hit.payload[1] == "noun":
        return doc.low[max(0, hit.start - 3):hit.start].endswith(("'s ", "s' ")) \
            or doc.low[hit.end:hit.end + 4] == " of "
    return doc.low[max(0, hit.start - 12):hit.start].split()[-1:] in (["was"], ["were"])


def _negated(doc: Doc, hit: Hit, s0: int) -> bool:
    """A negation word at most NEGATION_WINDOW before the trigger ("no attack", "not attacked"), or a negating
    phrase a noun phrase before it ("had no knowledge of a guerrilla attack", "no reports of a bombing")."""
    for c in doc.cues_in(max(s0, hit.start - NEGATION_WINDOW - NEGATION_PHRASE_REACH), hit.start, "negation"):
        if c.start >= hit.start - NEGATION_WINDOW:
            return True
        if doc.low[c.start:c.end].endswith(" of") and _agent_gap(doc.text[c.end:hit.start]):
            return True  # not "did not claim the attack": that negates the claim
    return False


def _denied(doc: Doc, hit: Hit, s0: int) -> bool:
    """A denial before the trigger disputes the attack, unless what it denies is a link to it: "denied that the
    postponement is linked to the assassination of X" grants the assassination."""
    cues = doc.cues_in(max(s0, hit.start - DENIAL_WINDOW), hit.start, "denial")
    return bool(cues) and not doc.cues_in(cues[-1].end, hit.start, "link")


_KILLINGS = frozenset(["killed", "murdered", "assassinated", "slain", "executed", "shot dead", "shot to death"])
_ALIVE = re.compile(r"[^;:.]{0,80}?\b(?:is|are|was|were)\s+(?:still\s+|actually\s+|in\s+fact\s+)?alive\b")


def _alive_after(doc: Doc, hit: Hit, s1: int) -> bool:
    """"The alleged pilot that was killed in El Salvador is alive and well": the one said killed is alive later in
    the sentence, so the killing did not happen ("was found alive" after a kidnapping tells its end, not this)."""
    if doc.low[hit.start:hit.end] not in _KILLINGS:
        return False
    before = doc.low[max(0, hit.start - 15):hit.start].split()[-1:]
    if not before or before[0] not in _PASSIVE_MARKS:
        return False  # not "gunmen killed a guard, but the manager is alive": the one killed is another
    return _ALIVE.match(doc.low, hit.end, s1) is not None


_PASSIVE_MARKS = frozenset(["was", "were", "been", "reported", "reportedly", "allegedly", "supposedly"])


def _died_in_accident(doc: Doc, hit: Hit, kinds: frozenset[str], s0: int, s1: int) -> bool:
    """"A cargo plane crashed into a residential area ..., killing 17", "The helicopter crashed near the base. The
    pilot died": a death told with a crash, in its sentence or the one before, and no weapon in either."""
    if doc.hits_in("weapon", s0, s1):
        return False
    if "accident" in kinds and _cue_near(doc, s0, s1, "accident"):
        return True
    sent = doc.sentence_of(hit.start)
    if sent == 0:
        return False
    p0, p1 = doc.sentences[sent - 1]
    return not doc.hits_in("weapon", p0, p1) and not doc.hits_in("trigger", p0, p1) \
        and _cue_near(doc, p0, p1, "accident")


_GENERIC_PREDICATES = re.compile(r"\s+(?:is|remains|has\s+become|was\s+once)\s+(?:a|an|one|the|still|now|not)\b")


# "are being murdered", "is mercilessly attacking", "have been bombing": the present (perfect) progressive
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are|am|(?P<perfect>(?:has|have)\s+(?:[a-z]+ly\s+)?been))\s+"
                                  r"(?:(?:[a-z]+ly|now|still|also|again)\s+){0,2}"
                                  r"(?P<being>being\s+)?(?:(?:[a-z]+ly|now|still|also|again)\s+)?$")
# "hostages are being held", "the leader is seriously injured", "the station is totally destroyed": states an attack
# left, not acts told in the present
_STATES = ("held", "holding", "hold", "injured", "wounded", "hurt", "destroyed", "damaged", "burned", "burnt")
_PAST_PARTICIPLE = re.compile(r"(?:ed|en|wn)$")


def _ongoing(doc: Doc, hit: Hit, s0: int) -> bool:
    """"Party members are being murdered", "the air force is bombing poor neighbourhoods", "the rebels are mercilessly
    attacking the people", "civilians are immediately executed", "each time a leader is murdered", "jets have been
    bombing the city": the present (perfect) progressive or the present passive tells what goes on, a campaign or a
    habit, not one attack at one time ("hostages are being held", "is seriously injured" are states an attack left);
    with a day of its own it is one attack told as it happens."""
    phrase = doc.low[hit.start:hit.end]
    if hit.payload[1] == "noun" and not (" " not in phrase and phrase.endswith("ing")):
        return False  # "is bombing" is the verb, whatever the trigger list calls it
    if phrase.startswith(_STATES):
        return False
    m = _PRESENT_PROGRESSIVE.search(doc.low, max(s0, hit.start - 50), hit.start)
    if m is None:
        return False
    if m.group("perfect") and not phrase.split()[0].endswith("ing"):
        return False  # "has been killed" tells one attack; "have been bombing the city" a campaign
    if not (m.group("being") or phrase.split()[0].endswith("ing") or _PAST_PARTICIPLE.search(phrase.split()[0])):
        return False
    s1 = doc.sentences[doc.sentence_of(hit.start)][1]
    if not m.group("perfect") and not m.group("being") and _one_target_now(doc, hit, s1):
        return False  # "Russian forces are shelling Kharkiv", "gunmen are attacking a hotel": one attack, live
    return not _own_day(doc, hit, s0, s1)  # "is bombing the area tonight": one raid


# "we remember [words indistinct] the assassination of": a wire's bracketed note splits the cue "remember the"
_RECALLED_ACROSS_NOTE = re.compile(r"\b(?:recall|recalled|remember|remembered|commemorate|commemorated|commemorating)"
                                   rf"\s*(?:{TRANSCRIBED.pattern}\s*)+the\s+(?:[a-z'-]+\s+)?$")


def _recalled_across_note(doc: Doc, hit: Hit, s0: int) -> bool:
    """"We remember [words indistinct] the assassination of X": an attack recalled, as "remember the" is, with the
    wire's note between the words."""
    return hit.payload[1] == "noun" and "[" in doc.low[max(s0, hit.start - 60):hit.start] \
        and _RECALLED_ACROSS_NOTE.search(doc.low, max(s0, hit.start - 60), hit.start) is not None


def _generic(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """A generic cue around the trigger ("acts of terrorism", "is killing our children"); a progressive aimed at one
    place or thing is one attack told as it happens ("fighters are attacking a hotel in Mogadishu")."""
    cues = doc.cues_in(max(s0, hit.start - 25), min(s1, hit.end + 12), "generic")
    if not cues:
        return False
    live = all(doc.low.startswith(("is ", "are "), c.start) and c.end == hit.end for c in cues)
    return not (live and _one_target_now(doc, hit, s1))


def _one_target_now(doc: Doc, hit: Hit, s1: int) -> bool:
    """Is the object of an attack verb in the present progressive one place or one thing ("shelling Kharkiv",
    "firing rockets at Tel Aviv", "attacking a hotel"), not a kind of target ("bombing poor neighbourhoods")?"""
    pos = hit.end
    for _ in range(2):  # past the weapon fired and a preposition: "firing rockets at"
        weapon = doc.hits_in("weapon", pos, min(s1, pos + 30))
        if weapon and not any(ch in doc.low[pos:weapon[0].start] for ch in ",;:"):
            pos = weapon[0].end  # "placing an atomic bomb": the weapon is no target
        word = _FIRST_WORD.match(doc.low, pos, s1)
        if word is not None and word.group(1) in TARGETWARD:
            pos = word.end()
    word = _FIRST_WORD.match(doc.low, pos, s1)
    if word is None:
        return False
    if word.group(1) in ("a", "an"):
        return True
    place = doc.hits_in("place", word.start(1), word.start(1) + 1)
    if not place or doc.low.startswith("'s", place[0].end):
        return False  # "attacking Colombia's oil pipelines": many
    if doc.caps:  # "attacking the villages of the north" is no town of Florida
        return not all(lexicon().places[i].common for i in place[0].payload)
    return doc.text[place[0].start].isupper()


_FIRST_WORD = re.compile(r"\s+([a-z][a-z'-]*)")


def _generic_subject(doc: Doc, hit: Hit, s0: int) -> bool:
    """"Kidnapping is one of the most profitable industries", "Murder remains a crime": an attack noun with no
    determiner opening its sentence, then a copula, names the kind of act."""
    if hit.payload[1] != "noun":
        return False
    opening = TRANSCRIBED.sub("", doc.low[max(s0, doc.dateline_end):hit.start]).strip(" \n\t\"'-(")
    if opening != "":
        return False  # "[Report] [Text] Kidnapping is": a wire's bracketed tags open the sentence too
    return _GENERIC_PREDICATES.match(doc.low, hit.end) is not None


# "the kidnappings are an attempt by some to ...", "bombings are a way to": a set of attacks judged, not told
_JUDGED_SET = re.compile(r"\s+are\s+(?:(?:just|only|merely|simply|clearly|also)\s+)?(?:an?\s+(?:attempt|way|means|"
                         r"tactic|strategy|maneuver|manoeuvre|pretext|excuse|sign)|part\s+of)\b")


def _judged_set(doc: Doc, hit: Hit) -> bool:
    """"The setting of explosive devices and the kidnappings are an attempt by some to give the government a pretext":
    attacks in the plural as the subject of a judgement (an attempt, a way, part of a plan) are a set of acts
    weighed, not one attack told."""
    return doc.low[hit.start:hit.end] in _PLURAL_NOUN_TRIGGERS and _JUDGED_SET.match(doc.low, hit.end) is not None


# "the murder of a judge, police chief, or politician": an indefinite victim offered with alternatives
_ALTERNATIVE_VICTIMS = re.compile(r"\s+of\s+(?:a|an|any)\s+[^,.;:]{1,40}(?:,\s+[^,.;:]{1,40}){0,3},?\s+or\s+")


def _any_of_a_kind(doc: Doc, hit: Hit, s1: int) -> bool:
    """"Even the murder of a judge, police chief, or politician would be ...": an attack noun whose victim is any one
    of a kind of people is a hypothetical, not one attack ("the murder of the judge and his driver" is one)."""
    return hit.payload[1] == "noun" and _ALTERNATIVE_VICTIMS.match(doc.low, hit.end, min(s1, hit.end + 140)) is not None

def _intended(doc: Doc, hit: Hit, s0: int) -> bool:
    """Is the trigger what an intention cue shortly before it intends ("will attack", "plans to carry out the
    attack", "warned of an attack")?"""
    cues = _cues_near(doc, max(s0, hit.start - INTENT_WINDOW), hit.start, "intent")
    attempt = _attempt_start(doc, hit, s0) if cues else None
    if attempt is not None:
        cues = _intent_before_attempt(doc, cues, attempt)
    return any(_intent_reaches(doc, cue, hit) for cue in cues)


# "an attempt to kidnap", "the attempt by the rebels to kill": the act was begun (INCIDENTS.md: an attack attempted
# that failed is an attack); the "by" phrase names the attempters, at most 60 characters long
_ATTEMPT_TO = re.compile(r"\b(?:attempt|attempts)(?:\s+by\s+[^,.;:]{1,60}?)?\s+to\s+$")
# the words that tell how an attempt ended: it failed, it was made
_FAILED = frozenset(["foiled", "thwarted", "prevented", "frustrated", "repelled", "failed"])
# "the foiled attack on the generals", "a failed kidnapping": the attack noun itself told as an attempt that failed
_FAILED_BEFORE = re.compile(r"\b(?:foiled|thwarted|frustrated|failed) $")


def _attempt_start(doc: Doc, hit: Hit, s0: int) -> int | None:
    """Where "attempt" starts when the trigger is the infinitive an attempt made ("foiled an attempt by the rebels
    to kidnap the governor"), or the trigger's own start when a failure participle modifies it ("the foiled attack
    on the generals"), else None."""
    m = _ATTEMPT_TO.search(doc.low, max(s0, hit.start - 80), hit.start)
    if m is not None:
        return m.start()
    return hit.start if _FAILED_BEFORE.search(doc.low, max(s0, hit.start - 20), hit.start) else None


def _intent_before_attempt(doc: Doc, cues: list[Hit], attempt: int) -> list[Hit]:
    """The intention cues that still govern an attempted act: those before the word "attempt" that do not say how
    it ended ("will make an attempt to kill" intends; "foiled an attempt to kill" tells an attempt that failed); the
    cues after it ("to kidnap") are the attempt's own infinitive."""
    return [c for c in cues if c.end <= attempt and doc.low[c.start:c.end] not in _FAILED]


_DEFINITE = frozenset(["the", "this", "that", "these", "those", "his", "her", "its", "their", "our"])
# words an intention may pass on its way to the attack it intends: "will not again be", "warned of a new"
_CLOSED_CLASS = frozenset(["to", "be", "been", "being", "have", "has", "had", "not", "never", "again", "also", "even",
                           "a", "an", "of", "on", "against", "for", "at", "in", "into", "with", "such", "another",
                           "more", "new", "further", "any", "and", "or", ","])
_RELATIVE_PERFECT = [[r, h, "been"] for r in ("who", "which", "that") for h in ("had", "have", "has")]
_AUXILIARIES = frozenset(["is", "are", "was", "were", "will", "would", "can", "could", "may", "might"])
_WORD = re.compile(r"[\w'-]+|,")


def _intent_reaches(doc: Doc, cue: Hit, hit: Hit) -> bool:
    """Does the intention govern the trigger? Not a verb in a relative clause of its own tense ("will attend the
    funerals of the priests who were killed"). Not a definite attack noun reached through a verb other than one
    of doing it ("will investigate the circumstances of the attack", "must condemn the murder of", "will not
    take up arms again as a result of the murder"): that attack is one told already, and the intention is about
    what is done with it ("plans to carry out the attack", "warned of the attack" still intend it)."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(doc.low, cue.end, hit.start)]
    if hit.payload[1] != "noun":
        told = [w for w, _ in words[-3:]]
        return not (told[-1:] in (["was"], ["were"]) and told[-2:-1] in (["who"], ["which"], ["that"])
                    or told[-3:] in _RELATIVE_PERFECT)  # "the priests who were killed": a clause of its own
    last = len(words) - 1
    det = next((n for n in range(last, max(-1, last - 3), -1)
                if words[n][0] in _DEFINITE or words[n][0].endswith("'s")), None)
    if det is None or any(w in _CLOSED_CLASS or w in _AUXILIARIES for w, _ in words[det + 1:]):
        return True  # "explosives that had slow burning fuses": a relative pronoun, no determiner
    acts = [(c.start, c.end) for c in doc.cues_in(cue.end, words[det][1], "intended_acts")]
    return all(w in _CLOSED_CLASS or any(a <= pos < b for a, b in acts) for w, pos in words[:det])


def _combat(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """A clash, a battle, an offensive told near the trigger make it combat, not one attack; unless the combat
    word frames another clause and the attack verb names what it hit right after it ("During the offensive,
    guerrillas attacked the president's residence": one attack on one target, inside a larger fight)."""
    cues = _cues_near(doc, max(s0, hit.start - COMBAT_WINDOW), min(s1, hit.end + COMBAT_WINDOW), "combat")
    cues = [c for c in cues if not _in_relative_aside(doc, c.start, hit.start, s0)]
    if not cues:
        return False
    if hit.payload[1] != "verb":
        return True
    c0, c1 = _clause(doc, hit, s0, s1)
    if any(c0 <= c.start < c1 for c in cues):
        return True
    return not any(f.kind == "target" and hit.end <= f.span.start <= hit.end + 25
                   for f in objects_in(doc, doc.sentence_of(hit.start)))


def _in_relative_aside(doc: Doc, pos: int, hit_start: int, s0: int) -> bool:
    """Is pos inside a relative clause set off by commas that closes before the trigger ("JOURNALIST X, WHO WAS
    SENT TO COVER THE WAR, WAS INJURED IN AN ATTACK")? It describes the subject; it frames no fight around the
    attack."""
    if pos >= hit_start:
        return False
    opened = doc.text.rfind(",", s0, pos)
    closed = doc.text.find(",", pos, hit_start)
    if opened < 0 or closed < 0:
        return False
    first = doc.low[opened + 1:pos].split()[:1]
    return bool(first) and first[0] in _RELATIVE_OPENERS


_RELATIVE_OPENERS = frozenset(["who", "whom", "whose", "which"])


def _clause(doc: Doc, hit: Hit, s0: int, s1: int) -> tuple[int, int]:
    """The comma- or semicolon-delimited stretch of the sentence around the trigger (drafts.clause_bounds also
    cuts at cause links, and drafts reads anchors: this plain one keeps the import one-way)."""
    a = max(doc.text.rfind(",", s0, hit.start), doc.text.rfind(";", s0, hit.start))
    b = [i for i in (doc.text.find(",", hit.end, s1), doc.text.find(";", hit.end, s1)) if i >= 0]
    return (a + 1 if a >= 0 else s0), (min(b) if b else s1)


def _told_day(doc: Doc, s0: int, s1: int) -> bool:
    """Does the sentence give a day that is not the day something was said ("officials said Monday")?"""
    return any(d.precision == "day" and not doc.cues_in(max(s0, d.start - 12), d.start, "reporting")
               for d in doc.dates_in(s0, s1))


def _own_day(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """Does the trigger's own clause give a day ("the attacks on Sunday", "is bombing the area tonight")? Not one
    the sentence gives another clause ("Today the council declared a siege to protect the people, who are being
    attacked by the rebels")."""
    return _told_day(doc, *_clause(doc, hit, s0, s1))


def _cue_kinds(doc: Doc, s0: int, s1: int) -> frozenset[str]:
    """The kinds of the cues in [s0, s1), once per sentence: most filters then need no look-up."""
    return doc.once(("cue_kinds", s0, s1), lambda: frozenset(h.payload for h in doc.hits_in("cue", s0, s1)))


def _inside(doc: Doc, hit: Hit, kind: str) -> bool:
    """Is the trigger part of a phrase of the cue list kind?"""
    return any(c.start <= hit.start and hit.end <= c.end for c in doc.cues_in(max(0, hit.start - 30), hit.end, kind))


def _cue_near(doc: Doc, start: int, end: int, kind: str) -> bool:
    """A cue of kind in [start, end), unless inside a phrase listed as not_<kind>: "a war monitor" is no
    fighting, "a bus stop" no cessation."""
    return bool(_cues_near(doc, start, end, kind))


def _cues_near(doc: Doc, start: int, end: int, kind: str) -> list[Hit]:
    """The cues of kind in [start, end) that are not inside a phrase listed as not_<kind>."""
    exempt = doc.cues_in(max(0, start - 20), end, "not_" + kind)
    return [c for c in doc.cues_in(start, end, kind) if not any(e.start <= c.start and c.end <= e.end for e in exempt)]


def _real_strike(doc: Doc, hit: Hit, phrase: str, prev: list[str], s0: int, s1: int, countries: Counter) -> bool:
    """"strike"/"struck"/"targeted" name an attack only with a weapon, a target ("strike on") or a state attacker."""
    if prev and prev[-1] in _LABOUR_STRIKE:
        return False
    if doc.hits_in("weapon", s0, s1):
        return True
    after = doc.low[hit.end:hit.end + 12].split()
    if after and after[0] in ("on", "against") and phrase in ("strike", "strikes"):
        return True
    if actor_rules.country_subject(doc, hit.start, s0) is not None:
        return True  # "Israel struck a school"
    for ah in doc.hits_in("actor", s0, hit.start):
        m = actor_rules.resolve(doc, ah, countries)
        if m and m.actor.kind == "state" and actor_rules.is_agent(doc, m, hit.start, hit.end, "verb"):
            return True
    return False


_PERFECT = (["have", "been"], ["has", "been"], ["had", "been"])


def _running_toll(doc: Doc, hit: Hit, s0: int) -> bool:
    """"840 terrorists have been killed", "100,000 persons who have been murdered": a count of a hundred or
    more in the perfect tense is a running toll of a war, not one attack."""
    c0 = max(doc.text.rfind(", ", s0, hit.start), doc.text.rfind("; ", s0, hit.start), s0,  # not "2,000"
             doc.dateline_end)  # "WASHINGTON, Jan. 5, 2024 -- Two soldiers have been killed": the year is no count
    words = doc.low[c0:hit.start].split()
    if words[-1:] in (["have"], ["has"]):
        return _tally_after(doc, hit)
    if words[-2:] not in _PERFECT:
        return False
    return _statistic_count(words)


def _statistic_count(words: Iterable[str]) -> bool:
    """Is any of the words a count of STATISTIC_COUNT or more, a war's toll or tally rather than one attack's?"""
    return any((count_from_words([w]) or 0) >= STATISTIC_COUNT for w in words)


# "have set off more than 260 bombs, " before "killing at least 190 people": a perfect clause the participle goes on
_PERFECT_CLAUSE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\s"
                             r"[^,;:.]*,\s*$")


def _perfect_participle_toll(doc: Doc, hit: Hit, s0: int) -> bool:
    """"Cocaine lords have set off more than 260 bombs, killing at least 190 people": a participle after a perfect
    clause that counts many acts or weapons shares its tense, and a count of a hundred or more right after it is a
    running toll, as in the perfect."""
    if not doc.low[hit.start:hit.end].endswith("ing"):
        return False
    m = _PERFECT_CLAUSE.search(doc.low, max(s0, hit.start - 120), hit.start)
    if m is None or not any((count_from_words([w]) or 0) >= STATISTIC_EVENTS or w in _PLURAL_NOUN_TRIGGERS
                            for w in m.group().replace(",", " ").split()):
        return False  # not "have set off a bomb, killing 120": the clause must count many acts or weapons
    return _statistic_count(w.strip(",") for w in doc.low[hit.end:hit.end + 40].split()[:4])


def _tally_after(doc: Doc, hit: Hit) -> bool:
    """"Militants have killed more than 100 people in attacks across the Sahel", "which has killed thousands
    since 2009": a large count in the active perfect, then attacks in the plural or a "since", tallies many
    events."""
    s1 = doc.sentences[doc.sentence_of(hit.start)][1]
    words = doc.low[hit.end:min(s1, hit.end + 80)].split()
    if not _statistic_count(w.strip(",") for w in words[:4]):
        return False
    return any(w.strip(",.") in _PLURAL_NOUN_TRIGGERS or w == "since" for w in words)


_NO_OBJECT = re.compile(r"\s*(?:[,;:.)]|\s(?:and|or|in|during)\s)")
_FELL = frozenset(["killed", "wounded", "injured", "died", "slain", "shot dead", "shot to death"])
_FELL_ALSO = frozenset(["wounded", "injured", "captured", "killed", "arrested"])
_PASSIVE = (["were"], ["was"])
_LEADERS = frozenset(["leader", "leaders", "commander", "commanders", "chief", "chiefs", "spokesman", "founder"])


def _fighters_fell(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"Two subversives were killed", "troops killed 14 guerrillas": fighters falling in combat or a police
    operation; an attack on them is told otherwise ("gunmen shot a rebel leader")."""
    if doc.low[hit.start:hit.end] not in _FELL:
        return False
    before = doc.low[max(s0, hit.start - 30):hit.start].split()
    aux = 1 if before[-1:] in _PASSIVE else 2 if before[-2:] in _PERFECT else 0
    if aux and len(before) > aux and before[-aux - 1].strip(",") in lexicon().cues["insurgents"]:
        return True
    if not aux and before[-1:] and before[-1] in lexicon().cues["insurgents"] and count_from_words(before[-2:-1]) \
            and _NO_OBJECT.match(doc.low, hit.end, s1):
        return True  # "we counted 230 terrorists killed, and 136 wounded": a count of fighters fallen, no object
    after = doc.low_without_actors(hit.end, min(s1, hit.end + 60)).split()[:6]
    if after[:1] in (["or"], ["and"]) and after[1:2] and after[1].strip(",") in _FELL_ALSO:
        after = after[2:]  # "the army has killed or wounded more than 1,000 rebels": the verbs share the fighters
    after = after[:5]
    for n, w in enumerate(after[:4]):  # "more than 1,000 rebels"
        if w.strip(",.") in lexicon().cues["insurgents"]:
            return n + 1 >= len(after) or after[n + 1].strip(",.") not in _LEADERS
        if count_from_words([w]) is None and w not in ("the", "some", "about", "at", "least", "more", "than"):
            return False
    return False


# counts by the hundred or thousand in words; every test reads one word at a time ("hundreds of thousands" is
# "hundreds", then "thousands")
# ("scores of villagers" are tens, one attack's toll; "scores of thousands" is read by "thousands")
_MASS_WORDS = ("thousands", "tens", "hundreds")
_MASS = frozenset(_MASS_WORDS)
_THOUSANDS_FIGURE = re.compile(r"\d,\d")


def _mass_hint(window: str) -> bool:
    """A count by the hundred or thousand in words or figures ("1,200") in window: substring tests, and the regex
    only where a comma is (a regex of alternatives tries each at every position)."""
    return any(map(window.__contains__, _MASS_WORDS)) \
        or ("," in window and _THOUSANDS_FIGURE.search(window) is not None)


def _mass_toll(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"Massacred 70,000 Salvadorans", "killed scores of thousands of civilians", "thousands killed", "they killed
    hundreds of union leaders": deaths by the hundred or thousand, in words, or by the thousand in figures, with no
    day of their own are a war's or a regime's toll, not one attack (a dated one, "killed 1,200 people in raids on
    Saturday", is)."""
    if not _mass_hint(doc.low[max(s0, hit.start - 20):min(s1, hit.end + 40)]):
        return False  # most triggers: no count by the thousand anywhere near
    before = doc.low[max(s0, hit.start - 20):hit.start].split()[-2:]
    after = doc.low[hit.end:min(s1, hit.end + 40)].split()[:4]
    if not any(_mass(w.strip(",.;:\"'()")) for w in before + after):
        return False
    return not _told_day(doc, s0, s1)  # a year ("the insurgency, which began in 2009, has killed 35,000") is no day


def _mass(word: str) -> bool:
    """"thousands", "70,000": a count by the thousand ("2100" and "1986" are a time and a year)."""
    return word in _MASS or ("," in word and (count_from_words([word]) or 0) >= MASS_COUNT)


# a whole people, as the object or the subject of an attack
_PEOPLES = r"(?:people|population|populace|nation|masses|clergy|peasantry)"
# "murdered and persecuted the clergy": a verb coordinated with the trigger shares its object; "an attack on the
# Salvadoran people": a noun reaches it through its preposition
_COLLECTIVE = re.compile(r"(?:,? (?:and|or) [a-z]+(?:ed|en))?(?: (?:of|on|against|upon))? "
                         rf"(?:the|our|their|its|my|your|a|an) (?:[a-z'-]+ ){{0,2}}?{_PEOPLES}\b(?! of)")


# "the American people, who have also been murdered by", "the civilian population was bombed": a whole people hit
_COLLECTIVE_SUBJECT = re.compile(rf"\b(?:the|our|their|its|my|your)\s+(?:[a-z'-]+\s+){{1,2}}?{_PEOPLES}\s*,?\s+"
                                 r"(?:(?:who|which|that)\s+)?(?:have|has|had|was|were|is|are)\s+"
                                 r"(?:(?:[a-z]+ly|also|been|being|now|still)\s+){0,3}$")


def _collective_subject(doc: Doc, hit: Hit, s0: int) -> bool:
    """"The American people, who have also been murdered by the counterrevolution", "the civilian population was
    bombed": a whole people (named with a modifier: "the people" alone may be those at one place) as what the attack
    hit is a charge against a side, as in the object."""
    return hit.payload[1] == "verb" and \
        _COLLECTIVE_SUBJECT.search(doc.low, max(s0, hit.start - 80), hit.start) is not None


def _collective_object(doc: Doc, hit: Hit, s1: int) -> bool:
    """"Bombed the civilian population", "attack the Salvadoran people": a whole people or nation as the object
    is a charge against a side, not one attack on one place ("the people of the village" is a place's)."""
    return _COLLECTIVE.match(doc.low, hit.end, min(s1, hit.end + 40)) is not None


def _bare_plural_object(doc: Doc, hit: Hit, s1: int) -> bool:
    """"The murder of activists", "killing civilians", "have murdered judges": a plural of people with no
    article, number or possessive names a kind of victim, so the act is a charge or a habit, not one attack
    ("the murder of two missionaries", "killed the peasants" are one)."""
    noun = hit.payload[1] == "noun"
    before = doc.low[max(0, hit.start - 12):hit.start].split()[-1:]
    if not noun and (before in _ARTICLES or count_from_words(before) is not None):
        return False  # "the kidnapped villagers", "five assassinated leaders": a participle describing people
    if not noun and not _habitual_form(doc, hit):
        return False  # "gunmen kidnapped women and children near the camp": a simple past tells one event
    words = doc.low[hit.end:min(s1, hit.end + 80)].replace(",", " , ").split()[:6]
    if noun and words[:1] in (["and"], ["or"]) and words[1:2] and _ATTACK_NOUN.fullmatch(words[1]):
        words = words[2:]  # "the murder and kidnapping of students": the nouns share their "of"
    words = words[:4]
    if words[:1] == ["of"] and noun:
        words = words[1:]
    people = lexicon().sets["victim_nouns"]
    n = 0 if words and _plural_people(words[0], people) else 1
    if n == 1:  # one modifier: "of innocent civilians", "political leaders"
        head = words[0] if words else ""
        vague = head in _VAGUE_QUANTIFIERS  # "killed many people": no count, a charge too
        if len(words) < 2 or not head.isalpha() or (head in lexicon().stopwords and not vague) or head in _QUANTIFIERS \
                or count_from_words([head]) is not None or not _plural_people(words[1], people):
            return False
    if words[n + 1:n + 2] == ["of"]:
        return False  # "members of the church", "troops of the 4th detachment" are particular
    # "seized women and children who had gone to collect firewood": a relative clause tells which ones
    phrase = doc.low[hit.end:min(s1, hit.end + 80)].replace(",", " ").split()[:8]
    return not any(w in ("who", "whom", "whose") for w in phrase)


_PLACE_PREPOSITIONS = frozenset(["of", "on", "against", "in", "at", "throughout", "across"])


def _plural_places(doc: Doc, hit: Hit, s1: int) -> bool:
    """"Bombing residential areas", "has attacked villages", "the bombings in the cities", "bombs have been exploded in
    public places": places in the plural right after an attack noun or a habitual verb (through a preposition, an
    article and two modifiers at most), with no count, possessive or name ("bombed two villages", "the towns of X
    and Y"), are many attacks."""
    if hit.payload[1] == "weak" or (hit.payload[1] == "verb" and not _habitual_form(doc, hit)):
        return False
    words = _WORDS_ONLY.findall(doc.low, hit.end, min(s1, hit.end + 60))[:7]
    if words[:1] and words[0] in _PLACE_PREPOSITIONS:
        words = words[1:]
    definite = words[:1] == ["the"]
    if definite:
        words = words[1:]
    places = lexicon().sets["plural_places"]
    if hit.payload[1] == "verb" and _PERFECT_BEFORE.search(doc.low, max(0, hit.start - 30), hit.start):
        # "has attacked embassies", "have bombed command posts": a record ("the police headquarters" is one)
        places = places | (_plural_targets() - _SINGULAR_TOO if definite else _plural_targets())
    n = next((i for i, w in enumerate(words[:3]) if w in places), None)
    if n is None or words[n + 1:n + 2] == ["of"]:
        return False
    return not any(count_from_words([w]) is not None or w.endswith("'s") for w in words[:n])


_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:[a-z]+ly|also|already|now)\s+)?$")


# plural in form, one building after "the" ("the police headquarters"); "bus", "business" are no _plural_targets
_SINGULAR_TOO = frozenset(["headquarters", "barracks", "premises"])


@functools.cache
def _plural_targets() -> frozenset[str]:
    """The target heads in the plural ("embassies"), by their ending."""
    return frozenset(w for w in lexicon().sets["target_heads"] if s_plural(w))


_WORDS_ONLY = re.compile(r"[a-z0-9'-]+|[,;:.()\"]")


_ATTACK_NOUN = re.compile(r"(?:murder|killing|kidnapping|abduction|assassination|massacre|torture|disappearance)s?")


# "journalists have been murdered", "persons who have also been kidnapped", "not only have priests been killed"
_PERFECT_PASSIVE = re.compile(r"\b(?:have|has)\s+(?:(?:also|already|recently|just|now|reportedly|allegedly)\s+)?"
                              r"been\s+$")
_INVERTED_PERFECT = re.compile(r"\bhave\s+(?P<np>(?:[a-z'-]+\s+){1,3})been\s+$")
# "have been murdered or kidnapped": participles coordinated before the trigger share its auxiliary
_COORDINATED = re.compile(r"(?:\b(?!been\b)[a-z-]+(?:ed|en|wn),? (?:(?:and|or) )?)+$")
_CLAUSE_OPENERS = re.compile(r"[,;:(\"]|\b(?:but|that|where|while|when|because|as|if)\s")
_SPECIFIERS = _DETERMINERS | {"your", "my", "both", "all", "some"}


def _bare_plural_sufferers(doc: Doc, hit: Hit, s0: int) -> bool:
    """"Journalists have been murdered", "unknown persons who have been kidnapped", "all those who have been killed":
    people in the plural with no article, number or possessive hit in the perfect are a tally or a charge, not one
    attack ("two journalists have been murdered", "the priests have been killed" are one)."""
    lo = max(s0, doc.dateline_end, hit.start - 90)
    if hit.payload[1] != "verb" or doc.low.find("been", lo, hit.start) < 0:
        return False  # both patterns end in "been"
    window = _COORDINATED.sub("", _SPACES.sub(" ", doc.low[lo:hit.start]))
    m = _PERFECT_PASSIVE.search(window)
    if m is not None:
        words = _clause_tail(window[:m.start()])
        if words[-1:] in (["who"], ["that"]):
            words = words[:-1]
            if words[-1:] == ["those"] or (words[-2:-1] == ["those"]
                                           and _plural_people(words[-1], lexicon().sets["victim_nouns"])):
                return True  # "those who have been killed", "those persons who have been kidnapped"
        return _bare_people(words)
    m = _INVERTED_PERFECT.search(window)
    return m is not None and _bare_people(m.group("np").split())


def _people_described(doc: Doc, hit: Hit, s0: int) -> bool:
    """"The widows of men murdered by the officers", "relatives of persons kidnapped by the army": a participle right
    after a bare plural of people after "of" describes whom someone is kin to, as "the kidnapped persons" does;
    no attack is told ("the bodies of two men murdered" counts them)."""
    if hit.payload[1] != "verb" or " " in doc.low[hit.start:hit.end]:
        return False
    words = doc.low[max(s0, hit.start - 40):hit.start].split()[-3:]
    if len(words) < 2 or not _plural_people(words[-1], lexicon().sets["victim_nouns"]):
        return False
    return words[-2] == "of" or (len(words) == 3 and words[-3] == "of" and words[-2].isalpha()
                                 and words[-2] not in lexicon().stopwords and count_from_words([words[-2]]) is None)


def _clause_tail(text: str) -> list[str]:
    """The words after the last clause break in text: the subject of the verb that follows."""
    cut = 0
    for m in _CLAUSE_OPENERS.finditer(text):
        cut = m.end()
    return text[cut:].split()


def _bare_people(words: list[str]) -> bool:
    """Do the words end in a plural of people with no article, number or possessive before it ("unknown persons",
    "said peasants"; not "two peasants", "the army's officers")?"""
    if not words or not _plural_people(words[-1], lexicon().sets["victim_nouns"]):
        return False
    mods = words[:-1]
    for n in range(len(mods) - 1, max(-1, len(mods) - 4), -1):
        w = mods[n]
        if w in _SPECIFIERS or not w.isalpha() or count_from_words([w]) is not None:
            return False
        if w == "of" and n > 0 and _counted(mods[n - 1]):
            return False  # "dozens of worshippers", "two of the guards": counted
        if w in lexicon().stopwords and w not in _VAGUE_QUANTIFIERS:
            return True  # "of peasants", "to activists": the phrase starts after it
    return True


def _counted(word: str) -> bool:
    """A count or a quantifier that a phrase with "of" counts: "dozens", "two", "several", "most"."""
    return count_from_words([word]) is not None or word in _QUANTIFIERS or word in _MASS \
        or word in ("several", "some", "most", "many", "all", "each", "one", "none", "both", "few")


def _habitual_form(doc: Doc, hit: Hit) -> bool:
    """A gerund ("killing civilians") or a perfect ("have murdered judges", "has also killed") states a record or a
    habit; a simple past ("kidnapped women") usually tells what happened once."""
    if doc.low[hit.start:hit.end].split()[0].endswith("ing"):
        return True
    if any(w in ("has", "have", "had") for w in doc.low[max(0, hit.start - 20):hit.start].split()[-3:]):
        return True
    # "has attacked command posts and killed": a participle coordinated with a perfect shares its auxiliary
    return _SHARED_PERFECT.search(doc.low, max(0, hit.start - 90), hit.start) is not None


_SHARED_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:[a-z]+ly|also|already)\s+)?[a-z]+(?:ed|en|wn)\s[^,;:.()]{1,60}?"
                             r"\band\s+(?:(?:[a-z]+ly|also)\s+)?$")


_ARTICLES = [["the"], ["a"], ["an"], ["of"], ["these"], ["those"], ["their"]]
_QUANTIFIERS = frozenset(["various", "dozens", "scores", "hundreds", "thousands"])
_VAGUE_QUANTIFIERS = frozenset(["many", "numerous", "countless", "innumerable"])


def _plural_people(word: str, people: frozenset[str]) -> bool:
    word = word.strip(".;:\"'()")
    return word in people and (word.endswith(("s", "men")) or word in ("people", "children"))


_INJURY_ADVERBS = frozenset(["seriously", "badly", "severely", "slightly", "critically"])


def _harmless(doc: Doc, hit: Hit, atype: str, kinds: frozenset[str], s0: int, s1: int) -> bool:
    """Fire at no one and fire as a burn: "shot into the air", "burned a flag", "seriously burned"."""
    if "harmless" in kinds and doc.cues_in(hit.end, min(s1, hit.end + HARMLESS_WINDOW), "harmless"):
        return True
    before = doc.low[max(s0, hit.start - 10):hit.start].split()[-1:]
    return atype == "arson" and bool(before) and before[0] in _INJURY_ADVERBS


_BARE_VERBS = frozenset(["attack", "murder", "massacre", "kidnap", "assault", "ambush"])
_OBJECT_PRONOUNS = [["them"], ["him"], ["her"], ["us"], ["you"], ["people"], ["civilians"]]
_OUTCOMES = frozenset(["killed", "killing", "died", "burned", "burnt", "injured", "wounded"])
_SEARCHES = frozenset(["raided", "raid", "raids", "stormed"])
_NEGATED = re.compile(r"\b(?:no|none of the|none of|not a single|not one|nobody|no one)\b"
                      r"(?P<rest>(?: [a-z'-]+){0,5}) $")
_AUX = frozenset(["has", "have", "had", "was", "were", "is", "are", "been", "being", "will", "would", "ever"])


_NEGATORS = frozenset(["no", "none", "not", "nobody"])
# "has ever been imprisoned, murdered, or exiled": participles listed before the trigger share its subject
_LISTED_BEFORE = re.compile(r"(?:\b[a-z-]+(?:ed|en|wn), (?:(?:and|or) )?)+$")
_SPACES = re.compile(r"\s+")


def _negated_subject(doc: Doc, hit: Hit, s0: int) -> bool:
    """"No priest has ever been murdered", "none of the soldiers were killed", "not a single shot", "no priest has
    been jailed, murdered, or exiled": the subject denies the act."""
    window = doc.low[max(s0, hit.start - 50):hit.start]
    if _NEGATORS.isdisjoint(window.split()):
        return False  # most triggers: no negating word at all, no regex search
    m = _NEGATED.search(_LISTED_BEFORE.sub("", _SPACES.sub(" ", window)))  # a line break is a space
    if m is None:
        return False
    rest = m.group("rest").split()
    return len(rest) <= 2 or any(w in _AUX for w in rest)


def _listed_with_abuses(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"Arrests, murders, and disappearances", "torture, murder, rape": an attack noun listed among abuses or
    crimes names a kind of act, not one attack ("the murder and torture of three students" is one)."""
    if hit.payload[1] != "noun":
        return False
    plural = doc.low[hit.start:hit.end] in _PLURAL_NOUN_TRIGGERS
    for c in doc.cues_in(max(s0, hit.start - 40), min(s1, hit.end + 40), "abuses"):
        gap = doc.low[c.end:hit.start] if c.end <= hit.start else doc.low[hit.end:c.start]
        words = gap.replace(",", " , ").split()
        if len(words) > 5 or not any(w in (",", "and", "or") for w in words):
            continue
        if plural or "," in words or doc.low[c.start:c.end].endswith("s"):
            return True
    return False


def _verbal(doc: Doc, hit: Hit, s0: int, s1: int) -> bool:
    """"Harshly attacked the president", "an attack on democracy", "constitutes an attack against our
    homeland": words, not weapons."""
    if doc.cues_in(max(s0, hit.start - 25), min(s1, hit.end + 12), "verbal"):
        return True
    if _PREDICATE_ATTACK.search(doc.low, max(s0, hit.start - 40), hit.start):
        return True  # "is not merely an attack against his person", "but also an assault against us all"
    after = doc.low[hit.end:min(s1, hit.end + 12)].split()
    if not after:
        return False
    gov = _GOVERNMENT_OBJECT.match(doc.low, hit.end, min(s1, hit.end + 80))
    if gov is not None and _ends_phrase(doc, gov.end(), s1):
        return True  # "attacks by the Cuban government against the national government": a government is no target
    if after[0] not in ("on", "against", "upon"):  # "actions that attack democracy", not "attacked a peace activist"
        return any(c.start <= hit.end + 5 and _ends_phrase(doc, c.end, s1)
                   for c in doc.cues_in(hit.end, min(s1, hit.end + 20), "abstract_objects"))
    return bool(doc.cues_in(hit.end, min(s1, hit.end + 30), "abstract_objects"))


# "attacks ... against the national government": a government itself (not its palace or troops) attacked
_GOVERNMENT_OBJECT = re.compile(r"(?:\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?government)?\s+(?:on|against|upon)\s+"
                                r"(?:(?:the|our|its|their|this)\s+)?(?:[a-z-]+\s+)?government\b(?!')")
# an attack noun as what something "is": a judgement of an act, not the telling of one
_PREDICATE_ATTACK = re.compile(r"(?:\b(?:is|was|constitutes|constituted)\s+(?:not\s+)?"
                               r"(?:merely|only|just|simply|also)\s+"
                               r"|\bbut\s+also\s+|\bnot\s+only\s+)(?:an?|one)\s+$")


def _ends_phrase(doc: Doc, pos: int, s1: int) -> bool:
    """Does a noun phrase end at pos ("democracy." / "democracy and"), rather than modify a noun ("peace activist")?"""
    nxt = doc.low[pos:min(s1, pos + 20)].split()[:1]
    return not nxt or not nxt[0][:1].isalpha() or nxt[0] in lexicon().stopwords or pos < s1 and doc.low[pos] in ",.;:"


def _counted_events(doc: Doc, hit: Hit, s0: int) -> bool:
    """"700 political assassinations so far", "4 murders, 9 cases of torture", "31 assassinations in 1989", "17
    kidnap cases were reported", "26 cases of assault", "four assassination attempts": events counted by the
    handful or more are a statistic, not one attack."""
    words = doc.low[max(s0, hit.start - 30):hit.start].split()[-3:]
    if doc.low[hit.start:hit.end] not in _PLURAL_NOUN_TRIGGERS and words[-2:] not in _CASES_OF \
            and doc.low[hit.end:hit.end + 12].split()[:1] not in _CASES:
        return False
    return any((count_from_words([w]) or 0) >= STATISTIC_EVENTS for w in words)


_CASES = (["cases"], ["incidents"], ["attempts"])
_CASES_OF = (["cases", "of"], ["incidents", "of"])


# "killed in more than 40 massacres", "wounded in attacks": the act spread over a count, or a bare plural, of attacks
_IN_EVENTS = re.compile(r"\s+(?:in|during)\s+(?:(?:more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?"
                        r"(?:(?P<count>[\w,-]+)\s+)?(?:[a-z-]+\s+)?"
                        r"(?:attacks|bombings|killings|massacres|ambushes|assassinations|raids)\b")


# "the continuing operations of the contras, during which": a relative clause on many events, up to the trigger
_DURING_WHICH = re.compile(r"\b(?:attacks|bombings|killings|massacres|ambushes|raids|operations|offensives|incursions)"
                           r"(?:\s+(?:of|by)\s+[^,;:.()]{1,40}?)?\s*,?\s+(?:during|in)\s+which\s+[^,;:.()]{0,60}$")


def _spread_over_events(doc: Doc, hit: Hit, s1: int) -> bool:
    """"600 peasants were murdered in more than 40 massacres", "23 people killed in massacres", "the continuing
    operations of the contras, during which 18 peasants were killed": a toll of many attacks, not one; "killed in two
    attacks on Saturday" is left to the day's rule, "in the attacks" refers back."""
    s0 = doc.sentences[doc.sentence_of(hit.start)][0]
    if hit.payload[1] == "verb" and _DURING_WHICH.search(doc.low, max(s0, hit.start - 140), hit.start):
        return True
    m = _IN_EVENTS.match(doc.low, hit.end, min(s1, hit.end + 50))
    if m is None:
        return False
    count = m.group("count")
    if count is None:
        return True  # a bare plural: "in massacres"
    return (count_from_words([count]) or 0) >= 2
