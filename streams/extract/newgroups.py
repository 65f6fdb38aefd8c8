"""Organisations the actor dictionary lacks, when the text names them as the attacker.

"The Black Hand Brigade claimed responsibility", "responsibility was claimed by the X Front",
"the X Front said it carried out the attack": the name is read from the words before an organisation
noun, the claim cue after (or before) it. "Accused the X Services of assassinating", "carried out by the X
Commando": the organisation others blame, or the deed's agent. "Members of the X Front", "gunmen from the X
Movement": the attackers' organisation, as reported. "The X Front bombed three buildings": the organisation as
the subject of the attack verb.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from streams.extract.actors import inside_a_name
from streams.extract.document import Doc
from streams.extract.resources import lexicon

_ORG_WORDS = ("group|brigades?|front|movement|army|commandos?|command|organi[sz]ation|cartel|gang|battalion|"
              "forces|militia|network|legion|squads?|cell|faction|alliance|council|jihad|resistance|coalition|"
              "unit|guards?|tigers|hawks|falcons|lions|eagles|avengers|defenders|martyrs|detachment|corps|services|"
              "agency")
_WEEKDAYS = "on[ \\t\\n]{1,3}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CONNECTORS = frozenset(["of", "the", "for", "and", "de", "del", "la", "al", "el", "in", "to"])
_LEADING = frozenset(["the", "a", "an", "this", "that", "its", "their", "previously", "unknown", "little-known",
                      "shadowy", "new", "obscure", "clandestine", "self-styled", "so-called"])


@dataclass(frozen=True, slots=True)
class NewGroup:
    start: int
    end: int
    name: str


# An organisation's name: a few words, then an organisation noun (bounded repetitions only: linear time).
_NAME = rf"((?:[\w'’-]{{1,30}}[ \t\n]{{1,3}}){{0,6}}?(?:{_ORG_WORDS}))\b"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    claim_after = re.compile(
        rf"\b{_NAME}[ \t\n]{{0,3}}(?:\([\w-]{{2,12}}\)[ \t\n]{{0,3}})?"
        rf"(?:has[ \t\n]{{1,3}}|have[ \t\n]{{1,3}}|had[ \t\n]{{1,3}})?"
        rf"(?:(?:today|tonight|yesterday|later|also|quickly|immediately|{_WEEKDAYS})[ \t\n]{{1,3}})?"
        rf"(?:(?:claimed|admitted|assumed|took|accepted)[ \t\n]{{1,3}}(?:responsibility|credit)|"
        rf"said[ \t\n]{{1,3}}(?:it|they)[ \t\n]{{1,3}}(?:had[ \t\n]{{1,3}})?"
        rf"(?:carried[ \t\n]{{1,3}}out|was[ \t\n]{{1,3}}behind))", re.I)
    claim_before = re.compile(
        rf"\bclaimed[ \t\n]{{1,3}}by[ \t\n]{{1,3}}{_NAME}", re.I)
    return claim_after, claim_before


@functools.cache
def _member_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{_MEMBER_WORDS})[ \t\n]{{1,3}}(?:of|from)[ \t\n]{{1,3}}{_NAME}", re.I)


_MEMBER_WORDS = "members?|militants?|fighters?|gunmen|rebels?|guerrillas?|insurgents?|commandos?|men"


def _stems(alternation: str) -> tuple[str, ...]:
    """The fixed start of each alternative ("brigades?" -> "brigade", "organi[sz]ation" -> "organi"): the
    lower-case text holds one wherever the case-insensitive pattern can match."""
    stems = []
    for alt in alternation.split("|"):
        cut = min((i for i in (alt.find("["), alt.find("?")) if i >= 0), default=len(alt))
        stems.append(alt[:cut - 1] if alt[cut:cut + 1] == "?" else alt[:cut])
    return tuple(dict.fromkeys(stems))


_ORG_STEMS = _stems(_ORG_WORDS)
_MEMBER_STEMS = _stems(_MEMBER_WORDS)


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim the captured words to the proper name before the organisation noun; None when there is none."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"[\w'’-]+", doc.text[start:end])]
    kept: list[tuple[int, int]] = []
    for ws, we in reversed(words):
        word = doc.text[ws:we]
        low = word.lower()
        if kept and low in _CONNECTORS:
            kept.append((ws, we))
            continue
        proper = low not in lexicon().stopwords and low not in _LEADING if doc.caps else word[:1].isupper()
        if not proper:
            break
        kept.append((ws, we))
    kept.reverse()
    while kept and doc.low[kept[0][0]:kept[0][1]] in _CONNECTORS | _LEADING | _MEN:
        kept.pop(0)  # "Soldiers of the Belloso Battalion": the men, then the organisation's name
    if len(kept) < 2:
        return None  # "the group claimed": no name
    return kept[0][0], kept[-1][1]


# the men of an organisation, before its name at the start of a sentence
_MEN = frozenset(["members", "soldiers", "troops", "fighters", "militants", "men", "guerrillas", "rebels"])
_CLAIM_VERBS = ("carried out", "was behind")


def claimants(doc: Doc, start: int, end: int) -> list[NewGroup]:
    """Organisations outside the dictionary that claim an attack within text[start:end]."""
    if not doc.cues_in(start, end, "claimed") and not doc.mentions_in(_CLAIM_VERBS, start, end):
        return []  # the patterns need a claim word: skip the regexes otherwise
    return [g for pattern in _patterns() for g in _named(doc, pattern, start, end)]


def attackers_organisations(doc: Doc, start: int, end: int) -> list[NewGroup]:
    """Organisations outside the dictionary whose members are named as the attackers ("members of the X Front").
    Two name words at least before the noun: "members of the bomb squad", "of an insurgent organization" name
    no group."""
    if not doc.mentions_in(_MEMBER_STEMS, start, end):
        return []  # most sentences name no members: skip the regex
    return [g for g in _named(doc, _member_pattern(), start, end) if len(g.name.split()) >= 3]


@functools.cache
def _blame_patterns() -> tuple[re.Pattern, ...]:
    held = rf"\bhold(?:s|ing)?[ \t\n]{{1,3}}{_NAME}[ \t\n]{{1,3}}responsible\b"
    blamed = rf"\b(?:blamed|blames|blaming)[ \t\n]{{1,3}}(?:[\w'’-]+[ \t\n]{{1,3}}){{0,5}}?on[ \t\n]{{1,3}}{_NAME}"
    attributed = rf"\battribut(?:ed|es?|ing)[ \t\n]{{1,3}}(?:[\w'’-]+[ \t\n]{{1,3}}){{0,5}}?to[ \t\n]{{1,3}}{_NAME}"
    # "accused the Colombian intelligence services of assassinating X": the accused, then what they did
    accused = rf"\baccus(?:ed|es|ing)[ \t\n]{{1,3}}{_NAME}[ \t\n]{{1,3}}of\b"
    # "the killing ... carried out by the 6th Military Detachment": the agent of the deed
    agent = rf"\b(?:carried[ \t\n]{{1,3}}out|committed|perpetrated)[ \t\n]{{1,3}}by[ \t\n]{{1,3}}{_NAME}"
    return tuple(re.compile(p, re.I) for p in (held, blamed, attributed, accused, agent))


# a word each pattern needs, to skip the regexes in most sentences ("by" alone would let nearly all through)
_BLAME_WORDS = ("responsible", "blam", "attribut", "accus", "carried", "committed", "perpetrated")


def blamed_organisations(doc: Doc, start: int, end: int) -> list[NewGroup]:
    """Organisations outside the dictionary that others hold responsible ("police hold the Red Dawn Liberation
    Movement responsible", "blamed the bombing on the X Front", "attributed the attack to the X Front", "accused the
    X Services of", "carried out by the X Commando"); three name words at least, as for members."""
    if not doc.mentions_in(_BLAME_WORDS, start, end):
        return []
    return [g for pattern in _blame_patterns() for g in _named(doc, pattern, start, end) if len(g.name.split()) >= 3]


_CALLED_WORDS = (" called ", " known as ", " named ", " calling ")


def called_members(doc: Doc, start: int, end: int) -> list[NewGroup]:
    """Organisations outside the dictionary that the text introduces by name, their members as the attackers ("the
    kidnappers, said to be members of a group called X", "members of a gang known as 'the Owls'")."""
    if not doc.mentions_in(_CALLED_WORDS, start, end):
        return []  # most sentences: skip the regex
    return _named(doc, _member_called_pattern(), start, end, called=True)


# "a group called X", "a gang known as X", "an organization calling itself X": the name the text gives a body
_CALLED = (rf"\b(?:a|an)[ \t\n]{{1,3}}(?:[\w-]+[ \t\n]{{1,3}})?(?:{_ORG_WORDS}|band)[ \t\n]{{1,3}}"
           r"(?:called|named|known[ \t\n]{1,3}as|calling[ \t\n]{1,3}(?:itself|themselves))[ \t\n]{1,3}")


@functools.cache
def _member_called_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{_MEMBER_WORDS})[ \t\n]{{1,3}}of[ \t\n]{{1,3}}{_CALLED}", re.I)


