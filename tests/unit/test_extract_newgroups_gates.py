"""newgroups skips its name regexes where the words they need are absent: the gates must let every match through."""
import re

from streams.extract import newgroups


def test_every_organisation_noun_holds_a_gate_stem() -> None:
    nouns = re.compile(rf"(?:{newgroups._ORG_WORDS})")
    for word in ["group", "brigades", "front", "commandos", "organization", "organisation", "squads", "guard",
                 "martyrs", "forces"]:
        assert nouns.fullmatch(word)
        assert any(stem in word for stem in newgroups._ORG_STEMS), word


def test_stems_cut_optional_letters_and_classes() -> None:
    assert newgroups._stems("brigades?|organi[sz]ation|gunmen") == ("brigade", "organi", "gunmen")
