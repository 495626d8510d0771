"""Annex A q18.1: the time limit a stage 1 letter gives for escalating to stage 2."""

import pytest

from assistant.checks import time_limits

FINDINGS = (
    "I have read the file and spoken to the prosecutor who dealt with the case. "
    "I am satisfied that the decision to stop the prosecution was made properly, "
    "and I have set out the reasons below."
)


def stage_one_letter(escalation: str, findings: str = FINDINGS) -> str:
    """Return a stage 1 reply whose closing paragraph is ``escalation``."""
    return (
        "Dear Mrs Okafor\n\n"
        "Thank you for your letter of 3 March 2026 about the case against "
        "Mr Daniel Harte.\n\n"
        f"{findings}\n\n"
        f"{escalation}\n\n"
        "Yours sincerely\n\n"
        "Priya Shah\n"
        "Senior District Crown Prosecutor"
    )


def answer_for(make_context, letter: str, stage: int = 1):
    return time_limits.check(make_context(letter, stage=stage))


@pytest.mark.parametrize(
    "escalation",
    [
        "If you are not satisfied with my response, you can ask for your complaint "
        "to be considered at stage 2. Please write to us within one calendar month "
        "of the date of this letter, setting out why you remain dissatisfied.",
        "Should you remain unhappy, you may request a stage two review by the "
        "Deputy Chief Crown Prosecutor. Your request should reach us no later than "
        "one calendar month from the date of this letter.",
        "If you would like your complaint to be escalated, please let me know within "
        "one calendar month of the date of this reply.",
        "You can ask for my decision to be looked at again by a more senior manager. "
        "To do so, please contact the Complaints Team within one calendar month of "
        "the date of this response.",
        "If you remain dissatisfied, you may ask for a stage 2 review within 1 "
        "calendar month of the date of this letter.",
        "You are entitled to ask for a review of your complaint by the Chief Crown "
        "Prosecutor. Please do so within one (1) calendar month of the date of this "
        "letter.",
        "If you wish to take your complaint further, please write to the address "
        "above within a calendar month of the date of this letter.",
        "Should you wish to escalate your complaint to stage 2, your request must be "
        "made within one calendar month after the date of this letter.",
        "If you are not satisfied, you can ask for a stage 2 review. Please\n"
        "write to us within one calendar\n"
        "month of the date of this letter.",
        "If you are still unhappy, you may ask for your complaint to be reviewed at\n"
        "stage 2. Please let us know within one calendar month of the date of\n"
        "this letter.",
        pytest.param(
            "If you remain dissatisfied, you can ask for a stage 2 review within one "
            "calendar month of the date shown at the top of this letter.",
        ),
        pytest.param(
            "If you would like a stage 2 review, please make sure your request reaches "
            "us within one calendar month of the date of this letter; requests we "
            "receive after that date may not be accepted.",
        ),
    ],
)
def test_when_escalation_limit_is_one_calendar_month_from_letter_then_yes(
    make_context, escalation
):
    answer = answer_for(make_context, stage_one_letter(escalation))

    assert answer.answer == "yes", answer.reason


@pytest.mark.parametrize(
    "escalation",
    [
        "If you are not satisfied with this response, you can ask for your complaint "
        "to be reviewed at stage 2 by writing to us within 20 working days of the "
        "date of this letter.",
        "If you remain unhappy, please contact the Complaints Team within twenty "
        "working days and we will arrange for a stage two review.",
        "Should you wish to escalate your complaint, please write to us within one "
        "month of the date of this letter.",
        "If you are dissatisfied with my reply, you may ask for a stage 2 review "
        "within one calendar month of receiving this letter.",
        "You can ask for a senior manager to review your complaint. Please do so "
        "within one calendar month of the date you receive this letter.",
        "If you wish to take the matter further, you should write to the Deputy "
        "Chief Crown Prosecutor within 28 days of the date of this letter.",
        "If you are not satisfied, you can ask for your complaint to be reviewed at "
        "stage 2 by writing to the Complaints Team at the address above.",
        "Any request for a stage 2 review should be sent to us within a month.",
        "If you remain unhappy, please let us know within one calendar month and your "
        "complaint will be passed to a senior manager.",
        "If you would like your complaint escalated, please write to us within four "
        "weeks of the date of this letter.",
        "Please write to us within one calendar month of the date of this letter if "
        "you would like a stage 2 review. Requests made after 20 working days may not "
        "be considered.",
    ],
)
def test_when_escalation_limit_is_wrong_or_missing_then_no(make_context, escalation):
    answer = answer_for(make_context, stage_one_letter(escalation))

    assert answer.answer == "no", answer.reason


CORRECT_ESCALATION = (
    "If you are not satisfied with this reply, you can ask for your complaint to be "
    "reviewed at stage 2 by writing to us within one calendar month of the date of "
    "this letter."
)


