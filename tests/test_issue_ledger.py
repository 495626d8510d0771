"""The issue ledger: which part of the letter answers each issue, and the finding.

The letters here also set the ledger's thresholds: those that paraphrase the
complaint as real replies do must still count as answering it.
"""

import pytest

from assistant.checks.outcome import Finding
from assistant.issue_ledger import LedgerProblem, build_ledger
from assistant.language import parse

COMPLAINT = (
    "Dear Sir or Madam,\n\n"
    "I want to complain about three things.\n\n"
    "1. Nobody told me that the trial had been moved to March.\n"
    "2. The prosecutor decided to drop the assault charge even though I had "
    "photographs of my injuries.\n"
    "3. When I rang your office, the caseworker was rude and put the phone down on "
    "me.\n\n"
    "Yours faithfully,\nKerry Doyle"
)
TRIAL_DATE, DROPPED, PHONE_CALL = 0, 1, 2

DATE_UPHELD = (
    "The change of trial date\n"
    "The trial was moved at a hearing on 12 January. Our records show that the "
    "Witness Care Unit was not told of the new date, so nobody let you know. That "
    "should not have happened and I uphold this part of your complaint. I am sorry. "
    "I have reminded the team that every change of date must be passed on the same "
    "day."
)
DATE_UPHELD_BARE = (
    "The change of trial date\n"
    "The trial was moved at a hearing on 12 January. Our records show that the "
    "Witness Care Unit was not told of the new date, so nobody let you know. I "
    "uphold this part of your complaint."
)
DROP_NOT_UPHELD = (
    "The decision to stop the case\n"
    "The lawyer looked carefully at the photographs of your injuries. Without your "
    "account at trial, however, there was not enough evidence to prove the assault, "
    "so the charge was dropped. I am satisfied that the lawyer was entitled to make "
    "this decision, and I do not uphold this part of your complaint."
)
DROP_NOT_UPHELD_WITH_APOLOGY = DROP_NOT_UPHELD + (
    " I apologise that the lawyer dropped the assault charge."
)
CALL_UPHELD = (
    "Your telephone call\n"
    "I have spoken to the caseworker about your call on 20 January. She accepts "
    "that her manner was abrupt and that she ended the call too soon. I uphold this "
    "part of your complaint and I apologise. She has been given feedback."
)
SUMMARY_OF_ALL_THREE = (
    "You raised the following concerns:\n"
    "- that nobody told you the trial had been moved to March;\n"
    "- that the prosecutor dropped the assault charge despite the photographs of "
    "your injuries;\n"
    "- that the caseworker was rude and put the phone down on you."
)


def reply(*paragraphs: str) -> str:
    """Return a letter to Ms Doyle with ``paragraphs`` as its body."""
    body = "\n\n".join(paragraphs)
    return (
        "Dear Ms Doyle\n\n"
        "Thank you for your letter of 2 February about the case against Mr Hale.\n\n"
        f"{body}\n\n"
        "If you are not satisfied with this reply, you can ask for your complaint to "
        "be reviewed at stage two within one calendar month of the date of this "
        "letter.\n\n"
        "Yours sincerely\n\nTom Ellis\nDistrict Crown Prosecutor"
    )


def ledger_for(letter: str, complaint: str = COMPLAINT):
    return build_ledger(complaint, parse(letter))


def problems(ledger) -> list[tuple[LedgerProblem, int]]:
    issues = [entry.issue for entry in ledger.entries]
    return [(f.problem, issues.index(f.issue)) for f in ledger.findings]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ((DATE_UPHELD, DROP_NOT_UPHELD, CALL_UPHELD), []),
        (
            (DATE_UPHELD, DROP_NOT_UPHELD),
            [(LedgerProblem.UNANSWERED, PHONE_CALL)],
        ),
        (
            (DATE_UPHELD_BARE, DROP_NOT_UPHELD, CALL_UPHELD),
            [(LedgerProblem.UPHELD_WITHOUT_APOLOGY_OR_REMEDY, TRIAL_DATE)],
        ),
        (
            (DATE_UPHELD, DROP_NOT_UPHELD_WITH_APOLOGY, CALL_UPHELD),
            [(LedgerProblem.APOLOGY_FOR_NOT_UPHELD, DROPPED)],
        ),
        (
            (
                SUMMARY_OF_ALL_THREE,
                "The trial was moved at a hearing on 12 January, but the Witness "
                "Care Unit was not told of the new date and so you were not "
                "informed. I uphold this part of your complaint and I am sorry. I "
                "have reminded the team to pass on every change of date.",
                "The lawyer considered the photographs of your injuries but without "
                "your evidence at trial there was not enough evidence to prove the "
                "assault. I do not uphold this part of your complaint.",
            ),
            [(LedgerProblem.UNANSWERED, PHONE_CALL)],
        ),
        (
            (
                "The trial was moved at a hearing on 12 January, but the Witness "
                "Care Unit was not told of the new date and so you were not "
                "informed.",
                "The lawyer considered the photographs of your injuries but without "
                "your evidence at trial there was not enough evidence to prove the "
                "assault.",
                "I have spoken to the caseworker about your telephone call. She "
                "accepts that she was abrupt and ended the call too soon.",
            ),
            [
                (LedgerProblem.NO_FINDING, TRIAL_DATE),
                (LedgerProblem.NO_FINDING, DROPPED),
                (LedgerProblem.NO_FINDING, PHONE_CALL),
            ],
        ),
    ],
    ids=[
        "all answered with findings",
        "ignores the phone call",
        "upheld without apology or remedy",
        "apology for a not upheld issue",
        "a summary of the issues does not answer them",
        "answers without findings",
    ],
)
def test_when_a_letter_answers_the_issues_then_the_ledger_finds_what_is_missing(
    paragraphs, expected
):
    ledger = ledger_for(reply(*paragraphs))

    assert len(ledger.entries) == 3
    assert problems(ledger) == expected


