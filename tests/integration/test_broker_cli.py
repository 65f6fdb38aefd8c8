"""`streams broker` as a user runs it: prints the bootstrap address, stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_broker_prints_its_address_and_leaves_on_sigterm(tmp_path: Path) -> None:
    data = tmp_path / "kafka"
    process = subprocess.Popen([sys.executable, "-m", "streams", "broker", "--data-dir", str(data)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        bootstrap = process.stdout.readline().strip()
        host, port = bootstrap.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5):
            pass
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        with pytest.raises(OSError):
            socket.create_connection((host, int(port)), timeout=2)
    finally:
        if process.poll() is None:
            process.kill()
