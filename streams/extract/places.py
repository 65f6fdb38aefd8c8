"""Where: gazetteer hits resolved to one reading, the attacked place and the launch site."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from streams.extract.document import Doc
from streams.extract.resources import Place, ascii_key, lexicon
from streams.extract.scan import Hit
from streams.extract.thresholds import KNOWN_CITY_POPULATION

_KIND_RANK = {"city": 4, "region": 3, "admin1": 2, "country": 1, "demonym": 0}
# "the Iraqi town of X", "Iraqi territory": a people-word before one of these names a place.
_DEMONYM_PLACES = frozenset(["desert", "border", "territory", "town", "city", "village", "province", "capital",
                             "coast", "waters", "airspace", "side", "soil", "region", "mountains", "jungle"])
TARGETWARD = frozenset(["at", "on", "against", "toward", "towards", "into"])  # prepositions aiming at a target


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    locative: bool  # preceded by in/at/near/...

    @property
    def rank(self) -> int:
        return _KIND_RANK.get(self.place.kind, 0)


def _readings(hit: Hit) -> list[Place]:
    places = lexicon().places
    return [places[i] for i in hit.payload]


def _preceded_by_locative(doc: Doc, start: int) -> bool:
    sets = lexicon().sets
    before = doc.low[max(0, start - 25):start].split()
    # skip "the", demonyms, possessives and kind words: "in the northern province of Nineveh",
    # "in Russia's Krasnodar region", "in Pakistan's restive Balochistan province", "in the Iraqi city of Mosul"
    for word in reversed(before[-5:]):
        if word in sets["locative"]:
            return True
        if word not in sets["place_modifiers"] and word not in sets["demonyms"] and not word.endswith("ern") \
                and not word.endswith("'s") and not word.endswith(("-occupied", "-held", "-controlled")):
            return False
    return False


def _in_person_name(doc: Doc, hit: Hit) -> bool:
    """"WALDEMAR FRANKLIN QUINTERO", "Mayor Delgado": a surname after a given name or a title, at most one
    name word between, is no place (Quintero, Chile; Delgado, El Salvador)."""
    text, start = doc.text, hit.start
    if start == 0 or not text[start - 1].isspace() or not (doc.caps or text[start].isupper()):
        return False  # most place names: the cheap tests first, no slice
    before = text[max(0, start - 40):start]
    words = before.rsplit(None, _NAME_WORDS_BEFORE)[-_NAME_WORDS_BEFORE:]  # split()'s last words, fewer cuts
    if not words or not words[-1][:1].isupper():
        return False  # the word before is most often "in" or "of"
    lex = lexicon()
    first_names, titles, stopwords = lex.sets["first_names"], lex.sets["titles"], lex.stopwords
    for word in reversed(words):
        low = word.rstrip(".").lower()
        if not word[:1].isupper() or not low.isalpha() or low in stopwords:
            return False
        if low in first_names or low in titles:
            return True
    return False


_NAME_WORDS_BEFORE = 2


def doc_countries(doc: Doc) -> Counter:
    """How often each country is named (countries, demonyms, unambiguous places): context for ambiguity."""
    story: dict[str, int] = {}  # a plain dict: a Counter's missing key is a Python-level call
    dateline: list[str] = []
    first = doc.dateline_end + 1
    for hit, country in _country_hits(doc):
        if hit.start < first:
            dateline.append(country)
        else:
            story[country] = story.get(country, 0) + 1
    # most_common breaks ties by insertion order: the story's most named country first, so a tie with the
    # dateline's (where the reporter files from: "MEXICO CITY -- The Salvadoran army ...") goes to the story
    counts = dict(sorted(story.items(), key=lambda item: -item[1]))
    for country in dateline:
        counts[country] = counts.get(country, 0) + 2
    return Counter(counts)


def _country_hits(doc: Doc) -> list[tuple[Hit, str]]:
    """The place hits that tell the article's country, with that country (once per article)."""
    return doc.once("country_hits", lambda: [(hit, country) for hit in doc.hits.get("place", [])
                                             if (country := _country_named(hit.payload)) and _names_country(doc, hit)])


