"""`streams bench`: extraction speed, end-to-end throughput, latency under load and worker memory.

Starts one embedded Kafka broker (or uses --broker), runs the parts asked for, stops every process it
started, and writes benchmarks/results/bench.json, bench.md and bench.png; prints the markdown table.

    streams bench --quick                 # about two minutes: checks that every part works
    streams bench                         # full defaults, about 10-15 minutes on two cores
    streams bench --parts e2e,latency     # only some parts
    streams bench --memory-articles 1000000   # the full-size memory run (hours here)
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PARTS = ("extraction", "e2e", "latency", "memory")
ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Sizes:
    extraction_articles: int
    spacy_articles: int
    adversarial_mb: float
    e2e_articles: int
    forward_articles: int
    latency_seconds: float
    latency_drain_s: float
    memory_articles: int
    memory_steps: int


FULL = Sizes(extraction_articles=2000, spacy_articles=200, adversarial_mb=1.0, e2e_articles=6000,
             forward_articles=20000, latency_seconds=15.0, latency_drain_s=180.0, memory_articles=20000,
             memory_steps=5)
QUICK = Sizes(extraction_articles=300, spacy_articles=30, adversarial_mb=0.2, e2e_articles=800,
              forward_articles=3000, latency_seconds=2.0, latency_drain_s=60.0, memory_articles=1500,
              memory_steps=3)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="streams bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a ~2 minute run that checks it works")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    parser.add_argument("--broker", help="use this Kafka (kafka://host:port) instead of starting an embedded one")
    parser.add_argument("--kafka-version", help="embedded broker version (default: STREAMS_KAFKA_VERSION or 3.9.1)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the benchmark topics (4)")
    parser.add_argument("--articles", type=int, help="end-to-end articles per pipeline scenario")
    parser.add_argument("--forward-articles", type=int, help="articles for the forward agent (0 skips it)")
    parser.add_argument("--workers", default="1,2", help="pipeline worker counts to time (1,2)")
    parser.add_argument("--rates", default="100,500,1000", help="offered loads for latency, articles/s")
    parser.add_argument("--latency-seconds", type=float, help="seconds of probes at each offered load")
    parser.add_argument("--latency-workers", type=int, default=1, help="workers behind the latency probes (1)")
    parser.add_argument("--memory-articles", type=int, help="articles through the memory worker")
    parser.add_argument("--memory-per-day", type=int, default=1000, help="feed articles per event day (1000)")
    parser.add_argument("--extraction-articles", type=int, help="articles for the extraction benchmark")
    parser.add_argument("--spacy-articles", type=int, help="articles for the spaCy baseline")
    parser.add_argument("--adversarial-mb", type=float, help="size of each adversarial text in MB")
    parser.add_argument("--profile", action="store_true",
                        help="py-spy the workers (e2e runs, each latency load, last memory chunk) into <out>/profiles/")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results directory (benchmarks/results)")
    parser.add_argument("--keep-logs", action="store_true", help="keep worker logs and data in the run directory")
    return parser.parse_args(argv)


def sizes_for(args: argparse.Namespace) -> Sizes:
    base = QUICK if args.quick else FULL

    def pick(value: Any, default: Any) -> Any:
        return default if value is None else value

    return Sizes(extraction_articles=pick(args.extraction_articles, base.extraction_articles),
                 spacy_articles=pick(args.spacy_articles, base.spacy_articles),
                 adversarial_mb=pick(args.adversarial_mb, base.adversarial_mb),
                 e2e_articles=pick(args.articles, base.e2e_articles),
                 forward_articles=pick(args.forward_articles, base.forward_articles),
                 latency_seconds=pick(args.latency_seconds, base.latency_seconds),
                 latency_drain_s=base.latency_drain_s,
                 memory_articles=pick(args.memory_articles, base.memory_articles),
                 memory_steps=base.memory_steps)


def numbers(text: str, kind: type) -> list[Any]:
    return [kind(part) for part in text.split(",") if part.strip()]


def run_parts(parts: list[str], broker_url: str | None, args: argparse.Namespace, sizes: Sizes,
              run_dir: Path, result: dict[str, Any]) -> None:
    """Every broker-backed part asked for, each recorded in `result` as it finishes (or its error)."""
    from benchmarks import e2e, latency, memory

    e2e.say(f"broker {broker_url}; run directory {run_dir}")
    jobs = {
        "e2e": lambda: e2e.run(broker_url, run_dir, sizes.e2e_articles, partitions=args.partitions,
                               worker_counts=numbers(args.workers, int), forward_articles=sizes.forward_articles,
                               profile_dir=args.out / "profiles" if args.profile else None),
        "latency": lambda: latency.run(broker_url, run_dir, numbers(args.rates, float), sizes.latency_seconds,
                                       workers=args.latency_workers, partitions=args.partitions,
                                       drain_timeout=sizes.latency_drain_s,
                                       profile_dir=args.out / "profiles" if args.profile else None),
        "memory": lambda: memory.run(broker_url, run_dir, sizes.memory_articles, steps=sizes.memory_steps,
                                     per_day=args.memory_per_day, partitions=args.partitions,
                                     profile=args.out / "profiles" / "memory-last-chunk.collapsed"
                                     if args.profile else None),
    }
    for part in ("e2e", "latency", "memory"):
        if part in parts:
            started = time.perf_counter()
            try:
                result[part] = jobs[part]()
            except Exception as exc:  # one failed part must not lose the others' numbers
                logging.getLogger(__name__).exception("%s failed", part)
                result.setdefault("errors", {})[part] = repr(exc)
            result.setdefault("part_seconds", {})[part] = round(time.perf_counter() - started, 1)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        print(f"streams bench: error: unknown part(s) {', '.join(sorted(unknown))}; pick from {', '.join(PARTS)}",
              file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # retries while new topics get leaders
    from benchmarks import report
    from streams.broker import DEFAULT_KAFKA_VERSION

    sizes = sizes_for(args)
    result: dict[str, Any] = {"mode": "quick" if args.quick else "full", "parts": parts, "sizes": sizes.__dict__,
                              "machine": report.machine_info(ROOT), "argv": argv}
    started = time.perf_counter()
    if "extraction" in parts:
        from benchmarks import extraction

        t0 = time.perf_counter()
        result["extraction"] = extraction.run(sizes.extraction_articles, sizes.spacy_articles, sizes.adversarial_mb)
        result.setdefault("part_seconds", {})["extraction"] = round(time.perf_counter() - t0, 1)
    broker_parts = [p for p in parts if p != "extraction"]
    if broker_parts:
        run_dir = Path(tempfile.mkdtemp(prefix="streams-bench-"))
        try:
            if args.broker:
                from streams.settings import normalize_broker_url

                result["kafka_version"] = "external"
                run_parts(broker_parts, normalize_broker_url(args.broker), args, sizes, run_dir, result)
            else:
                from streams.broker import EmbeddedBroker

                version = args.kafka_version or os.environ.get("STREAMS_KAFKA_VERSION", DEFAULT_KAFKA_VERSION)
                result["kafka_version"] = version
                with EmbeddedBroker(data_dir=run_dir / "kafka", kafka_version=version, heap="1g") as broker:
                    run_parts(broker_parts, broker.url, args, sizes, run_dir, result)
        finally:
            if args.keep_logs:
                print(f"logs and data kept in {run_dir}", file=sys.stderr)
            else:
                shutil.rmtree(run_dir, ignore_errors=True)
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    paths = report.write_all(result, args.out)
    print(report.markdown(result))
    print("wrote " + ", ".join(str(p) for p in paths.values()), file=sys.stderr)
    return 1 if result.get("errors") else 0


if __name__ == "__main__":
    raise SystemExit(main())
