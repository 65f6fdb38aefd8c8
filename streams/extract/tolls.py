"""Casualty counts across one article's incidents: a killing told again is counted once."""
from __future__ import annotations

_EFFECTS = ("killed", "wounded")


def counted_once(incidents: list[dict]) -> None:
    """A later incident whose count names the same people as an earlier one's, with the same number ("the
    murder of the two missionaries ... claimed responsibility for the murder of these two missionaries"),
    tells that killing again: its count is dropped (null), so the article's total does not double it. The
    victims stay; only the number, which the mass-casualty alerts add up, is owned by the first telling."""
    for effect in _EFFECTS:
        seen: list[tuple[int, frozenset[str]]] = []
        for inc in incidents:
            count, heads = inc.get(effect), _counted_heads(inc, effect)
            if count is None or not heads:
                continue
            if any(count == c and heads & h for c, h in seen):
                inc[effect] = None
                inc["evidence"].pop(effect, None)
                continue
            seen.append((count, heads))


def _counted_heads(inc: dict, effect: str) -> frozenset[str]:
    """The last words of the victims counted for effect ("porth" of "Dr Antonio Rodriguez Porth", "missionaries")."""
    return frozenset(v["text"].lower().split()[-1] for v in inc["victims"]
                     if v.get("_effect") == effect and v.get("_count") is not None and v["text"].split())
