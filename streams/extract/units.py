"""A state's military unit named as the attacker: "the killing ... carried out by the 6th Military Detachment",
"troops of the Atonal Battalion carried out the massacre", "soldiers from Military Detachment No 4". The unit is
the attackers' organisation as the text names it (state forces), where nothing else named one.
"""
from __future__ import annotations

import re

from streams.extract.document import Doc
from streams.extract.drafts import Draft
from streams.extract.resources import lexicon

_SPACE = r"[ \t\n]{1,3}"
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th|d)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_BRANCH = r"(?:infantry|artillery|military|engineers?|cavalry|mechani[sz]ed|airborne|marine|commando)"
_UNIT_NOUNS = ("brigade", "battalion", "detachment", "division", "regiment")
_UNIT_NOUN = rf"(?:{'|'.join(_UNIT_NOUNS)})"
_MEN = "troops|soldiers|members|men"  # the unit's men, before or after its name
# "the 6th Military Detachment", "the 1st Infantry Brigade", "Military Detachment No 4", "the Atonal Battalion"
_UNIT = (rf"(?:{_ORDINAL}{_SPACE}(?:{_BRANCH}{_SPACE})?{_UNIT_NOUN}"
         rf"|(?:military{_SPACE})?detachment{_SPACE}(?:no\.?|number){_SPACE}?\d{{1,2}}"
         rf"|(?P<named>[a-z][a-z'-]+){_SPACE}battalion)\b")
# the unit as the deed's agent
_AGENT = re.compile(rf"\b(?:carried{_SPACE}out|committed|perpetrated){_SPACE}by{_SPACE}(?:the{_SPACE})?"
                    rf"(?P<unit>{_UNIT})", re.I)
# the unit (or its men) as the subject right before the attack verb, or of a verb of doing before the attack noun:
# "the Atonal Battalion massacred", "troops of the 4th Brigade had killed", "troops of the X Battalion carried out
# the massacre"
_SUBJECT = re.compile(rf"(?:(?:{_MEN}){_SPACE}(?:of|from){_SPACE})?(?:the{_SPACE})?"
                      rf"(?P<unit>{_UNIT})(?:{_SPACE}(?:{_MEN}))?{_SPACE}"
                      rf"(?:(?:had|have|has|also|allegedly|reportedly){_SPACE})?"
                      rf"(?P<deed>(?:carried{_SPACE}out|committed|perpetrated){_SPACE}(?:the|this|a|an){_SPACE})?$",
                      re.I)
# the attackers as the unit's men (inside the attackers' phrase: "troops from the X brigade were worn out" is not)
_MEN_OF = re.compile(rf"\b(?:{_MEN}|personnel){_SPACE}(?:of|from){_SPACE}(?:the{_SPACE})?"
                     rf"(?P<unit>{_UNIT})", re.I)


def with_unit(doc: Doc, draft: Draft, perp: dict, people: list[dict]) -> dict:
    """The unit named as the deed's agent in the incident's sentences, or whose men are the attackers, as the
    attackers' organisation, where nothing else named one."""
    if perp["group"] is not None or perp["mentions"]:
        return perp
    if not doc.mentions_in(_UNIT_NOUNS, *_stretch(doc, draft)):
        return perp  # most incidents name no unit: skip the regex
    for p in people:
        for m in _MEN_OF.finditer(doc.text, p["start"], p["end"]):
            if _a_name(m):
                return _as_perpetrator(doc, perp, *m.span("unit"))
    for s in draft.read_between():
        for m in _AGENT.finditer(doc.text, *doc.sentences[s]):
            if draft.owns(s, m.start()) and _a_name(m):
                return _as_perpetrator(doc, perp, *m.span("unit"))
    for a in draft.anchors:
        m = _SUBJECT.search(doc.text, max(doc.sentences[a.sent][0], a.start - 100), a.start)
        if m is not None and (m.group("deed") is None) == (a.role == "verb") and _a_name(m):
            return _as_perpetrator(doc, perp, *m.span("unit"))
    return perp


def _as_perpetrator(doc: Doc, perp: dict, start: int, end: int) -> dict:
    """The unit at [start, end) as the attackers' organisation: state forces, as the text names them."""
    name = " ".join(doc.text[start:end].split())
    return {**perp, "group": name.title() if doc.caps else name, "kind": "state", "known": False,
            "claim": "attributed", "mentions": [doc.span(start, end)]}


def _stretch(doc: Doc, draft: Draft) -> tuple[int, int]:
    """The text from the first to the last sentence the draft reads."""
    read = draft.read_between()
    return doc.sentences[min(read)][0], doc.sentences[max(read)][1]


def _a_name(m: re.Match) -> bool:
    """"the Atonal Battalion" names a unit; "an elite battalion", "the army battalion" do not."""
    word = m.group("named")
    if word is None:
        return True
    low = word.lower()
    lex = lexicon()
    return low not in lex.stopwords and low not in lex.sets["common_words"] and low not in _NOT_NAMES


# words before "battalion" that describe a unit without naming it, beside the common words
_NOT_NAMES = frozenset(["elite", "army", "infantry", "paratroopers", "paratrooper", "counterinsurgency",
                        "antiterrorist", "antiguerrilla", "reaction", "immediate", "rapid"])