def _names_country(doc: Doc, hit: Hit) -> bool:
    """Does a place hit tell the article's country? Not as a person's name ("Jaime Quintero"); inside an actor's
    name only a country or its people do ("the Peruvian army", not the "Marti" of "Farabundo Marti"); nor does the
    name of a street or square ("Baghdad Street in Damascus")."""
    if _NAMED_WAY.match(doc.low, hit.end):
        return False
    if _a_country_or_people(hit.payload):
        return True
    return not doc.blocked(hit.start, hit.end) and not _in_person_name(doc, hit)


@functools.cache  # keyed by the lexicon's own reading tuples, as _country_named
def _a_country_or_people(payload: tuple[int, ...]) -> bool:
    places = lexicon().places
    return any(places[i].kind in ("country", "demonym") for i in payload)


@functools.cache  # keyed by the lexicon's own reading tuples: at most one entry per gazetteer key
def _country_named(payload: tuple[int, ...]) -> str | None:
    """The country a place hit names whatever its context, if any."""
    places = lexicon().places
    if len(payload) == 1:
        return places[payload[0]].country
    readings = [places[i] for i in payload]
    kinds = {p.kind for p in readings}
    if "country" in kinds or "demonym" in kinds or len({p.country for p in readings}) == 1:
        # "Lebanon" is a country before it is a town in Tennessee
        p = next((r for r in readings if r.kind in ("country", "demonym")), readings[0])
        return p.country
    # "Lima" names Peru before a town in Ohio: a city known the world over among its namesakes (not a town that
    # has the name only as an alias: "Islamabad" is an old name of Chittagong)
    names = Counter(ascii_key(p.name) for p in readings)
    known = {p.country for p in readings if p.kind == "city" and p.population >= KNOWN_CITY_POPULATION
             and names[ascii_key(p.name)] > 1}
    return known.pop() if len(known) == 1 else None


def mentions_in(doc: Doc, start: int, end: int, countries: Counter) -> list[PlaceMention]:
    """Place mentions in [start, end), each resolved to one reading; outlets and actor names excluded."""
    # drafts and incidents ask again for the same sentences and clauses: each hit is resolved once per article,
    # whose countries are one (doc_countries), as for actors.resolve
    out: list[PlaceMention] = []
    for hit in doc.hits_in("place", start, end):
        m = doc.once(("place_mention", hit.start), _mention, doc, hit, countries)
        if m is not None:
            out.append(m)
    return out


def _mention(doc: Doc, hit: Hit, countries: Counter) -> PlaceMention | None:
    """The hit resolved to one reading, or None when it names no place here."""
    if doc.blocked(hit.start, hit.end) or _in_person_name(doc, hit) or _LONGER_NAME.match(doc.text, hit.end) \
            or _NAMED_WAY.match(doc.low, hit.end):
        return None
    if _statement_place(doc, hit) or _origin(doc, hit):
        return None
    readings = _readings(hit)
    locative = _preceded_by_locative(doc, hit.start)
    if not doc.caps and not any(ch.isupper() for ch in doc.text[hit.start:hit.end]):
        return None  # mixed case: a place name is capitalised ("northeastern Syria", not "date")
    if doc.caps and all(p.common for p in readings) and not locative and hit.start >= doc.dateline_end:
        return None  # a dateline's first words are its town
    best = max(readings, key=lambda p: (countries.get(p.country, 0) > 0, p.kind == "country",
                                        p.population))
    if best.kind == "city" and _foreign_alias(doc, hit, best, countries):
        return None
    if best.kind == "admin1":
        # "in Arauca": the province or its capital of that name; the town says more (and keeps the province)
        best = next((p for p in readings if p.kind == "city" and p.country == best.country
                     and p.name == best.name), best)
    if best.kind in ("city", "admin1") and _unsupported(doc, hit, best, countries):
        return None
    if best.kind == "demonym":
        return _demonym_mention(doc, hit, best, locative)
    return PlaceMention(hit.start, hit.end, best, locative)


