"""A worker process per test, against the session's broker."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.admin import ensure_topics, wait_caught_up
from streams.settings import Settings
from streams.topics import TopicNames
from streams.worker import spawn_worker, stop_worker

pytestmark = pytest.mark.integration


class Worker:
    """A `streams worker` child process with its log, restartable with the same settings."""

    def __init__(self, settings: Settings, log_path: Path) -> None:
        self.settings = settings
        self.log_path = log_path
        self.process = spawn_worker(settings, log_path)

    def restart(self) -> None:
        self.stop()
        self.process = spawn_worker(self.settings, self.log_path)

    def stop(self) -> int:
        return stop_worker(self.process)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def get(self, path: str, timeout: float = 60.0, ok: Callable[[Any], bool] = lambda _: True) -> Any:
        """GET a JSON view, retrying while the worker starts or recovers, until ok(answer)."""
        url = f"http://127.0.0.1:{self.settings.web_port}{urllib.parse.quote(path)}"
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"worker died:\n{self.log()[-3000:]}"
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    last = json.loads(response.read())
                    if ok(last):
                        return last
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"GET {path}: no satisfying answer in {timeout}s, last {last!r}")

    def wait_caught_up(self, bases: list[str], timeout: float = 120.0) -> None:
        names = TopicNames(self.settings.topic_prefix)
        done = asyncio.run(wait_caught_up(self.settings.bootstrap, self.settings.app_id,
                                          [names.name(b) for b in bases], timeout=timeout))
        assert done, f"worker did not catch up in {timeout}s:\n{self.log()[-3000:]}"


def fresh_settings(like: Settings, tmp_path: Path, name: str, same_group: bool = False) -> Settings:
    """Settings like these with their own data dir and web port; and, unless same_group, their own
    topics and consumer group."""
    from streams.broker.server import free_port

    own = like.replace(data_dir=tmp_path / name, web_port=free_port())
    return own if same_group else own.replace(app_id=f"{like.app_id}-{name}",
                                              topic_prefix=f"{like.topic_prefix}{name}.")


@pytest.fixture()
def start_worker(settings: Settings, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., Worker]]:
    """Starts workers (the first with the test's settings, later ones isolated); stops them all."""
    started: list[Worker] = []

    def start(isolated_as: str | None = None, same_group: bool = False) -> Worker:
        own = fresh_settings(settings, tmp_path, isolated_as, same_group) if isolated_as else settings
        asyncio.run(ensure_topics(own))
        running = Worker(own, tmp_path / f"{isolated_as or 'worker'}.log")
        started.append(running)
        return running

    yield start
    report = getattr(request.node, "rep_call", None)
    for running in started:
        code = running.stop()
        if report is not None and report.failed:
            print(f"--- {running.log_path.name} (exit {code}) ---\n{running.log()[-5000:]}")


@pytest.fixture()
def worker(start_worker: Callable[..., Worker]) -> Worker:
    return start_worker()
