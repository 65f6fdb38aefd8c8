"""The analysed article: text, sentences, tokens, dictionary hits and dates, computed once."""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field

from streams.extract.dates import DateMention, find_dates
from streams.extract.resources import Lexicon, lexicon
from streams.extract.scan import Hit, is_all_caps, longest_per_category, lower_same_length, scan
from streams.extract.sentences import split_sentences

# Linear tokenizer: words (with inner hyphens/apostrophes) or single punctuation marks.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['’-]\w+)*|[^\w\s]")
# MUC datelines: "SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- [TEXT] ..." (bounded, anchored at the start).
_DATELINE = re.compile(r"[^\n]{0,80}?\d{1,2} [A-Z]{3} \d{2}[^\n]{0,60}?--")


@dataclass(slots=True)
class Token:
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
        hs = self.hits.get(category, [])
        i = bisect.bisect_left(hs, start, key=lambda h: h.start)
        out = []
        while i < len(hs) and hs[i].start < end:
            out.append(hs[i])
            i += 1
        return out

    def cues_in(self, start: int, end: int, kind: str) -> list[Hit]:
        return [h for h in self.hits_in("cue", start, end) if h.payload == kind]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start < end and d.start >= self.dateline_end]


def analyse(text: str, published: datetime.date) -> Doc:
    """Run every dictionary, the sentence splitter and the date finder over the text once."""
    lex = lexicon()
    low = lower_same_length(text)
    caps = is_all_caps(text)
    m = _DATELINE.match(text)
    dateline_end = m.end() if m else 0
    raw_hits = scan(text, low, lex, caps)
    cues = [h for h in raw_hits if h.category == "cue"]
    by_cat = longest_per_category([h for h in raw_hits if h.category != "cue"])
    by_cat["cue"] = cues
    sentences = split_sentences(text)
    doc = Doc(text, low, published, caps, lex, sentences, by_cat, find_dates(text, published), dateline_end)
    doc._sentence_starts = [s for s, _ in sentences]
    return doc