def _demonym_mention(doc: Doc, hit: Hit, best: Place, locative: bool) -> PlaceMention | None:
    """A demonym before a place noun ("the Iraqi border", "the Lebanese town of X") places the mention in its
    country: the town named after "of", else the country, else the region the words name; None without one."""
    nxt = doc.low[hit.end:hit.end + 24].split()
    if not nxt or nxt[0] not in _DEMONYM_PLACES:
        return None
    if "of" in nxt[1:3]:
        if doc.hits_in("place", hit.end, hit.end + 40):
            return None  # "the Iraqi (border) town of Zummar": the town itself is named next
        # "the southern Lebanese town of Bint Jbeil", a town the gazetteer lacks: the capitalised name after
        # "of" in the demonym's country, or at least the country
        named = _TOWN_NAME.match(doc.text, doc.low.index(" of", hit.end) + 3)
        if named is not None and not doc.caps:
            return PlaceMention(named.start(1), named.end(1), Place(named.group(1), "city", best.country, None,
                                                                    None, None, 0, False), locative)
        return PlaceMention(hit.start, hit.end, Place(doc.text[hit.start:hit.end], "country", best.country,
                                                      None, None, None, 0, False), locative)
    word_end = doc.low.index(nxt[0], hit.end) + len(nxt[0])
    region = Place(doc.text[hit.start:word_end], "region", best.country, None, None, None, 0, False)
    return PlaceMention(hit.start, word_end, region, locative)


def _statement_place(doc: Doc, hit: Hit) -> bool:
    """"Police reported today in Lima that ...", "said in Managua yesterday that": where a statement was made, not
    what was attacked: "in" + the place between a reporting verb (cues.json reporting) and its "that", time words
    around the place."""
    before = doc.low[max(0, hit.start - _STATEMENT_REACH):hit.start].split()
    if before[-1:] != ["in"]:
        return False  # most place names: one slice, no more
    words = before[:-1]
    while words and words[-1] in _STATEMENT_TIMES:
        words.pop()
    if not words or words[-1] not in lexicon().cues["reporting"]:
        return False
    after = [w.strip(",") for w in doc.low[hit.end:hit.end + _STATEMENT_REACH].split()]
    while after and after[0] in _STATEMENT_TIMES:
        after.pop(0)
    return after[:1] == ["that"]


def _origin(doc: Doc, hit: Hit) -> bool:
    """"A 29-year-old woman from Cali", "two engineers from Lyon": where a person comes from, not where the attack
    was: "from" right after a person noun."""
    before = doc.low[max(0, hit.start - _ORIGIN_REACH):hit.start].split()
    return len(before) >= 2 and before[-1] == "from" and before[-2].strip(",") in lexicon().sets["victim_nouns"]


_ORIGIN_REACH = 30  # "policemen from" / "businessman from"
_STATEMENT_REACH = 40  # "reported yesterday afternoon in" / "today that"
_STATEMENT_TIMES = frozenset(["today", "yesterday", "tonight", "last", "night", "this", "morning", "afternoon",
                              "evening"])


# "SAN MIGUEL DE MERCEDES", "San Juan de Urama": a name the gazetteer holds (San Miguel, San Juan) opening a longer
# one it lacks is another place (the longest entry, "Santiago de Chile", is matched whole when the gazetteer has it)
_LONGER_NAME = re.compile(r"[ \t]+(?:de|del|DE|DEL)(?:[ \t]+(?:la|las|los|LA|LAS|LOS))?[ \t\n]+[A-Z]")
# "BOLIVAR SQUARE", "Baghdad Street", "the San Miguel River": a street, square or river named after a place (or a
# person) lies anywhere, often far from it
_NAMED_WAY = re.compile(r"[ \t\n]+(?:street|avenue|boulevard|square|river)\b")
# "Bint Jbeil", "Al-Qusayr", "Beit Ummar": one to three capitalised words (a lower-case particle between)
_TOWN_NAME = re.compile(r"\s+([A-Z][\w'’-]+(?:\s(?:al-|el-|de\s|del\s)?[A-Z][\w'’-]+){0,2})")


