"""Pure analytics benchmark: merge, then windows + rules, on one synthetic busy country.

No Kafka: the pure functions over a counting MemoryStore, one process. For each density it
prints incidents/s through the merge, versions/s through windows + rules, and per message the
store reads and the bytes written (orjson). Rates are per second of this process's CPU time
(time.process_time), so that other work on a shared machine does not skew them. Numbers are
printed, never asserted.

    python -m benchmarks.analytics                    # the default densities
    python -m benchmarks.analytics --reports 5000 --days 90 --month 0.03
    python -m benchmarks.analytics --budget 60        # stop a density after 60 s of merging

A density that does not finish within `--budget` seconds of merging reports the rate over the
reports it got through (marked "partial").
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from typing import Any

import orjson

from streams.analytics import MemoryStore, apply_incident, route, update_group

RAISED_AT = "2026-01-01T00:00:00Z"
# place names as an extractor gives them: some share a word ("Deir ez-Zor", "Deir Hafer")
PLACES = ("Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor", "Deir Hafer", "Al-Bukamal", "Al-Mayadin",
          "Tadmur", "Daraa", "Quneitra", "Latakia", "Tartus", "Jableh", "Manbij", "Afrin", "Azaz", "Al-Bab",
          "Jarabulus", "Kobani", "Tal Abyad", "Ras al-Ayn", "Qamishli", "Al-Hasakah", "Shaddadi", "Kharab al-Jir",
          "Al-Tanf", "Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Ariha", "Douma", "Harasta", "Zabadani",
          "Yabroud", "Nabk", "Salamiyah", "Suwayda", "Busra al-Sham")
TARGETS = ("US forces", "a checkpoint", "a market", "civilians", "soldiers", "an army convoy", "a police station",
           "the airport", "a hospital", "government forces", "a military base", "fighters", "a school",
           "a mosque", "an oil field", "a bus", "a bakery", "a power station", "a bridge", "a village")
GROUPS = ("G1", "G2", "G3", "G4", "G5", None)
TYPES = ("rocket", "drone", "bombing", "armed_assault", "airstrike", "kidnapping")


class Counting(MemoryStore):
    """A MemoryStore counting reads and bytes written, per message and in all."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = self.written = 0

    def get(self, key: str) -> Any | None:
        self.reads += 1
        return super().get(key)

    def set(self, key: str, value: Any) -> None:
        self.written += len(orjson.dumps(value))
        super().set(key, value)


def country(reports: int, days: int, month_share: float, unplaced_share: float = 0.1,
            seed: int = 11) -> list[dict]:
    """`reports` reports of attacks in one country over `days` days, 1-5 outlets per attack,
    arriving within three days of the attack; some dated by month only, some with no place."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    timed: list[tuple[float, dict]] = []
    attack = 0
    while len(timed) < reports:
        offset = rng.randrange(days)
        day = (start + timedelta(days=offset)).isoformat()
        group, place = rng.choice(GROUPS), rng.choice(PLACES)
        attack_type, target = rng.choice(TYPES), rng.choice(TARGETS)
        for r in range(rng.randint(1, 5)):
            named = group if rng.random() < 0.7 else None
            vague = rng.random() < month_share
            timed.append((offset + rng.random() * 3, _incident(
                f"a{attack}r{r}", outlet=f"o{rng.randrange(30)}", group=named, day=day[:7] if vague else day,
                precision="month" if vague else "day", attack_type=attack_type,
                place=None if rng.random() < unplaced_share else place, target=target,
                killed=rng.choice([None, 1, 3, 12]))))
        attack += 1
    timed.sort(key=lambda pair: pair[0])
    return [item for _, item in timed[:reports]]


def _incident(incident_id: str, *, outlet: str, group: str | None, day: str, precision: str, attack_type: str,
              place: str | None, target: str, killed: int | None) -> dict:
    at = sum(map(ord, incident_id)) * 7 % 997
    return {
        "schema": "incident.v1", "incident_id": incident_id, "article_id": f"art-{incident_id}",
        "outlet": outlet, "published_at": "2024-06-01", "role": "reported", "attack_type": attack_type,
        "occurred_on": day, "date_precision": precision,
        "perpetrator": {"group": group, "kind": "armed_group" if group else None,
                        "claim": "claimed" if group else "unknown",
                        "mentions": [{"text": group, "start": at, "end": at + len(group)}] if group else []},
        "perpetrator_individuals": [], "weapons": [],
        "targets": [{"text": target, "start": at + 100, "end": at + 100 + len(target)}], "victims": [],
        "location": {"place": place, "admin1": None, "country": "SY", "lat": None, "lon": None, "text": place,
                     "start": at + 300 if place else None, "end": at + 300 + len(place) if place else None},
        "launch_location": None, "killed": killed, "wounded": None, "confidence": 0.6,
    }


def run(reports: int, days: int, month_share: float, budget: float) -> dict:
    items = country(reports, days, month_share)
    merge = Counting()
    versions: list[dict] = []
    reads: list[int] = []
    written: list[int] = []
    started = time.process_time()
    done = 0
    for item in items:
        r0, w0 = merge.reads, merge.written
        versions += apply_incident(merge, "SY", item)
        reads.append(merge.reads - r0)
        written.append(merge.written - w0)
        done += 1
        if time.process_time() - started > budget:
            break
    merge_seconds = time.process_time() - started
    groups = Counting()
    started = time.process_time()
    sent = 0
    for v in versions:
        for key in route(v):
            update_group(groups, key, v, RAISED_AT)
            sent += 1
    rules_seconds = time.process_time() - started
    return {"reports": reports, "days": days, "month": month_share, "done": done,
            "incidents_s": done / merge_seconds, "versions": len(versions),
            "versions_s": sent / rules_seconds if rules_seconds else 0.0,
            "reads_avg": sum(reads) / done, "reads_max": max(reads),
            "bytes_avg": sum(written) / done, "bytes_max": max(written),
            "group_bytes_avg": groups.written / sent if sent else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, nargs="*", help="reports per run (default: a ladder)")
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--month", type=float, nargs="*", default=[0.0, 0.03],
                        help="share of month-precision reports, one run each")
    parser.add_argument("--budget", type=float, default=120.0, help="CPU seconds of merging per run at most")
    args = parser.parse_args()
    print("| reports | days | month | done | incidents/s | versions/s | merge reads/msg avg (max) "
          "| merge bytes/msg avg (max) | group bytes/version |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for reports in args.reports or [1000, 2500, 5000, 10000]:
        for month in args.month:
            r = run(reports, args.days, month, args.budget)
            partial = "" if r["done"] == reports else " (partial)"
            print(f"| {reports} | {args.days} | {month:.0%} | {r['done']}{partial} | {r['incidents_s']:,.0f} "
                  f"| {r['versions_s']:,.0f} | {r['reads_avg']:,.0f} ({r['reads_max']:,}) "
                  f"| {r['bytes_avg']:,.0f} ({r['bytes_max']:,}) | {r['group_bytes_avg']:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
