"""Annex A q8: unexplained legal jargon from the plain-English glossary."""

import pytest

from assistant.checks import jargon


def reply(paragraph: str) -> str:
    """Return a reply to Mrs Doyle with ``paragraph`` as its findings."""
    return (
        "Dear Mrs Doyle\n\n"
        "Thank you for your letter about the case against your former partner.\n\n"
        f"{paragraph}\n\n"
        "I hope this letter helps you understand what happened.\n\n"
        "Yours sincerely\n\n"
        "Mark Osei\n"
        "District Crown Prosecutor"
    )


def answer_for(make_context, paragraph: str):
    return jargon.check(make_context(reply(paragraph)))


@pytest.mark.parametrize(
    ("paragraph", "term"),
    [
        (
            "The case was discontinued under section 23 of the Prosecution of "
            "Offences Act 1985.",
            "discontinued",
        ),
        (
            "The file did not pass the Full Code Test, so the prosecutor could not "
            "authorise a charge.",
            "Full Code Test",
        ),
        (
            "Mr Doyle accepted that he hit you but disputed the number of blows, and "
            "the judge decided the point at a Newton hearing in February.",
            "Newton hearing",
        ),
        (
            "The Attorney General entered a nolle prosequi in the Crown Court in "
            "March.",
            "nolle prosequi",
        ),
        (
            "Before the trial the prosecutor reviewed all the unused material and "
            "sent the relevant items to the defence.",
            "unused material",
        ),
        (
            "The judge ruled at a voir dire that the doorbell footage could not be "
            "shown to the jury.",
            "voir dire",
        ),
        (
            "After a voir dire, the judge ruled that the doorbell footage could not "
            "be shown to the jury.",
            "voir dire",
        ),
        (
            "The Attorney General entered a nolle prosequi, which I know came as a "
            "shock to you and your family.",
            "nolle prosequi",
        ),
        (
            "We made a bad character application so that the jury would hear about "
            "his previous convictions for violence.",
            "bad character application",
        ),
        (
            "Your daughter's evidence was given by way of her ABE interview, with "
            "cross-examination over a live link.",
            "ABE",
        ),
        (
            "The charge of assault was left to lie on file after he pleaded guilty "
            "to the harassment.",
            "lie on file",
        ),
        (
            "At the PTPH the defendant pleaded not guilty and the judge fixed the "
            "trial for 9 September.",
            "PTPH",
        ),
        (
            "At the plea and trial preparation hearing (PTPH) he pleaded not guilty.",
            "plea and trial preparation hearing",
        ),
        ("The trial was vacated on the morning it was due to start.", "vacated"),
        ("The bench refused the prosecution's request for more time.", "The bench"),
        ("At the first hearing he indicated a guilty plea.", "indicated a guilty plea"),
        ("The expert report was served on the defence in March.", "served on"),
        ("The judge acceded to the defence request.", "acceded"),
        ("Prosecution counsel decided not to call you as a witness.", "counsel"),
        ("Your statement was sent to the defence unredacted.", "unredacted"),
        ("Your VPS was not read to the court at the sentencing hearing.", "VPS"),
        ("The officer recorded your account on an MG11 in June.", "MG11"),
        ("The OIC did not send us the doorbell footage until May.", "OIC"),
        (
            "The order was made under section 59 of the Sentencing Act 2020.",
            "section 59",
        ),
        (
            "The Crown could not prove that the object in his hand was a knife.",
            "The Crown",
        ),
        (
            "Both men were committed for sentence, which is the committal procedure "
            "under the Sentencing Act 2020.",
            "committed for sentence",
        ),
        (
            "He offered to plead to section 20 \u2014 I know this was hard to hear.",
            "section 20",
        ),
    ],
)
def test_when_legal_term_is_unexplained_then_yes(make_context, paragraph, term):
    answer = answer_for(make_context, paragraph)

    assert answer.answer == "yes", answer.reason
    assert term in answer.reason


