"""Who attacked: the group (dictionary, new, or inferred), its claim status, and the attackers as people."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

from streams.extract import actors as actor_rules
from streams.extract.brackets import ASIDE, GLOSS_AFTER
from streams.extract.document import Doc, token_start
from streams.extract.drafts import Draft
from streams.extract.fillers import (HEDGES, VICTIM_PARTICIPLES, acts_after_ride, agent_phrases, attire_start,
                                     befallen, perp_span, struck_object, subject_attackers)
from streams.extract.numbers import count_from_words
from streams.extract.phrases import (SPONSORED, STRIP, is_word, noun_phrase, person_name, phrase_before, plural_rank,
                                     titles_before, vocab)
from streams.extract.newgroups import (attackers_organisations, blamed_organisations, called_members, claimants,
                                       subject_organisation)
from streams.extract.resources import Actor, lexicon
from streams.extract.scan import Hit
from streams.extract.stopped import stops_attacker
from streams.extract.thresholds import (BLAME_REACH, BLAMED_LIST_REACH, CLAIM_APPOSITIVE_REACH, CLAIM_REACH,
                                        DOMINANT_GROUP_REACH, DOMINANT_GROUP_SHARE, FAR_BLAME_REACH, HEADER_CHARS,
                                        GROUP_ANAPHOR_REACH, HISTORY_AFTER_DAYS, MAX_SENTENCES_READ, OBJECT_CHARS)


def perpetrator(doc: Doc, draft: Draft, countries: Counter) -> tuple[dict, list[dict], bool]:
    """(perpetrator dict, evidence span of the claim or None, the attacker is a state acting as subject)."""
    mentions: list[actor_rules.ActorMention] = []
    seen: set[int] = set()
    claim, claim_cue, state_subject, combat = "unknown", None, False, False
    loose = False
    for a in draft.anchors[:MAX_SENTENCES_READ]:
        s0, s1 = doc.sentences[a.sent]
        for h in doc.hits_in("actor", s0, s1):
            if not draft.owns(a.sent, h.start):
                continue  # another incident's stretch of a shared sentence ("X fired rockets in response to ...")
            m = actor_rules.resolve(doc, h, countries)
            if m is None or _describes_another(doc, m):
                continue
            agent = actor_rules.is_agent(doc, m, a.start, a.end, a.role) and not _harmed_after(doc, m)
            if agent and m.actor.kind == "state" and _against_insurgents(doc, a.end, s1):
                # "the army claims it killed five guerrillas", "bombed guerrilla positions": combat, and the
                # insurgents it hit are no attackers either
                agent, combat = False, True
            # "killed four members of the Syrian security forces", "killed three Taliban fighters": the side hit
            # ("Carlos Pizarro, candidate for the M-19 guerrilla group, was shot": the victim's organisation)
            adjacent = (_actor_with_perp_noun(doc, h) and not _hit_party(doc, m.start, a.end)
                        and not _harmed(doc, m) and not _affiliation(doc, m))
            claims = (_claims(doc, m, s1, negated=True) and not _praises(doc, m)) \
                or _claims(doc, m, s1, "denied_responsibility")
            if not (agent or adjacent or claims):
                continue
            if m.start in seen:
                continue
            seen.add(m.start)
            if not mentions:
                loose = not (agent or claims)  # named only beside an attacker noun ("members of the X")
            mentions.append(m)
            if claim == "unknown":
                home = countries.most_common(1)[0][0] if countries else None
                claim, claim_cue = actor_rules.claim_status(doc, m, s0, s1, agent and m.end <= a.start, home)
                # "Israeli forces struck", or the alias holds the trigger itself ("an Israeli strike")
                state_subject = m.actor.kind == "state" and m.end <= a.end
    group = mentions[0].actor if mentions else None
    if group is not None and loose:
        blamed = _blamed_group(doc, draft, countries)
        if blamed[0] is not None:
            # "... The attack was the work of X": a blame of the attack outranks a group only named beside attackers
            group, claim, claim_cue, mentions = blamed
            state_subject = False
    if group is None and combat:
        return {"group": None, "kind": None, "known": False, "claim": "unknown", "mentions": []}, [], False
    if group is None:
        group, claim, claim_cue, mentions = _blamed_group(doc, draft, countries)
    if group is None:
        group, claim, claim_cue, mentions = _signed_group(doc, draft, countries)
    if group is None:
        group, claim, claim_cue, mentions = _new_group(doc, draft)
    if group is None:
        group, claim, claim_cue, mentions = _country_as_attacker(doc, draft)
        state_subject = group is not None
    if group is None:
        group, claim, claim_cue, mentions = _speaking_group(doc, draft, countries)
    if group is None:
        group, claim, claim_cue, mentions = _claiming_state(doc, draft, countries)
    if group is None:
        group, claim, claim_cue, mentions = _fallback_group(doc, draft, countries)
    if group is not None and claim not in ("claimed", "denied"):
        later = _own_deed(doc, draft, group) or _later_claim(doc, draft, group, countries) \
            or _self_reported(doc, draft, group, countries)
        if later is not None:
            claim, claim_cue = "claimed", later
        else:
            denial = (_state_denial(doc, draft, group) if group.kind == "state" else None) \
                or _group_denial(doc, draft, group, countries)
            if denial is not None:
                claim, claim_cue = "denied", denial
    named = [m for m in mentions if m.actor == group] + _other_mentions(doc, group, mentions, countries)
    if group is not None and group.kind == "generic":
        # "the drug mafias": the attackers' kind of organisation, as written where it is named the attacker (the
        # article's other generic words, "drug cartels" in background, are no name of the same group)
        named, group = [m for m in mentions if m.actor == group][:1], None
    perp = {
        "group": group.name if group else None,
        "kind": group.kind if group else None,
        "known": group is not None and any(m.index >= 0 for m in named),  # a new group's mentions carry index -1
        "claim": claim if group or named else "unknown",
        "mentions": [_organisation_span(doc, m) for m in named] + _unit_mentions(doc, named, countries),
    }
    return perp, ([doc.span(claim_cue.start, claim_cue.end)] if claim_cue else []), state_subject


_OBJECT_END = re.compile(r"[,;:.()\[\]]")
# an adjunct after the object: "struck targets in Yemen in retaliation for a Houthi attack" hits no Houthis
_ADJUNCT_WORDS = frozenset(["in", "on", "at", "near", "for", "with", "during", "after", "before", "to", "from", "by",
                            "as", "while", "when", "since", "because", "following"])


def _against_insurgents(doc: Doc, trigger_end: int, s1: int) -> bool:
    """Is what the attack word hits, right after it, the insurgents ("killed six subversives", "bombed guerrilla
    positions")? Forces fighting them is combat, not an attack by the state; a named group hit ("Israeli jets bombed
    Hamas positions") leaves the strike the state's."""
    stop = _OBJECT_END.search(doc.low, trigger_end, min(s1, trigger_end + OBJECT_CHARS))
    end = stop.start() if stop else min(s1, trigger_end + OBJECT_CHARS)
    insurgents = vocab()["combat_objects"]
    for word in _WORD.finditer(doc.low, trigger_end, end):
        if word.group() in _ADJUNCT_WORDS:
            return False
        if word.group() in insurgents:
            return True
    return False


_WORD = re.compile(r"\S+")


def with_attackers_group(doc: Doc, perp: dict, people: list[dict], countries: Counter) -> dict:
    """"two soldiers of the Salvadoran armed forces were involved in the murder", "armed forces members killed
    him": attackers told as people of a named organisation name that organisation as the attacker (attributed),
    where nothing else named one."""
    if perp["group"] is not None or perp["mentions"]:
        return perp
    for person in people:
        for m in _organisations_in(doc, person["start"], person["end"], countries):
                named = [m] + _other_mentions(doc, m.actor, [m], countries)
                return {**perp, "group": m.actor.name, "kind": m.actor.kind, "known": True, "claim": "attributed",
                        "mentions": [_organisation_span(doc, n) for n in named] + _unit_mentions(doc, named, countries)}
    return perp


def _organisation_span(doc: Doc, m: actor_rules.ActorMention) -> dict:
    """A mention as the organisation's name: "army troops", "the air force helicopters", "a military patrol" name
    the state's forces by their men or craft; the organisation is the words before them ("army", "the air force")."""
    words = doc.low[m.start:m.end].split()
    v = vocab()
    if m.actor.kind != "state" or len(words) < 2 or words[-1] not in v["organisation_members"]:
        return doc.span(m.start, m.end)
    head = " ".join(words[-3:-1]) if " ".join(words[-3:-1]) in v["organisation_words"] else words[-2]
    if head not in v["organisation_words"]:
        return doc.span(m.start, m.end)  # "Israeli troops": no organisation word to name the forces by
    end = doc.low.rindex(words[-2], m.start, m.end) + len(words[-2])
    return doc.span(m.start, end)


def _organisations_in(doc: Doc, start: int, end: int, countries: Counter) -> list[actor_rules.ActorMention]:
    """The organisations named inside an attackers' phrase beside the people ("members of the X", "X troops"; not
    "death squads" alone, the attackers' own noun), and a state's forces told by its nationality ("Honduran
    troops")."""
    found = [m for h in doc.hits_in("actor", start, end)
             if (m := actor_rules.resolve(doc, h, countries)) is not None and m.actor.kind != "generic"
             and any(w not in STRIP for w in (doc.low[start:h.start] + " " + doc.low[h.end:end]).split())]
    return found + [m for h in doc.hits_in("place", start, end)
                    if (m := actor_rules.demonym_forces(doc, h)) is not None and m.end <= end]


# "a FMLN column", "the FARC 12th Front", "the Zarate Wilka group": the group named with the unit that attacked
_UNIT = re.compile(r"[ \t\n]{1,3}(?:\d{1,2}(?:st|nd|rd|th)[ \t\n]{1,3}front|column|detachment|group|unit)\b")


def _unit_mentions(doc: Doc, named: list, countries: Counter) -> list[dict]:
    """The group's name with the unit noun that follows it, as one more mention: after the names given, and after
    any other mention of the same group in the article ("... murdered by FARC 12th Front members" later on)."""
    spans = {(m.start, unit.end()) for m in named if (unit := _UNIT.match(doc.low, m.end)) is not None}
    for actor in {m.actor for m in named if m.index >= 0}:
        spans.update(_unit_names_of(doc, countries).get(actor, ()))
    seen: set[str] = set()
    out = []
    for start, end in sorted(spans):
        key = " ".join(doc.low[start:end].split())
        if key not in seen:
            seen.add(key)
            out.append(doc.span(start, end))
    return out


def _unit_names_of(doc: Doc, countries: Counter) -> dict:
    """Per actor, the spans of its mentions followed by a unit noun (once per article)."""
    return doc.once("unit_names", _read_unit_names, doc, countries)


def _read_unit_names(doc: Doc, countries: Counter) -> dict:
    units: dict = {}
    for h in doc.hits.get("actor", []):
        unit = _UNIT.match(doc.low, h.end)
        m = actor_rules.resolve(doc, h, countries) if unit is not None else None
        if m is not None and unit is not None:
            units.setdefault(m.actor, []).append((h.start, unit.end()))
    return units


def _country_as_attacker(doc: Doc, draft: Draft) -> tuple:
    """"Russia launched 120 missiles", "Israel struck a school": a country as the subject of an attack verb is
    its armed forces (the first state actor of that country in the dictionary)."""
    for a in draft.anchors[:MAX_SENTENCES_READ]:
        s0 = doc.sentences[a.sent][0]
        verb = a.start if a.role == "verb" else _support_verb(doc, a.start, s0)
        found = actor_rules.country_subject(doc, verb, s0) if verb is not None else None
        if found is not None:
            return found.actor, "attributed", None, [found]
    return None, "unknown", None, []


_SUPPORT_VERB = re.compile(r"\b(?:launched|carried out|conducted|staged|mounted|unleashed)((?: [\w-]+){0,4}) $")


def _support_verb(doc: Doc, noun_start: int, s0: int) -> int | None:
    """"Russia launched a massive missile attack": where the verb whose object is the attack noun starts."""
    m = _SUPPORT_VERB.search(doc.low, max(s0, noun_start - 60), noun_start)
    return m.start() if m is not None else None


def _claim_span(doc: Doc, draft: Draft) -> tuple[int, int]:
    """Where a claim or denial of the incident is read: its sentences and at most CLAIM_REACH sentences after them."""
    first, last = min(draft.read()), max(draft.read())
    return doc.sentences[first][0], doc.sentences[min(len(doc.sentences) - 1, last + CLAIM_REACH)][1]


def _later_claim(doc: Doc, draft: Draft, group: Actor, countries: Counter) -> Hit | None:
    """"Guerrillas attacked the pipeline. ... The ELN claimed responsibility for the attack": the group named as the
    attacker claims it in one of the incident's sentences or at most CLAIM_REACH sentences after them."""
    start, end = _claim_span(doc, draft)
    for h in doc.hits_in("actor", start, end):
        m = actor_rules.resolve(doc, h, countries)
        if m is None or m.actor != group:
            continue
        s1 = doc.sentences[doc.sentence_of(h.start)][1]
        if _claims(doc, m, s1):
            return actor_rules.claim_cues(doc, m.end, s1)[0]
        by = _claimed_by(doc, m) or actor_rules.own_report_cue(doc, m, s1, deed=True)
        if by is not None:
            return by  # "... The BLA said in a statement that its fighters carried out the attack"
    return _anaphoric_claim(doc, draft, group, countries, max(draft.read())) \
        or _far_claim(doc, draft, group, countries)


def _claiming_state(doc: Doc, draft: Draft, countries: Counter):
    """"... Ukraine's SBU security service claimed responsibility for the attack": a state's forces claim the attack
    in one of the incident's sentences or at most CLAIM_REACH after them (armed groups are read by _fallback_group)."""
    start, end = _claim_span(doc, draft)
    for h in doc.hits_in("actor", start, end):
        m = actor_rules.resolve(doc, h, countries)
        if m is None or m.actor.kind != "state":
            continue
        s1 = doc.sentences[doc.sentence_of(h.start)][1]
        if not _claims(doc, m, s1):
            continue
        cue = actor_rules.claim_cues(doc, m.end, s1)[0]
        # "claimed responsibility", "claimed the attack": not "the armed forces claimed they had no information"
        if any(w in doc.low[cue.start:cue.end] for w in ("responsib", "credit")) \
                or doc.hits_in("trigger", cue.end, min(s1, cue.end + 25)):
            return m.actor, "claimed", cue, [m]
    return None, "unknown", None, []


def _self_reported(doc: Doc, draft: Draft, group: Actor, countries: Counter) -> Hit | None:
    """"An Israeli airstrike killed X in Beirut, the Israeli military said": the attacker is the source that tells
    the attack, after the telling (its own report of its deed is an admission)."""
    for s in draft.read():
        s0, s1 = doc.sentences[s]
        for h in doc.hits_in("actor", s0, s1):
            m = actor_rules.resolve(doc, h, countries)
            if m is None or m.actor != group or not _SOURCE_BEFORE.search(doc.low, max(s0, m.start - 6), m.start):
                continue
            said = [c for c in doc.cues_in(m.end, min(s1, m.end + 3), "reporting") if c.start - m.end <= 2]
            if said and _SOURCE_AFTER.match(doc.low, said[0].end):
                return said[0]
    return None


# ", the Israeli military said." / ", the group said on Sunday": the source told after the deed, as the last clause
_SOURCE_BEFORE = re.compile(r",\s*(?:the\s+)?$")
_SOURCE_AFTER = re.compile(r"(?:\s+(?:on|in)\s+[a-z]+(?:\s+[a-z]+)?)?\s*[.;]")


def _far_claim(doc: Doc, draft: Draft, group: Actor, countries: Counter) -> Hit | None:
    """"... The Extraditables claimed credit for these two actions": further on (at most FAR_BLAME_REACH sentences
    after the incident), the group's claim of "the"/"this"/"these" attack of the incident's type, or of "these
    actions"."""
    last = max(draft.read())
    lo, hi = last + 1 + CLAIM_REACH, min(len(doc.sentences), last + 1 + FAR_BLAME_REACH)
    if lo >= hi:
        return None
    types = _types(draft)
    for h in doc.hits_in("actor", doc.sentences[lo][0], doc.sentences[hi - 1][1]):
        m = actor_rules.resolve(doc, h, countries)
        if m is None or m.actor != group:
            continue
        s1 = doc.sentences[doc.sentence_of(h.start)][1]
        if not _claims(doc, m, s1):
            continue
        cue = actor_rules.claim_cues(doc, m.end, s1)[0]
        if _refers_to_attack(doc, cue.end, min(s1, cue.end + 50), types) \
                or _THESE_ACTIONS.search(doc.low, cue.end, min(s1, cue.end + 50)):
            return cue
    return None


_THESE_ACTIONS = re.compile(r"\b(?:the|this|these|both)\s+(?:two\s+|three\s+)?(?:actions?|acts?|crimes?)\b")


def _own_deed(doc: Doc, draft: Draft, group: Actor) -> Hit | None:
    """"Our units attacked the garrison": the attack told in the first person, as an armed group's communique, radio
    or quoted statement tells it, is the speaking group's claim (a state's "our troops" tell combat, not a claim)."""
    if group.kind != "armed_group":
        return None
    found = _first_person(doc, draft)
    return found[1] if found is not None else None


def _past_perp_noun(doc: Doc, end: int) -> int:
    """End of the attacker noun right after a group's name ("the ELN guerrillas"), else end."""
    return max([end] + [p.end for p in doc.hits_in("perp", end, end + 2)])


def _first_person(doc: Doc, draft: Draft) -> tuple[int, Hit] | None:
    """The first sentence of the incident that tells it in the first person, with the first-person words; not one
    that quotes someone else ("'our troops attacked the gunmen,' an army spokesman said"). Asked by _speaking_group
    and again by _own_deed: once per set of sentences read."""
    read = tuple(draft.read())
    return doc.once(("first_person", read), _read_first_person, doc, read)


def _read_first_person(doc: Doc, read: tuple[int, ...]) -> tuple[int, Hit] | None:
    for s in read:
        s0, s1 = doc.sentences[s]
        for h in doc.hits_in("trigger", s0, s1):
            own = actor_rules.first_person_deed(doc, h.start, h.end, h.payload[1], s0) if h.payload else None
            if own is not None:
                if _other_speaker(doc, s0, s1):
                    break  # read the speaker only where first-person words are found: most sentences have none
                return s, own
    return None


def _other_speaker(doc: Doc, s0: int, s1: int) -> bool:
    """Does a reporting verb of the sentence have a speaker other than an armed group: officials, police, the army,
    witnesses ("an army spokesman said", "said a police officer", "a soldier told reporters")?"""
    speakers = lexicon().sets["other_speakers"]
    for cue in doc.cues_in(s0, s1, "reporting"):
        # the subject: the words between the quote or clause that ends before the verb and the verb, or right after it
        before = _CLAUSE_END.split(doc.low[max(s0, cue.start - 30):cue.start])[-1].split()[-3:]
        after = _CLAUSE_END.split(doc.low[cue.end:min(s1, cue.end + 30)])[0].split()[:3]
        if any(w.removesuffix("'s") in speakers for w in before + after):
            return True
    return False


_CLAUSE_END = re.compile(r"[,;:\"“”()\[\]]")


def _speaking_group(doc: Doc, draft: Draft, countries: Counter):
    """"'Our fighters ambushed the convoy,' JNIM said": the attack told in the first person, in a sentence whose
    speaker is an armed group (the subject of its reporting verb), is that group's claim."""
    found = _first_person(doc, draft)
    if found is not None:
        s0, s1 = doc.sentences[found[0]]
        for h in doc.hits_in("actor", s0, s1):
            m = actor_rules.resolve(doc, h, countries)
            if m is not None and m.actor.kind == "armed_group" and _speaks(doc, m, s0, s1):
                return m.actor, "claimed", found[1], [m]
    return None, "unknown", None, []


def _speaks(doc: Doc, m: actor_rules.ActorMention, s0: int, s1: int) -> bool:
    """Is the group the subject of a reporting verb ("JNIM said", "said JNIM", "JNIM said in a statement")?"""
    after = doc.cues_in(m.end, min(s1, m.end + 25), "reporting")
    if after and len(ASIDE.sub(" ", doc.low[m.end:after[0].start]).split()) <= 1:
        return True
    before = doc.cues_in(max(s0, m.start - 20), m.start, "reporting")
    return bool(before) and doc.low[before[-1].end:m.start].split() in ([], ["the"])


def _state_denial(doc: Doc, draft: Draft, group: Actor) -> Hit | None:
    """"... Kyiv denied responsibility": the blamed state's country or capital denies it, in the incident's
    sentences or at most CLAIM_REACH sentences after them."""
    start, end = _claim_span(doc, draft)
    for cue in doc.cues_in(start, end, "denied_responsibility"):
        before = doc.hits_in("place", max(start, cue.start - 30), cue.start)
        if before and not any(ch in doc.low[before[-1].end:cue.start] for ch in ",;:"):
            m = actor_rules.country_forces(before[-1])
            if m is not None and m.actor == group:
                return cue
    return None


# (after an opening "In a statement," "On Monday," "Later,": the group still opens the clause)
_GROUP_ANAPHOR = re.compile(r"\s*[\"'“]?(?:(?:in an? (?:statement|message|communique|video)(?: [a-z-]+){0,4}"
                            r"|on [a-z]+|later|meanwhile|separately),\s+)?(?:the|this) ([a-z-]+)(?: ([a-z-]+))?"
                            r"(?: ([a-z-]+))?")


def _group_anaphor_end(doc: Doc, s0: int, s1: int) -> int | None:
    """Where "The group" ("The militant group", "This movement", "On Monday, the group") that opens a sentence
    ends, if it does."""
    opening = _GROUP_ANAPHOR.match(doc.low, s0, s1)
    if opening is None:
        return None
    nouns = lexicon().sets["group_anaphora"]
    for n in (1, 2, 3):
        if opening.group(n) in nouns:
            return opening.end(n)
    return None


def _group_denial(doc: Doc, draft: Draft, group: Actor, countries: Counter) -> Hit | None:
    """"The government blamed Houthi rebels ... The rebels denied responsibility": the group held responsible denies
    it, by name or as "the rebels", in the incident's sentences or at most CLAIM_REACH sentences after them."""
    start, end = _claim_span(doc, draft)
    if not doc.cues_in(start, end, "denied_responsibility"):
        return None
    for h in doc.hits_in("actor", start, end):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor == group:
            s1 = doc.sentences[doc.sentence_of(h.start)][1]
            if _claims(doc, m, s1, "denied_responsibility"):
                return actor_rules.claim_cues(doc, m.end, s1, "denied_responsibility")[0]
    return _anaphoric_claim(doc, draft, group, countries, max(draft.read()), "denied_responsibility")


def _anaphoric_claim(doc: Doc, draft: Draft, group: Actor, countries: Counter, last: int,
                     kind: str = "claimed") -> Hit | None:
    """"JNIM fighters attacked an army post ... The group claimed the attack on Saturday": a claim by "the group"
    (or "the militants", "the movement") whose last named organisation is the attacker (with kind
    "denied_responsibility", its denial)."""
    for sent in range(min(draft.read()) + 1, min(len(doc.sentences), last + CLAIM_REACH + 1)):
        s0, s1 = doc.sentences[sent]
        end = _group_anaphor_end(doc, s0, s1)
        cues = actor_rules.claim_cues(doc, end, min(s1, end + 30), kind) if end is not None else []
        if end is not None and not cues and kind == "claimed":
            # "The al Qaeda-linked group said in a statement its fighters were behind the attack"
            own = actor_rules.own_report_cue(doc, actor_rules.ActorMention(s0, end, group, -1), s1, deed=True)
            cues = [own] if own is not None else []
        if cues and _last_group_before(doc, s0, countries) == group:
            return cues[0]
        relative = _relative_anaphor_claim(doc, s0, s1) if kind == "claimed" else None
        if relative is not None and _last_group_before(doc, relative.start, countries) == group:
            return relative
    return None


# "this alleged organization that claimed responsibility", "the group, which has claimed": a noun referring back to a
# group, then a relative clause whose verb is the claim
_RELATIVE_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?([a-z-]+)\s*,?\s*(?:which|that|who)\s+"
                               r"(?:(?:has|have|had|also|already)\s+)*$")


