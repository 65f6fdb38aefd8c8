"""Fetches Kafka's jars from Maven Central once per version and caches them outside the repo."""

from __future__ import annotations

import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from streams.errors import MissingToolError, StreamsError

DEFAULT_KAFKA_VERSION = "3.9.1"
_COMPLETE_MARKER = ".complete"


def cache_root() -> Path:
    """Where broker jars live: $STREAMS_CACHE_DIR, else $XDG_CACHE_HOME/streams, else ~/.cache/streams."""
    explicit = os.environ.get("STREAMS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "streams"


def require_tool(name: str, install_hint: str) -> str:
    """Path of an executable, or a one-line error saying what to install."""
    path = shutil.which(name)
    if path is None:
        raise MissingToolError(f"`{name}` was not found on PATH", install_hint)
    return path


def require_java() -> str:
    return require_tool("java", "install a Java 17+ runtime, e.g. `apt-get install openjdk-17-jre-headless`")


def ensure_jars(version: str = DEFAULT_KAFKA_VERSION) -> Path:
    """Directory holding kafka_2.13:<version> and its runtime dependencies; fetched on first use."""
    libs = cache_root() / f"kafka-{version}" / "libs"
    if (libs / _COMPLETE_MARKER).exists():
        return libs
    mvn = require_tool("mvn", "install Maven 3, e.g. `apt-get install maven`")
    require_java()
    libs.mkdir(parents=True, exist_ok=True)
    pom = resources.files("streams.broker").joinpath("pom.xml")
    with resources.as_file(pom) as pom_path:
        result = subprocess.run(
            [mvn, "-q", "-B", "-f", str(pom_path), "dependency:copy-dependencies",
             f"-Dkafka.version={version}", f"-DoutputDirectory={libs}", "-DincludeScope=runtime"],
            capture_output=True, text=True, check=False,
        )
    if result.returncode != 0 or not any(libs.glob(f"kafka_2.13-{version}.jar")):
        detail = (result.stdout + result.stderr).strip().splitlines()[-3:]
        raise StreamsError(
            f"could not fetch Kafka {version} jars with Maven: {' | '.join(detail) or 'no output'}",
            "check that Maven Central is reachable and the version exists",
        )
    (libs / _COMPLETE_MARKER).write_text(version)
    return libs
