"""Read the seed/sample article file format: a first line "date YYYY-MM-DD", then the body."""
from __future__ import annotations

import datetime


def article_text_from_file(raw: str) -> tuple[datetime.date, str]:
    """Return (publication date, article text).

    The text is everything after the first non-blank line, with leading blank lines and
    trailing whitespace removed; inner lines and spacing are kept byte for byte so that
    evidence offsets index the text exactly as a producer would send it.
    """
    head, _, body = raw.lstrip().partition("\n")
    label, _, value = head.strip().partition(" ")
    if label.lower() != "date":
        raise ValueError(f"first line must be 'date YYYY-MM-DD', got {head.strip()!r}")
    published = datetime.date.fromisoformat(value.strip())
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return published, "\n".join(lines).rstrip()
