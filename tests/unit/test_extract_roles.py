"""Role fillers (victims, attackers, targets) on sentences written for these tests, in capitals as wire copy."""
from __future__ import annotations

import datetime

from streams.extract import extract_incidents
from streams.extract.document import analyse
from streams.extract.fillers import objects_in

PUB = datetime.date(1990, 3, 5)


def victims(text: str) -> list[str]:
    """Named victims the filler rules read in each sentence of text, in order."""
    doc = analyse(text, PUB)
    return [text[f.span.start:f.span.end] for s in range(len(doc.sentences)) for f in objects_in(doc, s)
            if f.kind == "victim" and f.named]


def fields(text: str, name: str) -> list[str]:
    return [x["text"] for inc in extract_incidents(text, PUB, "r1") for x in inc[name]]


def test_subject_across_a_bracketed_gloss() -> None:
    text = ("POLICE SAID THAT TOMAS VARGAS, LEADER OF THE UNITED FARMERS LEAGUE [UFL] IN THE NORTH, "
            "WAS SHOT TO DEATH YESTERDAY.")
    assert victims(text) == ["TOMAS VARGAS"]


def test_gunned_down_is_a_passive_killing() -> None:
    assert victims("ERNESTO SALAZAR, A LOCAL SHOPKEEPER, WAS GUNNED DOWN LAST NIGHT.") == ["ERNESTO SALAZAR"]


def test_header_bracket_still_starts_the_clause() -> None:
    # "-- [TEXT]" is no gloss: the name after it is the subject, the dateline before it is not
    assert victims("LIMA, 4 MAR 90 -- [TEXT] DANILO CHAVEZ WAS KIDNAPPED TODAY.") == ["DANILO CHAVEZ"]
