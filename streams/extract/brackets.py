"""Asides in brackets: a transcriber's gloss ("the ELN [Army of National Liberation]") or a writer's ("(ELN)")."""
from __future__ import annotations

import re

# One aside: each bracket closed by its own kind, none of that kind inside, short as a gloss or an acronym is.
_SQUARE = r"\[[^\[\]]{1,80}\]"
_ROUND = r"\([^()]{1,80}\)"

ASIDE = re.compile(f"{_SQUARE}|{_ROUND}")
# matched at the end of a name: the gloss right after it, blanks before it included
GLOSS_AFTER = re.compile(rf"[ \t\n]*(?:{_SQUARE}|{_ROUND})")
# only the transcriber's insertions ("[Text]", "[words indistinct]"), which are no part of the sentence; a writer's
# parenthesis is, so it stays
TRANSCRIBED = re.compile(_SQUARE)
