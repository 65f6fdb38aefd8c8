"""Who: actor mentions resolved to canonical groups, whether they are the attacker, and the claim status."""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from streams.extract.brackets import GLOSS_AFTER
from streams.extract.document import Doc
from streams.extract.phrases import SPONSORED, vocab
from streams.extract.resources import Actor, gazetteer_rows, lexicon
from streams.extract.scan import Hit
from streams.extract.stopped import attacker_stopped
from streams.extract.thresholds import (CLAIM_NEGATION_WINDOW, DEED_AGENT_WORDS, DEED_REACH, SEIZER_REACH,
                                        SURNAME_ACRONYM_CHARS)

_DETERMINERS = frozenset(["the", "a", "an", "its", "their"])
_CLAUSE_BREAKS = frozenset([";", ":", "(", ")"])
_PASSIVE_AGENT = ("by",)
_OWN_ACTION = frozenset(["resumed", "launched", "staged", "continued", "began", "begun", "intensified", "stepped",
                         "renewed", "escalated", "carried", "stepping", "resuming", "launching", "continues"])
_OBJECT_WORDS = frozenset(["on", "against", "at", "of", "to", "toward", "targeting", "targeted", "attacked", "killed",
                           "ambushed", "with", "from", "for", "between", "and"])


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: Actor
    index: int


def resolve(doc: Doc, hit: Hit, countries: Counter) -> ActorMention | None:
    """One reading of an actor hit: active in the publication year, preferring the article's countries."""
    return doc.once(("actor", hit.start, hit.end), _resolve, doc, hit, countries)


def _resolve(doc: Doc, hit: Hit, countries: Counter) -> ActorMention | None:
    if inside_a_name(doc, hit) or doc.low.startswith(SPONSORED, hit.end):
        return None  # "the al Qaeda-linked group claimed": the group is another, al Qaeda only its ally
    actors = lexicon().actors
    year = doc.published.year
    readings = [i for i in hit.payload if actors[i].start_year - 1 <= year <= actors[i].end_year + 1]
    if not readings:
        return None
    best = max(readings, key=lambda i: (any(c in countries for c in actors[i].countries), -i))
    actor = actors[best]
    if actor.countries == ("*",):
        actor = national_forces(countries) or actor
    return ActorMention(hit.start, hit.end, actor, best)


_BARE_FORCES = frozenset(["armed forces"])
# words that open or carry an insurgent organisation's name before "armed forces" ("Rebel Armed Forces", "Zarate
# Willka Liberation Armed Forces"); "its", "alleged", "certain" or a weekday before it leave the state's forces
_NAME_WORDS = frozenset(["liberation", "revolutionary", "rebel", "patriotic", "popular", "people's", "peoples",
                         "democratic", "nationalist", "socialist", "communist", "resistance", "independence",
                         "insurgent", "guerrilla", "unity", "front", "movement", "proletarian", "workers", "islamic"])


def inside_a_name(doc: Doc, hit: Hit) -> bool:
    """"the Zarate Willka Liberation Armed Forces", "the Patriotic Armed Forces": "armed forces" after a word of an
    insurgent organisation's name ends that name; it does not name the state's forces."""
    before = doc.low[max(0, hit.start - 25):hit.start].split()[-1:]
    if _surname(doc.low[hit.start:hit.end], before):
        return True
    if doc.low[hit.start:hit.end] not in _BARE_FORCES:
        return False
    return bool(before) and before[0].strip("\"'“") in _NAME_WORDS


def _surname(word: str, before: list[str]) -> bool:
    """"Juan Carlos MIR", "Ana ETA": a short acronym right after a first name is that person's surname (in wire copy
    set in capitals, case cannot tell the two apart)."""
    return len(word) <= SURNAME_ACRONYM_CHARS and word.isalpha() and bool(before) \
        and before[0] in lexicon().sets["first_names"]


def national_forces(countries: Counter) -> Actor | None:
    """"The army" in a Salvadoran report is the Salvadoran armed forces."""
    if not countries:
        return None
    return _state_forces_of(countries.most_common(1)[0][0])


@functools.cache
def _state_forces_of(country: str) -> Actor | None:
    for actor in lexicon().actors:
        if actor.kind == "state" and actor.countries[:1] == (country,):
            return actor
    return None


