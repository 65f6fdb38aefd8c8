"""Which reports describe one attack: a greedy clustering run in a canonical order.

Running it in a fixed order over the reports of a neighbourhood (instead of in arrival order)
makes the grouping a function of the set of reports, so the same reports in any order give the
same events. Precise, placed, confident reports go first so that a vague one ("in April, a
drone attack") joins the attack it fits best instead of gluing two attacks together.
"""

from __future__ import annotations

from streams.analytics.consolidate import PRECISION_RANK, Source, best_attack_type, best_date
from streams.analytics.dates import period
from streams.analytics.matching import affinity, compatible, window
from streams.analytics.thresholds import DEFAULT, Thresholds


def canonical_order(source: Source) -> tuple:
    return (-PRECISION_RANK[source["precision"]], source["place"] is None, -source["confidence"],
            source["incident_id"])


def shape(sources: list[Source]) -> dict:
    """The fields a newcomer is checked against: the event's best date and attack type."""
    occurred_on, precision = best_date(sources)
    first, end, _ = period(occurred_on, precision)
    return {"first": first, "end": end, "attack_type": best_attack_type(sources)}


def cluster(pool: list[Source], t: Thresholds = DEFAULT) -> list[list[Source]]:
    """Partition the pool into attacks. Each report joins the compatible cluster it fits best
    (ties: the earliest cluster); a report that fits two clusters merges them when every report
    of the second fits the first too."""
    clusters: list[list[Source]] = []
    shapes: list[dict] = []
    for source in sorted(pool, key=canonical_order):
        low, high = window(source, t)
        # the date test first, inline: most clusters of a busy pool fail it
        fits = [i for i, members in enumerate(clusters) if members and shapes[i]["first"] <= high
                and shapes[i]["end"] >= low and _fits(source, members, shapes[i], t)]
        if not fits:
            clusters.append([source])
            shapes.append(shape([source]))
            continue
        best = max(fits, key=lambda i: (affinity(source, clusters[i], shapes[i]["first"]), -i))
        clusters[best].append(source)
        shapes[best] = shape(clusters[best])
        for other in fits:
            if other != best and all(_fits(s, clusters[best], shapes[best], t) for s in clusters[other]):
                clusters[best] += clusters[other]
                clusters[other] = []
                shapes[best] = shape(clusters[best])
    return [members for members in clusters if members]


def _fits(source: Source, members: list[Source], form: dict, t: Thresholds) -> bool:
    return compatible(source, members, form["first"], form["end"], form["attack_type"], t)
