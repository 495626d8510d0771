"""Best-effort checks, tested on clear-cut letters only.

Empathy (q9), apology (q12), remedy (q14), meeting (q15), accessibility (q16),
issues addressed (q13) and grammar (q7) are judgements a rule can only approximate;
these tables hold cases a complaints manager would not argue about.
"""

import pytest

from assistant.checks import (
    accessibility,
    apology,
    empathy,
    grammar,
    issues_addressed,
    meeting,
    remedy,
)


def reply(*paragraphs: str) -> str:
    """Return a reply to Mr Walsh whose body is ``paragraphs``."""
    body = "\n\n".join(paragraphs)
    return (
        "Dear Mr Walsh\n\n"
        "Thank you for your letter of 20 March 2026 about the prosecution of "
        "Mr Lee Carter.\n\n"
        f"{body}\n\n"
        "Yours sincerely\n\n"
        "Joanna Pike\n"
        "District Crown Prosecutor"
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "I am sorry you feel dissatisfied with the way your case was handled.",
            "no",
        ),
        (
            "I was disappointed to read of your dissatisfaction with our service.",
            "no",
        ),
        (
            "I am sorry if you feel we let you down. The decision was correct.",
            "no",
        ),
        (
            "Your comments have been noted and placed on the file.",
            "no",
        ),
        (
            "If you wanted an update, you should have contacted the Witness Care "
            "Unit yourself.",
            "no",
        ),
        (
            "I am so sorry to hear about the loss of your son, and I can only imagine "
            "how painful it was to sit through the trial.",
            "yes",
        ),
        (
            "I understand how distressing it must have been to learn from a "
            "neighbour, rather than from us, that the case had been dropped.",
            "yes",
        ),
        (
            "I recognise the distress that the long wait to give evidence caused you "
            "and your family.",
            "yes",
        ),
        (
            "Giving evidence about the attack in front of the man who did it must "
            "have been frightening, and I am grateful for your courage.",
            "yes",
        ),
        pytest.param(
            "Taking an unpaid day off work, only to be told at court that the trial "
            "would not go ahead, must have been very frustrating.",
            "yes",
        ),
    ],
)
def test_when_empathy_is_tailored_or_stock_then_q9_says_so(
    make_context, paragraph, expected
):
    answer = empathy.check(make_context(reply(paragraph)))

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "I uphold your complaint. I apologise that we failed to tell you "
                "the trial had been moved to a later date.",
            ),
            "yes",
        ),
        (
            (
                "I have upheld your complaint. I am sorry that we did not write to "
                "you after the hearing, as we should have done.",
            ),
            "yes",
        ),
        (
            (
                "The delay in replying to your letter fell well short of the standard "
                "you are entitled to expect. Please accept my sincere apologies.",
            ),
            "yes",
        ),
        (
            (
                "I uphold your complaint. Our records show that we did not write to "
                "you after the hearing on 4 March.",
            ),
            "no",
        ),
        (
            (
                "We should have told you the trial had been moved. I am sorry if "
                "this caused you any inconvenience.",
            ),
            "no",
        ),
        (
            (
                "I accept that we failed to tell you about the guilty plea. I "
                "apologise for any inconvenience caused.",
            ),
            "no",
        ),
        (
            (
                "I do not uphold your complaint. The decision to stop the case was "
                "one the prosecutor was entitled to make.",
            ),
            "not_applicable",
        ),
        (
            (
                "I have looked at the file carefully and I am unable to uphold your "
                "complaint, as the case was reviewed in line with the Code.",
            ),
            "not_applicable",
        ),
    ],
)
def test_when_a_failing_is_found_then_q12_needs_an_unconditional_apology(
    make_context, paragraphs, expected
):
    answer = apology.check(make_context(reply(*paragraphs)))

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("complaint", "complaint_type", "paragraphs", "expected"),
    [
        (
            "Nobody told me the case had been dropped.",
            "service",
            (
                "I uphold your complaint and I apologise that we did not tell you. "
                "I have spoken to the lawyer concerned and reminded the whole team "
                "that victims must be told of a decision within one working day.",
            ),
            "yes",
        ),
        (
            "Nobody told me the case had been dropped.",
            "service",
            ("I uphold your complaint and I apologise that we did not contact you.",),
            "no",
        ),
        (
            "I took an unpaid day off work and paid £18 in train fares to attend a "
            "trial that had already been cancelled.",
            "service",
            (
                "I uphold your complaint. We should have told you the trial would not "
                "go ahead. I would like to offer you a goodwill payment of £128 to "
                "cover your lost wages and train fare.",
            ),
            "yes",
        ),
        (
            "I took an unpaid day off work and paid £18 in train fares to attend a "
            "trial that had already been cancelled.",
            "service",
            (
                "I uphold your complaint. We should have told you the trial would not "
                "go ahead, and I have reminded the team to check witness warnings.",
            ),
            "no",
        ),
        (
            "Why was the charge reduced without anyone asking me?",
            "legal",
            (
                "I accept that the prosecutor should have spoken to you before "
                "accepting the plea. I will ensure that this is raised at our next "
                "team meeting so that the same thing does not happen again.",
            ),
            "yes",
        ),
        (
            "Why was the case against my attacker dropped?",
            "legal",
            (
                "I do not uphold your complaint. The prosecutor applied the Code "
                "correctly and the decision was a reasonable one.",
            ),
            "not_applicable",
        ),
    ],
)
def test_when_a_failing_is_found_then_q14_needs_a_proportionate_remedy(
    make_context, complaint, complaint_type, paragraphs, expected
):
    context = make_context(
        reply(*paragraphs), complaint=complaint, complaint_type=complaint_type
    )

    answer = remedy.check(context)

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("complaint", "paragraph", "expected"),
    [
        (
            "I would like to meet someone from the CPS to go through why the case "
            "was dropped.",
            "I would be happy to meet you to talk through the decision. Please "
            "call my office to arrange a time that suits you.",
            "yes",
        ),
        (
            "I want a face to face meeting with the lawyer who made the decision.",
            "I have explained the reasons for the decision above and I hope this "
            "answers your questions.",
            "no",
        ),
        (
            "My brother was killed in March and the man who did it was only "
            "convicted of manslaughter.",
            "I would welcome the opportunity to meet you and your family to explain "
            "how the decision on the plea was reached.",
            "yes",
        ),
        (
            "My daughter died after being hit by a driver who was on his phone, "
            "and I do not understand the charge.",
            "The driver was charged with the offence the evidence could prove.",
            "no",
        ),
        (
            "I reported a rape by my ex-partner and your letter telling me the case "
            "was stopped was cold and confusing.",
            "I would welcome the chance to meet you, with your ISVA present if you "
            "wish, to explain the decision in person.",
            "yes",
        ),
        pytest.param(
            "I was raped by my ex-partner and nobody has explained why he will not "
            "be charged.",
            "The reasons for the decision are set out above.",
            "no",
        ),
        pytest.param(
            "My mother was killed by a drink driver and I want to understand why he "
            "was not charged with causing death by dangerous driving.",
            "I would like to offer you a meeting, at our Leicester office or at "
            "your home, to go through the evidence.",
            "yes",
        ),
        (
            "Your letter about the court date arrived two days after the hearing.",
            "I am sorry that our letter reached you late.",
            "not_applicable",
        ),
        (
            "The CPS did not reply to my email of 4 January for six weeks.",
            "I apologise for the delay in replying to your email.",
            "not_applicable",
        ),
        pytest.param(
            "I had to cancel an important meeting at work to attend court, only to "
            "be told the trial was not going ahead.",
            "I am sorry that we did not tell you in time that the trial had been "
            "moved.",
            "not_applicable",
        ),
    ],
)
def test_when_a_meeting_is_appropriate_then_q15_needs_an_offer(
    make_context, complaint, paragraph, expected
):
    context = make_context(reply(paragraph), complaint=complaint)

    answer = meeting.check(context)

    assert answer.answer == expected, answer.reason


