"""Anchors grouped into draft incidents: one per time and place, with the sentences that tell it."""
from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from streams.extract import places as place_rules
from streams.extract.anchors import Anchor, cause_links
from streams.extract.dates import DateMention
from streams.extract.document import Doc
from streams.extract.fillers import objects_in
from streams.extract.phrases import s_plural
from streams.extract.resources import lexicon
from streams.extract.thresholds import (ANAPHORA_REACH, ATTACH_REACH, BETWEEN_REACH, HISTORY_AFTER_DAYS,
                                        LEAD_BACKGROUND_AFTER_DAYS, MAX_SENTENCES_READ, REPORTED_REACH,
                                        REPORTED_WITHIN_DAYS, SPEECH_DATE_REACH, STORY_REACH, VICTIMS_NAMED_REACH)


@dataclass


class Draft:
    anchors: list[Anchor]
    sentences: list[int]
    date: DateMention | None = None
    place: place_rules.PlaceMention | None = None
    types: list[tuple[str, int, int]] = field(default_factory=list)
    support: list[int] = field(default_factory=list)  # sentences read for victims and targets only
    between: list[int] = field(default_factory=list)  # no attack word, inside the telling: attackers, targets
    # read for victims only: the sentence right after the telling, those around it that name the victims, and
    # the later casualty sentences
    sequel: list[int] = field(default_factory=list)
    # casualty sentences that go on from the support, past the reach of the telling ("AMONG THE INJURED ARE"
    # in a long report): victims only, as the sequel
    later: list[int] = field(default_factory=list)
    # a sentence told by several drafts -> the stretch of it that is this draft's (from its clause on)
    parts: dict[int, tuple[int, int]] = field(default_factory=dict)
    # sentences after the telling that go on with its story ("Before leaving, the attackers blew up the town hall"):
    # read for targets (attackers there are mostly the anaphor itself, "the attackers": measured, PerpInd falls)
    story: list[int] = field(default_factory=list)
    # the date is only the day the attack was reported ("police said on Sunday"): a day the story tells
    # the attack itself replaces it, and an anchor dated another day may still go on with it
    date_said: bool = False

    def owns(self, sent: int, pos: int) -> bool:
        """Is position pos of sentence sent this draft's to read?"""
        part = self.parts.get(sent)
        return part is None or part[0] <= pos < part[1]

    def read(self) -> list[int]:
        """The sentences read for the incident's fields (bounded for digests of thousands of mentions)."""
        return self.sentences[:MAX_SENTENCES_READ]

    def read_with_support(self) -> list[int]:
        return sorted(self.sentences[:MAX_SENTENCES_READ] + self.support[:MAX_SENTENCES_READ])

    def naming_gap(self) -> frozenset[int]:
        """The sentences right after an attack told by a verb when they lie in a gap of the telling ("TWO MEN WERE
        KIDNAPPED. THEY WERE X AND Y. THE KIDNAPPED PRIEST ..."; "ONE OF TWO CITIZENS WHO WERE KIDNAPPED HAS BEEN
        RELEASED. X WAS RELEASED UNHARMED. X SAID HE HAD BEEN KIDNAPPED TO PROTEST ..."): they name whom the attack
        hit, though other victims and counts in a gap are too often another's (empty when there is none)."""
        if not any(a.role == "verb" for a in self.anchors):
            return frozenset()
        told = self.read()
        return frozenset(s + 1 for s in told if s + 1 in self.between)

    def read_between(self) -> list[int]:
        """The sentences read for attackers and targets: the incident's, its support and the few between them."""
        return sorted(self.read_with_support() + self.between)

    def add_sentence(self, s: int) -> None:
        if not self.sentences or s > self.sentences[-1]:  # anchors come in text order
            self.sentences.append(s)
        elif s != self.sentences[-1] and s not in self.sentences:  # the last one first: no scan per anchor
            self.sentences.append(s)


