"""Article-level consistency of the incidents' fillers: one name per entity, victims as people named."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable

from streams.extract.document import Doc, token_start
from streams.extract.numbers import count_from_words
from streams.extract.phrases import alias_length, person_name, trimmed, vocab
from streams.extract.resources import lexicon
from streams.extract.thresholds import DESCRIBED_VICTIMS, FULLER_NAMES_MAX

_MENTIONS_READ = 12  # occurrences of a short name looked at for its full form (digests repeat names often)
_NAME_LEAD = 4  # words a full name may have before the short one ("OSCAR ARNULFO" + "ROMERO")


def fuller_victim_names(doc: Doc, incidents: list[dict]) -> None:
    """A named victim written short where the incident tells it ("GALAN", "LIBERTO GUTIERREZ") takes the one
    fuller form of that name the article gives elsewhere ("LUIS CARLOS GALAN", "LIBERTO GUTIERREZ MARQUEZ"):
    the shortest phrase that names the person is the whole name. Two different fuller names ("ALAN GARCIA",
    "MARIO GARCIA") leave it as written."""
    named = [victim for inc in incidents for victim in inc["victims"] if victim["_named"]]
    for victim in named[:FULLER_NAMES_MAX]:
        fuller = _fuller_name(doc, victim["start"], victim["end"])
        if fuller:
            victim.update(doc.span(*fuller))


def titled_names(doc: Doc, incidents: list[dict]) -> None:
    """A victim told by a title ("THE COLOMBIAN SENATOR", "THE MAYOR OF A SMALL TOWN") is the one person the
    article names with that title ("SENATOR LUIS CARLOS GALAN", "MAYOR X"): the name, the shortest phrase that
    names the person, is kept; with no such person, or several, the description stays."""
    titles = lexicon().sets["titles"]
    for inc in incidents:
        for victim in inc["victims"]:
            words = doc.low[victim["start"]:victim["end"]].split()
            head = next((w for w in words if w in titles), None)
            if victim["_named"] or head is None or words[words.index(head) + 1:][:1] not in ([], ["of"]):
                continue  # the title heads the description ("THE SENATOR", "THE MAYOR OF A TOWN")
            names = _names_after_title(doc, head)
            if len(names) == 1:
                victim.update(doc.span(*next(iter(names.values()))))
                victim["_named"] = True


def _names_after_title(doc: Doc, title: str) -> dict[str, tuple[int, int]]:
    """The distinct people the article names right after ``title`` ("SENATOR X"), by name, with a span of each."""
    out: dict[str, tuple[int, int]] = {}
    at = doc.low.find(title)
    for _ in range(_MENTIONS_READ):
        if at < 0:
            break
        end = at + len(title)
        if (at == 0 or not doc.low[at - 1].isalnum()) and end < len(doc.low) and doc.low[end].isspace():
            tokens = doc.tokens(doc.sentence_of(at))
            k = bisect_left(tokens, at, key=token_start)
            rng = person_name(doc, tokens, k, min(len(tokens), k + _TITLED_REACH)) if k < len(tokens) else None
            if rng and rng[0] == k + 1 and not _verb_form_word(tokens[rng[0]].low):
                span = trimmed(doc, tokens[rng[0]].start, tokens[rng[1] - 1].end)
                out.setdefault(" ".join(doc.low[span.start:span.end].split()), (span.start, span.end))
        at = doc.low.find(title, at + 1)
    return out


_TITLED_REACH = 6  # the title and a name of up to five words


def _verb_form_word(low: str) -> bool:
    """"MINISTER SURNAMED X", "DEPUTY ELECTED IN": a participle after the title, no given name."""
    return low.endswith(("ed", "ing")) and low not in lexicon().sets["first_names"]


def drop_aliases(doc: Doc, incidents: list[dict]) -> None:
    """A named victim the article gives as another victim's alias ("MANUEL RUGAMA, KNOWN AS COMMANDER
    AURELIANO ... AURELIANO WAS ASSASSINATED") is that person again, not a second one: dropped."""
    named = [v for inc in incidents for v in inc["victims"] if v["_named"]][:FULLER_NAMES_MAX]
    if len(named) < 2:
        return
    names = {_plain(v["text"]) for v in named}
    text = " ".join(doc.low.split())  # wire copy breaks lines anywhere
    aliases = {name for name in names if _alias_of_another(text, name, names - {name})}
    for inc in incidents:
        inc["victims"] = [v for v in inc["victims"] if _plain(v["text"]) not in aliases]


