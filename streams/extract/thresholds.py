"""Tunable distances and limits of the extractor, in one place (characters unless stated)."""

INTENT_WINDOW = 60  # an intention cue this close before a trigger ("will resume attacks") cancels it
CESSATION_WINDOW = 50  # "stopped their attacks"
AGGREGATE_WINDOW = 45  # "a series of rocket and drone attacks"
NEGATION_WINDOW = 12  # "no attack", "not attacked"
BACKGROUND_AFTER_DAYS = 14  # a later incident older than this (day precision) is background
LEGAL_WINDOW = 35  # "accused of killing", "the masterminds of the murder"
PLACEMENT_WINDOW = 30  # "placed a charge of dynamite": a placement verb this close before an explosive
ANAPHORA_REACH = 3  # "the attack" refers back to an incident at most this many sentences earlier
ATTACH_REACH = 6  # sentences with an attack word join the incident at most this many sentences before
