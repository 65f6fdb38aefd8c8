"""The analysed article: text, sentences, tokens, dictionary hits and dates, computed once."""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from streams.extract.dates import DateMention, find_dates
from streams.extract.resources import Lexicon, lexicon
from streams.extract.scan import Hit, is_all_caps, longest_per_category, lower_same_length, scan
from streams.extract.sentences import split_sentences

# Linear tokenizer: words (with inner hyphens/apostrophes), numbers with thousands separators ("1,200")
# or single punctuation marks. No lookahead after the digit groups: a match never fails once begun.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+|\w+(?:['’-]\w+)*|[^\w\s]")
# MUC datelines: "SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- [TEXT] ..." (bounded, anchored at the start).
_DATELINE = re.compile(r"[^\n]{0,80}?\d{1,2} [A-Z]{3} \d{2}[^\n]{0,60}?--")


class Token(NamedTuple):
    start: int
    end: int
    low: str


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
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _date_starts: list[int] = field(default_factory=list)
    _blocked: tuple[list[int], list[int]] | None = None
    memo: dict = field(default_factory=dict)  # per-article caches of the rule modules

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def tokens(self, sent: int) -> list[Token]:
        """Tokens of one sentence, computed on first use."""
        if sent not in self._tokens:
            start, end = self.sentences[sent]
            self._tokens[sent] = [Token(m.start(), m.end(), self.low[m.start():m.end()])
                                  for m in _TOKEN.finditer(self.text, start, end)]
        return self._tokens[sent]

    def hits_in(self, category: str, start: int, end: int) -> list[Hit]:
        """Hits of a category starting in [start, end); cue hits are filed per kind ("cue:intent")."""
        hs = self.hits.get(category)
        if not hs:
            return []
        starts = self._starts.get(category)
        if starts is None:
            starts = self._starts[category] = [h.start for h in hs]
        return hs[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def cues_in(self, start: int, end: int, kind: str) -> list[Hit]:
        return self.hits_in("cue:" + kind, start, end)

    def span(self, start: int, end: int) -> dict:
        """A schema span: the text exactly as written, with its offsets."""
        return {"text": self.text[start:end], "start": start, "end": end}

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        start = max(start, self.dateline_end)
        if not self._date_starts and self.dates:
            self._date_starts = [d.start for d in self.dates]
        i = bisect.bisect_left(self._date_starts, start)
        j = bisect.bisect_left(self._date_starts, end)
        return self.dates[i:j]

    def blocked(self, start: int, end: int) -> bool:
        """Is [start, end) inside an actor or outlet name (never a place then)?"""
        if self._blocked is None:
            spans = sorted((h.start, h.end) for cat in ("actor", "outlet") for h in self.hits.get(cat, []))
            self._blocked = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = self._blocked
        i = bisect.bisect_right(starts, start) - 1
        while i >= 0 and starts[i] >= start - 200:
            if ends[i] >= end:
                return True
            i -= 1
        return False


def _outlet_hits(low: str, outlet: str | None) -> list[Hit]:
    """Where the article names its own outlet ("Kurdistan24 reported"): never a place there."""
    name = (outlet or "").strip().lower()
    if len(name) < 3:
        return []
    hits, i = [], low.find(name)
    while i >= 0 and len(hits) < 100:
        hits.append(Hit(i, i + len(name), "outlet", True))
        i = low.find(name, i + len(name))
    return hits


def analyse(text: str, published: datetime.date, outlet: str | None = None) -> Doc:
    """Run every dictionary, the sentence splitter and the date finder over the text once."""
    lex = lexicon()
    low = lower_same_length(text)
    caps = is_all_caps(text)
    m = _DATELINE.match(text)
    dateline_end = m.end() if m else 0
    raw_hits = scan(text, low, lex, caps) + _outlet_hits(low, outlet)
    raw_hits.sort(key=lambda h: (h.start, -h.end))
    cues = [h for h in raw_hits if h.category == "cue"]
    by_cat = longest_per_category([h for h in raw_hits if h.category != "cue"])
    by_cat["cue"] = cues
    for h in cues:
        by_cat.setdefault("cue:" + h.payload, []).append(h)
    sentences = split_sentences(text)
    words = [(h.start, h.end, h.payload) for h in raw_hits if h.category == "dateword"]
    doc = Doc(text, low, published, caps, lex, sentences, by_cat, find_dates(text, published, words, low), dateline_end)
    doc._sentence_starts = [s for s, _ in sentences]
    return doc