def is_agent(doc: Doc, m: ActorMention, trigger_start: int, trigger_end: int, trigger_role: str) -> bool:
    """Is the actor the one who carried out the attack the trigger names (same sentence)?"""
    low = doc.low
    # "the M-19 [19 April Movement] leader's": the head noun past the gloss (or past the bracket the name closes)
    gloss = GLOSS_AFTER.match(low, m.end, m.end + 90)
    after = low[gloss.end() if gloss else m.end:(gloss.end() if gloss else m.end) + 20].lstrip(" \t\n])").split()
    head = after[0].strip(",.").removesuffix("'s") if after else ""
    if trigger_role == "verb" and head in vocab()["vehicle_heads"]:
        # "strafed by army helicopters", "an air force helicopter strafed": the forces' craft is their deed
        m = ActorMention(m.start, low.index(head, m.end) + len(head), m.actor, m.index)
    elif head in lexicon().sets["target_heads"] or head in vocab()["attire_nouns"]:
        return False  # "the US military base", "army barracks", "army fatigues": the actor names a place or a thing
    if trigger_role == "noun" and (head in lexicon().sets["titles"] or head in _PERSON_HEADS):
        return False  # "the police commander's assassination": the actor's person was hit
    if head == "casualties":
        return False  # "the armed forces casualties include 208 soldiers killed": the actor's own dead
    if m.start < trigger_start and trigger_end <= m.end:
        return True  # "a Ukrainian drone strike": the actor's name holds the trigger
    if m.end <= trigger_start:
        if trigger_role == "verb" and according_own(doc, m, trigger_start) is not None:
            return True  # "according to the ELN, its units attacked": the group tells its own men's attack
        between = _without_gloss(low[m.end:trigger_start])
        if _fired_then_casualties(doc, m, trigger_start, between):
            return True
        if any(ch in between for ch in _CLAUSE_BREAKS) or len(between) > 90:
            return False
        reports = doc.cues_in(m.end, trigger_start, "reporting")
        if reports and not _own_report(_past_report_adjunct(low[reports[-1].end:trigger_start].split())):
            return False
        before = [w for w in low[max(0, m.start - 20):m.start].split() if w not in _DETERMINERS]
        if before and before[-1] in _OBJECT_WORDS:
            return False
        if _seizer(low[max(0, m.start - 80):m.start].split()):
            return False  # "captured by the police after he placed the bomb": the police caught the bomber
        if _another_subject(between.split()):
            return False
        if _ABOUT.search(between):
            return False  # "what do the armed forces think about the bombs that were detonated": a topic, no deed
        if trigger_role == "verb" and _passive_before(low, trigger_start, trigger_end):
            return False  # "the police officers guarding his home were attacked": the actor was hit, not the hitter
        if trigger_role == "noun":
            # "the FMLN attack", "FMLN's attack": the actor right before a noun trigger;
            # "the FMLN on Monday resumed its attacks": the subject's own attacks
            words = between.split()
            if "," in between and before[-1:] == ["by"]:
                # "according to reports received by the police, the kidnapping took place": the agent of another verb
                return False
            if doc.cues_in(m.end, trigger_start, "attributed_verbs"):
                return False  # "the ELN condemns the murder", "the FMLN denounced the massacre": a stance on it
            return len(words) <= 2 or _own_action(words)
        return True
    between = low[trigger_end:m.start]
    words = [w for w in between.split() if any(ch.isalnum() for ch in w)]
    if any(ch in between for ch in _CLAUSE_BREAKS) or len(words) > DEED_AGENT_WORDS:
        return False
    # "kidnapped by the ELN", "murdered by a column of Shining Path members", "by the so-called ELN"
    by = max((i for i, w in enumerate(words) if w in _PASSIVE_AGENT), default=-1)
    if by < 0 or len(words) - by - 1 > 4 or not all(_agent_modifier(w) for w in words[by + 1:]):
        return False
    if _seizer(words[:by + 1]):
        return False  # "after the ambush the rebels were surrounded by troops": the troops hunted the attackers
    if attacker_stopped(doc, low.rfind(" by", trigger_end, m.start) + 1):
        return False  # "killing two before he was shot dead by police": the police stopped the attacker
    # further on, "by" must follow a word of doing the deed: "the murder of the six priests, perpetrated in the
    # capital on 16 November by the army", "the massacre ... was an action by the armed forces"
    return len(words) <= 8 or _deed_before(words[:by])


def _fired_then_casualties(doc: Doc, m: ActorMention, trigger_start: int, between: str) -> bool:
    """"Russian forces fired three ballistic missiles at the city on Sunday, killing 17": the sentence's subject fired
    or placed the weapon whose casualties the participle tells."""
    if not _CASUALTY_PARTICIPLE.search(between) or any(ch in between for ch in _CLAUSE_BREAKS) \
            or len(between) > _FIRED_CLAUSE_CHARS:
        return False
    s0 = max(doc.sentences[doc.sentence_of(m.start)][0], doc.dateline_end)
    if len(doc.low[s0:m.start].split()) > 1:
        return False  # the sentence's subject ("the", "Israeli jets"), not an actor inside its object
    verb = doc.cues_in(m.end, m.end + _SUBJECT_VERB_GAP, "firing") or doc.cues_in(m.end, m.end + _SUBJECT_VERB_GAP,
                                                                                   "placement")
    return bool(verb) and not doc.cues_in(m.end, trigger_start, "reporting") \
        and not doc.hits_in("actor", m.end, trigger_start)


