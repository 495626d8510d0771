"""Annex A q18: whether the letter explains the next stage of the complaints process."""

import pytest

from assistant.checks import next_stage

SIGNATORIES = {1: "District Crown Prosecutor", 2: "Deputy Chief Crown Prosecutor"}


def reply(closing: str, signatory: str = SIGNATORIES[2]) -> str:
    """Return a complaint reply whose last paragraph before sign-off is ``closing``."""
    return (
        "Dear Mr Adeyemi\n\n"
        "Thank you for your email of 12 January 2026 about the prosecution of "
        "Mr Kyle Benson.\n\n"
        "I have read the case file and your earlier correspondence, and I have "
        "spoken to the lawyer who dealt with the case. I have set out my findings "
        "on each of the points you raised below.\n\n"
        f"{closing}\n\n"
        "Yours sincerely\n\n"
        "Helen Marsh\n"
        f"{signatory}"
    )


def answer_for(make_context, closing: str, stage: int, complaint_type: str):
    letter = reply(closing, SIGNATORIES[stage])
    context = make_context(letter, stage=stage, complaint_type=complaint_type)
    return next_stage.check(context)


@pytest.mark.parametrize(
    ("complaint_type", "closing", "expected"),
    [
        (
            "service",
            "If you remain dissatisfied, you may ask for your complaint to be reviewed "
            "by the Chief Crown Prosecutor at stage 2 of our complaints process.",
            "yes",
        ),
        (
            "legal",
            "If you are unhappy with this reply, you can ask for a senior manager to "
            "look at your complaint again.",
            "yes",
        ),
        (
            "mixed",
            "Should you wish to take this further, please write to the Deputy Chief "
            "Crown Prosecutor, who will look at your complaint afresh.",
            "yes",
        ),
        (
            "service",
            "If you are not happy with my response, you can ask for a stage two "
            "review. After that, if your complaint is about our service, you may be "
            "able to go to the Independent Assessor of Complaints.",
            "yes",
        ),
        (
            "legal",
            "If you are still not satisfied, you can request a review of your "
            "complaint by a more senior manager.",
            "yes",
        ),
        (
            "service",
            "If you remain dissatisfied, you can refer your complaint to the "
            "Independent Assessor of Complaints.",
            "no",
        ),
        (
            "legal",
            "I hope this letter has answered the questions you raised.",
            "no",
        ),
        (
            "legal",
            "If you disagree with the decision, you may ask for it to be looked at "
            "under the Victims' Right to Review scheme.",
            "no",
        ),
        (
            "mixed",
            "Please do not hesitate to contact me if you have any further questions "
            "about the case.",
            "no",
        ),
        (
            "service",
            "The Chief Crown Prosecutor asked me to request the file from the police "
            "before replying to you.",
            "no",
        ),
        pytest.param(
            "service",
            "I have shared your letter with the Chief Crown Prosecutor, who asked me "
            "to reply to you. I hope my reply answers your concerns.",
            "no",
        ),
    ],
)
def test_when_stage_1_letter_then_a_stage_2_review_must_be_offered(
    make_context, complaint_type, closing, expected
):
    answer = answer_for(make_context, closing, 1, complaint_type)

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "This letter is the final response under the CPS complaints procedure and "
            "concludes our complaints process.",
            "yes",
        ),
        (
            "As your complaint concerns a legal decision, this is the end of the CPS "
            "complaints process.",
            "yes",
        ),
        (
            "I am afraid there is no further stage in our complaints procedure for "
            "complaints about legal decisions.",
            "yes",
        ),
        (
            "Because your complaint is about a legal decision, it cannot be referred "
            "to the Independent Assessor of Complaints, and our complaints process "
            "has now ended.",
            "yes",
        ),
        (
            "The Independent Assessor of Complaints only considers complaints about "
            "our service, so cannot look at a prosecution decision such as this one. "
            "This concludes the complaints process.",
            "yes",
        ),
        (
            "As this is a legal decision, you cannot ask the Independent Assessor of "
            "Complaints to review it. This concludes our complaints process.",
            "yes",
        ),
        (
            "If you remain dissatisfied, you may refer your complaint to the "
            "Independent Assessor of Complaints.",
            "no",
        ),
        (
            "This is the end of the CPS complaints process. If you are still unhappy, "
            "you can ask the Independent Assessor of Complaints to review it.",
            "no",
        ),
        (
            "I hope this explanation is helpful.",
            "no",
        ),
        pytest.param(
            "Your complaint has now been through both stages of our complaints "
            "procedure, so I must bring our correspondence on it to a close.",
            "yes",
        ),
        pytest.param(
            "Our complaints process is now at an end. If you remain unhappy, you can "
            "write to the Independent Assessor of Complaints, who does not work for "
            "the CPS.",
            "no",
        ),
        pytest.param(
            "That concludes our complaints process. If you are still not satisfied, "
            "you may ask the Independent Assessor of Complaints (IAC) to consider "
            "your complaint.",
            "no",
        ),
    ],
)
def test_when_stage_2_legal_then_process_must_end_without_the_iac(
    make_context, closing, expected
):
    answer = answer_for(make_context, closing, 2, "legal")

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "If you remain dissatisfied with the service you have received, you can "
            "ask the Independent Assessor of Complaints to review your complaint.",
            "yes",
        ),
        (
            "You may now refer your complaint to the Independent Assessor of "
            "Complaints (IAC), who is independent of the CPS. Details of how to "
            "contact the IAC are on our website.",
            "yes",
        ),
        (
            "This is the last stage of the CPS complaints procedure. You can, "
            "however, ask the IAC to look at how we dealt with your complaint.",
            "yes",
        ),
        (
            "This concludes the CPS complaints process.",
            "no",
        ),
        (
            "If you remain unhappy, you may wish to contact your Member of Parliament.",
            "no",
        ),
        (
            "Thank you again for taking the time to write to us.",
            "no",
        ),
        pytest.param(
            "If you are still not satisfied, you can ask the Independent Assessor of "
            "Complaints (IAC) to review the way your complaint was handled.",
            "yes",
        ),
        pytest.param(
            "If you do not agree with my findings, you may refer your complaint to "
            "the Independent Assessor of Complaints.",
            "yes",
        ),
    ],
)
def test_when_stage_2_service_then_the_iac_must_be_offered(
    make_context, closing, expected
):
    answer = answer_for(make_context, closing, 2, "service")

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "The decision to discontinue the case was a legal decision, and the "
            "complaints process for that part of your complaint has now ended. As to "
            "the service you received, you may refer those points to the "
            "Independent Assessor of Complaints.",
            "yes",
        ),
        (
            "The IAC can only consider the service aspects of your complaint; it "
            "cannot look at the legal decision to accept the plea. If you are unhappy "
            "with how we dealt with the service parts, you can ask the Independent "
            "Assessor of Complaints to review them.",
            "yes",
        ),
        (
            "For the parts of your complaint about our service, such as the late "
            "letter, you can contact the Independent Assessor of Complaints. The "
            "prosecution decision is a legal matter and our process for it is now "
            "complete.",
            "yes",
        ),
        (
            "If you remain dissatisfied, you can refer your complaint to the "
            "Independent Assessor of Complaints.",
            "no",
        ),
        (
            "This concludes our complaints process.",
            "no",
        ),
        (
            "You may now ask the IAC to look at your complaint, including the "
            "decision to offer no evidence.",
            "no",
        ),
    ],
)
def test_when_stage_2_mixed_then_iac_is_only_for_service_parts(
    make_context, closing, expected
):
    answer = answer_for(make_context, closing, 2, "mixed")

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("stage", "complaint_type", "closing"),
    [
        (
            1,
            "service",
            "You can ask for your complaint to be reviewed at stage 2 by writing to "
            "the Complaints Team.",
        ),
        (
            2,
            "legal",
            "This letter concludes the CPS complaints process.",
        ),
        (
            2,
            "service",
            "You can ask the Independent Assessor of Complaints to review how we "
            "handled your complaint.",
        ),
        (
            2,
            "legal",
            "If you remain unhappy, you may write to the Independent Assessor of "
            "Complaints.",
        ),
        (
            1,
            "legal",
            "You may refer your complaint to the Independent Assessor of Complaints.",
        ),
        (
            2,
            "mixed",
            "You may refer the service parts of your complaint to the Independent "
            "Assessor of Complaints. The legal decision is outside the IAC's remit.",
        ),
    ],
)
def test_when_answer_has_evidence_then_it_is_a_sentence_of_the_letter(
    make_context, stage, complaint_type, closing
):
    letter = reply(closing, SIGNATORIES[stage])

    answer = next_stage.check(
        make_context(letter, stage=stage, complaint_type=complaint_type)
    )

    assert answer.evidence is not None
    assert answer.evidence in closing
    assert letter[answer.start : answer.start + len(answer.evidence)] == answer.evidence


@pytest.mark.parametrize(
    "signatory",
    [
        "District Crown Prosecutor",
        "Senior District Crown Prosecutor",
        "Legal Manager\nCPS Mersey-Cheshire",
        "Complaints Coordinator",
        pytest.param("Senior Legal Manager"),
        pytest.param("Deputy Chief Crown Prosecutor"),
        pytest.param("Head of Unit\nMagistrates' Court Unit"),
        pytest.param("Chief Crown Prosecutor\nCPS London North"),
    ],
)
def test_when_stage_1_letter_gives_no_next_step_then_no_whoever_signs_it(
    make_context, signatory
):
    letter = reply("I hope this letter answers your concerns.", signatory)

    answer = next_stage.check(make_context(letter, stage=1, complaint_type="service"))

    assert answer.answer == "no", answer.reason