def _relative_anaphor_claim(doc: Doc, s0: int, s1: int) -> Hit | None:
    """The claim cue of a relative clause on "the group" ("the organization that claimed responsibility") in the
    sentence."""
    nouns = lexicon().sets["group_anaphora"]
    for cue in actor_rules.claim_cues(doc, s0, s1):
        found = _RELATIVE_ANAPHOR.search(doc.low, max(s0, cue.start - 60), cue.start)
        if found is not None and found.group(1) in nouns and not _OTHER_DEEDS & set(doc.low[cue.end:s1].split()[:5]):
            return cue
    return None


# "the movement that has claimed many attacks in the past": the group described by its other deeds
_OTHER_DEEDS = frozenset(["many", "several", "numerous", "dozens", "scores", "previous", "past", "other", "earlier",
                          "most", "all"])


def _last_group_before(doc: Doc, pos: int, countries: Counter) -> Actor | None:
    """The armed group named last before pos ("the group" is never "the army" that reported the attack)."""
    for h in reversed(doc.hits_in("actor", max(0, pos - GROUP_ANAPHOR_REACH), pos)):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor.kind == "armed_group":
            return m.actor
    return None


def _other_mentions(doc: Doc, group, mentions: list, countries: Counter) -> list:
    """The article's other names for the same group ("FMLN" beside "Farabundo Marti National Liberation Front")."""
    if group is None:
        return []
    seen = {doc.low[m.start:m.end] for m in mentions}
    return [m for name, m in _names_of(doc, countries).get(group, {}).items() if name not in seen]


def _names_of(doc: Doc, countries: Counter) -> dict:
    """Per actor, the first mention of each way the article writes it, in text order (once per article:
    walking every actor hit for every incident was quadratic in digests of many incidents)."""
    return doc.once("actor_names", _read_names, doc, countries)


def _read_names(doc: Doc, countries: Counter) -> dict:
    names: dict = {}
    for h in doc.hits.get("actor", []):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None:
            names.setdefault(m.actor, {}).setdefault(doc.low[h.start:h.end], m)
    return names


def _claims(doc: Doc, m: actor_rules.ActorMention, s1: int, kind: str = "claimed", negated: bool = False) -> bool:
    """"The FMLN claimed responsibility" ("denied responsibility"): the cue right after the actor, same clause;
    with negated, "the FMLN has not claimed responsibility" counts too (the group is then suspected)."""
    cues = actor_rules.claim_words(doc, m.end, s1) if negated else actor_rules.claim_cues(doc, m.end, s1, kind)
    if not cues:
        return False
    head = _noun_phrase_end(doc, m.end, cues[0].start)
    if _RELATIVE.match(doc.low, head, cues[0].start) and cues[0].start - head <= 30:
        # "the FMLN, which has claimed responsibility", "against ELN guerrillas, which have claimed": the relative
        # clause tells the group's own claim, whatever the group is the object of
        return True
    between = doc.low[m.end:cues[0].start]
    if actor_rules.speaker_between(doc, m.end, cues[0].start):
        return True  # "Houthi military spokesman Yahya Saree claimed": the group's spokesman speaks for it
    # (a reporting verb between is another speaker's, "X, the army said, claimed", but not in a relative clause on
    # the group: "Al-Shabaab, which has claimed many attacks in the past, denied any role")
    appositive = _APPOSITIVE.match(between) is not None and (
        not doc.cues_in(m.end, cues[0].start, "reporting") or _NONRESTRICTIVE.match(between) is not None)
    if cues[0].start - m.end > (CLAIM_APPOSITIVE_REACH if appositive else 30):
        return False
    if "," in between and not appositive:
        return False
    if not appositive and _another_claimant(doc, m.end, cues[0].start):
        return False  # "a Houthi spokesman said the army claimed": the claim is the army's
    if _names_a_thing(doc, m.end):
        return False  # "an attack on a U.S. military convoy last week claimed": the actor names what was hit
    before = [w for w in doc.low[max(0, m.start - 20):m.start].split() if w not in ("a", "an", "the")]
    return not (before and before[-1] in ("on", "against", "at", "of", "to"))


def _names_a_thing(doc: Doc, end: int) -> bool:
    """Is the actor's name the modifier of a place or a thing ("a U.S. military convoy", "the army base")?"""
    after = doc.low[end:end + 20].split()
    head = after[0].strip(",.").removesuffix("'s") if after else ""
    return head in lexicon().sets["target_heads"] or head in vocab()["vehicle_heads"]


def _another_claimant(doc: Doc, start: int, end: int) -> bool:
    """Does a reporting verb between the group and the claim cue open a clause with a subject of its own ("said the
    army claimed"; not "said it claimed", "said in a statement it had claimed")?"""
    for cue in doc.cues_in(start, end, "reporting"):
        words = doc.low[cue.end:end].split()
        if words[:1] == ["that"]:
            words = words[1:]
        if words and words[0] not in ("it", "they", "its", "their", "in", "on", "via", "through", "to", "had", "has",
                                      "have", "also"):
            return True
    return False


def _noun_phrase_end(doc: Doc, end: int, stop: int) -> int:
    """Where the noun phrase the group's name opens ends: past a gloss or acronym in brackets and the attacker nouns
    after the name ("ELN [Army of National Liberation] guerrillas", "FARC rebels")."""
    gloss = GLOSS_AFTER.match(doc.low, end, stop)
    if gloss is not None:
        end = gloss.end()
    elif doc.low[end:end + 1] in ("]", ")"):
        end += 1  # the mention is the gloss itself
    for h in doc.hits_in("perp", end, min(stop, end + 3)):
        if not doc.low[end:h.start].strip():
            end = max(end, h.end)
    return end


# "Al-Shabaab, which has claimed many attacks, denied", "Al-Shabaab, in a statement, claimed": the group's own aside
_NONRESTRICTIVE = re.compile(r"[\s\]\)]*,\s*(?:which|who|in\s+an?|through\s+an?|via\s+an?)\s")
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that)\b[^,;:()]*$")
# "Al-Shabaab, the al Qaeda-linked group, claimed", "known as Tehreek-e-Taliban Pakistan (TTP), denied": the
# group's appositive (or the close of one that holds the group's other name) between it and the cue
_APPOSITIVE = re.compile(r"^[\s\]\)]*,(?:[^,;.()]{1,60},|\s*(?:the|an?)\s[^,;.()]{1,110},)?\s*$")
# "Houthi military spokesman Yahya Saree", "the FMLN's top commander Juan Perez": the group's speaker, maybe named
def _claimed_by(doc: Doc, m: actor_rules.ActorMention) -> Hit | None:
    """"Responsibility was claimed by X": the claim cue right before the group, joined by "by"."""
    s0 = doc.sentences[doc.sentence_of(m.start)][0]
    for cue in actor_rules.claim_cues(doc, max(s0, m.start - 40), m.start):
        between = doc.low[cue.end:m.start].split()
        if between and between[0] == "by" and all(w in ("by", "the") for w in between):
            return cue
    return None