# ", killing 17": the participle right before the trigger, after a comma
_CASUALTY_PARTICIPLE = re.compile(r",\s*$")
_FIRED_CLAUSE_CHARS, _SUBJECT_VERB_GAP = 160, 12


def _seizer(before: list[str]) -> bool:
    """Do the words before the actor end in "by" after a seizing participle ("arrested by", "captured on Monday by")?
    The one who catches, holds or hunts down people after an attack is the other side, never the attacker."""
    while before and before[-1] in _DETERMINERS:
        before = before[:-1]
    if not before or before[-1] != "by":
        return False
    for w in reversed(before[-1 - SEIZER_REACH:-1]):
        if not w.isalnum():
            return False  # "captured, the police said, by": a clause break ends the search
        if w.endswith("ed") or w in vocab()["agent_not_attack"]:
            return w in vocab()["agent_seizes"]  # the nearest participle is what the agent did
    return False


def _deed_before(words: list[str]) -> bool:
    """Does a word of doing the deed lead to "by", no other participle between ("carried out on the town was
    repelled by the army" is no deed of the army)?"""
    deed = max((i for i, w in enumerate(words) if w in _DEED_WORDS), default=-1)
    return deed >= 0 and len(words) - deed <= DEED_REACH and not any(w.endswith("ed") for w in words[deed + 1:])


_DEED_WORDS = frozenset(["perpetrated", "committed", "carried", "executed", "staged", "action", "act", "work",
                         "deed", "operation"])


_PERSON_HEADS = frozenset(["spokesman", "spokesmen", "casualties", "leaders", "commanders", "chiefs", "officials"])
_RELATIVE_WORDS = frozenset(["who", "whom", "whose"])
_SEIZING = frozenset(["arrested", "captured", "detained", "arrest", "capture", "detain", "arresting", "capturing"])
_OWN_SUBJECT = frozenset(["it", "they", "its", "their", "it's"])


def speaker_between(doc: Doc, start: int, end: int) -> bool:
    """Is text[start:end] the group's speaker with his name ("spokesman Yahya Saree"), no reporting verb or function
    word among the name's words ("spokesman said the army" is someone else's claim)?"""
    found = SPEAKER.match(doc.low, start, end)
    if found is None or doc.cues_in(start, end, "reporting"):
        return False
    return not lexicon().stopwords.intersection(doc.low[found.end(1):end].split())


SPEAKER = re.compile(r"(?:'s)?(\s+(?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|spokesmen|leader|"
                     r"commander|chief|agency|outlet|arm)\s+)((?:[a-z.'-]+\s+){0,4})$")


def _another_subject(words: list[str]) -> bool:
    """"The army said that the rebels blew up", "the police arrested ten people suspected of having detonated",
    "the capture of 12 ELN members who had kidnapped": the trigger's subject is someone the actor speaks of or
    seizes, not the actor ("the FMLN said that it attacked" is the actor's own)."""
    if _SEIZING & set(words):
        return True
    relative = next((i for i, w in enumerate(words) if w in _RELATIVE_WORDS), -1)
    if relative >= 1 and not _own_relative(words[:relative]):
        return True
    if "that" in words:
        rest = _past_time_phrase(words[len(words) - 1 - words[::-1].index("that") + 1:])
        return bool(rest) and rest[0] not in _OWN_SUBJECT
    return False


_ABOUT = re.compile(r"\babout[ \t\n]+(?:the|this|these|those|that)\b")


def _own_relative(words: list[str]) -> bool:
    """"12 ELN members who had kidnapped", "armed forces personnel were the ones who murdered": the relative clause
    tells of the actor's own men (or identifies them as the doers), so the actor is its subject."""
    if words[-3:] in (["were", "the", "ones"], ["was", "the", "one"]):
        words = words[:-3]
    return all(w in _OWN_MEN for w in words)


_OWN_MEN = frozenset(["members", "member", "militants", "fighters", "guerrillas", "rebels", "commandos", "soldiers",
                      "troops", "personnel", "men", "units", "agents", "officers"])


# "according to the ELN, its units attacked", "according to the group, their fighters had ambushed": the source is
# the group, the clause after it has the group's own men as subject
_ACCORDING_BEFORE = re.compile(r"according[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?$")
_OWN_CLAUSE_AFTER = re.compile(r"[ \t\n\])]*,[ \t\n]*(?:its|their)[ \t\n]+([\w-]+)"
                               r"(?:[ \t\n]+(?:have|had|also))?[ \t\n]+$")


