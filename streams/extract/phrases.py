"""Phrases in capitals or mixed case without a tagger: noun phrases, people's names, cue lookups."""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from streams.extract.document import Doc, Token
from streams.extract.numbers import count_from_words
from streams.extract.resources import lexicon


# words that give another name of the person before them ("X ALIAS Y"; also "known as"), maybe after a hedge
# ("X, ALSO KNOWN AS Y", "BETTER KNOWN AS Y"): read by alias_length, forwards and backwards
ALIAS_WORDS = frozenset(["alias", "a.k.a.", "aka", "nicknamed"])
_KNOWN_AS = ("known", "as")
_ALIAS_HEDGES = frozenset(["also", "better"])
STRIP = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my",
                   "your", "another", "same", "country's", "nation's", "city's"])


_PHRASE_PUNCT = frozenset(['"', "'", "-", "’", "“", "”"])


_MAX_PHRASE = 8
_DANGLING = _PHRASE_PUNCT | {"of", "and"}
# last words that are no head: a determiner cut off at the word limit, "nearby" after its noun ("TWO HOUSES NEARBY")
_AFTER_HEAD = STRIP | {"nearby"}


_DISTANCE_UNITS = frozenset(["km", "kms", "kilometers", "kilometres", "meters", "metres", "miles", "yards", "blocks"])


_TIME_NOUNS = frozenset(["day", "night", "morning", "afternoon", "evening", "dawn", "midnight", "week", "weekend"])


@dataclass(frozen=True, slots=True)


class Span:
    start: int
    end: int


def alias_length(words: Sequence[str]) -> int:
    """How many of the words, from the first, say that another name of the person before them follows ("alias",
    "known as", "also known as"); 0 when they do not."""
    hedge = 1 if words[:1] and words[0] in _ALIAS_HEDGES else 0
    if words[hedge:hedge + 1] and words[hedge] in ALIAS_WORDS:
        return hedge + 1
    return hedge + 2 if tuple(words[hedge:hedge + 2]) == _KNOWN_AS else 0


def trimmed(doc: Doc, start: int, end: int) -> Span:
    """A span without a trailing possessive ("GALAN'S" -> "GALAN")."""
    if doc.low[end - 2:end] == "'s":
        end -= 2
    return Span(start, end)


@functools.cache
def vocab() -> dict:
    """The role words as sets and phrase indexes, built once: the cues of an attack's objects, the words that
    bound and name a noun phrase, the words that tell attackers from the people and things around them, and the
    words no person's name is made of."""
    roles = lexicon().roles
    return {**_cue_words(roles), **_phrase_words(roles), **_actor_words(roles), "names_stop": _names_stop(roles)}


def _cue_words(roles: dict) -> dict:
    """What reads the objects of an attack cue ("attack on", "was killed", "along with")."""
    return {
        "object_cues": _phrase_index(roles["object_cues"]),
        "passive": _phrase_index(roles["passive_verbs"]),
        "explicit": frozenset(roles["explicit_target_cues"]),
        "naming": frozenset(roles["naming_cues"]),
        "weapon_preps": frozenset(roles["weapon_target_preps"]),
        "adverbs": frozenset(roles["passive_adverbs"]),
        "addition": frozenset(roles["addition_adverbs"]),
        "companions": frozenset(tuple(p.split()) for p in roles["companion_links"]),
    }


def _phrase_words(roles: dict) -> dict:
    """Where a noun phrase starts and ends, and what its words name (a time, a namesake, a thing's grounds)."""
    dates = lexicon().dates
    return {
        "of_heads": frozenset(roles["of_heads"]),
        "skip_start": _phrase_index({p: "skip" for p in roles["np_skip_start"]}),
        "ed_ok": frozenset(roles["np_adjectives_ed"]),
        "breaks": frozenset(roles["np_breaks"]),
        "pre_count": frozenset(roles["pre_count_words"]) | frozenset(roles["determiners"]),
        "named_after": frozenset(roles["named_after_heads"]),
        "times": frozenset(dates["months"]) | frozenset(dates["weekdays"]) | _TIME_NOUNS,
        "saint_words": frozenset(roles["saint_words"]),
        "target_premises": frozenset(roles["target_premises"]),
        "owned_bodies": frozenset(roles["owned_bodies"]),
    }


