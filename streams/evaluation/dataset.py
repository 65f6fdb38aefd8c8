"""Reading the labelled development documents (one JSON object per line).

The MUC-4 splits (dev, train) live outside the repository, in ``../shared/eval/`` relative
to the project root, and are never copied into it (see that directory's README). The modern
split ships in ``streams/evaluation/data/`` (see its README): articles written for this
project, for measurement only.

Some datelines carry no date ("NO DATE"); those documents get the date of the last dated
document before them in the file (the collections run roughly in time order), so relative
dates still resolve near the right time. Their keys give no exact incident day, so the
date score never depends on this guess.
"""
from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"
# modern: articles written for this project about 2022-25 attacks, labelled by the text; measurement only
MODERN_PATH = Path(__file__).resolve().parent / "data" / "modern.jsonl"
SPLITS = ("dev", "train", "modern")
_FIRST_FALLBACK_DATE = datetime.date(1989, 1, 1)  # start of the MUC-3/4 reporting period


@dataclass(frozen=True)
class Document:
    """One labelled news report: text, dateline date and its answer key."""

    doc_id: str
    text: str
    published_at: datetime.date
    gold: dict


def split_path(split: str) -> Path:
    """Where a split's file lives."""
    return MODERN_PATH if split == "modern" else EVAL_DIR / f"muc4_{split}.jsonl"


def read_documents(path: Path, limit: int | None = None) -> Iterator[Document]:
    """The documents of a JSON-lines file, in file order, at most ``limit`` of them."""
    last_date = _FIRST_FALLBACK_DATE
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            record = json.loads(line)
            if record.get("date"):
                last_date = datetime.date.fromisoformat(record["date"])
            yield Document(record["id"], record["text"], last_date, record["gold"])