SHORT_PLAIN_REPLY = (
    "I have looked at your complaint. You are right. We did not tell you the trial "
    "had moved. We should have told you. I am sorry. I have told the team. They "
    "will check dates with witnesses from now on."
)
LONG_REPLY = (
    "Having considered the file in detail, including the correspondence between "
    "the reviewing lawyer and the officer in the case, together with the "
    "representations made on your behalf at the time of the decision, I have "
    "concluded that, notwithstanding the concerns you have expressed about the "
    "handling of the matter, the approach taken was one reasonably open to the "
    "prosecutor in all the circumstances of the case as they then appeared."
)


@pytest.mark.parametrize(
    ("needs", "paragraph", "expected"),
    [
        (None, LONG_REPLY, "not_applicable"),
        ("", SHORT_PLAIN_REPLY, "not_applicable"),
        ("   ", LONG_REPLY, "not_applicable"),
        (
            "partially sighted: asked for large print",
            "I have enclosed a copy of this letter in large print.",
            "yes",
        ),
        (
            "first language Polish: asked for a translation",
            "A translated copy of this letter in Polish is enclosed with the "
            "English version.",
            "yes",
        ),
        (
            "deaf, British Sign Language user",
            "If it would help to discuss this letter, we can arrange a British Sign "
            "Language interpreter for a video call.",
            "yes",
        ),
        (
            "dyslexia: asked for plain, short sentences",
            SHORT_PLAIN_REPLY,
            "yes",
        ),
        (
            "partially sighted: asked for large print",
            LONG_REPLY,
            "no",
        ),
        (
            "dyslexia: asked for plain, short sentences",
            LONG_REPLY,
            "no",
        ),
    ],
)
def test_when_accessibility_needs_are_known_then_q16_needs_them_met(
    make_context, needs, paragraph, expected
):
    context = make_context(reply(paragraph), accessibility_needs=needs)

    answer = accessibility.check(context)

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("complaint", "paragraphs", "expected"),
    [
        ("Unhappy with CPS.", ("I am sorry to hear you are unhappy.",), "not_known"),
        ("Why?", ("I have looked at the file.",), "not_known"),
        (
            "Nobody told me that the trial had been adjourned, and I travelled to "
            "Leeds Crown Court for nothing. I also want to know why the assault "
            "charge was dropped when my neighbour saw everything.",
            (
                "I am sorry that nobody told you the trial had been adjourned before "
                "you travelled to Leeds Crown Court.",
                "The assault charge was dropped because your neighbour later told the "
                "police that she had not seen the punch itself.",
            ),
            "yes",
        ),
        pytest.param(
            "Nobody told me that the trial had been adjourned, and I travelled to "
            "Leeds Crown Court for nothing. I also want to know why the assault "
            "charge was dropped when my neighbour saw everything.",
            (
                "The assault charge was dropped because your neighbour later told the "
                "police that she had not seen the punch itself.",
            ),
            "no",
        ),
        (
            "The prosecutor never asked for a restraining order at sentence, even "
            "though I had told the police I was frightened of him.",
            (
                "I uphold your complaint. The prosecutor should have applied for a "
                "restraining order at the sentencing hearing, and I am sorry that "
                "this did not happen.",
            ),
            "yes",
        ),
        (
            "The prosecutor never asked for a restraining order at sentence, even "
            "though I had told the police I was frightened of him.",
            ("Thank you for writing to us. I hope this reply is helpful.",),
            "no",
        ),
    ],
)
def test_when_complainant_raises_issues_then_q13_checks_each_is_answered(
    make_context, complaint, paragraphs, expected
):
    context = make_context(reply(*paragraphs), complaint=complaint)

    answer = issues_addressed.check(context)

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The witnesses was not warned to attend court on 4 June.", "yes"),
        ("We should of told you that the hearing had been moved.", "yes"),
        ("I have have spoken to the prosecutor about your concerns.", "yes"),
        ("We was not aware that you had changed your address.", "yes"),
        (
            "I have spoken to the prosecutor, who accepts that she should have "
            "told you about the change of plea.",
            "no",
        ),
        ("It was an honest mistake, but it should not have happened.", "no"),
        ("A unit manager will contact you next week.", "no"),
        ("I have written to your MP, who asked for an update.", "no"),
        ("The prosecutor had had no contact from the officer by then.", "no"),
        pytest.param(
            "Your medical records were requested from an NHS trust in Bristol.",
            "no",
        ),
    ],
)
def test_when_grammar_slip_is_obvious_then_q7_finds_it(
    make_context, paragraph, expected
):
    answer = grammar.check(make_context(reply(paragraph)))

    assert answer.answer == expected, answer.reason
