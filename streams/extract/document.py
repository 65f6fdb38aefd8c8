"""The analysed article: text, sentences, tokens, dictionary hits and dates, computed once."""
from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple, TypeVar

import ahocorasick

from streams.extract.dates import DateMention, find_dates
from streams.extract.resources import Lexicon, lexicon
from streams.extract.scan import Found, Hit, is_all_caps, lower_same_length, scan
from streams.extract.sentences import split_sentences
from streams.extract.thresholds import HEADLINE_BODY_LINE, HEADLINE_MAX

# Linear tokenizer: words (with inner hyphens/apostrophes), numbers with thousands separators ("1,200")
# or single punctuation marks. No lookahead after the digit groups: a match never fails once begun.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+|\w+(?:['’-]\w+)*|[^\w\s]")
# The same tokens with the white space before each: every non-space character starts a token, so the
# matches tile the text and findall (strings, no Match objects) gives the offsets by adding lengths.
# The possessive \s*+ never backtracks; the text searched ends in a token, so no attempt fails.
_SPACED_TOKEN = re.compile(r"(\s*+)((?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+|\w+(?:['’-]\w+)*|[^\w\s])")
# MUC datelines: "SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- [TEXT] ..." (bounded, anchored at the start).
_DATELINE = re.compile(r"[^\n]{0,80}?\d{1,2} [A-Z]{3} \d{2}[^\n]{0,60}?--")
# Agency datelines: "KANO, May 8 (Reuters) - ", "BEIRUT, Oct. 1, 2024 - ", "KYIV (AP) — ", "SRINAGAR, India,
# April 23 (Reuters) - ", "BOGOTA, SEPTEMBER 18 (AP) - ", "KANO, Nigeria — " (their date is the publication day,
# their place the outlet's desk).
_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Za-z .'-]{1,40})?"  # the desk's town, maybe its country
    r"(?:, (?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\.? \d{1,2}"
    r"(?:, \d{4})?(?: \([^)\n]{1,40}\))?| \([^)\n]{1,40}\)) (?:-{1,2}|–|—) "  # a date or an agency, or both
    # or the desk's town in capitals and its country, no date nor agency: "KANO, Nigeria - "
    r"|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} (?:-{1,2}|–|—) ")


class Token(NamedTuple):
    start: int
    end: int
    low: str


def token_start(tok: Token) -> int:
    """A bisect key over a sentence's tokens."""
    return tok.start


_new_tuple = tuple.__new__  # builds a Token without NamedTuple.__new__'s Python-level call
_NO_HITS: tuple[list[int], list[Hit]] = ([], [])


_T = TypeVar("_T")
_UNSET = object()  # Doc.once's mark of a key not computed yet (None is a value some rules compute)


