"""Annex A q6: spelling mistakes in British English."""

import pytest

from assistant.checks import spelling

CASE_PARTIES = [
    {"name": "Marek Kowalczyk", "role": "defendant"},
    {"name": "Aoife Ní Bhraonáin", "role": "victim"},
    {"name": "Gethin Prydderch", "role": "witness"},
]


def reply(paragraph: str) -> str:
    """Return a reply to Ms Ní Bhraonáin with ``paragraph`` as its findings."""
    return (
        "Dear Ms Ní Bhraonáin\n\n"
        "Thank you for your letter of 6 May 2026 about the case against Mr "
        "Kowalczyk.\n\n"
        f"{paragraph}\n\n"
        "Yours sincerely\n\n"
        "Sian Howells\n"
        "District Crown Prosecutor\n"
        "CPS Cymru Wales"
    )


def answer_for(make_context, paragraph: str):
    context = make_context(
        reply(paragraph),
        complainant_name="Ms Aoife Ní Bhraonáin",
        case_parties=CASE_PARTIES,
    )
    return spelling.check(context)


@pytest.mark.parametrize(
    ("paragraph", "mistake"),
    [
        ("I apologize for the delay in replying to your letter.", "apologize"),
        (
            "I understand that Mr Kowalczyk's behavior in the waiting area upset you.",
            "behavior",
        ),
        (
            "The defense asked for more time to obtain a report from a psychiatrist.",
            "defense",
        ),
        (
            "The trail was listed for 3 June at Swansea Crown Court.",
            "trail",
        ),
        ("You where not told that the hearing had been moved.", "where"),
        (
            "Not writing to you after the hearing was a breech of our duty under the "
            "Victims' Code.",
            "breech",
        ),
        (
            "We recognize that the delay caused you and your family real distress.",
            "recognize",
        ),
        (
            "The prosecuter reviewed the file again after your letter arrived.",
            "prosecuter",
        ),
        (
            "Their was no record on the file of your call on 12 March.",
            "Their",
        ),
        (
            "The witness care officer recieved your email on 2 April.",
            "recieved",
        ),
        (
            "Mr Kowalczyk was ordered to complete a rehabilitation program.",
            "program",
        ),
        (
            "The offense was committed in Carmarthen in the early hours of 2 March.",
            "offense",
        ),
        (
            "The witnesses where given the wrong date for the trial.",
            "where",
        ),
        pytest.param(
            "He was disqualified from driving and his driving license was taken away.",
            "license",
        ),
        ("He was released on license in January.", "license"),
        ("The second trail date was fixed for 12 October.", "trail"),
    ],
)
def test_when_letter_has_a_spelling_mistake_then_yes(make_context, paragraph, mistake):
    answer = answer_for(make_context, paragraph)

    assert answer.answer == "yes", answer.reason
    assert answer.evidence == mistake


@pytest.mark.parametrize(
    "paragraph",
    [
        "I realise how upsetting it was to learn that Mr Kowalczyk had been "
        "released on bail.",
        "Llanelli Magistrates' Court listed the trial for 14 March.",
        "Prydderch gave his evidence over a video link from Aberystwyth.",
        "The Attorney General entered a nolle prosequi, which stopped the case.",
        "The judge held a voir dire, which is a hearing without the jury, to decide "
        "whether the recording could be used.",
        "There is a clear paper trail showing that the email was sent on 4 April.",
        "The Code applies in all cases where serious harm has been caused.",
        "The CPS, HMCTS and the IOPC each have their own complaints procedures.",
        "The judgment of the Court of Appeal was published in July.",
        "Our caseworker has spoken to DC McAllister and Mr O'Sullivan about the "
        "witness care programme.",
        "The offences were committed in Ystradgynlais and Ammanford.",
        "The audit trail on our case management system shows the letter was sent.",
        pytest.param(
            "The police followed a trail of bank transfers to an account in his name.",
        ),
        pytest.param(
            "At the first hearing, where not guilty pleas were entered, the court "
            "set a trial date.",
        ),
        pytest.param(
            "The cases we treat as most urgent are those where a child is involved.",
        ),
        "The bar where the assault happened is licensed until midnight.",
        "The police followed the money and found a trail that led to his account.",
    ],
)
def test_when_names_places_and_legal_terms_are_correct_then_no(make_context, paragraph):
    answer = answer_for(make_context, paragraph)

    assert answer.answer == "no", answer.reason