def according_own(doc: Doc, m: ActorMention, trigger_start: int) -> Hit | None:
    """The "according to" before the actor when its clause tells the actor's own men's attack at trigger_start."""
    before = _ACCORDING_BEFORE.search(doc.low, max(0, m.start - 20), m.start)
    if before is None:
        return None
    own = _OWN_CLAUSE_AFTER.match(doc.low[m.end:trigger_start])
    if own is None or own.group(1) not in lexicon().sets["own_forces"]:
        return None
    return Hit(before.start(), m.end, "cue", "claimed")


def _own_report(words: list[str]) -> bool:
    """"The ELN said (that) it blew up the pipeline", "the FMLN reported that its units attacked": the actor
    tells of its own attack."""
    while words and words[0] in _REPORT_ADVERBS:
        words = words[1:]  # "the army denied today that its planes had bombed"
    if words[:1] == ["that"]:
        words = words[1:]
    words = _past_time_phrase(words)
    if words[1:2] == ["of"] and words[0] in _ONE_OF:
        words = words[2:]  # "said one of its suicide bombers carried out the attack"
    return bool(words) and words[0] in _OWN_SUBJECT and len(words) <= 4


_ONE_OF = frozenset(["one", "two", "three", "some", "several", "four", "five"])


def _past_time_phrase(words: list[str]) -> list[str]:
    """The words after a time phrase that opens the reported clause ("on Sunday", "as of 2200 on 6 March,") when
    an own subject follows it: "said that on Sunday its fighters attacked" tells its own deed as "said that its
    fighters attacked" does; words other than those of time ("in the town, its camp") are left as they are."""
    time_words = _time_words()
    for i, word in enumerate(words[:_TIME_PHRASE_WORDS + 1]):
        if i and word in _OWN_SUBJECT:
            return words[i:]
        if word.strip(",") not in time_words and not any(ch.isdigit() for ch in word):
            return words
    return words


_TIME_PHRASE_WORDS = 7  # "as of 2200 on 6 March," "early on Sunday morning"


@functools.cache
def _time_words() -> frozenset[str]:
    dates = lexicon().dates
    return lexicon().sets["report_time_words"] | frozenset(dates["months"]) | frozenset(dates["weekdays"])


_REPORT_ADVERBS = frozenset(["today", "yesterday", "tonight", "again", "also", "later", "once", "repeatedly",
                             "strongly", "categorically", "emphatically", "firmly", "publicly", "officially"])


def own_report_cue(doc: Doc, m: ActorMention, sent_end: int, deed: bool = False, denial: bool = False) -> Hit | None:
    """The reporting verb right after the actor when the actor reports its own deed ("said it", "said that they",
    "(BLA) said in a statement that its fighters", "Houthi spokesman Yahya Saree said the group had targeted"); with
    denial, when it denies it ("denied that its planes")."""
    end = min(sent_end, m.end + _OWN_REPORT_REACH)
    # "the ELN admitted that it had kidnapped": owning up opens an own report too
    verbs = sorted(doc.cues_in(m.end, end, "reporting") + doc.cues_in(m.end, end, "admission"), key=lambda c: c.start)
    for cue in verbs:
        if (doc.low[cue.start:cue.end] in _DENIAL_VERBS) != denial:
            continue  # "the army denied today that its planes had bombed the camp" tells no claim
        between = _ACRONYM_AFTER.sub("", doc.low[m.end:cue.start])
        close = len(between.split()) <= 2 and cue.start - m.end <= 30
        if (close or speaker_between(doc, m.end, cue.start)) and not any(ch in between for ch in ",;:()"):
            words = _own_name_as_subject(doc, m, cue.end, sent_end).split()[:16]
            words = _past_time_phrase(_past_report_adjunct(words))
            if m.actor.kind == "armed_group" and words[:1] == ["the"] and words[1:2] \
                    and words[1].removesuffix("'s") in lexicon().sets["group_anaphora"] \
                    and words[2:3] not in (["that"], ["which"], ["who"]):
                # the group's own speaker names it "the group" ("the group's fighters": its fighters; "the group
                # that carried out the attack" is some other group)
                words = ["its" if words[1].endswith("'s") else "it"] + words[2:]
            if any(w in _OWN_NEGATION for w in words[:5]):
                return None  # "said they had not ordered the killing": a denial
            if deed and not _tells_deed(words):
                return None
            if m.actor.kind == "armed_group" and _group_itself(words):
                return cue  # "Al-Shabaab's spokesman said the group carried out the attack"
            return cue if _own_report(words[:5] if words[1:2] == ["of"] else words[:3]) else None
    return None


