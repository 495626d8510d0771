"""Parts of a complaint that belong to another agency, read from its words."""

import pytest

from assistant.checks.complaint_asks import agencies_asked_about
from assistant.language import parse


@pytest.mark.parametrize(
    ("complaint", "agency"),
    [
        (
            "The police never took a statement from my neighbour.",
            "Police force complaints",
        ),
        (
            "I think the sentence was far too lenient for what he did.",
            "Attorney General's Office",
        ),
        (
            "I want my conviction overturned; I was wrongly convicted.",
            "Criminal Cases Review Commission",
        ),
        (
            "The judge's remarks at sentence were insulting to my family.",
            "Judicial Conduct Investigations Office",
        ),
        ("My solicitor never turned up to the hearing.", "Legal Ombudsman"),
        ("Nobody told me he had been released from prison.", "Probation Service"),
    ],
)
def test_when_the_complaint_raises_another_bodys_part_then_it_is_found(
    complaint, agency
):
    assert agency in agencies_asked_about(parse(complaint))


@pytest.mark.parametrize(
    "complaint",
    [
        "The police sent the file to the CPS in March and you dropped the case.",
        "The court staff were kind, but your lawyer did not speak to me.",
        "I am unhappy that the sentence hearing was moved twice.",
    ],
)
def test_when_another_body_is_only_mentioned_then_nothing_is_found(complaint):
    assert agencies_asked_about(parse(complaint)) == set()
