"""`python -m streams.evaluation` end to end on a hand-made labelled file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import streams.extract
from streams.evaluation import main


def _line(doc_id: str, relevant: bool, templates: list[dict]) -> str:
    gold = {"relevant": relevant, "groups": [], "weapons": [], "physical_targets": [], "victims": [],
            "countries": [], "date": None, "killed": None, "killed_min": None, "wounded": None, "wounded_min": None,
            "claimed": None, "events": [{"optional": False}] if relevant else [], "gtt_templates": templates}
    return json.dumps({"id": doc_id, "text": "Text of " + doc_id, "date": "2024-05-01", "gold": gold})


def _fake_extract(text: str, published_at: object, article_id: str, outlet: str | None = None) -> list[dict]:
    if article_id != "doc-1":
        return []
    return [{"perpetrator": {"group": None, "claim": "unknown", "mentions": []}, "perpetrator_individuals": [],
             "targets": [{"text": "the bridge", "start": 0, "end": 10}], "victims": [], "weapons": [],
             "location": None, "occurred_on": "2024-04-30", "killed": None, "wounded": None}]


def test_main_prints_tables_and_writes_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "labelled.jsonl"
    template = {"incident_type": "bombing", "PerpInd": [], "PerpOrg": [], "Target": [["BRIDGE"]], "Victim": [],
                "Weapon": [["TRUCK BOMB"]]}
    data.write_text(_line("doc-1", True, [template]) + "\n" + _line("doc-2", False, []) + "\n")
    monkeypatch.setattr(streams.extract, "extract_incidents", _fake_extract)
    out = tmp_path / "scores.json"

    assert main(["--path", str(data), "--json", str(out)]) == 0

    printed = capsys.readouterr().out
    assert "CEAF-REE" in printed and "| detection |" in printed
    numbers = json.loads(out.read_text())
    assert (numbers["documents"], numbers["incidents"]) == (2, 1)
    assert numbers["detection"]["f1"] == 1.0
    assert numbers["ceaf_ree"]["Target"]["f1"] == 1.0
    assert numbers["ceaf_ree"]["micro_avg"]["recall"] == 0.5


def test_main_without_data_returns_2(tmp_path: Path) -> None:
    assert main(["--path", str(tmp_path / "missing.jsonl")]) == 2
