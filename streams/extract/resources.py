"""Load the extractor's data files once and compile their phrases and acronyms into one Aho-Corasick automaton."""
from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    start_year: int
    end_year: int
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country | admin1 | city | region | demonym
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    common: bool  # the name is also an English word: needs a locative cue in capitals text


@dataclass
class Lexicon:
    """Everything the extractor reads from data/, compiled for matching."""

    # " lower-case key " -> (length, (category, payload) pairs, acronyms): one pass finds phrases and the
    # candidates of case-sensitive acronyms, each acronym given as (its exact separated form, its pairs)
    phrases: ahocorasick.Automaton
    actors: list[Actor]
    places: list[Place]
    ambiguous_acronyms: frozenset[str]
    attack: dict
    cues: dict
    roles: dict
    dates: dict
    numbers: dict
    stopwords: frozenset[str]
    sets: dict[str, frozenset[str]] = field(default_factory=dict)


def ascii_key(name: str) -> str:
    """Lower-case, accent-free form, as the gazetteer builder writes its keys."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(folded.lower().replace("`", "'").split())


def _read_lines(name: str) -> list[str]:
    return [ln.rstrip("\n") for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def _read_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _parse_years(spec: str) -> tuple[int, int]:
    start, _, end = spec.partition("-")
    return int(start or 1900), int(end or 9999)


def _load_actors() -> tuple[list[Actor], list[tuple[str, int]], list[tuple[str, int]]]:
    actors: list[Actor] = []
    aliases: list[tuple[str, int]] = []
    acronyms: list[tuple[str, int]] = []
    for line in _read_lines("actors.tsv"):
        cols = (line.split("\t") + [""] * 6)[:6]
        name, kind, years, countries, alias_col, acro_col = cols
        start, end = _parse_years(years)
        idx = len(actors)
        actors.append(Actor(name, kind, start, end, tuple(c for c in countries.split(";") if c)))
        for alias in alias_col.split(";"):
            if alias.strip():
                aliases.append((alias.strip().lower(), idx))
        for acro in acro_col.split(";"):
            if acro.strip():
                acronyms.append((acro.strip(), idx))
    return actors, aliases, acronyms


def gazetteer_rows() -> list[list[str]]:
    """The gazetteer's rows: key, name, kind, country, admin1, lat, lon, population, common-word flag."""
    return [(line.split("\t") + [""] * 9)[:9] for line in _read_lines("gazetteer.tsv")]


def _load_places() -> tuple[list[Place], list[tuple[str, int]]]:
    places: list[Place] = []
    keys: list[tuple[str, int]] = []
    for key, name, kind, cc, admin1, lat, lon, pop, common in gazetteer_rows():
        keys.append((key, len(places)))
        places.append(Place(name, kind, cc or None, admin1 or None, float(lat) if lat else None,
                            float(lon) if lon else None, int(pop or 0), common == "1"))
    return places, keys


def _possessive_aliases(actors: list[Actor], aliases: list[tuple[str, int]], places: list[Place],
                        place_keys: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"Ukraine's military" beside "Ukrainian military", "Myanmar's military" beside "Myanmar military": a state's
    aliases that open with its demonym or its one-word name, with the country's name in the possessive instead."""
    demonyms = {key: places[i].country for key, i in place_keys if places[i].kind == "demonym"}
    own_names = {key: places[i].country for key, i in place_keys if places[i].kind == "country" and " " not in key}
    names: dict[str, str] = {}  # the country's shortest name: "ukraine", "united states", not "republic of ..."
    for key, i in place_keys:
        cc = places[i].country
        if places[i].kind == "country" and cc and len(key) >= 4 and key.replace(" ", "").isalpha() \
                and len(key) < len(names.get(cc, key + " ")):
            names[cc] = key
    out = []
    for alias, idx in aliases:
        first, _, rest = alias.partition(" ")
        country = demonyms.get(first) or own_names.get(first)
        name = first if first in own_names else names.get(country or "")
        if rest and name and actors[idx].kind == "state" and country in actors[idx].countries:
            out.append((f"{name}' {rest}" if name.endswith("s") else f"{name}'s {rest}", idx))
    return out


def _add(entries: dict[str, list], phrase: str, category: str, payload: object) -> None:
    entries.setdefault(phrase, []).append((category, payload))


# Every character that is not a letter or digit reads as a space, in keys and text alike (same length),
# so that keys padded with spaces only match whole words: no boundary check per hit in Python.
_SEPARATORS = {c: " " for c in range(0x3000) if not chr(c).isalnum()}


_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() else 32 for c in range(256))  # same mapping, as a byte table


def separate(text: str) -> str:
    """text with punctuation and white space turned into single spaces, offsets unchanged."""
    if text.isascii():  # most articles: a byte-table translation is several times faster than a dict's
        return text.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
    return text.translate(_SEPARATORS)


_GROUPED = ("place", "actor")  # categories whose phrases have several readings, kept together in one hit


def _grouped(values: list) -> tuple:
    """(category, payload) pairs, with the readings of a grouped category merged into one tuple payload."""
    out: list = []
    groups: dict[str, list] = {}
    for category, payload in values:
        if category in _GROUPED:
            groups.setdefault(category, []).append(payload)
        else:
            out.append((category, payload))
    out.extend((category, tuple(payloads)) for category, payloads in groups.items())
    return tuple(out)