def _hit_party(doc: Doc, start: int, trigger_end: int) -> bool:
    """"killed four members of the Syrian security forces": a group named in the trigger's object, with no
    "by" or clause break between, is the side hit, not the attacker."""
    if start < trigger_end:
        return False
    between = doc.low[trigger_end:start]
    return not any(ch in between for ch in ",;:") and "by" not in between.split()


def _actor_with_perp_noun(doc: Doc, h: Hit) -> bool:
    after = doc.hits_in("perp", h.end, h.end + 2)
    before = doc.low[max(0, h.start - 16):h.start].split()
    return bool(after) or (len(before) >= 2 and before[-2:] in (["members", "of"], ["member", "of"])) \
        or (len(before) >= 3 and before[-3:-1] in (["members", "of"], ["member", "of"])) \
        or _perp_noun_of(doc, h)


def _perp_noun_of(doc: Doc, h: Hit) -> bool:
    """"Kurdish militants of the PKK", "fighters from al Shabaab": an attacker noun right before, joined by of/from."""
    for p in doc.hits_in("perp", max(0, h.start - 30), h.start):
        if doc.low[p.end:h.start].split() in (["of"], ["of", "the"], ["from"], ["from", "the"]):
            return True
    return False


def _blamed_group(doc: Doc, draft: Draft, countries: Counter):
    """"Officials blamed the attack on X", "blamed X for", "attributed the bombing to X" (attributed);
    "bore the hallmarks of X", "suspected X militants" (suspected) in one of the incident's sentences or one
    between them ("... killing four workers. According to the union, the army is responsible. The explosion ...")."""
    for s in draft.read_between():
        s0, s1 = doc.sentences[s]
        found = _held_responsible(doc, s0, s1, countries) or _responsible_subject(doc, s0, s1, countries)
        if found is not None:
            return _attributed(*found, hedged=_hedged_before(doc, s0, found[0].start))
        blamed = _blame_cue(doc, s0, s1, countries) or _believed_subject(doc, s0, s1, countries)
        if blamed is not None:
            return blamed
    for s in _sentences_after(doc, draft):
        found = _responsible_subject(doc, *doc.sentences[s], countries)
        if found is not None:
            return _attributed(*found, hedged=_hedged_before(doc, doc.sentences[s][0], found[0].start))
        believed = _believed_subject(doc, *doc.sentences[s], countries)
        if believed is not None:
            return believed
        blamed = _blame_cue(doc, *doc.sentences[s], countries, opening=True)
        if blamed is not None:
            return blamed  # "... killing four policemen. Police suspected Islamic State militants."
    return _blamed_far(doc, draft, countries)


def _blamed_far(doc: Doc, draft: Draft, countries: Counter):
    """"... He reiterated that the armed forces were guilty of the murders": further on, a group held responsible
    for "the"/"this" attack of the incident's own type, at most FAR_BLAME_REACH sentences after it."""
    types = {t[0] for t in draft.types}
    last = max(draft.read_with_support())
    for s in range(last + 1 + CLAIM_REACH, min(len(doc.sentences), last + 1 + FAR_BLAME_REACH)):
        s0, s1 = doc.sentences[s]
        found = _held_responsible(doc, s0, s1, countries) or _responsible_subject(doc, s0, s1, countries)
        if found is not None and _refers_to_attack(doc, found[0].end, s1, types):
            return _attributed(*found)
    return None, "unknown", None, []


def _attributed(m: actor_rules.ActorMention, cue: Hit | None, hedged: bool = False) -> tuple:
    """The (group, claim, cue, mentions) of a group others hold responsible (suspected when the blame is hedged)."""
    return m.actor, "suspected" if hedged else "attributed", cue, [m]


def _hedged_before(doc: Doc, s0: int, pos: int) -> bool:
    """"Prosecutors are investigating whether X was behind the killing": a hedge opens the blame's sentence."""
    return bool(doc.cues_in(s0, pos, "suspected"))


def _refers_to_attack(doc: Doc, start: int, end: int, types: set[str]) -> bool:
    """Is an attack noun of one of these types, after "the"/"this"/"these", in text[start:end]?"""
    for h in doc.hits_in("trigger", start, end):
        if h.payload and h.payload[1] == "noun" and h.payload[0] in types \
                and doc.low[max(start, h.start - 7):h.start].split()[-1:] in (["the"], ["this"], ["these"]):
            return True
    return False


def _blame_cue(doc: Doc, s0: int, s1: int, countries: Counter, opening: bool = False):
    """"blamed the attack on X", "suspected X militants" in [s0, s1); with opening, only a cue among the sentence's
    first words (its main verb: "Police suspected X"), as a later sentence may blame X for something else."""
    for kind in ("attributed", "suspected"):
        for cue in doc.cues_in(s0, s1, kind):
            clause = doc.low[s0:cue.start].rsplit(";", 1)[-1]  # "No group claimed it; officials suspected X"
            if opening and len(clause.split()) > _OPENING_WORDS and not _blames_back(doc, cue.end, s1):
                continue
            if _counterfactual(doc, s0, cue.start):
                continue
            for h in doc.hits_in("actor", cue.end, min(s1, cue.end + BLAME_REACH)):
                between = doc.low[cue.end:h.start]
                before = past_descriptors(between.split())
                if (before and before[-1] not in _BLAMED_ON) or any(ch in between for ch in ",;:"):
                    continue
                if len(between) > 40 and not _blamed_object(before):
                    continue
                m = actor_rules.resolve(doc, h, countries)
                if m is not None:
                    hedged = kind == "suspected" or doc.cues_in(s0, s1, "suspected")
                    return m.actor, "suspected" if hedged else "attributed", cue, [m]
            if kind == "attributed":
                for h in doc.hits_in("place", cue.end, min(s1, cue.end + 30)):
                    # "Russian-installed officials blamed Ukraine", "Moscow blamed Kyiv": the state blamed
                    sponsor = doc.low.startswith(SPONSORED, h.end)  # "blamed Iran-backed militias": a sponsor
                    m = actor_rules.country_forces(h) \
                        if doc.low[cue.end:h.start].split() in ([], ["on"]) and not sponsor else None
                    if m is not None:
                        return m.actor, "attributed", cue, [m]
    return None


_OPENING_WORDS = 3
# "... as they would have if this operation had been carried out by the FMLN": a deed told as not the group's
_IF_DONE = re.compile(r"\b(?:if|as\s+if|unless)\s+(?:[a-z'-]+\s+){0,4}(?:had|has|have|were|was)\s+been\s+$")


def _counterfactual(doc: Doc, s0: int, cue_start: int) -> bool:
    """Is the blame cue ("carried out by") the verb of a condition ("if the attack had been carried out by")?"""
    return _IF_DONE.search(doc.low, max(s0, cue_start - 60), cue_start) is not None


# "... blamed it on X", "attributed the bombing to X": the blamed deed told again by a pronoun or a definite noun
_BLAMED_BACK = re.compile(r"\s+(?:(?:it|them)|(?:the|this|these)\s+([a-z]+))\s+(?:on|to)\s")


def _blames_back(doc: Doc, cue_end: int, s1: int) -> bool:
    """"Although no one has claimed the bombing, the press blamed it on the drug mafia": past a sentence's first
    words, a blame whose object refers back to the attack ("it", "the bombing") is about the incident told before."""
    found = _BLAMED_BACK.match(doc.low, cue_end, s1)
    if found is None:
        return False
    return found.group(1) is None \
        or any(h.start == found.start(1) for h in doc.hits_in("trigger", cue_end, found.end()))


def _sentences_after(doc: Doc, draft: Draft) -> list[int]:
    """The CLAIM_REACH sentences after the incident."""
    last = max(draft.read_with_support())
    return list(range(last + 1, min(len(doc.sentences), last + 1 + CLAIM_REACH)))


_BLAMED_ON = frozenset(["on", "to", "the", "of"])


def past_descriptors(words: list[str]) -> list[str]:
    """The words before a group's name without its description ("blamed the paramilitary", "on the al qaeda-linked
    group"): the blame's object is the name, however the writer introduces it."""
    k = len(words)
    while k > 0 and len(words) - k < _MOST_DESCRIPTORS and _describes(words, k - 1):
        k -= 1
    return words[:k]


_MOST_DESCRIPTORS = 4
# a sponsor or ally before the hyphen (phrases.SPONSORED), or who leads the group or where it is based
_DESCRIBING_SUFFIXES = SPONSORED + ("-led", "-based")


def _describes(words: list[str], i: int) -> bool:
    """Is words[i] part of a group's description: a describing word, a group noun, a demonym, a compound in -linked
    or -backed, or the name a compound ends ("al" and "qaeda-linked")?"""
    sets = lexicon().sets
    w = words[i]
    if w in sets["group_descriptors"] or w in sets["group_anaphora"] or w in sets["demonyms"]:
        return True
    return w.endswith(_DESCRIBING_SUFFIXES) or any(n.endswith(_DESCRIBING_SUFFIXES) for n in words[i + 1:i + 2])


def _blamed_object(before: list[str]) -> bool:
    """"attributed the bombing of the shopping centre to the X", "blamed Friday's murder on X": past a longer
    object, the group follows "to" or "on" (not "of": "the bombing of the army base")."""
    words = before[:-1] if before[-1:] == ["the"] else before
    return words[-1:] in (["to"], ["on"])
# what the blamed group is blamed for, maybe after a second blamed party ("accusing the army and the most radical
# sectors of the government of perpetrating")
_HELD_AFTER = re.compile(r"[\s,]*(?:and\s[^,;:.()]{1,50}?\s)?(?:for|responsible|of)\b")


def _held_responsible(doc: Doc, s0: int, s1: int, countries: Counter):
    """"The police hold the MRTA responsible", "condemned the FMLN for this attack", "we blame ARENA for":
    a verb of blame, the group as its object, then what it is blamed for."""
    if not doc.hits_in("actor", s0, s1):
        return None  # the group follows the verb inside the sentence: most sentences name none
    for cue in doc.cues_in(s0, s1, "attributed_verbs"):
        for h in doc.hits_in("actor", cue.end, min(s1, cue.end + BLAMED_LIST_REACH)):
            words = past_descriptors(doc.low[cue.end:h.start].split())
            if not (_blamed_first(words) if h.start <= cue.end + 40 else _last_blamed(doc.low[cue.end:h.start])):
                continue
            if not _HELD_AFTER.match(doc.low, h.end, min(s1, h.end + 70)):
                continue
            m = actor_rules.resolve(doc, h, countries)
            if m is not None:
                return m, cue
    return None


# "we blame ARENA, the regime of Cristiani and D'Aubuisson, and its armed forces for": the last of a list of blamed
_LAST_CONJUNCT = re.compile(r",?\s+and\s+(?:the|its|their)?\s*$")


def _last_blamed(between: str) -> bool:
    """Is the group the last of the blamed, after "and", with no clause break in the list before it?"""
    return _LAST_CONJUNCT.search(between) is not None and not any(ch in between for ch in ";:")


def _blamed_first(words: list[str]) -> bool:
    """The group is the verb's object, or the second of two: "blamed the government and the army for"."""
    if words in ([], ["the"]):
        return True
    if "and" not in words or any(not w.isalpha() for w in words):
        return False
    n = words.index("and")
    return 1 <= n <= 3 and words[n + 1:] in ([], ["the"])


# "the X (guerrillas) are being held responsible", "the X were guilty of", "the X was behind the attack": the group
# as the subject of blame
# "... has been blamed for the attack", "the X was widely blamed for the bombing": the same, in the passive
# "did not rule out X as having been responsible for": the same, as the object of a verb of naming or suspecting
_RESPONSIBLE = re.compile(r"[\"'”]?\s+(?:is|are|was|were|(?:has|have|had)\s+been|as(?:\s+having\s+been|\s+being)?)\s+"
                          r"(?:also\s+|being\s+|now\s+|widely\s+)?(?:held\s+)?"
                          r"(?:responsible|guilty|to\s+blame|behind\s+the|blamed\s+for)\b")
# "members of the X (had) participated in the crime", "X were involved in the massacre": the group took part in it
# (the attack, not "the search for the bodies": an attack word or "crime" must follow)
_TOOK_PART = re.compile(r"[\"'”]?\s+(?:(?:is|are|was|were)\s+(?:directly\s+)?involved|(?:had\s+|have\s+|has\s+)?"
                        r"(?:directly\s+)?(?:participated|took\s+part))\s+in\s+(?:the|this|that)\s+")
_RESPONSIBLE_WORDS = ("responsible", "guilty", "blame", "behind", "involved", "participated", "took part")
_CRIME = re.compile(r"crimes?\b")


def _responsible_subject(doc: Doc, s0: int, s1: int, countries: Counter):
    actors = doc.hits_in("actor", s0, s1)
    if not actors or not doc.mentions_in(_RESPONSIBLE_WORDS, s0, s1):
        return None  # asked of many sentences per incident: most name no group, most articles blame no one
    cues = doc.cues_in(s0, s1, "attributed")
    for h in actors:
        end = _past_perp_noun(doc, h.end)
        found = _RESPONSIBLE.match(doc.low, end, s1) or _took_part(doc, end, s1)
        m = actor_rules.resolve(doc, h, countries) if found else None
        if m is not None:
            cue = next((c for c in cues if c.start >= end), None)
            return m, cue
    return None


# "the ELN is believed to have carried out the attack", "... are thought to have been behind it": hedged blame
_BELIEVED = re.compile(r"[\"'”]?\s+(?:is|are|was|were)\s+(?:widely\s+|also\s+)?(?:believed|thought|suspected|said)"
                       r"\s+to\s+(?:have\s+)?(?:carried\s+out|been\s+behind|been\s+responsible|staged|committed|"
                       r"perpetrated|planted|set\s+off)\b")
_BELIEVED_WORDS = ("believed to", "thought to", "suspected to", "said to")


def _believed_subject(doc: Doc, s0: int, s1: int, countries: Counter):
    """A group as the subject of a hedged blame ("the ELN is believed to have carried out the attack"): suspected."""
    if not doc.mentions_in(_BELIEVED_WORDS, s0, s1):
        return None
    for h in doc.hits_in("actor", s0, s1):
        end = _past_perp_noun(doc, h.end)
        m = actor_rules.resolve(doc, h, countries) if _BELIEVED.match(doc.low, end, s1) else None
        if m is not None:
            cue = next(iter(doc.cues_in(end, s1, "suspected")), None)
            return m.actor, "suspected", cue, [m]
    return None


def _took_part(doc: Doc, end: int, s1: int) -> bool:
    """"... participated in the crime", "... were involved in the bomb attack" right after the group."""
    found = _TOOK_PART.match(doc.low, end, s1)
    if found is None:
        return False
    start = found.end()
    # the attack word heads the object: "the crime", "the bomb attack", "this brutal massacre"
    return any(len(doc.low[start:h.start].split()) <= 2 and doc.low[start:h.start].replace(" ", "").isalpha()
               or h.start == start for h in doc.hits_in("trigger", start, start + 30)) \
        or _CRIME.match(doc.low, start) is not None