def _actor_words(roles: dict) -> dict:
    """What tells an attacker from the people, forces and craft around it, and what it does instead of attacking."""
    return {
        "subject_heads": frozenset(roles["subject_attacker_heads"]),
        # seizing is no attack either: one home for those words, read by both sets
        "agent_not_attack": frozenset(roles["agent_not_attack"]) | frozenset(roles["agent_seizes"]),
        "agent_seizes": frozenset(roles["agent_seizes"]),
        "attire_links": frozenset(roles["attire_links"]),
        "ride_links": frozenset(roles["ride_links"]) | frozenset(roles["attire_links"]),
        "attire_nouns": frozenset(roles["attire_nouns"]),
        "military_ranks": frozenset(roles["military_ranks"]),
        "subject_verbs": frozenset(roles["subject_attacker_verbs"]),
        "subject_infinitives": frozenset(roles["subject_attacker_infinitives"]),
        "stance_verbs": frozenset(roles["stance_verbs"]),
        "perp_counterparts": frozenset(roles["perp_counterparts"]),
        "vehicle_heads": frozenset(roles["vehicle_heads"]),
        "organisation_words": frozenset(roles["organisation_words"]),
        "forces_men": frozenset(roles["forces_men"]),
        "combat_objects": frozenset(roles["combat_objects"]),
        "ambushed_things": frozenset(roles["ambushed_things"]),
        "organisation_members": frozenset(roles["organisation_members"]) | frozenset(roles["vehicle_heads"]),
        # the people an attack is pinned on, in one word: "the gunmen/suspects/killers were identified as X"
        "suspects": frozenset(w for w in roles["perp_doers"] + roles["suspect_nouns"] if " " not in w),
        "perp_object_verbs": frozenset(roles["perp_object_verbs"]),
    }


def _names_stop(roles: dict) -> frozenset[str]:
    """Words that are never part of a person's name: breaks, frequent words, titles, nouns of victims, things and
    attackers, months and weekdays."""
    dates = lexicon().dates
    return frozenset(roles["np_breaks"]) | lexicon().stopwords | frozenset(roles["titles"]) \
        | frozenset(roles["victim_nouns"]) | frozenset(roles["target_heads"]) | frozenset(roles["perp_nouns"]) \
        | frozenset(roles["perp_needs_modifier"]) | frozenset(dates["months"]) | frozenset(dates["weekdays"])


def _phrase_index(table: dict[str, str]) -> dict[str, tuple[tuple[int, ...], dict[tuple[str, ...], str]]]:
    """First word -> (phrase lengths, longest first; {words: value})."""
    index: dict[str, tuple[list[int], dict[tuple[str, ...], str]]] = {}
    for phrase, value in table.items():
        words = tuple(phrase.split())
        lengths, phrases = index.setdefault(words[0], ([], {}))
        phrases[words] = value
        if len(words) not in lengths:
            lengths.append(len(words))
    return {first: (tuple(sorted(lengths, reverse=True)), phrases) for first, (lengths, phrases) in index.items()}


_LOW = itemgetter(2)  # Token.low


def match_at(tokens: list[Token], i: int, index: dict) -> tuple[int, str] | None:
    """(length, value) of the longest indexed phrase starting at token i."""
    entry = index.get(tokens[i].low)
    if entry is None:
        return None
    lengths, phrases = entry
    # the longest phrase's words, sliced for the others (map in C: a comprehension is a call per match)
    words = tuple(map(_LOW, tokens[i:i + lengths[0]]))
    for n in lengths:
        if n <= len(words):
            value = phrases.get(words[:n])
            if value is not None:
                return n, value
    return None


def is_word(tok: Token) -> bool:
    return tok.low[:1].isalnum()


def _counted(tok: Token) -> bool:
    return tok.low[:1].isdigit() or count_from_words([tok.low]) is not None


