"""Annex A q13: the sentence announcing a complaint is not an issue of its own."""

import pytest

from assistant.checks import issues_addressed

REPLY = """Dear Ms Shah

You told us nobody let you know that the trial date had moved. We should have
written to you, and I uphold this part of your complaint.

Yours sincerely
Helen Price
"""


@pytest.mark.parametrize(
    "opener",
    [
        "I am writing to complain about how my case against my neighbour was handled.",
        "I want to make a formal complaint about the CPS.",
        "I'm writing about the way my complaint about the trial has been dealt with.",
    ],
)
def test_when_the_complaint_opens_by_announcing_itself_then_that_is_no_issue(
    make_context, opener
):
    complaint = f"{opener} Nobody let me know that the trial date had moved."
    context = make_context(REPLY, complaint=complaint)

    answer = issues_addressed.check(context)

    assert answer.answer == "yes", answer.reason


def test_when_a_real_issue_is_ignored_then_q13_is_still_no(make_context):
    complaint = (
        "I am writing to complain. Nobody let me know that the trial date had moved. "
        "Why did the prosecutor refuse to read my victim personal statement aloud?"
    )
    context = make_context(REPLY, complaint=complaint)

    assert issues_addressed.check(context).answer == "no"


def test_when_an_issue_is_answered_in_other_words_under_its_heading_then_yes(
    make_context,
):
    complaint = (
        "I am writing because I am upset. In March the man next door threw a brick "
        "through my window. When I phoned, the man I spoke to was rude and put the "
        "phone down on me."
    )
    letter = """Dear Mr Adeyemi

Thank you for your letter of 2 April.

The telephone call
You should have been treated politely and given a proper answer, and you were
not. I am sorry. I uphold this part of your complaint, and the member of staff
has been spoken to by his manager.

Yours sincerely

Helen Price
District Crown Prosecutor
"""
    context = make_context(letter, complaint=complaint, complainant_name="Mr Adeyemi")

    answer = issues_addressed.check(context)

    assert answer.answer == "yes", answer.reason
    assert "every issue raised (1) is answered" in answer.reason
