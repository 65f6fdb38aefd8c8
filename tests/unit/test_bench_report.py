"""The benchmark's report and its pure helpers: goals, table, chart, percentiles, growth, probes."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import report
from benchmarks.latency import PROBE_BASE_DAY, make_probes, percentiles, probe_article, probe_groups
from benchmarks.memory import feed_chunk, slope


def latency_part(p99_at_1000: float, missing: int = 0) -> dict[str, Any]:
    def load(rate: float, p99: float) -> dict[str, Any]:
        return {"offered_per_s": rate, "probes": 10, "sent_per_s": rate, "alerts_matched": 10 - missing,
                "incidents_matched": 10, "missing_alerts": missing,
                "alert_ms": {"p50": p99 / 2, "p95": p99 * 0.9, "p99": p99, "max": p99},
                "incident_ms": {"p50": 5.0, "p95": 9.0, "p99": 10.0, "max": 11.0}}

    return {"workers": 1, "loads": [load(100.0, 40.0), load(1000.0, p99_at_1000)]}


def e2e_part(forward: float, pipeline: float) -> dict[str, Any]:
    def scenario(kind: str, workers: int, rate: float) -> dict[str, Any]:
        return {"kind": kind, "workers": workers, "articles": 1000, "finished": True, "articles_per_s": rate,
                "ratio_to_forward": rate / forward}

    return {"scenarios": [scenario("forward", 1, forward), scenario("pipeline", 1, pipeline),
                          scenario("pipeline", 2, pipeline * 1.5)]}


def extraction_part(rate: float) -> dict[str, Any]:
    return {"extractor": {"articles_per_s": rate, "latency_ms": {"p50": 1.0, "p99": 3.0, "max": 4.0}},
            "spacy": {"available": False, "reason": "spaCy not installed"}, "extractor_over_spacy": None,
            "adversarial": {"digits": {"chars": 1_000_000, "seconds": 0.25, "incidents": 0, "timed_out": False},
                            "mixed": {"chars": 1_000_000, "seconds": None, "incidents": None, "timed_out": True,
                                      "timeout_s": 120.0}}}


def memory_part() -> dict[str, Any]:
    return {"articles": 2000, "incidents": 3000, "rss_after_warmup_bytes": 150 * report.MIB,
            "rss_end_bytes": 160 * report.MIB, "bytes_per_article": 2048.0, "bytes_per_incident": 1400.0,
            "extrapolated_rss_at_target_incidents_bytes": 290 * report.MIB,
            "extrapolated_rss_at_target_articles_bytes": 2100 * report.MIB,
            "target_articles": 1_000_000, "target_incidents": 100_000}


def full_result(**overrides: Any) -> dict[str, Any]:
    result = {"mode": "quick", "kafka_version": "3.9.1",
              "machine": {"measured_at": "2026-01-01T00:00:00+00:00", "cpus": 2, "memory_bytes": 8 * 2**30,
                          "load_avg": [1.0, 1.0, 1.0], "python": "3.11.7", "git_commit": "abc1234def5678",
                          "git_dirty": False},
              "extraction": extraction_part(6000.0), "e2e": e2e_part(3000.0, 1500.0),
              "latency": latency_part(150.0), "memory": memory_part()}
    result.update(overrides)
    return result


def test_goals_are_met_or_missed_by_the_measured_values() -> None:
    met = report.goals(full_result(e2e=e2e_part(1000.0, 1000.0)))
    assert {name: g["met"] for name, g in met.items()} == {"extraction": True, "e2e": True, "latency": True}
    missed = report.goals(full_result(extraction=extraction_part(4999.0), e2e=e2e_part(3000.0, 1000.0),
                                      latency=latency_part(250.0)))
    assert {name: g["met"] for name, g in missed.items()} == {"extraction": False, "e2e": False, "latency": False}
    assert missed["e2e"]["value"] == pytest.approx(1500.0 / 3000.0)  # the better of the two pipeline runs


def test_latency_goal_is_missed_when_probes_lost_their_alert() -> None:
    assert report.goals(full_result(latency=latency_part(150.0, missing=1)))["latency"]["met"] is False


def test_goals_skip_parts_that_did_not_run() -> None:
    result = full_result()
    del result["latency"], result["e2e"]
    assert set(report.goals(result)) == {"extraction"}


def test_markdown_table_shows_every_part_and_the_goals() -> None:
    text = report.markdown(full_result(e2e=e2e_part(3000.0, 1000.0)))
    assert "| end to end | pipeline, 1 worker(s), 1,000 articles | 1,000 articles/s (0.33x forward) |" in text
    assert "| latency | produce -> alert at 1,000 articles/s, p50 / p95 / p99 | 75 / 135 / 150 ms |" in text
    assert "timed out" in text and "spaCy not installed" in text
    assert "| e2e: >= 1.0x the trivial forward agent | 0.50x | **missed** |" in text
    assert "290 MiB" in text and "abc1234def" in text


def test_write_all_writes_json_markdown_and_png(tmp_path: Path) -> None:
    result = full_result()
    paths = report.write_all(result, tmp_path / "results")
    assert json.loads(paths["json"].read_text())["e2e"] == result["e2e"]
    assert paths["md"].read_text() == report.markdown(result)
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_chart_without_numbers_to_plot(tmp_path: Path) -> None:
    result = full_result()
    for part in ("extraction", "e2e", "latency", "memory"):
        del result[part]
    assert "png" not in report.write_all(result, tmp_path)


def test_percentiles_use_nearest_rank() -> None:
    values = [float(v) for v in range(100, 0, -1)]
    assert percentiles(values) == {"p50": 50.0, "p95": 95.0, "p99": 99.0, "max": 100.0}
    assert percentiles([7.0]) == {"p50": 7.0, "p95": 7.0, "p99": 7.0, "max": 7.0}
    assert percentiles([])["p99"] is None


def test_slope_is_least_squares_growth() -> None:
    assert slope([0, 1000, 2000], [100, 2100, 4100]) == pytest.approx(2.0)
    assert slope([5, 5], [1, 2]) is None


def test_memory_feed_dates_advance_like_a_live_feed() -> None:
    chunk = feed_chunk(seed=3, start=998, count=4, per_day=1000)
    days = [json.loads(value)["published_at"] for _, value in chunk]
    assert days == ["2025-01-01", "2025-01-01", "2025-01-02", "2025-01-02"]


def test_probe_articles_yield_the_incident_that_raises_their_alert() -> None:
    from streams.extract import extract_incidents

    groups = probe_groups(limit=5)
    assert groups, "no dictionary group is extracted from the probe sentence"
    probes = make_probes(groups, start=0, count=len(groups) + 1, run="t")
    assert len({p.article_id for p in probes}) == len(probes)
    assert probes[-1].day == PROBE_BASE_DAY + datetime.timedelta(days=2)  # the second round, two days on
    for probe in probes:
        article = json.loads(probe.payload[1])
        assert 2700 <= len(article["text"]) <= 3300
        incidents = extract_incidents(article["text"], probe.day, probe.article_id, article["outlet"])
        assert any(i["perpetrator"]["group"] == probe.group and i["killed"] >= 10
                   and i["occurred_on"] == probe.day.isoformat() for i in incidents), incidents


def test_probe_names_its_group_and_day() -> None:
    article = probe_article("p-1", "Hamas", "IL", datetime.date(2031, 1, 7), 21)
    assert article["published_at"] == "2031-01-07"
    assert article["text"].startswith("Hamas claimed responsibility") and "Tuesday, killing 21" in article["text"]


def test_profile_samples_are_charged_to_the_stage_nearest_the_leaf(tmp_path: Path) -> None:
    from benchmarks.e2e import profile_summary, stage_of

    root = ["<module> (streams/__main__.py:1)", "Agent._execute_actor (faust/agents/agent.py:694)"]
    merge_agent = root + ["register.<locals>.merge (streams/agents/merge.py:20)"]
    assert stage_of(root + ["extract (streams/agents/extract.py:40)", "scan (streams/extract/scan.py:38)"]) \
        == "extraction"
    assert stage_of(merge_agent + ["cluster (streams/analytics/clustering.py:29)"]) == "analytics: merge"
    assert stage_of(root + ["update_group (streams/analytics/alerts.py:22)"]) == "analytics: windows and rules"
    assert stage_of(merge_agent + ["Topic.send (faust/topics.py:159)", "send (aiokafka/producer/producer.py:426)"]) \
        == "Kafka client (aiokafka)"
    collapsed = tmp_path / "worker.collapsed"
    collapsed.write_text(";".join(merge_agent + ["cluster (streams/analytics/clustering.py:29)"]) + " 3\n"
                         + ";".join(root + ["select (selectors.py:451)"]) + " 1\n")
    summary = profile_summary(collapsed)
    assert summary["samples"] == 4
    assert summary["stages"] == {"analytics: merge": 0.75, "waiting for I/O (select)": 0.25}
    assert summary["self"][0] == ("cluster (streams/analytics/clustering.py:29)", 0.75)