_QUOTED = re.compile(r"[\"“'‘]([^\"”'’\n]{2,60})[\"”'’]")
_NAME_WORDS = 6


def _name_after(doc: Doc, pos: int, end: int) -> tuple[int, int] | None:
    """The name that starts at pos: a quoted one, or the proper words up to the first common word or punctuation
    ("the Owls were arrested": "Owls"; "Chile's Independence Movement, demanded": the three words)."""
    quoted = _QUOTED.match(doc.text, pos, end)
    if quoted is not None:
        return quoted.span(1)
    words = [(m.start() + pos, m.end() + pos) for m in re.finditer(r"\S+", doc.text[pos:min(end, pos + 120)])]
    kept: list[tuple[int, int]] = []
    for ws, we in words[:_NAME_WORDS]:
        word = doc.text[ws:we]
        core = word.rstrip(",.;:")
        low = core.lower()
        if kept and low in _CONNECTORS:
            kept.append((ws, ws + len(core)))
        elif (low not in lexicon().stopwords and low not in _LEADING and core[:1].isalnum()) if doc.caps \
                else core[:1].isupper():
            kept.append((ws, ws + len(core)))
        elif not kept and low in ("the",):
            continue  # "a gang called the Owls"
        else:
            break
        if core != word:
            break  # punctuation ends the name
    while kept and doc.low[kept[-1][0]:kept[-1][1]] in _CONNECTORS:
        kept.pop()
    return (kept[0][0], kept[-1][1]) if kept else None


