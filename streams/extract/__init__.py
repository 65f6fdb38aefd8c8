"""Pure, rule-based incident extraction: article text -> incident dicts (schemas/incident.v1.json).

No Kafka, no Faust, no network: data files under data/ are loaded once, on first use.
"""
from __future__ import annotations

import datetime

from streams.extract.incidents import extract
from streams.extract.textfile import article_text_from_file


def extract_incidents(text: str, published_at: datetime.date, article_id: str,
                      outlet: str | None = None) -> list[dict]:
    """Return the incidents an article reports or mentions as background.

    Each dict follows schemas/incident.v1.json; every span indexes ``text``. ``outlet`` is
    accepted for the agent's convenience; outlet names in the text are never read as places.
    """
    return extract(text, published_at, article_id)


__all__ = ["extract_incidents", "article_text_from_file"]