def test_when_every_issue_is_answered_then_each_gets_its_section_and_finding():
    ledger = ledger_for(reply(DATE_UPHELD, DROP_NOT_UPHELD, CALL_UPHELD))

    sections = [entry.section for entry in ledger.entries]
    findings = [entry.finding for entry in ledger.entries]
    assert sections == [
        "The change of trial date",
        "The decision to stop the case",
        "Your telephone call",
    ]
    assert findings == [Finding.UPHELD, Finding.NOT_UPHELD, Finding.UPHELD]
    assert ledger.entries[TRIAL_DATE].apology.text == "I am sorry."
    assert "reminded" in ledger.entries[TRIAL_DATE].remedy.text


def test_when_an_issue_is_ignored_then_the_evidence_is_the_complainants_words():
    ledger = ledger_for(reply(DATE_UPHELD, DROP_NOT_UPHELD))

    unanswered = ledger.problems(LedgerProblem.UNANSWERED)[0]
    assert unanswered.evidence.startswith("When I rang your office")
    assert unanswered.start is None
    assert "not answered" in unanswered.reason


def test_when_one_sentence_gives_two_findings_then_each_issue_gets_its_own():
    complaint = (
        "Nobody told me that the trial had been moved. I am also unhappy that the "
        "CPS accepted a guilty plea to a lesser charge of common assault."
    )
    letter = (
        "Dear Mr Shaw\n\nThank you for your letter.\n\n"
        "The Witness Care Unit should have told you the trial had been moved, and "
        "I am sorry that they did not. The lawyer accepted the plea to common "
        "assault because the medical evidence could not prove a more serious "
        "injury. I uphold your complaint about not being told that the trial had "
        "been moved, but I do not uphold your complaint about the decision to "
        "accept the plea. I have reminded the unit to pass on every change of "
        "date.\n\nYours sincerely\n\nA Price"
    )

    ledger = build_ledger(complaint, parse(letter))

    assert [e.finding for e in ledger.entries] == [
        Finding.UPHELD,
        Finding.NOT_UPHELD,
    ]
    assert ledger.overall is None
    assert ledger.findings == ()


def test_when_only_the_whole_complaint_gets_an_outcome_then_each_issue_takes_it():
    ledger = ledger_for(
        reply(
            "The trial was moved on 12 January, but nobody told you of the new "
            "date. I am sorry; I have reminded the team to tell witnesses the same "
            "day.",
            "The lawyer dropped the assault charge because without your account "
            "there was not enough evidence, even with the photographs.",
            "I have spoken to the caseworker about your call. She accepts she was "
            "rude, and I apologise. She has been given feedback.",
            "I uphold your complaint.",
        )
    )

    assert ledger.overall is not None
    assert all(
        e.finding is Finding.UPHELD and e.overall_finding for e in ledger.entries
    )
    assert ledger.findings_given().answer == "yes"


