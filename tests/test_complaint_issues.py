"""Breaking a complaint into its issues, each quoted in the complainant's words."""

import pytest

from assistant.complaint_issues import (
    ComplaintIssue,
    IssueKind,
    extract_issues,
    issue_kind,
    suggest_complaint_type,
)


def quotes(complaint: str) -> list[str]:
    return [issue.quote for issue in extract_issues(complaint)]


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        (
            "I have two complaints:\n\n"
            "1. Nobody told me that the hearing had been cancelled.\n"
            "2. The lawyer decided to drop the charge without looking at my photos.\n",
            [
                "Nobody told me that the hearing had been cancelled.",
                "The lawyer decided to drop the charge without looking at my photos.",
            ],
        ),
        (
            "I want to complain about the following:\n"
            "- my expenses claim from March has still not been paid\n"
            "- the witness care officer never returned my calls\n"
            "I feel like a nuisance.",
            [
                "my expenses claim from March has still not been paid",
                "the witness care officer never returned my calls",
            ],
        ),
        (
            "Our concerns are these:\n"
            "(a) The victim personal statement was not read to the court.\n"
            "(b) No reply was ever sent to our letter of 3 May.\n",
            [
                "The victim personal statement was not read to the court.",
                "No reply was ever sent to our letter of 3 May.",
            ],
        ),
    ],
)
def test_when_issues_are_listed_then_each_item_is_an_issue(complaint, expected):
    assert quotes(complaint) == expected


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        (
            "Why was the charge of assault dropped when I had a medical report? "
            "Why did nobody from the CPS meet us to explain the decision?",
            [
                "Why was the charge of assault dropped when I had a medical report?",
                "Why did nobody from the CPS meet us to explain the decision?",
            ],
        ),
        (
            "The CPS still has not served the forensic evidence on the defence. "
            "Why is it taking so long?",
            [
                "The CPS still has not served the forensic evidence on the defence. "
                "Why is it taking so long?"
            ],
        ),
        (
            "I rang your office three times and was told someone would call me back. "
            "Nobody ever did.",
            [
                "I rang your office three times and was told someone would call me "
                "back. Nobody ever did."
            ],
        ),
    ],
)
def test_when_questions_are_asked_then_each_question_is_an_issue_and_follow_ups_join(
    complaint, expected
):
    assert quotes(complaint) == expected


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        (
            "I am disgusted that the CPS let him plead to a lesser charge and that "
            "nobody bothered to ask my view first.",
            [
                "the CPS let him plead to a lesser charge",
                "nobody bothered to ask my view",
            ],
        ),
        (
            "He tells me that he was not informed when the trial date was changed, "
            "and that he only learned the case had ended from the local newspaper.",
            [
                "he was not informed when the trial date was changed",
                "he only learned the case had ended from the local newspaper",
            ],
        ),
        (
            "The prosecutor didn't speak to me before the trial; the screen I was "
            "promised wasn't there.",
            [
                "The prosecutor didn't speak to me before the trial",
                "the screen I was promised wasn't there",
            ],
        ),
    ],
)
def test_when_one_sentence_joins_grievances_then_each_is_an_issue(complaint, expected):
    found = quotes(complaint)

    assert len(found) == len(expected)
    for quote, part in zip(found, expected, strict=True):
        assert part in quote


@pytest.mark.parametrize(
    "complaint",
    [
        "I was never told that he had been released on bail, and I only found out "
        "when I saw him in the supermarket.",
        "Our concerns:\n- the case papers were sent to the wrong office and one box "
        "is missing\n",
        "I was sent a letter meant for my neighbour which had his phone number and "
        "his statement in it.",
    ],
)
def test_when_the_second_part_tells_on_the_same_grievance_then_it_is_not_split(
    complaint,
):
    assert len(extract_issues(complaint)) == 1


def test_when_an_issue_is_buried_in_a_long_paragraph_then_it_is_found():
    complaint = (
        "I was a witness in the trial of the man who attacked my neighbour. I had to "
        "take two days off work to attend court and on the first day I sat in a room "
        "from nine until four and nobody came to tell me anything. On the second day "
        "I gave my evidence. My daughter drove me home afterwards."
    )

    found = quotes(complaint)

    assert len(found) == 1
    assert "nobody came to tell me anything" in found[0]


@pytest.mark.parametrize(
    "complaint",
    [
        "Dear Sir or Madam,\n\nI am writing about my case.\n\nYours faithfully,\nAnn",
        "I am writing to complain about how my case was handled. I would like an "
        "apology. I look forward to your reply.",
        "I was burgled in March. The police arrested a man in April. I am so angry "
        "I can barely write this.",
        "   ",
    ],
)
def test_when_there_is_no_grievance_then_no_issue_is_found(complaint):
    assert extract_issues(complaint) == []


def test_when_issues_are_found_then_each_quote_is_the_verbatim_span():
    complaint = (
        "Hi, I've been waiting 3 weeks for a reply to my email about the trial "
        "date. Also the man I spoke to on the phone was really rude to me."
    )

    issues = extract_issues(complaint)

    assert len(issues) == 2
    for issue in issues:
        assert complaint[issue.start : issue.end] == issue.quote
        assert issue.topic


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The prosecutor decided to drop the assault charge.", IssueKind.LEGAL),
        ("Why did you accept his plea to a lesser offence?", IssueKind.LEGAL),
        (
            "The sentence of 18 months for taking a life is far too low.",
            IssueKind.LEGAL,
        ),
        (
            "Your barrister did not tell the judge about his previous convictions.",
            "legal",
        ),
        ("Nobody told me that the case had been dropped.", IssueKind.SERVICE),
        ("It took eight months to decide whether to charge him.", IssueKind.SERVICE),
        ("The woman on the phone was rude and put the phone down.", IssueKind.SERVICE),
        ("My original bank statements have been lost.", IssueKind.SERVICE),
        ("My travel expenses have never been paid.", IssueKind.SERVICE),
        ("My victim personal statement was not read out in court.", "service"),
        ("Is the hearing still on the 12th of January?", IssueKind.UNCLEAR),
    ],
)
def test_when_an_issue_is_read_then_its_kind_follows_the_deciding_cue(text, kind):
    found, cue = issue_kind(text)

    assert found == kind
    assert (cue == "") == (kind == IssueKind.UNCLEAR)


def issue_of(kind: IssueKind) -> ComplaintIssue:
    return ComplaintIssue(0, 5, "quote", "topic", kind, "cue words")


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ([IssueKind.LEGAL, IssueKind.SERVICE], "mixed"),
        ([IssueKind.LEGAL, IssueKind.UNCLEAR], "legal"),
        ([IssueKind.SERVICE, IssueKind.SERVICE], "service"),
        ([IssueKind.UNCLEAR], "service"),
        ([], "service"),
    ],
)
def test_when_issues_have_kinds_then_the_complaint_type_follows(kinds, expected):
    complaint_type, reason = suggest_complaint_type([issue_of(k) for k in kinds])

    assert complaint_type == expected
    assert reason


def test_when_a_complaint_is_mixed_then_the_reason_names_both_cues():
    issues = extract_issues(
        "The lawyer decided to drop the charge. Nobody told me it had been dropped."
    )

    complaint_type, reason = suggest_complaint_type(issues)

    assert complaint_type == "mixed"
    assert "decided" in reason and "Nobody told" in reason
    assert "Independent Assessor" in reason