def noun_phrase(doc: Doc, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at i, determiners skipped; None if empty."""
    i = _phrase_start(tokens, i)
    j = _phrase_end(doc, tokens, i)
    while j > i and (tokens[j - 1].low in _DANGLING or (j - i > 1 and tokens[j - 1].low in _AFTER_HEAD)):
        j -= 1  # "BRANCH OF THE [STATE-...]": no dangling "of the" (nor "and" of owners cut at the word limit)
    if j > i and _verb_form(tokens[i].low) and tokens[i].low not in vocab()["ed_ok"] \
            and tokens[i].low not in lexicon().sets["target_heads"] \
            and not doc.hits_in("actor", tokens[i].start, tokens[i].start + 1):  # "building", "Shining Path"
        return None  # "destroyed some 20 food stands" starts with the verb, not the thing
    if not any(t.low.isalpha() or ("-" in t.low and not t.low.replace("-", "").isdigit()) for t in tokens[i:j]):
        return None  # "AT 1100": a clock time
    return (i, j) if j > i else None


def _phrase_start(tokens: list[Token], i: int) -> int:
    """The first token of the phrase at i, past the words that open it without naming anything ("upwards of the")."""
    skip = match_at(tokens, i, vocab()["skip_start"]) if i < len(tokens) else None
    if skip:
        i += skip[0]
    while i < len(tokens) and tokens[i].low in STRIP:
        i += 1
    return i


def _phrase_end(doc: Doc, tokens: list[Token], i: int) -> int:
    """Where the phrase starting at i ends, read word by word, before trimming its dangling last words."""
    v = vocab()
    j = i
    of_at = None
    while j < len(tokens) and (j - i < _MAX_PHRASE or _name_goes_on(tokens, i, of_at, j)):
        tok = tokens[j]
        low = tok.low
        if low == "of":
            if j > i and tokens[j - 1].low in v["of_heads"] and j + 1 < len(tokens) and is_word(tokens[j + 1]):
                of_at = j
                j += 1
                while j < len(tokens) and tokens[j].low in STRIP:
                    j += 1
                continue
            break
        # _joined reads only these words and the phrase's second: no call for most words
        joined = _joined(tokens, i, j, of_at, v) if low in _JOINERS or j == i + 1 else 0
        if joined:
            j += joined
            continue
        if low in _PHRASE_PUNCT:
            if _dash(doc, tokens, j):
                break  # "A GAS STATION -- SPECIFICALLY THE X STATION --": a dash, not a hyphen inside a name
            if j + 1 < len(tokens) and is_word(tokens[j + 1]) or j > i:
                j += 1
                continue
            break
        if _word_ends_phrase(doc, tokens, i, j, v):
            break
        if j > i and low == "dead":
            break  # "shot a police officer dead": the outcome after the object ("the dead soldiers" keep it)
        j += 1
    return j


_JOINERS = frozenset([".", "and", "to"])


def _joined(tokens: list[Token], i: int, j: int, of_at: int | None, v: dict) -> int:
    """How many tokens from j a name's initial, a modifier or a conjunction inside the phrase adds; 0 for none."""
    low = tokens[j].low
    if low == "." and middle_initial(tokens, j):
        return 1  # "EMILIANO J. PACHECO": the initial's full stop is inside the name
    if j == i + 1 and tokens[i].low.endswith("ly") and low.endswith("ed") and j + 1 < len(tokens) \
            and is_word(tokens[j + 1]) and tokens[j + 1].low not in v["breaks"]:
        return 1  # "A PRIVATELY OWNED PASSENGER BUS": an adverb opening the phrase makes the participle a modifier
    if low == "and" and j > i and _shared_head(tokens, j):
        return 2  # "THE AGRICULTURE AND LIVESTOCK MINISTRY": two modifiers of one thing
    if low == "and" and of_at is not None and _joint_owners(tokens, of_at, j):
        return 1  # "THE HOMES OF GOVERNMENT AND MUNICIPAL OFFICIALS": one thing's owners, joined
    if low == "to" and j > i and j + 1 < len(tokens) and _counted(tokens[j - 1]) and _counted(tokens[j + 1]):
        return 2  # "30 TO 40 MEN": a count given as a range is one count
    return 0


def _word_ends_phrase(doc: Doc, tokens: list[Token], i: int, j: int, v: dict) -> bool:
    """Does the word at j stop the phrase: no word, a break word, a distance or a verb?"""
    tok = tokens[j]
    low = tok.low
    if not is_word(tok) or (low in v["breaks"] and not _country_us(doc, tok)):
        return True
    if j > i and j + 1 < len(tokens) and tokens[j + 1].low in _DISTANCE_UNITS \
            and count_from_words([low]) is not None:
        return True  # "A HIGH-TENSION PYLON SIX KM FROM THE CITY": how far, not the thing's name
    # "150 SHINING PATH MEMBERS": a group's name goes on the phrase, its "-ing" no verb
    return j > i and _verb_form(low) and low not in v["ed_ok"] \
        and low not in lexicon().sets["target_heads"] and not _gerund_modifier(tokens, j) \
        and not doc.hits_in("actor", tok.start, tok.start + 1)


def _dash(doc: Doc, tokens: list[Token], j: int) -> bool:
    """Does a spaced dash ("--") at token j open an aside after a thing's head ("A GAS STATION -- SPECIFICALLY
    THE X STATION --")? A single hyphen, even spaced, joins the parts of a name ("THE CANO LIMON - COVENAS
    PIPELINE"), an unspaced dash the parts of a compound ("THE CHILEAN--U.S. INSTITUTE")."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].low != "-" or tokens[j + 1].low != "-":
        return False
    return doc.text[tokens[j].start - 1:tokens[j].start].isspace() \
        and tokens[j - 1].low in lexicon().sets["target_heads"]


def _gerund_modifier(tokens: list[Token], j: int) -> bool:
    """Is the -ing word at j a modifier of the thing named right after it ("A FRUIT EXPORTING FIRM", "TWO
    COTTON PROCESSING PLANTS"), not a verb ("GUERRILLAS ATTACKING X")? A thing's head follows it."""
    return tokens[j].low.endswith("ing") and j + 1 < len(tokens) \
        and tokens[j + 1].low in lexicon().sets["target_heads"]


def _name_goes_on(tokens: list[Token], i: int, of_at: int | None, j: int) -> bool:
    """Past the phrase's word limit, does token j still belong to the name of a thing's owner, told after a
    title ("THE POLITICAL OFFICE OF SOCIAL CONSERVATIVE COUNCILMAN X Y Z")? A name is a few bare words."""
    if of_at is None or j - i >= _MAX_PHRASE + _NAME_TAIL or not is_word(tokens[j]):
        return False
    titles = lexicon().sets["titles"]
    return tokens[j].low not in vocab()["names_stop"] and any(t.low in titles for t in tokens[of_at + 1:j])


_NAME_TAIL = 3


def _joint_owners(tokens: list[Token], of_at: int, j: int) -> bool:
    """Does "and" at j join a second owner of the thing named before "of" at of_at ("THE HOMES OF GOVERNMENT
    AND MUNICIPAL OFFICIALS", "THE HOUSES OF THE MAYOR AND COUNCILMAN X")? Only a thing's owners join: the
    word after "and" is bare (no article, count or pronoun: "THE WIFE OF THE MAYOR AND HIS SON" are two
    people) and people, no thing, head the words after it."""
    sets = lexicon().sets
    if tokens[of_at - 1].low not in sets["target_heads"] or j + 1 >= len(tokens) or not is_word(tokens[j + 1]):
        return False
    after = tokens[j + 1].low
    if after in STRIP or after in _OWNER_PRONOUNS or count_from_words([after]) is not None or _verb_form(after):
        return False
    ahead = [t.low for t in tokens[j + 1:j + 4] if is_word(t)]
    return not any(w in sets["target_heads"] for w in ahead) and \
        any(w in sets["victim_nouns"] or w in sets["titles"] for w in ahead)


_OWNER_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "him", "them", "other", "another"])


