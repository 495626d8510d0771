"""The first-name recognizer: names the small spaCy model misses, not places."""

import pytest

from assistant.recognizers.first_name import ENTITY, FirstNameRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return FirstNameRecognizer()


def found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [ENTITY])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta has the right to ask for a review.", "Marta"),
        ("I understand you are writing as Chloe's partner.", "Chloe"),
        ("I would be happy to meet Chloe, with you if she wishes.", "Chloe"),
        ("We asked for a statement from your friend Jade Mbeki.", "Jade Mbeki"),
        ("Dear Aoife\n\nThank you for your email.", "Aoife"),
        ("The older boy, Jermaine Clarke, was 17 at the time.", "Jermaine Clarke"),
    ],
)
def test_when_a_first_name_stands_alone_or_before_a_surname_then_it_is_a_person(
    recognizer, text, name
):
    assert found(recognizer, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The burglary at your home in Chester upset your children.",
        "He now lives at 14 Florence Street with his mother.",
        "Your neighbour said he was leaving for India.",
        "Will you let me know if you would like a meeting?",
        "The hearing was moved to 16 June.",
        "He pleaded guilty at Preston Youth Court in August.",
        "You were treated at the Victoria Hospital and at the Hamilton Arms.",
        "I hope the rose garden is open again.",
    ],
)
def test_when_a_name_word_is_a_place_word_or_date_then_no_person(recognizer, text):
    assert found(recognizer, text) == []


def test_when_the_entity_is_not_asked_for_then_nothing_is_returned(recognizer):
    assert recognizer.analyze("Marta has the right.", ["UK_POSTCODE"]) == []
