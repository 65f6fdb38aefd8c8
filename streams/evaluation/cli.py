"""Command line: ``python -m streams.evaluation`` (wired as ``streams eval``)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from streams.evaluation.dataset import SPLITS, read_documents, split_path
from streams.evaluation.report import markdown
from streams.evaluation.scoring import evaluate


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="streams eval",
                                     description="Score the incident extractor on labelled documents (MUC-4, or modern articles).")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="dev/train: MUC-4 in ../shared/eval/; modern: streams/evaluation/data/modern.jsonl (default dev)")
    parser.add_argument("--path", type=Path, help="a JSON-lines file of labelled documents instead of a split")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every number to this JSON file")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--reported-only", action="store_true",
                        help="score only incidents with role 'reported' (drop background ones)")
    parser.add_argument("--details", type=Path, metavar="OUT",
                        help="write gold and predicted answers per document (JSON lines) for error analysis; "
                             "keep it outside the repository, it quotes the keys")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the extractor over the documents, print markdown tables; 0 on success, 2 if no data."""
    args = _parser().parse_args(argv)
    path = args.path or split_path(args.split)
    if not path.is_file():
        print(f"no labelled documents at {path}")
        return 2
    # Imported here so that `--help` works while the extractor is broken or half-written.
    from streams.extract import extract_incidents

    result = evaluate(read_documents(path, args.limit), extract_incidents, keep_details=args.details is not None,
                      reported_only=args.reported_only)
    print(markdown(result, path.name, " (reported incidents only)" if args.reported_only else ""))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        numbers = {"source": str(path), "limit": args.limit, "reported_only": args.reported_only,
                   **result.as_dict()}
        args.json.write_text(json.dumps(numbers, indent=2) + "\n")
    if args.details:
        with args.details.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(detail) + "\n" for detail in result.details)
    return 0
