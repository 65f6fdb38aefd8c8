"""Every setting of the service, read from environment variables in one place.

| variable | default | meaning |
|---|---|---|
| STREAMS_BROKER_URL | kafka://127.0.0.1:9092 | Kafka bootstrap servers; `kafka://h1:9092;h2:9092` or `h1:9092,h2:9092` |
| STREAMS_APP_ID | streams | Faust app id: consumer group and changelog topic prefix |
| STREAMS_TOPIC_PREFIX | (empty) | prefix for every topic name, to share one cluster between environments |
| STREAMS_PARTITIONS | 4 | partitions of the topics the service creates |
| STREAMS_REPLICATION | 1 | replication factor of the topics the service creates |
| STREAMS_DATA_DIR | ./var/worker | worker's local data directory |
| STREAMS_WEB_PORT | 6066 | HTTP port of the worker's web views (0 disables them) |
| STREAMS_WEB_HOST | 127.0.0.1 | interface the web views bind to |
| STREAMS_LOG_LEVEL | warn | worker log level: crit, error, warn, info, debug |
| STREAMS_SILENCE_CHECK_SECONDS | 60 | how often the wall-clock timer looks for groups gone silent |
| STREAMS_LULL_DAYS etc. | see streams.analytics.thresholds | alert thresholds: STREAMS_<FIELD NAME IN UPPER CASE> |
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from streams.errors import StreamsError


def normalize_broker_url(url: str) -> str:
    """Faust wants `kafka://host:port[;host:port]`; accept plain `host:port,host:port` too."""
    url = url.strip()
    if "://" not in url:
        url = "kafka://" + ";".join(part.strip() for part in url.split(",") if part.strip())
    return url


def bootstrap_servers(url: str) -> str:
    """`host:port,host:port` for aiokafka and librdkafka, from any broker URL form."""
    hosts = normalize_broker_url(url).split("://", 1)[1]
    return ",".join(h for h in hosts.replace(";", ",").split(",") if h)


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise StreamsError(f"{name}={raw!r} is not a whole number", f"set {name} to an integer") from None


@dataclass(frozen=True)
class Settings:
    broker_url: str = "kafka://127.0.0.1:9092"
    app_id: str = "streams"
    topic_prefix: str = ""
    partitions: int = 4
    replication: int = 1
    data_dir: Path = Path("var/worker")
    web_port: int = 6066
    web_host: str = "127.0.0.1"
    log_level: str = "warn"
    silence_check_seconds: int = 60
    threshold_overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def bootstrap(self) -> str:
        return bootstrap_servers(self.broker_url)

    def replace(self, **changes: Any) -> "Settings":
        if "broker_url" in changes:
            changes["broker_url"] = normalize_broker_url(changes["broker_url"])
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        return cls(
            broker_url=normalize_broker_url(env.get("STREAMS_BROKER_URL", cls.broker_url)),
            app_id=env.get("STREAMS_APP_ID", cls.app_id),
            topic_prefix=env.get("STREAMS_TOPIC_PREFIX", cls.topic_prefix),
            partitions=_env_int(env, "STREAMS_PARTITIONS", cls.partitions),
            replication=_env_int(env, "STREAMS_REPLICATION", cls.replication),
            data_dir=Path(env.get("STREAMS_DATA_DIR", str(cls.data_dir))),
            web_port=_env_int(env, "STREAMS_WEB_PORT", cls.web_port),
            web_host=env.get("STREAMS_WEB_HOST", cls.web_host),
            log_level=env.get("STREAMS_LOG_LEVEL", cls.log_level),
            silence_check_seconds=_env_int(env, "STREAMS_SILENCE_CHECK_SECONDS", cls.silence_check_seconds),
            threshold_overrides=threshold_overrides_from_env(env),
        )


def threshold_overrides_from_env(env: Mapping[str, str]) -> dict[str, Any]:
    """STREAMS_<FIELD> for every field of the alert thresholds, typed like the field's default."""
    from streams.analytics.thresholds import Thresholds

    overrides: dict[str, Any] = {}
    for f in dataclasses.fields(Thresholds):
        name = f"STREAMS_{f.name.upper()}"
        if name in env and env[name] != "":
            default = getattr(Thresholds(), f.name)
            try:
                overrides[f.name] = type(default)(env[name])
            except ValueError:
                raise StreamsError(f"{name}={env[name]!r} is not a valid {type(default).__name__}",
                                   f"set {name} like its default {default!r}") from None
    return overrides
