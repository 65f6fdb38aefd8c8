"""The shipped gazetteer and common-word list are what scripts/build_gazetteer.py builds from its sources.

Editing places_curated.tsv, stopwords.txt or the first names in roles.json without rebuilding fails here.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_data_files_match_a_fresh_build() -> None:
    stale = _build_script().stale_files()
    assert stale == [], f"rebuild with scripts/build_gazetteer.py: {[p.name for p in stale]}"


def test_towns_carry_their_province() -> None:
    text = _build_script().gazetteer_text()
    row = next(line.split("\t") for line in text.splitlines() if line.startswith("mogadishu\t"))
    assert row[2:5] == ["city", "SO", "Banaadir"]