@pytest.mark.parametrize(
    "reply_promise",
    [
        "We will respond to your request within 20 working days.",
        "The Deputy Chief Crown Prosecutor will aim to reply within 20 working days "
        "of receiving it.",
        "We aim to send you a full reply within 20 working days of receiving your "
        "request.",
        "Once we have your request, we will acknowledge it within five working days "
        "and send a full response within 20 working days.",
        "I will write to you again within 10 working days to confirm the training "
        "has taken place.",
        pytest.param(
            "A senior manager will then look at your complaint afresh and you should "
            "receive a full response within 20 working days.",
        ),
        pytest.param(
            "Your complaint will be reviewed by a senior manager, who will write to "
            "you within 20 working days.",
        ),
        pytest.param(
            "Our target for replying to stage 2 complaints is 20 working days.",
        ),
    ],
)
def test_when_cps_promises_its_own_reply_time_then_it_is_not_an_escalation_limit(
    make_context, reply_promise
):
    letter = stage_one_letter(f"{CORRECT_ESCALATION} {reply_promise}")

    answer = answer_for(make_context, letter)

    assert answer.answer == "yes", answer.reason


@pytest.mark.parametrize(
    "findings",
    [
        "I have read the file and spoken to the prosecutor who made the decision. "
        "The decision was reached with care.",
        "Witness Care wrote to you on 2 February, well before the trial date.",
        pytest.param(
            "The police sent us the file for review three weeks after your statement "
            "was taken.",
        ),
        pytest.param(
            "You have told me that you waited six months for a decision, and I "
            "understand how hard that wait was.",
        ),
        pytest.param(
            "The Victims' Code says you should be told of a decision like this within "
            "one working day, and that did not happen.",
        ),
        pytest.param(
            "If you wish to ask for a review of the decision not to prosecute under "
            "the Victims' Right to Review scheme, you should do so within three "
            "months of the date of the decision.",
        ),
        pytest.param(
            "You could also have asked the Attorney General's Office to look at the "
            "sentence, but such a request must be made within 28 days of sentence.",
        ),
    ],
)
def test_when_other_time_periods_appear_then_only_the_escalation_limit_counts(
    make_context, findings
):
    letter = stage_one_letter(CORRECT_ESCALATION, findings=findings)

    answer = answer_for(make_context, letter)

    assert answer.answer == "yes", answer.reason


@pytest.mark.parametrize(
    ("complaint_type", "closing"),
    [
        (
            "legal",
            "This letter concludes the CPS complaints process.",
        ),
        (
            "service",
            "If you remain dissatisfied, you may refer your complaint to the "
            "Independent Assessor of Complaints within three months of the date of "
            "this letter.",
        ),
        (
            "mixed",
            "The legal part of your complaint has now completed our process. For the "
            "service parts, you may contact the Independent Assessor of Complaints "
            "within 20 working days.",
        ),
        (
            "service",
            "If you are not satisfied, please write to us within one calendar month "
            "of the date of this letter.",
        ),
        (
            "legal",
            "I hope this letter answers the questions you raised.",
        ),
        (
            "service",
            "You may ask the Independent Assessor of Complaints to review the way we "
            "handled your complaint. There is no fixed time limit for doing so.",
        ),
    ],
)
def test_when_letter_answers_stage_2_then_not_applicable(
    make_context, complaint_type, closing
):
    context = make_context(
        stage_one_letter(closing), stage=2, complaint_type=complaint_type
    )

    answer = time_limits.check(context)

    assert answer.answer == "not_applicable"


@pytest.mark.parametrize(
    ("escalation", "limit"),
    [
        (CORRECT_ESCALATION, "one calendar month"),
        (
            "Please ask for a stage 2 review within 20 working days of receiving "
            "this letter.",
            "20 working days",
        ),
        (
            "If you want your complaint reviewed at stage 2, write to us within one "
            "month of the date of this letter.",
            "one month",
        ),
        (
            "You may escalate your complaint within 28 days of the date of this "
            "letter.",
            "28 days",
        ),
        (
            "If you remain dissatisfied you can ask for a stage 2 review within\n"
            "one calendar month of the date of this letter.",
            "one calendar month",
        ),
        (
            "To ask for a stage two review, please contact us within one calendar "
            "month of receipt of this letter.",
            "one calendar month",
        ),
    ],
)
def test_when_a_limit_is_found_then_evidence_is_the_limit_quoted_from_the_letter(
    make_context, escalation, limit
):
    letter = stage_one_letter(escalation)

    answer = answer_for(make_context, letter)

    assert answer.evidence is not None
    assert answer.evidence in letter
    assert letter[answer.start : answer.start + len(answer.evidence)] == answer.evidence
    assert limit in answer.evidence
