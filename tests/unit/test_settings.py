from __future__ import annotations

from pathlib import Path

import pytest

from streams.errors import StreamsError
from streams.settings import Settings, bootstrap_servers, normalize_broker_url


def test_broker_urls_in_either_form() -> None:
    assert normalize_broker_url("h1:9092, h2:9093") == "kafka://h1:9092;h2:9093"
    assert normalize_broker_url("kafka://h:1") == "kafka://h:1"
    assert bootstrap_servers("kafka://h1:9092;h2:9093") == "h1:9092,h2:9093"


def test_settings_from_env_with_threshold_overrides() -> None:
    s = Settings.from_env({"STREAMS_BROKER_URL": "k:1", "STREAMS_PARTITIONS": "8",
                           "STREAMS_DATA_DIR": "/tmp/x", "STREAMS_LULL_DAYS": "45",
                           "STREAMS_SURGE_FACTOR": "2.5"})
    assert s.bootstrap == "k:1" and s.partitions == 8 and s.data_dir == Path("/tmp/x")
    assert s.threshold_overrides == {"lull_days": 45, "surge_factor": 2.5}


def test_bad_numbers_name_the_variable() -> None:
    with pytest.raises(StreamsError, match="STREAMS_PARTITIONS"):
        Settings.from_env({"STREAMS_PARTITIONS": "many"})
    with pytest.raises(StreamsError, match="STREAMS_LULL_DAYS"):
        Settings.from_env({"STREAMS_LULL_DAYS": "a month"})