@functools.cache
def _subject_pattern() -> re.Pattern:
    # the name, maybe quoted, maybe with a gloss or acronym in brackets, then the verb (maybe after an auxiliary)
    return re.compile(rf"\b{_NAME}[\"'”]?(?:[ \t\n]{{0,3}}[\[(][^\])]{{1,60}}[\])])?[ \t\n]{{1,3}}"
                      rf"(?:(?:has|have|had|also|reportedly|allegedly)[ \t\n]{{1,3}})?$", re.I)


def subject_organisation(doc: Doc, s0: int, verb_start: int) -> NewGroup | None:
    """An organisation outside the dictionary named right before an attack verb, as its subject ("the 'Red Dawn
    Front' bombed"); three words at least, as for members: "a guerrilla column attacked" names no group."""
    found = [g for g in _named(doc, _subject_pattern(), max(s0, verb_start - 160), verb_start)
             if len(g.name.split()) >= 3 and not _described(g.name)]
    return found[-1] if found else None


def _described(name: str) -> bool:
    """"Alleged urban guerrilla commandos": attackers described by the words for attackers, no organisation's name."""
    sets = lexicon().sets
    words = [w.strip("'’").lower() for w in name.split()]
    return any(w in sets["perp_modifiers"] or w in sets["perp_strong_modifiers"] or w in _ATTACKER_WORDS
               for w in words)


# beside perp_modifiers
_ATTACKER_WORDS = frozenset(["guerrillas", "rebels", "terrorists", "alleged", "suspected", "presumed"])


def _known_inside(doc: Doc, start: int, end: int) -> bool:
    """Does a dictionary group's name lie in text[start:end] ("armed forces" ending an unknown group's name, "the
    Morazanist Liberation Armed Forces", is no known group)?"""
    return any(not inside_a_name(doc, h) for h in doc.hits_in("actor", start, end))


def _named(doc: Doc, pattern: re.Pattern, start: int, end: int, called: bool = False) -> list[NewGroup]:
    """The organisations each match of pattern in text[start:end] names: the proper name its first group ends with,
    or (called) the name given right after the match, a "called" phrase, without its quotes."""
    out: list[NewGroup] = []
    if not called and not doc.mentions_in(_ORG_STEMS, start, end):
        # every name ends in an organisation noun: a stretch with none is not searched ("a band called X" names
        # none, so called phrases are gated by their callers)
        return out
    for m in pattern.finditer(doc.text, start, end):
        span = _name_after(doc, m.end(), end) if called else _clean(doc, m.start(1), m.end(1))
        if span is None:
            continue
        s, e = span
        if _known_inside(doc, s, e) or doc.hits_in("outlet", s, e):
            continue  # a known group (or an outlet) is resolved by the dictionary
        if doc.low[max(0, s - 5):s].split()[-1:] in (["any"], ["no"]):
            continue  # "nor has any subversive movement claimed": no one claimed
        name = " ".join((doc.text[s:e].strip("\"'“”‘’") if called else doc.text[s:e]).split())
        out.append(NewGroup(s, e, name.title() if doc.caps else name))
    return out