# what attackers leave behind to sign their deed, then the group it names: "left leaflets of the X", "a flag of the
# X was found at the scene", "painted the walls with the words X"
_SIGNATURE = re.compile(r"\b(?:leaflets?|pamphlets?|flags?|banners?|slogans?|graffiti|insignias?|messages)"
                        r"(?:[ \t\n]+[a-z-]+){0,2}?[ \t\n]+(?:of|from|signed[ \t\n]+by)[ \t\n]+(?:the[ \t\n]+)?$"
                        r"|\bwith[ \t\n]+the[ \t\n]+(?:words|initials|name)[ \t\n]+(?:of[ \t\n]+)?(?:the[ \t\n]+)?$")
_SIGNATURE_WORDS = ("leaflet", "pamphlet", "flag", "banner", "slogan", "graffiti", "insignia", "messages", "the words",
                    "the initials")


def _signed_group(doc: Doc, draft: Draft, countries: Counter):
    """"The attackers left pamphlets of the X", "a flag of the X was found at the scene": the group whose signature
    the attackers left, in the incident's sentences or the CLAIM_REACH after them, is suspected."""
    for s in [*draft.read(), *_sentences_after(doc, draft)]:
        s0, s1 = doc.sentences[s]
        if not doc.mentions_in(_SIGNATURE_WORDS, s0, s1):
            continue  # most sentences tell no signature
        for h in doc.hits_in("actor", s0, s1):
            if _SIGNATURE.search(doc.low, max(s0, h.start - 60), h.start) is None:
                continue
            m = actor_rules.resolve(doc, h, countries)
            if m is not None and m.actor.kind == "armed_group":
                return m.actor, "suspected", None, [m]
    return None, "unknown", None, []


def _new_group(doc: Doc, draft: Draft):
    """An organisation the dictionary lacks that claims this attack ("the Black Hand Brigade claimed responsibility",
    also in a sentence of its own after it) or whose members carried it out ("members of the Red Dawn Front")."""
    last = max(draft.read())
    with_after = [*draft.read(), *range(last + 1, min(len(doc.sentences), last + 1 + CLAIM_REACH))]
    for s in with_after:
        s0, s1 = doc.sentences[s]
        for g in claimants(doc, s0, s1):
            cue = actor_rules.claim_cues(doc, g.end, s1)
            return _new_actor(g, "claimed", cue[0] if cue else None)
    for s in draft.read_between():
        for g in blamed_organisations(doc, *doc.sentences[s]):
            return _new_actor(g, "attributed")
    for s in draft.read():
        for g in attackers_organisations(doc, *doc.sentences[s]):
            return _new_actor(g, "attributed")
    for s in with_after:
        for g in called_members(doc, *doc.sentences[s]):
            # "... The kidnappers are said to be members of a group called X": the group the text names for them
            return _new_actor(g, "attributed")
    for a in draft.anchors[:MAX_SENTENCES_READ]:
        g = subject_organisation(doc, doc.sentences[a.sent][0], a.start) if a.role == "verb" else None
        if g is not None:
            return _new_actor(g, "attributed")
    return None, "unknown", None, []


def _new_actor(g, claim: str, cue: Hit | None = None) -> tuple:
    """The perpetrator result for an organisation the dictionary lacks, named at g."""
    actor = Actor(g.name, "armed_group", 0, 9999, ())
    return actor, claim, cue, [actor_rules.ActorMention(g.start, g.end, actor, -1)]


def _fallback_group(doc: Doc, draft: Draft, countries: Counter):
    """No attacker named beside the trigger: a claim of responsibility elsewhere, or the article's only armed group."""
    groups, sents = _armed_groups(doc, countries)
    if not groups:
        return None, "unknown", None, []
    # the groups named from the incident's first sentence to CLAIM_REACH after its last (sents is sorted): a claim
    # told between two sentences of the telling is this attack's too
    lo, hi = bisect_left(sents, min(draft.read())), bisect_right(sents, max(draft.read()) + CLAIM_REACH)
    for sent, g in zip(sents[lo:hi], groups[lo:hi]):
        # "... The Islamic State Khorasan Province claimed responsibility." in a sentence of its own
        s1 = doc.sentences[sent][1]
        for kind, status in (("claimed", "claimed"), ("denied_responsibility", "denied")):
            if _claims(doc, g, s1, kind):
                return g.actor, status, actor_rules.claim_cues(doc, g.end, s1, kind)[0], [g]
        if _claims(doc, g, s1, negated=True):
            return g.actor, "suspected", actor_rules.claim_words(doc, g.end, s1)[0], [g]
        by = _claimed_by(doc, g) or actor_rules.own_report_cue(doc, g, s1, deed=True)
        if by is not None:
            return g.actor, "claimed", by, [g]  # "... The AA said on Sunday its fighters had seized the post"
    for s in draft.read():
        s0, s1 = doc.sentences[s]
        cues = actor_rules.claim_cues(doc, s0, s1)
        if cues:
            return groups[0].actor, "claimed", cues[0], [groups[0]]
    # people named around the attack ("guerrillas", "gunmen", "armed men", "individuals")
    attackers = [h for s in draft.read() for h in doc.hits_in("perp", *doc.sentences[s])
                 if not _modifies_place(doc, h)]
    if any(_unidentified(doc, h) for h in attackers):
        return None, "unknown", None, []  # "unidentified men shot him": the text says the attackers are unknown
    groups, sents = _unharmed(doc, groups, sents)
    if not groups:
        return None, "unknown", None, []
    first, n = _dominant_group(doc, groups)
    if _affiliation_only(doc, draft, first.actor, groups, sents) or _blames_people(doc, draft) \
            or _author_of_article(doc, first.actor, countries) and not _own_men(doc, attackers):
        return None, "unknown", None, []
    if not attackers and n >= DOMINANT_GROUP_SHARE * len(groups) and _pronoun_subject(doc, draft) \
            and _named_near(draft, first.actor, groups, sents):
        return first.actor, "suspected", None, [first]  # "... they murdered a soldier": the group named close by
    if not attackers or n < DOMINANT_GROUP_SHARE * len(groups) or _other_kind(doc, attackers, first, countries) \
            or _traders_of_another_kind(doc, attackers, first.actor):
        return None, "unknown", None, []
    if any(_member_noun(doc, h) for h in attackers) or _named_near(draft, first.actor, groups, sents):
        author = _author_span(doc, first.actor, countries) if _own_men(doc, attackers) else None
        if author is not None:
            # "[COMMUNIQUE] [FMLN GENERAL COMMAND] ... guerrilla columns attacked": the group's own communique tells
            # its men's attack, a claim
            return first.actor, "claimed", author, [first]
        return first.actor, "suspected", None, [first]  # the article's (dominant) armed group
    return None, "unknown", None, []


_AFTER_THEY = frozenset(["had", "have", "also", "then"])
# the header of a transcribed communique or statement, with its author: "-- [COMMUNIQUE] [FMLN GENERAL COMMAND]"
_HEADER_AUTHOR = re.compile(r"\[(?:communique|statement|report|commentary|editorial)\]\s*\[([^\]]{2,150})\]")


def _own_men(doc: Doc, attackers: list[Hit]) -> bool:
    """Are some attackers told by a word an armed group uses for its own men ("guerrilla columns", "our fighters")?"""
    words = _role_words("own_men_words")
    return any(doc.low[h.start:h.end].split()[-1] in words for h in attackers)


def _author_of_article(doc: Doc, actor: Actor, countries: Counter) -> bool:
    """Is the group the author of the communique the article transcribes ("[COMMUNIQUE] [FMLN]")? Attacks its own
    communique tells with no word for its men ("the murderers", "terrorists") are no guess at it."""
    return _author_span(doc, actor, countries) is not None


def _author_span(doc: Doc, actor: Actor, countries: Counter) -> Hit | None:
    """The group's name in the header of the communique the article transcribes, if the group is its author."""
    found = _HEADER_AUTHOR.search(doc.low, 0, HEADER_CHARS)
    if found is None:
        return None
    for h in doc.hits_in("actor", found.start(1), found.end(1)):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor == actor:
            return Hit(m.start, m.end, "cue", "claimed")
    return None


# verbs of blame whose object is the blamed ("accused X of", "blamed X for"); "hold" only with "responsible" after it
_BLAME_VERB = re.compile(r"\b(?:accus|blam|hold|held)[a-z]*\s+((?:the\s+|former\s+|retired\s+)*)([a-z.]+)"
                         r"(?:\s+([a-z.]+))?")


def _blames_people(doc: Doc, draft: Draft) -> bool:
    """"We hold Colonel X responsible for this attack", "accused the defense minister of the massacre": the incident's
    sentences, or those right after it, blame people by their office, so the article's armed group is no one to
    guess."""
    titles = lexicon().sets["titles"]
    for s in [*draft.read_between(), *_sentences_after(doc, draft)]:
        s0, s1 = doc.sentences[s]
        if not doc.cues_in(s0, s1, "attributed_verbs"):
            continue  # most sentences blame no one
        for found in _BLAME_VERB.finditer(doc.low, s0, s1):
            head, second = found.group(2), found.group(3) or ""
            if head not in titles and f"{head} {second}" not in titles:
                continue
            if found.group().startswith("h") and "responsible" not in doc.low[found.end():s1]:
                continue  # "held talks", "holds the post of"
            return True
    return False



def _pronoun_subject(doc: Doc, draft: Draft) -> bool:
    """"When they entered the hospital, they murdered a soldier": an attack verb whose subject is "they" ("they had
    murdered"), the doers told before (no attacker noun to read)."""
    for a in draft.anchors[:MAX_SENTENCES_READ]:
        words = doc.low[max(0, a.start - 30):a.start].split()[-2:]
        if a.role == "verb" and (words[-1:] == ["they"] or words[:1] == ["they"] and words[1] in _AFTER_THEY):
            return True
    return False


def _member_noun(doc: Doc, h: Hit) -> bool:
    """"guerrillas", "rebels", "commandos" name the attackers as members of an armed organisation; "the murderers",
    "the criminals", "the perpetrators" name them only by the guilt of the crime, like "men": no hint at any group."""
    return bool(h.payload) and " ".join(doc.low[h.start:h.end].split()) not in lexicon().sets["guilt_nouns"]


def _affiliation_only(doc: Doc, draft: Draft, actor: Actor, groups: list[actor_rules.ActorMention],
                      sents: list[int]) -> bool:
    """"Carlos Perez, presidential candidate for the M-19, was shot": where the incident itself (or, when it does not
    name the group, the whole article) names the article's group only as someone's organisation (the victim's, or a
    speaker's), nothing points to that group as the attacker."""
    read = draft.read()
    lo, hi = bisect_left(sents, min(read)), bisect_right(sents, max(read))
    own = [g for g, s in zip(groups[lo:hi], sents[lo:hi]) if s in read and g.actor == actor]
    if own:
        return all(_affiliation(doc, g) for g in own)
    # the whole article's answer: once per group, not per draft
    return doc.once(("affiliation_only", actor.name),
                    lambda: all(_affiliation(doc, g) for g in groups if g.actor == actor))


# "leader of the X", "candidate for the disbanded X", "commander in the X": the role before the group
_ROLE_OF = re.compile(r"([a-z]+)\s+(?:of|for|in|from)\s+(?:the\s+)?"
                      r"(?:(?:former|disbanded|outlawed|banned|defunct)\s+)?$")
# "the X leader", "the X guerrilla group's commander", "X presidential candidate": the role after the group
_ROLE_AFTER = re.compile(r"[\s\]\)]*(?:(?:guerrilla\s+)?(?:group|movement|party|organization)(?:'s)?\s+)?"
                         r"([a-z]+(?:\s[a-z]+)?)")


def _affiliation(doc: Doc, g: actor_rules.ActorMention) -> bool:
    """Is the group named as the organisation of a person ("the M-19 leader", "candidate for the M-19")?"""
    nouns = lexicon().sets["affiliation_nouns"]
    before = _ROLE_OF.search(doc.low, max(0, g.start - 50), g.start)
    if before is not None and before.group(1) in nouns:
        return True
    after = _ROLE_AFTER.match(doc.low, g.end)
    if after is None:
        return False
    words = after.group(1).split()
    return words[0] in nouns or " ".join(words) in nouns


def _other_kind(doc: Doc, attackers: list[Hit], group: actor_rules.ActorMention, countries: Counter) -> bool:
    """"Death squads killed a teacher" in an article about the FMLN: the attackers' own words name another group."""
    for h in attackers:
        for a in doc.hits_in("actor", h.start, h.end):
            m = actor_rules.resolve(doc, a, countries)
            if m is not None and m.actor != group.actor:
                return True
    return False


_NEXT_WORD = re.compile(r"[ \t\n]+([a-z]+)")


def _modifies_place(doc: Doc, h: Hit) -> bool:
    """"bombed rebel positions", "a guerrilla camp": the attacker word only modifies the place hit."""
    found = _NEXT_WORD.match(doc.low, h.end)
    return found is not None and (found.group(1) in _role_words("held_places")
                                  or found.group(1) in lexicon().sets["target_heads"])


def _traders_of_another_kind(doc: Doc, attackers: list[Hit], actor: Actor) -> bool:
    """"Drug traffickers bombed the hotel" in an article about the M-19: attackers named by a criminal trade are a
    criminal organisation's men, not the article's insurgent group's."""
    if not any(" ".join(doc.low[h.start:h.end].split()) in _role_words("trafficker_nouns") for h in attackers):
        return False
    return not any(w in _role_words("criminal_name_words") for w in actor.name.lower().split())


@functools.cache
def _role_words(name: str) -> frozenset[str]:
    """A word list of roles.json, as a set (read once)."""
    return frozenset(lexicon().roles[name])


def _named_near(draft: Draft, actor: Actor, groups: list[actor_rules.ActorMention], sents: list[int]) -> bool:
    """Is the group named at most DOMINANT_GROUP_REACH sentences from the incident (sents is sorted)? "Armed men
    killed a farmer" is the article's group's deed only when that group is named close by."""
    read = draft.read()
    lo = bisect_left(sents, min(read) - DOMINANT_GROUP_REACH)
    hi = bisect_right(sents, max(read) + DOMINANT_GROUP_REACH)
    return any(g.actor == actor for g in groups[lo:hi])


_UNKNOWN = ("unidentified", "unknown", "anonymous")


def _unidentified(doc: Doc, h: Hit) -> bool:
    """"unidentified persons", "a group of unknown men": attackers the text leaves unnamed on purpose."""
    s0 = doc.sentences[doc.sentence_of(h.start)][0]
    return any(w in _UNKNOWN for w in doc.low[max(s0, h.start - 25):h.end].split())


def _describes_another(doc: Doc, m: actor_rules.ActorMention) -> bool:
    """"the al Qaeda affiliate JNIM", "Islamic State's Somali offshoot ISS": the name only describes the group
    named right after it."""
    nxt = [h for h in doc.hits_in("actor", m.end, m.end + _AFFILIATE_REACH) if h.start > m.end]
    if not nxt:
        return False
    words = doc.low[m.end:nxt[0].start].replace("'s ", " ").split()
    heads = lexicon().sets["affiliate_heads"]
    return 1 <= len(words) <= 3 and words[-1] in heads | {"group"} and any(w in heads for w in words)


_AFFILIATE_REACH = 40


def _praises(doc: Doc, m: actor_rules.ActorMention) -> bool:
    """"Hamas praised the attack but did not claim it", "Hamas spokesman X hailed the shooting": the group is the
    subject of a verb of approval, a bystander's stance, in its own clause."""
    end = _past_perp_noun(doc, m.end)
    clause = _CLAUSE_END.search(doc.low, end, end + _PRAISE_REACH)
    stop = clause.start() if clause else end + _PRAISE_REACH
    praise = doc.cues_in(end, stop, "praise")
    return bool(praise) and len(doc.low[end:praise[0].start].split()) <= _PRAISE_WORDS


