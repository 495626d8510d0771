"""Wordings that once misled the outcome, apology and remedy rules."""

import pytest

from assistant.checks import apology, outcome, remedy
from assistant.checks.outcome import Finding


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            "That should not have happened and I uphold this part of your complaint.",
            Finding.UPHELD,
        ),
        ("I uphold this part of your complaint.", Finding.UPHELD),
        ("I have upheld part of your complaint.", Finding.PARTLY_UPHELD),
        ("I am unable to uphold this aspect of your complaint.", Finding.NOT_UPHELD),
    ],
)
def test_when_an_outcome_is_worded_so_then_the_finding_is_read_right(
    make_context, sentence, finding
):
    context = make_context(f"Dear Ms Shah\n\n{sentence}\n\nYours sincerely")

    assert [o.finding for o in outcome.find_outcomes(context)] == [finding]


def test_when_the_apology_is_a_bare_sorry_then_it_counts(make_context):
    context = make_context(
        "Dear Ms Shah\n\nWe failed to tell you about the hearing. I am very sorry."
        "\n\nYours sincerely"
    )

    assert apology.check(context).answer == "yes"


@pytest.mark.parametrize(
    "sentence",
    [
        "The unit has introduced a same-day check of every hearing change.",
        "We have reported the error to the records team.",
        "From now on, victims will be told by telephone as well as by letter.",
    ],
)
def test_when_a_remedy_is_worded_so_then_it_counts(make_context, sentence):
    context = make_context(
        f"Dear Ms Shah\n\nWe should have told you, and I uphold your complaint. "
        f"{sentence}\n\nYours sincerely",
        complaint_type="legal",
    )

    assert remedy.check(context).answer == "yes"
