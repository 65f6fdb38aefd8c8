"""An article's incidents as the service emits them: extracted, then stamped with the article's facts."""

from __future__ import annotations

from typing import Any

from streams.articles import Article
from streams.extract import extract_incidents


def incidents_for(article: Article) -> list[dict[str, Any]]:
    """The article's incidents (incident.v1), with the publication date and outlet downstream stages need."""
    found = extract_incidents(article.text, article.published_on, article.article_id, article.outlet)
    for incident in found:
        incident["schema"] = "incident.v1"
        incident["published_at"] = article.published_at
        incident["outlet"] = article.outlet
    return found