_PRAISE_REACH, _PRAISE_WORDS = 60, 4


def _armed_groups(doc: Doc, countries: Counter) -> tuple[list[actor_rules.ActorMention], list[int]]:
    """The article's armed-group mentions in text order and the sentence of each (once per article)."""
    return doc.once("armed_groups", _read_armed_groups, doc, countries)


def _read_armed_groups(doc: Doc, countries: Counter) -> tuple[list[actor_rules.ActorMention], list[int]]:
    groups = [m for m in (actor_rules.resolve(doc, h, countries) for h in doc.hits.get("actor", []))
              if m is not None and m.actor.kind == "armed_group" and not _praises(doc, m)
              and not _describes_another(doc, m)]
    return groups, [doc.sentence_of(g.start) for g in groups]


def _unharmed(doc: Doc, groups: list[actor_rules.ActorMention],
              sents: list[int]) -> tuple[list[actor_rules.ActorMention], list[int]]:
    """The article's armed-group mentions that are not the ones attacked, and the sentence of each (once per
    article)."""
    return doc.once("unharmed_groups", _read_unharmed, doc, groups, sents)


def _read_unharmed(doc: Doc, groups: list[actor_rules.ActorMention],
                   sents: list[int]) -> tuple[list[actor_rules.ActorMention], list[int]]:
    kept = [i for i, g in enumerate(groups) if not _harmed(doc, g)]
    return [groups[i] for i in kept], [sents[i] for i in kept]


def _harmed(doc: Doc, g: actor_rules.ActorMention) -> bool:
    """"killing three Taliban guards", "an airstrike killed two Hezbollah fighters": the group's members are the
    ones attacked, so the group is no suspect."""
    s0 = doc.sentences[doc.sentence_of(g.start)][0]
    if struck_object(doc, g.start, s0):
        return True
    words = doc.low[max(s0, g.start - 50):g.start].split()
    while words and (words[-1] in ("the", "a", "an", "of", "at", "least", "several", "dozens", "members", "member")
                     or count_from_words([words[-1]]) is not None):
        words.pop()  # "killing three members of the ELN"
    if words and words[-1] in _HARM_GERUNDS:
        return True
    return _harmed_after(doc, g)


def _harmed_after(doc: Doc, g: actor_rules.ActorMention) -> bool:
    """"three members of the ELN were killed", "two ELN guerrillas were wounded": the group's men as the subject of
    a passive that harms them."""
    end = _past_member_noun(doc, _past_perp_noun(doc, g.end))
    return _HARMED_AFTER.match(doc.low, _past_names(doc, end)) is not None


_MEMBER_WORD = re.compile(r"\s+([a-z]+)")


def _past_member_noun(doc: Doc, end: int) -> int:
    """End of the word for the organisation's men right after its name ("treasury police officers", "army
    troops"), else end."""
    found = _MEMBER_WORD.match(doc.low, end)
    return found.end() if found and found.group(1) in vocab()["organisation_members"] else end


# "M-19 guerrillas Jairo Motta and Luz Garcia were gunned down": the members' names between the noun and the verb
_NAMES_AFTER = re.compile(r"\s+([a-z]+)(?:\s+[a-z'.-]+){1,4}?(?:,?\s+and(?:\s+[a-z'.-]+){2,5}?)?(?=\s+(?:was|were)\s)")


def _past_names(doc: Doc, end: int) -> int:
    """End of the persons named right after a group's men ("ELN guerrillas Jose Perez and Ana Gomez"), else end."""
    found = _NAMES_AFTER.match(doc.low, end, end + 90)
    if found is None or found.group(1) not in lexicon().sets["first_names"]:
        return end
    return found.end()


_HARM_GERUNDS = frozenset(["killing", "wounding", "injuring", "kidnapping", "abducting", "targeting", "capturing"])
_HARMED_AFTER = re.compile(r"[\])]?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+|also\s+|either\s+)?"
                           r"(?:killed|wounded|injured|kidnapped|abducted|murdered|shot|executed|captured|arrested"
                           r"|hurt|gunned\s+down|slain)\b")


def _dominant_group(doc: Doc, groups: list[actor_rules.ActorMention]) -> tuple[actor_rules.ActorMention, int]:
    """The first mention of the most named armed group, and how often it is named (once per article)."""
    return doc.once("dominant_group", _read_dominant_group, groups)


def _read_dominant_group(groups: list[actor_rules.ActorMention]) -> tuple[actor_rules.ActorMention, int]:
    name, n = Counter(g.actor.name for g in groups).most_common(1)[0]
    return next(g for g in groups if g.actor.name == name), n


def individuals(doc: Doc, draft: Draft, group_mentions: list[dict] = ()) -> list[dict]:
    """Attackers as people: "gunmen", "urban guerrillas", "two individuals", "a group of armed men"; also the
    attacker noun joined to the group's name where the group is blamed after the telling ("... for which the
    FMLN guerrillas are being held responsible")."""
    out: list[dict] = []
    seen: set[str] = set()

    def add(start: int, end: int) -> None:
        if stops_attacker(doc, start, end):
            return  # "... before police officers shot the attacker dead": who stopped the attacker
        end = _with_owner(doc, start, end)
        key = doc.low[start:end]
        if " ".join(key.split()) in _BARE_PEOPLE and not _acting_fighters(doc, start, end):
            return
        if key not in seen:
            seen.add(key)
            out.append(doc.span(start, end))

    doers = lexicon().sets["perp_doers"]
    for s in draft.read_between():
        s0, s1 = doc.sentences[s]
        if _dated_history(doc, s0, s1):
            continue  # "in 1980 four nuns were killed by national guardsmen": a past incident's attackers
        names: list[tuple[int, int]] = []
        agents = [a for a in ((_after_vague_count(doc, a0, a1), a1) for a0, a1 in agent_phrases(doc, s, names))
                  if _names_people(doc, *a)] + [a for a in subject_attackers(doc, s, names) if _names_people(doc, *a)]
        agents += _with_coordinated(doc, s, names) + _named_attackers(doc, s) + _author_names(doc, s) \
            + _held_names(doc, s) + _names_told(doc, s) + _seen_fleeing(doc, s) + _held_after_act(doc, s)
        for a0, a1 in agents:
            add(_past_group_name(doc, a0, a1), a1)  # "killed by army soldiers", "planted by members of the ..."
        for h in doc.hits_in("perp", s0, s1):
            if any(a0 <= h.start and h.end <= a1 for a0, a1 in agents):
                continue
            harmed = _passive_subject(doc, h.end, s1) or befallen(doc, h.end) or struck_object(doc, h.start, s0)
            if harmed and doc.low[h.start:h.end] not in doers:  # "his assailant was killed": named by his attack
                continue  # "three militants ... were killed", "47 people killed", "killed two fighters": victims
            sp = perp_span(doc, h.start, h.end, bool(h.payload))
            if sp is not None:
                add(sp.start, sp.end)
    for s in _sentences_after(doc, draft):
        s0, s1 = doc.sentences[s]
        if doc.mentions_in(_NAMING_WORDS, s0, s1):
            for a0, a1 in _named_attackers(doc, s):
                add(a0, a1)  # "... The suspects were identified as Juan Perez and Luis Gomez."
        for a0, a1 in _author_names(doc, s) + _held_names(doc, s) + _names_told(doc, s):
            add(a0, a1)  # "... It concluded that Juan Perez was the mastermind of the murder."
        for a0, a1 in _arrest_list(doc, s):
            add(a0, a1)
    for a0, a1 in _group_people(doc, draft, group_mentions):
        add(a0, a1)
    for a0, a1 in _commanders(doc, [(x["start"], x["end"]) for x in out]):
        add(a0, a1)
    for a0, a1 in _charged_people(doc, draft) + _responsible_people(doc, draft) + _implicated_people(doc, draft):
        add(a0, a1)
    for a0, a1 in _instigators(doc, draft) + _order_givers(doc, draft) + _self_named(doc, draft):
        add(a0, a1)
    return out


_OWNERS = frozenset(["its", "our", "their", "his", "her"])


def _acting_fighters(doc: Doc, start: int, end: int) -> bool:
    """"Hundreds of fighters on motorcycles stormed the camp": bare "fighters" as the subject of the attack verb
    name its doers; "its fighters killed", "Shining Path fighters attacked" are a group's own forces, the group
    being the attacker named (on MUC-4 train the keys never list them)."""
    before = doc.low[max(0, start - 20):start].split()[-2:]  # "our heroic fighters"
    if doc.low[start:end] != "fighters" or _OWNERS.intersection(before) or not acts_after_ride(doc, end):
        return False
    aside = _ASIDE_BEFORE.search(doc.low, max(0, start - 40), start)  # "the Liberation Front [FLF] fighters"
    named_end = aside.start() if aside else start
    return not any(0 <= named_end - h.end <= 1 for h in doc.hits_in("actor", max(0, named_end - 60), named_end))


_ASIDE_BEFORE = re.compile(r"\s*[\[(][^\[\]()]*[\])]\s*$")


_IN_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\b")


def _dated_history(doc: Doc, s0: int, s1: int) -> bool:
    """Does the sentence date what it tells in a year written out over a year before the article's?"""
    return any((doc.published.year - int(m.group(1))) * 365 > HISTORY_AFTER_DAYS
               for m in _IN_YEAR.finditer(doc.low, s0, s1))


_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")


def _with_owner(doc: Doc, start: int, end: int) -> int:
    """"paid assassins of drug traffickers": an attacker noun keeps the attackers it works for ("of" and an attacker
    noun right after it); end when none follows. A group's name after "of" is the PerpOrg, not part of the phrase
    ("guerrillas of the FMLN": on train the keys name those "guerrillas")."""
    if not doc.hits_in("perp", start, end) or doc.low[start:end].split()[-1:] == ["members"]:
        return end
    m = _OF_OWNER.match(doc.low, end)
    if m is None:
        return end
    singular = lexicon().sets["perp_singular"]  # "urban cells of the rebel front": an adjective, no owner
    owners = [h for h in doc.hits_in("perp", m.end(), m.end() + 40)
              if h.start == m.end() and doc.low[h.start:h.end] not in singular]
    return max([end] + [h.end for h in owners])


# "the rebels identified themselves as UC-ELN members", "the attackers left leaflets identifying themselves as members
# of the X movement": what the attackers called themselves names them
_SELF_NAMED = re.compile(r"\bidentif(?:y|ies|ied|ying)\s+themselves\s+as\s+")
_SELF_NAME_REACH = 8  # words of the name they gave themselves
_SELF_NAMER_REACH = 40  # characters back to the attacker noun that names itself ("the rebels had identified")
_MEMBERS_OF = re.compile(r"members?\s+of\s")  # "members of the X movement": people, however long the name
_NAME_STOPS = frozenset(["and", "or", "who", "which", "that", "whose", "because", "before", "after", "when"])


