"""Topic names and their configurations: the one place that knows them."""

from __future__ import annotations

from dataclasses import dataclass

ARTICLES = "articles"
ARTICLES_DEADLETTER = "articles.deadletter"
INCIDENTS = "incidents"
INCIDENT_EVENTS = "incident-events"
GROUP_EVENTS = "group-events"
ALERTS = "alerts"

# Faust tables of the agents; each has a compacted changelog topic `<app id>-<table>-changelog`
# with as many partitions as the topic that feeds it.
ARTICLES_TABLE = "articles"
MERGE_TABLE = "merge"
GROUPS_TABLE = "groups"
TABLES = {ARTICLES_TABLE: ARTICLES, MERGE_TABLE: INCIDENTS, GROUPS_TABLE: GROUP_EVENTS}

# Incident versions are state: the latest per event id is what matters, so that topic compacts.
COMPACTED = {INCIDENT_EVENTS}

# What `streams tail NAME` accepts, and what each topic is for.
DESCRIPTIONS = {
    ARTICLES: "raw articles from producers (schemas/article.v1.json)",
    ARTICLES_DEADLETTER: "rejected input with reason and original bytes (schemas/deadletter.v1.json)",
    INCIDENTS: "one incident per article and attack (schemas/incident.v1.json) and retractions"
               " (schemas/incident-retraction.v1.json), keyed by merge key",
    INCIDENT_EVENTS: "merged real-world events, one version per change, compacted by event id",
    GROUP_EVENTS: "per-group changes to an event's attribution, keyed by group (internal)",
    ALERTS: "alerts and their retractions (schemas/alert.v1.json), keyed by alert id",
}


@dataclass(frozen=True)
class TopicNames:
    """Topic names under a deployment's prefix."""

    prefix: str = ""

    def name(self, base: str) -> str:
        return f"{self.prefix}{base}"

    @property
    def articles(self) -> str:
        return self.name(ARTICLES)

    @property
    def deadletter(self) -> str:
        return self.name(ARTICLES_DEADLETTER)

    @property
    def incidents(self) -> str:
        return self.name(INCIDENTS)

    @property
    def incident_events(self) -> str:
        return self.name(INCIDENT_EVENTS)

    @property
    def group_events(self) -> str:
        return self.name(GROUP_EVENTS)

    @property
    def alerts(self) -> str:
        return self.name(ALERTS)

    def all(self) -> list[str]:
        return [self.name(base) for base in DESCRIPTIONS]


def changelog_topic(app_id: str, table: str) -> str:
    """The name Faust gives a table's changelog topic."""
    return f"{app_id}-{table}-changelog"


def topic_config(base: str) -> dict[str, str]:
    """Broker-side configs for a topic the service creates."""
    if base in COMPACTED:
        return {"cleanup.policy": "compact"}
    return {}
