"""Role fillers inside one sentence: attackers, targets, victims, weapons and their counts."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from streams.extract.document import Doc, Token
from streams.extract.numbers import count_from_words
from streams.extract.resources import lexicon

_QUANTIFIERS = frozenset(["several", "some", "many", "various", "numerous", "dozens", "both", "all"])
_STRIP = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my", "your"])
_PHRASE_PUNCT = frozenset(['"', "'", "-", "’", "“", "”"])
_MAX_PHRASE = 8


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def trimmed(doc: Doc, start: int, end: int) -> Span:
    """A span without a trailing possessive ("GALAN'S" -> "GALAN")."""
    if doc.low[end - 2:end] in ("'s", "’s"):
        end -= 2
    return Span(start, end)


@dataclass(frozen=True, slots=True)
class Filler:
    span: Span
    kind: str  # victim | target
    effect: str  # killed | wounded | kidnapped | other
    count: int | None
    named: bool = False  # a person's name rather than a description ("three peasants")


@functools.cache
def _vocab() -> dict:
    roles = lexicon().roles
    return {
        "object_cues": _phrase_index(roles["object_cues"]),
        "passive": _phrase_index(roles["passive_verbs"]),
        "of_heads": frozenset(roles["of_heads"]),
        "explicit": frozenset(roles["explicit_target_cues"]),
        "weapon_preps": frozenset(roles["weapon_target_preps"]),
        "skip_start": _phrase_index({p: "skip" for p in roles["np_skip_start"]}),
        "adverbs": frozenset(roles["passive_adverbs"]),
        "ed_ok": frozenset(roles["np_adjectives_ed"]),
        "breaks": frozenset(roles["np_breaks"]),
        "names_stop": frozenset(roles["np_breaks"]) | lexicon().stopwords | frozenset(roles["titles"])
        | frozenset(roles["victim_nouns"]) | frozenset(roles["target_heads"]) | frozenset(roles["perp_nouns"])
        | frozenset(roles["perp_needs_modifier"]) | frozenset(lexicon().dates["months"]) | frozenset(lexicon().dates["weekdays"]),
    }


def _phrase_index(table: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> [(words, value)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in table.items():
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _match_at(tokens: list[Token], i: int, index: dict) -> tuple[int, str] | None:
    """(length, value) of the longest indexed phrase starting at token i."""
    for words, value in index.get(tokens[i].low, ()):
        if i + len(words) <= len(tokens) and all(tokens[i + k].low == w for k, w in enumerate(words)):
            return len(words), value
    return None


def _is_word(tok: Token) -> bool:
    return tok.low[:1].isalnum()


def noun_phrase(doc: Doc, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at i, determiners skipped; None if empty."""
    v = _vocab()
    skip = _match_at(tokens, i, v["skip_start"]) if i < len(tokens) else None
    if skip:
        i += skip[0]
    while i < len(tokens) and tokens[i].low in _STRIP:
        i += 1
    j = i
    while j < len(tokens) and j - i < _MAX_PHRASE:
        tok = tokens[j]
        low = tok.low
        if low == "of":
            if j > i and tokens[j - 1].low in v["of_heads"] and j + 1 < len(tokens) and _is_word(tokens[j + 1]):
                j += 1
                while j < len(tokens) and tokens[j].low in _STRIP:
                    j += 1
                continue
            break
        if low in _PHRASE_PUNCT:
            if j + 1 < len(tokens) and _is_word(tokens[j + 1]) or j > i:
                j += 1
                continue
            break
        if not _is_word(tok) or (low in v["breaks"] and not _country_us(doc, tok)):
            break
        if j > i and (low.endswith("ed") or low.endswith("ing")) and low not in v["ed_ok"] \
                and low not in lexicon().sets["target_heads"]:
            break
        j += 1
    while j > i and tokens[j - 1].low in _PHRASE_PUNCT | {"of"}:
        j -= 1
    return (i, j) if j > i else None


def _country_us(doc: Doc, tok: Token) -> bool:
    """"US" in mixed-case text is the country, not the pronoun."""
    return tok.low == "us" and not doc.caps and doc.text[tok.start:tok.end] == "US"