def _self_named(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """The people phrase the attackers identified themselves as, in the incident's sentences and those after it."""
    if not doc.mentions(("themselves as",)):
        return []
    out: list[tuple[int, int]] = []
    for s in sorted(set(draft.read_between()) | set(_sentences_after(doc, draft))):
        s0, s1 = doc.sentences[s]
        tokens = doc.tokens(s)
        for m in _SELF_NAMED.finditer(doc.low, s0, s1):
            if not any(h.payload for h in doc.hits_in("perp", max(s0, m.start() - _SELF_NAMER_REACH), m.start())):
                continue  # "callers who identified themselves as ...": not the attackers
            k = j = bisect_left(tokens, m.end(), key=token_start)
            while j < len(tokens) and len(doc.low[tokens[k].start:tokens[j].end].split()) <= _SELF_NAME_REACH \
                    and (is_word(tokens[j]) or tokens[j].low in "-'") and tokens[j].low not in _NAME_STOPS:
                j += 1
            a, b = (tokens[k].start, tokens[j - 1].end) if j > k else (0, 0)
            if j > k and (_MEMBERS_OF.match(doc.low, a, b) or _names_people(doc, a, b)):
                out.append((a, b))
    return out


def _past_group_name(doc: Doc, start: int, end: int) -> int:
    """Where an attacker noun opens past the armed group's name that leads its phrase ("killed by the X Front
    commando": the name is the PerpOrg, the attackers are the "commando", as perp_span names them); start unless a
    name of more than one word leads (after "-ist" epithets only: 'maoist "Shining Path" guerrillas') and an attacker
    noun (no people-word: "Shining Path members") ends the phrase."""
    lead = [h for h in doc.hits_in("actor", start, end) if len(doc.low[h.start:h.end].split()) > 1
            and all(w.endswith("ist") for w in doc.low[start:h.start].replace('"', " ").split())]
    if not lead or not any(h.end == end and h.start >= lead[0].end for h in doc.hits_in("perp", start, end)):
        return start
    rest = GLOSS_AFTER.match(doc.low, lead[0].end)
    nxt = rest.end() if rest else lead[0].end
    while nxt < end and (doc.low[nxt].isspace() or doc.low[nxt] in "\"'”"):
        nxt += 1  # 'maoist "Shining Path" guerrillas': past the name's closing quote
    return nxt if nxt < end else start


def _with_coordinated(doc: Doc, sent: int, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of attackers with the names coordinated after each ("committed by Colonel Juan Perez and Major Luis
    Gomez"), each with its rank."""
    if not names:
        return names
    tokens = doc.tokens(sent)
    out: list[tuple[int, int]] = []
    for a, b in names:
        out.append((a, b))
        after = bisect_left(tokens, b, key=token_start)
        if after < len(tokens) and tokens[after].low in _LIST_GLUE:
            first = _past_titles(tokens, bisect_left(tokens, a, key=token_start), stop=after - 1)
            out += _titled(tokens, _name_list(doc, tokens, first)[1:])
    return out


# "two people who fled after the explosion were seen", "four youths were seen at the scene shortly before the
# blast", "a witness saw two men fleeing": the people seen at the scene or fleeing it are the suspects
_SEEN_AS = re.compile(r"\s+(?:was|were)\s+seen\s+(?:\w+\s+){0,3}?(?:at\s+the\s+scene|fleeing|running|leaving|escaping)")
_SAW = re.compile(r"\b(?:saw|seen)\s+")
_FLEEING = re.compile(r"\s+(?:who\s+(?:fled|escaped|ran)|fleeing|running\s+away|escaping)\b")


def _seen_fleeing(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """People seen at the scene of the attack or fleeing it (the suspects), in a sentence that says so."""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_SEEN_WORDS, s0, s1):
        return []
    tokens = doc.tokens(sent)
    out: list[tuple[int, int]] = []
    for m in _SEEN_AS.finditer(doc.low, s0, s1):
        k = bisect_left(tokens, m.start(), key=token_start)
        worn = attire_start(tokens, k)  # "four youths wearing school uniforms were seen"
        people = _people_before(doc, sent, tokens[worn].start if worn < k else m.start()) or []
        out += [(a, tokens[k - 1].end if b == tokens[worn - 1].end else b) for a, b in people]
    for m in _SAW.finditer(doc.low, s0, s1):
        k = bisect_left(tokens, m.end(), key=token_start)
        rng = noun_phrase(doc, tokens, k) if k < len(tokens) else None
        if rng is not None and _FLEEING.match(doc.low, tokens[rng[1] - 1].end):
            a, b = tokens[rng[0]].start, tokens[rng[1] - 1].end
            if _names_people(doc, a, b):
                out.append((a, b))
    return out


_SEEN_WORDS = ("seen", "saw")
_AFTER_WORDS = ("after having", "after he", "after she", "after they")

# "a Colombian was captured after he placed a bomb", "a woman named X, who was fleeing after having placed a bomb":
# the one held or fleeing after doing the act did it (the match stays in its sentence: a full stop inside is an
# abbreviation's, "captured by the U.S. Secret Service after he placed a bomb")
_AFTER_ACT = re.compile(r"(?:\s*,\s*who)?\s+(?:was|were)\s+(?:captured|arrested|detained|caught|fleeing|running\s+away)"
                        r"\b[^;:]{0,80}?\bafter\s+(?:having|he|she|they)\s+(?:had\s+)?"
                        r"(?:placed|planted|threw|hurled|detonated|set|fired|shot|killed|kidnapped|attacked)\b")


def _held_after_act(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The people or the person held, or seen fleeing, right after doing the attack ("after he placed a bomb")."""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_AFTER_WORDS, s0, s1):
        return []
    out: list[tuple[int, int]] = []
    for m in _AFTER_ACT.finditer(doc.low, s0, s1):
        people = _people_before(doc, sent, m.start())
        out += people or _names_before(doc, sent, m.start())
    return out


# "troops commanded by Colonel Juan Perez", "a death squad headed by Colonel Juan Perez", "soldiers under the command
# of Colonel Juan Perez": the attackers' commander, named right after them, is one of the attackers
_COMMANDED = re.compile(r"\s*,?\s*(?:(?:commanded|headed|led)\s+by|under\s+the\s+(?:command|orders)\s+of)\s+")


def _commanders(doc: Doc, attackers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The people named as the commanders of attackers right after the attacker phrases, with their ranks."""
    out: list[tuple[int, int]] = []
    for _, end in attackers:
        m = _COMMANDED.match(doc.low, end)
        if m is None:
            continue
        sent = doc.sentence_of(end)
        tokens = doc.tokens(sent)
        # the name after its rank, which _titled adds back
        first = _past_titles(tokens, bisect_left(tokens, m.end(), key=token_start), 2)
        out += _titled(tokens, _name_list(doc, tokens, first))
    return out


# "Pablo Perez ordered the assassination", "who allegedly masterminded the attack", "acquitted A and B of charges of
# masterminding the murder", "the killing had been ordered by A and B": the people who ordered or planned an attack
# are its perpetrators as much as those who carried it out (an attack word right after the verb, or before "by")
_INSTIGATED = re.compile(r"\b(?:ordered|planned|masterminded|masterminding|organized|ordering|planning)\b")
_INSTIGATED_STEMS = ("ordered", "planned", "mastermind", "organized", "ordering", "planning")
_INSTIGATOR_REACH = 30  # tokens back from the verb to the names
_INSTIGATOR_APPOSITIVE = 14  # "A and B, kingpins of the cocaine trafficking group of the Medellin cartel, ..."


def _instigators(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """The people named as those who ordered, planned or masterminded the attack, in the incident's
    _blame_sentences: the names right after "ordered/planned by" an attack, else the nearest names before the
    verb whose object is the attack."""
    types = _types(draft)
    return _read_blame_matches(doc, draft, _INSTIGATED_STEMS, _INSTIGATED,
                               lambda s, s1, m, near: _instigator_names(doc, s, m.start(), m.end(), near, types))


def _read_blame_matches(doc: Doc, draft: Draft, stems: tuple[str, ...], pattern: re.Pattern,
                        read: Callable[[int, int, re.Match, bool], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """What read finds at each match of pattern in the incident's _blame_sentences (those holding one of the
    stems: most articles hold none, and are not scanned)."""
    out: list[tuple[int, int]] = []
    if not doc.mentions(stems):
        return out
    for s, near in _blame_sentences(doc, draft, _stem_sentences(doc, stems)):
        s0, s1 = doc.sentences[s]
        for m in pattern.finditer(doc.low, s0, s1):
            out += read(s, s1, m, near)
    return out


def _stem_sentences(doc: Doc, stems: tuple[str, ...]) -> frozenset[int]:
    """The sentences holding one of the stems, found once per article (each incident reads the same blame
    sentences: no per-sentence look-up for each)."""
    return doc.once(("stem_sentences", stems), _read_stem_sentences, doc, stems)


def _read_stem_sentences(doc: Doc, stems: tuple[str, ...]) -> frozenset[int]:
    sents: set[int] = set()
    for stem in doc.present(stems):  # the article's search already knows which stems it holds
        pos = doc.low.find(stem)
        while pos >= 0:
            sents.add(doc.sentence_of(pos))
            pos = doc.low.find(stem, pos + len(stem))
    return frozenset(sents)


def _instigator_names(doc: Doc, sent: int, start: int, end: int, near: bool, types: set[str]) -> list[tuple[int, int]]:
    """The names joined to the verb at [start, end) as its agent ("ordered by A") or its subject or accused ("A
    ordered the", "A, who masterminded the", "acquitted A of masterminding the")."""
    s0, s1 = doc.sentences[sent]
    tokens = doc.tokens(sent)
    k = bisect_left(tokens, start, key=token_start)
    if k + 1 < len(tokens) and tokens[k + 1].low == "by":
        # "the killing had been ordered by A and B": the attack told before the verb, the names after "by"
        if not _attack_told_before(doc, s0, start, 60, near, types):
            return []
        return _ranked_names(doc, tokens, k + 2, 2)  # "planned by Colonel Juan Perez"
    if not _attack_next(doc, end) or doc.low[end:end + 7].split()[:1] == ["crime"]:
        return []  # not "organized crime": a kind of crime, no attack
    if not near and not _refers_to_attack(doc, end, min(s1, end + 30), types):
        return []
    for j in range(max(0, k - _INSTIGATOR_REACH), k):
        names = _name_list(doc, tokens, j)
        if names and _leads_to(tokens, names[-1][1], k) and not _possessive(doc, names[-1][1]):
            return _titled(tokens, names)  # not "Juan Perez's government planned": the owner
    return _people_before(doc, sent, start) or []  # "officers of the 3d brigade ordered the massacre"


# "carried out the assassination upon instructions from Juan Perez", "the massacre, on the orders of Colonel Juan
# Perez": who gave the orders for the attack told before is one of its perpetrators, as one who ordered it
_ORDERS_FROM = re.compile(r"\b(?:upon|on|under|following)\s+(?:the\s+)?(?:direct\s+|express\s+)?"
                          r"(?:instructions|orders?)\s+(?:from|of)\s+")
_ORDERS_STEMS = ("instructions from", "instructions of", "orders from", "orders of", "order of", "order from")
_ORDERED_ACT_REACH = 80  # characters back from the cue to the attack it orders


def _order_givers(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """The people named as those on whose orders the attack told right before was done, in the incident's
    _blame_sentences."""
    types = _types(draft)
    return _read_blame_matches(doc, draft, _ORDERS_STEMS, _ORDERS_FROM,
                               lambda s, s1, m, near: _orders_from(doc, s, m, near, types))


def _orders_from(doc: Doc, sent: int, m: re.Match, near: bool, types: set[str]) -> list[tuple[int, int]]:
    s0, _ = doc.sentences[sent]
    if not _attack_told_before(doc, s0, m.start(), _ORDERED_ACT_REACH, near, types):
        return []
    tokens = doc.tokens(sent)
    return _ranked_names(doc, tokens, bisect_left(tokens, m.end(), key=token_start), 3)  # "of Colonel Juan Perez"


def _attack_told_before(doc: Doc, s0: int, pos: int, reach: int, near: bool, types: set[str]) -> bool:
    """Is an attack told in the sentence at most reach characters before pos ("the killing had been ordered by"),
    and (far from the incident) named as the incident's?"""
    before = max(s0, pos - reach)
    return bool(doc.hits_in("trigger", before, pos)) and (near or _refers_to_attack(doc, before, pos, types))


def _ranked_names(doc: Doc, tokens: list, first: int, most: int) -> list[tuple[int, int]]:
    """The names listed from tokens[first] past at most `most` ranks, each with its ranks (which _titled adds back);
    [] when the last one owns what follows ("by Juan Perez's men")."""
    names = _name_list(doc, tokens, _past_titles(tokens, first, most))
    return [] if not names or _possessive(doc, names[-1][1]) else _titled(tokens, names)


# between the names and the verb: "who (allegedly) masterminded", "of charges of masterminding", "from the charge that
# they had masterminded", "and ordered"
_TO_VERB = frozenset(["who", "allegedly", "reportedly", "apparently", "had", "have", "has", "of", "charges", "charge",
                      "accused", "suspected", "from", "the", "that", "they", "he", "and", "also", "personally", ","])


def _possessive(doc: Doc, end: int) -> bool:
    return doc.low.startswith("'s", end) or doc.low.endswith("'s", 0, end)


def _leads_to(tokens: list, name_end: int, k: int) -> bool:
    """Do only the words that join a subject or an accused to the verb (_TO_VERB) stand between the names and
    tokens[k]?"""
    n = bisect_left(tokens, name_end, key=token_start)
    if n < k and tokens[n].low == ",":
        # "Juan Perez, the leader of the cartel, ordered": an appositive closed by a comma
        close = next((c for c in range(n + 1, min(k, n + _INSTIGATOR_APPOSITIVE)) if tokens[c].low == ","), None)
        if close is not None and not any(t.low in _CLAUSE_WORDS for t in tokens[n + 1:close]):
            n = close + 1
    return n <= k and all(t.low in _TO_VERB for t in tokens[n:k])


def _titled(tokens: list, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each name with the titles right before it ("Colonel Juan Perez")."""
    return [(tokens[titles_before(tokens, bisect_left(tokens, a, key=token_start), 2)].start, b) for a, b in names]


def _past_titles(tokens: list, first: int, most: int | None = None, stop: int | None = None) -> int:
    """The token after the titles and ranks opening at tokens[first] ("Colonel Juan Perez": Juan), skipping at most
    `most` of them and never reaching `stop`: where a name after its rank starts."""
    titles = lexicon().sets["titles"]
    end = len(tokens) if stop is None else stop
    limit = end if most is None else min(end, first + most)
    while first < limit and tokens[first].low in titles:
        first += 1
    return first


# "Cristiani implicated four officers, including one colonel, and five members of the armed forces in the
# assassination", "the arrest of eight members of the army, including four officers, on charges of being implicated
# in the murder", "the arrest of five soldiers accused of committing the massacre": people listed as the object of a
# verb or noun that puts an attack on them (the attack word right after the closing cue)
# (not the verb "arrested": "arrested 10 people suspected of the bombing" is _CHARGED's, named without the count)
_IMPLICATED = re.compile(r"\b(?:implicated|implicating|implicates|involvement\s+of|arrest\s+of|detention\s+of"
                         r"|blamed|blaming|blames|accused|accusing|accuses|charged|charging|indicted)\s+")
# what closes the list: "in", "of", "on charges of", "accused of", with a gerund of taking part before the attack word
_IMPLICATED_CLOSE = re.compile(
    r"\s*,?\s+(?:in|of|for|with|on\s+charges\s+of|(?:who\s+(?:are|were)\s+)?(?:accused|suspected)\s+of|charged\s+with"
    r"|(?:who\s+(?:are|were)\s+)?(?:allegedly\s+)?(?:involved|implicated)\s+in)\s+"
    r"(?:(?:being|having\s+been)\s+(?:directly\s+)?(?:responsible\s+for|implicated\s+in|involved\s+in)\s+"
    r"|(?:having\s+)?(?:committing|committed|perpetrating|perpetrated|carrying\s+out|carried\s+out|participating"
    r"\s+in|participated\s+in|masterminding|masterminded)\s+|involvement\s+in\s+)?(?:the\s+|this\s+|these\s+)?")
_IMPLICATED_REACH = 120
_CLOSE_MAX = 80  # the longest close: ", who were accused of having been directly responsible for the "
_IMPLICATED_STEMS = ("implicat", "involvement of", "arrest of", "detention of", "blam", "accus", "charg", "indicted")
# the items of a people list: "four officers, including one colonel, and five members of the armed forces"
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|including\s+)?|\s+(?:and|including)\s+")


def _implicated_people(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """The people an attack is put on as the object of "implicated", "the arrest of", "the involvement of" (each
    item of a list of people, told in the incident's _blame_sentences, an attack word right after the cue)."""
    types = _types(draft)
    return _read_blame_matches(doc, draft, _IMPLICATED_STEMS, _IMPLICATED,
                               lambda s, s1, cue, near: _implicated_list(doc, cue.end(), s1, near, types))


def _implicated_list(doc: Doc, start: int, s1: int, near: bool, types: set[str]) -> list[tuple[int, int]]:
    """The people listed from start to the first close ("in the assassination") an attack word follows."""
    stop = min(s1, start + _IMPLICATED_REACH)
    if not doc.hits_in("trigger", start, min(s1, stop + _CLOSE_MAX)):
        return []  # "accused the minister of corruption": no attack word the list could close on
    for close in _IMPLICATED_CLOSE.finditer(doc.low, start, stop):
        if any(ch in doc.low[start:close.start()] for ch in ";:.()[]\""):
            return []
        if not _attack_next(doc, close.end()):
            continue
        if not near and not _refers_to_attack(doc, close.end() - 5, min(s1, close.end() + 24), types):
            return []
        return _people_items(doc, start, close.start()) or _listed_names(doc, start, close.start())
    return []


def _listed_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names, with their ranks, listed from start to end and nothing else ("the arrest of Colonel Juan Perez and
    Lieutenant Luis Gomez"); [] when anything else stands there."""
    sent = doc.sentence_of(start)
    tokens = doc.tokens(sent)
    names = _name_list(doc, tokens, _past_titles(tokens, bisect_left(tokens, start, key=token_start)))
    stop = start + len(doc.low[start:end].rstrip(", \t\n"))  # the list's end, before its trailing comma
    return _titled(tokens, names) if names and names[-1][1] == stop else []


def _people_items(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """(start, end) of each item of a list of people ("four officers", "one colonel", "five members of the armed
    forces"); None unless every item names people."""
    out: list[tuple[int, int]] = []
    pos = start
    for sep in [*_LIST_SPLIT.finditer(doc.low, start, end), None]:
        stop = sep.start() if sep is not None else end
        words = doc.low[pos:stop].split()
        while words and words[0] in ("the", "a", "an"):
            pos = doc.low.index(words[0], pos) + len(words[0])
            words = words[1:]
        if not words or len(words) > 7 or not _people_item(words) or _CLAUSE_WORDS.intersection(words):
            return None  # not "charged today that a group ...": a clause, no list of people
        first = doc.low.index(words[0], pos)
        out.append((first, stop))
        pos = sep.end() if sep is not None else end
    return out


def _people_item(words: list[str]) -> bool:
    """"four officers", "one colonel", "five members of the armed forces": people, counted or not; not a bare
    "people" or "men", who may be anyone."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if len(words) == 1 and head in _ANYONE:
        return False
    return head in vocab()["subject_heads"] or head in _PEOPLE_HEADS or head.rstrip("s") in lexicon().sets["titles"] \
        or head in lexicon().roles["perp_nouns"]


# "a group of 30 to 40 men wearing uniforms", "some 30 men": a count told vaguely (a range, "some", "about") with the
# collective before it; the keys name the people without it ("men wearing uniforms"), as _people_before does
_VAGUE_LEAD = re.compile(r"(?:(?:a|an)\s+)?(?:group\s+of\s+)?(?:(?P<q>some|about|around|nearly)\s+)?(?P<n>[\w,]+)"
                         r"(?:\s+(?P<r>to|or)\s+[\w,]+)?\s+(?=[a-z])")


_VAGUE_WORDS = (["some"], ["about"], ["around"], ["nearly"])


def _after_vague_count(doc: Doc, start: int, end: int) -> int:
    """Where the people named at [start, end) begin past a vague count and the collective before it."""
    m = _VAGUE_LEAD.match(doc.low, start, end)
    if m is None or count_from_words([m.group("n")]) is None and not m.group("n")[:1].isdigit():
        return start
    vague = m.group("q") or m.group("r") or doc.low[max(0, start - 8):start].split()[-1:] in _VAGUE_WORDS
    return m.end() if vague else start


# "soldiers of the army were involved in the massacre", "armed forces members, who remain unidentified, are
# responsible for the murder", "if the soldiers involved in the killing are punished": people the text holds
# responsible for an attack (an attack word right after the cue)
_HELD_RESPONSIBLE = re.compile(
    r"(?:\s*,\s*who\s+[a-z ]{1,30},)?[\"']?(?:\s+who)?\s+"
    r"(?:(?:is|are|was|were|(?:might|may|must|could)\s+be|(?:have|has|had)\s+been|have|has|had)\s+)?"
    r"(?:(?:believed|thought|said|suspected|alleged|presumed)\s+to\s+(?:be|have)\s+(?:been\s+)?)?"
    r"(?:also\s+|directly\s+|allegedly\s+|apparently\s+|reportedly\s+)?"
    r"(?:responsible\s+for|involved\s+in|implicated\s+in|guilty\s+of|participated\s+in|took\s+part\s+in"
    r"|carried\s+out|perpetrated|committed|staged|charged\s+with|accused\s+of|convicted\s+of"
    r"|(?:confessed|admitted)\s+(?:to\s+)?(?:having\s+)?(?:taken\s+part\s+in\s+|participated\s+in\s+)?)\s*"
    r"(?:the\s+|this\s+|that\s+|these\s+)?")
_HELD_RESPONSIBLE_STEMS = ("responsible for", "involved in", "implicated in", "guilty of", "participated in",
                           "took part in", "carried out", "perpetrated", "committed", "staged", "charged with",
                           "accused of", "convicted of", "confessed", "admitted")


def _responsible_people(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """People held responsible for, involved or implicated in an attack (an attack word right after the cue), told
    in the incident's _blame_sentences ("... two soldiers were involved in the massacre"); their noun phrase ends
    right before the cue."""
    types = _types(draft)
    return _read_blame_matches(doc, draft, _HELD_RESPONSIBLE_STEMS, _HELD_RESPONSIBLE,
                               lambda s, s1, m, near: _held_people(doc, s, s1, m, near, types))


def _held_people(doc: Doc, sent: int, s1: int, m: re.Match, near: bool, types: set[str]) -> list[tuple[int, int]]:
    """The people or the person named right before a "responsible for"-like cue, when an attack word follows it
    (and, away from the incident, the attack it names is of the incident's type)."""
    if not near and not _refers_to_attack(doc, m.start(), min(s1, m.end() + 24), types):
        return []
    if not _attack_next(doc, m.end()):
        return []
    people = _people_before(doc, sent, m.start())
    return people or (_names_before(doc, sent, m.start()) if people is None else [])


def _names_before(doc: Doc, sent: int, pos: int) -> list[tuple[int, int]]:
    """The people named in a list that ends right before pos ("Juan Perez and Colonel Luis Gomez were responsible
    for the murder"), or the one person ("Colonel Juan Perez was involved in the murder": "Juan Perez", without the
    rank), also before an appositive that ends there ("Colonel Juan Perez, one of the officers implicated in the
    murder")."""
    tokens = doc.tokens(sent)
    k = bisect_left(tokens, pos, key=token_start)
    if k > 2 and tokens[k - 1].low not in _LIST_GLUE:
        for j in range(max(0, k - _NAME_LIST_REACH), k - 2):
            names = _name_list(doc, tokens, j)
            if len(names) > 1 and names[-1][1] == tokens[k - 1].end:
                return [] if _attack_object(doc, tokens, j) else names
    ends = [k]
    comma = next((n for n in range(k - 1, max(0, k - _APPOSITIVE_REACH) - 1, -1) if tokens[n].low == ","), None)
    if comma is not None and not any(t.low in _CLAUSE_WORDS for t in tokens[comma + 1:k]):
        ends.append(comma)  # the appositive ", one of the men" between the name and the cue
    for end in ends:
        first = max(0, end - 7)
        while first < end - 1:  # the name that ends there, not one before it ("... to Colonel A B, replacing C D,")
            rng = person_name(doc, tokens, first, end)
            if rng is None:
                break
            if rng[1] == end:
                return [] if _attack_object(doc, tokens, rng[0]) else [(tokens[rng[0]].start, tokens[end - 1].end)]
            first = rng[1]
    return []


def _attack_object(doc: Doc, tokens: list, first: int) -> bool:
    """Is the name opening at tokens[first] (its ranks before it) the object of an attack noun ("the people who
    took part in the assassination of Luis Perez have confessed"): the one attacked, not an attacker?"""
    first = titles_before(tokens, first)
    return first > 1 and tokens[first - 1].low == "of" \
        and bool(doc.hits_in("trigger", tokens[first - 2].start, tokens[first - 2].end))


_NAME_LIST_REACH = 40  # tokens back to the first of a listed six names with commas


_APPOSITIVE_REACH = 8
_CLAUSE_WORDS = frozenset(["who", "which", "that", "said", "says", "and"])


def _blame_sentences(doc: Doc, draft: Draft, among: frozenset[int]) -> list[tuple[int, bool]]:
    """The sentences among those given where people may be held responsible for the incident, each with whether it
    lies at most CLAIM_REACH sentences from the incident's (further off, from the lead to FAR_BLAME_REACH after it,
    the attack must be named as "the"/"this" attack of the incident's type)."""
    read = draft.read_between()
    near = range(min(read) - CLAIM_REACH, max(read) + 1 + CLAIM_REACH)
    limit = min(len(doc.sentences), max(read) + 1 + FAR_BLAME_REACH)
    return [(s, s in near) for s in sorted(among) if s < limit]


def _types(draft: Draft) -> set[str]:
    return {t[0] for t in draft.types}


def _attack_next(doc: Doc, pos: int) -> bool:
    """Does an attack word (or "crime") follow at pos, at most one word ("the brutal murder", "Rivera's murder")
    between?"""
    words = doc.low[pos:pos + 24].split()[:2]
    return any(_CRIME.match(w) for w in words) \
        or any(len(doc.low[pos:h.start].split()) <= 1 for h in doc.hits_in("trigger", pos, pos + 24))


def _people_before(doc: Doc, sent: int, pos: int) -> list[tuple[int, int]] | None:
    """(start, end) of the people noun phrase ending at pos ("armed forces members", "two soldiers"), after the
    counted people listed before it ("two lieutenants, one corporal and two soldiers"); None when it
    names no people, is negated ("no other officers"), is a part ("one of the men", "many people") or is what a verb
    or preposition before it acts on ("punish the men responsible", "the names of the people involved")."""
    tokens = doc.tokens(sent)
    k = bisect_left(tokens, pos, key=token_start)
    rng = phrase_before(tokens, k, subject=True)
    if rng is None:
        return None
    i, j = rng
    while i < j - 1 and tokens[i].low in _HOLDING:
        i += 1  # "the church held soldiers of the battalion responsible": the verb is no part of the people
    words = [t.low for t in tokens[i:j]]
    of = words.index("of") if "of" in words[1:] else len(words)
    head = tokens[i + of - 1]
    if words[0] in _PART_WORDS or not (head.low in vocab()["subject_heads"] or head.low in _PEOPLE_HEADS
                                       or doc.hits_in("perp", head.start, head.end)):
        return None
    if j - i == 1 and head.low in _ANYONE:
        return None  # "the people responsible for the murder": whoever did it, named by no more than that
    if head.low in _NO_PEOPLE and not (of > 1 and words[of - 2] in lexicon().sets["perp_modifiers"]):
        return None  # "the group", "a person": any body or anyone; "a rightist paramilitary group" is attackers
    while i < j - 1 and tokens[i].low in HEDGES:
        i += 1  # "suspected death squad members": the hedge is the claim status, not the attackers' name
    if any(h.payload for h in doc.hits_in("perp", head.start, head.end)):
        # "FMLN [Farabundo Marti National Liberation Front] guerrillas": the group's name is the PerpOrg, not part
        # of the attacker noun (as perp_span names it)
        names_end = max([tokens[i].start] + [h.end for h in doc.hits_in("actor", max(0, tokens[i].start - 60),
                                                                         head.start) if h.end > tokens[i].start])
        i = max([i] + [n + 1 for n in range(i, i + of - 1) if not is_word(tokens[n]) or tokens[n].end <= names_end])
    if i > 0 and count_from_words([tokens[i - 1].low]) is not None:
        i -= 1  # "two soldiers of the Salvadoran armed forces": the count before a phrase cut at its reach
    if j - i > 1 and count_from_words([tokens[i].low]) is not None and i > 0 and tokens[i - 1].low in _VAGUE_COUNT:
        i += 1  # "two or three people", "more than seven people": a vague count, the people are named without it
    before = [t.low for t in tokens[max(0, i - 3):i] if t.low not in STRIP]
    if before and (before[-1] in _NOT_HELD or before[-1] in vocab()["perp_object_verbs"]):
        return None
    counted = _counted_conjuncts(tokens, i)
    return _list_head_name(doc, tokens, counted[0][0] if counted else i) \
        + [(tokens[a].start, tokens[b - 1].end) for a, b in counted] + [(tokens[i].start, tokens[j - 1].end)]


def _counted_conjuncts(tokens: list, i: int) -> list[tuple[int, int]]:
    """Token ranges of the counted people listed before the phrase at tokens[i] ("two lieutenants, one corporal,
    and two soldiers were involved"): each item a count and a people noun or rank, items joined by commas and
    "and"."""
    out: list[tuple[int, int]] = []
    while i > 1 and tokens[i - 1].low in (",", "and"):
        end = i - 1 if tokens[i - 1].low == "," else (i - 2 if tokens[i - 2].low == "," else i - 1)
        start = end
        while start > 0 and end - start < _ITEM_WORDS and is_word(tokens[start - 1]) \
                and tokens[start - 1].low != "and":
            start -= 1
        if not _counted_people(tokens[start:end]):
            break
        out.insert(0, (start, end))
        i = start
    return out


_ITEM_WORDS = 4


def _list_head_name(doc: Doc, tokens: list, first: int) -> list[tuple[int, int]]:
    """The person named, with an appositive, at the head of a list of counted people that starts at tokens[first]
    ("Colonel Juan Perez, director of the academy, two lieutenants and one corporal were implicated": "Juan Perez",
    without the rank, as _names_before names one person); [] when no name leads the list."""
    if first < 3 or tokens[first - 1].low != ",":
        return []
    ends = [first - 1]  # "Colonel Juan Perez, two lieutenants ..."
    comma = next((n for n in range(first - 2, max(0, first - _APPOSITIVE_REACH) - 1, -1) if tokens[n].low == ","),
                 None)
    if comma is not None and not any(t.low in _CLAUSE_WORDS or not is_word(t) for t in tokens[comma + 1:first - 1]):
        ends.append(comma)  # ", director of the academy,": the appositive between the name and the list
    for end in ends:
        rng = person_name(doc, tokens, max(0, end - 6), end)
        if rng is not None and rng[1] == end and not _attack_object(doc, tokens, rng[0]):
            return [(tokens[rng[0]].start, tokens[end - 1].end)]
    return []


def _counted_people(items: list) -> bool:
    """"two lieutenants", "one second lieutenant": a count (not "a") and a people noun or a rank."""
    if len(items) < 2 or items[0].low in ("a", "an") or count_from_words([items[0].low]) is None:
        return False
    head = items[-1].low
    ranks = lexicon().sets["titles"]
    return head in vocab()["subject_heads"] or head in _PEOPLE_HEADS or head in ranks or head.rstrip("s") in ranks \
        or head.removeprefix("sub").rstrip("s") in ranks  # "two subsergeants"


_VAGUE_COUNT = frozenset(["or", "than", "least", "about", "some", "approximately", "nearly", "around"])
_PART_WORDS = frozenset(["one", "many", "some", "most", "all", "any", "each", "none", "primary", "main"])
_ANYONE = frozenset(["people", "persons", "men", "individuals", "those"])
_NO_PEOPLE = frozenset(["group", "unit", "person", "man", "woman"])  # alone these may be any body or anyone
_HOLDING = frozenset(["held", "hold", "holds", "holding", "considered", "consider", "considers", "found", "declared"])
_NOT_HELD = frozenset(["no", "not", "of", "for", "from", "to", "against", "between", "with", "among", "punish",
                       "punishing", "punished", "find", "finding", "try", "trying", "prosecute", "investigate",
                       "identify", "arrest", "capture", "other"])


# "men" with neither count nor modifier ("the military men", "five men suspected of" cut to its noun) is too vague to
# name the attackers; the keys name them by more ("two men", "armed men"); bare "fighters" ("Sendero Luminoso
# fighters" without the group's name) are combatants of any side, in clashes as in attacks (on train neither ever
# matched the keys; bare "people" and "persons" still name the attackers as often as not); a bare "group", "unit" or
# "members" says only that people belonged to something, naming no one (on train 2026-11-25 none of them matched)
_BARE_PEOPLE = frozenset(["men", "fighters", "group", "unit", "members", "member"])


# "three students have been charged with the killing", "two men suspected of being involved in the murder",
# "four persons who are apparently involved in the attacks": people held over an attack, named by their noun (without
# the count: on train the keys name them "students", "people" four times to once "four persons")
_CHARGED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+((?:(?:unidentified|young|other|armed)\s+)?"
    r"(?:men|persons|people|individuals|students|suspects|soldiers|officers|youths|members|women))\s+"
    r"(?:who\s+(?:are|were)\s+|(?:have|had)\s+been\s+|were\s+|are\s+)?(?:apparently\s+|allegedly\s+|reportedly\s+)?"
    r"(?:charged\s+with|accused\s+of|suspected\s+of|implicated\s+in|involved\s+in)\s+"
    r"(?:being\s+involved\s+in\s+|participating\s+in\s+|having\s+)?(?:the\s+)?")
_CHARGE_WORDS = ("charged with", "accused of", "suspected of", "implicated in", "involved in")


def _charged_people(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    """People charged with, suspected of or involved in an attack (an attack word right after), told in the
    incident's _blame_sentences."""
    types = _types(draft)
    return _read_blame_matches(doc, draft, _CHARGE_WORDS, _CHARGED,
                               lambda s, s1, m, near: _charged(doc, s1, m, near, types))


def _charged(doc: Doc, s1: int, m: re.Match, near: bool, types: set[str]) -> list[tuple[int, int]]:
    """The people of a "charged with"-like match when an attack word follows it (away from the incident, an attack
    of the incident's type)."""
    if not near and not _refers_to_attack(doc, m.end() - 4, min(s1, m.end() + 24), types):
        return []
    if any(h.start == m.end() or doc.low[m.end():h.start].split() in ([], ["of"])
           for h in doc.hits_in("trigger", m.end(), m.end() + 12)):
        return _named_after_colon(doc, m.end(), s1) or [m.span(1)]
    return []


def _named_after_colon(doc: Doc, start: int, s1: int) -> list[tuple[int, int]]:
    """The names listed after a colon that closes the sentence ("arrested two men suspected of the murder of X: Juan
    Perez and Luis Gomez"): the people held, by name; [] unless names alone stand there."""
    colon = doc.low.find(":", start, s1)
    if colon < 0:
        return []
    sent = doc.sentence_of(colon)
    tokens = doc.tokens(sent)
    first = bisect_left(tokens, colon + 1, key=token_start)
    names = _name_list(doc, tokens, first)
    rest = doc.low[names[-1][1]:s1].strip(" \t\n.\"") if names else "-"
    return names if not rest else []


def _group_people(doc: Doc, draft: Draft, group_mentions: list[dict]) -> list[tuple[int, int]]:
    """"the FMLN guerrillas": the attacker noun after the group's name, where the name stands in a sentence after
    the incident's (the blame or claim that named the group)."""
    read = draft.read_between()
    last = min(len(doc.sentences) - 1, max(read) + CLAIM_REACH)
    out = []
    for m in group_mentions:
        sent = doc.sentence_of(m["start"])
        if sent in read or not min(read) < sent <= last:
            continue
        for h in doc.hits_in("perp", m["end"], m["end"] + 2):
            sp = perp_span(doc, h.start, h.end, bool(h.payload))
            if sp is not None:
                out.append((sp.start, sp.end))
    return out


def _named_attackers(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The attacker's name: "Gunman Mohammad Reza Sharifi", "the suspect, identified as 29-year-old Ahmed Hassan",
    "police named the attacker as Ali Karim", "the arrested men were identified as A and B" (once per sentence)."""
    return doc.once(("named_attackers", sent), _attacker_names, doc, sent)


def _attacker_names(doc: Doc, sent: int) -> list[tuple[int, int]]:
    s0, s1 = doc.sentences[sent]
    perps = doc.hits_in("perp", s0, s1)
    if not perps and not doc.mentions_in(_suspect_stems(), s0, s1):
        return []
    return _appositive_names(doc, sent) + _names_after_attackers(doc, sent, perps)


def _appositive_names(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The name an attacker noun is in apposition to ("JUAN PEREZ, THE ASSASSIN HIRED TO ...", "THE ASSASSIN,
    JUAN PEREZ, WAS ARRESTED"): the noun names the attacker, the name tells who he is."""
    tokens = doc.tokens(sent)
    doers = vocab()["suspects"]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(tokens):
        if tok.low not in doers or k < 2 or tokens[k - 1].low not in ("the", "a", "an"):
            continue
        if tokens[k - 2].low == "," and k > 2:
            out += _names_before(doc, sent, tokens[k - 2].start)[-1:]  # "JUAN PEREZ, THE ASSASSIN"
        elif tokens[k - 1].low == "the" and k + 2 < len(tokens) and tokens[k + 1].low == ",":
            names = _name_list(doc, tokens, k + 2)  # "THE ASSASSIN, JUAN PEREZ,"
            out += names[:1]
    return out


def _names_after_attackers(doc: Doc, sent: int, perps: list[Hit]) -> list[tuple[int, int]]:
    """The names told after "identified as" an attacker or suspect, or (in mixed case) right after the noun."""
    s0, s1 = doc.sentences[sent]
    has_as = doc.low.find("as", s0, s1) >= 0  # no "as" token without the letters in the sentence
    if doc.caps and not has_as:
        return []  # wire copy names the attacker only after "identified as"
    tokens = doc.tokens(sent)
    attacker = _attacker_tokens(tokens, perps)
    out = []
    for k in range(len(tokens)) if has_as else [k for k, flag in enumerate(attacker) if flag]:
        tok = tokens[k]
        if tok.low == "as":
            # "named the attacker as", "the suspects, who were identified as", "the arrested men ... as", "the
            # terrorist, who gives his name as"
            if not any(t.low in ("identified", "named", "name") for t in tokens[max(0, k - 4):k]):
                continue
            if not any(attacker[j] or tokens[j].low in _HELD for j in range(max(0, k - 7), k)):
                continue
            if any(t.low in _THE_DEAD for t in tokens[max(0, k - 4):k]):
                continue  # "identified the dead men as A and B": the people killed, not who killed them
            start = k + 1
            while start < len(tokens) and (tokens[start].low[:1].isdigit() or tokens[start].low in (",", "a")):
                start += 1  # "identified as 29-year-old Ahmed Hassan", "as a 42-year-old"
        elif attacker[k] and not doc.caps:
            start = k + 2 if k + 1 < len(tokens) and tokens[k + 1].low == "," else k + 1
            if start >= len(tokens) or not doc.text[tokens[start].start].isupper():
                continue  # "Gunman Mohammad Reza Sharifi opened fire", "a suspect, Abdullahi Yusuf,"
        else:
            continue
        out += _name_list(doc, tokens, start)
    return out


_THE_DEAD = frozenset(["dead", "bodies", "body", "corpses", "victims", "victim"])

# "... five men suspected of killing the candidate. Their names are A, B and C.", "captured one of the terrorists; his
# name is A"
_NAMES_TOLD = re.compile(r"\b(?:their|his|her)\s+names?\s+(?:is|are|was|were)\s*:?\s+")


def _names_told(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The names listed after "their names are", "his name is" where the attackers or suspects they name are told
    just before (in the sentence or the one before it)."""
    s0, s1 = doc.sentences[sent]
    if doc.low.find(" name", s0, s1) < 0:
        return []
    out: list[tuple[int, int]] = []
    for m in _NAMES_TOLD.finditer(doc.low, s0, s1):
        lead = doc.sentences[max(0, sent - 1)][0]
        if any(h.payload for h in doc.hits_in("perp", lead, m.start())) \
                or doc.mentions_in(_suspect_stems(), lead, m.start()):
            tokens = doc.tokens(sent)
            out += _name_list(doc, tokens, bisect_left(tokens, m.end(), key=token_start))
    return out


# "Juan Perez was the perpetrator of the murder", "... was the mastermind of the attack"
_AUTHOR = re.compile(r"\b(?:was|is|were|are)\s+(?:the\s+)?(?:material\s+|intellectual\s+|main\s+)?"
                     r"(?:perpetrators?|masterminds?)\b(?!')")  # not "was the perpetrator's father"


def _author_names(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The person named right before "was the perpetrator (of the murder)", "was the mastermind", with the title
    that opens the name ("Dr Juan Perez")."""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_AUTHOR_STEMS, s0, s1):
        return []
    out = []
    for m in _AUTHOR.finditer(doc.low, s0, s1):
        tokens = doc.tokens(sent)
        k = bisect_left(tokens, m.start(), key=token_start)
        rng = person_name(doc, tokens, max(0, k - 7), k)
        if rng is not None and rng[1] == k:
            first = titles_before(tokens, rng[0], 2)
            out.append((tokens[first].start, tokens[rng[1] - 1].end))
    return out


_AUTHOR_STEMS = ("perpetrator", "mastermind")
_HELD_STEMS = ("arrest", "detained", "captured")


def _held_names(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """People held over the attack told in the same sentence: "an arrest warrant for Juan Perez", "Juan Perez and
    Luis Gomez were arrested following the attack on the police post"."""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_HELD_STEMS, s0, s1):
        return []
    if not doc.hits_in("trigger", s0, s1):
        return []  # held for what the sentence does not say
    tokens = doc.tokens(sent)
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(tokens):
        if tok.low in ("warrant", "warrants") and k + 1 < len(tokens) and tokens[k + 1].low == "for":
            out += _name_list(doc, tokens, k + 2)  # "issued an arrest warrant for Juan Perez"
        elif tok.low in ("was", "were") and k + 1 < len(tokens) and tokens[k + 1].low in _HELD_VERBS:
            for j in range(max(0, k - _NAME_LIST_REACH), k):  # the list of names that ends right before "were arrested"
                names = _name_list(doc, tokens, j)
                if names and names[-1][1] == tokens[k - 1].end:
                    out += names
                    break
    return out


def _attacker_tokens(tokens: list, perps: list[Hit]) -> list[bool]:
    """Per token: is it a suspect word or inside an attacker noun ("gunmen", "urban guerrillas")?"""
    suspects = vocab()["suspects"]
    flags = [t.low in suspects for t in tokens]
    for h in perps:
        for j in range(bisect_left(tokens, h.start, key=token_start), len(tokens)):
            if tokens[j].end > h.end:
                break
            flags[j] = True
    return flags


def _name_list(doc: Doc, tokens: list, start: int) -> list[tuple[int, int]]:
    """The name at tokens[start] and the ones coordinated with it: "identified as Juan Perez, 23, and Luis Gomez",
    "Juan Perez and Lieutenant Luis Gomez" (a later name's rank is skipped, as the first's is before start)."""
    out: list[tuple[int, int]] = []
    while start < len(tokens):
        rng = person_name(doc, tokens, start, min(len(tokens), start + 6))
        if rng is None or rng[0] != start:
            break
        out.append((tokens[rng[0]].start, tokens[rng[1] - 1].end))
        glued = rng[1]
        while glued < len(tokens) and (tokens[glued].low in _LIST_GLUE or tokens[glued].low[:1].isdigit()):
            glued += 1  # ", 23, and", ", also 23"
        glued = _past_relative(tokens, glued)
        if glued == rng[1] or doc.low[tokens[rng[1]].start:tokens[glued - 1].end].count(",") + \
                doc.low[tokens[rng[1]].start:tokens[glued - 1].end].split().count("and") == 0:
            break  # no comma or "and": the list has ended
        start = _past_titles(tokens, glued, 2)
    return out


_LIST_GLUE = frozenset([",", "and", "also", "aged"])
_RELATIVE_REACH = 16  # tokens of a "who ..." clause between two listed names


def _past_relative(tokens: list, k: int) -> int:
    """Past a relative clause about the name before k that a semicolon closes before the next item ("A, 23, who
    claimed he is an electrician; and B"): the index right after "; and"; k when none stands there."""
    if k >= len(tokens) or tokens[k].low != "who":
        return k
    for n in range(k + 1, min(len(tokens) - 1, k + _RELATIVE_REACH)):
        if tokens[n].low == ";":
            return n + 2 if tokens[n + 1].low == "and" else k
        if tokens[n].low in (".", ":", "(", ")"):
            return k
    return k


_NAMING_WORDS = ("identified", "named", "name as")  # "identified as", "named the attacker as", "gave his name as"
_HELD = frozenset(["arrested", "detained", "captured"])  # "the arrested men were identified as": held over the attack
_HELD_VERBS = _HELD | {"charged"}  # "A and B were charged"


@functools.cache
def _suspect_stems() -> tuple[str, ...]:
    """The suspect words and held participles no other of them contains: the cheap gate of the name rules."""
    words = vocab()["suspects"] | _HELD
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_PEOPLE_HEADS = frozenset(["youths", "soldiers", "troops", "members", "men", "man", "individuals", "persons",
                           "people", "unit", "units", "commando", "commandos", "squad", "squads", "gang", "band",
                           "group", "agents", "policemen", "officers", "sharpshooter", "sharpshooters", "assassin",
                           "assassins", "elements", "strangers", "subjects", "patrol", "perpetrators",
                           "attackers", "assailants", "gunmen", "woman", "women", "youth", "suspects", "citizen"])


def _names_people(doc: Doc, start: int, end: int) -> bool:
    words = _before_attire(doc.low[start:end].split())  # what they wore is no part of who they are
    if doc.hits_in("perp", start, end) or doc.hits_in("actor", start, end):
        return len(words) <= 7
    if not words or len(words) > 6:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in vocab()["subject_heads"] or any(w in _PEOPLE_HEADS for w in words)  # "military personnel"


def _before_attire(words: list[str]) -> list[str]:
    """The words before what the people wore ("national police members [dressed in civilian clothes]")."""
    links = vocab()["attire_links"]
    cut = next((n for n, w in enumerate(words) if n > 0 and w in links), len(words))
    return words[:cut]


def _passive_subject(doc: Doc, end: int, s1: int) -> bool:
    after = doc.low[end:min(s1, end + 60)].split()[:8]
    for n, w in enumerate(after):
        if w in ("was", "were", "been") and n + 1 < len(after) and after[n + 1] in VICTIM_PARTICIPLES:
            return True
        if w in (",", "and", "who", "which") or w.endswith(","):
            continue
    return False




# "the judge ordered the arrest of Colonel A, director of the academy; Lieutenants B and C; and Sublieutenant D",
# "the arrest order also includes Sergeants E and F": the people an arrest over the attack told before names
_ARREST_OF = re.compile(r"\b(?:arrest|arrests|detention|capture)\s+of\s+|\barrest\s+orders?\s+(?:also\s+)?"
                        r"(?:includes?|names?)\s+")
_ARREST_STEMS = ("arrest of", "arrests of", "detention of", "capture of", "arrest order")
_ITEM_APPOSITIVE = 10  # tokens of ", director of a Salvadoran military academy" before the next item's semicolon


def _arrest_list(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """The names, each with its rank, listed after "the arrest of" or "the arrest order includes", items parted by
    semicolons (each item: ranks, names joined by "and", maybe an appositive)."""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_ARREST_STEMS, s0, s1):
        return []
    tokens = doc.tokens(sent)
    out: list[tuple[int, int]] = []
    for m in _ARREST_OF.finditer(doc.low, s0, s1):
        k = bisect_left(tokens, m.end(), key=token_start)
        while k < len(tokens):
            plural = plural_rank(tokens[k].low)
            named = _past_ranks(tokens, k)
            rng = person_name(doc, tokens, k, min(len(tokens), k + 7))
            if rng is None or rng[0] > named + 1 or rng[0] == named + 1 and not tokens[named].low.isalpha():
                break  # "YUSHY RENE MENDOZA": a given name the list does not know may open the name after the rank
            names = _name_list(doc, tokens, rng[0]) or [(tokens[rng[0]].start, tokens[rng[1] - 1].end)]
            if len(names) == 1 and rng[1] + 1 < len(tokens) and tokens[rng[1]].low == "and":
                names += _name_list(doc, tokens, _past_titles(tokens, rng[1] + 1, 2))  # "B and C" after a rank
            lead = named if plural else k  # "Lieutenants A and B": each is a lieutenant, the plural names neither
            out += [(tokens[lead].start, names[0][1])] + names[1:]
            k = _next_item(tokens, bisect_left(tokens, names[-1][1], key=token_start))
    return out


def _past_ranks(tokens: list, k: int) -> int:
    """The token after the titles and ranks, singular or plural ("Lieutenants", "Sublieutenant"), opening at
    tokens[k]."""
    titles = lexicon().sets["titles"]
    while k < len(tokens) and (tokens[k].low in titles or plural_rank(tokens[k].low)
                               or tokens[k].low.removeprefix("sub") in titles):
        k += 1
    return k


def _next_item(tokens: list, n: int) -> int:
    """Where the next item of a semicolon list opens after the item ending before tokens[n] (past its appositive and
    "; and"); past the end when the list ends there."""
    if n < len(tokens) and tokens[n].low == ",":
        n = next((x for x in range(n, min(len(tokens), n + _ITEM_APPOSITIVE)) if tokens[x].low == ";"), len(tokens))
    if n >= len(tokens) or tokens[n].low != ";":
        return len(tokens)
    n += 1
    return n + 1 if n < len(tokens) and tokens[n].low == "and" else n
