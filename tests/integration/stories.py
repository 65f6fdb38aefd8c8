"""Small news stories written for the scenario tests (not from any labelled data set)."""

from __future__ import annotations

from typing import Any

WIRE = ("A car bomb exploded outside the Hotel Sahafi in Mogadishu on Friday, killing nine people and "
        "wounding 20 others, police said.\n\nAl-Shabaab claimed responsibility for the bombing in a statement.")

# One attack, ten outlets: seven write their own report, three reprint the same wire story.
ONE_STRIKE_OPENINGS = [
    "A car bomb killed nine people outside the Hotel Sahafi in Mogadishu on Friday, police said.",
    "Nine people were killed when a car bomb went off outside the Hotel Sahafi in Mogadishu on Friday.",
    "At least nine people died on Friday after a car bomb exploded at the Hotel Sahafi in Mogadishu.",
    "A car bomb ripped through the entrance of the Hotel Sahafi in Mogadishu on Friday, killing nine people.",
    "Police in Mogadishu said a car bomb outside the Hotel Sahafi killed nine people on Friday.",
    "Nine people died and 20 were hurt when a car bomb exploded outside the Hotel Sahafi in Mogadishu on Friday.",
    "A car bomb outside the Hotel Sahafi in Mogadishu killed nine people on Friday, witnesses said.",
]


def one_strike_reports() -> list[dict[str, Any]]:
    """Ten articles, ten outlets, one bombing on 2024-03-08."""
    own = [{"article_id": f"sahafi-{i}", "outlet": f"Outlet {i}", "published_at": "2024-03-09",
            "text": f"{opening}\n\nAl-Shabaab claimed responsibility for the attack."}
           for i, opening in enumerate(ONE_STRIKE_OPENINGS)]
    wire = [{"article_id": f"sahafi-wire-{i}", "outlet": f"Syndicate {i}", "published_at": "2024-03-09",
             "text": WIRE} for i in range(3)]
    return own + wire


UNATTRIBUTED = {"article_id": "afgooye-1", "outlet": "Horn Daily", "published_at": "2024-03-05",
                "text": "Gunmen attacked a police checkpoint in the Somali town of Afgooye on Monday, killing "
                        "four police officers, officials said.\n\nNo group has claimed responsibility for the attack."}
CLAIMED = {"article_id": "afgooye-2", "outlet": "Capital Wire", "published_at": "2024-03-06",
           "text": "Al-Shabaab claimed responsibility on Tuesday for Monday's attack on a police checkpoint in "
                   "Afgooye that killed four police officers.\n\nThe group said its fighters had stormed the "
                   "checkpoint before dawn."}
EARLY_FEBRUARY = {"article_id": "omar-feb", "outlet": "Levant Monitor", "published_at": "2024-02-05",
                  "text": "Kataib Hezbollah claimed responsibility for a drone attack on Sunday on the al-Omar base "
                          "in eastern Syria, where US forces are stationed.\n\nThe drone struck a training area "
                          "at the base, the group said in a statement."}