@pytest.mark.parametrize(
    "paragraph",
    [
        "The case was stopped because there was not enough evidence for a court to "
        "find him guilty.",
        "The indictment (the document setting out the charges) was changed on the "
        "morning of the trial.",
        "Mr Doyle pleaded guilty but disputed some of the facts, so the judge held a "
        "Newton hearing. This is a hearing where the judge listens to the evidence "
        "and decides which version of events is true.",
        "The trial was adjourned to June and Mr Doyle was remanded in custody until "
        "then.",
        "Your son was given special measures, which means he could give his "
        "evidence from behind a screen.",
        "On the day of the trial the prosecutor offered no evidence, which means the "
        "court recorded a verdict of not guilty.",
        "The judge held a voir dire. That is a hearing without the jury present, "
        "where the judge decides whether a piece of evidence can be used.",
        "The judge decided the point in a hearing without the jury, known as a voir "
        "dire.",
        "The prosecutor applied for special measures. Special measures are "
        "arrangements, such as screens or a video link, that help a witness give "
        "their evidence.",
        "The case was sent to the Crown Court \u2013 a court where more serious "
        "cases are heard by a judge and jury.",
        "The other charge was left to lie on file. This meant it will not go ahead "
        "unless the court gives permission.",
        "He was charged with an either-way offence, meaning one that can be tried "
        "by magistrates or by a judge and jury.",
        "The prosecutor decided to discontinue the case, in other words to stop the "
        "prosecution, because the key witness no longer supported it.",
        "The prosecutor served a notice of discontinuance on 3 March. In plain "
        "English, this means the prosecution was stopped.",
        "The confiscation proceedings, which aim to recover the money he gained "
        "from the fraud, are still going on.",
        "Before we charge anyone, our lawyers must apply the Full Code Test. It has "
        "two parts: is there enough evidence, and is a prosecution needed in the "
        "public interest?",
        "The case was reviewed against the Full Code Test. The test has two parts: "
        "is there enough evidence, and is a prosecution in the public interest?",
        "The judge held a hearing to decide which account was true (a Newton hearing).",
        "The court cancelled the trial date (the trial was vacated) because no "
        "courtroom was free.",
        "He offered to plead guilty to section 20 \u2014 causing the injury without "
        "meaning to cause harm that serious.",
        "You were entitled to special measures \u2014 extra help to give evidence, "
        "such as a screen.",
        "The judge decided the point without the jury, in what lawyers call a voir "
        "dire.",
        "The judge held a Newton hearing. Put another way, the judge heard evidence "
        "to decide which version of the facts was right.",
        "Newton hearings are hearings where a judge decides disputed facts after a "
        "guilty plea. One was held on 3 May.",
        "Your statement was redacted, that is, your address was blacked out, before "
        "it was sent.",
        "The defence served a report from a doctor, which means they formally sent "
        "it to us and to the court.",
        "A victim personal statement (VPS) lets you tell the court how the crime "
        "affected you. The prosecutor read your VPS at the hearing.",
        "Grievous bodily harm means really serious harm, such as a broken bone.",
        "Compensation orders are made by the court when it sentences someone.",
        "The chairman of the bench thanked you for coming to court.",
        "A sentence of two years is normally served half in prison and half in the "
        "community.",
        "The case was heard at Plymouth Crown Court on 4 May.",
        "Please see section 2 of this letter for what happens next.",
        "PRIVATE AND CONFIDENTIAL",
    ],
)
def test_when_language_is_plain_or_term_is_explained_then_no(make_context, paragraph):
    answer = answer_for(make_context, paragraph)

    assert answer.answer == "no", answer.reason


@pytest.mark.parametrize(
    ("complainant", "expected"),
    [("police", "no"), ("court_staff", "no"), ("victim", "yes"), (None, "yes")],
)
def test_when_complainant_works_in_criminal_justice_then_their_terms_are_not_jargon(
    make_context, complainant, expected
):
    letter = reply("Under the Director's Guidance on Charging the file came to us.")

    answer = jargon.check(make_context(letter, complainant=complainant))

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        ("All he got was a conditional discharge.", "no"),
        ("I was never told what a conditional discharge is.", "yes"),
        ("The last letter said 'conditional discharge', whatever that means.", "yes"),
        ("I do not understand what a conditional discharge means for him.", "yes"),
    ],
)
def test_when_complainant_used_the_term_then_it_is_their_own_word(
    make_context, complaint, expected
):
    letter = reply("He was given a conditional discharge for twelve months.")

    answer = jargon.check(make_context(letter, complaint=complaint))

    assert answer.answer == expected, answer.reason


@pytest.mark.parametrize(
    "paragraph",
    [
        "The case against him was discontinued under section 23.",
        "The matter was listed for a Newton hearing on 4 May.",
        "The prosecutor disclosed the unused material to the defence in April.",
        "At the voir dire the recording was ruled out.",
        "The evidence did not meet the evidential stage.",
        "The jury was told about his previous convictions after a bad character "
        "application.",
    ],
)
def test_when_jargon_is_found_then_evidence_is_the_sentence_using_it(
    make_context, paragraph
):
    letter = reply(paragraph)

    answer = jargon.check(make_context(letter))

    assert answer.evidence == paragraph
    assert letter[answer.start : answer.start + len(answer.evidence)] == paragraph