def _own_name_as_subject(doc: Doc, m: ActorMention, start: int, sent_end: int) -> str:
    """What the actor said, its own name as the subject read as "its" ("Amaq said IS fighters carried out")."""
    said = doc.low[start:min(sent_end, start + 80)]
    for h in doc.hits_in("actor", start, min(sent_end, start + _OWN_NAME_REACH)):
        before = doc.low[start:h.start].split()
        opened = before in ([], ["that"]) or (before[-1:] == ["that"] and before[0] in _REPORT_ADJUNCT_OPENERS)
        if opened and len(before) <= 7 and m.index in h.payload:
            return " its " + doc.low[h.end:min(sent_end, h.end + 80)]
    return said


_OWN_NAME_REACH = 50


_OWN_REPORT_REACH = 60  # "Houthi military spokesman Yahya Saree said": the group's speaker and his name between
_REPORT_ADJUNCT_OPENERS = frozenset(["in", "on", "via", "through", "late", "earlier", "later"])


def _past_report_adjunct(words: list[str]) -> list[str]:
    """What a group said, past an adjunct of the saying and "that" ("said in a statement on Telegram that its
    fighters", "said on Sunday its fighters")."""
    if words[:1] and words[0] in _REPORT_ADJUNCT_OPENERS:
        for j, w in enumerate(words[1:7], 1):
            if w == "that" or w in _OWN_SUBJECT:
                words = words[j:]
                break
    return words[1:] if words[:1] == ["that"] else words


def _tells_deed(words: list[str]) -> bool:
    """Told apart from the attack, "said it" must tell the deed ("its fighters carried out", "it was behind"); "said
    that it was carried out in response" has the attack as its subject, "said its commander was killed" the group
    as the one hit: a deed word in the passive is none."""
    i = next((j for j in range(1, min(8, len(words))) if words[j] in _OWN_DEEDS), None)
    return i is not None and (words[i - 1] not in BE_FORMS or words[i] in ("behind", "responsible"))


def _group_itself(words: list[str]) -> bool:
    """"the group carried out", "the movement had attacked", "the group's fighters struck": an armed group's
    speaker naming it by its group noun, as the subject of a deed."""
    if words[:1] != ["the"] or len(words) < 3:
        return False
    noun, rest = words[1], words[2:]
    if noun.endswith("'s") and noun[:-2] in lexicon().sets["group_anaphora"]:
        return len(rest) >= 2 and rest[0] in lexicon().sets["own_forces"] and rest[1] in _OWN_DEEDS
    if rest[0] in ("had", "has"):
        rest = rest[1:]
    return noun in lexicon().sets["group_anaphora"] and bool(rest) and rest[0] in _OWN_DEEDS


_DENIAL_VERBS = frozenset(["denied", "denies", "deny", "denying"])
_OWN_NEGATION = frozenset(["not", "never", "no", "nothing", "neither"])
_OWN_DEEDS = frozenset(["carried", "conducted", "attacked", "behind", "responsible", "struck", "targeted", "hit",
                        "bombed", "launched", "fired", "shot", "killed", "downed", "stormed", "ambushed", "seized",
                        "overran", "raided", "abducted", "kidnapped", "shelled", "detonated", "blew"])


# "Balochistan Liberation Army (BLA) said": the acronym in brackets after the name, or the bracket closing it
_ACRONYM_AFTER = re.compile(r"^\s*(?:\([^()]{1,12}\)|\))")


# "our units attacked", "we have ambushed", "our guerrilla columns also fired": a first-person subject right before
# the attack verb (auxiliaries and adverbs between); "we were attacked" is none (a passive: "were" ends no match)
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?:^|[^\w'-])(?:we|our((?:[ \t\n]+[\w-]+){1,3}))"
    r"(?:[ \t\n]+(?:have|had|also|then|later|again|today|yesterday|successfully|immediately))*[ \t\n]*$")
# "our guerrillas launched an attack", "we carried out an ambush", "our units used mortars during an attack": a
# first-person subject whose verb has the attack noun as its object (or its time: "during an attack")
_FIRST_PERSON_SUPPORT = re.compile(
    r"(?:^|[^\w'-])(?:we|our((?:[ \t\n]+[\w-]+){1,3}?))"
    r"(?:[ \t\n]+(?:have|had|also|then|later|again|today|yesterday|successfully|immediately))*"
    r"[ \t\n]+(?:launched|carried[ \t\n]+out|conducted|staged|mounted|executed"
    r"|used(?:[ \t\n]+[\w-]+){1,3}?[ \t\n]+(?:in|during))"
    r"(?:[ \t\n]+(?:an?|the|another|new|daring|successful|surprise|military|armed|heavy|coordinated))*[ \t\n]+$")
