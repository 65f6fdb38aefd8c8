"""Role fillers inside one sentence: targets, victims and casualty counts, attacker phrases, weapon counts."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from streams.extract.document import Doc, Token, token_start
from streams.extract.numbers import count_from_words
from streams.extract.phrases import (INTRODUCER_STARTS, KIN_OWNERS, SPONSORED, STRIP, Span, alias_length,
                                     gloss_start, is_word, match_at, names_introduced, noun_phrase, person_name,
                                     phrase_before, titles_before, trimmed, vocab)
from streams.extract.resources import lexicon
from streams.extract.stopped import attacker_stopped
from streams.extract.thresholds import ATTRIBUTION_REACH, STATISTIC_COUNT
from streams.extract.tolls import over_a_span


# words of a thing named after "the attack on" with no known head ("THE X ARMED FORCES GENERAL STAFF")
_EXPLICIT_MAX = 6
_QUANTIFIERS = frozenset(["several", "some", "many", "various", "numerous", "dozens", "both", "all"])
# how big or how important a thing is, not which thing: left out of the shortest phrase that names it
_SIZE_WORDS = frozenset(["large", "small", "big", "huge", "modest", "important"])


@dataclass(frozen=True, slots=True)


class Filler:
    span: Span
    kind: str  # victim | target | count | total (a toll: the whole count, not a part to add)
    effect: str  # killed | wounded | kidnapped | other
    count: int | None
    named: bool = False  # a person's name rather than a description ("three peasants")
    # on top of other casualties, not a retelling: "also" of the incident's ("A SOLDIER WAS ALSO KILLED"),
    # "along" of its own clause's ("X WAS SHOT DEAD ALONG WITH TWO BODYGUARDS")
    added: str | None = None
    # people hit with no toll of their own: part of those counted ("killing 18 people, including six children"),
    # or aboard the vehicle hit ("struck a car carrying two commanders")
    subset: bool = False


_GROUPS_OF_PEOPLE = frozenset(["family", "group", "total", "team", "party", "band"])


def _count_in(tokens: list[Token], i: int, j: int) -> int | None:
    lo = max(0, i - 3)
    for n in range(i - 1, lo - 1, -1):
        if not is_word(tokens[n]) or tokens[n].low in ("and", "or"):
            # "killing 80 worshippers, officials said", "12 children and teenagers": the count before the
            # comma or the conjunction is another phrase's
            lo = n + 1
            break
    end = i + 3 if i + 2 < len(tokens) and tokens[i + 2].low in lexicon().numbers["multipliers"] else i + 2
    words = [t.low for t in tokens[lo:end]]  # "nearly two dozen people" reads to "dozen"
    for n in range(len(words), 0, -1):
        c = count_from_words(words[:n])
        if c is not None:
            return c
    return None


def classify_phrase(doc: Doc, tokens: list[Token], rng: tuple[int, int], effect: str,
                    explicit: bool = False) -> list[Filler]:
    """A phrase as victim(s) and/or target: a name or person noun is a victim, a building a target."""
    sets = lexicon().sets
    i, j = rng
    if tokens[i].low == "none":
        return []  # "NONE OF THE SOLDIERS WERE KILLED": no one was
    h = _before_designator(tokens, i, j)  # "BUILDING 626", "HOUSE NUMBER 729": the noun before the number
    head = tokens[h - 1].low
    head2 = f"{tokens[h - 2].low} {head}" if h - i >= 2 else head
    name = person_name(doc, tokens, i, j)
    out: list[Filler] = []
    of_pos = next((k for k in range(i, j) if tokens[k].low == "of"), None)
    person_of = of_pos is not None and (tokens[of_pos - 1].low in sets["titles"] or
                                        tokens[of_pos - 1].low in sets["victim_nouns"])
    # "for" only joins a phrase after a thing ("A SCHOOL FOR TEACHERS", _with_beneficiary): the thing is the head
    for_pos = next((k for k in range(i + 1, j) if tokens[k].low == "for"), None)
    if not person_of and (head in sets["target_heads"] or head2 in sets["target_heads"] or
                          (of_pos is not None and tokens[of_pos - 1].low in sets["target_heads"]) or
                          (for_pos is not None and tokens[for_pos - 1].low in sets["target_heads"])):
        t0 = i
        if of_pos is not None and tokens[of_pos - 1].low in _PART_WORDS:
            t0 = of_pos + 1  # "THE WINDOWS OF THE X BANK WERE DAMAGED": the bank
            while t0 < j - 1 and tokens[t0].low in STRIP:
                t0 += 1
        t0 = _past_amount(tokens, t0, j)
        if t0 > i and t0 < j - 1 and tokens[t0].low == "of":
            t0 += 1  # "dozens of targets" -> "targets", "a total of four helicopters" -> "helicopters"
            while t0 < j - 1 and tokens[t0].low in STRIP:
                t0 += 1
            t0 = _past_amount(tokens, t0, j)
        out.append(Filler(trimmed(doc, tokens[t0].start, tokens[j - 1].end), "target", effect, None))
        if name:
            out.append(Filler(trimmed(doc, tokens[name[0]].start, tokens[name[1] - 1].end), "victim", "other", 1, True))
        return out
    if name and _kin_owner(tokens, name[1]):
        # "PRESIDENT X'S BROTHER-IN-LAW WAS KIDNAPPED": X owns the relation, the one hit is told by the noun
        return [Filler(Span(tokens[i].start, tokens[j - 1].end), "victim", effect, 1)] if name[1] < j else []
    if name and of_pos is not None and of_pos < name[0] and tokens[of_pos - 1].low in sets["kin_nouns"]:
        # "X, WIFE OF COLONEL Y", "the son of Y": Y is a relative of the one hit, who is told by the noun
        return [Filler(Span(tokens[i].start, tokens[j - 1].end), "victim", effect, 1)]
    if name:
        return [Filler(trimmed(doc, tokens[name[0]].start, tokens[name[1] - 1].end), "victim", effect, 1, True)]
    if head in sets["victim_nouns"] or (of_pos is not None and tokens[of_pos - 1].low in sets["victim_nouns"]):
        count = _count_in(tokens, i, j)
        if of_pos is not None and of_pos + 1 < j and tokens[of_pos - 1].low in _GROUPS_OF_PEOPLE \
                and count_from_words([tokens[of_pos + 1].low]) is not None:
            count = count_from_words([tokens[of_pos + 1].low])  # "a family of four", "a group of 12 farmers"
        if count is None and not head.endswith("s") and not _plural_head(head):
            count = 1
        return [Filler(Span(tokens[_past_total(tokens, i, j)].start, tokens[j - 1].end), "victim", effect, count)]
    if explicit and j - i <= _EXPLICIT_MAX and all(t.low not in vocab()["names_stop"] or t.low in sets["target_heads"]
                                       for t in tokens[i:j]):
        if _surname(doc, tokens, i, j):
            return [Filler(trimmed(doc, tokens[i].start, tokens[j - 1].end), "victim", effect, 1, True)]
        # "the attack on FENASTRAS": whatever an explicit attack phrase names, if it is no person
        return [Filler(trimmed(doc, tokens[i].start, tokens[j - 1].end), "target", effect, None)]
    return out


def _past_total(tokens: list[Token], i: int, j: int) -> int:
    """Where the shortest phrase naming counted people starts: past "a total of" ("A TOTAL OF 31 PEOPLE" ->
    "31 PEOPLE"), which says how many, not who; i when the phrase opens otherwise."""
    if j - i >= 4 and _amount_of(tokens, i) and count_from_words([tokens[i + 2].low]) is not None:
        return i + 2
    return i


def _before_designator(tokens: list[Token], i: int, j: int) -> int:
    """End of the noun a number designates ("BUILDING 626", "HOUSE NUMBER 729", "PUMPING STATION 3"): j when
    the phrase ends in no number or the number stands alone."""
    if j - i < 2 or not tokens[j - 1].low.isdigit():
        return j
    h = j - 1
    if h - i >= 2 and tokens[h - 1].low in _NUMBER_WORDS:
        h -= 1
    return h if tokens[h - 1].low.isalpha() else j


_NUMBER_WORDS = frozenset(["number", "no", "nr"])


def _past_amount(tokens: list[Token], t0: int, j: int) -> int:
    """Index past the words at t0 telling how many or how big ("several houses" -> "houses", "a large gas
    station" -> "gas station"): the thing is named by the rest, up to its head at j - 1."""
    while t0 < j - 1 and (count_from_words([tokens[t0].low]) is not None or tokens[t0].low in _QUANTIFIERS
                          or tokens[t0].low in _SIZE_WORDS or _amount_of(tokens, t0)):
        t0 += 1
    return t0


def _amount_of(tokens: list[Token], t: int) -> bool:
    """"THE NUMBER OF PYLONS", "A TOTAL OF FOUR HELICOPTERS": how many, the things named after "of"."""
    return tokens[t].low in _AMOUNTS and t + 1 < len(tokens) and tokens[t + 1].low == "of"


_AMOUNTS = frozenset(["number", "total", "most", "part", "much", "rest"])  # "MOST OF THE OFFICE WAS DESTROYED"


def _kin_owner(tokens: list[Token], end: int) -> bool:
    """Does the name ending before token ``end`` own a relative or an employee ("X'S WIFE", "X' SON", "X'S
    DRIVER"), the one the phrase tells of?"""
    sets = lexicon().sets
    if end < len(tokens) and tokens[end - 1].low.endswith("'s"):
        owned = tokens[end].low
    elif end + 1 < len(tokens) and tokens[end].low == "'":
        owned = tokens[end + 1].low
    else:
        return False
    return owned in sets["kin_nouns"] or owned in sets["victim_nouns"]


def _plural_head(head: str) -> bool:
    """"Some people", "the men": a generic plural without an s is no one person, as "persons" is not (kinds
    of people, "women and children were among the dead", stay read as a group the article tells)."""
    return head in _GENERIC_PLURALS


_GENERIC_PLURALS = frozenset(["people", "men", "townspeople", "folk"])


def _surname(doc: Doc, tokens: list[Token], i: int, j: int) -> bool:
    """"THE ATTACK ON GALAN": a word or two the article elsewhere writes after a given name or a title
    ("SENATOR LUIS CARLOS GALAN") is a person's surname, the victim, not a thing attacked."""
    if j - i > 2 or tokens[j - 1].low in lexicon().sets["target_heads"]:
        return False
    phrase = doc.low[tokens[i].start:tokens[j - 1].end]
    # once per phrase: a digest repeating "the attack on X" stays linear
    return doc.once(("surname", phrase), _after_given_name, doc, phrase)


def _after_given_name(doc: Doc, phrase: str) -> bool:
    sets = lexicon().sets
    at = doc.low.find(phrase)
    while at >= 0:
        before = doc.low[max(0, at - 30):at].split()
        if before and (before[-1] in sets["first_names"] or before[-1].rstrip(".") in sets["titles"]):
            return True
        at = doc.low.find(phrase, at + 1)
    return False


def objects_in(doc: Doc, sent: int) -> list[Filler]:
    """Victims and targets named around the attack cues of one sentence (computed once per sentence)."""
    return doc.once(("objects", sent), _objects_in, doc, sent)


def _objects_in(doc: Doc, sent: int) -> list[Filler]:
    v = vocab()
    cues = v["object_cues"]
    starters, determiners, cue_seconds = _rule_starters(), _cue_only_determiners(), _cue_second_words()
    companion_starts = _companion_starts()
    tokens = doc.tokens(sent)
    out: list[Filler] = []
    # most words start no rule below: skip the dozen look-ups (the extractor's hottest loop); a possessive
    # ("X's death") needs an apostrophe, which most sentences lack: no per-word suffix test there
    sent_low = doc.low[slice(*doc.sentences[sent])]  # the lower-case text, where ’ is already '
    possessives = "'" in sent_low
    # most sentences place no charge: "in" reads none (map in C: no generator frame per word)
    placing = any(map(sent_low.__contains__, _PLACING))
    by_agent = "by" in sent_low  # "on"/"against" after an agent "by X" only: most sentences have no "by"
    if possessives:
        ks = [k for k, t in enumerate(tokens) if t.low in starters or t.low.endswith("'s") or t.low == "'"]
    else:
        ks = [k for k, t in enumerate(tokens) if t.low in starters]
    for k in ks:
        low = tokens[k].low  # read ~30 times below: one attribute look-up
        hit = None
        if low in cues:
            seconds = cue_seconds.get(low)  # "the"/"in" start a sixth of all words, a cue almost never
            if seconds is None or (k + 1 < len(tokens) and tokens[k + 1].low in seconds):
                hit = match_at(tokens, k, cues)
        if hit is None and low in determiners:
            continue  # "the" starts only object cues ("the target was"): a sixth of all words, no rule here
        if hit and k >= 2 and tokens[k - 2].low in _BLAME:
            hit = None  # "blamed the attack on Kataib Hezbollah": the attacker, not the target
        if hit and low == "identified" and _suspects_before(tokens, k):
            hit = None  # "THE ARRESTED MEN HAVE BEEN IDENTIFIED AS X": suspects, not victims
        if hit and low in _PLURAL_ATTACKS and _habitual_before(tokens, k):
            hit = None  # "THE ELN HAS CONCENTRATED ITS ATTACKS AGAINST THE PIPELINE": a habit, no one attack
        if hit and hit[1] != "other" and _motive_before(doc, tokens, k):
            hit = None  # "BURNED THE BUS IN REPRISAL FOR THE KILLING OF X": X died earlier, not in this attack
        if hit and low in _SEARCHES and _searchers_before(doc, tokens, k):
            hit = None  # "TROOPS RAIDED FIVE FARMS", "THE ARMY'S RAIDS ON PROPERTIES": a search, a police operation
        if hit and _IN_FRONT == tuple(t.low for t in tokens[k:k + hit[0]]) \
                and not any(t.low in _BLAST_WORDS for t in tokens[:k]):
            hit = None  # a blast went off "in front of" a thing; "SHOT HIM IN FRONT OF HIS SHOP" hit no shop
        if hit:
            length, effect = hit
            phrase = " ".join(t.low for t in tokens[k:k + length])
            found = _after_object_cue(doc, tokens, _past_second_verb(tokens, k + length), effect,
                                      phrase in v["explicit"], phrase in v["naming"])
            if not found:
                found = _pronoun_object(doc, tokens, k + length, effect)  # "X TRIED TO RESIST; THEY SHOT HIM"
            if phrase in _MOURNED:
                # "THE FUNERAL OF X": a person named there died, most often the victim; mourned descriptions
                # ("THE FUNERAL OF THE PRIESTS") are the victims the telling already counted
                found = _named_victims(found)
            if effect != "other" and length == 1 and k > 1 and count_from_words([tokens[k - 1].low]) is not None \
                    and tokens[k - 2].low not in _TIME_PREPS:
                found = _attributive(tokens, k, found)  # "INCLUDING 9 WOUNDED SOLDIERS": one phrase, no verb
            if phrase in _MEMBER_CUES and not _group_harmed(doc, tokens, k, found):
                found = []  # "ASYLUM WAS GRANTED TO 12 PERSONS, INCLUDING X": members of a group no one hit
            found = _as_addition(found, tokens, k, k + 1)  # "ALSO KILLED WERE X AND Y"
            if effect == "wounded":
                found = [_outcome_killed(doc, f) for f in found]  # "shot a police officer dead"
            if effect == "kidnapped":
                # people are kidnapped; a thing after "seized" is taken ("TROOPS SEIZED THE VEHICLE"), not hit
                found = [f for f in found if f.kind != "target"]
            elif any(f.kind == "target" for f in found) and _taken_after(doc, max(f.span.end for f in found)):
                # "22 PROPERTIES -- INCLUDING FARMS AND DISCOTHEQUES -- WERE SEIZED": things taken, not hit
                found = [f for f in found if f.kind != "target"]
            if phrase in _AMBUSH_CUES:  # "an ambush on an army convoy"; "an ambush on the highway" says where
                found = [f for f in found if f.kind != "target" or _head_word(doc, f) in vocab()["ambushed_things"]]
            if tokens[k + length - 1].low in _LOCATIVES:
                found = [f for f in found if f.kind != "target" or not _area(doc, f)]
            out.extend(found)
        elif low in v["weapon_preps"] and k > 0 and _aimed_weapon(doc, tokens, k):
            out.extend(_list_after(doc, tokens, k + 1, "other", True))
        elif low in _TAKERS and (hostage := _hostage_after(tokens, k + 1)):
            out.extend(_hostages(doc, tokens, k + 1, hostage))
        elif low == "set" and _on_fire_after(tokens, k + 1):
            out.extend(_list_after(doc, tokens, k + 1, "other"))  # "SET TWO SCHOOLS AND SEVERAL HOUSES ON FIRE"
        passive = None
        if low in ("was", "were", "been", "being") and k + 1 < len(tokens):
            nxt = k + 1
            # 'X WAS "KIDNAPPED"': a verb set in quotes is still the verb
            while nxt < len(tokens) - 1 and (tokens[nxt].low in v["adverbs"] or _manner_adverb(tokens[nxt].low)
                                             or tokens[nxt].low == '"'):
                nxt += 1
            passive = match_at(tokens, nxt, v["passive"])
            if passive is None and tokens[nxt].low in _RELEASED and _by_captors(doc, tokens, nxt + 1):
                passive = (1, "kidnapped")  # "X WAS RELEASED UNHARMED BY THE GUERRILLAS": their captive
        elif low == "died":
            passive = (1, "killed")
        elif low in _SURVIVED and k + 1 < len(tokens) and (tokens[k + 1].low in _UNHARMED or
                                                               _attack_object(tokens, k + 1)):
            passive = (2, "other")  # "X ESCAPED UNHARMED", "X SURVIVED A BOMB ATTACK": the target of the attack
        elif k > 1 and tokens[k - 1].low == "," and low in _REDUCED_RELATIVE:
            # "MICHAEL REYFF, KIDNAPPED 11 DAYS AGO": a participle right after the name
            end = _before_gloss(tokens, k - 1)  # "X [NAME AS RECEIVED], KIDNAPPED BY": past the gloss
            rng = name_before(doc, tokens, end, possessive=False)
            if rng and rng[1] == end:
                out.extend(classify_phrase(doc, tokens, rng, _REDUCED_RELATIVE[low]))
        if low in _EVENT_NOUNS and k + 1 < len(tokens) and tokens[k + 1].low in _EVENT_ADJUNCTS:
            out.extend(_event_of_after_adjunct(doc, tokens, k))
        elif low in _AIMED_ATTACK_NOUNS and not (k >= 2 and _BLAME & {tokens[k - 1].low, tokens[k - 2].low}) \
                and not (low in _PLURAL_ATTACKS and _habitual_before(tokens, k)):
            out.extend(_aimed_after_time(doc, tokens, k))
        if low in _LIST_OPENERS and k + 1 < len(tokens):
            out.extend(_names_announced(doc, tokens, k, sent))
        if low in _THAT_OF_EVENTS:
            out.extend(_event_pronoun_of(doc, tokens, k))
        if low in _PLACE_RELATIVES:
            out.extend(_present_where_hit(doc, tokens, k))
        elif low == "when":
            out.extend(_present_when_hit(doc, tokens, k))
        if low == "in" and k + 4 < len(tokens) and tokens[k + 2].low == "hands" and tokens[k + 3].low == "of" \
                and _captors_at(doc, tokens, k + 4):  # "IN THE HANDS OF": "hands" first, "in" is frequent
            out.extend(_held_subject(doc, tokens, k))
        if low == "holding" and k > 0 and tokens[k - 1].low in _HOLDING_AUX:
            # "THE ELN IS ALSO HOLDING X AND Y": people held are captives; a named person only
            # (not "ARE HOLDING TALKS", "IS HOLDING POSITIONS")
            out.extend(_named_victims(_list_after(doc, tokens, k + 1, "kidnapped")))
        if low in companion_starts:
            out.extend(_companions(doc, tokens, k))
        if low in _AIMED_PREPS and by_agent and _after_agent(tokens, k):
            # "THE ATTACK PERPETRATED BY UNIDENTIFIED MEN AGAINST THE OFFICE OF X", "A RAID STAGED BY THE REBELS
            # ON THE HOTEL": the act's object comes after its doers
            # ("on" also tells when or why, "ON ORDERS": there only a known thing is read)
            out.extend(_after_object_cue(doc, tokens, k + 1, "other", low == "against"))
        if low == "toll" and k > 0 and tokens[k - 1].low == "death":
            out.extend(_toll(tokens, k + 1))
        if passive is None and low in _BARE_CASUALTY and _coordinated_count(tokens, k):
            # "were killed and more than 140 wounded when gunmen...": the second count's "were" left out
            out.extend(_count_before(doc, tokens, k, _BARE_CASUALTY[low]))
        elif passive is None and low in _BARE_CASUALTY and _people_left(tokens, k):
            out.append(Filler(Span(tokens[k - 2].start, tokens[k - 1].end), "count", _BARE_CASUALTY[low],
                              count_from_words([tokens[k - 2].low])))
        if passive and passive[1] != "other" and _neither_before(tokens, k):
            passive = None  # "NEITHER X NOR HIS WIFE WERE INJURED": no one was
        if passive:
            found = _passive_subjects(doc, tokens, k, passive[1])
            if passive[1] != "other":
                # "THE PRESIDENT OF THE SUPREME COURT WAS WOUNDED", "TAKEN TO THE HOSPITAL, WHERE HE DIED":
                # people are killed, wounded or kidnapped; a building in that clause is where they work or lay
                found = [p for f in found for p in ([f] if f.kind != "target" else _member_of(doc, f))]
            if not found and passive[1] in ("killed", "wounded"):
                found = _count_before(doc, tokens, k, passive[1]) or _perfect_count(doc, tokens, k, passive[1])
            out.extend(_as_addition(found, tokens, *_addition_window(tokens, k)))
        elif low in _TOWARD and not _landmark(tokens, k) \
                and _blast_in(tokens, max(0, k - 8), k, low in _WHERE_ONLY):
            out.extend(_list_after(doc, tokens, k + 1, "other"))
        elif low in _SPATIAL_PREPS and (after := _spatial_object(tokens, k)) and not _landmark(tokens, k) \
                and _blast_in(tokens, max(0, k - _SPATIAL_REACH), k):  # the key test first: no call for most words
            out.extend(_list_after(doc, tokens, after, "other"))
        elif low in _CARRYING and k > 0 and _vehicle_hit(out, tokens[k - 1]):
            out.extend(replace(f, subset=True) for f in _list_after(doc, tokens, k + 1, "other") if f.kind == "victim")
        elif low in _FIXED and k + 2 < len(tokens) and tokens[k + 1].low == "to" \
                and _blast_in(tokens, max(0, k - 8), k):
            out.extend(_things_after(doc, tokens, k + 2))  # "a magnetic bomb attached to a minibus exploded"
        elif low in _ELLIPTIC_PREPS and _elliptic_blast(tokens, k):
            out.extend(_list_after(doc, tokens, k + 1, "other"))
        elif low == "in" and placing and _placed_before(tokens, k):
            out.extend(_things_placed_in(doc, tokens, k + 1))
        elif low in _GUARDING and k > 0 and tokens[k - 1].low in lexicon().sets["victim_nouns"]:
            # "POLICEMEN GUARDING THE CONSULATE WERE KILLED": the guards were hit for what they guarded
            out.extend(_things_after(doc, tokens, k + 1))
        if passive is None and low in _DAMAGE_PARTICIPLES:
            out.extend(_reduced_passive_targets(doc, tokens, k))
        elif low in _UNDERGONE and _damage_after(tokens, k):
            out.extend(_damaged_subjects(doc, tokens, k))
        if possessives and low.endswith("'s") and k + 1 < len(tokens) and tokens[k + 1].low in _POSSESSED_EVENTS:
            rng = name_before(doc, tokens, k + 1, possessive=True)
            if rng and not _planned_before(tokens, rng[0]):
                out.extend(_possessor(doc, tokens, rng, _POSSESSED_EVENTS[tokens[k + 1].low]))
        elif possessives and _bare_possessive(tokens, k) and tokens[k + 1].low in _POSSESSED_EVENTS:
            rng = name_before(doc, tokens, k, possessive=True)  # "CARLOS PIZARRO LEONGOMEZ' ASSASSINATION"
            if rng:
                out.extend(_possessor(doc, tokens, rng, _POSSESSED_EVENTS[tokens[k + 1].low]))
    if not out:
        return out  # most sentences: nothing to rewrite
    out = _parts_of_tolls(doc, out)
    return _without_named_counts(_with_shared_surnames(doc, tokens, _with_names_given(doc, tokens, out)))


# the rest of the object ("of them", "passengers"; no second clause: "and left two dead"), then death
_KILLED_OUTCOME = re.compile(r"(?:\s+(?!and\b|or\b|left\b|leaving\b)[a-z'-]+){0,3}?\s+(?:dead|to\s+death)\b")


def _outcome_killed(doc: Doc, f: Filler) -> Filler:
    """"shot three officers dead", "shot nine of them dead", "stabbed a woman to death": a wounding verb with death
    told after its object killed them."""
    if f.kind in ("victim", "count") and _KILLED_OUTCOME.match(doc.low, f.span.end):
        return replace(f, effect="killed")
    return f


# "killing 18 people, including six children", "20 villagers, among them three children, were abducted", "killing
# 41 people, most of them students"
_PART_OPENERS = frozenset(["mostly", "mainly", "most", "many", "among", "including"])
_AMBUSH_CUES = frozenset(["ambush on", "ambush against"])


def _head_word(doc: Doc, f: Filler) -> str:
    words = doc.low[f.span.start:f.span.end].split()
    return words[-1] if words else ""


_SUBSET_CUE = re.compile(r"[ ,]*(including|among them|among the victims|most of them|many of them|mostly)\s+"
                         r"(?:(?:a|an|the)\s+)?$")
# the people fired on, then what it did to them: "opened fire on worshippers at a mosque, killing"
_CASUALTY_CLAUSE = re.compile(r"[^,.;:]{0,60},\s*(?:killing|wounding|injuring)\b")
_SOME = frozenset(["including", "among them", "among the victims"])
_SUBSET_REACH = 24  # characters back from the listed people to the counted group


def _parts_of_tolls(doc: Doc, found: list[Filler]) -> list[Filler]:
    """People listed right after a group counted as killed, wounded or kidnapped are part of it: victims with no
    toll of their own."""
    counted = {f.span.end for f in found if f.kind == "victim" and f.count is not None and not f.named
               and f.effect in ("killed", "wounded", "kidnapped")}
    if not counted:
        return found
    out = []
    for f in found:
        if f.kind == "victim" and f.effect == "other" and f.count is None and not f.named \
                and f.span.end < min(counted) and _CASUALTY_CLAUSE.match(doc.low, f.span.end):
            out.append(replace(f, subset=True))  # "opened fire on worshippers, killing seven people": those hit
            continue
        m = _SUBSET_CUE.search(doc.low, max(0, f.span.start - _SUBSET_REACH), f.span.start) \
            if f.kind == "victim" and f.effect == "other" else None
        # "including journalists": some of them, uncounted, name no group of their own; "mostly policemen" tell
        # what the counted group was
        told = m is not None and m.start() in counted and (f.count is not None or m.group(1) not in _SOME)
        out.append(replace(f, subset=True) if told else f)
    return out
_MOURNED = frozenset(["funeral of", "funerals of"])
# cues that list members of a group told before them: its people are victims only if the group was hit
_MEMBER_CUES = frozenset(["including", "among them"])


_TIME_PREPS = frozenset(["at", "by", "in", "on", "until", "since", "after", "before"])  # "AT 2300 KILLING": an hour


def _attributive(tokens: list[Token], k: int, found: list[Filler]) -> list[Filler]:
    """A casualty participle at k after a count is an adjective ("9 WOUNDED SOLDIERS", "TWO KIDNAPPED
    ENGINEERS"): the people right after it are named by the whole phrase, count included."""
    count = count_from_words([tokens[k - 1].low])
    return [replace(f, span=Span(tokens[k - 1].start, f.span.end), count=count)
            if f.kind == "victim" and not f.named and f.span.start == tokens[k + 1].start else f for f in found]


def _group_harmed(doc: Doc, tokens: list[Token], k: int, found: list[Filler]) -> bool:
    """Were the group whose members a cue at token k lists hit: a casualty verb right after the members ("FOUR
    PEOPLE, INCLUDING A CHILD, WERE INJURED"), or, when no verb of saying follows them ("DIPLOMATS, AMONG THEM
    X, SAID"), a casualty or an attack told before the cue ("KILLED FIVE PEOPLE, INCLUDING X", "THE BODIES,
    INCLUDING X'S")? Not "OFFICIALS, INCLUDING X, CONDEMNED THE ATTACK"."""
    after = _word_after_members(tokens, found)
    if after in _CASUALTY_WORDS:
        return True
    if after in _SPEECH_VERBS or after in vocab()["stance_verbs"]:
        return False
    if any(t.low in _CASUALTY_WORDS or t.low in _REDUCED_RELATIVE or t.low in _THE_DEAD for t in tokens[:k]):
        return True
    return bool(k) and bool(doc.hits_in("trigger", tokens[0].start, tokens[k - 1].end))


def _word_after_members(tokens: list[Token], found: list[Filler]) -> str:
    """The first word after the members listed, past commas, auxiliaries and adverbs ("..., WERE INJURED" ->
    "injured"); "" when none was found or the sentence ends."""
    if not found:
        return ""
    n = bisect_left(tokens, max(f.span.end for f in found), key=token_start)
    while n < len(tokens) and (tokens[n].low == "," or tokens[n].low in _PAST_PASSIVE_AUX
                               or tokens[n].low in vocab()["adverbs"]):
        n += 1
    return tokens[n].low if n < len(tokens) else ""


_THE_DEAD = frozenset(["body", "bodies", "corpse", "corpses", "remains"])


def _pronoun_object(doc: Doc, tokens: list[Token], at: int, effect: str) -> list[Filler]:
    """"THE BUSINESSMAN, X, TRIED TO RESIST; THE MEN SHOT HIM": a personal pronoun as the attack's object stands
    for the one person an earlier clause of the sentence names; a clause break must come between, else the name
    may be the doer ("X SHOT HIM"). With no name, or several, the pronoun is left unread."""
    if at >= len(tokens) or tokens[at].low not in _OBJECT_PRONOUNS:
        return []
    if tokens[at].low == "her" and at + 1 < len(tokens) and tokens[at + 1].low.isalpha() \
            and tokens[at + 1].low not in _AFTER_OBJECT:
        return []  # "SHOT HER HUSBAND": a possessive, the husband was hit
    brk = next((n for n in range(at - 1, 0, -1) if tokens[n].low in _PRONOUN_CLAUSE_BREAKS), None)
    if brk is None:
        return []
    names = _names_in(doc, tokens, brk)
    if len({" ".join(t.low for t in tokens[a:b]) for a, b in names}) != 1:
        return []
    return _named_victims(classify_phrase(doc, tokens, names[0], effect))


_OBJECT_PRONOUNS = frozenset(["him", "her"])
_PRONOUN_CLAUSE_BREAKS = frozenset([";", "when", "while", "but", "then"])
# words that may follow an object pronoun ("SHOT HER IN THE HEAD", "KILLED HER AND FLED"): "her" is no possessive
_AFTER_OBJECT = frozenset(["and", "in", "on", "at", "as", "while", "when", "with", "near", "outside", "inside",
                           "dead", "several", "twice", "before", "after", "from", "then", "again", "today"])


def _named_victims(found: list[Filler]) -> list[Filler]:
    """The victims among found told by a name (the rules that accept no description of a person)."""
    return [f for f in found if f.kind == "victim" and f.named]


def _names_in(doc: Doc, tokens: list[Token], end: int, start: int = 0) -> list[tuple[int, int]]:
    """The people named in tokens[start:end], in order, each read on from the end of the one before."""
    out: list[tuple[int, int]] = []
    n = start
    while n < end:
        rng = person_name(doc, tokens, n, end)
        if rng is None:
            break
        out.append(rng)
        n = rng[1]
    return out


def _without_named_counts(found: list[Filler]) -> list[Filler]:
    """A count of one unread person whose words hold a name another rule read ("A MINOR KNOWN AS CARLOS"):
    that person is counted by the name."""
    names = [f.span for f in found if f.named]
    return [f for f in found if not (f.kind == "count" and f.added and
                                     any(f.span.start <= n.start and n.end <= f.span.end for n in names))]


def _companions(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """People killed or wounded "along with" the victims of a casualty verb before k ("X WAS SHOT DEAD ALONG
    WITH TWO OF HIS BODYGUARDS"): victims added to the verb's own, so counted on top of them."""
    seconds = _companion_seconds()
    if seconds is not None and (k + 1 >= len(tokens) or tokens[k + 1].low not in seconds):
        return []  # "as" is frequent, "as well as" rare: no phrase tuples built for the others
    link = next((len(c) for c in vocab()["companions"] if tuple(t.low for t in tokens[k:k + len(c)]) == c), 0)
    effect = _companion_effect(tokens, k) if link else None
    if effect is None:
        return []
    found = [replace(f, added="along") for f in _list_after(doc, tokens, k + link, effect) if f.kind == "victim"]
    return found or _companion_count(doc, tokens, k + link, effect)


@functools.cache
def _companion_seconds() -> frozenset[str] | None:
    """The second words of the companion phrases ("along WITH"); None if one is a single word."""
    phrases = vocab()["companions"]
    return None if any(len(c) < 2 for c in phrases) else frozenset(c[1] for c in phrases)


def _companion_count(doc: Doc, tokens: list[Token], i: int, effect: str) -> list[Filler]:
    """"SHOT DEAD ALONG WITH TWO OTHER PARTY MILITANTS": companions of a casualty are people whatever the
    noun; a stated count (no vague "several") is theirs."""
    rng = noun_phrase(doc, tokens, i)
    if not rng or any(t.low in _vague() for t in tokens[rng[0]:rng[1]]):
        return []
    count = _count_in(tokens, *rng)
    if count is None or count_from_words([tokens[rng[0]].low]) is None:
        return []
    return [Filler(Span(tokens[rng[0]].start, tokens[rng[1] - 1].end), "count", effect, count, added="along")]


def _companion_effect(tokens: list[Token], k: int) -> str | None:
    """The effect of a casualty verb earlier in the clause of token k ("KILLED THE MAYOR, AS WELL AS")."""
    for n in range(k - 1, max(-1, k - _COMPANION_REACH), -1):
        low = tokens[n].low
        if low in _CLAUSE_OPENERS:
            return None  # another clause: "AFTER X WAS KILLED, POLICE ALONG WITH SOLDIERS ..."
        effect = _CASUALTY_WORDS.get(low) or _CASUALTY_VERBS.get(low)
        if effect:
            return effect if effect in ("killed", "wounded") else None
    return None


@functools.cache
def _companion_starts() -> frozenset[str]:
    """The first words of the companion phrases (roles.json companion_links: "ALONG with", "AS well as")."""
    return frozenset(c[0] for c in vocab()["companions"])


_CLAUSE_OPENERS = frozenset([";", ":", "--", "who", "which", "when", "after", "before", "while", "as"])
_COMPANION_REACH = 15
_CASUALTY_VERBS = {"killing": "killed", "death": "killed", "wounding": "wounded", "injuring": "wounded"}


def _neither_before(tokens: list[Token], k: int) -> bool:
    """Does the clause of the verb at k deny its subjects ("NEITHER X NOR Y WERE INJURED", "NONE OF THE PRIESTS
    AND REFUGEES WAS HURT": the denial covers every coordinate, not the first only)?"""
    clause = tokens[_clause_start(tokens, k):k]
    return any(t.low == "neither" or (t.low == "none" and n + 1 < len(clause) and clause[n + 1].low == "of")
               for n, t in enumerate(clause))


def _addition_window(tokens: list[Token], k: int) -> tuple[int, int]:
    """Where an additive adverb of the casualty verb at k stands: "WAS ALSO KILLED" after the auxiliary,
    "ALSO DIED" before the verb."""
    return (k - 1, k) if tokens[k].low == "died" else (k + 1, min(len(tokens), k + 3))


def _as_addition(found: list[Filler], tokens: list[Token], a: int, b: int) -> list[Filler]:
    """The casualties of a clause with "also" in tokens[a:b] ("A POLICEMAN WAS ALSO KILLED") marked as added."""
    if a < 0 or not any(t.low in vocab()["addition"] for t in tokens[a:b]):
        return found
    names = [f.span for f in found if f.named]
    return [replace(f, added="also") if f.effect in ("killed", "wounded") and f.kind in ("victim", "count")
            and not f.named and not _appositive_of(f.span, names) else f for f in found]


def _appositive_of(span: Span, names: list[Span]) -> bool:
    """Does span come right after a name, past a comma ("X, SON OF Y")? Then it tells who X is, no one else."""
    return any(0 <= span.start - n.end <= _APPOSITIVE_GAP for n in names)


_APPOSITIVE_GAP = 2  # characters between a name and its appositive: ", "


def _with_names_given(doc: Doc, tokens: list[Token], found: list[Filler]) -> list[Filler]:
    """"INJURING A GUARD NAMED X", "A STUDENT, WHO WAS IDENTIFIED AS X": a victim told by a noun whose name the
    text then gives is that name."""
    out: list[Filler] = []
    for f in found:
        after = doc.low[f.span.end:f.span.end + 1]
        if f.kind == "victim" and not f.named and (after.isspace() or after == ","):
            k = bisect_left(tokens, f.span.end, key=token_start)
            names = names_introduced(doc, tokens, k, _identified_object(tokens, f.span.start))
            if names:
                out.extend(Filler(Span(tokens[a].start, tokens[b - 1].end), "victim", f.effect, 1, True)
                           for a, b in names)
                continue
        out.append(f)
    return out


def _with_shared_surnames(doc: Doc, tokens: list[Token], found: list[Filler]) -> list[Filler]:
    """"MURDERED BROTHERS MARIO AND JUAN PUZO OCHOA", "ERNESTO AND ROSA FERNANDEZ WERE WOUNDED": a lone given
    name joined by "and" to a named victim shares that victim's surname and fate; it is one more person."""
    out = list(found)
    for f in found:
        if f.kind != "victim" or not f.named:
            continue
        i = bisect_left(tokens, f.span.start, key=token_start)
        if i >= 2 and tokens[i - 1].low == "and" and _lone_given_name(doc, tokens, i - 2):
            given = Filler(Span(tokens[i - 2].start, tokens[i - 2].end), "victim", f.effect, 1, True)
            if all(g.span != given.span for g in out):
                out.append(given)
    return out


def _lone_given_name(doc: Doc, tokens: list[Token], n: int) -> bool:
    """Is token n a known given name standing alone, no name word before it ("JUAN CARLOS AND X": no)?"""
    sets = lexicon().sets
    if tokens[n].low not in sets["first_names"] or not (doc.caps or doc.text[tokens[n].start].isupper()):
        return False
    if n == 0:
        return True
    prev = tokens[n - 1]
    return not prev.low.isalpha() or prev.low in STRIP or prev.low in _BEFORE_GIVEN_NAME \
        or prev.low in sets["kin_nouns"] or prev.low in sets["victim_nouns"] or prev.low in sets["titles"]


_BEFORE_GIVEN_NAME = frozenset(["as", "and", "of", "killed", "murdered", "kidnapped", "wounded", "were", "are"])


def _identified_object(tokens: list[Token], start: int) -> bool:
    """Is the phrase starting at character ``start`` the object of "identified" ("IDENTIFIED THE DEAD MEN")?"""
    i = bisect_left(tokens, start, key=token_start)
    return any(t.low == "identified" for t in tokens[max(0, i - _IDENTIFIED_REACH):i])


_IDENTIFIED_REACH = 3  # "IDENTIFIED THE [U.S.] STUDENT": the verb, an article, a modifier before the noun


def _reduced_passive_targets(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"FIVE HOUSES DAMAGED", "THREE STORES PARTIALLY DESTROYED, AND ONE POLE BLOWN UP": a damage participle
    with no auxiliary and no object after it tells what was hit when a thing stands right before it; a thing
    with an object after the verb ("THE TRUCK DESTROYED THE BRIDGE") is the doer, and a person is left out."""
    if tokens[k].low != "blown" and k + 1 < len(tokens) and _object_starts(tokens[k + 1].low):
        return []
    m = k
    while m > 0 and tokens[m - 1].low in vocab()["adverbs"]:
        m -= 1
    return [f for f in _coordinated(doc, tokens, phrase_before(tokens, m), "other") if f.kind == "target"]


def _damage_after(tokens: list[Token], k: int) -> bool:
    """"SUSTAINED CONSIDERABLE DAMAGE", "SUFFERED SERIOUS DAMAGES": the verb at k takes damage as its object."""
    return any(t.low in _DAMAGE_NOUNS for t in tokens[k + 1:k + 1 + _DAMAGE_REACH])


def _damaged_subjects(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """The things before "sustained damage" ("HER VEHICLE SUSTAINED CONSIDERABLE DAMAGE", "THE BANK AND TWO
    STORES SUFFERED SERIOUS DAMAGE"): what the attack hit; a person who "suffered" is left out."""
    m = k
    while m > 0 and tokens[m - 1].low in vocab()["adverbs"]:
        m -= 1
    return [f for f in _coordinated(doc, tokens, phrase_before(tokens, m, subject=True), "other") if f.kind == "target"]


_UNDERGONE = frozenset(["sustained", "suffered", "received"])
_DAMAGE_NOUNS = frozenset(["damage", "damages"])
_DAMAGE_REACH = 3  # "SUSTAINED" + "CONSIDERABLE MATERIAL" + "DAMAGE"


def _object_starts(low: str) -> bool:
    """Can a word open the object of a verb ("DESTROYED THE BRIDGE", "DESTROYED TWO BUSES", "DESTROYED HOMES")?"""
    sets = lexicon().sets
    return low in STRIP or count_from_words([low]) is not None or low in sets["target_heads"] \
        or low in sets["victim_nouns"]


_DAMAGE_PARTICIPLES = frozenset(["destroyed", "damaged", "blown", "burned", "burnt", "dynamited", "gutted",
                                 "sabotaged", "ransacked", "looted", "torched"])


def _member_of(doc: Doc, f: Filler) -> list[Filler]:
    """A thing read as the subject of "was killed" stands for people: "A TECHNICIAN OF THE TELEVISION NETWORK
    WAS KILLED" names a person by where they work, the victim being the words before "of"; else no one."""
    cut = doc.low.find(" of ", f.span.start, f.span.end)
    span = trimmed(doc, f.span.start, cut) if cut >= 0 else None
    if span is None or span.end <= span.start or \
            doc.low[span.start:span.end].rsplit(" ", 1)[-1] in lexicon().sets["target_heads"]:
        return []  # "THE MAIN OFFICE OF X, WHOSE DIRECTOR WAS KILLED": a thing before "of" too
    return [Filler(span, "victim", f.effect, None if doc.low[span.end - 1] == "s" else 1)]


def _area(doc: Doc, f: Filler) -> bool:
    """Does the filler name an area people live in ("the X neighborhood")? After a locative cue ("exploded in
    the X neighborhood") that is where the attack happened, not what it hit."""
    return doc.low[f.span.start:f.span.end].rsplit(" ", 1)[-1] in lexicon().sets["area_heads"]


_LOCATIVES = frozenset(["in", "near", "inside", "outside"])


# the raid words; "air raid on" starts with "air": an airstrike, which stays an attack
_SEARCHES = frozenset(["raided", "raid", "raids"])
_SEARCH_REACH = 12  # tokens back from a raid word to its doers ("UNITS OF THE ELITE FORCES, THE MAIN ONES ..., RAIDED")


# "... -- WERE SEIZED", ", WHICH WERE CONFISCATED": the passive of a taking right after a list of things
_TAKEN_AFTER = re.compile(r"[\s,\-]*(?:which\s+|that\s+)?(?:were|was|have\s+been|had\s+been)\s+"
                          r"(?:seized|confiscated|stolen|recovered|impounded)\b")


def _taken_after(doc: Doc, end: int) -> bool:
    """Are the things listed up to end the subject of a passive taking ("X AND Y WERE SEIZED")? Taken, not hit."""
    return _TAKEN_AFTER.match(doc.low, end, end + 60) is not None


def _searchers_before(doc: Doc, tokens: list[Token], k: int) -> bool:
    """Do the state's forces or the authorities do the raid at token k ("ARMY TROOPS RAIDED FIVE FARMS", "THE
    COLOMBIAN ARMY'S RAIDS ON PROPERTIES")? Theirs is a search, a police operation (INCIDENTS.md): what they raid
    is no target. An armed group named before it ("FMLN FORCES RAIDED THE TOWN") makes the raid an attack."""
    a = k
    while a > 0 and k - a < _SEARCH_REACH and tokens[a - 1].low not in (".", ";", ":"):
        a -= 1
    sets = lexicon().sets
    searchers = sets["forces_nouns"] | sets["seizing_authorities"]
    words = [t.low[:-2] if t.low.endswith("'s") else t.low for t in tokens[a:k]]
    told = any(w in searchers or f"{v} {w}" in searchers for v, w in zip([""] + words, words))
    start, end = tokens[a].start, tokens[k].start
    actors = lexicon().actors
    group = any(actors[i].kind != "state" for h in doc.hits_in("actor", start, end) for i in h.payload)
    return told and not group and not doc.hits_in("perp", start, end)


def _habitual_before(tokens: list[Token], k: int) -> bool:
    """Does a plural attack noun at token k tell a habit or a campaign rather than attacks that happened
    ("ITS ATTACKS ON MILITARY GARRISONS", "THEIR CONSTANT ATTACKS AGAINST", "THE CONTINUATION OF ATTACKS",
    "THE SUSPENSION OF ATTACKS")? Read back over its modifiers to a possessive or an aggregate noun + "of"."""
    n = k - 1
    while n >= 0 and tokens[n].low in _ATTACK_MODIFIERS:
        n -= 1
    if n < 0:
        return False
    if tokens[n].low in _HABIT_OWNERS:
        return True
    return tokens[n].low == "of" and n > 0 and tokens[n - 1].low in _CAMPAIGN_NOUNS


_PLURAL_ATTACKS = frozenset(["attacks", "bombings", "raids"])
_IN_FRONT = ("in", "front", "of")
_ATTACK_MODIFIERS = frozenset(["terrorist", "criminal", "constant", "continuous", "continued", "repeated",
                               "frequent", "indiscriminate", "armed", "dynamite", "bomb", "guerrilla", "rebel"])
_HABIT_OWNERS = frozenset(["its", "their"])
_CAMPAIGN_NOUNS = frozenset(["continuation", "resumption", "suspension", "series", "wave", "campaign", "halt",
                             "cessation", "escalation", "increase"])


def _motive_before(doc: Doc, tokens: list[Token], k: int) -> bool:
    """Does a motive ("IN REPRISAL FOR", "TO AVENGE") end right before the casualty noun at token k, past at most
    its determiner and a few modifiers ("IN RESPONSE TO THE 30 OCTOBER KILLING OF")?"""
    start = tokens[max(0, k - _MOTIVE_REACH)].start
    return any(all(is_word(t) for t in tokens[max(0, k - _MOTIVE_REACH):k] if t.start >= h.end)
               for h in doc.cues_in(start, tokens[k].start, "motive"))


_MOTIVE_REACH = 6  # "TO" + "THE 30 OCTOBER GUERRILLA" + "KILLING"


def _suspects_before(tokens: list[Token], k: int) -> bool:
    """Does the clause before token k speak of people held or sought for the attack ("THE ARRESTED MEN")?"""
    suspects = vocab()["suspects"]
    return any(t.low in suspects or t.low in _HELD_WORDS for t in tokens[_clause_start(tokens, k):k])


# held or accused over the attack: "THE ARRESTED MEN", "THE ACCUSED"
_HELD_WORDS = frozenset(["arrested", "detained", "captured", "suspected", "accused", "prisoners"])


def _past_second_verb(tokens: list[Token], i: int) -> int:
    """Index of the object after a second verb joined to the cue ("ATTACKED AND SUNK A BOAT", "KIDNAPPED AND
    TORTURED X"): the object is both verbs'; i when no "and" + verb follows."""
    verb = tokens[i + 1].low if i + 2 < len(tokens) else ""
    if verb and tokens[i].low == "and" and (verb in _IRREGULAR_PAST or (verb.endswith("ed") and verb.isalpha())):
        return i + 2
    return i


_SECOND_VERBS = frozenset(["wounded", "injured", "kidnapped", "abducted", "killed", "left", "leaving", "wounding",
                           "injuring", "killing", "destroyed", "damaged"])
_IRREGULAR_PAST = frozenset(["sunk", "sank", "burnt", "shot", "hit", "beat", "beaten", "blew", "stole", "stolen",
                             "took", "taken", "held", "stabbed"])


@functools.cache
def _rule_starters() -> frozenset[str]:
    """Every word at which a rule of _objects_in can fire (a new rule keyed on a word must add it to
    _other_rule_starters, or be an object cue)."""
    return frozenset(vocab()["object_cues"]) | _other_rule_starters()


@functools.cache
def _other_rule_starters() -> frozenset[str]:
    """The words at which a rule of _objects_in other than an object cue can fire."""
    return frozenset([*vocab()["weapon_preps"], "set", "was", "were", "been", "being", "died", *_SURVIVED, *_TAKERS,
                      *_REDUCED_RELATIVE, *_EVENT_NOUNS, *_AIMED_ATTACK_NOUNS, *_LIST_OPENERS, "toll", *_BARE_CASUALTY,
                      *_TOWARD, *_SPATIAL_PREPS, *_ELLIPTIC_PREPS, *_DAMAGE_PARTICIPLES, *_companion_starts(),
                      *_AIMED_PREPS, *_UNDERGONE, "in", *_GUARDING, *_THAT_OF_EVENTS, "holding",
                      *_PLACE_RELATIVES, "when", *_FIXED, *_CARRYING])


_TOWARD = ("at", "outside", "under", "onto", "into", "near", "inside", "towards", "toward", "between")


@functools.cache
def _cue_second_words() -> dict[str, frozenset[str]]:
    """For each first word of the object cues, the second words its cues go on with; a first word that is a cue
    by itself has no entry (match_at is called there whatever follows)."""
    out = {}
    for first, (_, phrases) in vocab()["object_cues"].items():
        if all(len(p) > 1 for p in phrases):
            out[first] = frozenset(p[1] for p in phrases)
    return out


@functools.cache
def _cue_only_determiners() -> frozenset[str]:
    """The determiners among the rule starters that start object cues and no other rule of _objects_in."""
    return frozenset(w for w in STRIP if w in _rule_starters() and w not in _other_rule_starters())


def _spatial_object(tokens: list[Token], k: int) -> int | None:
    """Index of the thing after a preposition of place that starts at token k ("IN FRONT OF", "OPPOSITE",
    "ACROSS FROM", "NEXT TO"): a bomb set off there was aimed at that thing; None if none starts at k."""
    for words in _SPATIAL_PREPS.get(tokens[k].low, ()):
        end = k + len(words)
        if end < len(tokens) and all(tokens[k + n].low == w for n, w in enumerate(words)):
            return end
    return None


def _blast_in(tokens: list[Token], a: int, b: int, explosive: bool = False) -> bool:
    """Is a blast or firing told in tokens a..b (with explosive, a blast: not a firing, a fire or a storming)? A
    weapon word that only qualifies the next noun ("BOMB THREATS AT ITS BASES", "A BOMB SQUAD AT THE SCENE":
    attack_vocab weapon_qualified_nouns) tells none."""
    qualified = lexicon().sets["weapon_qualified_nouns"]
    return any(tokens[i].low in _BLAST_WORDS and (i + 1 >= len(tokens) or tokens[i + 1].low not in qualified)
               and not (explosive and tokens[i].low in _NOT_BLASTS) for i in range(a, b))


# prepositions that only tell where: a blast damages what it goes off near or under; a shooting, a fire set or a
# storming "near the university" ("RIDDLED WITH BULLETS NEAR", "A BUS WAS SET ON FIRE NEAR", "TOOK REFUGE UNDER A
# PARKED CAR") hit the people there or the thing set on fire, not the landmark
_WHERE_ONLY = frozenset(["near", "under", "between"])
_NOT_BLASTS = frozenset(["fire", "fired", "stormed"])


def _aimed_weapon(doc: Doc, tokens: list[Token], k: int) -> bool:
    """Does a weapon right before the preposition at token k aim at what follows ("A BOMB AT THE BANK", "HURLED
    GRENADES INTO THE CROWD")? Firearms and rounds only tell where with "near" or "under" ("RIDDLED WITH BULLETS
    NEAR THE UNIVERSITY")."""
    hits = doc.hits_in("weapon", tokens[k - 1].start, tokens[k - 1].end)
    return bool(hits) and not (tokens[k].low in _WHERE_ONLY and hits[0].payload == "firearms")


def _elliptic_blast(tokens: list[Token], k: int) -> bool:
    """Is the preposition at token k that of a blast or attack told before in the sentence and left out
    ("THREE BOMBS WENT OFF, ONE AT THE PARK, ANOTHER AT THE UNIVERSITY", "THE ATTACKS, ESPECIALLY THE ONE ON
    THE MINISTRY")? "NO ONE AT THE MINISTRY" is nobody."""
    if tokens[k].low not in _ELLIPTIC_PREPS or k < 1 or tokens[k - 1].low not in _ELLIPTIC:
        return False
    if k > 1 and tokens[k - 2].low in ("no", "every", "any", "some"):
        return False
    before = tokens[:k - 1]
    if tokens[k].low in _AIMED_PREPS:  # "an ambush on the highway" is where; "an attack on the ministry" what
        return any(t.low in _AIMED_ATTACKS for t in before)
    return any(t.low in _BLAST_WORDS for t in before)


def _placed_before(tokens: list[Token], k: int) -> bool:
    """Is "in" at token k where a charge was put ("PLACED BY THE REBELS IN A SCHOOL", "DETONATED TWO BOMBS IN
    BANKS")? A placing verb a few words back, its object or agent between, and no other preposition of place."""
    for n in range(k - 1, max(-1, k - _PLACED_REACH), -1):
        low = tokens[n].low
        if low in _PLACING:
            return True
        if low in _TOWARD or low in ("in", "on", ";", ":"):
            return False
    return False


def _things_after(doc: Doc, tokens: list[Token], i: int) -> list[Filler]:
    """The known things (no area) listed from token i: where an attack struck, told by a preposition alone."""
    return [f for f in _list_after(doc, tokens, i, "other") if f.kind == "target" and not _area(doc, f)]


def _things_placed_in(doc: Doc, tokens: list[Token], i: int) -> list[Filler]:
    """The things a charge was put in: known buildings only, not an area ("IN THE X NEIGHBORHOOD" says where)
    and not a vehicle (a bomb "placed in a car" makes the car the carrier more often than the target)."""
    return [f for f in _things_after(doc, tokens, i)
            if not _carrier(doc.low[f.span.start:f.span.end].rsplit(" ", 1)[-1])]


def _carrier(head: str) -> bool:
    """Is a vehicle a charge was placed in its carrier? A laden vehicle is, but a charge placed in a bus or a boat
    attacks the people aboard: those stay targets ("a bomb placed in a bus killed 12 passengers")."""
    return head in lexicon().sets["laden_vehicles"] and head not in lexicon().sets["ridden_vehicles"]


_GUARDING = frozenset(["guarding", "protecting"])
# not "left": "LEFT IN A CAR" says where a thing was left, not where a charge went off
_PLACING = frozenset(["placed", "planted", "detonated", "hid", "hidden", "placing", "planting"])
_PLACED_REACH = 7  # "PLACED" + "BY THE FMLN URBAN COMMANDOS" / "TWO DYNAMITE STICKS" + "IN"


_ELLIPTIC = frozenset(["one", "another", "other", "second", "third", "fourth", "last"])
_AIMED_PREPS = frozenset(["on", "against"])
_ELLIPTIC_PREPS = _AIMED_PREPS | frozenset(["at", "near", "outside", "inside"])
_AIMED_ATTACKS = frozenset(["attack", "attacks", "assault", "assaults", "bombing", "bombings", "attempt", "attempts"])


def _landmark(tokens: list[Token], k: int) -> bool:
    """Does the place phrase at token k tell where a thing just named stands ("AT A WAREHOUSE NEAR THE
    ELECTORAL COUNCIL", "THE SCHOOL, LOCATED OPPOSITE A POLICE STATION")? Then it qualifies that thing, which
    was hit, not the blast; a vehicle before it may be the bomb's carrier ("A CAR PARKED OUTSIDE THE X")."""
    if tokens[k].low not in _NEARBY:
        return False  # "THREW A BOMB FROM A VEHICLE AT THE WAREHOUSE": "at" tells where the blast went
    n = k - 1
    if n > 0 and tokens[n].low == "in" and tokens[k].low == "front":
        n -= 1  # "in front of" fires at "front"
    while n > 0 and tokens[n].low in _SITED:
        n -= 1
    return n >= 0 and tokens[n].low in lexicon().sets["target_heads"] and tokens[n].low not in vocab()["vehicle_heads"]


_NEARBY = frozenset(["near", "opposite", "next", "across", "front", "beside"])
_SITED = frozenset(["located", "situated", "standing", "which", "is", "was", ","])


# keyed by the word a rule fires at; "in front of" fires at "front" (the word before checked there)
_SPATIAL_PREPS = {"opposite": (("opposite",),), "across": (("across", "from"), ("across", "the", "street", "from")),
                  "next": (("next", "to"),), "front": (("front", "of"),)}
_CARRYING = frozenset(["carrying", "transporting", "ferrying"])


def _vehicle_hit(found: list[Filler], last: Token) -> bool:
    """Is the word before "carrying" the end of a vehicle read as the thing hit ("a drone struck a car carrying two
    commanders")? The people it carried were hit with it."""
    sets = lexicon().sets
    return (last.low in sets["laden_vehicles"] or last.low in sets["ridden_vehicles"]) \
        and any(f.kind == "target" and f.span.end == last.end for f in found)


_FIXED = frozenset(["attached", "stuck", "fixed", "fastened", "clamped"])  # a charge put on the thing it hit
_SPATIAL_REACH = 14  # words back to the blast: "A BOMB EXPLODED TONIGHT, FRIDAY, IN THE CITY OF X, OPPOSITE A Y"


def _after_object_cue(doc: Doc, tokens: list[Token], i: int, effect: str, explicit: bool,
                      naming: bool = False) -> list[Filler]:
    """Fillers after an object cue ending before token i ("KILLED X", "THE MURDER OF X", "ATTACK ON X");
    ``naming``: the cue names only people ("THE VICTIMS WERE IDENTIFIED AS X"), so its list of names goes on
    past an appositive as a casualty word's does."""
    found = _list_after(doc, tokens, i, effect, explicit)
    if not any(f.named for f in found) and (effect != "other" or explicit or naming):
        # "THE MURDER OF PATRIOTIC UNION [UP] CANDIDATE X", "THE ATTACK ON DAS [...] DIRECTOR X": a name
        # behind a long title; what was read as a target before it is part of the title ("DAS")
        named = _names_listed(doc, tokens, i, effect, whole=True, lead=_TITLE_LEAD)
        if named:
            first = named[0].span.start
            found = [f for f in found if f.kind != "target" or f.span.start > first] + named
    if not found and effect in ("killed", "wounded"):
        return _bare_count(tokens, i, effect)
    if (effect != "other" or naming) and any(f.named for f in found):
        # "KILLED X, LEADER OF ... (MNR), AND SENATOR Y": the list goes on past an appositive
        spans = {f.span for f in found}
        # ("PERUVIAN SOCIAL DEMOCRATIC LEADER Y": a title as long as a lone name's may lead the next item)
        found += [f for f in _names_listed(doc, tokens, i, effect, whole=True, lead=_TITLE_LEAD) if f.span not in spans]
    return found


def _event_of_after_adjunct(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"THE ASSASSINATION IN GUATEMALA OF X", "THE MURDER ON 26 FEBRUARY OF MAYOR X": the event's "of" comes
    after a place or a date."""
    for n in range(k + 2, min(len(tokens) - 1, k + _ADJUNCT_REACH)):
        low = tokens[n].low
        if low == "of":
            return _after_object_cue(doc, tokens, n + 1, _EVENT_NOUNS[tokens[k].low], False)
        if not is_word(tokens[n]) or _verb_like(low) or low in vocab()["breaks"] and low not in _EVENT_ADJUNCTS:
            break  # "THE MURDER IN THE CAPITAL SHOCKED THE FRIENDS OF X": a new clause
    return []


def _aimed_after_time(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"AN ATTACK LAST NIGHT ON THE SUBSTATION", "a rocket strike on Saturday on a football pitch", "BOMB ATTACKS
    EARLY THIS MONTH AGAINST THE TOWERS": a time told between an attack noun and the "on"/"against" of what it
    was aimed at; the thing after it is the attack's object as if the time were not there."""
    n = k + 1
    if n >= len(tokens) or not _time_word(tokens[n].low) and not (tokens[n].low == "on" and n + 1 < len(tokens)
                                                                  and _time_word(tokens[n + 1].low)):
        return []
    times = 0
    while n < min(len(tokens) - 1, k + _ADJUNCT_REACH):
        low = tokens[n].low
        if low in _AIMED_PREPS and times and not _time_word(tokens[n + 1].low):
            phrase = f"{tokens[k].low} {low}"
            return _after_object_cue(doc, tokens, n + 1, "other", phrase in vocab()["explicit"])
        if low == "at" and times and not _time_word(tokens[n + 1].low):
            # "THE ATTACK ON FRIDAY AT THE CENTRAL MARKET": where the attack struck, a known thing only
            return _things_after(doc, tokens, n + 1)
        if _time_word(low):
            times += 1
        elif low not in _TIME_LINKS:
            break
        n += 1
    return []


def _after_agent(tokens: list[Token], k: int) -> bool:
    """Does the preposition at k follow an agent phrase "by X" of a participle that tells an act was done
    ("PERPETRATED BY", "CARRIED OUT TONIGHT BY", "STAGED BY"), with no punctuation between?"""
    for n in range(k - 1, max(0, k - _AGENT_SPAN) - 1, -1):
        if not is_word(tokens[n]):
            return False
        if tokens[n].low == "by":
            m = n - 1
            while m > 0 and (_time_word(tokens[m].low) or tokens[m].low in ("on", "this")):
                m -= 1  # "CARRIED OUT TONIGHT BY", "CARRIED OUT ON MONDAY BY"
            return m >= 0 and tokens[m].low in _DONE_PARTICIPLES
    return False


_AGENT_SPAN = 8  # "BY [MEMBERS OF THE X URBAN COMMANDO] AGAINST"
_DONE_PARTICIPLES = frozenset(["perpetrated", "committed", "out", "staged", "launched", "conducted", "mounted"])


def _time_word(low: str) -> bool:
    """A word that tells when: "yesterday", "night", "Saturday", "January", a day's number."""
    return low in vocab()["times"] or low in _TIME_ADVERBS or low.isdigit() and len(low) <= 2


_AIMED_ATTACK_NOUNS = frozenset(["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                                 "assault", "bombing", "bombings"])
_TIME_ADVERBS = frozenset(["yesterday", "today", "tonight", "overnight", "last", "early", "late", "earlier", "month",
                           "year", "hours"])
_TIME_LINKS = frozenset(["on", "this", "and", "the", "of", "in", ","])


_EVENT_NOUNS = {"murder": "killed", "murders": "killed", "assassination": "killed", "assassinations": "killed",
                "killing": "killed", "killings": "killed", "massacre": "killed", "kidnapping": "kidnapped",
                "kidnappings": "kidnapped", "abduction": "kidnapped"}
_EVENT_ADJUNCTS = frozenset(["in", "on", "last", "early", "yesterday", "today"])
_HOLDING_AUX = frozenset(["is", "are", "was", "were", "still", "also"])
_THAT_OF_EVENTS = {**_EVENT_NOUNS, "death": "killed", "deaths": "killed", "body": "killed", "bodies": "killed"}
_THAT_OF_REACH = 12  # "THE MURDERS WHICH HAVE OCCURRED IN THE COUNTRY AND ESPECIALLY" + "THAT OF"


def _event_pronoun_of(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"X'S MURDER JOINS THAT OF JUDGE Y", "CONDEMN THE MURDERS, ESPECIALLY THAT OF SENATOR Y": a "that of" soon
    after an event noun (or a body: "THE BODIES, INCLUDING THAT OF X") at k stands for it, so the person after
    its "of" is that event's victim (named only: "that of the government" is no one). Read from the noun, a rare
    word, not from every "that"."""
    for n in range(k + 1, min(len(tokens) - 2, k + _THAT_OF_REACH)):
        low = tokens[n].low
        if low == "that" and tokens[n + 1].low == "of":
            found = _list_after(doc, tokens, n + 2, _THAT_OF_EVENTS[tokens[k].low])
            return _named_victims(found)
        if low in (".", ";", ":") or low in _THAT_OF_EVENTS:
            break  # the nearest event noun before "that of" is the one it stands for
    return []


_ADJUNCT_REACH = 8


def _names_announced(doc: Doc, tokens: list[Token], k: int, sent: int) -> list[Filler]:
    """Names listed after a copula whose subject is the casualties ("THE WOUNDED REPORTERS ARE X AND Y",
    "ONE OF THE INJURED IS X"; "THEY ARE X, Y AND Z" after a sentence that counted them) or after a colon
    that follows a casualty word ("KILLED THREE REPORTERS: X, Y")."""
    if tokens[k].low == ":":
        effect = _casualty_before(tokens, k)
    elif _verb_like(tokens[k + 1].low):
        effect = None
    elif k == 1 and tokens[0].low == "they" and sent > 0:
        prev = doc.tokens(sent - 1)
        effect = _casualty_before(prev, len(prev), _PREVIOUS_REACH)
    else:
        effect = _casualty_subject(tokens, k) or _timed_casualty_subject(tokens, k)
    return _names_listed(doc, tokens, k + 1, effect) if effect else []


_LIST_OPENERS = frozenset([":", "is", "are", "was", "were"])


def _casualty_before(tokens: list[Token], k: int, reach: int | None = None) -> str | None:
    """The effect of a casualty word shortly before token k ("KILLED THREE JOURNALISTS:", "THE FOLLOWING
    POLICEMEN DIED:"), None if there is none."""
    for n in range(k - 1, max(-1, k - (reach or _LIST_CUE_REACH)), -1):
        effect = _CASUALTY_WORDS.get(tokens[n].low)
        if effect:
            return effect
    return None


def _casualty_subject(tokens: list[Token], k: int) -> str | None:
    """The effect of a casualty word heading the subject of the copula at k ("THE WOUNDED REPORTERS ARE",
    "ONE OF THE INJURED IS"), None otherwise."""
    for c in range(k - 1, max(0, k - 3), -1):
        effect = _SUBJECT_CASUALTY_WORDS.get(tokens[c].low)
        if not effect:
            continue
        d = c - 1
        while d > max(0, c - 3) and (tokens[d].low == "other" or count_from_words([tokens[d].low]) is not None):
            d -= 1  # "THE TWO OTHER WOUNDED NUNS ARE": a count between the article and the casualty word
        if tokens[d].low in ("the", "those"):
            return effect  # "THOSE KILLED WERE X"
        aux = d
        while aux > 0 and tokens[aux].low in _PAST_PASSIVE_AUX:
            aux -= 1
        if d > aux >= 1 and tokens[aux].low == "who" and tokens[aux - 1].low == "those":
            return effect  # "THOSE WHO WERE (HAD BEEN) KIDNAPPED ARE X, Y AND Z"
    return None


_PAST_PASSIVE_AUX = frozenset(["was", "were", "had", "been"])


def _timed_casualty_subject(tokens: list[Token], k: int) -> str | None:
    """"ONE OF THE STUDENTS KILLED LAST WEEKEND WAS X", "THE FIVE STUDENTS WHO DISAPPEARED THIS WEEK ARE X, Y":
    the casualty word ends the subject before a time told of it; the subject opens the clause with "the", "one
    of the" or "those" and has no verb of its own."""
    c = k - 1
    while c > k - 1 - _SUBJECT_TIME_WORDS and c > 0 and (_time_word(tokens[c].low) or tokens[c].low in _TIME_LINKS):
        c -= 1
    if c == k - 1:
        return None
    effect = _SUBJECT_CASUALTY_WORDS.get(tokens[c].low) or _VANISHED.get(tokens[c].low)
    start = _clause_start(tokens, k)
    if not effect or start >= c or tokens[start].low not in ("the", "one", "those"):
        return None
    if any(t.low in (",", ";") or (_verb_like(t.low) and t.low not in _SUBJECT_CASUALTY_WORDS)
           for t in tokens[start:c]):
        return None
    return effect


_SUBJECT_TIME_WORDS = 5  # "ON 16 NOVEMBER", "LAST WEEKEND", "THIS WEEK"
_VANISHED = {"disappeared": "kidnapped"}  # people who "disappeared" were taken


def _names_listed(doc: Doc, tokens: list[Token], i: int, effect: str, whole: bool = False,
                  lead: int = 3) -> list[Filler]:
    """People named in a list "X, A REPORTER; Y, AND OF Z": one name per item, appositives skipped (two items
    in a row without a name end the list), glosses in brackets read through. ``whole``: a name must end its
    item ("Y IN GUATEMALA" is no list item), for lists read on after an object; ``lead``: how many words
    (no function words, no verbs) may come before the name in its item ("PATRIOTIC UNION [UP] CANDIDATE X")."""
    out: list[Filler] = []
    misses = gap = 0
    n = i
    while n < len(tokens) and misses < 2 and gap < _LIST_GAP:
        e = n
        while e < len(tokens) and tokens[e].low not in _LIST_SEPARATORS:
            e = _bracket_end(tokens, e) + 1 if tokens[e].low in ("(", "[") else e + 1
        if _alias_item(tokens, n):
            given, rng = [], None  # "X, KNOWN AS COMMANDER Y, ...": Y is X again, an appositive
        else:
            given = _introduced_in(doc, tokens, n, e)
            rng = None if given else person_name(doc, tokens, n, e)
        if not rng and not given and _unknown_name_item(doc, tokens, n, e):
            rng = (n, e)
        if not rng and not given and 0 < e - n <= 2 and all(_rare_name_word(doc, t) for t in tokens[n:e]) \
                and _surname(doc, tokens, n, e):
            rng = (n, e)  # "KIDNAPPED MOLINA, THE BISHOP OF CUSCO, AND ...": a surname the article gave in full before
        # "X, NEPHEW OF Y", "Y'S WIFE": Y is named as the kin or the employer of the one hit
        kin = rng is not None and (_kin_of(tokens, n, rng[0]) or _kin_owner(tokens, rng[1]))
        if given:
            # "TWO ACTIVISTS IDENTIFIED ONLY AS X AND Y, AND A MINOR CALLED Z": the names the item gives
            out.extend(Filler(trimmed(doc, tokens[a].start, tokens[b - 1].end), "victim", effect, 1, True)
                       for a, b in given)
            misses = gap = 0
            e = given[-1][1]  # the names may run past an "and" ("X AND Y"): the list goes on after the last
            while e < len(tokens) and tokens[e].low not in _LIST_SEPARATORS:
                e += 1
        elif rng and not kin and 0 <= _lead_words(tokens, n, rng[0]) <= lead and \
                (not whole or _item_end(tokens, rng[1], e)):
            out.append(Filler(trimmed(doc, tokens[rng[0]].start, tokens[rng[1] - 1].end), "victim", effect, 1, True))
            misses = gap = 0
        else:
            if whole and _finite_item(tokens, n, e):
                break  # "KILLED INSIDE THE PLANE WERE RECRUITED BY X": a new predicate, the objects are over
            gap += 1
            if tokens[n].low not in _APPOSITIVE_OPENERS and not kin and not _alias_item(tokens, n):
                misses += 1  # "X, A REPORTER, Y": the appositive describes the item before, it ends no list
        if e >= len(tokens) or tokens[e].low not in (",", ";", "and"):
            break
        if tokens[e].low == ";":
            misses = 0  # "X'S SON, WILLIAM; Y, A SECRETARY; AND Z": semicolons mark whole items, appositives inside
        n = e + 1
        if n < len(tokens) and tokens[n].low == "and":
            n += 1
        n += _joiner_at(tokens, n)  # "X, Y AND Z, ALONG WITH W": W is one more of them
        if n < len(tokens) and tokens[n - 1].low == "and" and tokens[n].low in ("of", "against", "on"):
            n += 1  # "the murder of X and of Y"
    return out


def _alias_item(tokens: list[Token], n: int) -> bool:
    """Does a list item at n give another name of the person before it ("ALIAS Y", "KNOWN AS Y", "A.K.A. Y")?"""
    return alias_length([t.low for t in tokens[n:n + 3]]) > 0


def _introduced_in(doc: Doc, tokens: list[Token], n: int, e: int) -> list[tuple[int, int]]:
    """Names a list item tokens[n:e] gives after its noun ("A MINOR REPORTEDLY KNOWN AS X", "TWO ACTIVISTS
    IDENTIFIED ONLY AS X AND Y"): the item describes people, then says what they are called."""
    for k in range(n + 1, min(e, n + _INTRODUCED_REACH)):
        if tokens[k].low in _INTRODUCED_OPENERS:
            return names_introduced(doc, tokens, k)
    return []


_INTRODUCED_REACH = 12  # "A 4-MONTH-OLD MINOR CALLED X": the noun's few words, then the introducer
_INTRODUCED_OPENERS = INTRODUCER_STARTS | {"reportedly"}  # names_introduced reads past "reportedly"


def _finite_item(tokens: list[Token], n: int, e: int) -> bool:
    """A list item with a finite auxiliary is a clause, not a person: the list read after an object is over,
    unless a relative clause comes first ("X, WHO WAS VISITING, AND Y")."""
    for t in tokens[n:e]:
        if t.low in _RELATIVES:
            return False  # "Y, A BEGGAR WHO WAS SLEEPING THERE; AND Z": an appositive with its own clause
        if t.low in _FINITE_AUX:
            return True
    return False


_RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])
_FINITE_AUX = frozenset(["was", "were", "is", "are", "has", "have", "had", "will", "would"])


def _joiner_at(tokens: list[Token], n: int) -> int:
    """Tokens of "along with", "as well as", "together with" at n (0 if none): they join one more item."""
    words = tuple(t.low for t in tokens[n:n + 3])
    return next((len(j) for j in _JOINERS if words[:len(j)] == j), 0)


_JOINERS = (("along", "with"), ("together", "with"), ("as", "well", "as"))


def _kin_of(tokens: list[Token], n: int, name_start: int) -> bool:
    """Does a kinship noun and "of" stand before the name ("NEPHEW OF Y", "THE WIFE OF COLONEL Y")?"""
    kin = lexicon().sets["kin_nouns"]
    return any(tokens[m].low == "of" and tokens[m - 1].low in kin for m in range(n + 1, name_start))


def _rare_name_word(doc: Doc, tok: Token) -> bool:
    """A capitalised word that is no frequent English word, title, role or date word: a name the lists lack."""
    return tok.low.isalpha() and tok.low not in vocab()["names_stop"] and \
        tok.low not in lexicon().sets["common_words"] and (doc.caps or doc.text[tok.start].isupper())


def _unknown_name_item(doc: Doc, tokens: list[Token], n: int, e: int) -> bool:
    """A list item of two or three rare capitalised words that an appositive follows ("ROBNERTO NAVAS, A NEWS
    PHOTOGRAPHER"): a name whose given name the list lacks, read only inside a list of people."""
    if not 2 <= e - n <= 3 or e + 1 >= len(tokens) or tokens[e].low != "," or \
            tokens[e + 1].low not in _APPOSITIVE_OPENERS:
        return False
    sets = lexicon().sets
    if not all(_rare_name_word(doc, t) for t in tokens[n:e]):
        return False
    first, last = tokens[n].start, tokens[e - 1].end
    if any(h.start <= first and h.end >= last for kind in ("place", "actor") for h in doc.hits_in(kind, first, last)):
        return False  # "SAN MIGUEL": a place; a surname that is also a town ("NAVAS") is no reason to stop
    for t in tokens[e + 2:e + 2 + _APPOSITIVE_REACH]:  # "..., AN ATTACK ON X": an appositive names a person's role
        if t.low in _LIST_SEPARATORS or t.low in _APPOSITIVE_ENDS:
            return False
        if t.low in sets["victim_nouns"] or t.low in sets["titles"]:
            return True
    return False


def _lead_words(tokens: list[Token], a: int, b: int) -> int:
    """How many words stand before a name in tokens[a:b], brackets not counted ("CANDIDATE [UP] X": 1);
    -1 if one is a function word or a verb ("WHO DEFENDED X")."""
    depth = words = 0
    for t in tokens[a:b]:
        if t.low in ("(", "["):
            depth += 1
        elif t.low in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0:
            if t.low in KIN_OWNERS:
                continue  # "HIS COMPANION X", "HER DAUGHTER X": the relation, then the name
            if t.low in vocab()["breaks"] or t.low in STRIP or _verb_like(t.low):
                return -1
            words += 1
    return words


def _bracket_end(tokens: list[Token], n: int) -> int:
    """Index of the bracket closing the one opened at n (at most 12 tokens on), else n."""
    close = ")" if tokens[n].low == "(" else "]"
    for m in range(n + 1, min(len(tokens), n + 12)):
        if tokens[m].low == close:
            return m
    return n


def _item_end(tokens: list[Token], end: int, e: int) -> bool:
    """Does the name ending at ``end`` end its list item (a bracket, an age or a place or time may follow)?"""
    rest = tokens[end:e]
    return not rest or rest[0].low in ("(", "[", "in", "on", "at", "near", "while", "as") or \
        (len(rest) == 1 and rest[0].low.isdigit())


def _verb_like(low: str) -> bool:
    return low.endswith("ed") or low.endswith("ing")


_LIST_CUE_REACH = 10
_PREVIOUS_REACH = 25  # "THE NAMES OF THE FOUR PEOPLE KILLED HAVE BEEN DISCLOSED. THEY ARE ...": words read back
_APPOSITIVE_REACH = 6
_APPOSITIVE_ENDS = frozenset(["of", "on", "in", "at", "for", "with", "from", "against", "to"])
_LIST_GAP = 3  # items in a row without a name that end a list, appositives included
_APPOSITIVE_OPENERS = frozenset(["a", "an", "the", "another", "one", "his", "her", "their", "both"])
_TITLE_LEAD = 6
_LIST_SEPARATORS = frozenset([",", ";", "and", ".", ":", "--"])
_CASUALTY_WORDS = {"killed": "killed", "murdered": "killed", "assassinated": "killed", "died": "killed",
                   "dead": "killed", "executed": "killed", "wounded": "wounded", "injured": "wounded",
                   "kidnapped": "kidnapped", "abducted": "kidnapped", "hostages": "kidnapped", "hostage": "kidnapped"}
# a copula's subject may also be the victims ("THE OTHER VICTIM IS X", "ONE OF THE VICTIMS WAS X"); a colon after
# "victims" is not a casualty list ("CASE NO. 5, VICTIMS OF MURDER: X, Y" names the accused)
_SUBJECT_CASUALTY_WORDS = {**_CASUALTY_WORDS, "victim": "other", "victims": "other"}


_TAKERS = frozenset(["took", "taking", "seized", "seizing", "holding", "held", "kept", "keeping"])
_HOSTAGE_REACH = 6


def _hostage_after(tokens: list[Token], i: int) -> int:
    """"took [20 students] hostage": the index of "hostage(s)" a few words on, with no clause break between; 0
    if none."""
    for n in range(i + 1, min(len(tokens), i + _HOSTAGE_REACH)):
        if tokens[n].low in ("hostage", "hostages"):
            return n
        if not is_word(tokens[n]) and tokens[n].low != ",":
            return 0
    return 0


def _hostages(doc: Doc, tokens: list[Token], i: int, h: int) -> list[Filler]:
    """The people taken: "took [20 students] hostage", "seized [the crew] as hostages", "took [251 hostages]"."""
    end = h - 1 if tokens[h - 1].low == "as" else h
    if end - i == 1 and count_from_words([tokens[i].low]) is not None:
        end = h + 1  # "took 251 hostages": the count and the noun are the people
    return classify_phrase(doc, tokens, (i, end), "kidnapped") if end > i else []


def _on_fire_after(tokens: list[Token], i: int) -> bool:
    """"ON FIRE" within a few words after token i, before the clause ends."""
    for n in range(i, min(len(tokens) - 1, i + _FIRE_REACH)):
        if tokens[n].low in (".", ";", ":"):
            return False
        if tokens[n].low == "on" and tokens[n + 1].low == "fire":
            return True
    return False


_FIRE_REACH = 10


def _manner_adverb(low: str) -> bool:
    """"WAS VIOLENTLY MURDERED", "WERE BRUTALLY KILLED": an -ly word between the auxiliary and the participle."""
    return len(low) > 5 and low.endswith("ly") and low.isalpha()


def _list_after(doc: Doc, tokens: list[Token], i: int, effect: str, explicit: bool = False) -> list[Filler]:
    """Fillers of "X, Y and Z" (or "at X and at Y") starting at token i."""
    out: list[Filler] = []
    last, last_determined = 0, False  # where the fillers of the last item start in out; has it a determiner?
    prep = tokens[i - 1].low if i > 0 else ""
    joined = False  # crossed an "and", "as well as" or ";": a list, not a thing and its appositive
    appositive: list[Filler] = []
    pending: list[Filler] = []  # things with no known head, waiting for a known thing later in the list
    before_pending = 0
    for _ in range(12):
        if out and i < len(tokens) and (tokens[i].low in _IRREGULAR_PAST or tokens[i].low in _SECOND_VERBS
                                        or tokens[i].low in _LIST_ENDING_VERBS):
            break  # "killed 1,200 people and took 251 hostages", "and wounded two civilians": a second verb
        if i + 1 < len(tokens) and tokens[i].low in _LIST_INTRODUCERS and tokens[i + 1].low == ",":
            i += 2  # "IN FOUR STORES; NAMELY, A BANK, A HOTEL AND A PHARMACY": the items follow
        indefinite = bool(out) and i < len(tokens) and tokens[i].low in ("a", "an") and tokens[i - 1].low == ","
        rng = _with_beneficiary(doc, tokens, _whole_of_part(doc, tokens, noun_phrase(doc, tokens, i)))
        if not rng or (out and rng[1] < len(tokens) and tokens[rng[1]].low in _SPEECH_VERBS):
            break  # "killed an elderly woman, the regional prosecutor's office said": the speaker ends the list
        # after the first item, a thing with no known head counts only as a name ("ATTACKS ON X AND FENASTRAS"),
        # not as any word ("CONDEMN THE ATTACK ON THE UCA AND CALL UPON", "AND AN ATTACK ON A RELATIVE")
        named = not out or all(_rare_name_word(doc, t) for t in tokens[rng[0]:rng[1]])
        found = classify_phrase(doc, tokens, rng, effect, explicit and named)
        if not found and (skip := _unread_list_person(tokens, i, effect, bool(out))):
            out.append(Filler(Span(tokens[i].start, tokens[skip - 1].end), "count", effect, 1, added="along"))
            i = skip + 1  # "KILLING X, 42; Y, 19; A MINOR KNOWN AS Z; W": one more person, the list goes on
            continue
        if not found:
            if effect != "other" or len(pending) >= _PENDING_MAX or not _unknown_thing(doc, tokens, rng):
                break
            # "ATTACKED THE GENERAL STAFF, A RESIDENCE AND X'S HOME": a phrase with no known head, joined to
            # things named after it, is one more thing attacked; kept only if a thing follows in the list
            if not pending:
                before_pending = len(out)
            pending.append(Filler(trimmed(doc, tokens[rng[0]].start, tokens[rng[1] - 1].end), "target", effect, None))
        elif pending and any(f.kind == "target" and not _area(doc, f) for f in found):
            out.extend(pending)  # an area ("TOWNS AND VILLAGES") says where, it makes no list of things
            pending = []
        if out and any(f.kind == "target" for f in found) and _after_comma(tokens, rng[0]):
            # "THE PALACE, SENATOR X'S HOME, THE HOME OF Y, ...": later things listed are told by their owners
            # ("THE RESIDENCE AND OFFICE OF X": both are X's, who was attacked)
            found = [f for f in found if f.kind == "target"]
        determined = _determined(tokens, rng)
        # "X AND HIS WIFE": two people
        last, last_determined = _extend_beside(out, found, last, last_determined, determined,
                                               bool(out) and tokens[i - 1].low == "and")
        things = all(f.kind == "target" for f in found)
        appositive = found if found and indefinite and things and len(out) == len(found) + 1 else []
        if things:
            i = _past_place_phrases(doc, tokens, _past_of_phrase(doc, tokens, rng[1]))
            if i < len(tokens) and tokens[i].low in _WHERE_ADVERBS:
                i += 1  # "DESTROYED SOME BUILDINGS THERE AND SOME HOUSES": where, and the list goes on
        else:
            i = _gloss_end(tokens, rng[1])
        # "X, 53; Y, 24; and Z": ages after the names, semicolons between them
        if i + 2 < len(tokens) and tokens[i].low == "," and tokens[i + 1].low.isdigit() \
                and tokens[i + 2].low in (",", ";"):
            i += 2
        if i < len(tokens) and tokens[i].low == ";":
            i += 1
            joined = True
            if i < len(tokens) and tokens[i].low == "and":
                i += 1
            continue
        if i < len(tokens) and tokens[i].low == ",":
            i += 1
            if i < len(tokens) and tokens[i].low in _PART_OPENERS:
                break  # "killing 59 people, mostly policemen": some of those listed, told again, no new item
            if things and (past := _past_aside_in_list(tokens, i)) is not None:
                i = past  # "THE HOME OF X, PRESIDENT OF THE CONGRESS, AND THE COUNCIL": on past the aside
            # an appositive ("X, PRESIDENT OF ...") is not a second filler
            nxt = noun_phrase(doc, tokens, i)
            found = classify_phrase(doc, tokens, nxt, effect) if nxt else []
            if nxt and not found:
                break
            if nxt and tokens[nxt[0]].low in lexicon().sets["titles"] and not _owned_thing(tokens, nxt, found):
                break
        if i < len(tokens) and tokens[i].low == "and":
            i += 1
            joined = True
            if i < len(tokens) and tokens[i].low == prep and prep in ("at", "on", "against", "in", "to"):
                i += 1
        elif things and (joiner := _joiner_at(tokens, i)):
            i += joiner  # "THREE BUSES AS WELL AS A DOZEN STORES": one more thing
            joined = True
        elif not (i > 0 and tokens[i - 1].low == ","):
            break
    if pending:
        out = out[:before_pending]  # no known thing came after them: the list had ended where they began
    if appositive and not joined:
        # "THE SAN JORGE WAREHOUSE, A U.S. EMBASSY FACILITY IN THE X NEIGHBORHOOD": no "and" makes it a list,
        # the thing after the comma says what the first one is
        out = out[:len(out) - len(appositive)]
    return out


def _with_beneficiary(doc: Doc, tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """"A RESIDENCE FOR U.S. MILITARY ADVISERS", "A SCHOOL FOR TEACHERS": the people a thing is for belong to
    its name (a kind of building), and the list goes on after them."""
    if rng is None or rng[1] + 1 >= len(tokens) or tokens[rng[1]].low != "for":
        return rng
    sets = lexicon().sets
    if tokens[rng[1] - 1].low not in sets["target_heads"]:
        return rng
    people = noun_phrase(doc, tokens, rng[1] + 1)
    if people is None or sum(is_word(t) for t in tokens[people[0]:people[1]]) > _BENEFICIARY_MAX:
        return rng
    head = tokens[people[1] - 1].low
    if head not in sets["victim_nouns"] or not (head.endswith("s") or _plural_head(head)):
        return rng  # "FOR 24 HOURS", "FOR WHICH": no people; one person ("A HOUSE FOR THE MAYOR") owns it
    return rng[0], people[1]


_BENEFICIARY_MAX = 4  # "U.S. MILITARY ADVISERS", "DISPLACED PERSONS"


def _extend_beside(out: list[Filler], found: list[Filler], last: int, last_determined: bool, determined: bool,
                   joined: bool) -> tuple[int, bool]:
    """Add the fillers of a list item to out; items joined by "and" mark their described people as others beside
    the named ones (_beside_names). The new (last, last_determined): where this item starts in out, and whether
    it opened with a determiner."""
    if joined:
        out[last:], found = (_beside_names(out[last:], found) if last_determined else out[last:],
                             _beside_names(found, out[last:]) if determined else found)
    start = len(out)
    out.extend(found)
    return start, determined


def _beside_names(item: list[Filler], partner: list[Filler]) -> list[Filler]:
    """"PEDRO GOMEZ AND HIS WIFE", "HIS DRIVER AND JUAN PEREZ": the described people of a list item joined by
    "and" to an item naming someone are other people, counted with the names (Filler.added "along"), not
    the same ones told again; a comma may join an appositive ("THE MAYOR, PEDRO GOMEZ") and is left alone."""
    effects = {f.effect for f in partner if f.named and f.kind == "victim" and f.effect in ("killed", "wounded")}
    return [replace(f, added="along") if f.kind == "victim" and not f.named and f.added is None
            and f.effect in effects and f.count is not None else f for f in item]


def _unread_list_person(tokens: list[Token], i: int, effect: str, listed: bool) -> int | None:
    """The ';' ending an item that opens with "a" / "an" inside a ';' list of people killed or wounded ("...;
    A MINOR REPORTEDLY KNOWN AS CARLOS; ..."), whatever its noun: a person; None when it is no such item."""
    if not listed or effect not in ("killed", "wounded") or i < 1 or tokens[i - 1].low != ";" \
            or tokens[i].low not in ("a", "an"):
        return None
    return next((n for n in range(i + 2, min(len(tokens), i + _ITEM_REACH)) if tokens[n].low == ";"), None)


_ITEM_REACH = 10
_LIST_INTRODUCERS = frozenset(["namely", "specifically", "including"])
# verbs that also read as nouns, ending a list when they open an item: "BOMBED TWO BANKS AND SET A HOTEL ON FIRE"
_LIST_ENDING_VERBS = frozenset(["set", "left", "fled", "escaped"])


def _determined(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """Does the phrase at rng open with a determiner or a count ("HIS WIFE", "A TEACHER", "TWO GUARDS")? A bare
    title does not: "SENATOR AND PRESIDENTIAL CANDIDATE X" is one person with two titles."""
    i = rng[0]
    return (i > 0 and tokens[i - 1].low in STRIP) or tokens[i].low in STRIP \
        or count_from_words([tokens[i].low]) is not None


def _unknown_thing(doc: Doc, tokens: list[Token], rng: tuple[int, int]) -> bool:
    """Can the phrase at rng, which names no known thing or person, be a thing attacked in a list of things?
    A few words, no person's name or people noun, no attacker and no place of the gazetteer."""
    i, j = rng
    sets = lexicon().sets
    if j - i > _EXPLICIT_MAX or person_name(doc, tokens, i, j) is not None:
        return False
    if any(t.low in sets["victim_nouns"] or t.low in sets["titles"] or not is_word(t) for t in tokens[i:j]) \
            or tokens[j - 1].low in _PART_WORDS:
        return False  # "AN ENTRANCE AND WINDOWS OF THE HOME": a part, of a thing told after it
    start, end = tokens[i].start, tokens[j - 1].end
    return not any(doc.hits_in(kind, start, end) for kind in ("perp", "place"))


_PENDING_MAX = 2


def _after_comma(tokens: list[Token], i: int) -> bool:
    """Does a comma (maybe with "and") stand before the phrase at i, its determiners aside?"""
    n = i - 1
    while n > 0 and tokens[n].low in STRIP:
        n -= 1
    if n > 0 and tokens[n].low == "and":
        n -= 1
    return n >= 0 and tokens[n].low == ","


def _owned_thing(tokens: list[Token], rng: tuple[int, int], found: list[Filler]) -> bool:
    """Is the phrase at rng a person's thing told by the possessive ("SENATOR X'S PRIVATE HOME"), not an
    appositive opening with a title ("X, PRESIDENT OF THE CONGRESS")? A list of things goes on over it."""
    return any(f.kind == "target" for f in found) and any(t.low.endswith("'s") for t in tokens[rng[0]:rng[1] - 1])


def _past_place_phrases(doc: Doc, tokens: list[Token], i: int) -> int:
    """Index after the place phrases at token i that tell where a listed thing stands ("AN OFFICE AT SERRANO
    AND TARAPACA STREETS, A FIRM AT X STREETS IN PROVIDENCIA, AND A CHURCH") or what it carries ("THREE BUSES
    WITH PASSENGERS AS WELL AS A DOZEN STORES", "30 OFFICES IN NEARBY BUILDINGS, AND 22 VENDOR STANDS"), so
    that the list goes on after them; i unless a comma, a semicolon, "as well as" or the sentence's end follows
    them."""
    n = i
    for _ in range(_PLACE_CHAIN):
        if n + 1 >= len(tokens) or tokens[n].low not in _STANDS_AT:
            break
        rng = noun_phrase(doc, tokens, n + 1)
        if not rng:
            return i
        n = rng[1]
        if n + 2 < len(tokens) and tokens[n].low == "and" and is_word(tokens[n + 1]) \
                and tokens[n + 1].low not in STRIP and count_from_words([tokens[n + 1].low]) is None:
            n = (noun_phrase(doc, tokens, n + 1) or (n, n))[1]  # "AT SERRANO AND TARAPACA STREETS"
    if n == i or n < len(tokens) and tokens[n].low not in (",", ";") and not _joiner_at(tokens, n):
        return i
    return n


_WHERE_ADVERBS = frozenset(["there", "nearby"])
_STANDS_AT = frozenset(["at", "in", "on", "with"])  # "with": what the thing carries ("THREE BUSES WITH PASSENGERS")


def _past_of_phrase(doc: Doc, tokens: list[Token], i: int) -> int:
    """Index after an "of" phrase at token i that the noun phrase left out ("THE TELEPHONE EXCHANGE [OF THE
    DISTRICT], A HOTEL, AND A RESTAURANT"), so that the list goes on after it; i if none."""
    if i + 1 >= len(tokens) or tokens[i].low != "of":
        return i
    rng = noun_phrase(doc, tokens, i + 1)
    return rng[1] if rng and rng[1] < len(tokens) and tokens[rng[1]].low == "," else i  # "OF Y AND Z": Z may be Y's


_SPEECH_VERBS = frozenset(["said", "says", "say", "reported", "reports", "told", "added", "stated", "announced",
                           "confirmed", "claimed", "according"])


def _whole_of_part(doc: Doc, tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """"THE BACK OF THE X BUILDING", "THE FRONT PART OF THE TRUCK": the thing, not the part of it that was hit."""
    if not rng:
        return rng
    i, j = rng
    of_pos = next((n for n in range(i, j) if tokens[n].low == "of"), j)
    if tokens[of_pos - 1].low not in _PART_WORDS:
        return rng
    if of_pos < j:
        k = of_pos + 1
        while k < j - 1 and tokens[k].low in STRIP:
            k += 1
        return k, j
    if j < len(tokens) and tokens[j].low == "of":
        return noun_phrase(doc, tokens, j + 1) or rng
    if j + 1 < len(tokens) and tokens[j].low in (",", "and"):
        # "AN ENTRANCE AND WINDOWS OF THE HOME", "THE DOORS, WINDOWS AND ROOF OF THE CHURCH": parts of one thing
        nxt = noun_phrase(doc, tokens, j + 1 if tokens[j + 1].low != "and" else j + 2)
        if nxt and tokens[nxt[1] - 1].low in _PART_WORDS:
            return _whole_of_part(doc, tokens, nxt) if nxt[1] < len(tokens) and tokens[nxt[1]].low in \
                (",", "and", "of") else rng
    return rng


_PART_WORDS = frozenset(["back", "front", "rear", "side", "entrance", "door", "doors", "window", "windows", "roof",
                         "basement", "floor", "part", "parts", "section", "sections", "facade", "facades", "wall",
                         "walls", "gate", "gates", "corner", "vicinity", "outskirts",
                         # a vehicle's parts: "PLACED A BOMB IN THE ENGINE OF A BUS" hit the bus
                         "engine", "engines", "tire", "tires", "windshield", "windshields", "cockpit"])


def _count_before(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """"and more than 40 were wounded", "and three others wounded": a bare number as the subject of the
    casualty verb."""
    k = _past_others(tokens, k)
    if k == 0:
        return []
    low, before = tokens[k - 1].low, tokens[k - 2].low if k > 1 else ""
    # "killed one and wounded another", "a soldier was killed and another was wounded": one more person; "one" only
    # right after a word that joins a count ("leaving one dead", "and one wounded"), not "no one was hurt"
    count = 1 if low == "another" and before in _COUNT_JOINS else count_from_words([low])
    if count is None or low in ("a", "an") or (low == "one" and before not in _COUNT_JOINS):
        return []
    if low in ("one", "another") and doc.hits_in("perp", tokens[max(0, k - _ELIDED_REACH)].start, tokens[k - 1].start):
        return []  # "ONE TERRORIST DEAD AND ONE WOUNDED": the noun left out is the attackers'
    return [Filler(Span(tokens[k - 1].start, tokens[k - 1].end), "count", effect, count)]


_OTHERS = frozenset(["others", "more"])
_COUNT_JOINS = frozenset(["and", "leaving", "left", "with"])
_ELIDED_REACH = 8  # "ONE TERRORIST DEAD AND" + "ONE"


def _perfect_count(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """"3 PERSONS HAVE BEEN KILLED AND 12 INJURED": people told by a noun in the perfect are not read as
    victims (as often a war's toll as an attack's), but their count, under STATISTIC_COUNT, is the incident's
    (a larger one is left to tolls.running_toll); a count only, no victim."""
    if k < 3 or tokens[k - 1].low not in _PERFECT or tokens[k - 2].low == "who":
        return []
    rng = phrase_before(tokens, k - 1, subject=True)
    if not rng or tokens[rng[1] - 1].low not in lexicon().sets["victim_nouns"]:
        return []
    count = _count_in(tokens, *rng)
    if count is None or count >= STATISTIC_COUNT or any(t.low in _vague() for t in tokens[max(0, rng[0] - 2):rng[1]]):
        return []  # "SEVERAL PEASANTS HAVE BEEN KILLED": no number stated
    if over_a_span(doc, tokens[rng[0]].start):
        return []  # "SO FAR 8 CIVILIANS HAVE BEEN KILLED", "11 JOURNALISTS HAVE BEEN KILLED SINCE 1981"
    return [Filler(Span(tokens[rng[0]].start, tokens[rng[1] - 1].end), "count", effect, count)]


def _past_others(tokens: list[Token], k: int) -> int:
    """k, or where the count ends when "others"/"more" stands between a count and the word at k ("three others
    wounded", "dozens of others were wounded")."""
    if k < 2 or tokens[k - 1].low not in _OTHERS:
        return k
    if count_from_words([tokens[k - 2].low]) is not None:
        return k - 1
    if k >= 3 and tokens[k - 2].low == "of" and count_from_words([tokens[k - 3].low]) is not None:
        return k - 2
    return k


def _toll(tokens: list[Token], i: int) -> list[Filler]:
    """"The death toll from Thursday's bombing has risen to 59", "a death toll of 12": the number killed."""
    for j in range(i, min(len(tokens) - 1, i + 12)):
        if tokens[j].low in (".", ";"):
            break
        if tokens[j].low in ("to", "of", "reached", "at", "hit", "is", "was", "stood", "stands"):
            found = _bare_count(tokens, j + 1, "killed")
            if found:
                return [Filler(f.span, "total", f.effect, f.count) for f in found]
    return []


def _coordinated_count(tokens: list[Token], k: int) -> bool:
    """"killed and more than 140 wounded when...", "leaving 12 dead": a number, then the participle at k,
    after "leaving" or joined by "and" to an earlier casualty word, and nothing after it could modify."""
    if k + 1 < len(tokens) and is_word(tokens[k + 1]) and tokens[k + 1].low not in lexicon().stopwords \
            and tokens[k + 1].low not in lexicon().dates["relative_days"]:
        return False  # "30 wounded soldiers": a victim phrase; "three others injured tonight" is a count
    k = _past_others(tokens, k)
    if k < 3 or count_from_words([tokens[k - 1].low]) is None:
        return False
    j = _before_qualifiers(tokens, k - 2)
    if tokens[j].low in ("leaving", "left"):
        return True  # "leaving 12 dead"
    return tokens[j].low == "and" and any(t.low in _BARE_CASUALTY for t in tokens[max(0, j - 3):j])


def _before_qualifiers(tokens: list[Token], j: int) -> int:
    """The index at or before j past a count's qualifiers ("more than", "at least")."""
    while j > 0 and tokens[j].low in _COUNT_QUALIFIERS:
        j -= 1
    return j


def _people_left(tokens: list[Token], k: int) -> bool:
    """"leaving nine people dead", "with 12 soldiers wounded": number, people noun, then the participle at k."""
    if k < 3 or tokens[k - 1].low not in lexicon().sets["victim_nouns"]:
        return False
    if count_from_words([tokens[k - 2].low]) is None or tokens[k - 2].low in ("a", "an", "one"):
        return False
    if k + 1 < len(tokens) and is_word(tokens[k + 1]) and tokens[k + 1].low not in lexicon().stopwords:
        return False
    return tokens[_before_qualifiers(tokens, k - 3)].low in ("leaving", "left", "with")


def _bare_count(tokens: list[Token], i: int, effect: str) -> list[Filler]:
    """"killing 12 and wounding more than 190": a casualty count with no one named."""
    skip = match_at(tokens, i, vocab()["skip_start"]) if i < len(tokens) else None
    if skip:
        i += skip[0]
    if i >= len(tokens):
        return []
    count = count_from_words([tokens[i].low])
    if count is None or tokens[i].low in ("a", "an", "one") and i + 1 < len(tokens) and tokens[i + 1].low.isalpha():
        return []
    if i + 1 < len(tokens) and tokens[i + 1].low in _measure_units():
        return []  # "WAS KILLED SOME 50 METERS FROM HIS HOME": a distance, no count of people
    return [Filler(Span(tokens[i].start, tokens[i].end), "count", effect, count)]


@functools.cache
def _vague() -> frozenset[str]:
    return frozenset(w for p in lexicon().numbers["vague"] for w in p.split())


@functools.cache
def _measure_units() -> frozenset[str]:
    return frozenset(lexicon().numbers["measure_units"])


def _attack_object(tokens: list[Token], i: int) -> bool:
    """"A DYNAMITE ATTACK", "AN ASSASSINATION ATTEMPT": an attack named right at token i, after an article."""
    if tokens[i].low not in ("a", "an", "the", "another"):
        return False
    return any(t.low in _ATTACK_NOUNS for t in tokens[i + 1:i + 4])


_ATTACK_NOUNS = frozenset(["attack", "attempt", "ambush", "bombing", "assault", "kidnapping", "abduction"])
_SURVIVED = frozenset(["escaped", "emerged", "survived", "remained"])
_UNHARMED = frozenset(["unharmed", "unhurt", "uninjured", "unscathed", "unwounded", "alive"])
_BARE_CASUALTY = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "killed": "killed", "dead": "killed"}
_COUNT_QUALIFIERS = frozenset(["more", "than", "at", "least", "about", "some", "nearly", "almost", "over", "around"])
_BLAME = frozenset(["blamed", "blame", "blames", "blaming", "pinned", "attributed"])
_REDUCED_RELATIVE = {"kidnapped": "kidnapped", "abducted": "kidnapped", "killed": "killed", "murdered": "killed",
                     "assassinated": "killed", "wounded": "wounded", "injured": "wounded"}
_BLAST_WORDS = frozenset(["exploded", "explosion", "explosions", "blast", "blasts", "bomb", "bombs", "detonated",
                          "went", "threw", "hurled", "fire", "blew", "stormed",
                          "fired", "launched", "lobbed", "rockets", "missiles", "drones", "mortars", "rocket",
                          "missile", "drone", "mortar", "shell", "shells",
                          "placed", "planted", "dynamite", "explosives", "grenade", "rammed"])


_DASHED_ASIDE_REACH = 20


def _before_dashed_aside(tokens: list[Token], k: int, reach: int = _DASHED_ASIDE_REACH) -> int:
    """Where the phrase before a dashed aside closing right before token k ends, the subject before the verb at k
    ("25 VEHICLES AND 15 BUILDINGS -- INCLUDING THE X OFFICES -- WERE DAMAGED") or a gloss's phrase: the opening
    dash, within reach tokens of k; k when there is none."""
    if k < 2 or tokens[k - 1].low != "-" or tokens[k - 2].low != "-":
        return k
    for n in range(k - 3, max(0, k - reach), -1):
        if tokens[n].low == "-" and tokens[n - 1].low == "-":
            return n - 1
    return k


def _before_member_aside(tokens: list[Token], k: int) -> int:
    """Where the subject before an aside listing its members ends ("FOUR PEOPLE, INCLUDING A CHILD, WERE
    INJURED": the comma after "PEOPLE"); k when no such aside closes right before the verb at k. The members
    are read by the aside's own cue."""
    if k < 4 or tokens[k - 1].low != ",":
        return k
    for n in range(k - 2, max(1, k - _MEMBER_ASIDE_REACH), -1):
        low = tokens[n].low
        if low in (";", ".", ":") or low in _PAST_PASSIVE_AUX:
            return k
        if (low == "including" or (low == "among" and tokens[n + 1].low in ("them", "whom"))) \
                and tokens[n - 1].low == ",":
            return n - 1
    return k


_MEMBER_ASIDE_REACH = 14  # "INCLUDING" + a few names with their titles, commas between


def _passive_subjects(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """Who or what "was killed": the phrase before, its coordinate ("X and seven other people"), or the
    sentence's named subject across an appositive ("X, 28, A FORMER MAYOR, WAS MURDERED")."""
    out: list[Filler] = []
    if effect == "other":
        k = _before_dashed_aside(tokens, k)
    k = _before_member_aside(tokens, k)
    rng = _partitive_head(tokens, _head_before_place(doc, tokens, phrase_before(tokens, k, subject=True)))
    aside = _relative_aside_start(tokens, k) if rng is None else k
    if aside < k:  # "A MAN, WHO WAS THE GUARD AT THE TOWER, WAS KILLED": the subject before the aside
        rng = _partitive_head(tokens, _head_before_place(doc, tokens, phrase_before(tokens, aside, subject=True)))
    if effect == "other" and k > 1 and tokens[k - 1].low in ("had", "have", "has") and tokens[k - 2].low != "who":
        # "SHOPS, OFFICES AND SCHOOLS HAVE BEEN BOMBED": the things; people in a perfect tense are as often a
        # running toll ("44 PEASANTS HAVE BEEN KILLED") as an incident's victims, and stay read by name only
        out.extend(f for f in _coordinated(doc, tokens, phrase_before(tokens, k - 1), effect) if f.kind == "target")
    if k > 1 and tokens[k - 1].low in _PERFECT and tokens[k - 2].low != "who":
        rng = _name_ending_at(doc, tokens, k - 1)  # "X HAS BEEN KIDNAPPED": the name right before the auxiliary
    elif (rng and tokens[rng[0]].low == "who") or (k > 0 and tokens[k - 1].low in ("who", *_PERFECT)):
        rng = _relative_antecedent(doc, tokens, k)
    out.extend(_coordinated(doc, tokens, rng, effect))
    if not out and effect == "other" and k > 1 and tokens[k - 1].low == "which":
        # "THE HOUSE IS NEAR THE TRAINING CENTER, WHICH WAS ALSO THE TARGET OF REBEL FIRE": the center
        out.extend(_antecedent_things(doc, tokens, k - 1))
    if not out:
        out.extend(_subject_target(doc, tokens, k, effect))
    if not out and effect == "other":
        out.extend(_relative_thing(doc, tokens, k))
    if _whose_clause(rng, tokens) or _where_clause(tokens, k) or _described_antecedent(tokens, k, out):
        return out
    if not any(f.kind == "victim" and f.named for f in out):
        subject = _sentence_subject_name(doc, tokens, k) or _appositive_subject_name(doc, tokens, k)
        if subject:
            out.extend(classify_phrase(doc, tokens, subject, effect))
    if effect != "other" and not _singular_relative(tokens, k, out):
        # "X, A NEWSMAN, Y, AND Z, WHO WERE STAYING AT A HOTEL, WERE KIDNAPPED": the listed subjects
        spans = {f.span for f in out}
        out.extend(f for f in _names_listed(doc, tokens[:k], _list_start(tokens, _clause_start(tokens, k), k), effect)
                   if f.span not in spans)
    return out


def _relative_aside_start(tokens: list[Token], k: int) -> int:
    """The comma opening an aside set off right before the verb at k that tells more of the subject: a relative
    clause or an identification ("A MAN, WHO IS BELIEVED TO BE THE GUARD, WAS KILLED"; "AN ENGINEER, IDENTIFIED AS
    X, WAS KILLED"); k when there is none. The aside holds no other comma: a list ("X, Y, AND Z WHO WERE ...")
    is not one."""
    if k < 4 or tokens[k - 1].low != ",":
        return k
    for n in range(k - 2, max(0, k - 2 - _RELATIVE_ASIDE_REACH), -1):
        low = tokens[n].low
        if low == ",":
            if n > 0 and (tokens[n + 1].low in _ASIDE_OPENERS or _description(tokens[n + 1:k - 1])):
                return n
            return k
        if low in (";", ":", "\"", "said", "says"):
            return k
    return k


def _description(words: list[Token]) -> bool:
    """", A POLITICIAN FROM THE LIBERAL PARTY,", ", CHIEF EDITOR OF THE MAGAZINE,": a short noun phrase opened by a
    determiner, a title or a person noun (not a name: "THEIR COOK, ELBA RAMOS, AND HER DAUGHTER, CELINA RAMOS, WERE
    KILLED" lists people), no verb and no coordination (", Y, AND Z WERE KILLED" is a list)."""
    sets = lexicon().sets
    if not words or not (words[0].low in _APPOSITIVE_OPENERS or words[0].low in sets["titles"]
                         or words[0].low in sets["victim_nouns"]):
        return False
    return len(words) <= _DESCRIPTION_WORDS and all(
        t.low.isalpha() and not _verb_like(t.low) and t.low not in _NOT_IN_DESCRIPTION for t in words)


_RELATIVE_ASIDE_REACH = 20  # ", WHO IS BELIEVED TO HAVE BEEN THE WATCHMAN AT CHANNEL 7'S TOWER,"
_ASIDE_OPENERS = frozenset(["who", "identified", "including"])
_DESCRIPTION_WORDS = 10
# a coordination or a clause (", BOTH OF WHOM WERE LAWYERS,") is no description
_NOT_IN_DESCRIPTION = frozenset(["and", "or", "nor", "who", "whom", "whose", "which", "that", "is", "are", "was",
                                 "were", "has", "have", "had"])


def _held_subject(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"X, MAYOR OF Y, IS ALSO IN THE HANDS OF THE ELN": the person named as the subject is a captive."""
    aux = k - 1
    while aux > 0 and tokens[aux].low in ("also", "still"):
        aux -= 1
    if aux < 1 or tokens[aux].low not in _HELD_VERBS:
        return []
    rng = name_before(doc, tokens, aux)
    if not rng or rng[0] > _HELD_SUBJECT_START:
        return []  # the name must open the clause, not sit in a phrase before the verb
    return [f for f in classify_phrase(doc, tokens, rng, "kidnapped") if f.named]


_HELD_VERBS = frozenset(["is", "are", "was", "were", "remains", "remain", "remained"])
_HELD_SUBJECT_START = 1  # the sentence's first word, or the one after a title


def _by_captors(doc: Doc, tokens: list[Token], n: int) -> bool:
    """Does an agent phrase "by" + attackers (a group, "THE GUERRILLAS", "HIS CAPTORS") follow soon after token n?"""
    for b in range(n, min(len(tokens) - 1, n + _RELEASE_REACH)):
        if tokens[b].low == "by":
            return _captors_at(doc, tokens, b + 1)
        if tokens[b].low in (",", ";", "and", "after", "when"):
            return False
    return False


def _captors_at(doc: Doc, tokens: list[Token], a: int) -> bool:
    """Do the words from a name attackers who hold people: a group, guerrillas, captors? Released by a judge or
    the police is a prisoner, no captive; freed by troops, rescued."""
    agent = tokens[a:a + _AGENT_WORDS - 1]
    if not agent:
        return False
    forces = lexicon().sets["forces_nouns"]
    if any(t.low in forces and (n + 1 == len(agent) or agent[n + 1].low != "of") for n, t in enumerate(agent)):
        # "FREED BY THE ARMY", "IN THE HANDS OF THE POLICE"; "THE ARMY OF NATIONAL LIBERATION" is a group's name
        return False
    return any(t.low in _CAPTORS for t in agent) \
        or bool(doc.hits_in("perp", agent[0].start, agent[-1].end)
                or doc.hits_in("actor", agent[0].start, agent[-1].end))


_RELEASED = frozenset(["released", "freed"])
_CAPTORS = frozenset(["captors", "kidnappers", "abductors", "subversives", "hostage-takers"])
_RELEASE_REACH = 6  # "RELEASED" + "UNHARMED TODAY IN MEDELLIN" + "BY"
_AGENT_WORDS = 6  # "BY" + "THE NATIONAL LIBERATION ARMY GUERRILLAS"


def _singular_relative(tokens: list[Token], k: int, found: list[Filler]) -> bool:
    """"X WAS NOMINATED TO REPLACE Y, WHO WAS MURDERED": "who was" has one antecedent, the person named right
    before it; the sentence's other names are not what befell it."""
    return k > 0 and tokens[k - 1].low == "who" and tokens[k].low == "was" and any(f.named for f in found)


def _appositive_subject_name(doc: Doc, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """"THE OTHER GENERAL WOUNDED IN THE ATTACK, RETIRED GENERAL X, WAS HIT": a name set off by commas right
    before the verb is an appositive of the subject, whatever description opens the sentence; a title may come
    between the first comma and the name, nothing that reads as a verb."""
    if k < 4 or tokens[k - 1].low != ",":
        return None
    rng = name_before(doc, tokens, k - 1)
    if not rng or rng[1] != k - 1:
        return None
    for n in range(rng[0] - 1, max(-1, rng[0] - 1 - _APPOSITIVE_TITLE), -1):
        low = tokens[n].low
        if low == ",":
            return rng if n > 0 else None
        if low in lexicon().sets["titles"]:
            continue  # "RETIRED", "FORMER": title words, whatever their ending
        if not low.isalpha() or _verb_like(low) or low in _RELATIVES or low == "and":
            return None
    return None


_APPOSITIVE_TITLE = 4  # ", RETIRED AIR FORCE GENERAL" + the name


def _described_antecedent(tokens: list[Token], k: int, found: list[Filler]) -> bool:
    """"X AND Y WILL ATTEND THE FUNERALS OF THE PRIESTS WHO WERE KILLED": a passive whose subject is "who" befell
    the relative's antecedent; when that is a description, not a name, the people named at the sentence's start
    are someone else (a named antecedent may end a list of names: "A, B AND C, WHO WERE MURDERED")."""
    return any(t.low == "who" for t in tokens[max(0, k - 2):k]) and not any(f.named for f in found)


def _where_clause(tokens: list[Token], k: int) -> bool:
    """"X AND Y WERE ARRESTED AFTER THE ATTACK ON THE POST, WHERE 10 POLICEMEN WERE KILLED": a passive in a
    "where" clause has its own subject; the people named at the sentence's start are not who it befell."""
    return any(t.low == "where" for t in tokens[_clause_start(tokens, k):k])


def _name_ending_at(doc: Doc, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The person named right before token k; a name further back ("[SPEAKER X] THE COUNTRY HAS BEEN
    ATTACKED") is not the subject."""
    named = name_before(doc, tokens, k)
    return named if named and named[1] == k else None


_PERFECT = frozenset(["had", "have", "has"])


def _whose_clause(rng: tuple[int, int] | None, tokens: list[Token]) -> bool:
    """"X, SPOKESMAN OF THE PARTY WHOSE CANDIDATE WAS MURDERED": the passive tells of what follows "whose"
    (the candidate), not of the sentence's subject."""
    return bool(rng) and rng[0] > 0 and tokens[rng[0] - 1].low == "whose"


def _relative_antecedent(doc: Doc, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The person "who was killed" names: after a comma, the name the clause follows ("X, MAYOR OF Y, WHO WAS
    KILLED LAST FRIDAY"); with no comma the clause restricts the words right before it, so a name further back
    is someone else ("praised X in the case of the nuns who were killed": not X). People told by a noun
    ("the nuns") are left to the rules that read descriptions, unless an appositive says who they are."""
    named = name_before(doc, tokens, k)
    who = next((n for n in range(k - 1, max(0, k - 3), -1) if tokens[n].low == "who"), None)
    if named and who is not None and (kin := _kin_link_before(tokens, named[0])) is not None:
        # "X, SON-IN-LAW OF THE AIR FORCE CHIEF (GENERAL Y) WHO DIED": Y only says whose relative X is
        head = name_before(doc, tokens, kin)
        return head if head and head[1] == kin else None
    if who is None or not is_word(tokens[who - 1]) or (named and named[1] == who):
        return named
    rng = phrase_before(tokens, who, subject=True)
    if named and rng and rng[0] >= 1 and tokens[rng[0] - 1].low == "," and named[1] == rng[0] - 1:
        return named  # "X, ONE OF THE PRIESTS WHO WAS KILLED": the phrase the clause restricts describes X
    return None


def _kin_link_before(tokens: list[Token], n: int) -> int | None:
    """The comma opening an appositive that ties the name at token n to a relative ("X, SON-IN-LAW OF [THE
    CHIEF] Y", "X, MARRIED TO MAJOR Y"): Y names whose kin X is; None when no such link stands before n."""
    kin = lexicon().sets["kin_nouns"]
    for m in range(n - 1, max(1, n - _KIN_LINK_REACH), -1):
        low = tokens[m].low
        if low in (";", ".", ":"):
            return None
        if (low == "of" and tokens[m - 1].low in kin) or (low == "to" and tokens[m - 1].low == "married"):
            comma = m - 2
            while comma > 0 and tokens[comma].low in STRIP:
                comma -= 1  # "X, THE WIFE OF Y"
            return comma if tokens[comma].low == "," else None
    return None


_KIN_LINK_REACH = 10  # "SON-IN-LAW OF THE SALVADORAN AIR FORCE CHIEF (GENERAL" + the name


def _coordinated(doc: Doc, tokens: list[Token], rng: tuple[int, int] | None, effect: str) -> list[Filler]:
    """The fillers of the phrase at rng and of those coordinated before it ("X, Y and Z were killed")."""
    out: list[Filler] = []
    if not rng:
        return out
    out.extend(classify_phrase(doc, tokens, rng, effect))
    last, last_determined = 0, _determined(tokens, rng)
    for _ in range(5):
        m = _partitive_start(tokens, rng[0]) - 1
        while m > 0 and tokens[m].low in STRIP:
            m -= 1  # "X AND A RESTAURANT WERE DAMAGED": the determiner stands between
        if m < 1 or tokens[m].low not in ("and", ","):
            break
        joined = tokens[m].low == "and"
        if tokens[m].low == "and" and tokens[m - 1].low == ",":
            m -= 1  # "X, Y, AND Z WERE DAMAGED"
        rng = phrase_before(tokens, _gloss_opener(tokens, m))
        if not rng:
            break
        found = classify_phrase(doc, tokens, rng, effect)
        if not found:
            break
        determined = _determined(tokens, rng)
        # "A JUDGE AND SENATOR PEDRO GOMEZ WERE MURDERED": two people
        last, last_determined = _extend_beside(out, found, last, last_determined, determined, joined)
    return out


def _partitive_head(tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """"TWO MEMBERS OF HIS ESCORT WERE KILLED": a subject read only from after a possessive ("ESCORT") opens
    at the people before "of" when a count or a person noun stands there; rng unchanged otherwise."""
    if not rng or rng[0] < 3 or tokens[rng[0] - 1].low not in STRIP or tokens[rng[0] - 2].low != "of":
        return rng
    before = tokens[rng[0] - 3].low
    if count_from_words([before]) is None and before not in lexicon().sets["victim_nouns"]:
        return rng
    head = phrase_before(tokens, rng[0] - 2)
    return (head[0], rng[1]) if head and head[1] == rng[0] - 2 else rng


def _gloss_opener(tokens: list[Token], m: int) -> int:
    """Where a gloss ending right before token m opens ("SIX PRIESTS (FIVE SPANIARDS AND ONE SALVADORAN) AND
    TWO WOMEN", "SIX PRIESTS -- FIVE SPANIARDS AND ONE SALVADORAN -- AND"): the gloss breaks down the phrase
    before it, no coordinate of its own; m when none ends there."""
    if m >= 1 and tokens[m - 1].low == ")":
        for n in range(m - 2, max(-1, m - 2 - _GLOSS_REACH), -1):
            if tokens[n].low == "(":
                return n
    if (dash := _before_dashed_aside(tokens, m, 3 + _GLOSS_REACH)) != m:
        return dash
    if m >= 3 and tokens[m - 1].low.isdigit():  # "TWO MEN, AGED 67 AND 56, AND A WOMAN": ages, no coordinate
        for n in range(m - 2, max(0, m - 6), -1):
            if tokens[n].low in ("aged", "ages") and tokens[n - 1].low == ",":
                return n - 1
    return m


_GLOSS_REACH = 10


def _gloss_end(tokens: list[Token], i: int) -> int:
    """Past a bracketed gloss opening at token i ("SIX FARMERS (FOUR MEN AND TWO WOMEN) AND TWO CHILDREN"),
    which breaks down the item before it; i when none opens there."""
    if i < len(tokens) and tokens[i].low == "(":
        for n in range(i + 1, min(len(tokens), i + 1 + _GLOSS_REACH)):
            if tokens[n].low == ")":
                return n + 1
    return i


def _partitive_start(tokens: list[Token], i: int) -> int:
    """Where a partitive count opens a phrase read from its noun at i ("ONE OF HIS BODYGUARDS", "TWO OF THE
    GUARDS"), so that what is coordinated before it is found ("HIS DRIVER AND ONE OF HIS BODYGUARDS"); i
    when there is none."""
    m = i - 1
    if m > 0 and tokens[m].low in STRIP:
        m -= 1
    if m > 0 and tokens[m].low == "of" and count_from_words([tokens[m - 1].low]) is not None:
        return m - 1
    return i


def _head_before_place(doc: Doc, tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """"SEVERAL HOUSES IN THE AREA WERE DAMAGED", "HOMES NEAR THE STATION WERE HIT", "A BUS WITH SAILORS ON
    BOARD WAS BLOWN UP": the subject is the thing before the place or "with" phrase, not the place or what the
    thing carries; rng unchanged when nothing such stands before it."""
    head = rng
    for _ in range(_PLACE_CHAIN):  # "X IN Y IN WESTERN Z WAS ATTACKED": back over each place phrase
        if not head:
            return rng
        m = head[0] - 1
        while m > 0 and tokens[m].low in STRIP:
            m -= 1
        if m < 1 or tokens[m].low not in _PLACE_PREPS:
            break
        head = phrase_before(tokens, m)
    return head if head and head != rng and classify_phrase(doc, tokens, head, "other") else rng


_PLACE_CHAIN = 3
_PLACE_PREPS = frozenset(["in", "near", "at", "outside", "inside", "around", "behind", "opposite", "along", "on",
                          "with"])


def _subject_target(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """The thing named first in the clause of a passive verb, across what comes between ("THE POLICE BASE
    IN UCHIZA, SAN MARTIN DEPARTMENT, WAS ATTACKED"; "A HELICOPTER, WHICH WAS ..., WAS ATTACKED")."""
    start = _clause_start(tokens, k)
    for p in range(start, min(k, start + _SUBJECT_REACH)):
        if p > start and tokens[p - 1].low not in (",", "the", "a", "an"):
            continue
        rng = noun_phrase(doc, tokens, p)
        if rng and rng[1] <= k:
            found = [f for f in classify_phrase(doc, tokens, rng, effect) if f.kind == "target"]
            if found:
                return found
    return []


_SUBJECT_REACH = 12


def _relative_thing(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"TWO VEHICLES THAT WERE IN THE AREA WERE SERIOUSLY DAMAGED", "THE BUS, WHICH WAS PARKED THERE, WAS
    BURNED": the clause of the passive verb at k opens with a relative pronoun whose clause names nothing hit,
    so the thing before the pronoun is what the verb tells of (a thing only: "SAID THAT" names none)."""
    start = _clause_start(tokens, k)
    rel = start - 1
    if rel < 1 or tokens[rel].low not in ("that", "which") or tokens[start].low not in _FINITE_AUX:
        return []  # "TWO AMBULANCES OF THAT ORGANIZATION WERE HIT": a determiner; "SAID THAT HE WAS": a subject
    return _antecedent_things(doc, tokens, rel)


def _antecedent_things(doc: Doc, tokens: list[Token], rel: int) -> list[Filler]:
    """The things the phrase right before the relative pronoun at rel names ("THE CENTER, WHICH")."""
    end = rel - 1 if tokens[rel - 1].low == "," else rel
    rng = phrase_before(tokens, end, subject=True)
    if not rng or rng[1] != end:
        return []
    return [f for f in classify_phrase(doc, tokens, rng, "other") if f.kind == "target"]


def _sentence_subject_name(doc: Doc, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A person named at the start of the clause that ends in the passive verb at k, past a source that opens it
    ("ACCORDING TO SOURCES OF THE CURIA, THE JESUIT X, RECTOR OF ..., WAS MURDERED")."""
    start = _list_start(tokens, _clause_start(tokens, k))
    rng = person_name(doc, tokens, start, min(k, start + 8))
    if rng and rng[0] <= start + 4 and (rng[0] == start or tokens[rng[0] - 1].low not in vocab()["breaks"]):
        return rng
    return None


def _list_start(tokens: list[Token], start: int, verb: int | None = None) -> int:
    """Where the subjects listed in the clause at ``start`` begin: after a source ("ACCORDING TO REPORTS, X AND
    Y WERE ABDUCTED"), or back over semicolon items when the clause is the last one ("X, A SECRETARY; Y; AND
    Z WERE KILLED": the one before the verb opens with "and"; or, up to the passive verb at ``verb``, is itself
    a list: "X, THE RECTOR; Y, Z, AND W WERE KILLED")."""
    if start + 2 < len(tokens) and tokens[start].low == "according" and tokens[start + 1].low == "to":
        reach = min(len(tokens), start + _SOURCE_REACH)
        comma = next((n for n in range(start + 2, reach) if tokens[n].low == ","), None)
        return comma + 1 if comma is not None else start  # "ACCORDING TO REPORTS, X AND Y WERE ABDUCTED"
    if start < 2 or tokens[start - 1].low != ";" \
            or tokens[start].low != "and" and not _list_clause(tokens, start, verb):
        return _past_adjuncts(tokens, start)
    for _ in range(_SEMICOLON_ITEMS):
        before = _clause_start(tokens, start - 1)
        if before == start - 1:
            break
        start = before
        if start < 2 or tokens[start - 1].low != ";":
            break
    return _past_adjuncts(tokens, start)


_SEMICOLON_ITEMS = 6


def _list_clause(tokens: list[Token], start: int, verb: int | None) -> bool:
    """Is the clause from start to the verb a list of items closed by ", and" ("Y, Z, AND W WERE KILLED")?"""
    if verb is None or verb - start < 4:
        return False
    lows = [t.low for t in tokens[start:verb]]
    return "and" in lows and lows[lows.index("and") - 1] == ","


def _past_adjuncts(tokens: list[Token], start: int) -> int:
    """Index past the time and place phrases that open a clause before its subjects ("AT NOON YESTERDAY, NEAR
    THE BORDER, X, A FARMER, AND Y WERE KIDNAPPED"): each ends at a comma; start if none opens it."""
    for _ in range(_ADJUNCT_ITEMS):
        if start >= len(tokens) or tokens[start].low not in _ADJUNCT_OPENERS:
            break
        comma = next((n for n in range(start + 1, min(len(tokens), start + _SOURCE_REACH)) if tokens[n].low == ","),
                     None)
        if comma is None:
            break
        start = comma + 1
    return start


_ADJUNCT_ITEMS = 3
_ADJUNCT_OPENERS = frozenset(["at", "near", "in", "on", "along", "during", "outside", "yesterday", "today", "last",
                              "early", "late", "earlier", "later", "meanwhile"])
_SOURCE_REACH = 10  # words of "ACCORDING TO POLICE SOURCES IN THE CAPITAL,"


def _clause_start(tokens: list[Token], k: int) -> int:
    """Index of the first token of the clause that ends at token k."""
    start = 0
    n = k - 1
    while n >= 0:
        low = tokens[n].low
        if low == "]":
            opener = _inline_bracket(tokens, n)
            if opener is not None:
                n = opener - 1  # "UNITY [UP] IN CORDOBA": a gloss inside the appositive, not a new clause
                continue
        if low in ("--", ";", ":", "]", "that", "when") or (low == "-" and n and tokens[n - 1].low == "-") \
                or (low == "which" and n and tokens[n - 1].low in _CLAUSE_PREPS):  # "ATTACKS, IN WHICH X WAS KILLED"
            start = n + 1
            break
        n -= 1
    return start


_CLAUSE_PREPS = frozenset(["in", "during", "at", "under"])


def _before_gloss(tokens: list[Token], k: int) -> int:
    """Index of the "[" of a transcriber's gloss ending right before token k ("X [NAME AS RECEIVED],"), else k."""
    if k > 1 and tokens[k - 1].low == "]":
        opener = _inline_bracket(tokens, k - 1)
        if opener is not None:
            return opener
    return k


def _inline_bracket(tokens: list[Token], close: int) -> int | None:
    """Index of the "[" of a transcriber's gloss closing at ``close`` ("PATRIOTIC UNION [UP]", "X [NAME AS
    RECEIVED]"), None for a header ("-- [TEXT]") or no opener."""
    return gloss_start(tokens, close, _TRANSCRIBER_GLOSS_MAX)


_TRANSCRIBER_GLOSS_MAX = 11


_POSSESSED_EVENTS = {"murder": "killed", "assassination": "killed", "death": "killed", "killing": "killed",
                     "kidnapping": "kidnapped", "abduction": "kidnapped", "disappearance": "kidnapped",
                     "body": "killed", "corpse": "killed", "murderers": "killed", "killers": "killed",
                     "assassins": "killed", "kidnappers": "kidnapped", "abductors": "kidnapped", "captors": "kidnapped"}


def _planned_before(tokens: list[Token], i: int) -> bool:
    """Is the possessive phrase at token i the object of a plan under way ("THEY ARE PLANNING GENERAL X'S
    MURDER"): an intention, not a death? Titles between the verb and the name are passed over."""
    n = i - 1
    while n >= 0 and (tokens[n].low in lexicon().sets["titles"] or tokens[n].low in STRIP):
        n -= 1
    return n >= 0 and tokens[n].low in _PLANNING


_PLANNING = frozenset(["planning", "plotting", "preparing", "plan", "plot", "plans", "plots"])


def _possessor(doc: Doc, tokens: list[Token], rng: tuple[int, int], effect: str) -> list[Filler]:
    """The one whose death or kidnapping a possessive tells: the phrase classified, or a surname after a title
    ("Dr. Ortega's assassination": name_before reads the name after the title, which alone names no one)."""
    found = classify_phrase(doc, tokens, rng, effect)
    if found or not _after_title(tokens, rng[0]) or not _rare_words(tokens[rng[0]:rng[1]]):
        return found
    return [Filler(trimmed(doc, tokens[rng[0]].start, tokens[rng[1] - 1].end), "victim", effect, 1, True)]


def _rare_words(tokens: list[Token]) -> bool:
    """A surname of one or two words, none frequent or a past form: "PRESIDENT CRISTIANI ATTRIBUTED RIVERA'S" runs
    past a verb."""
    common = lexicon().sets["common_words"]
    words = [t.low[:-2] if t.low.endswith("'s") else t.low for t in tokens]
    return len(words) <= 2 and all(w not in common and not w.endswith("ed") for w in words)


def _after_title(tokens: list[Token], i: int) -> bool:
    """Is token i right after a title ("Dr.", "Msgr", "Colonel")?"""
    k = i - 1
    while k >= 0 and tokens[k].low == ".":
        k -= 1
    return k >= 0 and tokens[k].low in lexicon().sets["titles"]


def _bare_possessive(tokens: list[Token], k: int) -> bool:
    """Token k is the apostrophe of a possessive written without "s" after a name ending in s, z or x ("Ortiz'
    assassination"), touching the name and followed by a word."""
    return tokens[k].low == "'" and 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start \
        and tokens[k - 1].low.endswith(("s", "z", "x"))


def name_before(doc: Doc, tokens: list[Token], k: int, possessive: bool = False) -> tuple[int, int] | None:
    """The person named last before token k ("X, MAYOR OF Y, WHO WAS KIDNAPPED"; "X'S MURDER")."""
    names = _names_in(doc, tokens, k, max(0, k - 14))
    best = names[-1] if names else None
    if best and possessive:
        end = best[1]
        if tokens[end - 1].low.endswith("'s"):
            return best
        return best if end == k else None
    return best


def weapon_count(doc: Doc, start: int) -> int | None:
    """Count stated just before a weapon mention ("at least five rockets" -> 5)."""
    sent = doc.sentence_of(start)
    tokens = doc.tokens(sent)
    idx = bisect_left(tokens, start, key=token_start)  # the first token at or after start
    words = [t.low for t in tokens[max(0, idx - 3):idx]]
    while words and words[0] in ("of",):
        words.pop(0)
    if words and words[-1] in ("the", "these", "those", "its", "their"):
        return None
    count = count_from_words(words)
    # "two anti-ship missiles", "five Katyusha rockets": one descriptive word between number and noun
    if count is None and len(words) >= 2 and count_from_words([words[-1]]) is None:
        count = count_from_words(words[:-1])
    return count


def perp_span(doc: Doc, hit_start: int, hit_end: int, strong: bool, by_agent: bool = False) -> Span | None:
    """The attacker phrase around a perpetrator noun, with its modifiers; None if not an attacker phrase.

    Modifiers ("heavily armed", "urban") and a number for people-words ("two individuals") belong to the
    phrase; a group's name before it does not ("FMLN guerrillas" -> "guerrillas", the group is the PerpOrg).
    """
    sets = lexicon().sets
    sent = doc.sentence_of(hit_start)
    tokens = doc.tokens(sent)
    idx = bisect_left(tokens, hit_start, key=token_start)
    if idx >= len(tokens):
        return None
    i = idx
    has_strong = strong or by_agent
    while i > 0 and (tokens[i - 1].low in sets["perp_modifiers"] or tokens[i - 1].low.endswith(SPONSORED)
                     or (not strong and tokens[i - 1].low in sets["demonyms"])) and idx - i < 3:
        if tokens[i - 1].low in sets["perp_strong_modifiers"]:
            has_strong = True
        i -= 1  # "an Afghan man": a people-word is told by where the people come from
    while i < idx and tokens[i].low in STRIP | {"some", "several"}:
        i += 1
    if not strong:
        # people-words keep their number ("two individuals"); attacker nouns do not ("guerrillas")
        if i > 0 and count_from_words([tokens[i - 1].low]) is not None and tokens[i - 1].low not in STRIP:
            i -= 1
            while i > 0 and tokens[i - 1].low in _COUNT_QUALIFIERS:
                i -= 1  # "at least three unidentified individuals"
    else:
        while i < idx and count_from_words([tokens[i].low]) is not None:
            i += 1
    start = tokens[i].start
    last = next((n for n in range(idx, len(tokens)) if tokens[n].end >= hit_end), idx)
    end = max(hit_end, tokens[attire_end(tokens, last + 1) - 1].end if last + 1 < len(tokens) else hit_end)
    if not has_strong:
        # "soldiers killed", "two men opened fire", "two men on a motorcycle threw": people-words right
        # before an attack verb are attackers
        ride = max(end, tokens[attire_end(tokens, last + 1, "ride_links") - 1].end if last + 1 < len(tokens) else end)
        has_strong = _acts_next(doc, ride)
        if has_strong:
            end = ride  # "two men on a motorcycle threw": the attackers told by what they rode, as by what they wore
    if not has_strong and i == idx:
        # "FMLN members", "Shining Path men": a named group makes people-words attackers
        has_strong = any(0 <= start - h.end <= 1 for h in doc.hits_in("actor", max(0, start - 60), start))
    if not has_strong:
        return None
    nxt = doc.low[hit_end:hit_end + 16].split()
    if nxt and nxt[0].strip(",.") in _NOUN_AFTER_ADJECTIVE:
        return None  # "militant group", "guerrilla sources": the word is an adjective here
    if nxt and nxt[0] in ("members", "member") and end == hit_end:
        end = doc.low.index(nxt[0], hit_end) + len(nxt[0])  # "death squad members", "guerrilla members"
    elif doc.low[hit_start:hit_end] in lexicon().sets["perp_singular"] and not _singular_person(doc, tokens, i, nxt):
        return None  # "terrorist attack", "rebel positions": a singular attacker noun is mostly an adjective
    named_from = _before_group_name(doc, start)
    before = doc.low[max(0, named_from - 30):named_from].split()
    while before and (before[-1] in STRIP or count_from_words([before[-1]]) is not None
                      or before[-1].endswith(_ADJECTIVE_ENDINGS)):
        before.pop()  # "talks with the rebels", "the arrest of four Marxist traffickers": the word before decides
    doer = doc.low[hit_start:hit_end] in sets["perp_doers"]
    if before and (before[-1] in _OBJECT_MARKERS and not doer or before[-1] in vocab()["perp_object_verbs"]):
        return None  # "talks with the rebels", "hiring mercenaries": acted on, not acting; "shot the gunman": his
        # attack names him
    if before and _not_the_doers(doc, before, start):
        return None
    if doc.text[end:end + 1] == "'" and doc.low[end + 1:end + 3].strip()[:1].isalpha():
        return None  # "the terrorists' target": a possessor, not the attackers as such
    if _speaks_next(doc, end):
        return None  # "the rebels announced", "the guerrillas said": speakers here, not attackers
    if before and before[-1] in _PREPOSITIONS and not (len(before) > 1 and before[-2] in _PARTS_OF) \
            and not doer and not doc.cues_in(max(0, named_from - 24), start, "suspected"):
        return None  # "sympathizers of the guerrillas"; but "a search for the killers", "the hallmarks of the
        # guerrillas" name the attackers
    if i >= 2 and tokens[i - 1].low == "of" and tokens[i - 2].low in _COLLECTIVES:
        start = tokens[i - 2].start  # "A GROUP OF HEAVILY ARMED MEN": the keys name the group
    elif tokens[last].low in vocab()["named_after"]:
        start = _named_unit_start(tokens, i, start)
    return Span(start, end)


def _named_unit_start(tokens: list[Token], i: int, start: int) -> int:
    """Where the person's name that a unit is named after opens before tokens[i] ("the Modesto Ramirez urban
    commandos", "the Nelson Mandela commandos"): the name is the unit's; start when no given name opens two or
    three words back."""
    sets = lexicon().sets
    stop = vocab()["names_stop"]
    for n in (i - 2, i - 3):
        if n >= 0 and tokens[n].low in sets["first_names"] \
                and all(t.low.isalpha() and t.low not in stop for t in tokens[n + 1:i]):
            return tokens[n].start
    return start


def _before_group_name(doc: Doc, start: int) -> int:
    """Where the group's name that the attacker noun at start follows begins ("positions of the FMLN guerrillas",
    "the death of 60 MRTA guerrillas": the word before the name decides what the people are); start when none."""
    names = [h for h in doc.hits_in("actor", max(0, start - 80), start) if not doc.low[h.end:start].strip()]
    return min([start] + [h.start for h in names])


def _not_the_doers(doc: Doc, before: list[str], start: int) -> bool:
    """A phrase after "to" is a recipient or a reference ("gave arms to the rebels", "according to the
    guerrillas", "linked to drug traffickers") unless the attack is attributed to it ("attributed the bombing
    to the terrorists"); one coordinated with the state's side is a party to talks or fighting ("the government
    and the guerrillas", "clashes between soldiers and rebels")."""
    if before[-1] == "to":
        return not doc.cues_in(max(0, start - ATTRIBUTION_REACH), start, "attributed")
    if before[-1] == "by":
        # "trained by mercenaries", "financed by drug traffickers": the nearest participle does no attack
        return _agent_cue(before[:-1]) in vocab()["agent_not_attack"]
    if before[-1] != "and" or len(before) < 2:
        return False
    return before[-2] in vocab()["perp_counterparts"] or "between" in before


def _acts_next(doc: Doc, end: int) -> bool:
    """Does an attack act follow the phrase ending at end: an attack verb ("two men shot"), or a bomb placed
    or a weapon fired ("two men threw a grenade", "planted", "fired"), only adverbs between?"""
    acts = [h for h in doc.hits_in("trigger", end, end + 30) if h.payload[1] == "verb"]
    for kind in ("placement", "firing"):
        acts += [h for h in doc.cues_in(end, end + 30, kind) if doc.low[h.end - 3:h.end] != " by"]
    return any(doc.low[end:h.start].strip() in _BEFORE_VERB or _and_then(doc.low[end:h.start]) for h in acts) \
        and not befallen(doc, end)


def acts_after_ride(doc: Doc, end: int) -> bool:
    """Does an attack act follow the people ending at end, past what they rode ("fighters on motorcycles stormed")?"""
    tokens = doc.tokens(doc.sentence_of(end - 1))
    j = bisect_left(tokens, end, key=token_start)
    ride = attire_end(tokens, j, "ride_links")
    return _acts_next(doc, tokens[ride - 1].end if ride > j else end)


def _and_then(between: str) -> bool:
    """"A young man approached her and shot her": a first verb of the same subject, then the attack."""
    words = between.split()
    return 2 <= len(words) <= 6 and words[-1] == "and" and not any(c in between for c in ",.;:") \
        and words[0].endswith("ed")


def befallen(doc: Doc, end: int) -> bool:
    """Did the attack befall the people ending at end: "three rebels were (also) killed", "47 people killed and
    50 wounded", "the two persons killed inside the plane" (a participle with no object after it)?"""
    after = doc.low[end:end + 60].translate(_CLAUSE_MARKS).split()[:4]  # "were also killed." ends the clause
    if after[:1] and after[0] in ("was", "were", "been", "are", "is"):
        after = after[2:] if len(after) > 2 and after[1] in _PASSIVE_ADVERBS else after[1:]
        return bool(after) and after[0] in VICTIM_PARTICIPLES
    if after[:1] and after[0] in ("died", "perished"):
        return True  # no object to tell: who died was hit
    if len(after) < 2 or after[0] not in VICTIM_PARTICIPLES:
        return False
    if after[1] in ("and", "or") and len(after) > 2 and after[2].endswith("ed"):
        return False  # "shot and killed the judge": two verbs of one subject
    return after[1] in _NO_OBJECT or after[1] in _AUXILIARIES


_CLAUSE_MARKS = str.maketrans({",": " , ", ".": " . ", ";": " ; "})
VICTIM_PARTICIPLES = frozenset(["killed", "murdered", "wounded", "injured", "kidnapped", "abducted", "shot",
                                "executed", "assassinated", "massacred", "captured", "arrested", "detained"])


def struck_object(doc: Doc, start: int, s0: int) -> bool:
    """Is the phrase starting at start the object of a verb of harm: "an airstrike killed two Hezbollah
    fighters", "troops captured three guerrillas"? Counts, articles and group names may stand between."""
    words = doc.low_without_actors(max(s0, start - 50), start).split()
    while words and (words[-1] in STRIP or count_from_words([words[-1]]) is not None
                     or words[-1] in _COUNT_QUALIFIERS):
        words.pop()
    return bool(words) and words[-1] in VICTIM_PARTICIPLES

_PASSIVE_ADVERBS = frozenset(["also", "later", "reportedly", "allegedly", "all", "both", "then", "subsequently"])
_AUXILIARIES = frozenset(["have", "has", "had", "was", "were", "is", "are", "will", "would", "lived", "inside",
                          "so", "including", "included", "belonged"])  # not "at": "gunmen shot at the car"


def _speaks_next(doc: Doc, end: int) -> bool:
    """Does a verb of saying follow the phrase ending at end ("the rebels announced", "the guerrillas have said")?"""
    for cue in doc.cues_in(end, end + 16, "reporting"):
        if doc.low[cue.start:cue.end] not in _CLAIM_WORDS and doc.low[end:cue.start].strip() in _BEFORE_SAYING:
            return True
    after = doc.low[end:end + 30].split()
    while after and after[0] in _BEFORE_SAYING:
        after.pop(0)
    return bool(after) and after[0] in vocab()["stance_verbs"]


_CLAIM_WORDS = frozenset(["claimed", "alleged", "according to", "statement", "communique", "report", "reporting"])
_BEFORE_SAYING = frozenset(["", "have", "has", "had", "also", "later", "have also", "today", "yesterday"])


def attire_end(tokens: list[Token], j: int, links: str = "attire_links") -> int:
    """Index past what attackers ending before token j wore ("MEN [WEARING MILITARY UNIFORMS]"), or with
    links="ride_links" also rode ("TWO MEN [ON A MOTORCYCLE]"); j if nothing such follows."""
    v = vocab()
    if j >= len(tokens) or tokens[j].low not in v[links]:
        return j
    for n in range(j + 1, min(len(tokens), j + _ATTIRE_REACH)):
        low = tokens[n].low
        if low in v["attire_nouns"]:
            return n + 1
        if not is_word(tokens[n]) or low in ("who", "which", "that", "and", "when"):
            break
    return j


_ATTIRE_REACH = 7
_COLLECTIVES = frozenset(["group", "band", "gang", "squad", "column", "unit", "commando"])
_BEFORE_VERB = frozenset(["", "had", "have", "then", "last night", "today", "yesterday", "this morning", "tonight",
                          "later", "also", "reportedly", "allegedly",
                          "who", "who had", "who have"])  # "the people who kidnapped him": the relative's subject


def _agent_cue(words: list[str], nouns: frozenset[str] = frozenset()) -> str | None:
    """The participle (or one of nouns) nearest before an agent's "by": what the agent did ("shot", "attack")."""
    not_attack = vocab()["agent_not_attack"]
    return next((w for w in reversed(words) if w.endswith("ed") or w in nouns or w in not_attack), None)


def agent_phrases(doc: Doc, sent: int, names: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of perpetrator nouns named as the agent of a passive attack: "kidnapped by terrorists"; with
    names, the people named as the agent of an attack are added to it ("shot by Colonel Juan Perez")."""
    tokens = doc.tokens(sent)
    out = []
    for k, tok in enumerate(tokens):
        if tok.low != "by" or k == 0:
            continue
        head_end = _before_aside(tokens, k)
        prev = [t.low for t in tokens[max(0, head_end - _AGENT_REACH):head_end]]
        if "," in prev:
            prev = prev[len(prev) - prev[::-1].index(","):]
        cue = _agent_cue(prev, _AGENT_NOUNS)
        if cue is None or cue in vocab()["agent_not_attack"]:
            continue  # "guarded by 3 security officers", "found by": the agent attacked no one
        rng = noun_phrase(doc, tokens, k + 1)
        if rng:
            i, j = rng
            while i < j - 1 and tokens[i].low in HEDGES:
                i += 1  # "by presumed guerrillas": the hedge is the claim status, not the attackers' name
            j = _after_people(doc, tokens, i, j)
            j = _owner_end(doc, tokens, i, j)  # "hit by FARC rebels' rifle fire": the owners acted, not what they own
            head = tokens[j - 1]
            if head.low in vocab()["vehicle_heads"]:
                continue  # "machinegunned by air force helicopters": a craft, its crew unnamed
            if not _covered(doc, "perp", head) and attacker_stopped(doc, tokens[k].start):
                continue  # "killing three before he was shot dead by an off-duty soldier": who stopped the attacker
            if not _covered(doc, "perp", head) \
                    and any(_covered(doc, cat, head) for cat in ("actor", "trigger", "weapon")):
                continue  # "by the Tupac Amaru Revolutionary Movement", "caused by the latest attacks": no people
            if names is not None and cue in _NAMED_AGENT_CUES:
                name = _agent_name(doc, tokens, i, j)
                if name is not None:
                    names.append(name)  # "carried out by Colonel Juan Perez"
                    continue
            if any(h.payload for h in doc.hits_in("perp", head.start, head.end)):
                while i < j - 1 and count_from_words([tokens[i].low]) is not None:
                    i += 1  # "by two terrorists" -> "terrorists", as perp_span names attacker nouns
            end = tokens[attire_end(tokens, j) - 1].end
            out.append((tokens[i].start, end - 2 if doc.low.endswith("'s", 0, end) else end))
    return out


def _before_aside(tokens: list[Token], k: int) -> int:
    """Where the participle's clause ends before an aside closed by a comma right before tokens[k] ("ATTACKED IN
    ENVIGADO, 10 KM FROM MEDELLIN, BY AN INDIVIDUAL": the aside is a place told in passing); k when there is none."""
    if tokens[k - 1].low != ",":
        return k
    for n in range(k - 2, max(0, k - _ASIDE_REACH) - 1, -1):
        if tokens[n].low == ",":
            return n
        if not is_word(tokens[n]):
            break
    return k


_ASIDE_REACH = 8


def _owner_end(doc: Doc, tokens: list[Token], i: int, j: int) -> int:
    """End (exclusive token index) of the owner in a possessive phrase tokens[i:j] ("FARC rebels' rifle fire",
    "the cartel's counterattack"); j when nothing is possessed, or when what is possessed is people or a body of
    people that acted itself ("the cartel's hired assassins", "the junior officers' command"). An "'s" token
    stays, its ending is cut later."""
    head = tokens[j - 1]
    if head.low in vocab()["owned_bodies"] or head.low in vocab()["subject_heads"] or _covered(doc, "perp", head):
        return j
    for n in range(i, j):
        low = tokens[n].low
        if low == "'" and n > i:
            return n
        if low.endswith("'s") and len(low) > 2 and n + 1 < j:
            return n + 1
    return j


_NAMED_AGENT_CUES = frozenset(["killed", "murdered", "assassinated", "shot", "wounded", "kidnapped", "abducted",
                               "out", "perpetrated", "committed", "planted", "placed", "attacked", "executed",
                               "dead", "massacred", "ambushed"])


def _after_people(doc: Doc, tokens: list[Token], i: int, j: int) -> int:
    """End of an agent phrase cut after its attacker noun when a time, a number or a verb follows it ("by
    soldiers 2 days before", "by hooded individuals thought to be ..."): no noun phrase goes on past those."""
    for n in range(i + 1, j):
        low = tokens[n].low
        if (low[:1].isdigit() or low in _TIME_WORDS or low in _CUT_WORDS) \
                and (tokens[n - 1].low in vocab()["subject_heads"] or _covered(doc, "perp", tokens[n - 1])):
            return n
    return j


_CUT_WORDS = frozenset(["thought", "believed", "said", "suspected", "days", "day", "hours"])


def _agent_name(doc: Doc, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """(start, end) of a person's name that opens the agent phrase tokens[i:j], with its titles ("Colonel Juan
    Perez", "Dr Ana Gomez"); None when the phrase does not open with a name."""
    rng = person_name(doc, tokens, i, j)
    if rng is None:
        return None
    k = rng[0]
    while k > i and tokens[k - 1].low in lexicon().sets["titles"]:
        k -= 1
    return (tokens[k].start, tokens[rng[1] - 1].end) if k == i else None


def _covered(doc: Doc, category: str, tok: Token) -> bool:
    """Does a dictionary hit of the category cover token tok ("MOVEMENT" in "TUPAC AMARU REVOLUTIONARY MOVEMENT")?"""
    return any(h.end >= tok.end for h in doc.hits_in(category, max(0, tok.start - _HIT_REACH), tok.end))


_HIT_REACH = 80


def subject_attackers(doc: Doc, sent: int, names: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of people nouns that are the subject of an attack verb with an object: "SOLDIERS KILLED
    TWO REPORTERS", "MEMBERS OF THE ARMED FORCES MASSACRED ...", "AN AIR FORCE MEMBER FIRED AT ...", also
    told as a cleft ("SOLDIERS WERE THE ONES WHO MURDERED"); with names, a person named as that subject is
    added to it ("JUAN PEREZ, WHO KILLED THE MAYOR")."""
    v = vocab()
    tokens = doc.tokens(sent)
    out = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].low not in v["subject_verbs"] and tokens[k].low not in v["subject_infinitives"] \
                or tokens[k + 1].low in _NO_OBJECT:
            continue
        end = _subject_end(tokens, k)
        if end is None:
            continue
        end = _subject_before_gloss(tokens, end)
        aside = _aside_start(tokens, end)  # "SOLDIERS, WHO WERE WEARING HOODS, KILLED": the subject is before it
        attire = attire_start(tokens, aside)  # "SOLDIERS WEARING MASKS KILLED": what they wore is theirs
        phrase_end, end = aside, attire
        relative = end < k and tokens[end].low in (",", "who", "that")
        if relative:
            end = _cleft_subject_end(tokens, end)
        if names is not None and doc.text[tokens[end - 1].start].isupper() \
                and tokens[end - 1].low not in v["subject_heads"]:  # "soldiers killed", "two men killed": no name
            name = _subject_name(doc, tokens, end)
            if name is not None:
                names.append(name)
                continue
        rng = phrase_before(tokens, end)
        if not rng:
            continue
        i, j = rng
        if relative:
            i = _after_verbs(tokens, i, j)  # "pursuing the armed group that killed": the antecedent only
            if i is None:
                continue
        if tokens[i].low == "of":
            continue  # "gunmen suspected to be members of the X": no phrase opens on its "of" (the head is before)
        of_pos = next((n for n in range(i, j) if tokens[n].low == "of"), None)
        head = tokens[j - 1].low if of_pos is None else tokens[of_pos - 1].low
        if not (head in v["subject_heads"] or _armed_collective(tokens, i, j, of_pos)) \
                or (i > 0 and tokens[i - 1].low in ("by", "of", "the") and not relative):
            continue
        dates = lexicon().dates
        for n in range(j - 2, i - 1, -1):
            if tokens[n].low in dates["months"] or tokens[n].low in dates["weekdays"] or tokens[n].low in _TIME_WORDS:
                i = n + 1  # "ON 26 MARCH FMLN UNITS AMBUSHED": the date is no part of the attackers
                break
        while i < j - 1 and tokens[i].low in HEDGES:
            i += 1
        if count_from_words([tokens[i].low]) is not None:
            while i > 0 and tokens[i - 1].low in _COUNT_QUALIFIERS:
                i -= 1  # "at least three individuals": the count's qualifier belongs to it
        if j == attire and attire < phrase_end and tokens[attire].low in v["attire_links"]:
            j = phrase_end  # "SOLDIERS WEARING MASKS", not "MEMBERS WHO WERE DRESSED IN ...": that is a clause
        out.append((tokens[i].start, tokens[j - 1].end))
    return out


def _aside_start(tokens: list[Token], end: int) -> int:
    """Where a relative clause between commas that ends at end opens (", WHO WERE WEARING HOODS,"); end if none."""
    if end < 3 or tokens[end - 1].low != ",":
        return end
    for n in range(end - 2, max(0, end - _ASIDE_REACH) - 1, -1):
        if tokens[n].low == "who" and n > 0 and tokens[n - 1].low == ",":
            return n - 1
        if not is_word(tokens[n]):
            break
    return end


def attire_start(tokens: list[Token], end: int) -> int:
    """Where what the subject wore opens before end ("SOLDIERS WEARING MASKS", "MEMBERS WHO WERE DRESSED IN CIVILIAN
    CLOTHES"): the subject ends there; end if nothing worn is told."""
    if end < 2 or tokens[end - 1].low not in vocab()["attire_nouns"]:
        return end
    links = vocab()["attire_links"]
    for n in range(end - 2, max(0, end - _ASIDE_REACH) - 1, -1):
        if not is_word(tokens[n]):
            break
        if tokens[n].low in links:
            n -= 1 if n > 0 and tokens[n - 1].low in _COPULAS else 0
            return n - 1 if n > 0 and tokens[n - 1].low == "who" else n
    return end


def _subject_end(tokens: list[Token], k: int) -> int | None:
    """Where the subject of an attack verb at k ends, past adverbs ("SOLDIERS LAST NIGHT KILLED") and "tried to"
    ("AN ARMED GROUP TRIED TO ATTACK"); None when tokens[k] is no attack verb."""
    v = vocab()
    if tokens[k].low in v["subject_verbs"]:
        return _before_adverbs(tokens, k)
    if tokens[k].low in v["subject_infinitives"] and k > 2 and tokens[k - 1].low == "to" \
            and tokens[k - 2].low in _TRIED:
        return _before_adverbs(tokens, k - 2)
    return None


_TRIED = frozenset(["tried", "attempted"])


def _cleft_subject_end(tokens: list[Token], end: int) -> int:
    """Where the subject ends in a cleft "X WERE THE ONES WHO KILLED" (end at "WHO"): before the copula; end
    otherwise."""
    if end > 3 and tokens[end - 1].low in ("one", "ones") and tokens[end - 2].low == "the" \
            and tokens[end - 3].low in _COPULAS:
        return end - 3
    return end


_COPULAS = frozenset(["is", "are", "was", "were"])


def _subject_name(doc: Doc, tokens: list[Token], end: int) -> tuple[int, int] | None:
    """(start, end) of a person's name, with its titles, that ends right before the verb's subject end ("Colonel
    Juan Perez killed", "Juan Perez, who killed"); None when the subject is no name."""
    rng = person_name(doc, tokens, max(0, end - 6), end)
    if rng is None or rng[1] != end:
        return None
    return tokens[titles_before(tokens, rng[0], 2)].start, tokens[end - 1].end


def _subject_before_gloss(tokens: list[Token], end: int) -> int:
    """Where the subject ends before a bracketed gloss that closes right before the verb ("MEMBERS OF THE ARMY OF
    NATIONAL LIBERATION (ELN) KIDNAPPED"): the gloss names the group again, the subject is before it."""
    if end > 1 and tokens[end - 1].low in (")", "]"):
        opener = gloss_start(tokens, end - 1, _SUBJECT_GLOSS_MAX)
        if opener is not None:
            return opener
    return end


_SUBJECT_GLOSS_MAX = 6  # "(ELN)", "[FARABUNDO MARTI NATIONAL LIBERATION FRONT]"


def _armed_collective(tokens: list[Token], i: int, j: int, of_pos: int | None) -> bool:
    """"Rebel groups", "an unidentified armed group", "terrorist cells": a collective that an attacker word
    makes a band of attackers (a bare "the group" may be any organisation)."""
    return of_pos is None and j - i >= 2 and tokens[j - 1].low in _COLLECTIVE_SUBJECTS \
        and tokens[j - 2].low in lexicon().sets["perp_strong_modifiers"]


_COLLECTIVE_SUBJECTS = frozenset(["group", "groups", "cell", "cells", "column", "columns", "band", "bands"])


def _after_verbs(tokens: list[Token], i: int, j: int) -> int | None:
    """Start of the noun phrase in tokens[i:j] after its last verb form ("pursuing the armed group" -> "the
    armed group"); None when the phrase ends in one or the antecedent is a verb's object ("killed two
    policemen, who ..." names the victims)."""
    sets = lexicon().sets
    start = i
    for n in range(j - 1, i - 1, -1):
        low = tokens[n].low
        verb = n > 0 and tokens[n - 1].low == "to"  # "to pursue the armed group"
        if verb or (_verb_like(low) and low not in sets["perp_modifiers"] and low not in vocab()["ed_ok"]):
            if low in vocab()["subject_verbs"] or n == j - 1:
                return None
            start = n + 1
            break
    while start < j - 1 and tokens[start].low in STRIP:
        start += 1
    return start


def _before_adverbs(tokens: list[Token], k: int) -> int:
    """Where the subject ends before a verb at k, past an adverb or a time ("SEVERAL MEN LAST NIGHT WOUNDED",
    "MILITANTS RECENTLY MURDERED") and a relative pronoun ("GUERRILLAS, WHO ATTACKED": the antecedent)."""
    for words in _VERB_ADVERBS:
        n = len(words)
        if k - n > 0 and [t.low for t in tokens[k - n:k]] == words:
            k -= n
            break
    if k > 1 and tokens[k - 1].low in ("who", "that"):
        k -= 2 if tokens[k - 2].low == "," else 1
    return k


_VERB_ADVERBS = [w.split() for w in ("last night", "this morning", "yesterday", "today", "recently", "reportedly",
                                     "allegedly", "then", "also", "later", "again", "subsequently", "have also",
                                     "have", "has", "had")]
_TIME_WORDS = frozenset(["night", "morning", "afternoon", "evening", "dawn", "midnight", "week", "weekend", "month",
                         "year", "hours", "ago", "meanwhile", "however", "subsequently"])
_NO_OBJECT = frozenset([".", ",", ";", "in", "by", "during", "when", "while", "and", "or", "as", "after", "before",
                        "near", "yesterday", "today", "last", "this", "on", "since", "because", "--"])
_AGENT_REACH = 7  # "MURDERED YESTERDAY IN SANTA ELENA BY X": the participle may stand a few words back
HEDGES = frozenset(["presumed", "alleged", "suspected", "supposed", "possible", "apparent", "reported"])
_AGENT_NOUNS = frozenset(["attack", "murder", "killing", "assassination", "kidnapping", "bombing", "massacre",
                          "crime", "abduction", "shot", "hit", "carried", "perpetrated", "committed", "out",
                          "attacks", "murders", "killings", "assassinations", "kidnappings", "bombings", "massacres",
                          "crimes", "abductions", "raid", "raids", "ambush", "assault"])


def _singular_person(doc: Doc, tokens: list[Token], idx: int, nxt: list[str]) -> bool:
    """"the terrorist, who...", "another terrorist was lynched": a determiner before, no noun after."""
    if idx == 0 or tokens[idx - 1].low not in ("the", "a", "an", "another", "one", "each", "this", "that"):
        return False
    if not nxt:
        return True
    word = nxt[0]
    return not word[:1].isalnum() or word.endswith(("ed", ",", ".")) or word in _AFTER_PERSON


_AFTER_PERSON = frozenset(["was", "is", "had", "has", "who", "which", "that", "and", "in", "on", "at", "with", "fired",
                           "threw", "shot", "opened", "killed", "said", "escaped", "fled", "identified", "wearing"])
_NOUN_AFTER_ADJECTIVE = frozenset(["group", "groups", "organization", "organizations", "faction", "factions",
                                    "movement", "movements", "leader", "leaders", "sources", "spokesman", "base",
                                    "bases", "camp", "camps", "radio", "station", "front", "fronts", "activity",
                                    "activities", "offensive", "attack", "attacks", "actions", "action", "war",
                                    "forces", "command", "commanders", "commander", "violence", "threat", "threats",
                                    "cell", "cells", "positions", "stronghold", "strongholds", "zone", "zones"])


_ADJECTIVE_ENDINGS = ("ist", "ian", "ean", "ese", "ran", "can", "ish")  # "Marxist", "Colombian", "Salvadoran"
_PREPOSITIONS = frozenset(["of", "for", "from", "including", "among", "toward", "towards"])
_PARTS_OF = _COLLECTIVES | frozenset(["work", "members", "member", "one", "two", "three", "four", "five", "some",
                                      "most", "many", "several", "all", "each", "none", "any", "groups", "bands",
                                      "units", "columns", "squads", "gangs", "elements", "dozens", "hundreds",
                                      "scores", "thousands"])


_OBJECT_MARKERS = frozenset(["killed", "against", "captured", "arrested", "detained", "wounded", "injured",
                             "capture", "arrest", "catch", "punish", "apprehend", "apprehended", "locate", "prosecute",
                             "with", "support", "supports", "supported", "mistook", "mistaking",
                             "between", "dialogue", "talks", "negotiations", "toward", "towards", "facing", "combating",
                             "fight", "fighting", "pursuing", "pursued", "dislodged", "surrounded", "attacking",
                             "dead", "clashed", "clashes", "combat", "repelled", "routed", "shot", "executed"])



def _present_where_hit(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"A BOMB EXPLODED NEAR THE HOUSE WHERE MINISTER X WAS SLEEPING", "AN ATTACK ON A HELICOPTER IN WHICH X WAS
    TRAVELLING": a person named in a where-clause of the place a blast or attack hit was there when it hit: its
    target, a victim whether hurt or not. Only a name followed by a verb of being there ("was staying", "lives"),
    not "WHERE X WAS ARRESTED" (a suspect) nor "WHERE X WAS BORN"; only after a blast or an attack word."""
    if tokens[k].low == "which" and (k < 1 or tokens[k - 1].low != "in"):
        return []
    lo = max(0, k - _PRESENCE_REACH)
    if not (_blast_in(tokens, lo, k) or any(t.low in _AIMED_ATTACK_NOUNS for t in tokens[lo:k])):
        return []
    for n in range(k + 2, min(len(tokens), k + 1 + _PRESENCE_SUBJECT)):
        low = tokens[n].low
        if low in (",", ";", ".", ":", "--"):
            return []
        if not _presence_at(tokens, n):
            continue
        rng = person_name(doc, tokens, k + 1, n)
        if rng is None or not _only_company_after(tokens, rng[1], n):
            return []
        return _named_victims(classify_phrase(doc, tokens, (k + 1, rng[1]), "other"))
    return []


def _presence_at(tokens: list[Token], n: int) -> bool:
    """Does token n start a verb of being somewhere ("lives", "was staying", "were sleeping", "was one of the
    passengers", "is at his office")?"""
    low = tokens[n].low
    if low in _PRESENCE_VERBS:
        return True
    return low in _COPULAS and n + 1 < len(tokens) and tokens[n + 1].low in _PRESENCE_AFTER_COPULA


def _only_company_after(tokens: list[Token], end: int, verb: int) -> bool:
    """Between the name and its verb only the company kept ("X AND HIS FAMILY WERE SLEEPING") or nothing."""
    if end == verb:
        return True
    return tokens[end].low == "and" and end + 1 < verb and tokens[end + 1].low in _COMPANY_OWNERS


_PRESENCE_REACH = 20  # words back to the blast: "DETONATED A CAR BOMB SOME 300 METERS FROM GOVERNMENT HOUSE"
_PRESENCE_SUBJECT = 12  # "WHERE" + a title of a few words + the name + "AND HIS FAMILY"
_PRESENCE_VERBS = frozenset(["lives", "lived", "stays", "stayed", "slept", "works", "worked", "resides", "resided"])
_PRESENCE_AFTER_COPULA = frozenset(["staying", "sleeping", "living", "working", "residing", "traveling", "travelling",
                                    "riding", "meeting", "dining", "eating", "having", "attending", "one", "inside",
                                    "present", "at", "aboard", "in"])
_COMPANY_OWNERS = frozenset(["his", "her", "their"])
_ATTACK_VERBS = frozenset(["attacked", "bombed", "raided", "dynamited", "stormed", "machinegunned", "machine-gunned"])
_PLACE_RELATIVES = frozenset(["where", "which"])  # "which" only after "in": "THE CAR IN WHICH X WAS RIDING"


def _past_aside_in_list(tokens: list[Token], i: int) -> int | None:
    """After a thing and its comma at i-1: an aside that says who its owner is or what it is ("THE HOME OF X,
    PRESIDENT OF THE CONGRESS, AND THE ELECTORAL COUNCIL", "A TRUCK, WHICH HAD CARRIED TROOPS, AS WELL AS TWO
    BUSES") ends at a comma that "and" or "as well as" follows: the list goes on there. The index of that
    joiner; None when no such aside opens at i."""
    sets = lexicon().sets
    n = i
    while n < len(tokens) and tokens[n].low in STRIP:
        n += 1
    if n >= len(tokens):
        return None
    two = f"{tokens[n].low} {tokens[n + 1].low}" if n + 1 < len(tokens) else ""
    if tokens[n].low not in sets["titles"] and two not in sets["titles"] and tokens[n].low not in _ASIDE_RELATIVES:
        return None
    for m in range(n + 1, min(len(tokens) - 1, n + _LIST_ASIDE_REACH)):
        low = tokens[m].low
        if low in (";", ".", ":", "--", "(", "[") or low.endswith("'s"):
            return None  # "THE STATION, SENATOR X'S COUNTRY HOME, AND ...": a thing of the list, told by its owner
        if low == ",":
            return m + 1 if tokens[m + 1].low == "and" or _joiner_at(tokens, m + 1) else None
    return None


_ASIDE_RELATIVES = frozenset(["which", "who", "whose"])
_LIST_ASIDE_REACH = 14  # "WHICH HAD EARLIER CARRIED OUT AN ANTI-DRUG OPERATION IN A PEASANT VILLAGE"


def _present_when_hit(doc: Doc, tokens: list[Token], k: int) -> list[Filler]:
    """"X AND Y WERE IN THEIR HOMES WHEN THE GUERRILLAS ATTACKED", "X WAS IN A RESTAURANT ACCOMPANIED BY Y WHEN A
    BOMB EXPLODED": people told to be somewhere when ("when" at k) a blast or attack came were there, its
    targets: victims whether hurt or not. The names before the verb of being there, and those who kept them
    company."""
    if not _attack_comes(tokens, k):
        return []
    start = next((n + 1 for n in range(k - 1, -1, -1) if tokens[n].low in (";", ":", "--")), 0)
    verb = next((n for n in range(start + 1, k) if _presence_at(tokens, n)), None)
    if verb is None:
        return []
    spans = _names_before(doc, tokens, start, verb) + _company_kept(doc, tokens, verb, k)
    out: list[Filler] = []
    for rng in spans:
        out.extend(_named_victims(classify_phrase(doc, tokens, rng, "other")))
    return out


def _attack_comes(tokens: list[Token], k: int) -> bool:
    """Does the when-clause at k tell a blast or an attack happening ("WHEN A BOMB EXPLODED", "WHEN THE GUERRILLAS
    ATTACKED", "WHEN THE ATTACK OCCURRED"), not one planned or spoken of?"""
    end = min(len(tokens), k + 1 + _WHEN_REACH)
    if _blast_in(tokens, k + 1, end) or any(tokens[n].low in _ATTACK_VERBS for n in range(k + 1, end)):
        return True
    return any(tokens[n].low in _AIMED_ATTACK_NOUNS and tokens[n + 1].low in _HAPPENED
               for n in range(k + 1, min(len(tokens) - 1, end)))


_HAPPENED = frozenset(["occurred", "took", "began", "started", "came", "happened"])


def _names_before(doc: Doc, tokens: list[Token], start: int, verb: int) -> list[tuple[int, int]]:
    """The names of the subject ending at the verb: "X", "X AND Y", "TITLE X AND TITLE Y"."""
    found: list[tuple[int, int]] = []
    end = verb
    while end > start:
        rng = _name_ending(doc, tokens, start, end)
        if rng is None:
            break
        found.append(rng)
        end = rng[0]
        while end > start and (tokens[end - 1].low in lexicon().sets["titles"] or
                               tokens[end - 1].low in lexicon().sets["victim_nouns"] or
                               tokens[end - 1].low in _TITLE_MODIFIERS):
            end -= 1  # "CONGRESS PRESIDENT X": the title goes with the name
        if end > start and tokens[end - 1].low in ("and", ","):
            end -= 1
            continue
        break
    return found


def _name_ending(doc: Doc, tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The person's name that ends right before token end (read from as far back as a name reaches)."""
    for a in range(max(start, end - _NAME_WORDS), end):
        rng = person_name(doc, tokens, a, end)
        if rng is not None and rng[1] == end:
            return rng
    return None


def _company_kept(doc: Doc, tokens: list[Token], verb: int, k: int) -> list[tuple[int, int]]:
    """Names after "accompanied by" between the verb of being there and "when"."""
    for n in range(verb, k - 1):
        if tokens[n].low == "accompanied" and tokens[n + 1].low == "by":
            return [_token_range(tokens, f.span) for f in _named_victims(_list_after(doc, tokens, n + 2, "other"))]
    return []


def _token_range(tokens: list[Token], span: Span) -> tuple[int, int]:
    """The tokens a span covers."""
    a = bisect_left(tokens, span.start, key=token_start)
    b = bisect_left(tokens, span.end, key=token_start)
    return a, b


_TITLE_MODIFIERS = frozenset(["vice", "deputy", "former", "acting", "assistant"])  # "VICE PRESIDENT X"
_WHEN_REACH = 8  # "WHEN" + "A MEDIUM-INTENSITY BOMB EXPLODED"
_NAME_WORDS = 6
