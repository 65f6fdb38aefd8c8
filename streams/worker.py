"""Runs the Faust worker for the app until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import faust

from streams.admin import ensure_topics
from streams.app import create_app
from streams.settings import Settings


def run_worker(settings: Settings) -> int:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(ensure_topics(settings))
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False)
    worker.spinner = None  # a terminal spinner only garbles logs written to files
    worker.execute_from_commandline()  # returns only by raising SystemExit
    return 0


def worker_env(settings: Settings) -> dict[str, str]:
    """Environment that makes `streams worker` use these settings."""

    env = dict(os.environ)
    env.update({
        "STREAMS_BROKER_URL": settings.broker_url, "STREAMS_APP_ID": settings.app_id,
        "STREAMS_TOPIC_PREFIX": settings.topic_prefix, "STREAMS_PARTITIONS": str(settings.partitions),
        "STREAMS_REPLICATION": str(settings.replication), "STREAMS_DATA_DIR": str(settings.data_dir),
        "STREAMS_WEB_PORT": str(settings.web_port), "STREAMS_WEB_HOST": settings.web_host,
        "STREAMS_LOG_LEVEL": settings.log_level,
        "STREAMS_SILENCE_CHECK_SECONDS": str(settings.silence_check_seconds),
    })
    env.update({f"STREAMS_{name.upper()}": str(value) for name, value in settings.threshold_overrides.items()})
    return env


def spawn_worker(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """`streams worker` as a child process writing its log to log_path (demo, tests, benchmarks)."""

    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        return subprocess.Popen([sys.executable, "-m", "streams", "worker"], env=worker_env(settings),
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def stop_worker(process: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    """SIGTERM, then SIGKILL if it does not leave in time; the exit code."""

    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
