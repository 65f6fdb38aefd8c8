"""Pure, rule-based incident extraction: article text -> incident dicts (schemas/incident.v1.json).

No Kafka, no Faust, no network: the data files under data/ (see data/README.md) are loaded
once, on first use. The pipeline, one module per step:

- ``document``: one pass of the Aho-Corasick automaton (``scan``, ``resources``), sentences
  (``sentences``), dates (``dates``); tokens per sentence on demand. The dateline ("KANO, Nigeria (AP) - ")
  names the desk, not the place attacked; a headline line above it or above the body is its own sentence,
  so its toll is not read as part of the first sentence's.
- ``anchors``: attack triggers kept unless an intention, cessation, aggregate (plural attacks;
  running tolls: "militants have killed more than 100 people since 2009"), negation, trial (also
  one only demanded), habit or campaign (a present or perfect progressive with no day of its
  own: "the air force is bombing poor neighbourhoods"), charge ("the murder of activists"),
  attack noun used as a modifier ("a kidnapping ring", "attack helicopters"), kind of act
  ("kidnapping is an industry"), hypothetical, time reference ("shortly after X's assassination,
  ..."), attack recalled or commemorated, accident, figurative use, combat, abuse list, riot ("raided
  by looters"), toll or question says otherwise; an inquiry into one attack, or a denied link to it,
  still tells it. Places or targets in the plural with no count or name ("bombing residential areas", "has
  attacked command posts"), attacks judged as a set ("the kidnappings are an attempt to ..."), a whole people hit,
  a victim said to be alive, a raid during looting and a killing "during which" many operations went on are no one
  attack either, nor is a raid in a sentence telling arrests (a police operation). An attempt that failed
  ("foiled an attempt by the rebels to kidnap X", "the foiled attack on the generals") is an attack, not an
  intention; an aggregate cue in the clause before ", and" leaves a singular attack after it one.
  Sounds heard and attributive participles ("the kidnapped persons") only support an incident
  told nearby; a body found with the marks of a violent death tells a killing with no attack
  word.
- ``drafts``: anchors grouped into incidents, one per time and place (the dateline's town is no anchor's
  place); a later one with no date of its own happened in the story's time (the date before it), not on
  the publication day; the day an attack was reported ("police said on Sunday") gives way to the day the
  story tells it happened, a few days before. Bare plural
  attacks ("attacks by the Taliban") with no day, nothing told before them to refer back to, and no
  toll, town or one target in their sentence are many attacks: they open no incident.
  A sentence after the telling that refers back to the attack or its doers ("the attackers",
  "the latter"), before the next incident or another day, goes on with its story: read for targets;
  so is the lead right before a telling that opens by referring back ("... died in the explosion").
- ``perpetrators``, ``actors``, ``newgroups``: the group, its claim status, the attackers as people;
  ``units`` (a military unit named as the agent: "troops of the Atonal Battalion") and ``stateforces``
  (attackers told only as soldiers or officers are the state's forces, suspected) where no group was named.
- ``fillers``, ``phrases``: targets, victims, casualty counts, weapon counts; ``brackets``: the one
  pattern of a bracketed aside ("the ELN [Army of National Liberation]") the other modules read or skip.
- ``tolls``: how an incident's casualty counts add up (the largest sentence, names added, people
  "also" killed or killed "along with" the victims on top, a war's running toll left out), and a
  killing told again by a later incident counted once across the article.
- ``places``: place attacked and launch site from the gazetteer; ``incidents`` assembles
  the dicts (one named only by a noun needs a date, victim, target or attacker; its weapons leave out arms
  taken, even at the end of a long inventory; a generic "device" or
  "explosives" is the exploding weapon named before or after it; "AK-47 and M-16 rifles" and "a grenade-type
  device" are one name each) and
  ``consistency`` keeps one name per entity across an article (a fuller name, the one person named with a victim's
  title, no alias counted twice; a target named again shorter, in apposition or after a demonstrative is dropped).
"""
from __future__ import annotations

import datetime

from streams.extract.incidents import extract
from streams.extract.textfile import article_text_from_file


def extract_incidents(text: str, published_at: datetime.date, article_id: str,
                      outlet: str | None = None) -> list[dict]:
    """Return the incidents an article reports or mentions as background.

    Each dict follows schemas/incident.v1.json; every span indexes ``text``; the same input
    always gives the same incident ids. Outlet names in the text (the dictionary's, and
    ``outlet`` when given: "Kurdistan24 reported") are never read as places.
    """
    if isinstance(published_at, datetime.datetime):
        published_at = published_at.date()
    return extract(text, published_at, article_id, outlet)


__all__ = ["extract_incidents", "article_text_from_file"]