# "after our attack", "during our military attack on": the first-person possessive before an attack noun
_FIRST_PERSON_OWNER = re.compile(r"(?:^|[^\w'-])our(?:[ \t\n]+[\w-]+)?[ \t\n]+$")


def first_person_deed(doc: Doc, trigger_start: int, trigger_end: int, trigger_role: str, sent_start: int) -> Hit | None:
    """"Our forces attacked the garrison", "we ambushed a patrol", "after our attack": the speaker tells of its own
    attack (a group's communique, its radio, its statement quoted), the first-person words as the evidence."""
    lo = max(sent_start, trigger_start - 60)
    if trigger_role == "noun":
        if doc.low[trigger_end - 1] == "s":
            return None  # "to react to our attacks on the garrison": the speaker's attacks in the plural are a series
        found = _FIRST_PERSON_OWNER.search(doc.low, lo, trigger_start) or _own_forces_subject(
            _FIRST_PERSON_SUPPORT.search(doc.low, lo, trigger_start))
    elif trigger_role == "verb":
        found = _own_forces_subject(_FIRST_PERSON_SUBJECT.search(doc.low, lo, trigger_start))
    else:
        return None
    if found is None:
        return None
    start = found.start() + (0 if doc.low[found.start()].isalpha() else 1)
    return Hit(start, trigger_start, "cue", "claimed")


def _own_forces_subject(found: re.Match | None) -> re.Match | None:
    """The first-person match unless its "our ..." names no men under arms: "our country attacked" is no deed of
    the speaker's forces."""
    if found is not None and found.group(1) is not None \
            and found.group(1).split()[-1] not in lexicon().sets["own_forces"]:
        return None
    return found


BE_FORMS = frozenset(["was", "were", "been", "being", "is", "are", "be"])
_PASSIVE_GAP = frozenset(["either", "also", "all", "both", "then", "later", "not", "never", "still", "again", "just"])


def _passive_before(low: str, trigger_start: int, trigger_end: int) -> bool:
    """"were attacked", "was later shot", "have been kidnapped": the trigger is a passive participle."""
    if low[trigger_end - 3:trigger_end] == "ing":
        return False
    words = low[max(0, trigger_start - 25):trigger_start].split()[-2:]
    if words[-1:] and (words[-1].endswith("ly") or words[-1] in _PASSIVE_GAP):
        words = words[:-1]  # "were reportedly killed", "were either killed or wounded", "were also kidnapped"
    return bool(words) and words[-1] in BE_FORMS


_AGENT_MODIFIERS = frozenset(["the", "a", "an", "so-called", "alleged", "suspected", "presumed", "members", "member",
                              "of", "column", "group", "unit", "cell", "commando", "squad", "guerrillas", "rebels",
                              "leftist", "rightist", "urban", "maoist", "marxist-leninist", "self-styled"])


def _agent_modifier(word: str) -> bool:
    return word.strip("\"'") in _AGENT_MODIFIERS


_OWN_STOP = frozenset(["after", "before", "following", "against", "on", "in", "to", "despite", "since", "during"])


def _own_action(words: list[str]) -> bool:
    """"The FMLN on Monday resumed its attacks", "the army carried out a large bomb attack": the subject's own
    attack, the verb of launching it at most a few words before the attack noun."""
    verbs = [i for i, w in enumerate(words) if w in _OWN_ACTION]
    if not verbs or len(words) > 8:
        return False
    rest = words[verbs[-1] + 1:]
    return len(rest) <= 4 and not (_OWN_STOP & set(rest))


def _without_gloss(between: str) -> str:
    """"the Farabundo Marti National Liberation Front (FMLN) attacked", "the FMLN [Farabundo ...] attacked",
    "(FMLN) attacked": the name's acronym or gloss is no clause break."""
    rest = between.lstrip()
    if rest[:1] in (")", "]"):
        rest = rest[1:]
    elif rest[:1] in ("(", "["):
        close = rest.find(")" if rest[0] == "(" else "]")
        rest = rest[close + 1:] if 0 < close <= 80 else between
    else:
        return between
    # "(M-19), the guerrilla group that laid down its weapons, was killed": an appositive, not the subject
    return between if rest.lstrip().startswith(",") else rest


def claim_cues(doc: Doc, start: int, end: int, kind: str = "claimed") -> list[Hit]:
    """Claim (or denial) cues in [start, end) that are not negated: "no group has claimed responsibility",
    "has yet to claim" report the absence of a claim."""
    if kind != "claimed":
        return doc.cues_in(start, end, kind)
    return [c for c in claim_words(doc, start, end) if not _negated(doc, c)]


