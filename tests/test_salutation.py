"""Annex A q20: whether the letter is addressed to the complainant correctly."""

import pytest

from assistant.checks import salutation

BODY = (
    "Thank you for your letter of 14 April 2026 about the case against Mr Harte. "
    "I am sorry that it has taken longer than usual to reply."
)


def letter_opening(greeting: str) -> str:
    """Return a letter that opens with ``greeting``."""
    return (
        f"{greeting}\n\n{BODY}\n\n"
        "Yours sincerely\n\nRuth Fenwick\nDistrict Crown Prosecutor"
    )


def answer_for(make_context, complainant_name: str | None, greeting: str):
    context = make_context(letter_opening(greeting), complainant_name=complainant_name)
    return salutation.check(context)


@pytest.mark.parametrize(
    ("complainant_name", "greeting"),
    [
        ("Mrs Amina Okafor", "Dear Mrs Okafor"),
        ("Mr Daniel Harte", "Dear Mr Harte,"),
        ("Ms Ewa Kowalczyk", "Dear Ms Kowalczyk"),
        ("Dr Siobhán Ní Bhraonáin", "Dear Dr Ní Bhraonáin"),
        ("Mrs Amina Okafor", "Dear Amina Okafor"),
        ("Mrs Amina Okafor", "Dear Mrs Amina Okafor"),
        ("Mrs Claire Lloyd-Evans", "Dear Mrs Lloyd-Evans"),
        ("Mr Tomás O'Brien", "Dear Mr O'Brien"),
        ("Mrs Amina Okafor", "Dear Mrs. Okafor,"),
        ("Mx Sam Rees", "Dear Mx Rees"),
        ("Amina Okafor", "Dear Mrs Okafor"),
        ("Prof Gwen Lewis", "Dear Professor Lewis"),
        pytest.param(
            "Mr Tomás O'Brien",
            "Dear Mr O\u2019Brien",
        ),
    ],
)
def test_when_salutation_names_the_complainant_then_yes(
    make_context, complainant_name, greeting
):
    answer = answer_for(make_context, complainant_name, greeting)

    assert answer.answer == "yes", answer.reason


@pytest.mark.parametrize(
    ("complainant_name", "greeting"),
    [
        ("Mrs Amina Okafor", "Dear Ms Okafor"),
        ("Mrs Amina Okafor", "Dear Mr Okafor"),
        ("Miss Jade Turner", "Dear Mrs Turner"),
        ("Mrs Amina Okafor", "Dear Mrs Okafer"),
        ("Ms Ewa Kowalczyk", "Dear Ms Kowalcyzk"),
        ("Mr Daniel Harte", "Dear Mr Hart"),
        ("Mrs Amina Okafor", "Dear Amina"),
        ("Mrs Amina Okafor", "Dear Mrs Amina"),
        ("Mrs Amina Okafor", "Dear Sir or Madam"),
        ("Mr Daniel Harte", "Dear Sir"),
        ("Mrs Amina Okafor", "Dear Mrs Adeyemi"),
        ("Mr Daniel Harte", "Dear Complainant"),
        ("Amina Okafor", "Dear Amina"),
        ("Mr Daniel Harte", "Good afternoon"),
    ],
)
def test_when_salutation_is_wrong_or_generic_then_no(
    make_context, complainant_name, greeting
):
    answer = answer_for(make_context, complainant_name, greeting)

    assert answer.answer == "no", answer.reason


@pytest.mark.parametrize(
    ("complainant_name", "greeting"),
    [
        (None, "Dear Mrs Okafor"),
        (None, "Dear Sir or Madam"),
        ("", "Dear Mr Harte"),
        ("   ", "Dear Ms Kowalczyk"),
        (None, "Dear Amina"),
        (None, "Good afternoon"),
    ],
)
def test_when_complainant_name_is_unknown_then_undecided(
    make_context, complainant_name, greeting
):
    answer = answer_for(make_context, complainant_name, greeting)

    assert answer is None


@pytest.mark.parametrize(
    ("complainant_name", "greeting", "named"),
    [
        ("Mrs Amina Okafor", "Dear Mrs Okafor", "Mrs Okafor"),
        ("Mrs Amina Okafor", "Dear Ms Okafor,", "Ms Okafor"),
        ("Mr Daniel Harte", "Dear Sir or Madam", "Sir or Madam"),
        ("Ms Ewa Kowalczyk", "Dear Ewa", "Ewa"),
        ("Dr Siobhán Ní Bhraonáin", "Dear Dr Ní Bhraonáin", "Dr Ní Bhraonáin"),
        ("Mrs Claire Lloyd-Evans", "Dear Mrs Lloyd-Evans:", "Mrs Lloyd-Evans"),
    ],
)
def test_when_salutation_is_judged_then_evidence_is_the_name_written(
    make_context, complainant_name, greeting, named
):
    answer = answer_for(make_context, complainant_name, greeting)

    assert answer.evidence == named
