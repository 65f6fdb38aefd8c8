"""Role fillers inside one sentence: targets, victims and casualty counts, attacker phrases, weapon counts."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from streams.extract.document import Doc, Token
from streams.extract.numbers import count_from_words
from streams.extract.phrases import (STRIP, Span, is_word, match_at, noun_phrase, person_name, phrase_before,
                                     trimmed, vocab)
from streams.extract.resources import lexicon


_QUANTIFIERS = frozenset(["several", "some", "many", "various", "numerous", "dozens", "both", "all"])


@dataclass(frozen=True, slots=True)


class Filler:
    span: Span
    kind: str  # victim | target | count | total (a toll: the whole count, not a part to add)
    effect: str  # killed | wounded | kidnapped | other
    count: int | None
    named: bool = False  # a person's name rather than a description ("three peasants")


def _count_in(tokens: list[Token], i: int, j: int) -> int | None:
    words = [t.low for t in tokens[max(0, i - 3):i + 2]]
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
    head = tokens[j - 1].low
    head2 = f"{tokens[j - 2].low} {head}" if j - i >= 2 else head
    name = person_name(doc, tokens, i, j)
    out: list[Filler] = []
    of_pos = next((k for k in range(i, j) if tokens[k].low == "of"), None)
    if head in sets["target_heads"] or head2 in sets["target_heads"] or \
            (of_pos is not None and tokens[of_pos - 1].low in sets["target_heads"]):
        t0 = i
        while t0 < j - 1 and (count_from_words([tokens[t0].low]) is not None or tokens[t0].low in _QUANTIFIERS):
            t0 += 1  # "several houses" -> "houses": the thing, not how many
        if t0 > i and t0 < j - 1 and tokens[t0].low == "of":
            t0 += 1  # "dozens of targets" -> "targets"
            while t0 < j - 1 and tokens[t0].low in STRIP:
                t0 += 1
        out.append(Filler(trimmed(doc, tokens[t0].start, tokens[j - 1].end), "target", effect, None))
        if name:
            out.append(Filler(trimmed(doc, tokens[name[0]].start, tokens[name[1] - 1].end), "victim", "other", 1, True))
        return out
    if name:
        return [Filler(trimmed(doc, tokens[name[0]].start, tokens[name[1] - 1].end), "victim", effect, 1, True)]
    if head in sets["victim_nouns"] or (of_pos is not None and tokens[of_pos - 1].low in sets["victim_nouns"]):
        count = _count_in(tokens, i, j)
        if count is None and not head.endswith("s"):
            count = 1
        return [Filler(Span(tokens[i].start, tokens[j - 1].end), "victim", effect, count)]
    if explicit and j - i <= 4 and all(t.low not in vocab()["names_stop"] or t.low in sets["target_heads"]
                                       for t in tokens[i:j]):
        # "the attack on FENASTRAS": whatever an explicit attack phrase names, if it is no person
        return [Filler(trimmed(doc, tokens[i].start, tokens[j - 1].end), "target", effect, None)]
    return out


def objects_in(doc: Doc, sent: int) -> list[Filler]:
    """Victims and targets named around the attack cues of one sentence (computed once per sentence)."""
    cached = doc.memo.get(("objects", sent))
    if cached is None:
        cached = doc.memo[("objects", sent)] = _objects_in(doc, sent)
    return cached


def _objects_in(doc: Doc, sent: int) -> list[Filler]:
    v = vocab()
    cues = v["object_cues"]
    tokens = doc.tokens(sent)
    out: list[Filler] = []
    looked_at = _looked_at()
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.low not in looked_at and not tok.low.endswith("'s"):
            k += 1  # speed: no rule below starts at this word
            continue
        hit = match_at(tokens, k, cues) if tok.low in cues else None
        if hit and k >= 2 and tokens[k - 2].low in _BLAME:
            hit = None  # "blamed the attack on Kataib Hezbollah": the attacker, not the target
        if hit:
            length, effect = hit
            phrase = " ".join(t.low for t in tokens[k:k + length])
            found = _list_after(doc, tokens, k + length, effect, phrase in v["explicit"])
            if not found and effect in ("killed", "wounded"):
                found = _bare_count(tokens, k + length, effect)
            out.extend(found)
        elif tok.low in v["weapon_preps"] and k > 0 and doc.hits_in("weapon", tokens[k - 1].start, tokens[k - 1].end):
            out.extend(_list_after(doc, tokens, k + 1, "other", True))
        passive = None
        if tok.low in ("was", "were", "been") and k + 1 < len(tokens):
            nxt = k + 1
            while nxt < len(tokens) - 1 and tokens[nxt].low in v["adverbs"]:
                nxt += 1
            passive = match_at(tokens, nxt, v["passive"])
        elif tok.low == "died":
            passive = (1, "killed")
        elif k > 1 and tokens[k - 1].low == "," and tok.low in _REDUCED_RELATIVE:
            # "MICHAEL REYFF, KIDNAPPED 11 DAYS AGO": a participle right after the name
            rng = name_before(doc, tokens, k - 1, possessive=False)
            if rng and rng[1] == k - 1:
                out.extend(classify_phrase(doc, tokens, rng, _REDUCED_RELATIVE[tok.low]))
        if tok.low == "toll" and k > 0 and tokens[k - 1].low == "death":
            out.extend(_toll(tokens, k + 1))
        if passive is None and tok.low in _BARE_CASUALTY and _coordinated_count(tokens, k):
            # "were killed and more than 140 wounded when gunmen...": the second count's "were" left out
            out.extend(_count_before(tokens, k, _BARE_CASUALTY[tok.low]))
        if passive:
            found = _passive_subjects(doc, tokens, k, passive[1])
            if not found and passive[1] in ("killed", "wounded"):
                found = _count_before(tokens, k, passive[1])
            out.extend(found)
        elif tok.low in _BLAST_PREPS \
                and any(t.low in _BLAST_WORDS for t in tokens[max(0, k - 8):k]):
            out.extend(_list_after(doc, tokens, k + 1, "other"))
        if tok.low.endswith("'s") and k + 1 < len(tokens) and tokens[k + 1].low in _POSSESSED_EVENTS:
            rng = name_before(doc, tokens, k + 1, possessive=True)
            if rng:
                out.extend(classify_phrase(doc, tokens, rng, _POSSESSED_EVENTS[tokens[k + 1].low]))
        k += 1
    return out


@functools.cache
def _looked_at() -> frozenset[str]:
    """Every word a rule of _objects_in starts at (besides possessives): keep in step with its tests."""
    v = vocab()
    return frozenset([*v["object_cues"], *v["weapon_preps"], "was", "were", "been", "died", "toll",
                      *_REDUCED_RELATIVE, *_BARE_CASUALTY, *_BLAST_PREPS])


def _list_after(doc: Doc, tokens: list[Token], i: int, effect: str, explicit: bool = False) -> list[Filler]:
    """Fillers of "X, Y and Z" (or "at X and at Y") starting at token i."""
    out: list[Filler] = []
    prep = tokens[i - 1].low if i > 0 else ""
    for _ in range(12):
        rng = noun_phrase(doc, tokens, i)
        if not rng:
            break
        found = classify_phrase(doc, tokens, rng, effect, explicit)
        if not found:
            break
        out.extend(found)
        i = rng[1]
        # "X, 53; Y, 24; and Z": ages after the names, semicolons between them
        if i + 2 < len(tokens) and tokens[i].low == "," and tokens[i + 1].low.isdigit() and tokens[i + 2].low in (",", ";"):
            i += 2
        if i < len(tokens) and tokens[i].low == ";":
            i += 1
            if i < len(tokens) and tokens[i].low == "and":
                i += 1
            continue
        if i < len(tokens) and tokens[i].low == ",":
            i += 1
            # an appositive ("X, PRESIDENT OF ...") is not a second filler
            nxt = noun_phrase(doc, tokens, i)
            if nxt and not classify_phrase(doc, tokens, nxt, effect):
                break
            if nxt and tokens[nxt[0]].low in lexicon().sets["titles"]:
                break
        if i < len(tokens) and tokens[i].low == "and":
            i += 1
            if i < len(tokens) and tokens[i].low == prep and prep in ("at", "on", "against", "in"):
                i += 1
        elif not (i > 0 and tokens[i - 1].low == ","):
            break
    return out


def _count_before(tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """"and more than 40 were wounded": a bare number as the subject of the casualty verb."""
    if k == 0:
        return []
    count = count_from_words([tokens[k - 1].low])
    if count is None or tokens[k - 1].low in ("a", "an", "one"):
        return []
    return [Filler(Span(tokens[k - 1].start, tokens[k - 1].end), "count", effect, count)]


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
    if k < 3 or count_from_words([tokens[k - 1].low]) is None:
        return False
    if k + 1 < len(tokens) and is_word(tokens[k + 1]) and tokens[k + 1].low not in lexicon().stopwords:
        return False  # "30 wounded soldiers": a victim phrase
    j = k - 2
    while j > 0 and tokens[j].low in _COUNT_QUALIFIERS:
        j -= 1
    if tokens[j].low in ("leaving", "left"):
        return True  # "leaving 12 dead"
    return tokens[j].low == "and" and any(t.low in _BARE_CASUALTY for t in tokens[max(0, j - 3):j])


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
    return [Filler(Span(tokens[i].start, tokens[i].end), "count", effect, count)]


_BLAST_PREPS = ("at", "outside", "under", "onto", "into", "near", "inside", "towards", "toward")
_BARE_CASUALTY = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "killed": "killed", "dead": "killed"}
_COUNT_QUALIFIERS = frozenset(["more", "than", "at", "least", "about", "some", "nearly", "almost", "over", "around"])
_BLAME = frozenset(["blamed", "blame", "blames", "blaming", "pinned", "attributed"])
_REDUCED_RELATIVE = {"kidnapped": "kidnapped", "abducted": "kidnapped", "killed": "killed", "murdered": "killed",
                     "assassinated": "killed", "wounded": "wounded", "injured": "wounded"}
_BLAST_WORDS = frozenset(["exploded", "explosion", "blast", "bomb", "bombs", "detonated", "went", "threw", "hurled",
                          "fire", "blew", "stormed",
                          "fired", "launched", "lobbed", "rockets", "missiles", "drones", "mortars",
                          "placed", "planted", "dynamite", "explosives", "grenade"])


def _passive_subjects(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """Who or what "was killed": the phrase before, its coordinate ("X and seven other people"), or the
    sentence's named subject across an appositive ("X, 28, A FORMER MAYOR, WAS MURDERED")."""
    out: list[Filler] = []
    rng = phrase_before(tokens, k)
    if rng and (tokens[rng[0]].low == "who" or (k > 0 and tokens[k - 1].low in ("who", "had", "have", "has"))):
        rng = name_before(doc, tokens, k)
    if rng:
        out.extend(classify_phrase(doc, tokens, rng, effect))
        # "X, Y and Z were killed": walk back over the coordinated names
        for _ in range(5):
            if rng[0] < 2 or tokens[rng[0] - 1].low not in ("and", ","):
                break
            rng = phrase_before(tokens, rng[0] - 1)
            if not rng:
                break
            found = classify_phrase(doc, tokens, rng, effect)
            if not found:
                break
            out.extend(found)
    if not any(f.kind == "victim" and f.named for f in out):
        subject = _sentence_subject_name(doc, tokens, k)
        if subject:
            out.extend(classify_phrase(doc, tokens, subject, effect))
    return out