def _foreign_alias(doc: Doc, hit: Hit, place: Place, countries: Counter) -> bool:
    """"Near Boni" in a report on Mali is no Bonn: a town matched by an alternate name whose country the article
    names nowhere else (its own mentions alone count it) while it names other countries."""
    if _romanised_alike(doc.text[hit.start:hit.end], place.name):
        return False  # "Khan Younis" is GeoNames' "Khan Yunis" in another romanisation, "Mayadin" its "Al Mayadin"
    return _named_only_by(doc, hit, place, countries) and any(c != place.country for c in countries)


@functools.lru_cache(maxsize=4096)  # pure, and articles name the same towns again: each pair is folded once
def _romanised_alike(said: str, name: str) -> bool:
    """Is the name as written another romanisation of the gazetteer's name, maybe without its Arabic article?"""
    folded, key = _transliteration_fold(ascii_key(said)), ascii_key(name)
    return folded in (_transliteration_fold(key), _transliteration_fold(ARABIC_ARTICLE.sub("", key)))


def _unsupported(doc: Doc, hit: Hit, place: Place, countries: Counter) -> bool:
    """"Santa Maria" in a report on Peru is no Santa Maria of Brazil, "Tecun Uman" holds no Uman of Ukraine: a
    town (not a city known the world over) of a country the article names nowhere else, nor is the land of a
    group it names, while it names another by name or by a place (its people alone do not count: "Israeli jets
    struck Khan Younis"), is a town the gazetteer lacks or no place at all."""
    if place.population >= KNOWN_CITY_POPULATION:
        return False
    _, named, lands = _own_weights(doc)
    return _named_only_by(doc, hit, place, countries) and place.country not in lands \
        and any(c != place.country for c in named)


def _named_only_by(doc: Doc, hit: Hit, place: Place, countries: Counter) -> bool:
    """Is the place's country named in the article by this name's own mentions only, if at all?"""
    own = _own_weights(doc)[0].get(hit.payload, 0) if _country_named(hit.payload) == place.country else 0
    return countries.get(place.country, 0) <= own


def _own_weights(doc: Doc) -> tuple[dict[tuple[int, ...], int], frozenset[str], frozenset[str]]:
    """What each place name's own mentions add to doc_countries, the countries named by a name or a place, not
    only by their people, and the lands of the groups named ("ELN rebels": Colombia); once per article."""
    return doc.once("place_weights", _read_own_weights, doc)


def _read_own_weights(doc: Doc) -> tuple[dict[tuple[int, ...], int], frozenset[str], frozenset[str]]:
    weights: dict[tuple[int, ...], int] = {}
    named = set()
    first = doc.dateline_end + 1
    places = lexicon().places
    for h, country in _country_hits(doc):
        weights[h.payload] = weights.get(h.payload, 0) + (2 if h.start < first else 1)
        if places[h.payload[0]].kind != "demonym":
            named.add(country)
    actors = lexicon().actors
    lands = {c for h in doc.hits.get("actor", []) if len(h.payload) == 1 for c in actors[h.payload[0]].countries}
    return weights, frozenset(named), frozenset(lands)


def _transliteration_fold(key: str) -> tuple[str, int]:
    """A name's consonants and its number of syllables: romanisations disagree on how to write a vowel ("Khan
    Younis", "Khan Yunis"; "Kostiantynivka", "Kostyantynivka"), seldom on consonants ("Boni" is no "Bonn") or
    syllables ("Napoles" is Spanish for Naples, another town's name)."""
    return key.translate(_FOLD), len(_VOWEL_GROUPS.findall(key))


