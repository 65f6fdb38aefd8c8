"""Markdown tables of an evaluation."""
from __future__ import annotations

from streams.evaluation.matching import Tally
from streams.evaluation.scoring import Evaluation

# The published bar (README of the eval data): GRIT on the MUC-4 test set, CEAF-REE F1.
GRIT_F1 = {"PerpInd": 49.6, "PerpOrg": 51.9, "Target": 49.0, "Victim": 67.8, "Weapon": 59.1, "micro_avg": 54.5}


def _row(name: str, tally: Tally, *extra: str) -> str:
    cells = [name, f"{100 * tally.precision:.1f}", f"{100 * tally.recall:.1f}", f"{100 * tally.f1:.1f}",
             f"{tally.p_num:g}/{tally.p_den:g}", f"{tally.r_num:g}/{tally.r_den:g}", *extra]
    return "| " + " | ".join(cells) + " |"


def _table(title: str, first: str, rows: list[str], extra_headers: tuple[str, ...] = ()) -> list[str]:
    headers = [first, "P", "R", "F1", "P counts", "R counts", *extra_headers]
    return [f"### {title}", "", "| " + " | ".join(headers) + " |",
            "|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|", *rows, ""]


def markdown(result: Evaluation, source: str, note: str = "") -> str:
    """The whole report: run summary, detection, fields, CEAF-REE."""
    per_second = result.documents / result.extraction_seconds if result.extraction_seconds else float("nan")
    lines = [f"## Extraction quality on `{source}`{note}", "",
             f"documents: {result.documents}, incidents emitted: {result.incidents}, "
             f"extraction time: {result.extraction_seconds:.2f} s ({per_second:.1f} docs/s)", ""]
    lines += _table("Document-level detection (reports an incident?)", "task",
                    [_row("detection", result.fields.detection)])
    lines += _table("Fields, document level", "field",
                    [_row(name, tally) for name, tally in result.fields.by_field.items()])
    lines += _table("CEAF-REE (GRIT scoring of gold.gtt_templates)", "role",
                    [_row(role, tally, f"{GRIT_F1[role]:.1f}") for role, tally in result.ceaf.results().items()],
                    ("GRIT F1 (MUC-4 test)",))
    return "\n".join(lines)