def gloss_start(tokens: list[Token], close: int, reach: int, words_only: bool = False) -> int | None:
    """Index of the bracket opening a gloss that closes at ``close``, at most ``reach`` tokens back, with a word
    right before it ("THE (CBS) NETWORK", "THE [FMLN] COMMAND", "PATRIOTIC UNION [UP]"); None for a header
    ("-- [TEXT]"), no opener, or with words_only a gloss holding anything but words."""
    opener = "(" if tokens[close].low == ")" else "["
    for n in range(close - 1, max(0, close - reach - 1), -1):
        if tokens[n].low == opener:
            return n if is_word(tokens[n - 1]) else None
        if words_only and not is_word(tokens[n]):
            return None
    return None


_GLOSS_MAX = 4  # a gloss inside a noun phrase: a name or an acronym


def _shared_head(tokens: list[Token], j: int) -> bool:
    """Does "and" at j join two modifiers of one thing ("STATE AND PRIVATE BANK OFFICES", "THE POPULAR AND
    OCCIDENTE BANKS")? The word before it names no thing or person, the one after is a bare word, and a
    target head follows it within two words."""
    sets = lexicon().sets
    before = tokens[j - 1].low
    if not is_word(tokens[j - 1]) or before in sets["target_heads"] or before in sets["victim_nouns"] \
            or before in vocab()["breaks"] or before in STRIP or count_from_words([before]) is not None \
            or _verb_form(before) and before not in vocab()["ed_ok"]:
        return False  # "A BANK WAS DESTROYED AND FIVE HOUSES DAMAGED": a verb, then a second thing
    after = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if j + 2 >= len(tokens) or not is_word(tokens[j + 1]) or after in vocab()["names_stop"] \
            or count_from_words([after]) is not None or _verb_form(after):
        return False
    return any(t.low in sets["target_heads"] for t in tokens[j + 2:j + 4])


# "Iran-backed", "al Qaeda-linked": the name before the hyphen is another party, its sponsor or ally
SPONSORED = ("-backed", "-linked", "-allied", "-aligned", "-affiliated", "-inspired", "-sponsored")


def _verb_form(low: str) -> bool:
    """"destroyed", "burning"; not a hyphenated adjective ("Greek-owned", "Iran-backed", "US-led")."""
    return (low.endswith("ed") or low.endswith("ing")) and "-" not in low


def _country_us(doc: Doc, tok: Token) -> bool:
    """"US" in mixed-case text is the country, not the pronoun."""
    return tok.low == "us" and not doc.caps and doc.text[tok.start:tok.end] == "US"


def middle_initial(tokens: list[Token], n: int) -> bool:
    """Is the full stop at token n that of a middle initial ("EMILIANO J. PACHECO", "John F. Kennedy")? One letter
    after a known given name, a word after it: no sentence ends there."""
    return 2 <= n < len(tokens) - 1 and tokens[n].low == "." and len(tokens[n - 1].low) == 1 \
        and tokens[n - 1].low.isalpha() and tokens[n - 2].low in lexicon().sets["first_names"] \
        and tokens[n + 1].low.isalpha()


def titles_before(tokens: list[Token], first: int, most: int | None = None) -> int:
    """Where the titles and ranks right before the name at tokens[first] start, at most `most` of them."""
    titles = lexicon().sets["titles"]
    floor = 0 if most is None else max(0, first - most)
    while first > floor and tokens[first - 1].low in titles:
        first -= 1
    return first