def _build_automaton(entries: dict[str, list], acronyms: dict[str, list]) -> ahocorasick.Automaton:
    """Lower-case phrases and case-sensitive acronyms in one automaton over lower-case text: an acronym's
    key is its lower-case form, and the scan keeps a hit only where the text has the exact form."""
    merged: dict[str, list] = {}
    for phrase, values in entries.items():
        merged.setdefault(f" {separate(phrase)} ", []).extend(values)
    exact: dict[str, list] = {}
    for acro, values in acronyms.items():
        exact.setdefault(separate(acro), []).extend(values)
    by_lower: dict[str, list] = {}
    for inner, values in exact.items():
        by_lower.setdefault(f" {inner.lower()} ", []).append((inner, _grouped(values)))
    automaton = ahocorasick.Automaton()
    for key in [*merged, *(k for k in by_lower if k not in merged)]:
        readings = _grouped(merged[key]) if key in merged else ()
        automaton.add_word(key, (len(key), readings, tuple(by_lower.get(key, ()))))
    automaton.make_automaton()
    return automaton


@functools.cache
def lexicon() -> Lexicon:
    """The compiled lexicon, built on first use and shared afterwards."""
    attack, cues, roles = _read_json("attack_vocab.json"), _read_json("cues.json"), _read_json("roles.json")
    dates, numbers = _read_json("dates.json"), _read_json("numbers.json")
    stopwords = frozenset(_read_lines("stopwords.txt"))
    actors, aliases, acronyms = _load_actors()
    places, place_keys = _load_places()

    names = aliases + _possessive_aliases(actors, aliases, places, place_keys)
    entries = _phrase_entries(attack, cues, dates, roles, names, place_keys)
    acro_entries: dict[str, list] = {}
    for acro, idx in acronyms:
        _add(acro_entries, acro, "actor", idx)
    # Acronyms that are also English words ("IS", "FAR"): in all-capitals text only "(FAR)" counts.
    ambiguous = frozenset(a for a, _ in acronyms if a.lower() in stopwords or a.lower() in _COMMON_SHORT_WORDS)
    sets = _word_sets(attack, cues, roles)
    # one-word demonyms ("Iraqi"): "in the northern Iraqi city of Mosul" is still a locative
    sets["demonyms"] = frozenset(key for key, i in place_keys if places[i].kind == "demonym" and " " not in key)
    return Lexicon(_build_automaton(entries, acro_entries), actors, places, ambiguous,
                   attack, cues, roles, dates, numbers, stopwords, sets)


def _phrase_entries(attack: dict, cues: dict, dates: dict, roles: dict, actor_names: list[tuple[str, int]],
                    place_keys: list[tuple[str, int]]) -> dict[str, list]:
    """The automaton's phrase entries: key -> (category, payload) pairs, in the order the matcher reports them."""
    entries: dict[str, list] = {}
    for phrase, (atype, role) in attack["triggers"].items():
        _add(entries, phrase, "trigger", (atype, role))
    for phrase, wtype in attack["weapons"].items():
        _add(entries, phrase, "weapon", wtype)
    for phrase in roles["perp_nouns"]:
        _add(entries, phrase, "perp", True)
    for phrase in roles["perp_needs_modifier"]:
        _add(entries, phrase, "perp", False)
    for kind, phrases in cues.items():
        if not kind.startswith("_") and kind not in _TOKEN_CUES:
            for phrase in phrases:
                _add(entries, phrase, "cue", kind)
    for alias, idx in actor_names:
        _add(entries, alias, "actor", idx)
    for key, idx in place_keys:
        _add(entries, key, "place", idx)
    for word in dates["months"]:
        _add(entries, word, "dateword", "month")
    for word in dates["weekdays"]:
        _add(entries, word, "dateword", "weekday")
    for group in ("relative_days", "relative_months", "relative_years"):
        for phrase in dates[group]:
            _add(entries, phrase, "dateword", group)
    for word in ("ago", "week"):
        _add(entries, word, "dateword", "ago")
    for outlet in _read_lines("outlets.txt"):
        _add(entries, outlet.strip().lower(), "outlet", True)
    return entries


def _word_sets(attack: dict, cues: dict, roles: dict) -> dict[str, frozenset[str]]:
    """The word lists the extractor looks up token by token, by name."""
    sets = {name: frozenset(roles[key]) for name, key in _ROLE_SETS.items()}
    sets.update((name, frozenset(attack[name])) for name in _ATTACK_SETS)
    sets.update((kind, frozenset(cues[kind])) for kind in _TOKEN_CUES)
    sets["common_words"] = frozenset(_read_lines("common_words.txt"))
    return sets


# Word sets by name -> their key in roles.json (the same but for one plural).
_ROLE_SETS = {name: name for name in (
    "target_heads", "area_heads", "target_hypernyms", "victim_nouns", "kin_nouns", "affiliation_nouns",
    "guilt_nouns", "forces_nouns", "titles", "title_stop", "first_names", "perp_modifiers",
    "perp_kind_modifiers", "perp_doers", "perp_anaphora", "perp_strong_modifiers")} | {
    "perp_singular": "perp_singular_nouns"}
# Word sets named as their key in attack_vocab.json.
_ATTACK_SETS = (
    "specific_types", "weak_weapons", "ammunition", "fired_rounds", "weapon_modifiers", "weapon_intensifiers",
    "weapon_modified_heads", "fuels", "generic_weapons", "exploding_weapon_types", "weapon_qualified_nouns",
    "aggregate_attack_nouns", "aggregate_quantifiers", "aggregate_series", "laden_vehicles", "laden_participles",
    "ridden_vehicles", "agent_casualty", "seized_vehicles", "seizing_authorities", "act_modified_heads")


# Cue lists looked up token by token rather than scanned (they are short, frequent words).
_TOKEN_CUES = ("locative", "place_modifiers", "anaphora", "group_anaphora", "own_forces", "other_speakers",
               "plural_places", "group_descriptors", "affiliate_heads", "report_time_words")
_COMMON_SHORT_WORDS = frozenset({"is", "far", "mas", "aa", "ana", "esa", "era", "rn", "it", "us", "all", "via"})