def _sentence_subject_name(doc: Doc, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A person named at the start of the clause that ends in the passive verb at k."""
    start = 0
    for n in range(k - 1, -1, -1):
        if tokens[n].low in ("--", ";", ":", "]", "that", "when") or (tokens[n].low == "-" and n and tokens[n - 1].low == "-"):
            start = n + 1
            break
    rng = person_name(doc, tokens, start, min(k, start + 8))
    if rng and rng[0] <= start + 4 and (rng[0] == start or tokens[rng[0] - 1].low not in vocab()["breaks"]):
        return rng
    return None


_POSSESSED_EVENTS = {"murder": "killed", "assassination": "killed", "death": "killed", "killing": "killed",
                     "kidnapping": "kidnapped", "abduction": "kidnapped", "disappearance": "kidnapped"}


def name_before(doc: Doc, tokens: list[Token], k: int, possessive: bool = False) -> tuple[int, int] | None:
    """The person named last before token k ("X, MAYOR OF Y, WHO WAS KIDNAPPED"; "X'S MURDER")."""
    lo = max(0, k - 14)
    best = None
    i = lo
    while i < k:
        rng = person_name(doc, tokens, i, k)
        if rng is None:
            break
        best = rng
        i = rng[1]
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
    idx = next((n for n, t in enumerate(tokens) if t.start >= start), len(tokens))
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
    idx = next((n for n, t in enumerate(tokens) if t.start >= hit_start), None)
    if idx is None:
        return None
    i = idx
    has_strong = strong or by_agent
    while i > 0 and tokens[i - 1].low in sets["perp_modifiers"] and idx - i < 3:
        if tokens[i - 1].low in sets["perp_strong_modifiers"]:
            has_strong = True
        i -= 1
    while i < idx and tokens[i].low in STRIP | {"some", "several"}:
        i += 1
    if not strong:
        # people-words keep their number ("two individuals"); attacker nouns do not ("guerrillas")
        if i > 0 and count_from_words([tokens[i - 1].low]) is not None and tokens[i - 1].low not in STRIP:
            i -= 1
    else:
        while i < idx and count_from_words([tokens[i].low]) is not None:
            i += 1
    start = tokens[i].start
    if not has_strong:
        # "soldiers killed", "two men opened fire": people-words right before an attack verb are attackers
        nxt_trigger = doc.hits_in("trigger", hit_end, hit_end + 14)
        has_strong = any(h.payload[1] == "verb" and doc.low[hit_end:h.start].strip() in ("", "had", "have", "then")
                         for h in nxt_trigger)
    if not has_strong and i == idx:
        # "FMLN members", "Shining Path men": a named group makes people-words attackers
        has_strong = any(0 <= start - h.end <= 1 for h in doc.hits_in("actor", max(0, start - 60), start))
    if not has_strong:
        return None
    nxt = doc.low[hit_end:hit_end + 16].split()
    if nxt and nxt[0].strip(",.") in _NOUN_AFTER_ADJECTIVE:
        return None  # "militant group", "guerrilla sources": the word is an adjective here
    if doc.low[hit_start:hit_end] in lexicon().sets["perp_singular"] and not _singular_person(doc, tokens, idx, nxt):
        return None  # "terrorist attack", "rebel positions": a singular attacker noun is mostly an adjective
    before = doc.low[max(0, start - 20):start].split()
    if before and before[-1] in _OBJECT_MARKERS:
        return None
    return Span(start, hit_end)


def agent_phrases(doc: Doc, sent: int) -> list[tuple[int, int]]:
    """(start, end) of perpetrator nouns named as the agent of a passive attack: "kidnapped by terrorists"."""
    tokens = doc.tokens(sent)
    out = []
    for k, tok in enumerate(tokens):
        if tok.low != "by" or k == 0:
            continue
        prev = [t.low for t in tokens[max(0, k - 3):k]]
        if not any(w.endswith("ed") or w in _AGENT_NOUNS for w in prev):
            continue
        rng = noun_phrase(doc, tokens, k + 1)
        if rng:
            i, j = rng
            while i < j - 1 and tokens[i].low in _HEDGES:
                i += 1  # "by presumed guerrillas": the hedge is the claim status, not the attackers' name
            out.append((tokens[i].start, tokens[j - 1].end))
    return out


_HEDGES = frozenset(["presumed", "alleged", "suspected", "supposed", "possible", "apparent", "reported"])
_AGENT_NOUNS = frozenset(["attack", "murder", "killing", "assassination", "kidnapping", "bombing", "massacre",
                          "crime", "abduction", "shot", "hit", "carried", "perpetrated", "committed", "out"])


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


_OBJECT_MARKERS = frozenset(["killed", "against", "captured", "arrested", "detained", "wounded", "injured",
                             "fight", "fighting", "pursuing", "pursued", "dislodged", "surrounded", "attacking",
                             "dead", "clashed", "clashes", "combat", "repelled", "routed", "shot", "executed"])

