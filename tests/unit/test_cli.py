"""CLI errors say what was wrong and what to do, in one line, without a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_broker_without_java_says_what_to_install(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=str(tmp_path), STREAMS_CACHE_DIR=str(tmp_path / "cache"))
    result = run_cli("broker", env=env)
    assert result.returncode == 2
    assert "`java` was not found" in result.stderr and "install" in result.stderr
    assert "Traceback" not in result.stderr


def test_produce_to_an_unreachable_broker() -> None:
    result = run_cli("produce", "seeds", "--broker", "127.0.0.1:1")
    assert result.returncode == 2
    assert "cannot reach Kafka at 127.0.0.1:1" in result.stderr
    assert "Traceback" not in result.stderr


def test_produce_a_file_that_is_not_an_article(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("no date here\nbody")
    result = run_cli("produce", str(bad), "--broker", "127.0.0.1:1")
    assert result.returncode == 2 and "first line should hold the publication date" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_prints_one_line_per_article() -> None:
    result = run_cli("extract", "seeds")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    article_files = [p for p in (ROOT / "seeds").iterdir()
                     if p.is_file() and p.suffix in {".txt", ".json", ".jsonl"} and not p.name.endswith(".gold.json")]
    assert len(lines) == len(article_files)
    assert all(line.startswith('{"article_id":') for line in lines)
