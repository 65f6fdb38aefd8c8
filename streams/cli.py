"""`streams worker | broker | demo | topics | produce | tail | extract | eval | bench`."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import signal
import sys
from pathlib import Path
from typing import Any

import orjson

from streams import topics
from streams.errors import StreamsError
from streams.settings import Settings


def settings_from(args: argparse.Namespace) -> Settings:
    """Environment first, then whatever flags the command line gives."""
    settings = Settings.from_env()
    changes: dict[str, Any] = {}
    for flag, field in (("broker", "broker_url"), ("app_id", "app_id"), ("topic_prefix", "topic_prefix"),
                        ("data_dir", "data_dir"), ("web_port", "web_port"), ("loglevel", "log_level"),
                        ("partitions", "partitions")):
        value = getattr(args, flag, None)
        if value is not None:
            changes[field] = value
    return settings.replace(**changes) if changes else settings


def interrupt(*_: object) -> None:
    """SIGTERM handler: leave the wait like Ctrl-C does. Stopping the broker from inside the handler
    would deadlock on the lock that the interrupted Popen.wait() holds."""
    raise KeyboardInterrupt


def cmd_broker(args: argparse.Namespace) -> int:
    from streams.broker import EmbeddedBroker

    broker = EmbeddedBroker(port=args.port, data_dir=args.data_dir, kafka_version=args.kafka_version,
                            partitions=args.partitions or 4)
    print(f"starting Apache Kafka {args.kafka_version} (KRaft)...", file=sys.stderr, flush=True)
    # handled before the address is printed: a caller may send SIGTERM as soon as it has read it
    signal.signal(signal.SIGTERM, interrupt)
    try:
        broker.start()
        print(broker.bootstrap, flush=True)
        print(f"ready in {broker.started_in:.1f}s; STREAMS_BROKER_URL={broker.url}; Ctrl-C stops it",
              file=sys.stderr, flush=True)
        code = broker.wait()
    except KeyboardInterrupt:
        code = 0
    finally:
        broker.stop()
    return 0 if code in (0, -signal.SIGTERM, 143) else code


def cmd_topics(args: argparse.Namespace) -> int:
    from streams.admin import ensure_topics

    settings = settings_from(args)
    names = topics.TopicNames(settings.topic_prefix)
    if args.create:
        asyncio.run(ensure_topics(settings))
        print(f"topics ready at {settings.bootstrap}", file=sys.stderr)
    for base, what in topics.DESCRIPTIONS.items():
        print(f"{names.name(base):<28} {what}")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from streams.worker import run_worker

    return run_worker(settings_from(args))


def cmd_produce(args: argparse.Namespace) -> int:
    from streams.produce import load_articles, produce

    settings = settings_from(args)
    articles = load_articles(args.paths, validate=not args.no_validate)
    sent = asyncio.run(produce(settings, articles, args.topic))
    print(f"produced {sent} article(s) to {args.topic or topics.TopicNames(settings.topic_prefix).articles}"
          f" at {settings.bootstrap}", file=sys.stderr)
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    from streams.tail import tail

    base = {"deadletter": topics.ARTICLES_DEADLETTER, "events": topics.INCIDENT_EVENTS}.get(args.topic, args.topic)
    asyncio.run(tail(settings_from(args), base, args.json, not args.latest, args.max, args.idle))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from streams.article_files import expand_paths, read_articles
    from streams.articles import Article, Rejection, decode_article
    from streams.incidents import incidents_for

    out = sys.stdout.buffer
    for path in expand_paths(args.paths):
        for raw in read_articles(path):
            article = decode_article(orjson.dumps(raw))
            if isinstance(article, Rejection):
                raise StreamsError(f"{path}: {article.reason}: {article.error}", "see schemas/article.v1.json")
            assert isinstance(article, Article)
            line = {"article_id": article.article_id, "incidents": incidents_for(article)}
            out.write(orjson.dumps(line) + b"\n")
    out.flush()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.demo import run_demo

    return run_demo(args.seeds, follow=args.follow, kafka_version=args.kafka_version)


def add_connection_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--broker", help="Kafka bootstrap, e.g. kafka://127.0.0.1:9092 (env STREAMS_BROKER_URL)")
    parser.add_argument("--topic-prefix", help="prefix of every topic name (env STREAMS_TOPIC_PREFIX)")


def build_parser() -> argparse.ArgumentParser:
    from streams.broker import DEFAULT_KAFKA_VERSION

    parser = argparse.ArgumentParser(prog="streams", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_broker(sub, DEFAULT_KAFKA_VERSION)
    _add_worker(sub)
    _add_topics(sub)
    _add_produce(sub)
    _add_tail(sub)
    _add_extract(sub)
    _add_demo(sub, DEFAULT_KAFKA_VERSION)
    # Listed for --help only: main() hands these to their own parsers.
    sub.add_parser("eval", help="score the extractor on labelled data (see `streams eval --help`)")
    sub.add_parser("bench", help="benchmarks on a real local broker (see `streams bench --help`)")
    return parser


Subparsers = argparse._SubParsersAction  # what add_subparsers returns; argparse keeps the class private


def _add_broker(sub: Subparsers, kafka_version: str) -> None:
    p = sub.add_parser("broker", help="run Apache Kafka (KRaft) locally on a free loopback port")
    p.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    p.add_argument("--data-dir", type=Path, help="keep the log here (default: a temporary dir, removed on exit)")
    p.add_argument("--kafka-version", default=kafka_version)
    p.add_argument("--partitions", type=int, help="default partitions for auto-created topics")
    p.set_defaults(func=cmd_broker)


def _add_worker(sub: Subparsers) -> None:
    p = sub.add_parser("worker", help="run the stream processor")
    add_connection_flags(p)
    p.add_argument("--app-id", help="consumer group / app id (env STREAMS_APP_ID)")
    p.add_argument("--data-dir", type=Path, help="local state dir (env STREAMS_DATA_DIR)")
    p.add_argument("--web-port", type=int, help="HTTP port, 0 disables (env STREAMS_WEB_PORT)")
    p.add_argument("--loglevel", choices=["crit", "error", "warn", "info", "debug"])
    p.add_argument("--partitions", type=int, help="partitions of created topics (env STREAMS_PARTITIONS)")
    p.set_defaults(func=cmd_worker)


def _add_topics(sub: Subparsers) -> None:
    p = sub.add_parser("topics", help="list the service's topics; --create makes missing ones")
    add_connection_flags(p)
    p.add_argument("--create", action="store_true", help="create missing topics on the broker")
    p.add_argument("--partitions", type=int, help="partitions of created topics (env STREAMS_PARTITIONS)")
    p.set_defaults(func=cmd_topics)


def _add_produce(sub: Subparsers) -> None:
    p = sub.add_parser("produce", help="write articles from files (.txt with a date line, .json, .jsonl)")
    add_connection_flags(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--topic", help="topic to write to (default: the articles topic)")
    p.add_argument("--no-validate", action="store_true", help="send articles that fail the schema too")
    p.set_defaults(func=cmd_produce)


def _add_tail(sub: Subparsers) -> None:
    p = sub.add_parser("tail", help="print a topic's messages as they arrive")
    add_connection_flags(p)
    p.add_argument("topic", choices=["incidents", "alerts", "deadletter", "events", "articles"])
    p.add_argument("--json", action="store_true", help="raw JSON lines instead of readable ones")
    p.add_argument("--latest", action="store_true", help="only new messages (default: from the beginning)")
    p.add_argument("--max", type=int, help="stop after this many messages")
    p.add_argument("--idle", type=float, help="stop after this many seconds without a message")
    p.set_defaults(func=cmd_tail)


def _add_extract(sub: Subparsers) -> None:
    p = sub.add_parser("extract", help="extract incidents from files without a broker (JSON lines out)")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_extract)


def _add_demo(sub: Subparsers, kafka_version: str) -> None:
    p = sub.add_parser("demo", help="broker + worker + seeds in, incidents and alerts out")
    p.add_argument("--seeds", type=Path, nargs="+", default=[Path("seeds")], metavar="PATH",
                   help="article files or folders to feed (default: seeds/)")
    p.add_argument("--follow", action="store_true", help="keep running and printing until Ctrl-C")
    p.add_argument("--kafka-version", default=kafka_version)
    p.set_defaults(func=cmd_demo)


def quiet_client_logs() -> None:
    """Client commands report connection problems themselves, once, without aiokafka's retry noise."""
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)


# Commands whose own parser reads the rest of the line (argparse.REMAINDER drops leading options).
DELEGATED = {"eval": "streams.evaluation", "bench": "benchmarks.run"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in DELEGATED:
        quiet_client_logs()
        module = importlib.import_module(DELEGATED[argv[0]])
        try:
            return int(module.main(argv[1:]) or 0)
        except StreamsError as exc:
            print(f"streams {argv[0]}: error: {exc}", file=sys.stderr)
            return 2
    args = build_parser().parse_args(argv)
    if args.command != "worker":
        quiet_client_logs()
    try:
        return int(args.func(args) or 0)
    except StreamsError as exc:
        print(f"streams {args.command}: error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {exc.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
