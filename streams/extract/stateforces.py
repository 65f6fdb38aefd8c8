"""The state's forces as the attackers' organisation when the text tells the attackers only as its men.

"Two soldiers fired on the crowd", "military officers shot the priests": no organisation is named beside them, but
the men are the state's forces (of the article's country), named by the words the article uses for them elsewhere
("the army", "the armed forces"). Suspected: the text does not say so in one claim. Men only wearing military
uniforms are not read so: attackers disguise themselves as soldiers.
A state's forces named with the nationality ("the Salvadoran armed forces") are also named without it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from streams.extract import actors as actor_rules
from streams.extract.document import Doc
from streams.extract.phrases import vocab
from streams.extract.resources import Actor, lexicon
from streams.extract.thresholds import OTHER_STATES_REACH


_WORD = re.compile(r"[a-z]+")
# what may follow the head noun of the attackers' phrase ("soldiers of the X", "soldiers in uniform")
_AFTER_HEAD = frozenset(["of", "from", "in", "wearing", "dressed", "who", "with", "carrying", "armed"])


def with_forces_of_men(doc: Doc, perp: dict, people: list[dict], countries: Counter) -> dict:
    """The state forces of the article's country as the attackers' organisation, where nothing else named one and
    the attackers are told as the forces' men; the article, or the attackers' phrase, must name those forces."""
    if perp["group"] is not None or perp["mentions"]:
        return perp
    men = next((p for p in people
                if _forces_men(doc.low[p["start"]:p["end"]]) and not _owned(doc, p["start"])), None)
    if men is None:
        return perp
    actor = actor_rules.national_forces(countries) or _any_state()
    if _other_states(doc, actor, countries, doc.sentence_of(men["start"])):
        return perp  # "troops" told beside two states' forces (Russian and Ukrainian) may be either's
    # the article's names for the forces, and the word the attackers' phrase names them by ("military officers")
    names = doc.once(("forces_names", actor.name), _names, doc, actor, countries)  # one list per article
    own = _organisation_word(doc, men["start"], men["end"])
    last_words = {doc.low[s:e].split()[-1] for s, e in names}
    names = names + [w for w in own if doc.low[w[0]:w[1]] not in last_words]
    if not names:
        return perp
    return {**perp, "group": actor.name, "kind": actor.kind, "known": True, "claim": "suspected",
            "mentions": [doc.span(s, e) for s, e in names]}


_OWNERS = frozenset(["its", "their", "our", "his", "her", "whose"])


def _owned(doc: Doc, start: int) -> bool:
    """"its troops ambushed": the men of whoever "its" refers to (an armed group's own men), not the state's."""
    return any(w in _OWNERS for w in doc.low[max(0, start - 12):start + 12].split()[:-1])


@functools.cache
def _any_state() -> Actor:
    """The state's forces of no identified country ("the army" where the article's country is unclear)."""
    return next(a for a in lexicon().actors if a.countries == ("*",))


def _organisation_word(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"military officers": the forces named by the word inside the attackers' phrase."""
    words = _organisation_words()
    for word in _WORD.finditer(doc.low, start, end):
        if word.group() in words:
            return [word.span()]
    return []


@functools.cache
def _organisation_words() -> frozenset[str]:
    """The organisation words inside roles.json forces_men ("military" of "military officers", "army")."""
    return frozenset(w for men in vocab()["forces_men"] for w in men.split() if w in vocab()["organisation_words"])


def _forces_men(phrase: str) -> bool:
    """"two soldiers", "military officers", "soldiers of the X": the head noun names the forces' men."""
    men = vocab()["forces_men"]
    words = _WORD.findall(phrase)
    cut = next((i for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words))
    head = words[:cut]
    return bool(head) and (head[-1] in men or " ".join(head[-2:]) in men)


def _other_states(doc: Doc, actor: Actor, countries: Counter, sent: int) -> bool:
    """Does the text around the attackers' sentence (OTHER_STATES_REACH sentences either side) name another
    state's forces than actor ("Honduran troops", "the Nicaraguan army")?"""
    lo = doc.sentences[max(0, sent - OTHER_STATES_REACH)][0]
    hi = doc.sentences[min(len(doc.sentences) - 1, sent + OTHER_STATES_REACH)][1]
    for h in doc.hits_in("actor", lo, hi):
        m = actor_rules.resolve(doc, h, countries)
        if m is not None and m.actor.kind == "state" and m.actor != actor:
            return True
    forces = (actor_rules.demonym_forces(doc, h) for h in doc.hits_in("place", lo, hi))
    return any(m is not None and m.actor != actor for m in forces)


def _names(doc: Doc, actor: Actor, countries: Counter) -> list[tuple[int, int]]:
    """The first mention of each way the article writes the actor, in text order."""
    seen: set[str] = set()
    out = []
    for h in doc.hits.get("actor", []):
        m = actor_rules.resolve(doc, h, countries)
        key = " ".join(doc.low[h.start:h.end].split())
        if m is not None and m.actor == actor and key not in seen:
            seen.add(key)
            out.append((h.start, h.end))
    return out


def with_bare_names(doc: Doc, perp: dict) -> dict:
    """"the Salvadoran armed forces" also names the forces as "armed forces": the organisation's words without the
    nationality, as the article's other sentences write it, one more mention of the same state forces."""
    if perp["kind"] != "state":
        return perp
    organisation_words = vocab()["organisation_words"]
    demonyms = lexicon().sets["demonyms"]
    have = {" ".join(m["text"].lower().split()) for m in perp["mentions"]}
    extra = []
    for m in perp["mentions"]:
        first, _, rest = " ".join(m["text"].split()).partition(" ")
        if first.lower() in demonyms and rest.lower() in organisation_words and rest.lower() not in have:
            have.add(rest.lower())
            extra.append(_tail_span(doc, m, len(rest.split())))
    return {**perp, "mentions": perp["mentions"] + extra} if extra else perp


def _tail_span(doc: Doc, m: dict, n: int) -> dict:
    """The span of the mention's last n words."""
    words = list(_ANY_WORD.finditer(doc.text, m["start"], m["end"]))
    return doc.span(words[-n].start(), m["end"])


_ANY_WORD = re.compile(r"\S+")