def _alias_of_another(text: str, name: str, others: set[str]) -> bool:
    """Is ``name`` written in the article ``text`` right after one of ``others`` and an alias word ("X, ALSO
    KNOWN AS [COMMANDER] NAME", "X, ALIAS NAME")? A noun before the alias word ("A MINOR KNOWN AS NAME") makes
    it a name, not an alias."""
    titles = lexicon().sets["titles"]
    at = text.find(name)
    for _ in range(_MENTIONS_READ):
        if at < 0:
            return False
        before = text[max(0, at - _ALIAS_REACH):at].replace('"', " ").replace(",", " ").split()
        if before and before[-1] in titles:
            before = before[:-1]  # "KNOWN AS COMMANDER X"
        cut = next((k for k in (3, 2, 1) if alias_length(before[-k:]) == k), 0)  # the longest alias phrase
        if cut:
            before = before[:-cut]
            if any(" ".join(before).endswith(other) for other in others):
                return True
        at = text.find(name, at + 1)
    return False


_ALIAS_REACH = 80  # the aliased name, the alias words and a title before the alias
def _fuller_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    words = doc.low[start:end].split()
    found: dict[str, tuple[int, int]] = {}
    # the name may break across lines anywhere it is written ("DELGADO\nPARKER")
    for n, m in enumerate(re.finditer(r"\s+".join(map(re.escape, words)), doc.low)):
        if n == _MENTIONS_READ:
            break
        rng = _name_around(doc, m.start(), m.end())
        if rng and len(doc.low[rng[0]:rng[1]].split()) > len(words):
            found.setdefault(" ".join(doc.low[rng[0]:rng[1]].split()), rng)
    if not found:
        return None
    longest = max(found, key=len)
    if any(not set(name.split()) <= set(longest.split()) for name in found):
        return None  # two people share the short name
    return found[longest]


