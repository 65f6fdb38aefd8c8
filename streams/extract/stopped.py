"""Who stopped an attacker is no attacker: the agent of a passive told of the attacker ("... killing three before he
was shot dead by an off-duty soldier")."""
from __future__ import annotations

import re

from streams.extract.document import Doc


def attacker_stopped(doc: Doc, by_start: int) -> bool:
    """Is the passive before "by" told of the attacker, who was stopped ("... before he was shot dead by",
    "after being overpowered by", "the assailant was killed by")?"""
    s0 = doc.sentences[doc.sentence_of(by_start)][0]
    window = doc.low[max(s0, by_start - _STOPPED_REACH):by_start]
    if _STOPPED_PRONOUN.search(window):
        return True
    found = _STOPPED_SUBJECT.search(window)
    if found is None:
        return False
    at = max(s0, by_start - _STOPPED_REACH) + found.start(1)
    return bool(doc.hits_in("perp", at, at + len(found.group(1))))


_STOPPED_REACH = 70
# the verbs of stopping someone
_STOPPING = r"(?:shot|killed|neutralised|neutralized|overpowered|subdued|stopped|tackled|wounded|gunned|cornered)"
_STOPPED_VERB = rf"(?:\s+(?:[a-z-]+\s+){{0,2}}?{_STOPPING}(?:\s+(?:dead|down))?\s+$)"
# "killing three before he was shot dead by", "until being overpowered by": the main clause's subject, the attacker,
# was stopped after the deed ("when he was shot", "after being shot" tell of the victim as often)
_STOPPED_PRONOUN = re.compile(r"\b(?:before|until)\s+(?:(?:he|she|they)\s+(?:was|were|had\s+been)|being)"
                              + _STOPPED_VERB)
# "the assailant was shot dead by": an attacker noun as the passive's subject
_STOPPED_SUBJECT = re.compile(r"\b([a-z-]+)\s+(?:was|were|had\s+been)" + _STOPPED_VERB)


def stops_attacker(doc: Doc, start: int, end: int) -> bool:
    """Are the people at text[start:end] the subject of a clause that stopped the attacker ("... before police
    officers shot the attacker dead", "until bodyguards overpowered the gunman")?"""
    s0 = doc.sentences[doc.sentence_of(start)][0]
    if not _BEFORE_SUBJECT.search(doc.low, max(s0, start - _OPENER_REACH), start):
        return False
    found = _STOPPED_OBJECT.match(doc.low, end)
    if found is None:
        return False
    return bool(doc.hits_in("perp", found.start(1), found.end(1)))


_OPENER_REACH = 40
# "before police officers", "until members of his security detail": the clause opens right before the people
_BEFORE_SUBJECT = re.compile(r"\b(?:before|until)\s+(?:[a-z'-]+\s+){0,5}$")
# "shot the attacker dead": a verb of stopping, an attacker noun its object ("killed him" may tell of the victim)
_STOPPED_OBJECT = re.compile(rf"\s+(?:[a-z]+\s+)?{_STOPPING}\s+(?:the\s+)?([a-z-]+)")