# Replies written as real ones are: they paraphrase the complaint rather than
# repeat it, and some leave an issue out.
WITNESS_COMPLAINT = (
    "I had to take two days off work to attend Leeds Crown Court and on the first "
    "day I sat in a room from nine until four and nobody came to tell me anything. "
    "I have emailed your office twice about my expenses form and had no reply to "
    "either email."
)
WITNESS_REPLY = (
    "Dear Mr Okoro\n\n"
    "Thank you for your email of 14 May about your experience as a witness.\n\n"
    "You told us that you waited in the witness room all day on 2 May without "
    "anyone explaining what was happening. The trial was delayed while the defence "
    "considered a late offer of a plea, and our advocate should have asked the "
    "Witness Service to keep you updated during the day. I am sorry that this did "
    "not happen.\n\n"
    "I have also looked at your two emails about your claim for travel and loss of "
    "earnings. They were sent to an inbox that is no longer monitored, which is why "
    "you had no answer. I have now passed your form to our witness expenses team.\n\n"
    "I uphold your complaint.\n\n"
    "Yours sincerely\n\nAnne Price"
)
SOLICITOR_COMPLAINT = (
    "First, the CPS failed to reply to any of our six letters between July and "
    "October requesting initial disclosure, which forced an adjournment. Second, "
    "the decision to continue the prosecution after the complainant withdrew her "
    "support in September was, in our view, unreasonable. Third, the prosecution's "
    "application to adduce our client's spent conviction was made without notice."
)
SOLICITOR_REPLY = (
    "Dear Sirs\n\nThank you for your letter of 2 December.\n\n"
    "Correspondence\n"
    "Your letters of July, August and October asking for initial disclosure were "
    "received but were not answered. I uphold this part of the complaint and "
    "apologise; the unit has introduced a tracker for defence correspondence.\n\n"
    "Continuing the prosecution\n"
    "When the complainant withdrew her support, the reviewing lawyer considered "
    "whether the case could continue without her. There was independent evidence "
    "from two officers, and I do not uphold this part of the complaint.\n\n"
    "The application about previous convictions\n"
    "The application to introduce Mr Hussain's earlier conviction should have been "
    "served on you in advance. I uphold this part of your complaint and I am sorry; "
    "I have raised it with the advocate concerned.\n\n"
    "Yours faithfully\n\nAnne Price"
)
ADDRESS_COMPLAINT = (
    "Firstly, I do not accept that it was in the public interest to drop the case "
    "just because I was too frightened to come to court. Secondly, my new address "
    "appeared in the papers that were given to his solicitor, and now I have had "
    "to move again. Thirdly, I was never offered any support or told about the "
    "Independent Domestic Violence Advisor service."
)
ADDRESS_REPLY = (
    "Dear Ms Walsh\n\nThank you for your letter.\n\n"
    "Why the case was stopped\n"
    "The prosecutor considered the body worn footage carefully. Without your "
    "evidence she concluded that there was no longer a realistic prospect of "
    "conviction, and I do not uphold this part of your complaint.\n\n"
    "Your address\n"
    "Your new address should have been removed from the papers before they were "
    "sent to the defence. I uphold this part of your complaint and I am very sorry. "
    "We have changed the checks we make before papers are served.\n\n"
    "Yours sincerely\n\nAnne Price"
)


@pytest.mark.parametrize(
    ("complaint", "letter", "expected"),
    [
        (WITNESS_COMPLAINT, WITNESS_REPLY, "yes"),
        (SOLICITOR_COMPLAINT, SOLICITOR_REPLY, "yes"),
        (ADDRESS_COMPLAINT, ADDRESS_REPLY, "no"),
    ],
    ids=["witness", "solicitor", "support left out"],
)
def test_when_a_reply_paraphrases_the_complaint_then_q13_still_follows_it(
    complaint, letter, expected
):
    verdict = build_ledger(complaint, parse(letter)).issues_addressed()

    assert verdict.answer == expected, verdict.reason


def test_when_an_issue_is_left_out_then_q13_names_it():
    verdict = build_ledger(ADDRESS_COMPLAINT, parse(ADDRESS_REPLY)).issues_addressed()

    assert verdict.answer == "no"
    assert "Independent Domestic Violence Advisor" in verdict.evidence


def test_when_a_headed_issue_gets_no_finding_but_others_do_then_q10_1_is_no():
    ledger = ledger_for(
        reply(
            DATE_UPHELD,
            "The decision to stop the case\n"
            "The lawyer looked carefully at the photographs of your injuries, but "
            "without your account at trial there was not enough evidence to prove "
            "the assault, so the charge was dropped.",
            CALL_UPHELD,
        )
    )

    verdict = ledger.findings_given()

    assert verdict.answer == "no"
    assert "The decision to stop the case" in verdict.reason


@pytest.mark.parametrize(
    ("paragraphs", "q12", "q14"),
    [
        ((DATE_UPHELD, DROP_NOT_UPHELD, CALL_UPHELD), "yes", "yes"),
        ((DATE_UPHELD_BARE, DROP_NOT_UPHELD), "no", "no"),
        ((DROP_NOT_UPHELD,), None, None),
    ],
    ids=["amends for each", "upheld with nothing", "nothing upheld"],
)
def test_when_issues_are_upheld_then_q12_and_q14_follow_their_amends(
    paragraphs, q12, q14
):
    ledger = ledger_for(reply(*paragraphs))

    apologies, remedies = ledger.apologies_given(), ledger.remedies_given()

    assert (apologies.answer if apologies else None) == q12
    assert (remedies.answer if remedies else None) == q14


def test_when_a_verdict_is_given_then_it_becomes_a_judge_answer_with_evidence():
    ledger = ledger_for(reply(DATE_UPHELD_BARE, DROP_NOT_UPHELD))

    answer = ledger.apologies_given().to_answer()

    assert answer.question == "q12"
    assert answer.answer == "no"
    letter = reply(DATE_UPHELD_BARE, DROP_NOT_UPHELD)
    assert letter[answer.start :].startswith(answer.evidence)


def test_when_the_complaint_is_empty_then_q13_is_not_known():
    ledger = build_ledger("", parse(reply(DATE_UPHELD)))

    assert ledger.entries == ()
    assert ledger.issues_addressed().answer == "not_known"
