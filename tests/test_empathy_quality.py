"""Empathy and apology quality read without a model."""

import pytest

from assistant.empathy_quality import find_poor_phrasing, read_apology
from assistant.language import parse


@pytest.mark.parametrize(
    "sentence",
    [
        "I was disappointed to read of your dissatisfaction with our service.",
        "I am sorry you feel that the case was handled badly.",
        "I regret any upset this may have caused.",
        "We apologise for any inconvenience caused.",
        "We note the points you have raised and have nothing further to add.",
    ],
)
def test_when_phrasing_is_stock_or_conditional_then_it_is_found(sentence):
    letter = parse(f"Dear Mr Shah\n\n{sentence}\n\nYours sincerely")

    found = find_poor_phrasing(letter)

    assert [f.sentence.text for f in found] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am so sorry you learned from a neighbour that the case had been dropped.",
        "I know how frightening the attack was, and I hope you are recovering.",
        "The prosecutor reviewed the file in March and decided the evidence was weak.",
    ],
)
def test_when_phrasing_is_tailored_or_factual_then_it_is_not_flagged(sentence):
    letter = parse(f"Dear Mr Shah\n\n{sentence}\n\nYours sincerely")

    assert find_poor_phrasing(letter) == []


def test_when_an_apology_has_every_element_then_none_is_missing():
    letter = parse(
        "Dear Mr Shah\n\nWe did not tell you the trial had moved because your new "
        "address was never entered on our system. That was our mistake, and I am "
        "truly sorry."
    )

    assert read_apology(letter).missing == []


def test_when_the_apology_is_conditional_then_regret_is_not_counted():
    letter = parse("Dear Mr Shah\n\nI regret any upset you may feel about this.")

    reading = read_apology(letter)

    assert "expresses regret" in reading.missing
    assert "accepts responsibility" in reading.missing