def _record(doc: Doc, cue: Hit) -> bool:
    """"which has claimed many attacks in the past", "has taken credit for several bombings": the group's record of
    other attacks, no claim of this one."""
    after = doc.low[cue.end:cue.end + 40]
    words = [w.strip(",.;:\"'") for w in after.split()[:4]]
    if not _RECORD_COUNTS.isdisjoint(words) or _IN_THE_PAST.search(after):
        return True
    # "previous attacks", "other bombings" (not "the previous day's attack", "the earlier bombing": one attack)
    return any(w in _RECORD_KINDS and nxt.endswith("s") and not nxt.endswith("'s") for w, nxt in zip(words, words[1:]))


_RECORD_COUNTS = frozenset(["many", "several", "numerous", "dozens", "scores"])
_RECORD_KINDS = frozenset(["previous", "past", "other", "earlier"])
_IN_THE_PAST = re.compile(r"\bin the past\b")


def claim_words(doc: Doc, start: int, end: int) -> list[Hit]:
    """Claim cues in [start, end), negated or not, without "claimed that the attack was a maneuver", "was admitted
    to hospital", "attacks that claimed the lives of": the same words, no claim of responsibility."""
    other = doc.cues_in(max(0, start - 20), end, "not_claimed")
    return [c for c in doc.cues_in(start, end, "claimed")
            if not any(o.start <= c.start and c.end <= o.end for o in other) and not _record(doc, c)]


def _negated(doc: Doc, cue: Hit) -> bool:
    s0 = doc.sentences[doc.sentence_of(cue.start)][0]
    lo = max(s0, cue.start - CLAIM_NEGATION_WINDOW)
    for neg in doc.cues_in(lo, cue.start, "negation"):
        if not any(ch in doc.text[neg.end:cue.start] for ch in ",;:"):
            return True
    return _NO_CLAIMANT.search(doc.low, max(s0, cue.start - 60), cue.start) is not None


# "neither the guerrillas nor any other organization have claimed", "no armed group has so far claimed": the
# claimant's noun phrase opens with a negation (a longer phrase than CLAIM_NEGATION_WINDOW reaches)
_NO_CLAIMANT = re.compile(r"\b(?:no|nor|neither|none)(?:\s+[a-z-]+){1,4}\s+(?:has|have|had)"
                          r"(?:\s+(?:so\s+far|yet|as\s+yet|immediately|publicly))?\s+$")


def claim_status(doc: Doc, m: ActorMention, sent_start: int, sent_end: int, agent_by_subject: bool,
                 home: str | None = None) -> tuple[str, Hit | None]:
    """claimed / denied / suspected / attributed for an attacker named in one sentence, with its evidence cue;
    home is the article's main country."""
    for kind, status in (("denied_responsibility", "denied"), ("claimed", "claimed")):
        cues = claim_cues(doc, m.start, sent_end, kind)
        if cues:
            return status, cues[0]
    own = own_report_cue(doc, m, sent_end)
    if own is not None:
        return "claimed", own  # "the ELN said it blew up the pipeline"
    own = own_report_cue(doc, m, sent_end, denial=True)
    if own is not None:
        return "denied", own  # "the army denied that its planes bombed the camp"
    for trigger in doc.hits_in("trigger", m.end, min(sent_end, m.end + 60)):
        own = according_own(doc, m, trigger.start)
        if own is not None:
            return "claimed", own  # "according to the ELN, its units attacked the post"
    if agent_by_subject and m.actor.kind == "armed_group":
        told = _group_says().search(doc.low, m.end, sent_end)
        if told is not None:
            start = told.start() + len(told.group()) - len(told.group().lstrip(", \t\n"))
            return "claimed", Hit(start, told.end(), "cue", "claimed")
    for cue in doc.cues_in(sent_start, sent_end, "suspected"):
        if doc.low[max(sent_start, cue.start - 15):cue.start].split()[-1:] in _HIT_OBJECT:
            continue  # "air strikes hit suspected Taliban hideouts": the hedge is on what was hit
        return "suspected", cue
    for cue in claim_words(doc, m.end, min(sent_end, m.end + 30)):
        return "suspected", cue  # negated (see claim_cues): "the FMLN has not yet claimed responsibility"
    attributed = doc.cues_in(sent_start, sent_end, "attributed")
    if attributed:
        return "attributed", attributed[0]
    if m.actor.kind == "state" and agent_by_subject and not doc.cues_in(sent_start, sent_end, "reporting") \
            and m.actor.countries != ("*",) and home not in m.actor.countries:
        # (not "the air force" of a country the article leaves unknown: abroad or at home, nobody can tell)
        return "claimed", None  # "the US military struck targets in Syria": states own their strikes abroad
    # "the air force bombed the neighbourhood" at home: reports of a state's violence against its own
    # population come from others, the state rarely owns them
    return "attributed", None


