"""Every setting of the merge, window and alert rules, with its default: the one place they live.

The lead maps environment variables onto `Thresholds(...)` elsewhere; code takes a
`Thresholds` argument (default `DEFAULT`) and never reads the environment itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # resumption: a new attack after at least this many days without one by the group
    lull_days: int = 30
    # threshold: alert when an aligned window holds at least this many attacks
    threshold_day: int = 3
    threshold_week: int = 5
    threshold_month: int = 10
    # surge: one day's count against the trailing daily mean of the days before it
    surge_factor: float = 3.0
    surge_min_count: int = 3
    surge_baseline_days: int = 30
    # mass_casualty: killed (highest figure any source reports) at least this
    mass_casualty_killed: int = 10
    # independent sources for an event (and an alert's evidence) to count as corroborated
    corroboration_sources: int = 2
    # event time: the watermark trails the latest event day by this grace period
    grace_days: int = 7
    # windows forget events older than watermark - retention_days (event time, never wall clock);
    # lulls still measure from the latest forgotten day, so this only bounds late reports and state size
    retention_days: int = 90
    # merge: candidates kept this long behind the latest event day of their merge key; keep it
    # >= retention_days or a very late report could be counted again as a stand-alone event
    merge_retention_days: int = 90
    # merge: two day-precision dates agree when at most this many days apart
    merge_date_tolerance_days: int = 1
    # windows this long or longer also count month-precision events (at the month's first day)
    month_precision_min_window_days: int = 28

    def __post_init__(self) -> None:
        counts = {name: value for name, value in vars(self).items() if isinstance(value, int)}
        wrong = [name for name, value in counts.items()
                 if value < (0 if name in ("grace_days", "merge_date_tolerance_days") else 1)]
        if wrong or self.surge_factor <= 0:
            raise ValueError(f"thresholds out of range: {', '.join(wrong) or 'surge_factor'}")
        if self.retention_days < self.surge_baseline_days + 30:
            raise ValueError("retention_days must cover the surge baseline and a 30-day window")

    @property
    def threshold_windows(self) -> tuple[tuple[int, int], ...]:
        """(window length in days, minimum count) for each threshold window."""
        return ((1, self.threshold_day), (7, self.threshold_week), (30, self.threshold_month))


DEFAULT = Thresholds()
