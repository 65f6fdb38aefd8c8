"""Quality scorer of the incident extractor on labelled MUC-4 news (../shared/eval/).

``python -m streams.evaluation [--split dev|train] [--path FILE] [--json OUT] [--limit N]
[--reported-only] [--details OUT]`` runs ``streams.extract.extract_incidents`` over each document (its
``text``, its ``date`` as the publication date, its ``id`` as article_id) and prints
markdown tables:

- document-level detection (``fields``): does the document report an incident;
- document-level P/R/F1 per incident field (``fields``, which states each matching rule);
- CEAF-REE per role and micro average (``ceaf_ree``), the metric published MUC-4
  document-level extraction systems report (GRIT: micro F1 54.5 on the MUC-4 test set);

plus the number of documents, of incidents emitted and the extraction time.
Shared arithmetic (normalisation, optimal alignment, tallies) is in ``matching``.
"""
from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``streams eval`` (see streams.evaluation.cli)."""
    from streams.evaluation.cli import main as cli_main

    return cli_main(argv)


__all__ = ["main"]