@dataclass
class Doc:
    text: str
    low: str
    published: datetime.date
    caps: bool
    lex: Lexicon
    sentences: list[tuple[int, int]]
    hits: dict[str, list[Hit]]
    dates: list[DateMention]
    dateline_end: int
    _sentence_starts: list[int] = field(default_factory=list)
    _tokens: dict[int, list[Token]] = field(default_factory=dict)
    # category -> (hit starts, hits), built on first look-up; cue kinds keyed without the "cue:" prefix
    _index: dict[str, tuple[list[int], list[Hit]]] = field(default_factory=dict)
    _cue_index: dict[str, tuple[list[int], list[Hit]]] = field(default_factory=dict)
    _date_starts: list[int] = field(default_factory=list)
    _blocked: tuple[list[int], list[int]] | None = None
    _present: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    _searched: frozenset[str] = frozenset()  # the words one pass looked for (every list asked so far) ...
    _found_words: set[str] = field(default_factory=set)  # ... and those the text holds
    memo: dict = field(default_factory=dict)  # per-article caches of the rule modules

    def once(self, key: Hashable, compute: Callable[..., _T], *args: Any) -> _T:
        """compute(*args), once per article and key: drafts share sentences, and rules ask the same of one
        sentence or hit again."""
        value = self.memo.get(key, _UNSET)  # one look-up (hashing the key once) when it was computed
        if value is _UNSET:
            value = self.memo[key] = compute(*args)
        return value

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self._sentence_starts, pos)  # asked tens of times per draft: no max() call
        return i - 1 if i else 0

    def tokens(self, sent: int) -> list[Token]:
        """Tokens of one sentence, computed on first use."""
        toks = self._tokens.get(sent)
        if toks is None:
            toks = self._tokens[sent] = tokenize(self.text, self.low, *self.sentences[sent])
        return toks

    def hits_in(self, category: str, start: int, end: int) -> list[Hit]:
        """Hits of a category starting in [start, end); cue hits are filed per kind ("cue:intent")."""
        entry = self._index.get(category)
        if entry is None:
            entry = self._index[category] = _indexed(self.hits.get(category))
        starts, hs = entry
        return hs[bisect_left(starts, start):bisect_left(starts, end)]

    def cues_in(self, start: int, end: int, kind: str) -> list[Hit]:
        # the hot path of every filter: its own index, no "cue:" + kind string per call
        entry = self._cue_index.get(kind)
        if entry is None:
            hits = self.hits.get("cue:" + kind)
            if hits and self.dateline_end and hits[0].start < self.dateline_end:
                hits = [h for h in hits if h.start >= self.dateline_end]  # "KANO, MAY 6 (AP) -": no "may" of intent
            entry = self._cue_index[kind] = _indexed(hits)
        starts, hs = entry
        return hs[bisect_left(starts, start):bisect_left(starts, end)]

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Does any of words occur anywhere in the lower-case text? Once per article and word list: a rule that
        needs one of them in a sentence skips its per-sentence scans in the many articles that have none."""
        return bool(self.present(words))

    def mentions_in(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Does any of words occur in the lower-case text of [start, end)? Skips the scan when the article has none."""
        found = self._present.get(words)  # asked per sentence by many rules: no generator, most often no word
        if found is None:
            found = self.present(words)
        low = self.low
        for w in found:
            if low.find(w, start, end) >= 0:
                return True
        return False

    def present(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Those of words that occur in the lower-case text (in their order), once per article and word list."""
        found = self._present.get(words)
        if found is None:
            if not self._searched.issuperset(words) and _WATCHED.watch(words):
                self._searched, self._found_words = _WATCHED.found_in(self.low)
            if self._searched.issuperset(words):
                found = tuple(filter(self._found_words.__contains__, words))  # in C: no generator frame
            else:  # the watch list is full (lists built per call?): one search per word
                found = tuple(w for w in words if w in self.low)
            self._present[words] = found
        return found

    def low_without_actors(self, start: int, end: int) -> str:
        """The lower-case text of [start, end) without the group names in it: "killed 35 Boko Haram fighters"
        reads as "killed 35  fighters"."""
        pieces, pos = [], start
        for h in self.hits_in("actor", start, end):
            pieces.append(self.low[pos:h.start])
            pos = max(pos, h.end)
        return "".join(pieces) + self.low[pos:end]

    def span(self, start: int, end: int) -> dict:
        """A schema span: the text exactly as written, with its offsets."""
        return {"text": self.text[start:end], "start": start, "end": end}

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        if start < self.dateline_end:
            start = self.dateline_end
        if not self._date_starts and self.dates:
            self._date_starts = [d.start for d in self.dates]
        i = bisect_left(self._date_starts, start)
        j = bisect_left(self._date_starts, end)
        return self.dates[i:j]

    def blocked(self, start: int, end: int) -> bool:
        """Is [start, end) inside an actor or outlet name (never a place then)?"""
        if self._blocked is None:
            spans = sorted((h.start, h.end) for cat in ("actor", "outlet") for h in self.hits.get(cat, []))
            self._blocked = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = self._blocked
        i = bisect_right(starts, start) - 1
        while i >= 0 and starts[i] >= start - 200:
            if ends[i] >= end:
                return True
            i -= 1
        return False


class _WatchedWords:
    """Every word the rules have asked Doc.mentions about, in one automaton: one pass over an article finds which
    it holds, where a search per word costs a pass each (some fifty words, asked in every article)."""

    def __init__(self) -> None:
        # the words and their automaton, replaced together (never changed in place): a Doc keeps the words its
        # pass looked for, so a list added meanwhile for another article is searched for again, not taken as absent
        self.state: tuple[frozenset[str], ahocorasick.Automaton | None] = (frozenset(), None)

    def watch(self, words: tuple[str, ...]) -> bool:
        """Add the words (a new list: in the first articles only) and rebuild the automaton; False when the list is
        full (rules asking of word lists built per call would otherwise grow it, and rebuild it, without end)."""
        known = self.state[0]
        if known.issuperset(words):
            return True
        known = known | frozenset(words)
        if len(known) > _MAX_WATCHED:
            return False
        automaton = ahocorasick.Automaton()
        for w in known:
            if w:
                automaton.add_word(w, w)
        automaton.make_automaton()
        self.state = (known, automaton if len(automaton) else None)
        return True

    def found_in(self, low: str) -> tuple[frozenset[str], set[str]]:
        """The words looked for, and those of them in low ("" is in every text, as for the in operator)."""
        known, automaton = self.state
        found = {w for _, w in automaton.iter(low)} if automaton is not None else set()
        if "" in known:
            found.add("")
        return known, found


_MAX_WATCHED = 2000  # the rules' word lists hold some hundred words
_WATCHED = _WatchedWords()


def tokenize(text: str, low: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] (what _TOKEN.finditer finds there), each with its lower-case form."""
    end = start + len(text[start:end].rstrip())
    if text.isascii():
        # ASCII lower-casing keeps letters letters: the lower-case text tiles into the same tokens,
        # already lower-cased (no slice per token)
        return _ascii_tokens(low, start, end)
    tokens: list[Token] = []
    append = tokens.append
    pos = start
    for space, token in _SPACED_TOKEN.findall(text, start, end):
        first = pos + len(space)
        pos = first + len(token)
        append(_new_tuple(Token, (first, pos, low[first:pos])))
    return tokens


# ASCII white space other than the space (what \s matches there), read as a space: same length
_WHITE = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"})
# marks that, last in a word, are a token of their own (no \w character, and no letter follows to join them)
_TRAILING = frozenset(",.;:)?!\"'")


def _ascii_tokens(low: str, start: int, end: int) -> list[Token]:
    """tokenize on ASCII lower-case text, where _TOKEN never crosses white space: the text cut at spaces (in C)
    gives the tokens of most words directly ("killed", "said," is a word and a comma), with no regex match per
    token, each of which costs as much as the token's tuple; other words ("u.s.", "1,200", "(ap)") go through
    the regex alone, which tokenises them as it would inside the text."""
    tokens: list[Token] = []
    append = tokens.append
    pos = start
    for word in low[start:end].translate(_WHITE).split(" "):
        n = len(word)
        if word.isalnum():  # letters and digits: one \w+ token (no dot, comma or joiner to extend it)
            append(_new_tuple(Token, (pos, pos + n, word)))
        elif word[-1:] in _TRAILING and word[:-1].isalnum():
            append(_new_tuple(Token, (pos, pos + n - 1, word[:-1])))
            append(_new_tuple(Token, (pos + n - 1, pos + n, word[-1])))
        elif word:
            first = pos
            for _, token in _SPACED_TOKEN.findall(word):  # no space in the word: the tokens tile it
                append(_new_tuple(Token, (first, first + len(token), token)))
                first += len(token)
        pos += n + 1
    return tokens


def _indexed(hits: list[Hit] | None) -> tuple[list[int], list[Hit]]:
    return ([h[0] for h in hits], hits) if hits else _NO_HITS


def _outlet_hits(low: str, outlet: str | None) -> list[Found]:
    """Where the article names its own outlet ("Kurdistan24 reported"): never a place there."""
    name = (outlet or "").strip().lower()
    if len(name) < 3:
        return []
    found: list[Found] = []
    i = low.find(name)
    while i >= 0 and len(found) < 100:
        found.append((i, -i - len(name), 2, _OUTLET))  # pass 2: after the dictionary's hits on one span
        i = low.find(name, i + len(name))
    return found


_OUTLET = (("outlet", True),)


def _by_category(found: list[Found]) -> tuple[dict[str, list[Hit]], list[tuple[int, int, object]]]:
    """Hits per category (nested hits of one category dropped, as the longest reading wins), all cues
    under "cue" and per kind under "cue:<kind>", and the date words for the date finder; one pass."""
    by_cat: dict[str, list[Hit]] = {}
    cues: list[Hit] = []
    cue_kinds: dict[str, list[Hit]] = {}
    words: list[tuple[int, int, object]] = []
    for start, neg_end, _, values in found:
        end = -neg_end
        for category, payload in values:
            if category == "cue":
                h = _new_tuple(Hit, (start, end, category, payload))
                cues.append(h)
                same_kind = cue_kinds.get(payload)
                if same_kind is None:
                    cue_kinds[payload] = [h]
                else:
                    same_kind.append(h)
                continue
            if category == "dateword":
                words.append((start, end, payload))
            same = by_cat.get(category)
            if same is None:
                by_cat[category] = [_new_tuple(Hit, (start, end, category, payload))]
            elif start >= same[-1][1]:  # not inside the category's last hit (hits come by start, longest first)
                same.append(_new_tuple(Hit, (start, end, category, payload)))
            elif category == "actor" and end > same[-1][1] and _group_over_state(same[-1][3], payload):
                # "Colombian Army of National Liberation guerrillas": an armed group's name crossing a state's wins
                same[-1] = _new_tuple(Hit, (start, end, category, payload))
    by_cat["cue"] = cues
    for kind, kind_hits in cue_kinds.items():
        by_cat["cue:" + kind] = kind_hits
    return by_cat, words


def _group_over_state(last: tuple[int, ...], crossing: tuple[int, ...]) -> bool:
    """Do the readings of an actor hit crossing the last one name only armed groups, and the last one's only states?"""
    actors = lexicon().actors
    return all(actors[i].kind == "armed_group" for i in crossing) and all(actors[i].kind == "state" for i in last)


def _drop_cues_in_dates(by_cat: dict[str, list[Hit]], kind: str, dates: list[DateMention]) -> None:
    """"KANO, May 8 - Gunmen killed...": the month is no "may" of intention."""
    starts = [d.start for d in dates]  # dates come sorted by start

    def in_date(h: Hit) -> bool:
        i = bisect_right(starts, h.start) - 1
        return i >= 0 and h.end <= dates[i].end

    inside = {h for h in by_cat["cue:" + kind] if in_date(h)}
    if inside:
        by_cat["cue:" + kind] = [h for h in by_cat["cue:" + kind] if h not in inside]
        by_cat["cue"] = [h for h in by_cat["cue"] if h not in inside]


def headline_end(text: str, caps: bool) -> int:
    """The end of a headline line the text opens with, or 0. Feeds often put the headline above the body with
    one line break, which the sentence splitter reads through: "Drone strike kills 30 in market\nA drone strike
    on a market killed at least 30 people" would count the dead twice. A headline ends in no sentence mark and is
    followed by an agency dateline ("KANO (Reuters) - "), or, in mixed case, by a capital and a paragraph, no
    hard-wrapped continuation (a line past HEADLINE_BODY_LINE characters, or a sentence ending a paragraph)."""
    end = text.find("\n", 0, HEADLINE_MAX + 1)
    first = text[:end].rstrip()
    if end <= 0 or not first or first[-1] in _SENTENCE_MARKS:
        return 0
    body = _line_after(text, end)
    if _AGENCY_DATELINE.match(text, body):
        return len(first)
    line_end = text.find("\n", body)
    line_end = line_end if line_end >= 0 else len(text)
    line = text[body:line_end].rstrip()
    # a paragraph: a long line, or a sentence ending where a blank line or the text does
    paragraph = len(line) > HEADLINE_BODY_LINE \
        or line[-1:] in _SENTENCE_ENDS and not text[line_end:line_end + 2].strip()
    return len(first) if not caps and text[body:body + 1].isupper() and paragraph else 0


_SENTENCE_MARKS = frozenset(".!?:;,-")
_SENTENCE_ENDS = frozenset(".!?\"'”")


def _line_after(text: str, end: int) -> int:
    """Where the next non-blank line after offset ``end`` begins."""
    return end + len(text[end:end + HEADLINE_MAX]) - len(text[end:end + HEADLINE_MAX].lstrip())


def _split_at(sentences: list[tuple[int, int]], cut: int, text: str) -> list[tuple[int, int]]:
    """The sentences with the one that spans offset ``cut`` (a headline's end) cut there."""
    if not cut:
        return sentences
    out = []
    for s, e in sentences:
        if s < cut < e:
            out.append((s, cut))
            s = _line_after(text, cut)
        out.append((s, e))
    return out


def analyse(text: str, published: datetime.date, outlet: str | None = None) -> Doc:
    """Run every dictionary, the sentence splitter and the date finder over the text once."""
    lex = lexicon()
    # one apostrophe for the rules: "the rebels’ camp", "Kata’ib" read as their ASCII spelling (same length)
    low = lower_same_length(text).replace("\u2019", "'")
    caps = is_all_caps(text)
    headline = headline_end(text, caps)
    m = _DATELINE.match(text) or _AGENCY_DATELINE.match(text, _line_after(text, headline) if headline else 0)
    dateline_end = m.end() if m else 0
    found = scan(text, low, lex, caps)
    outlets = _outlet_hits(low, outlet)
    if outlets:
        found += outlets
        found.sort()
    by_cat, words = _by_category(found)
    sentences = _split_at(split_sentences(text), headline, text)
    dates = find_dates(text, published, words, low)
    if "cue:intent" in by_cat and dates:
        _drop_cues_in_dates(by_cat, "intent", dates)
    doc = Doc(text, low, published, caps, lex, sentences, by_cat, dates, dateline_end)
    doc._sentence_starts = [s for s, _ in sentences]
    return doc