def clause_bounds(doc: Doc, sent: int, pos: int) -> tuple[int, int]:
    """The comma/semicolon-delimited stretch of a sentence around a position."""
    # asked about each anchor several times (its date, its place, its history): computed once per anchor
    return doc.once(("clause", sent, pos), _clause_bounds, doc, sent, pos)


def _clause_bounds(doc: Doc, sent: int, pos: int) -> tuple[int, int]:
    s0, s1 = doc.sentences[sent]
    text = doc.text
    a = max(text.rfind(",", s0, pos), text.rfind(";", s0, pos), text.rfind(":", s0, pos))
    b_candidates = [i for i in (text.find(",", pos, s1), text.find(";", pos, s1)) if i >= 0]
    starts, links = cause_links(doc)  # "in response to a strike that killed ... on Monday": the cause, own day
    for i, n in links[bisect_left(starts, s0):bisect_left(starts, s1)]:
        if i + n <= pos:
            a = max(a, i + n - 1)
        elif i >= pos and i + n <= s1:
            b_candidates.append(i)
    return (a + 1 if a >= 0 else s0), (min(b_candidates) if b_candidates else s1)


def sentence_date(doc: Doc, sent: int, pos: int) -> DateMention | None:
    s0, s1 = doc.sentences[sent]
    c0, c1 = clause_bounds(doc, sent, pos)
    dates = doc.dates_in(c0, c1) or doc.dates_in(s0, s1)
    if not dates:
        return None
    in_sentence = doc.dates_in(s0, s1)
    other = [d for d in in_sentence if _dates_another_event(doc, d)]
    if other and len(other) == len(in_sentence):
        return None
    if other:
        # "after the 19 March election ... attacked the post on 18 March": the election's day is not the attack's
        in_sentence = [d for d in in_sentence if d not in other]
        dates = [d for d in dates if d not in other] or in_sentence
    if len(in_sentence) > 1:
        # "claimed responsibility on Thursday for bombings ... on Wednesday": the claim's day is not the attack's
        own = [d for d in in_sentence if not _speech_date(doc, d)]
        if own and len(own) < len(in_sentence):
            dates = [d for d in dates if d in own] or own
    return min(dates, key=lambda d: (abs(d.start - pos) + (0 if d.start < pos else 40)))


def clause_date(doc: Doc, sent: int, pos: int) -> DateMention | None:
    """A date in the clause of the attack word only: "On Friday, the FMLN decreed a suspension of its attacks"
    dates the decree, not an attack."""
    c0, c1 = clause_bounds(doc, sent, pos)
    dates = [d for d in doc.dates_in(c0, c1) if not _speech_date(doc, d) and not _later_event(doc, pos, d)]
    return min(dates, key=lambda d: abs(d.start - pos)) if dates else None


# "killing nine people before security forces ended the siege early on Monday": a clause of another event's time
_LATER_EVENT = re.compile(r"\b(?:before|until)\s+(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?\s+[a-z]+ed\b")


def _later_event(doc: Doc, pos: int, d: DateMention) -> bool:
    """Is the date, after the attack word, inside a "before/until" clause with its own subject and verb?"""
    return d.start > pos and _LATER_EVENT.search(doc.low, pos, d.start) is not None


def _has_detail(doc: Doc, a: Anchor, countries: Counter) -> bool:
    s0, s1 = doc.sentences[a.sent]
    if doc.dates_in(s0, s1) or doc.hits_in("weapon", s0, s1) or doc.hits_in("perp", s0, s1):
        return True
    if place_rules.mentions_in(doc, s0, s1, countries):
        return True
    if doc.hits_in("actor", s0, s1):
        return True
    return bool(objects_in(doc, a.sent))