# words after which a hedge describes the object attacked, not who attacked
_HIT_OBJECT = [[w] for w in ("on", "at", "against", "targeting", "targeted", "hit", "struck", "bombed", "pounded",
                             "shelled", "raided", "stormed", "attacked", "ambushed", "killed", "killing")]


@functools.cache
def _group_says() -> re.Pattern:
    """"Al-Shabaab fighters stormed the hotel, killing 12, the group said": the attacker group, as "the group", the
    speaker of the sentence's closing attribution (said after the last comma) tells its own deed."""
    nouns = "|".join(sorted(lexicon().sets["group_anaphora"]))
    return re.compile(rf",\s*(?:the\s+(?:{nouns})(?:'s\s+[\w-]+)?\s+(?:said|says|stated|announced)"
                      rf"|(?:said|says)\s+the\s+(?:{nouns})"
                      rf"|according\s+to\s+(?:a\s+statement\s+(?:from|by)\s+)?the\s+(?:{nouns}))\b[^,;:]*$")


_PREPOSITIONS = (["from"], ["in"], ["at"], ["near"], ["of"], ["to"], ["into"], ["across"], ["over"], ["on"],
                 ["by"], ["inside"], ["outside"], ["toward"], ["towards"])
_SUBJECT_GAP = frozenset(["has", "have", "had", "also", "then", "again", "later", "reportedly", "allegedly"])


def country_subject(doc: Doc, pos: int, s0: int) -> ActorMention | None:
    """"Russia launched 120 missiles", "Israel struck a school": a country named as the subject of the verb at
    pos stands for its armed forces (the first state actor of that country in the dictionary)."""
    before = doc.hits_in("place", max(s0, pos - 30), pos)
    if not before or not _SUBJECT_GAP.issuperset(doc.low[before[-1].end:pos].split()):
        return None
    h = before[-1]
    words = doc.low[max(s0, h.start - 30):h.start].split()
    while words and (words[-1] in _REGION_WORDS or words[-1].endswith(_COMPASS_ENDINGS)):
        words.pop()  # "in northwest Pakistan", "in the far north of": the preposition stands before the region word
    if words[-1:] in _PREPOSITIONS:
        return None  # "a drone launched from Yemen struck": a place, not the subject
    return country_forces(h, capitals=False)


def country_forces(h: Hit, capitals: bool = True) -> ActorMention | None:
    """"blamed Ukraine", "Kyiv denied": a country, or its capital standing for its government, as the state's
    forces (the first state actor of that country in the dictionary)."""
    lex = lexicon()
    known_capitals = _capitals() if capitals else frozenset()
    for idx in h.payload:
        place = lex.places[idx]
        if place.kind == "country" or (place.kind == "city" and (place.name, place.country) in known_capitals):
            actor_idx = _state_forces().get(place.country or "")
            if actor_idx is not None:
                return ActorMention(h.start, h.end, lex.actors[actor_idx], actor_idx)
    return None


def demonym_forces(doc: Doc, h: Hit) -> ActorMention | None:
    """"Honduran troops", "Turkish soldiers": a nationality before a noun of men under arms is that state's forces
    (the mention spans both words)."""
    lex = lexicon()
    after = re.match(r"[ \t\n]+([a-z]+(?:[ \t\n]+[a-z]+)?)", doc.low[h.end:h.end + 30])
    if after is None:
        return None
    words = after.group(1).split()
    n = 2 if " ".join(words) in lex.sets["forces_nouns"] else 1 if words[0] in lex.sets["forces_nouns"] else 0
    if n == 0:
        return None
    end = h.end + after.start(1) + len(after.group(1)) if n == 2 else h.end + after.start(1) + len(words[0])
    for idx in h.payload:
        place = lex.places[idx]
        actor_idx = _state_forces().get(place.country or "") if place.kind == "demonym" else None
        if actor_idx is not None:
            return ActorMention(h.start, end, lex.actors[actor_idx], actor_idx)
    return None


@functools.cache
def _capitals() -> frozenset[tuple[str, str | None]]:
    """(name, country) of the capitals the gazetteer knows from its "<demonym> capital" rows."""
    return frozenset((row[1], row[3] or None) for row in gazetteer_rows()
                     if row[0].endswith(" capital") and row[2] == "city")


_REGION_WORDS = frozenset(["the", "far", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "northeast", "northwest", "southeast", "southwest"])
_COMPASS_ENDINGS = ("eastern", "western")  # "northeastern", "southwestern"


@functools.cache
def _state_forces() -> dict[str, int]:
    """Country code -> index of its first state actor in the dictionary (its armed forces)."""
    out: dict[str, int] = {}
    for idx, actor in enumerate(lexicon().actors):
        if actor.kind == "state" and len(actor.countries) == 1:
            out.setdefault(actor.countries[0], idx)
    return out
