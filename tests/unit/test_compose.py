"""docker-compose.yml has the production shape (no Docker engine here, so its structure is checked)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_kafka_runs_kraft_from_the_official_image(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert "ZOOKEEPER" not in " ".join(env).upper()
    assert "healthcheck" in kafka


def test_topics_are_created_by_the_service_from_its_own_topic_list(compose: dict[str, Any]) -> None:
    topics = compose["services"]["topics"]
    assert topics["command"] == ["topics", "--create"]
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert topics["environment"]["STREAMS_BROKER_URL"].endswith("kafka:9092")


def test_worker_scales_and_gets_the_broker_from_the_environment(compose: dict[str, Any]) -> None:
    worker = compose["services"]["worker"]
    assert worker["command"] == ["worker"]
    assert worker["environment"]["STREAMS_BROKER_URL"] == "kafka://kafka:9092"
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    # `--scale worker=3` needs no fixed name and no fixed host port.
    assert "container_name" not in worker
    assert "ports" not in worker
    assert worker["image"] == compose["services"]["topics"]["image"]


def test_the_image_runs_the_streams_cli() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["streams"]' in dockerfile
    assert "pip install" in dockerfile and "COPY schemas" in dockerfile