def _same_place(a: place_rules.PlaceMention | None, b: place_rules.PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.place.country != b.place.country:
        return False
    if a.place.kind == "city" and b.place.kind == "city":
        return a.place.name == b.place.name
    return True


def group_anchors(doc: Doc, anchors: list[Anchor], countries: Counter) -> tuple[list[Draft], list[tuple[int, int]]]:
    """Drafts, one per time and place, and the clauses of attacks told as history: their victims and
    counts belong to no draft ("a bombing last month that killed 20, and an attack in 2021 that killed 170")."""
    drafts, support = _drafts_in_order(doc, anchors, countries)
    if not drafts:
        drafts.extend(_named_victim_drafts(doc, support))
    history: list[Draft] = []
    kept: list[Draft] = []
    for d in drafts:
        (history if _historical(doc, d) else kept).append(d)
    drafts = kept
    _carry_dates(doc, drafts)
    _share_sentences(doc, drafts)
    _attach(drafts, support)
    _read_around_telling(doc, drafts)
    for d in drafts:
        _statement_day_replaced(doc, d)  # before the story, which ends at another day
    _read_story(doc, drafts)
    return drafts, [clause_bounds(doc, a.sent, a.start) for d in history for a in d.anchors]


def _drafts_in_order(doc: Doc, anchors: list[Anchor], countries: Counter) -> tuple[list[Draft], list[Anchor]]:
    """One draft per time and place, in the order told, and the anchors that only support one."""
    drafts: list[Draft] = []
    current: Draft | None = None
    support: list[Anchor] = []
    # sentences telling an attack or its toll ("wounded two"; not a bare "hit" or "destroyed")
    told = {a.sent for a in anchors if not a.many and (a.role != "weak" or a.atype != "other")}
    for a in anchors:
        if a.role == "weak":
            support.append(a)
            continue
        if a.anaphoric and current is not None and a.sent - current.sentences[-1] <= ANAPHORA_REACH:
            current.add_sentence(a.sent)
            current.types.append((a.atype, a.start, a.end))
            if current.date is None:  # "The attack took place at 2100 on 15 January"
                current.date = clause_date(doc, a.sent, a.start)
            continue
        if (a.many and _many_alone(doc, a, told, countries)) or not _has_detail(doc, a, countries):
            support.append(a)
            continue
        date = sentence_date(doc, a.sent, a.start)
        said = date is not None and _speech_date(doc, date)
        place = _anchor_place(doc, a, countries)
        if current is not None and _continues(current, a, date, said, place, clause_date(doc, a.sent, a.start)):
            current.anchors.append(a)
            current.add_sentence(a.sent)
            current.types.append((a.atype, a.start, a.end))
            if date is not None and (current.date is None or current.date_said and not said):
                current.date, current.date_said = date, said
            if place is not None and (current.place is None or place.rank > current.place.rank):
                current.place = place
            continue
        if date is None and current is not None and a.sent - current.sentences[-1] <= 1:
            date = current.date  # "In response, ...": the narrative's time carries over
        current = Draft([a], [a.sent], date, place, [(a.atype, a.start, a.end)], date_said=said)
        drafts.append(current)
    return drafts, support


def _anchor_place(doc: Doc, a: Anchor, countries: Counter) -> place_rules.PlaceMention | None:
    """The best-ranked place in the anchor's clause that is not a launch site."""
    c0, c1 = clause_bounds(doc, a.sent, a.start)
    pm = place_rules.mentions_in(doc, c0, c1, countries)
    # the dateline names the desk, not this attack's place: no reason to keep two attacks apart
    pm = [m for m in pm if not place_rules.is_launch_site(doc, m, pm) and m.start >= doc.dateline_end]
    return max(pm, key=lambda m: (m.rank, m.locative)) if pm else None


def _read_around_telling(doc: Doc, drafts: list[Draft]) -> None:
    """Give each draft the sentences between its anchors and its sequel."""
    starts = {d.sentences[0] for d in drafts}
    for d in drafts:
        d.between = _between(d)
        d.sequel = _sequel(doc, d, starts)


def _read_story(doc: Doc, drafts: list[Draft]) -> None:
    """Give each draft the sentences that go on with its story, and a lead told before it."""
    for d, nxt in zip(drafts, drafts[1:] + [None]):
        # the next incident begins at its first sentence, or at a lead sentence told before it
        stop = min(nxt.sentences[:1] + nxt.support[:1]) if nxt is not None else len(doc.sentences)
        d.story = story_goes_on(doc, d, stop)
    read = {s for d in drafts for s in d.read_between() + d.sequel + d.story}
    for d in drafts:
        lead = _lead(d, read)
        if lead is not None:
            d.story.insert(0, lead)


def _statement_day_replaced(doc: Doc, draft: Draft) -> None:
    """A telling dated only by the day it was said or reported ("the police confirmed today that X escaped an
    attack") takes the attack's own day told further on in its sentences ("... after being wounded on 21 June"):
    the statement's day is not the attack's. A later day than the publication's is no attack's past."""
    if draft.date is None or not _speech_date(doc, draft.date):
        return
    first = draft.sentences[0]
    for s in sorted({*draft.sentences, *draft.support, *draft.sequel}):
        if s < first:
            continue
        for d in doc.dates_in(*doc.sentences[s]):
            if d is draft.date or d.precision != "day" or _speech_date(doc, d):
                continue
            if 0 < (doc.published - last_day(d)).days <= LEAD_BACKGROUND_AFTER_DAYS:
                draft.date = d
                return


def _many_alone(doc: Doc, a: Anchor, told: set[int], countries: Counter) -> bool:
    """Attacks in the plural with no day, no attack told before them to refer back to, nothing else in their
    sentence telling one or its toll ("strikes killed 30 people", "rocket attacks on the base wounded two"), no
    one place or thing hit ("airstrikes hit a market") and no town or province in their clause ("drone attacks
    on Moscow") are many attacks: "attacks by the Taliban rose sharply", "attacks against universities"."""
    if a.sent in told:
        return False
    c0, c1 = clause_bounds(doc, a.sent, a.start)
    if any(m.place.kind in ("city", "admin1") for m in place_rules.mentions_in(doc, c0, c1, countries)):
        return False  # the place test first: the objects cost a pass over the sentence's tokens
    return not any(_one_thing(doc, f.span.start, f.span.end) for f in objects_in(doc, a.sent))


_ONE = frozenset(["a", "an", "one", "the"])


def _one_thing(doc: Doc, start: int, end: int) -> bool:
    """A target or victim named in the singular with its article: "a market", "the Kharab al-Jir base"."""
    before = doc.low[max(0, start - 6):start].split()[-1:]
    last = doc.low[start:end].split()[-1:]
    return bool(before) and before[0] in _ONE and bool(last) and not s_plural(last[0])


def _carry_dates(doc: Doc, drafts: list[Draft]) -> None:
    """An attack told later in a story with no date of its own happened in the story's time, the date of the
    attack told before it, not on the publication day ("Yesterday rebels raided the town. ... Before leaving,
    they blew up the bridge"); a date months old (a trial's, an anniversary's) does not carry over."""
    for prev, d in zip(drafts, drafts[1:]):
        if d.date is None and prev.date is not None and \
                (doc.published - last_day(prev.date)).days <= LEAD_BACKGROUND_AFTER_DAYS:
            d.date = prev.date


def _share_sentences(doc: Doc, drafts: list[Draft]) -> None:
    """"A bombing last month that killed 20, and an attack on 3 May that killed 11": a sentence that tells two
    attacks is split at the clause of each one's first anchor, so neither reads the other's victims."""
    starts: dict[int, list[tuple[int, Draft]]] = {}
    for d in drafts:
        first: dict[int, int] = {}
        for a in d.anchors:
            first.setdefault(a.sent, a.start)
        for sent, pos in first.items():
            starts.setdefault(sent, []).append((clause_bounds(doc, sent, pos)[0], d))
    for sent, found in starts.items():
        if len(found) < 2:
            continue
        found.sort(key=lambda x: x[0])
        s0, s1 = doc.sentences[sent]
        for n, (_, d) in enumerate(found):
            d.parts[sent] = (s0 if n == 0 else found[n][0], found[n + 1][0] if n + 1 < len(found) else s1)


def _sequel(doc: Doc, draft: Draft, starts: set[int]) -> list[int]:
    """The sentences read for whom the incident hit: the one right after its telling, where wire copy names them
    ("The victims were identified as ...", "X's body was found next to the body of Y") unless another incident
    begins there, those that name them in a gap of the telling or a little on, and its later casualty
    sentences."""
    after = max(draft.read_with_support()) + 1
    out = [after] if after < len(doc.sentences) and after not in starts else []
    # "The victim was identified as X", "Among the victims are X" a sentence or two on, or in a gap of the
    # telling, names whom this incident hit: such a sentence is read too, up to where another incident begins
    later = []
    for s in range(after + 1, min(len(doc.sentences), after + 1 + VICTIMS_NAMED_REACH)):
        if s in starts:
            break
        later.append(s)
    out += [s for s in draft.between + later if _names_the_victims(doc, s)]
    return out + [s for s in draft.later if s not in out]


_VICTIMS_NAMED = re.compile(r"\b(?:the|other) (?:victims?|dead|wounded|injured|bodies)\b[^.]*\bidentified as\b"
                            r"|\b(?:among the|the|the other|another|one of the) (?:victims?|dead) (?:is|are|was|were)\b"
                            r"|\bthe other victim,"
                            # "the murdered inspector was identified as X", "his brothers were identified as Y"
                            r"|\b(?:killed|murdered|slain|kidnapped|abducted|wounded|injured) \w+ "
                            r"(?:was|were) identified as\b"
                            r"|\b(?:his|her|their) (?:brothers?|sisters?|sons?|daughters?|wife|husband|companions?) "
                            r"(?:was|were) identified as\b"
                            # "those who were kidnapped are X, Y and Z"
                            r"|\bthose (?:who (?:were|had been) )?"
                            r"(?:killed|wounded|injured|kidnapped|abducted) (?:are|were)\b"
                            # "the five students who disappeared this week are X, Y and Z"
                            r"|\bwho (?:disappeared|died|(?:were|have been) "
                            r"(?:killed|murdered|kidnapped|abducted|wounded|injured))\b[^.;]{0,40}? (?:are|were)\b")


def _names_the_victims(doc: Doc, sent: int) -> bool:
    """Does the sentence name who the victims were ("the victim was identified as", "among the dead were")?"""
    s0, s1 = doc.sentences[sent]
    if not doc.mentions_in(_VICTIMS_NAMED_WORDS, s0, s1):
        return False  # most sentences: no regex run
    return bool(_VICTIMS_NAMED.search(doc.low, s0, s1))


# one of them in every _VICTIMS_NAMED match
_VICTIMS_NAMED_WORDS = ("identified as", " victim", " dead ", "those ", "who ")


def _between(draft: Draft) -> list[int]:
    """Sentences with no attack word that lie in a short gap of the incident's telling ("The attack ... They
    were intercepted by four individuals. ... The bomb ..."): the story goes on there, so its attackers and
    targets are read too. A long gap is another story; the gaps of the bounded read keep this linear."""
    told = sorted(set(draft.read_with_support()))
    return [s for a, b in zip(told, told[1:]) if 1 < b - a <= BETWEEN_REACH + 1 for s in range(a + 1, b)]


def _historical(doc: Doc, draft: Draft) -> bool:
    """An attack dated in its own clause more than HISTORY_AFTER_DAYS before the article ("the 1984 assassination
    of the minister", "kidnapped 20 ambassadors in 1980") is history told for context, not an incident to report."""
    first = draft.anchors[0]
    if _years_back(doc, first) * 365 > HISTORY_AFTER_DAYS:
        return True
    own = clause_date(doc, first.sent, first.start)
    if own is None:
        own = _opening_date(doc, first.sent) or _when_date(doc, first)
    # "in June last year" is recent context, a background incident; history is dated in a year written out
    return own is not None and not own.relative and (doc.published - last_day(own)).days > HISTORY_AFTER_DAYS


# "10 years ago", "several years after", and with no count "a murder committed years ago", "decades ago"
_YEARS_AGO = re.compile(r"\b(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few) )?"
                        r"(years|decades) (?:ago|after|since)\b")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*$")
# "a caudillo who was assassinated in 1835": a year before 1900 (the date finder reads 19xx and 20xx only)
_OLD_YEAR_AFTER = re.compile(r"\s+in\s+(1[0-8]\d\d)\b")


def _years_back(doc: Doc, a: Anchor) -> int:
    """"The 1984 killing of the reporter" (a year right before the attack noun), "was assassinated 10 years ago",
    "five years after the bombings", "a murder committed years ago", "decades ago", "assassinated in 1835":
    how many years before the article the clause puts the attack, 0 when it does not say."""
    c0, c1 = clause_bounds(doc, a.sent, a.start)
    year = _YEAR_BEFORE.search(doc.low, max(c0, a.start - 12), a.start)
    if year is not None:
        return doc.published.year - int(year.group(1))
    old = _OLD_YEAR_AFTER.match(doc.low, a.end, c1)
    if old is not None:
        return doc.published.year - int(old.group(1))
    # the pattern tries every word of the clause; most clauses hold neither unit word it needs
    if doc.low.find("years", c0, c1) < 0 and doc.low.find("decades", c0, c1) < 0:
        return 0
    ago = _YEARS_AGO.search(doc.low, c0, c1)
    if ago is None:
        return 0
    word, unit = ago.group(1), 10 if ago.group(2) == "decades" else 1
    return unit * (int(word) if word and word.isdigit() else 2)


def _when_date(doc: Doc, a: Anchor) -> DateMention | None:
    """"On 17 June 1980, when the group attacked an office": a clause opened by "when" is dated by the clause
    right before it."""
    c0, _ = clause_bounds(doc, a.sent, a.start)
    if doc.low[c0:a.start].split()[:1] != ["when"]:
        return None
    s0 = doc.sentences[a.sent][0]
    if c0 - 1 <= s0:
        return None
    p0, _ = clause_bounds(doc, a.sent, c0 - 1)
    dates = [d for d in doc.dates_in(p0, c0) if not _speech_date(doc, d)]
    return dates[-1] if dates else None


_OPENERS = frozenset(["in", "on", "during", "back", "early", "late", "mid", "since", "as", "long", "ago", "\"", "'"])


def _opening_date(doc: Doc, sent: int) -> DateMention | None:
    """A date that opens its sentence ("In 1976, the prime minister ordered the killing of ...") sets the time
    of every clause after it."""
    s0, s1 = doc.sentences[sent]
    dates = doc.dates_in(s0, s1)
    if not dates or any(w.strip('"[(') not in _OPENERS for w in doc.low[s0:dates[0].start].split()):
        return None
    return dates[0]


def last_day(d: DateMention) -> datetime.date:
    """The latest day a date can mean: "1984" may be 31 December 1984, "October 1987" the 31st."""
    parts = [int(p) for p in d.value.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(parts[0], 12, 31)


def _named_victim_drafts(doc: Doc, support: list[Anchor]) -> list[Draft]:
    """With no clearer attack in the article, "X died of gunshot wounds" or "the disappearance of X" is one."""
    for a in support:
        if a.atype not in ("armed_assault", "kidnapping") or a.start < doc.dateline_end or a.described:
            continue
        if doc.low[a.start:a.end] == "died" and not _violent_cause(doc, a):
            continue  # "when Duarte died, a truce was declared": a death, no attack
        named = [f for f in objects_in(doc, a.sent) if f.kind == "victim" and f.named and f.effect != "other"]
        if named:
            return [Draft([a], [a.sent], sentence_date(doc, a.sent, a.start), None, [(a.atype, a.start, a.end)])]
    return []


def _violent_cause(doc: Doc, a: Anchor) -> bool:
    """"Died from gunshot wounds", "died of his wounds", "died when the bomb exploded": a death told with its violent
    cause (a cause phrase after it, the marks of a violent death or a weapon in its sentence)."""
    s0, s1 = doc.sentences[a.sent]
    return _CAUSE_AFTER.match(doc.low, a.end, s1) is not None or bool(doc.hits_in("weapon", s0, s1)) \
        or bool(doc.cues_in(s0, s1, "violent_death"))


_CAUSE_AFTER = re.compile(r"\s+(?:of|from|after|as\s+a\s+result\s+of)\s")


def _attach(drafts: list[Draft], support: list[Anchor]) -> None:
    """Sentences that only name an attack ("the victims were...", "the explosion destroyed...") add
    their fillers to the incident told just before them."""
    # Anchors come in text order: drafts open in order and list their sentences in order, and each
    # draft's support grows in order. Bisecting keeps digests of thousands of incidents linear.
    firsts = [d.sentences[0] for d in drafts]
    for a in support:
        k = bisect_right(firsts, a.sent)  # drafts[:k] begin at or before this sentence
        target = None
        # the nearest sentence of the incident before this one: its later (anaphoric) sentences may come after
        if k and a.sent - _last_at_or_before(drafts[k - 1].sentences, a.sent) <= ATTACH_REACH:
            target = drafts[k - 1]
        elif k < len(drafts) and firsts[k] - a.sent <= 2:
            target = drafts[k]  # a lead sentence ("X died after being shot") told before the attack itself
        elif k and _goes_on(drafts[k - 1], a.sent):
            drafts[k - 1].later.append(a.sent)  # a report still telling who was hit, no other attack between
        if target is not None and not _has(target.sentences, a.sent) and target.support[-1:] != [a.sent]:
            target.support.append(a.sent)


def _goes_on(draft: Draft, sent: int) -> bool:
    """Is the casualty sentence within reach of the draft's last supporting or later one (not of its telling)?"""
    last = max(draft.support[-1:] + draft.later[-1:], default=None)
    return last is not None and last < sent and sent - last <= ATTACH_REACH


def _last_at_or_before(sentences: list[int], sent: int) -> int:
    return sentences[bisect_right(sentences, sent) - 1]


def _has(sentences: list[int], sent: int) -> bool:
    i = bisect_left(sentences, sent)
    return i < len(sentences) and sentences[i] == sent


def _continues(current: Draft, a: Anchor, date: DateMention | None, said: bool, place,
               own: DateMention | None) -> bool:
    """Does the anchor tell the current draft's attack? In the same sentence yes, unless its own clause
    dates another day ("a bombing last month ..., and an attack on the airport in August 2021")."""
    if a.sent == current.sentences[-1]:
        return own is None or current.date is None or own.value == current.date.value
    if date is not None and current.date is not None and date.value != current.date.value \
            and not (a.sent - current.sentences[-1] <= REPORTED_REACH and _reported_then(current, date, said)):
        return False
    if not _same_place(current.place, place):
        return False
    return a.sent - current.sentences[-1] <= 4


def _reported_then(current: Draft, date: DateMention, said: bool) -> bool:
    """Is one of the two dates only the day the other's attack was reported, a few days after it ("police said on
    Sunday. The gunmen arrived late on Friday")?"""
    if current.date is None:
        return False
    return (current.date_said and _days_before(date, current.date) in _REPORTED_AFTER
            or said and _days_before(current.date, date) in _REPORTED_AFTER)


def _days_before(d: DateMention, later: DateMention) -> int | None:
    """How many days ``d`` lies before ``later``, both days; None for a month or a year."""
    if d.precision != "day" or later.precision != "day":
        return None
    return (datetime.date.fromisoformat(later.value) - datetime.date.fromisoformat(d.value)).days


# "police said on Sunday" reports an attack of that day or of the days just before it
_REPORTED_AFTER = range(0, REPORTED_WITHIN_DAYS + 1)


_SPEECH_GAP = frozenset(["on", "late", "early", "responsibility", "credit", "for", "it", "the", "attack", "a",
                         "statement"])


def _dates_another_event(doc: Doc, d: DateMention) -> bool:
    """A day set before a noun that is no attack ("the 19 March election", "the recent 15 February summit", "the
    3 October coup") dates that event; "the 30 October attack" is an attack's."""
    if d.precision != "day" or doc.low[max(0, d.start - 8):d.start].split()[-1:] not in (["the"], ["recent"]):
        return False
    after = doc.low[d.end:d.end + _ATTRIBUTIVE_REACH].split()[:_ATTRIBUTIVE_WORDS]
    if not after or not after[0].strip(".,;:").isalpha() or after[0] in lexicon().stopwords:
        return False  # "the 19 March, when ...", "on the 19 March at 2100": no noun it modifies ("summit." is one)
    end = doc.low.find(after[-1], d.end) + len(after[-1])
    return not doc.hits_in("trigger", d.end, end)


_ATTRIBUTIVE_REACH = 40
_ATTRIBUTIVE_WORDS = 3  # "the 15 February antidrug summit", "the 30 October guerrilla attack"


def _speech_date(doc: Doc, d: DateMention) -> bool:
    """The day a claim or statement was made ("claimed responsibility on Thursday", "said on Saturday",
    "on Friday claimed"): a claim or reporting cue right next to the date."""
    if d.precision != "day":
        return False  # "were reported in September": a month dates the events counted
    if doc.low.startswith("'s", d.end):
        return False  # "claimed responsibility for Wednesday's attack": the day dates the attack
    s0, s1 = doc.sentences[doc.sentence_of(d.start)]
    for kind in ("claimed", "reporting"):
        for cue in doc.cues_in(max(s0, d.start - SPEECH_DATE_REACH), d.start, kind):
            passive = doc.low[max(s0, cue.start - 6):cue.start].split()[-1:] in (["was"], ["were"])
            if not passive and all(w in _SPEECH_GAP for w in doc.low[cue.end:d.start].split()):
                return True
        for cue in doc.cues_in(d.end, min(s1, d.end + 3), kind):
            # "on Friday said"; not across a comma closing an aside ("wounded on 21 June, said:")
            return not doc.low[d.end:cue.start].strip()
    return False


def _same_time(a: DateMention, b: DateMention) -> bool:
    """Can the two dates mean the same day ("yesterday" within "November")?"""
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _lead(draft: Draft, read: set[int]) -> int | None:
    """The sentence right before a telling that opens by referring back to an attack ("A train was derailed
    before dawn. Two guards died in the explosion."): the lead that tells it, read by no incident."""
    first = draft.anchors[0]
    before = first.sent - 1
    if before < 0 or before in read or not first.anaphoric or first.sent != draft.sentences[0]:
        return None
    return before


def story_goes_on(doc: Doc, draft: Draft, stop: int) -> list[int]:
    """Sentences after the telling that go on with its story: they refer back to the attack or its doers ("the
    attackers", "the explosion", "the latter") within STORY_REACH sentences, before the next incident begins and
    before a date of another day (a new date opens another story)."""
    last = max(draft.read_with_support())
    out = []
    for s in range(last + 1, min(stop, last + 1 + STORY_REACH)):
        s0, s1 = doc.sentences[s]
        if draft.date is not None and not all(_same_time(d, draft.date) for d in doc.dates_in(s0, s1)):
            break
        if doc.cues_in(s0, s1, "story"):
            out.append(s)
    return out
