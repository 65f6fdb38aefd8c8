"""Runs one Kafka broker in KRaft mode (broker + controller in one JVM) on loopback ports."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType

from streams.broker.jars import DEFAULT_KAFKA_VERSION, ensure_jars, require_java
from streams.errors import BrokerStartError

_READY_LINE = "Kafka Server started"
_PR_SET_PDEATHSIG = 1


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def server_properties(node_id: int, port: int, controller_port: int, log_dir: Path,
                      partitions: int) -> str:
    """A single-node KRaft config tuned for tests: replication 1, no initial rebalance delay."""
    return "\n".join([
        "process.roles=broker,controller",
        f"node.id={node_id}",
        f"controller.quorum.voters={node_id}@127.0.0.1:{controller_port}",
        f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        f"log.dirs={log_dir}",
        f"num.partitions={partitions}",
        "default.replication.factor=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=4",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.retention.hours=-1",
        "log.cleaner.backoff.ms=1000",
        "",
    ])


def _die_with_parent() -> None:
    """Linux: the JVM gets SIGTERM when the Python process that started it dies, so no broker leaks."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


@dataclass
class EmbeddedBroker:
    """A Kafka broker process; use as a context manager or call start()/stop()."""

    port: int = 0
    data_dir: Path | None = None
    kafka_version: str = DEFAULT_KAFKA_VERSION
    partitions: int = 4
    heap: str = "512m"
    startup_timeout: float = 60.0
    started_in: float = field(default=0.0, init=False)
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _owns_dir: bool = field(default=False, init=False, repr=False)

    @property
    def bootstrap(self) -> str:
        """host:port for Kafka clients."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """kafka://host:port for Faust."""
        return f"kafka://{self.bootstrap}"

    @property
    def log_file(self) -> Path:
        assert self.data_dir is not None
        return self.data_dir / "broker.log"

    def start(self) -> "EmbeddedBroker":
        java = require_java()
        libs = ensure_jars(self.kafka_version)
        t0 = time.perf_counter()
        self._prepare_dir()
        self.port = self.port or free_port()
        config = self._write_config(java, libs)
        self._process = subprocess.Popen(
            [java, f"-Xmx{self.heap}", "-Xms128m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
             f"-Dlog4j.configuration={self._log4j_config()}", f"-Dstreams.log.file={self.log_file}",
             "-cp", f"{libs}/*", "kafka.Kafka", str(config)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_die_with_parent,
        )
        self._wait_ready()
        self.started_in = time.perf_counter() - t0
        return self

    def stop(self, timeout: float = 20.0) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._owns_dir and self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def wait(self) -> int:
        """Block until the broker process exits; its exit code."""
        assert self._process is not None
        return self._process.wait()

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _prepare_dir(self) -> None:
        if self.data_dir is None:
            self.data_dir = Path(tempfile.mkdtemp(prefix="streams-kafka-"))
            self._owns_dir = True
        self.data_dir.mkdir(parents=True, exist_ok=True)

    def _write_config(self, java: str, libs: Path) -> Path:
        assert self.data_dir is not None
        log_dir = self.data_dir / "kraft-logs"
        config = self.data_dir / "server.properties"
        controller_port = free_port()
        config.write_text(server_properties(1, self.port, controller_port, log_dir, self.partitions))
        if not (log_dir / "meta.properties").exists():
            self._format_storage(java, libs, config)
        return config

    def _format_storage(self, java: str, libs: Path, config: Path) -> None:
        result = subprocess.run(
            [java, "-Xmx256m", f"-Dlog4j.configuration={self._log4j_config()}",
             f"-Dstreams.log.file={self.log_file}", "-cp", f"{libs}/*",
             "kafka.tools.StorageTool", "format", "-t", uuid.uuid4().hex[:22], "-c", str(config)],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise BrokerStartError(f"kafka storage format failed: {result.stderr.strip()[-300:]}",
                                   f"see {self.log_file}")

    def _log4j_config(self) -> str:
        path = resources.files("streams.broker").joinpath("log4j.properties")
        return f"file:{path}"

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                err = self._process.stderr.read().decode(errors="replace") if self._process and self._process.stderr else ""
                self._process = None
                raise BrokerStartError(f"the Kafka broker exited during start-up: {err.strip()[-400:]}",
                                       f"see {self.log_file}")
            if self._log_says_ready() and self._port_open():
                return
            time.sleep(0.1)
        self.stop()
        raise BrokerStartError(f"the Kafka broker did not start within {self.startup_timeout:.0f}s",
                               f"see {self.log_file}")

    def _log_says_ready(self) -> bool:
        try:
            return _READY_LINE in self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return False

    def _port_open(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False


def broker_from_env() -> EmbeddedBroker:
    """An EmbeddedBroker configured by STREAMS_KAFKA_VERSION and STREAMS_BROKER_HEAP."""
    return EmbeddedBroker(
        kafka_version=os.environ.get("STREAMS_KAFKA_VERSION", DEFAULT_KAFKA_VERSION),
        heap=os.environ.get("STREAMS_BROKER_HEAP", "512m"),
    )