def person_name(doc: Doc, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Token range of a person's name inside tokens[i:j]: from a known first name, else after a title."""
    stop = vocab()["names_stop"]
    found = _from_given_name(doc, tokens, i, j, stop) or _after_title(doc, tokens, i, j, stop)
    if found is not None:
        return found
    return None if doc.caps else _capitalised_name(doc, tokens, i, j, stop)


def _from_given_name(doc: Doc, tokens: list[Token], i: int, j: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The first name of two words or more that starts with a known given name, not one a thing is named after."""
    first_names = lexicon().sets["first_names"]
    skip_to = i
    for k in range(i, j):
        if k < skip_to or tokens[k].low not in first_names or not _name_token(doc, tokens[k], stop, True):
            continue
        end = _given_name_end(doc, tokens, k, j, stop)
        if end - k >= 2:
            if end < j and tokens[end].low in _SUFFIXES:
                end += 1
            if _named_after(tokens, k, end):
                skip_to = end
                continue
            return _unknown_given_name(doc, tokens, i, k, stop), end
    return None


def _given_name_end(doc: Doc, tokens: list[Token], k: int, j: int, stop: frozenset[str]) -> int:
    """Where the name opened by the given name at k ends: name words, initials and particles, six tokens at most."""
    end = k + 1
    while end < j and end - k < 6:
        if end + 2 < j and middle_initial(tokens, end + 1):
            end += 2  # "EMILIANO J. PACHECO": the initial and its full stop
            continue
        if _name_token(doc, tokens[end], stop, False, _at(tokens, end + 1, j)):
            end += 1
            continue
        particle = _particle(doc, tokens, end, j, stop)
        if not particle:
            break
        end += particle
    return end


def _after_title(doc: Doc, tokens: list[Token], i: int, j: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The name after a title or rank ("SENATOR X Y"), or the given name after a relation ("HIS SON FREDDY"),
    whichever comes first."""
    sets = lexicon().sets
    k = i
    while k < j:
        titled = _title_length(tokens, k, j, sets["titles"])
        if titled:
            k += titled
            while k < j and (tokens[k].low in sets["titles"] or tokens[k].low in (".", "former", "retired")):
                k += 1
            end = _name_words_end(doc, tokens, k, min(j, k + 4), j, stop)
            if end > k and not _named_after(tokens, k, end) and not (end - k == 1 and _no_surname(doc, tokens[k])):
                return k, end
            continue
        if tokens[k].low in sets["kin_nouns"] and k > i and tokens[k - 1].low in KIN_OWNERS and k + 1 < j \
                and tokens[k + 1].low in sets["first_names"] and _name_token(doc, tokens[k + 1], stop, True):
            # "HIS SON FREDDY", "HER DAUGHTER MARISELA": a relation, then a given name the text calls the person by
            return k + 1, _name_words_end(doc, tokens, k + 2, min(j, k + 5), j, stop)
        k += 1
    return None


def _title_length(tokens: list[Token], k: int, j: int, titles: frozenset[str]) -> int:
    """How many tokens the title at k takes ("GENERAL", "VICE PRESIDENT", "LIEUTENANTS"); 0 for no title."""
    low = tokens[k].low
    two = f"{low} {tokens[k + 1].low}" if k + 1 < j else ""
    if two in titles:
        return 2
    return 1 if low in titles or plural_rank(low) else 0


def _name_words_end(doc: Doc, tokens: list[Token], end: int, cap: int, j: int, stop: frozenset[str]) -> int:
    """Where the name words from end on stop, at cap at the latest (j ends the window the name is read in)."""
    while end < cap and _name_token(doc, tokens[end], stop, False, _at(tokens, end + 1, j)):
        end += 1
    return end


KIN_OWNERS = frozenset(["his", "her", "their"])


def plural_rank(low: str) -> bool:
    """"LIEUTENANTS A AND B", "SERGEANTS": a military rank in the plural, before the names it applies to each."""
    return low.endswith("s") and low[:-1] in vocab()["military_ranks"]


def _no_surname(doc: Doc, tok: Token) -> bool:
    """A word after a title that names no one on its own: a frequent word ("THE GENERAL STAFF", "SECOND IN
    COMMAND") or a nationality ("FORMER COLOMBIAN AMBASSADOR", "THE GUATEMALAN PRESIDENT")."""
    if tok.low in lexicon().sets["common_words"]:
        return True
    places = lexicon().places
    return any(places[i].kind == "demonym" for h in doc.hits_in("place", tok.start, tok.end) for i in h.payload)


def _capitalised_name(doc: Doc, tokens: list[Token], i: int, j: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """Mixed case only: two to four capitalised words that are no dictionary place, group or common word
    ("Ahmed Yusuf Abdi"): in mixed-case news capitals mark names the given-name list cannot know."""
    k = i
    while k < j:
        end = k
        while end < j and end - k < 4 and _proper_word(doc, tokens[end], stop):
            end += 1
        if end - k >= 2 and tokens[k].low not in lexicon().sets["common_words"] \
                and not (k > 0 and tokens[k - 1].low == "the") and not _named_after(tokens, k, end) \
                and not any(doc.hits_in(kind, tokens[k].start, tokens[end - 1].end) for kind in ("place", "actor")):
            return k, end
        k = max(end, k + 1)
    return None


def _proper_word(doc: Doc, tok: Token, stop: frozenset[str]) -> bool:
    """A capitalised word with lower-case letters after the first ("Yusuf", not "US" or "said")."""
    word = doc.text[tok.start:tok.end]
    if _article_prefixed(doc, tok):
        word = word[3:]  # "al-Saidi": the name after the article
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and tok.low not in stop


def _named_after(tokens: list[Token], k: int, end: int) -> bool:
    """Is the name at tokens[k:end] part of a place or body named after a person ("SAN IGNACIO DE LOYOLA
    SCHOOL", "THE JOSE MARIA CORDOBA AIRPORT", "THE JOHN DOE GANG")?"""
    v = vocab()
    if k > 0 and tokens[k - 1].low in v["saint_words"]:
        return True
    n = end + 1 if end < len(tokens) and tokens[end].low in _PHRASE_PUNCT else end  # '"X" COMMITTEE'
    for _ in range(_NAMED_AFTER_GAP):  # "THE JOSE MARIA CORDOBA INTERNATIONAL AIRPORT": a word or two between
        if n + 1 >= len(tokens) or tokens[n].low in v["named_after"] or not tokens[n].low.isalpha() \
                or tokens[n].low in lexicon().stopwords:
            break
        n += 1
    return n < len(tokens) and tokens[n].low in v["named_after"]


_NAMED_AFTER_GAP = 2


def _unknown_given_name(doc: Doc, tokens: list[Token], i: int, k: int, stop: frozenset[str]) -> int:
    """Start of a name found from a known given name at k that may follow an unknown one: "COLONEL
    WALDEMAR FRANKLIN QUINTERO" starts at WALDEMAR (one rare capitalised word right before, after a title)."""
    if k - 1 < i:
        return k
    prev = tokens[k - 1]
    sets = lexicon().sets
    rare = _name_token(doc, prev, stop, False) and prev.low not in sets["common_words"] \
        and not prev.low.endswith("'s")
    if rare and k - 1 == i and doc.caps and k >= 2 and tokens[k - 2].low in _NAME_OPENERS \
            and prev.low not in sets["titles"] and prev.low not in sets["victim_nouns"] \
            and not prev.low.endswith(_ROLE_ENDINGS) and not doc.hits_in("place", prev.start, prev.end):
        return k - 1  # "THEY ARE X, ZEFERA MARIA LOPEZ", "CONFIRMED THAT ZEFERA MARIA LOPEZ": the phrase opens with it
    if k - 2 < 0:
        return k
    before = tokens[k - 2].low
    if rare and before in sets["titles"]:
        return k - 1
    if not doc.caps and _proper_word(doc, prev, stop) and prev.low not in lexicon().sets["common_words"] \
            and before != "the" and not doc.hits_in("place", prev.start, prev.end):
        return k - 1  # mixed case: "Abdirahman Yusuf Abdi", a capitalised given name the list lacks
    return k


# what may come right before a phrase that opens with a name: list punctuation, or "that" opening a reported
# clause ("POLICE CONFIRMED THAT ZEFERA MARIA LOPEZ, 28, DIED")
_NAME_OPENERS = frozenset([",", ";", "that"])
_ROLE_ENDINGS = ("man", "men", "ist", "ists", "ian", "ians", "ard", "ards", "ero", "eros", "ion", "ions", "er", "ers")

_PARTICLES = {"de": ("la", "los", "las"), "del": (), "da": (), "dos": (), "do": (), "van": ("der", "den"), "von": (),
              "y": ()}  # "JOAQUIN LOPEZ Y LOPEZ", "ARTURO RIVERA Y DAMAS": Spanish joins two surnames with "y"
_SUFFIXES = frozenset(["junior", "jr"])  # "AUGUSTO MOREIRA JUNIOR": part of the name


def _particle(doc: Doc, tokens: list[Token], n: int, j: int, stop: frozenset[str]) -> int:
    """Tokens of a surname particle at n followed by a name word ("MARIA DEL CARMEN", "MONICA DE GREIFF",
    "ANA DE LA CRUZ"), 0 if none: the particle belongs to the name only when a name word comes after it."""
    low = tokens[n].low
    if low not in _PARTICLES or (not doc.caps and not doc.text[tokens[n].start].islower()):
        return 0
    m = n + 1
    if m < j and tokens[m].low in _PARTICLES[low]:
        m += 1
    if m < j and _name_token(doc, tokens[m], stop, False, _at(tokens, m + 1, j)) and \
            tokens[m].low not in lexicon().sets["common_words"]:
        return m + 1 - n
    return 0


def _at(tokens: list[Token], n: int, j: int) -> Token | None:
    """The token after a name candidate: inside the window, or punctuation or a passive auxiliary right after it."""
    if n < j:
        return tokens[n]
    return tokens[n] if n < len(tokens) and (not tokens[n].low[:1].isalnum() or tokens[n].low in _PASSIVE_AUX) \
        else None


_PASSIVE_AUX = frozenset(["was", "were"])


def _name_token(doc: Doc, tok: Token, stop: frozenset[str], is_first_name: bool,
                following: Token | None = None) -> bool:
    """Can tok continue a person's name? A frequent English word only when a rarer name word follows
    ("IGNACIO MARTIN BARO"), so that "SANTAMARIA MONTOYA CONTINUES LYING" stops before "CONTINUES"."""
    if not tok.low.replace("'", "").replace("-", "").isalpha():
        return False
    if not doc.caps and not doc.text[tok.start].isupper() and not _article_prefixed(doc, tok):
        return False
    if is_first_name:
        return True
    low = tok.low[:-2] if tok.low.endswith("'s") else tok.low
    if low in stop:
        return False
    sets = lexicon().sets
    if low not in sets["common_words"] or low in sets["first_names"]:
        return True
    if not doc.caps and doc.text[tok.start + 1:tok.end].islower():
        return True  # mixed case: a capitalised word after a name word ("Pablo Smith and a nun") is no common noun
    if following is None or not following.low.isalpha():
        # "GEORGE BUSH,", "RAMIRO CASTILLO LOVE.": a frequent noun can end a name before punctuation
        return following is not None and following.low in (",", ".", ";", "(", "[") \
            and (_noun_like(low) or _surname_in_s(low))
    nxt = following.low
    if nxt in _PASSIVE_AUX:
        # "BANKER RAMIRO CASTILLO LOVE WAS MURDERED": a noun right before the verb ends the name, unless it is a
        # body named after the person ("THE JOHN DOE GANG WAS ...")
        return _noun_like(low) and low not in vocab()["named_after"]
    return nxt not in stop and (nxt not in sets["common_words"] or nxt in sets["first_names"])


def _article_prefixed(doc: Doc, tok: Token) -> bool:
    """A surname with an Arabic article in mixed case ("al-Saidi", "el-Sisi"): lower case, yet a name word."""
    word = doc.text[tok.start:tok.end]
    return word[:3] in ("al-", "el-") and word[3:4].isupper()


_INTRODUCERS = (("named",), ("called",), ("known", "as"), ("identified", "as"), ("identified", "only", "as"))
INTRODUCER_STARTS = frozenset(w[0] for w in _INTRODUCERS)


def names_introduced(doc: Doc, tokens: list[Token], k: int, identified: bool = False) -> list[tuple[int, int]]:
    """Names a person noun ending before token k is given ("A GUARD NAMED X", "A MINOR KNOWN AS X", "TWO
    ACTIVISTS IDENTIFIED ONLY AS X AND Y", "X, WHO WAS IDENTIFIED BY THE POLICE AS Y"): there a lone word is a
    name too, the writer says so. ``identified``: the noun is the object of "identified" ("POLICE IDENTIFIED
    THE STUDENT AS X"), so a bare "as" introduces its name."""
    n = k + 1 if k < len(tokens) and tokens[k].low == "reportedly" else k
    if identified and n < len(tokens) and tokens[n].low == "as":
        n += 1
    elif n < len(tokens) and tokens[n].low == ",":
        n = _identified_relative(tokens, n + 1)
        if n is None:
            return []
    elif n >= len(tokens) or tokens[n].low not in INTRODUCER_STARTS:
        return []  # most nouns: no introducer follows, no tuples to build
    else:
        intro = next((w for w in _INTRODUCERS if tuple(t.low for t in tokens[n:n + len(w)]) == w), None)
        if intro is None:
            return []
        n += len(intro)
    stop = vocab()["names_stop"]
    out: list[tuple[int, int]] = []
    while n < len(tokens) and _name_token(doc, tokens[n], stop, False):
        end = n + 1
        while end < len(tokens) and end - n < 4 and _name_token(doc, tokens[end], stop, False, _at(tokens, end + 1,
                                                                                                  len(tokens))):
            end += 1
        if out and end < len(tokens) and tokens[end].low not in _NAME_LIST_ENDS:
            break  # "X, PRESUMABLY A GERMAN": after the first name only whole items of a list are names
        out.append((n, end))
        if end + 2 < len(tokens) and tokens[end].low == "," and tokens[end + 1].low.isdigit():
            end += 2  # "X, 38, AND Y, 42": an age after each name
        if end + 1 < len(tokens) and tokens[end].low in ("and", ","):
            n = end + 2 if tokens[end].low == "," and tokens[end + 1].low == "and" else end + 1
            continue
        break
    return out


_NAME_LIST_ENDS = frozenset([",", "and", ".", ";", "(", "[", "--"])


def _identified_relative(tokens: list[Token], n: int) -> int | None:
    """Index after "WHO HAS BEEN IDENTIFIED [BY THE RED CROSS] AS" starting at token n, None if it is not there:
    a relative clause that gives the name of the person noun before its comma."""
    if n >= len(tokens) or tokens[n].low not in ("who", "whom"):
        return None
    m = n + 1
    while m < len(tokens) and tokens[m].low in _RELATIVE_AUX:
        m += 1
    if m == n + 1 or m >= len(tokens) or tokens[m].low != "identified":
        return None
    m += 1
    if m < len(tokens) and tokens[m].low == "by":
        end = min(len(tokens), m + _IDENTIFIER_REACH)
        m = next((x for x in range(m + 1, end) if tokens[x].low == "as" or not is_word(tokens[x])), end)
    return m + 1 if m < len(tokens) and tokens[m].low == "as" else None


_RELATIVE_AUX = frozenset(["has", "have", "had", "been", "was", "were", "is", "are"])
_IDENTIFIER_REACH = 7  # "BY THE SALVADORAN RED CROSS": who identified the person, before "as"


def s_plural(word: str) -> bool:
    """Is a lower-case noun plural by its ending ("embassies", "markets"), not a singular in "ss" or "us" ("business",
    "bus")?"""
    return word.endswith("s") and not word.endswith(("ss", "us"))


def _surname_in_s(low: str) -> bool:
    """"LUIS SALES.", "JOHN JONES [": a frequent word in s that names no kind of person ends a name too."""
    return len(low) >= 4 and low.endswith("s") and not low.endswith(("ss", "ies")) \
        and low not in lexicon().sets["victim_nouns"] and low not in lexicon().sets["kin_nouns"]


def _noun_like(low: str) -> bool:
    return len(low) >= 3 and not low.endswith(("s", "ed", "ing", "ly"))


def phrase_before(tokens: list[Token], k: int, subject: bool = False) -> tuple[int, int] | None:
    """Noun phrase ending just before token k (the subject of a passive verb). ``subject``: read as the
    subject of a passive, which a verb form ends ("A REPORT INDICATED TWO HELICOPTERS WERE HIT") and a short
    bracketed gloss does not ("A TECHNICIAN OF THE (CBS) NETWORK WAS KILLED")."""
    i = _past_qualifiers(tokens, _opening_before(tokens, k, subject), k)
    return (i, k) if k > i else None


def _opening_before(tokens: list[Token], j: int, subject: bool) -> int:
    """Where the phrase ending before token j opens, read backwards word by word within a reach of a few words."""
    v = vocab()
    i = j
    reach = 6
    while i > 0:
        if j - i >= reach:
            if tokens[i].low != "of":
                break
            reach += 3  # "THE VEHICLE OF MEXICAN TELEVISION NEWSMAN X WAS DESTROYED": no phrase opens at "of"
        low = tokens[i - 1].low
        if low == "and" and i > 1 and _shared_head(tokens, i - 1):
            i -= 1  # "THE AGRICULTURE AND LIVESTOCK MINISTRY WAS DAMAGED": one thing, "AND" no break
            reach += 2
            continue
        gloss = gloss_start(tokens, i - 1, _GLOSS_MAX, True) if subject and low in (")", "]") else None
        if gloss is not None:
            reach += i - gloss  # "A TECHNICIAN OF THE (CBS) NETWORK WAS KILLED": a gloss inside the phrase
            i = gloss
            continue
        if not is_word(tokens[i - 1]) or low in v["breaks"] and low != "of" or low in v["times"]:
            break  # "THE NEXT DAY DAS FACILITIES WERE ATTACKED": the date is no part of the subject
        if low in STRIP and j > i and (i < 2 or tokens[i - 2].low != "of" and tokens[i - 2].low not in STRIP):
            break  # "DURING THE ATTACK THE OFFICE WAS SET ON FIRE": a determiner not after "of" (nor after
            # another: "OF THE SAME GAS STATION") opens the phrase
        if subject and j - i >= 1 and _verb_form(low) and low not in v["ed_ok"] \
                and low not in lexicon().sets["target_heads"] and i > 1 and tokens[i - 2].low not in STRIP:
            break  # "A REPORT INDICATED TWO HELICOPTERS WERE HIT": the verb before the subject ends it
        if subject and _count_opens(tokens, i, j):
            break  # "AS A RESULT OF THE ATTACK 5 SOLDIERS WERE KILLED": a fronted adjunct without its comma
        i -= 1
    return i


def _past_qualifiers(tokens: list[Token], i: int, j: int) -> int:
    """The phrase's first token past its determiners and the qualifiers of a count before the noun."""
    while i < j and tokens[i].low in STRIP:
        i += 1
    qualifiers = _qualifier_words()
    while i < j - 1 and tokens[i].low in qualifiers and (
            tokens[i + 1].low in qualifiers or count_from_words([tokens[i + 1].low]) is not None):
        i += 1  # "(at) least 30 people", "nearly two dozen people": the shortest phrase is the count and noun
    return i


def _count_opens(tokens: list[Token], i: int, j: int) -> bool:
    """Does the count at token i open a phrase of people ending before j, the word before it being none that
    stands before a count inside a noun phrase (a determiner, a possessive, "of", "other", "at least")? In English
    only such words precede a cardinal in its phrase: a noun there ends another phrase ("THE ATTACK 5 SOLDIERS")."""
    if j - i < 2 or tokens[j - 1].low not in lexicon().sets["victim_nouns"]:
        return False
    if count_from_words([tokens[i].low]) is None or not tokens[i - 1].low.isalpha():
        return False
    before = tokens[i - 1].low
    return before not in STRIP and before not in _qualifier_words() and before not in vocab()["pre_count"] \
        and not before.endswith("'s") and count_from_words([before]) is None


@functools.cache
def _qualifier_words() -> frozenset[str]:
    """The words of the count qualifiers ("at least", "more than", "nearly")."""
    return frozenset(w for phrase in lexicon().numbers["qualifiers"] for w in phrase.split())