def _name_around(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the person's name that holds the words at [start, end), if one does."""
    tokens = doc.tokens(doc.sentence_of(start))
    i = bisect_left(tokens, start, key=token_start)
    j = bisect_left(tokens, end, key=token_start)
    if i >= len(tokens) or tokens[i].start != start or tokens[j - 1].end not in (end, end + 2):
        return None  # inside a word ("ROMERO" in "ROMEROS")
    for a in range(max(0, i - _NAME_LEAD), i + 1):
        rng = person_name(doc, tokens, a, min(len(tokens), j + _NAME_LEAD))
        if rng and rng[0] <= i and rng[1] >= j:
            stop = j
            while stop < rng[1] and not tokens[stop - 1].low.endswith("'s") and _surname_like(tokens[stop].low):
                stop += 1  # "GUTIERREZ MARQUEZ", not "ROMERO'S MURDER" or "MERINO ESCAPED"
            span = trimmed(doc, tokens[rng[0]].start, tokens[stop - 1].end)
            return span.start, span.end
    return None


def _surname_like(low: str) -> bool:
    """A word that can go on a name after the words already read: no frequent word, no verb form."""
    return low not in lexicon().sets["common_words"] and not low.endswith(("ed", "ing")) \
        and low not in vocab()["names_stop"]



def settle_victims(incidents: list[dict]) -> None:
    """Victims are the people named. A description ("three peasants") is kept only under the
    DESCRIBED_VICTIMS policy, and then only for a counted group in an article that names no one;
    its count feeds killed/wounded either way."""
    any_named = any(v["_named"] for inc in incidents for v in inc["victims"])
    for inc in incidents:
        victims = _groups_once(_told_before(inc["victims"]))
        inc["victims"] = [{k: v[k] for k in ("text", "start", "end")} for v in victims
                          if v["_named"] or (DESCRIBED_VICTIMS and not any_named and v["_count"] is not None)]


def _told_before(victims: list[dict]) -> list[dict]:
    """"A drone struck a car carrying two commanders, killing both men": "both" refers back to people the incident
    already told, and names no one else."""
    if len(victims) < 2:
        return victims
    return [v for v in victims if v["_named"] or v["text"].lower().split()[:1] != ["both"]]


def _groups_once(victims: list[dict]) -> list[dict]:
    """"Two policemen were killed ... the 2 policemen": one incident's described group told again, with the
    same count, head noun and fate, is the same people: the first telling is kept."""
    seen: set[tuple] = set()
    kept = []
    for v in victims:
        words = v["text"].lower().split()
        key = (v["_count"], v["_effect"], words[-1] if words else "")
        if not v["_named"] and v["_count"] is not None and key in seen:
            continue
        seen.add(key)
        kept.append(v)
    return kept


def things_told_again(doc: Doc, incidents: list[dict]) -> None:
    """"A BOMB DAMAGED THE CAR DEALERSHIP ... THE BUILDING CAUGHT FIRE": after an incident's first target, "the"
    + a word that only classes a thing (roles.json target_hypernyms) refers back to a thing already named, so
    it is that target again, not a second one, and is dropped; so is a bare noun after a demonstrative ("THIS
    OFFICE"), which points back to a thing told before, wherever it stands: it names nothing."""
    hypernyms = lexicon().sets["target_hypernyms"]
    for inc in incidents:
        inc["targets"] = [t for t in inc["targets"] if not _demonstrative(doc, t)]
        if len(inc["targets"]) < 2:
            continue
        first = min(t["start"] for t in inc["targets"])
        inc["targets"] = [t for t in inc["targets"]
                          if t["start"] == first or not _definite_hypernym(doc, t, hypernyms)]
        inc["targets"] = _without_site_synonyms(doc, inc["targets"])


def _without_site_synonyms(doc: Doc, targets: list[dict]) -> list[dict]:
    """"stormed the military camp ... the army base": a definite common-noun target whose head shares a class of
    roles.json site_synonyms with an earlier target's head, and names no other word of its own (no proper name),
    is that place told again."""
    classes = _site_class()
    kept: list[dict] = []
    for t in sorted(targets, key=lambda x: x["start"]):
        head = _plain(t["text"]).split()[-1]
        told = {classes.get(_plain(k["text"]).split()[-1]) for k in kept}
        if head in classes and classes[head] in told and _word_before(doc, t) == ["the"] and t["text"].islower() \
                and not _PLACE_NAMED_AFTER.match(doc.text, t["end"]):
            continue
        kept.append(t)
    return [t for t in targets if any(t is k for k in kept)]


_PLACE_NAMED_AFTER = re.compile(r"\s+(?:at|in|of|near|outside)\s+(?:the\s+)?[A-Z]")  # "the army base at Kidal"


@functools.cache
def _site_class() -> dict[str, int]:
    """Each head noun of roles.json site_synonyms -> the number of its class."""
    return {word: n for n, words in enumerate(lexicon().roles["site_synonyms"]) for word in words}


def _demonstrative(doc: Doc, span: dict) -> bool:
    """"THIS OFFICE", "THESE PLANES", "THIS AMBUSHED TRUCK": a bare noun after a demonstrative (and at most one
    word) points back to a thing the article told before, not to a new one; "that" only before a singular
    ("SAID THAT BUSES WERE BURNED" is a clause)."""
    words = doc.low[span["start"]:span["end"]].split()
    before = doc.low[max(0, span["start"] - _DETERMINER_REACH - 8):span["start"]].split()[-2:]
    if len(words) != 1 or not before:
        return False
    pointer = before[-1] if before[-1] in _DEMONSTRATIVES else (
        before[0] if len(before) == 2 and before[-1] not in _ARTICLES_AND_OF else "")  # not "SAID THAT THE X"
    return pointer in _DEMONSTRATIVES and (pointer != "that" or not words[0].endswith("s"))


_DEMONSTRATIVES = frozenset(["this", "these", "those", "that"])


def _definite_hypernym(doc: Doc, span: dict, hypernyms: frozenset[str]) -> bool:
    """Is the span "the" (and a count: "THE TWO PREMISES", the ones just told) + a bare class word ("THE
    BUILDING"), not "a building" or "the X building"?"""
    start = span["start"]
    if doc.low[start:span["end"]] not in hypernyms:
        return False
    before = doc.low[max(0, start - _DETERMINER_REACH):start].split()[-2:]
    return before[-1:] == ["the"] or (before[:1] == ["the"] and count_from_words(before[1:]) is not None)


_DETERMINER_REACH = 16  # "the" + a count word ("the seventeen ") before the class word


def _plain(text: str) -> str:
    """An entity's text as names are compared: lower case, blanks folded."""
    return " ".join(text.lower().split())


def _entity_key(text: str, field: str) -> str:
    words = text.lower().replace("'s", "").replace("guerilla", "guerrilla").split()  # one word, two spellings
    if field == "perpetrator_individuals" and len(words) > 2 and count_from_words(words[:1]) is not None:
        return " ".join(words[1:-1] + [words[-1].rstrip("s")])  # "one second lieutenant" is not "two lieutenants"
    if field == "perpetrator_individuals" and words[-1:] in (["members"], ["member"]):
        return " ".join(words[:-1] + ["member"])  # "EPL members" and "ELN members" are told apart by their group
    if field == "perpetrator_individuals" and len(words) > 1 and words[-2] in lexicon().sets["perp_kind_modifiers"]:
        return f"{words[-2]} {words[-1].rstrip('s')}"  # "urban guerrillas" are not the "guerrillas" named before
    if field == "weapons" or field == "perpetrator_individuals":
        return words[-1].rstrip("s") if words else ""
    return " ".join(words)


def one_name_per_entity(incidents: list[dict]) -> None:
    """Within an article one thing keeps one name: "bombs" beside "bomb", "GALAN" after "LUIS CARLOS GALAN",
    "guerrillas" after "urban guerrillas" are the same entity written again, and are dropped (members are told
    apart by whose they are: "EPL members", "ELN members"); so are "rebels"
    after "guerrillas" among one incident's attackers (roles.json perp_synonyms; other incidents' keys name
    their attackers apart). Attacker phrases that differ by a vague count only, bare killer nouns beside
    unidentified people and bare insurgent nouns beside a group's members are those same people again.
    Weapons are deduplicated within an incident only, so each incident keeps its own weapon types."""
    _fullest_victim_names(incidents)
    _anaphoric_doers(incidents)
    _quantified_again(incidents)
    _unidentified_doers(incidents)
    _members_named(incidents)
    _bare_heads_of_named_things(incidents)
    for field in ("weapons", "perpetrator_individuals", "targets"):
        seen: dict[str, str] = {}
        for inc in incidents:
            if field == "weapons":
                seen = {}
            kept = []
            synonyms: dict[int, str] = {}  # per class of perp_synonyms, the incident's noun of it kept first
            for item in inc[field]:
                text = _plain(item["text"])
                key = _entity_key(item["text"], field)
                match = key if key in seen else None
                if match is not None and seen[match] != text:
                    continue
                kind = _synonym_class().get(_manner_stripped(text)) if field == "perpetrator_individuals" else None
                if kind is not None:
                    if synonyms.setdefault(kind, text) != text:
                        continue  # "the guerrillas attacked ... the rebels withdrew": one incident's attackers
                seen.setdefault(key, text)
                kept.append(item)
            inc[field] = kept


def _bare_heads_of_named_things(incidents: list[dict]) -> None:
    """"THE PLANE" after "A C-123 HERCULES PLANE", "THE GARRISON" after "THE EL PARAISO GARRISON": a thing told
    again by its bare head is the thing the article named in full, and is dropped; "OTHER STRUCTURES" beside
    "STRUCTURES" are other things and keep it."""
    fuller = {words[-1] for inc in incidents for t in inc["targets"]
              if len(words := _entity_key(t["text"], "targets").split()) > 1 and words[0] not in _OTHER}
    for inc in incidents:
        inc["targets"] = [t for t in inc["targets"] if _entity_key(t["text"], "targets") not in fuller]


_OTHER = frozenset(["other", "another"])


def shorter_names_of_things(doc: Doc, incidents: list[dict]) -> None:
    """"THE EMBASSY" beside "THE HEADQUARTERS OF THE U.S. EMBASSY", "THE OIL PIPELINE" beside "THE TECA-VASCONIA
    OIL PIPELINE", "DAS" beside "THE DAS FACILITIES": a target whose words, with the same head noun, are all in
    another target of the article (roles.json target_premises, the grounds of a thing, left out) names that
    thing again, shorter, and is dropped; of two names with the same words, the one with the premises (the
    building hit, "THE FENASTRAS HEADQUARTERS", not the body "FENASTRAS") is kept. "THE HOUSE" after "THE HOME
    OF THE MAYOR" is that dwelling again (_DWELLINGS); "A HOUSE" brings in another, "TEN HOMES" a set of its own."""
    named = [(t, _thing_words(t["text"])) for inc in incidents for t in inc["targets"]]
    by_head: dict[str, list[tuple[dict, tuple[str, tuple[str, ...]]]]] = {}
    for t, more in named:
        by_head.setdefault(more[0], []).append((t, more))  # a target names again only a thing with its own head noun
    dropped = {id(t) for t, (head, words) in named
               if head and words[0] not in _OTHER and not _introduced(doc, t) and not _counted(doc, t)
               and any(_names_more(head, words, t, u, more) for u, more in by_head[head])}
    for inc in incidents:
        inc["targets"] = [t for t in inc["targets"] if id(t) not in dropped]


def appositive_things(doc: Doc, incidents: list[dict]) -> None:
    """"DYNAMITED THE CANO LIMON PIPELINE, COLOMBIA'S MAJOR OIL PIPELINE.": a target set off by a comma right after
    another one, in a clause with no conjunction after it, is that target named again, and is dropped; "BURNED
    BUSES, TRUCKS, AND CARS" is a list and keeps every item."""
    for inc in incidents:
        things = sorted(inc["targets"], key=lambda t: t["start"])
        dropped = {id(b) for a, b in zip(things, things[1:])
                   if _APPOSED.fullmatch(doc.low[a["end"]:b["start"]]) and not _list_goes_on(doc, b)}
        inc["targets"] = [t for t in inc["targets"] if id(t) not in dropped]


_APPOSED = re.compile(r", (?:the )?")
_CLAUSE_END = re.compile(r"[.;:?!]| -- |\n\n")
_CONJUNCTION = re.compile(r"\b(?:and|or|as well as|nor)\b")


def _list_goes_on(doc: Doc, span: dict) -> bool:
    """Does a conjunction follow ``span`` in its clause ("..., BUILDINGS, AND RESTAURANTS")?"""
    end = _CLAUSE_END.search(doc.low, span["end"])
    return _CONJUNCTION.search(doc.low, span["end"], end.start() if end else len(doc.low)) is not None


def _counted(doc: Doc, span: dict) -> bool:
    """"TEN HOMES WERE DAMAGED, INCLUDING THE HOMES OF X": a count before the noun tells a set of its own."""
    before = _word_before(doc, span)
    return bool(before) and count_from_words(before) is not None


def _introduced(doc: Doc, span: dict) -> bool:
    """"A HOUSE", "ANOTHER PIPELINE": an indefinite article brings in a new thing, not one named before."""
    return _word_before(doc, span) in (["a"], ["an"])


def _word_before(doc: Doc, span: dict) -> list[str]:
    """The word right before the span, as a list of at most one: its determiner or count."""
    return doc.low[max(0, span["start"] - _DETERMINER_REACH):span["start"]].split()[-1:]


def _names_more(head: str, words: tuple[str, ...], t: dict, u: dict, more: tuple[str, tuple[str, ...]]) -> bool:
    """Does target ``u`` (head and words ``more``) name the thing ``t`` names, more fully or with its premises?
    Not "OTHER STORES" beside "STORES", nor "WINDOWS AND WATER PIPES" (two things) beside "WATER PIPES"."""
    if u is t or more[0] != head or more[1][0] in _OTHER or "and" in more[1] or not set(words) <= set(more[1]):
        return False
    if set(words) < set(more[1]):
        return True
    return (-len(u["text"]), u["start"]) < (-len(t["text"]), t["start"])  # the premises ("the X headquarters")


def _thing_words(text: str) -> tuple[str, tuple[str, ...]]:
    """A target's head noun and its naming words: no article, count, possessive or premise word ("THE
    HEADQUARTERS OF THE U.S. EMBASSY" -> "embassy", ("us", "embassy"))."""
    premises = vocab()["target_premises"]
    raw = re.sub(r"[^\w\s]", "", text.lower().replace("'s", "")).split()
    of = raw.index("of") if "of" in raw else len(raw)
    keep = [_DWELLINGS.get(w, w) for w in raw
            if w not in premises and w not in _ARTICLES_AND_OF and count_from_words([w]) is None]
    before = [_DWELLINGS.get(w, w) for w in raw[:of] if _DWELLINGS.get(w, w) in keep]
    head = (before or keep or [""])[-1]
    return head, tuple(keep) or ("",)


_ARTICLES_AND_OF = frozenset(["the", "a", "an", "of"])
_DWELLINGS = {"house": "home", "residence": "home"}  # words for one dwelling: "his residence ... the house"


@functools.cache
def _synonym_class() -> dict[str, int]:
    """Each word of roles.json perp_synonyms -> the number of its class."""
    return {word: n for n, words in enumerate(lexicon().roles["perp_synonyms"]) for word in words}


def _manner_stripped(text: str) -> str:
    """An attacker phrase without the words for how they looked or were armed ("armed bandits" -> "bandits")."""
    manner = lexicon().roles["perp_manner_modifiers"]
    words = text.split()
    while len(words) > 1 and words[0] in manner:
        words.pop(0)
    return " ".join(words)


def _fullest_victim_names(incidents: list[dict]) -> None:
    """A person keeps the fullest name the article gives: "LUIS CARLOS GALAN SARMIENTO" is kept, "GALAN" and
    "LUIS CARLOS GALAN" elsewhere in the article are the same person written shorter, and are dropped."""
    names = dict.fromkeys(frozenset(_entity_key(v["text"], "victims").split())
                          for inc in incidents for v in inc["victims"])  # in the order the article names them
    by_word: dict[str, list[frozenset[str]]] = {}
    for name in sorted(names, key=len, reverse=True):  # stable: among equally long names, the first named
        for word in name:
            by_word.setdefault(word, []).append(name)  # so the first superset found is the fullest
    emitted: set[frozenset[str]] = set()
    for inc in incidents:
        kept = []
        for item in inc["victims"]:
            words = frozenset(_entity_key(item["text"], "victims").split())
            fullest = _fullest(words, by_word)
            if len(fullest) > len(words) or fullest in emitted:
                continue
            emitted.add(fullest)
            kept.append(item)
        inc["victims"] = kept


def _fullest(words: frozenset[str], by_word: dict[str, list[frozenset[str]]]) -> frozenset[str]:
    """The longest name holding every word of ``words`` (looked up under its rarest word: no quadratic scan
    over the thousands of victims of a digest article)."""
    if not words:
        return words
    candidates = min((by_word[w] for w in words), key=len)
    return next(n for n in candidates if words <= n)


def _anaphoric_doers(incidents: list[dict]) -> None:
    """"Two men opened fire on the mayor ... the attackers fled": a bare attacker noun after the article's first
    attacker phrase refers back to people already named, and is dropped (roles.json perp_anaphora)."""
    anaphora = lexicon().sets["perp_anaphora"]
    named = False
    for inc in incidents:
        kept = []
        for item in sorted(inc["perpetrator_individuals"], key=lambda x: x["start"]):
            if named and _plain(item["text"]) in anaphora:
                continue
            named = True
            kept.append(item)
        inc["perpetrator_individuals"] = kept


def _quantified_again(incidents: list[dict]) -> None:
    """"Several unidentified men opened fire ... the unidentified men fled", "at least three unidentified
    individuals ... several unidentified individuals": attacker phrases that differ only by a vague count or none
    name the same people; one that states a number or gathers them ("a group of armed men") is kept and the
    vague ones go (two numbers may be two parties, "two soldiers" and "three soldiers": both stay); among vague
    ones only, the first is kept."""
    spans = {_plain(item["text"]): _lead_and_core(item["text"])
             for inc in incidents for item in inc["perpetrator_individuals"]}
    dropped: set[str] = set()
    for core in {c for _, c in spans.values() if c}:
        same = [(text, specific) for text, (specific, c) in spans.items() if c == core]
        if len(same) < 2:
            continue
        kept = [text for text, specific in same if specific] or [same[0][0]]
        dropped.update(text for text, _ in same if text not in kept)
    for inc in incidents:
        inc["perpetrator_individuals"] = [x for x in inc["perpetrator_individuals"]
                                          if _plain(x["text"]) not in dropped]


def _lead_and_core(text: str) -> tuple[bool, str]:
    """Whether an attacker phrase's lead states a number or a body, and its words after the lead."""
    roles = lexicon().roles
    words = text.lower().replace("'s", "").split()
    specific, i = False, 0
    while i < len(words):
        lead = next((n for n in (4, 3, 2, 1) if " ".join(words[i:i + n]) in _leads()), 0)
        if lead:
            specific = specific or " ".join(words[i:i + lead]) in roles["perp_collectives"]
            i += lead
        elif count_from_words(words[i:i + 1]) is not None:
            specific, i = True, i + 1
        else:
            break
    return specific, " ".join(words[i:]) if i < len(words) else ""


@functools.cache
def _leads() -> frozenset[str]:
    """Vague counts, collectives and number qualifiers ("at least") that may lead an attacker phrase."""
    roles, numbers = lexicon().roles, lexicon().numbers
    return frozenset([*roles["perp_vague_quantifiers"], *roles["perp_collectives"], *numbers["qualifiers"]])


def one_insurgent_noun(doc: Doc, incidents: list[dict]) -> None:
    """"The guerrillas attacked the post ... rebels also burned a bus": within an article the reporter's bare
    nouns for insurgents (roles.json insurgent_synonyms) name one force; the noun the article uses most is kept."""
    nouns = lexicon().roles["insurgent_synonyms"]
    texts = {_plain(x["text"]) for inc in incidents for x in inc["perpetrator_individuals"]}
    used = [n for n in nouns if n in texts]
    if len(used) < 2:
        return
    kept = max(used, key=lambda n: len(re.findall(rf"\b{n}\b", doc.low)))
    others = set(used) - {kept}
    for inc in incidents:
        inc["perpetrator_individuals"] = [x for x in inc["perpetrator_individuals"] if _plain(x["text"]) not in others]


def _unidentified_doers(incidents: list[dict]) -> None:
    """"Unidentified persons shot the mayor ... the paid assassins fled": where one incident's attackers are told
    as unidentified people, a bare noun for hired or common killers (the perp_synonyms class of "gunmen") says what
    those same people were, and is dropped (roles.json unidentified_words). The state's and insurgents' labels
    ("terrorists") stay: measured on train, they as often name another party of the incident."""
    unknown = frozenset(lexicon().roles["unidentified_words"])
    _drop_beside(incidents, lambda text: bool(unknown & set(text.split())), _synonyms_of("gunmen"))


def _members_named(incidents: list[dict]) -> None:
    """"Members of the X movement attacked the post ... the rebels fled", "Shining Path members ... the
    terrorists": where one incident names its attackers as a group's members, a bare insurgent noun or label (the
    perp_synonyms class of "guerrillas") refers back to them, and is dropped (measured per incident on train: 6
    articles right, 1 wrong)."""
    _drop_beside(incidents, _names_members, _synonyms_of("guerrillas"))


def _drop_beside(incidents: list[dict], tells_them: Callable[[str], bool], bare: set[str]) -> None:
    """In each incident whose attackers include a phrase tells_them accepts, the bare nouns in ``bare`` tell those
    same people again and are dropped."""
    for inc in incidents:
        texts = [_plain(x["text"]) for x in inc["perpetrator_individuals"]]
        if any(tells_them(t) for t in texts):
            inc["perpetrator_individuals"] = [x for x, t in zip(inc["perpetrator_individuals"], texts)
                                              if t not in bare]


def _synonyms_of(word: str) -> set[str]:
    """The words of word's class in roles.json perp_synonyms."""
    classes = _synonym_class()
    return {w for w, n in classes.items() if n == classes[word]}


def _names_members(text: str) -> bool:
    """"UC-ELN members", "members of the X front": people named by the body they belong to."""
    words = text.split()
    return len(words) > 1 and (words[-1] == "members" or words[0] == "members" and words[1] == "of")