# the article before an Arab town's name ("Al Mayadin"); scripts/build_gazetteer.py keys the bare name too
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|an|at|az|ath|adh)[ -]")
_FOLD = str.maketrans("", "", "aeiouy'’-")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def is_launch_site(doc: Doc, mention: PlaceMention, all_mentions: list[PlaceMention]) -> bool:
    """True when the place follows "launched from"/"fired from" with nothing target-ward in between."""
    sent = doc.sentence_of(mention.start)
    s0 = doc.sentences[sent][0]
    for cue in doc.cues_in(s0, mention.start, "launch"):
        if doc.low[cue.start:cue.end] == "from" and not doc.cues_in(max(s0, cue.start - 60), cue.start, "firing"):
            continue  # a bare "from" marks a launch site only after "fired"/"launched"
        between = doc.low[cue.end:mention.start].split()
        if any(w in TARGETWARD for w in between) or len(between) > 6:
            continue
        if any(cue.end <= m.start < mention.start for m in all_mentions):
            continue
        return True
    return False


def as_location(m: PlaceMention | None, admin1: str | None = None) -> dict | None:
    if m is None:
        return None
    p = m.place
    return {"place": p.name if p.kind != "country" else None, "admin1": p.admin1 or admin1,
            "country": p.country, "lat": p.lat, "lon": p.lon, "text": None, "start": m.start, "end": m.end}


def choose(doc: Doc, mentions: list[PlaceMention], anchor_sentence: int) -> tuple[dict | None, dict | None]:
    """(location, launch_location) among an incident's place mentions."""
    launch = [m for m in mentions if is_launch_site(doc, m, mentions)]
    attacked = [m for m in mentions if m not in launch]
    loc = _best(doc, attacked, anchor_sentence)
    launch_loc = _best(doc, launch, anchor_sentence)
    return _with_text(doc, loc, attacked), _with_text(doc, launch_loc, launch)


def _best(doc: Doc, mentions: list[PlaceMention], anchor_sentence: int) -> PlaceMention | None:
    if not mentions:
        return None
    mentions = _beyond_desk(doc, mentions)
    return max(mentions, key=lambda m: (m.rank + (1.5 if m.locative else 0)
                                        + (0.5 if doc.sentence_of(m.start) == anchor_sentence else 0), -m.start))


def _beyond_desk(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions without the dateline's town when the story places the attack after in/at/near: in a town or
    province, or in a part of a country ("in northern Burkina Faso"). The dateline names where the reporter files
    from, a fallback only."""
    if any(m.locative and m.start >= doc.dateline_end
           and (m.rank >= _KIND_RANK["admin1"] or m.place.kind == "country" and _compass_before(doc, m))
           for m in mentions):
        return [m for m in mentions if m.start >= doc.dateline_end]
    return mentions


def _compass_before(doc: Doc, m: PlaceMention) -> bool:
    """"northern Burkina Faso", "north-western Nigeria": a part of the country, not the whole."""
    word = (doc.low[max(0, m.start - 20):m.start].split() or [""])[-1]
    return word == "central" or word.endswith("ern") and word.startswith(("north", "south", "east", "west"))


def _with_text(doc: Doc, m: PlaceMention | None, pool: list[PlaceMention]) -> dict | None:
    if m is None:
        return None
    admin1 = None
    if m.place.kind in ("city", "region") and not m.place.admin1:
        for other in pool:
            if other.place.kind == "admin1" and other.place.country == m.place.country:
                admin1 = other.place.admin1 or other.place.name
                break
    loc = as_location(m, admin1)
    assert loc is not None
    loc["text"] = doc.text[m.start:m.end]
    if m.place.kind == "admin1":
        loc["place"] = m.place.name
    return loc
