"""The sample-article file format: a "date" line, then the body."""
from __future__ import annotations

import datetime

import pytest

from streams.extract import article_text_from_file


def test_date_line_and_body() -> None:
    raw = " date 2024-04-22 \n\n\n\nFirst line.\n\nSecond para.\n\n"
    published, text = article_text_from_file(raw)
    assert published == datetime.date(2024, 4, 22)
    assert text == "First line.\n\nSecond para."


def test_inner_spacing_is_kept() -> None:
    _, text = article_text_from_file("date 2024-01-01\n  Indented first line\nnext")
    assert text == "  Indented first line\nnext"


def test_missing_date_line_is_an_error() -> None:
    with pytest.raises(ValueError):
        article_text_from_file("Body without a date line\n")
