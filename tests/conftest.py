"""Shared fixtures: one real Kafka broker per test session, a worker per test that needs one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any
from pathlib import Path

import pytest

from streams.settings import Settings, bootstrap_servers, normalize_broker_url

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def broker_url() -> Iterator[str]:
    """STREAMS_TEST_BROKER if set (any Kafka cluster), else an embedded KRaft broker for the session
    (version: STREAMS_KAFKA_VERSION)."""
    external = os.environ.get("STREAMS_TEST_BROKER")
    if external:
        yield normalize_broker_url(external)
        return
    from streams.broker.server import broker_from_env

    with broker_from_env() as broker:
        yield broker.url


@pytest.fixture()
def settings(broker_url: str, tmp_path: Path) -> Settings:
    """Settings isolated per test: own topic prefix and consumer group, so tests share one cluster safely."""
    from streams.broker.server import free_port

    run = uuid.uuid4().hex[:8]
    return Settings(broker_url=broker_url, app_id=f"streams-test-{run}", topic_prefix=f"t{run}.",
                    partitions=4, replication=int(os.environ.get("STREAMS_TEST_REPLICATION", "1")),
                    data_dir=tmp_path / "worker", web_port=free_port(), log_level="warn")


@pytest.fixture()
def bootstrap(settings: Settings) -> str:
    return bootstrap_servers(settings.broker_url)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Expose each phase's report on the test item, so fixtures can print logs on failure."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
