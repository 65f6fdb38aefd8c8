"""Thin Faust agents: decode, call the pure core, send. No extraction or counting logic lives here."""

from __future__ import annotations

import faust

from streams.analytics import Thresholds
from streams.app import StreamTopics
from streams.settings import Settings


def register_agents(app: faust.App, channels: StreamTopics, settings: Settings) -> None:
    from streams.agents import extract, merge, windows
    from streams.web import views

    thresholds = Thresholds(**settings.threshold_overrides)
    extract.register(app, channels)
    merge.register(app, channels, thresholds)
    groups, silent = windows.register(app, channels, thresholds, settings.silence_check_seconds)
    views.register(app, groups, silent, thresholds)
