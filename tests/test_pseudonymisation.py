"""Pseudonymisation before a model call: nothing personal leaves, all comes back."""

import pytest

from assistant import pseudonymisation
from assistant.case_roster import RosterPerson
from assistant.errors import PseudonymisationError
from assistant.pseudonymisation import Pseudonymiser

TEXT = (
    "Dear Mrs Okafor\n\nKyle Barnes was interviewed by DC Hughes. Kyle's mother "
    "rang 07700 900123 and emailed amina.okafor@example.com from LS6 2QT."
)
ROSTER = [RosterPerson("Kyle Barnes", "defendant", youth=True, charged=True)]


@pytest.fixture
def pseudonymiser():
    return Pseudonymiser(roster=list(ROSTER))


def test_when_pseudonymised_then_no_name_or_identifier_remains(pseudonymiser):
    hidden = pseudonymiser.pseudonymise(TEXT)

    for secret in ("Okafor", "Kyle", "Barnes", "Hughes", "07700", "example.com", "LS6"):
        assert secret not in hidden


def test_when_one_person_is_named_two_ways_then_one_placeholder_is_used(
    pseudonymiser,
):
    hidden = pseudonymiser.pseudonymise(TEXT)

    kyle = [p for p, name in pseudonymiser.placeholders.items() if "Kyle" in name]
    assert len(kyle) == 1
    assert hidden.count(kyle[0]) == 2


@pytest.mark.parametrize(
    "rewording",
    [
        "{p} has been told.",
        "{bare} has been told.",
        "{lower} has been told.",
        "{spaced} has been told.",
        "We are sorry for {p}'s distress.",
    ],
)
def test_when_the_model_rewords_around_a_placeholder_then_it_is_restored(
    pseudonymiser, rewording
):
    pseudonymiser.pseudonymise(TEXT)
    placeholder = next(
        p for p, name in pseudonymiser.placeholders.items() if name == "Kyle Barnes"
    )
    bare = placeholder.strip("[]")
    reply = rewording.format(
        p=placeholder,
        bare=bare,
        lower=placeholder.lower(),
        spaced=bare.replace("_", " "),
    )

    restored = pseudonymiser.restore(reply)

    assert "Kyle Barnes" in restored
    assert "PERSON" not in restored.upper().replace("KYLE BARNES", "")


def test_when_placeholders_share_a_prefix_then_each_restores_to_its_own_name():
    names = Pseudonymiser()
    text = " ".join(f"Mr Alpha{chr(97 + i)} Smith{chr(97 + i)}." for i in range(11))
    names.pseudonymise("Dear Sir\n\n" + text.title())

    restored = names.restore("[PERSON_1] and [PERSON_10] and [PERSON_11]")

    assert restored.count("Mr") == 3
    assert len(set(restored.split(" and "))) == 3


def test_when_detection_fails_then_nothing_is_returned_to_send(
    pseudonymiser, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("recognizer crashed")

    monkeypatch.setattr(pseudonymisation, "analyze", broken)

    with pytest.raises(PseudonymisationError, match="nothing was sent"):
        pseudonymiser.pseudonymise(TEXT)


def test_when_a_case_party_name_would_survive_then_it_fails_closed(
    pseudonymiser, monkeypatch
):
    monkeypatch.setattr(pseudonymisation, "find_people", lambda *args: [])

    with pytest.raises(PseudonymisationError, match="case party"):
        pseudonymiser.pseudonymise(TEXT)