def person_name(doc: Doc, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Token range of a person's name inside tokens[i:j]: from a known first name, else after a title."""
    sets = lexicon().sets
    stop = _vocab()["names_stop"]
    for k in range(i, j):
        if tokens[k].low in sets["first_names"] and _name_token(doc, tokens[k], stop, True):
            end = k + 1
            while end < j and end - k < 5 and _name_token(doc, tokens[end], stop, False):
                end += 1
            if end - k >= 2:
                return k, end
    k = i
    while k < j:
        low = tokens[k].low
        two = f"{low} {tokens[k + 1].low}" if k + 1 < j else ""
        if low in sets["titles"] or two in sets["titles"]:
            k += 2 if two in sets["titles"] else 1
            while k < j and (tokens[k].low in sets["titles"] or tokens[k].low in (".", "former", "retired")):
                k += 1
            end = k
            while end < j and end - k < 4 and _name_token(doc, tokens[end], stop, False):
                end += 1
            if end > k:
                return k, end
            continue
        k += 1
    return None


def _name_token(doc: Doc, tok: Token, stop: frozenset[str], is_first_name: bool) -> bool:
    if not tok.low.replace("'", "").replace("-", "").isalpha():
        return False
    if not doc.caps and not doc.text[tok.start].isupper():
        return False
    if is_first_name:
        return True
    low = tok.low[:-2] if tok.low.endswith("'s") else tok.low
    return low not in stop and (low not in lexicon().sets["common_words"] or low in lexicon().sets["first_names"])


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
    if explicit and j - i <= 4 and all(t.low not in _vocab()["names_stop"] or t.low in sets["target_heads"]
                                       for t in tokens[i:j]):
        # "the attack on FENASTRAS": whatever an explicit attack phrase names, if it is no person
        return [Filler(trimmed(doc, tokens[i].start, tokens[j - 1].end), "target", effect, None)]
    return out


def objects_in(doc: Doc, sent: int, lo: int = 0, hi: int | None = None) -> list[Filler]:
    """Victims and targets named around the attack cues of one sentence (character range lo..hi)."""
    v = _vocab()
    tokens = doc.tokens(sent)
    hi = hi if hi is not None else len(doc.text)
    out: list[Filler] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if not lo <= tok.start < hi:
            k += 1
            continue
        hit = _match_at(tokens, k, v["object_cues"])
        if hit:
            length, effect = hit
            phrase = " ".join(t.low for t in tokens[k:k + length])
            out.extend(_list_after(doc, tokens, k + length, effect, phrase in v["explicit"]))
        elif tok.low in v["weapon_preps"] and k > 0 and doc.hits_in("weapon", tokens[k - 1].start, tokens[k - 1].end):
            out.extend(_list_after(doc, tokens, k + 1, "other", True))
        passive = None
        if tok.low in ("was", "were", "been") and k + 1 < len(tokens):
            nxt = k + 1
            while nxt < len(tokens) - 1 and tokens[nxt].low in v["adverbs"]:
                nxt += 1
            passive = _match_at(tokens, nxt, v["passive"])
        elif tok.low == "died":
            passive = (1, "killed")
        if passive:
            out.extend(_passive_subjects(doc, tokens, k, passive[1]))
        elif tok.low in ("at", "outside", "under", "onto", "into", "near", "inside") \
                and any(t.low in _BLAST_WORDS for t in tokens[max(0, k - 8):k]):
            out.extend(_list_after(doc, tokens, k + 1, "other"))
        if tok.low.endswith("'s") and k + 1 < len(tokens) and tokens[k + 1].low in _POSSESSED_EVENTS:
            rng = _name_before(doc, tokens, k + 1, possessive=True)
            if rng:
                out.extend(classify_phrase(doc, tokens, rng, _POSSESSED_EVENTS[tokens[k + 1].low]))
        k += 1
    return out


def _list_after(doc: Doc, tokens: list[Token], i: int, effect: str, explicit: bool = False) -> list[Filler]:
    """Fillers of "X, Y and Z" (or "at X and at Y") starting at token i."""
    out: list[Filler] = []
    prep = tokens[i - 1].low if i > 0 else ""
    for _ in range(5):
        rng = noun_phrase(doc, tokens, i)
        if not rng:
            break
        found = classify_phrase(doc, tokens, rng, effect, explicit)
        if not found:
            break
        out.extend(found)
        i = rng[1]
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


_BLAST_WORDS = frozenset(["exploded", "explosion", "blast", "bomb", "bombs", "detonated", "went", "threw", "hurled",
                          "placed", "planted", "dynamite", "explosives", "grenade"])


def _passive_subjects(doc: Doc, tokens: list[Token], k: int, effect: str) -> list[Filler]:
    """Who or what "was killed": the phrase before, its coordinate ("X and seven other people"), or the
    sentence's named subject across an appositive ("X, 28, A FORMER MAYOR, WAS MURDERED")."""
    out: list[Filler] = []
    rng = _phrase_before(tokens, k)
    if rng and (tokens[rng[0]].low == "who" or (k > 0 and tokens[k - 1].low in ("who", "had", "have", "has"))):
        rng = _name_before(doc, tokens, k)
    if rng:
        out.extend(classify_phrase(doc, tokens, rng, effect))
        if rng[0] >= 2 and tokens[rng[0] - 1].low == "and":
            first = _phrase_before(tokens, rng[0] - 1)
            if first:
                out.extend(classify_phrase(doc, tokens, first, effect))
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
    if rng and rng[0] <= start + 4 and (rng[0] == start or tokens[rng[0] - 1].low not in _vocab()["breaks"]):
        return rng
    return None


_POSSESSED_EVENTS = {"murder": "killed", "assassination": "killed", "death": "killed", "killing": "killed",
                     "kidnapping": "kidnapped", "abduction": "kidnapped", "disappearance": "kidnapped"}


def _name_before(doc: Doc, tokens: list[Token], k: int, possessive: bool = False) -> tuple[int, int] | None:
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


def _phrase_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Noun phrase ending just before token k (the subject of a passive verb)."""
    v = _vocab()
    j = k
    i = j
    while i > 0 and j - i < 6:
        low = tokens[i - 1].low
        if not _is_word(tokens[i - 1]) or low in v["breaks"] and low != "of":
            break
        i -= 1
    while i < j and tokens[i].low in _STRIP:
        i += 1
    return (i, j) if j > i else None


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
    return count_from_words(words)


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
    while i < idx and tokens[i].low in _STRIP | {"some", "several"}:
        i += 1
    if not strong:
        # people-words keep their number ("two individuals"); attacker nouns do not ("guerrillas")
        if i > 0 and count_from_words([tokens[i - 1].low]) is not None and tokens[i - 1].low not in _STRIP:
            i -= 1
    else:
        while i < idx and count_from_words([tokens[i].low]) is not None:
            i += 1
    start = tokens[i].start
    if not has_strong and i == idx:
        # "FMLN members", "Shining Path men": a named group makes people-words attackers
        has_strong = any(0 <= start - h.end <= 1 for h in doc.hits_in("actor", max(0, start - 60), start))
    if not has_strong:
        return None
    nxt = doc.low[hit_end:hit_end + 16].split()
    if nxt and nxt[0].strip(",.") in _NOUN_AFTER_ADJECTIVE:
        return None  # "militant group", "guerrilla sources": the word is an adjective here
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
            out.append((tokens[rng[0]].start, tokens[rng[1] - 1].end))
    return out


_AGENT_NOUNS = frozenset(["attack", "murder", "killing", "assassination", "kidnapping", "bombing", "massacre",
                          "crime", "abduction", "shot", "hit", "carried", "perpetrated", "committed", "out"])


_NOUN_AFTER_ADJECTIVE = frozenset(["group", "groups", "organization", "organizations", "faction", "factions",
                                    "movement", "movements", "leader", "leaders", "sources", "spokesman", "base",
                                    "bases", "camp", "camps", "radio", "station", "front", "fronts", "activity",
                                    "activities", "offensive", "attack", "attacks", "actions", "action", "war",
                                    "forces", "command", "commanders", "commander", "violence", "threat", "threats",
                                    "cell", "cells", "positions", "stronghold", "strongholds", "zone", "zones"])
_OBJECT_MARKERS = frozenset(["killed", "against", "captured", "arrested", "detained", "wounded", "injured",
                             "fight", "fighting", "pursuing", "pursued", "dislodged", "surrounded", "attacking",
                             "dead", "clashed", "clashes", "combat", "repelled", "routed", "shot", "executed"])
