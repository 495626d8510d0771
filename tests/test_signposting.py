"""Annex A q17: whether other agencies are signposted with contact details."""

import pytest

from assistant.checks import signposting


def reply(*paragraphs: str) -> str:
    """Return a reply to Mr Novak whose body is ``paragraphs``."""
    body = "\n\n".join(paragraphs)
    return (
        "Dear Mr Novak\n\n"
        "Thank you for your email of 2 May 2026. I have read the case file and "
        "spoken to the prosecutor who dealt with the case.\n\n"
        f"{body}\n\n"
        "Yours sincerely\n\n"
        "Anna Whitfield\n"
        "District Crown Prosecutor"
    )


def answer_for(make_context, complaint: str, *paragraphs: str):
    context = make_context(reply(*paragraphs), complaint=complaint)
    return signposting.check(context)


@pytest.mark.parametrize(
    ("complaint", "paragraphs"),
    [
        (
            "The officer in charge never returned my calls and was rude to me when I "
            "finally got hold of him.",
            (
                "I understand you are unhappy with how DC Marsh spoke to you. The "
                "conduct of police officers is a matter for the police, not the CPS, "
                "so I cannot comment on it. You can complain online through the "
                "Independent Office for Police Conduct at "
                "https://www.policeconduct.gov.uk/complaints/submit-a-complaint.",
            ),
        ),
        (
            "The usher at the magistrates' court was rude to me and nobody told me "
            "where to wait.",
            (
                "Court staff are employed by HM Courts & Tribunals Service (HMCTS), "
                "not the CPS, so I am unable to look into the usher's behaviour. You "
                "can complain to HMCTS using its complaints procedure at "
                "www.gov.uk/government/organisations/hm-courts-and-tribunals-service/"
                "about/complaints-procedure.",
            ),
        ),
        (
            "The Witness Service volunteer didn't show me the courtroom before I gave "
            "evidence, as I had been promised.",
            (
                "The Witness Service is run by Citizens Advice, which is independent "
                "of the CPS. You may wish to contact them directly through "
                "https://www.citizensadvice.org.uk/about-us/"
                "citizens-advice-witness-service/.",
            ),
        ),
        (
            "I was wrongly convicted and the prosecution hid evidence that would have "
            "cleared me.",
            (
                "If you believe your conviction is a miscarriage of justice, the "
                "Criminal Cases Review Commission (CCRC) is the independent body "
                "responsible for looking at such cases. You can contact the CCRC on "
                "0121 233 1473 or at ccrc.gov.uk.",
            ),
        ),
        (
            "Nobody has told me what conditions he will be under when he is released "
            "on licence. I was never asked for my views.",
            (
                "The conditions of his licence are a matter for the Probation "
                "Service, which runs the Victim Contact Scheme. You can find out "
                "how to contact your local probation office at "
                "www.gov.uk/government/organisations/probation-service.",
            ),
        ),
        (
            "DC Price failed to take a statement from my neighbour, who saw the "
            "whole thing.",
            (
                "What enquiries the police make is a matter for the police rather "
                "than the CPS. If you wish to complain about DC Price, you can write "
                "to the Independent Office for Police Conduct.",
                "The IOPC's address is PO Box 473, Sale, M33 0BW, and its telephone "
                "number is 0300 020 0096.",
            ),
        ),
        (
            "The police lost my statement and did not tell me for three months.",
            (
                "How the police handled your statement is not something the CPS can "
                "investigate. You may wish to raise it with the Professional "
                "Standards Department of West Yorkshire Police, or email the IOPC "
                "at enquiries@policeconduct.gov.uk.",
            ),
        ),
        pytest.param(
            "DC Lowe failed to tell me the suspect had been released on bail.",
            (
                "Keeping you informed about bail while the police investigated was "
                "the responsibility of the police rather than the CPS. You can "
                "contact Greater Manchester Police through www.gmp.police.uk.",
            ),
        ),
        pytest.param(
            "The officer in the case never updated me, even after I left messages.",
            (
                "How the officer kept in touch with you is a matter for the police, "
                "not the CPS. You can raise it with the force's Professional "
                "Standards Department by calling 101.",
            ),
        ),
        pytest.param(
            "I was never offered any support after the attack and felt completely "
            "alone.",
            (
                "Emotional and practical support after a crime is provided by Victim "
                "Support, an independent charity, rather than the CPS. You can call "
                "their free Supportline on 0808 168 9111 at any time.",
            ),
        ),
        (
            "I was told I would get my compensation in instalments but nothing has "
            "arrived.",
            (
                "Collecting compensation is handled by the court's fines office, not "
                "the CPS. You can reach the office on +44 300 123 4567.",
            ),
        ),
        (
            "The fine he was ordered to pay me has never arrived.",
            (
                "Collecting the fine falls to HM Courts & Tribunals Service, which "
                "you can contact through www.gov.uk/government/organisations/"
                "hm-courts-and-tribunals-service/about/complaints-procedure.",
            ),
        ),
        (
            "The hearing loop in the courtroom did not work.",
            (
                "The equipment in the courtroom sits with HM Courts & Tribunals "
                "Service, which runs the court building, so the CPS cannot look into "
                "why it failed.",
                "You can write to the Delivery Manager, Leeds Combined Court, "
                "1 Oxford Row, Leeds LS1 3BG.",
            ),
        ),
        (
            "DC Patel was rude to me when I rang him.",
            (
                "You would need to raise the officer's conduct with Kent Police, "
                "through www.kent.police.uk or by calling 101.",
            ),
        ),
        (
            "The Victim Support caseworker never called me back.",
            (
                "I have passed your comments to Victim Support, which you can also "
                "call yourself on 0808 168 9111.",
            ),
        ),
        (
            "I have still not been paid my compensation.",
            (
                "The court, not the CPS, collects compensation; you can write to the "
                "Enforcement Office, Leeds Magistrates' Court, Westgate, Leeds "
                "LS1 3BY.",
            ),
        ),
        (
            "My solicitor never asked for the footage.",
            (
                "I cannot comment on the conduct of your own solicitor, who acted for "
                "you and not for the CPS.",
                "Useful contacts\n- Complaints about a solicitor's service: the Legal "
                "Ombudsman, www.legalombudsman.org.uk.",
            ),
        ),
        (
            "I want my conviction overturned.",
            (
                "Only the Criminal Cases Review Commission can look at your "
                "conviction again now. Its number is 0121 233 1473.",
            ),
        ),
        (
            "The police gave him a community resolution without asking me.",
            (
                "Because the police made that decision, only Surrey Police can "
                "review it; the CPS has no power to change it. You can ask the force "
                "to look again through www.surrey.police.uk or by calling 101.",
            ),
        ),
        (
            "The officer in the case never returned my calls.",
            (
                "How the officer kept in touch with you is a matter for the police. "
                "You can contact Avon and Somerset Police's Professional Standards "
                "Department on 101.",
            ),
        ),
        (
            "I think my conviction is a miscarriage of justice.",
            (
                "Only the Criminal Cases Review Commission can send a conviction back "
                "to the Court of Appeal. You can phone it on (0121) 233 1473.",
            ),
        ),
        (
            "The officer told me the case was hopeless before it had been looked at.",
            (
                "I cannot comment on the conduct of police officers. You can write "
                "to the Independent Office for Police Conduct at PO Box 473, Sale.",
            ),
        ),
    ],
)
def test_when_other_agency_is_named_with_contact_details_then_yes(
    make_context, complaint, paragraphs
):
    answer = answer_for(make_context, complaint, *paragraphs)

    assert answer.answer == "yes", answer.reason


@pytest.mark.parametrize(
    ("complaint", "paragraphs"),
    [
        (
            "The officer in the case was rude to me on the phone and never called "
            "me back.",
            (
                "The way the officer dealt with you is a matter for the police, and I "
                "would encourage you to raise it with them directly.",
            ),
        ),
        (
            "The trial was moved three times and the listing office never told me why.",
            (
                "The trial dates were set by the court. Listing is the responsibility "
                "of HM Courts & Tribunals Service rather than the CPS.",
            ),
        ),
        pytest.param(
            "The police lost my statement and never told me the case had been dropped.",
            (
                "I am sorry that you were not told the case had been stopped. We "
                "should have written to you within one working day of the decision.",
            ),
        ),
        (
            "He was released from prison early and nobody warned me.",
            (
                "Decisions about release from custody are made by HM Prison and "
                "Probation Service, not the CPS, and I am unable to comment on them.",
            ),
        ),
        pytest.param(
            "I think my conviction is unsafe and I want it looked at again.",
            (
                "The CPS cannot reopen a conviction. You may wish to apply to the "
                "Criminal Cases Review Commission, which looks at possible "
                "miscarriages of justice.",
            ),
        ),
        (
            "The woman from the Witness Service was dismissive and left me on my own "
            "for most of the day.",
            (
                "The Witness Service is run by Citizens Advice and is not part of the "
                "CPS, so I cannot comment on the volunteer's conduct.",
            ),
        ),
        pytest.param(
            "PC Grant never came back to me after I gave my statement.",
            (
                "Complaints about police officers are dealt with by the force's "
                "Professional Standards Department, and I am not able to look into "
                "PC Grant's conduct.",
                "If you would like to talk about this letter, please call me on "
                "0161 615 2000.",
            ),
        ),
        (
            "The judge ordered him to pay me compensation a year ago and I have had "
            "nothing.",
            (
                "Once a compensation order is made, the money is collected by the "
                "court's enforcement staff, and I cannot say when he will pay.",
                "If you would like to discuss this letter, please call me on "
                "0115 852 3300.",
            ),
        ),
        (
            "Nobody has told me about the victim contact scheme.",
            (
                "I have shared your concerns with the Probation Service and asked "
                "them to contact you.",
            ),
        ),
        (
            "My mother has still not been paid the money the court ordered.",
            (
                "Enforcement of the order now falls to the magistrates' court, which "
                "collects the money and passes it on to your mother.",
            ),
        ),
        (
            "I reported the threats to the police and nobody came back to me.",
            (
                "Investigating the threat sits with the Metropolitan Police, and the "
                "CPS cannot direct an investigation.",
            ),
        ),
        (
            "The Victim Support worker was rude to me.",
            (
                "Victim Support is an independent charity and the CPS does not employ "
                "its staff. You would need to raise this with Victim Support directly.",
            ),
        ),
        (
            "I want my conviction looked at again.",
            (
                "The CPS cannot overturn a conviction. You should get legal advice "
                "about an appeal or apply to the Criminal Cases Review Commission.",
            ),
        ),
    ],
)
def test_when_other_agency_lacks_contact_details_then_no(
    make_context, complaint, paragraphs
):
    answer = answer_for(make_context, complaint, *paragraphs)

    assert answer.answer == "no", answer.reason


@pytest.mark.parametrize(
    ("complaint", "paragraphs"),
    [
        (
            "I do not understand why the CPS dropped the charges against the man who "
            "assaulted me.",
            (
                "The prosecutor decided that there was not enough evidence for a "
                "court to convict, because the only witness could not be traced.",
            ),
        ),
        (
            "Nobody from the CPS told me that the trial had been cancelled and I "
            "travelled to court for nothing.",
            (
                "I am sorry that we did not tell you the trial would not go ahead. "
                "We should have written to you as soon as the decision was made.",
            ),
        ),
        (
            "Your letter to me was full of legal terms I did not understand.",
            (
                "I am sorry that our letter was hard to follow. I have asked the team "
                "to write in plain English in future.",
            ),
        ),
        (
            "I asked for a copy of the decision letter twice and never received it.",
            (
                "I have enclosed a copy of the letter of 3 April, and I apologise "
                "that it was not sent when you first asked.",
            ),
        ),
        (
            "I was not told that the defendant had pleaded guilty until weeks "
            "afterwards.",
            (
                "I accept that we should have told you about the guilty plea the "
                "same day, and I uphold your complaint.",
            ),
        ),
        pytest.param(
            "The officer in the case, DC Hughes, was very helpful, but the CPS never "
            "told me the outcome of the hearing.",
            (
                "I am sorry that we did not write to you after the hearing, as we "
                "should have done.",
            ),
        ),
        pytest.param(
            "Why did the CPS drop the case against my ex-partner when I gave a full "
            "statement?",
            (
                "The prosecutor responsible for your case discussed the evidence "
                "with the officer in the case before deciding to stop the "
                "prosecution.",
            ),
        ),
        (
            "His sentence was far too short for what he did to me.",
            (
                "The sentence was a matter for the court. The prosecutor told the "
                "judge about the effect the offence had on you.",
            ),
        ),
        (
            "I still have not received the compensation the judge ordered.",
            (
                "I have this week asked our lawyer to apply to the court for an "
                "enforcement receiver to sell his share of the house.",
            ),
        ),
        (
            "Nobody told me my statement had been given to the defence with my "
            "address on it.",
            (
                "The police passed your new address to us in March, and we failed to "
                "update our records. I am sorry.",
            ),
        ),
        (
            "I am frightened he will come to my house again.",
            (
                "If you are worried about your safety, you can contact Kent Police on "
                "101, or 999 in an emergency.",
            ),
        ),
        (
            "Nobody explained what would happen at court.",
            (
                "You may also find it helpful to contact Victim Support, an "
                "independent charity, on 0808 168 9111.",
            ),
        ),
        (
            "I claimed my travel and lost earnings months ago and have not been paid.",
            (
                "Witness expenses are handled by the Witness Service, not the CPS. You "
                "should contact the Witness Service about your claim.",
            ),
        ),
        (
            "His sentence was far too short.",
            (
                "The judge, not the CPS, decided the sentence, which was within the "
                "guidelines for the offence.",
            ),
        ),
        (
            "Why did it take so long to get to court?",
            (
                "The case was sent to the Crown Court in May, and the officer in the "
                "case sent us the full file in June.",
            ),
        ),
    ],
)
def test_when_no_other_agency_is_involved_then_not_applicable(
    make_context, complaint, paragraphs
):
    answer = answer_for(make_context, complaint, *paragraphs)

    assert answer.answer == "not_applicable", answer.reason


@pytest.mark.parametrize(
    ("complaint", "paragraphs", "expected"),
    [
        (
            "Nobody will tell me who makes her pay the compensation.",
            (
                "Collecting the money is not something the CPS can do. The court "
                "service deals with fine enforcement. You can contact its "
                "enforcement team on 0300 790 9901.",
            ),
            "yes",
        ),
        (
            "I want compensation from the CPS for the wages I lost.",
            (
                "A scheme can pay compensation, including for loss of earnings in "
                "some cases. It is run by the Criminal Injuries Compensation "
                "Authority, which is separate from the CPS. You can apply at "
                "www.gov.uk/claim-compensation-criminal-injury.",
            ),
            "yes",
        ),
        (
            "The report the magistrates read was wrong about my record.",
            (
                "The report was prepared by the Probation Service, which is separate "
                "from the CPS. Any concern about it will need to be taken up with "
                "the Probation Service.",
            ),
            "no",
        ),
        (
            "He was let out after four years and nobody asked me.",
            (
                "Decisions about release are for the Parole Board rather than the "
                "CPS, and its website is www.gov.uk/government/organisations/"
                "parole-board.",
            ),
            "yes",
        ),
        (
            "The trial was moved the afternoon before and I lost a day's work.",
            (
                "Decisions about which cases are heard on which day are made by the "
                "court and not by the CPS.",
            ),
            "no",
        ),
    ],
)
def test_when_an_agency_is_handed_a_part_in_other_words_then_it_is_found(
    make_context, complaint, paragraphs, expected
):
    assert answer_for(make_context, complaint, *paragraphs).answer == expected


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        (
            "Every time the police came, took a note and went away. They never "
            "arrested him even though he broke his bail.",
            "no",
        ),
        ("The officer in my case, DC Marsh, never once returned my calls.", "no"),
        (
            "A caseworker from Victim Support rang me every week. Then the calls "
            "simply stopped.",
            "no",
        ),
        ("He is not British and I want to know whether he will be deported.", "no"),
        ("I was refused legal aid so I had to pay my own solicitor.", "no"),
        (
            "My barrister never saw the statement because the CPS hid it.",
            "not_applicable",
        ),
        ("The police told me the CPS had never checked the CCTV.", "not_applicable"),
        (
            "The police sent the file to you in March and I have heard nothing since.",
            "not_applicable",
        ),
    ],
)
def test_when_only_the_complaint_raises_another_bodys_own_failing_then_it_counts(
    make_context, complaint, expected
):
    paragraphs = ("I am sorry the letter about the hearing reached you late.",)

    assert answer_for(make_context, complaint, *paragraphs).answer == expected


@pytest.mark.parametrize(
    ("complaint", "paragraphs", "expected"),
    [
        (
            "We are still living next to him and want to be moved.",
            (
                "Rehousing is decided by Basildon Borough Council. The CPS has no "
                "role in housing decisions. You can call its housing team on "
                "01268 533333.",
            ),
            "yes",
        ),
        (
            "My licence still shows the endorsement that was quashed.",
            (
                "Your driving record is kept by the DVLA. The CPS cannot change what "
                "it shows, so please contact the DVLA directly.",
            ),
            "no",
        ),
    ],
)
def test_when_the_reason_is_in_the_next_sentence_then_the_agency_is_handed_it(
    make_context, complaint, paragraphs, expected
):
    assert answer_for(make_context, complaint, *paragraphs).answer == expected


def test_when_the_letter_shows_the_blamed_matter_was_ours_then_not_applicable(
    make_context,
):
    complaint = "The police never told me the case had been dropped."
    paragraphs = (
        "When the CPS stops a case, it is our responsibility, not the police's, "
        "to tell the victim. We did not, and I apologise.",
    )

    assert answer_for(make_context, complaint, *paragraphs).answer == "not_applicable"


@pytest.mark.parametrize(
    ("complaint", "paragraphs", "expected"),
    [
        (
            "Ushers shouted at me and the Witness Service left me beside his family.",
            (
                "Ushers are employed by HM Courts & Tribunals Service. You can write "
                "to the Customer Service Officer, Leeds Combined Court, 1 Oxford Row, "
                "Leeds LS1 3BG. You may also wish to raise the waiting area with the "
                "Witness Service, which is run by Citizens Advice.",
            ),
            "no",
        ),
        (
            "Ushers shouted at me and the Witness Service left me beside his family.",
            (
                "Ushers are employed by HM Courts & Tribunals Service. You can write "
                "to the Customer Service Officer, Leeds Combined Court, 1 Oxford Row, "
                "Leeds LS1 3BG. You may also raise the waiting area with the Witness "
                "Service, which you can call on 0300 332 1000.",
            ),
            "yes",
        ),
    ],
)
def test_when_a_paragraph_names_two_agencies_then_each_needs_its_own_contact(
    make_context, complaint, paragraphs, expected
):
    assert answer_for(make_context, complaint, *paragraphs).answer == expected


@pytest.mark.parametrize(
    ("complaint", "paragraphs", "expected"),
    [
        (
            "The council ignore my reports about the family next door.",
            (
                "The CPS has no power over how councils deal with antisocial "
                "behaviour. Kirklees Council is responsible for this, and you can "
                "contact its team on 01484 221000.",
            ),
            "yes",
        ),
        (
            "He keeps phoning my daughter from prison.",
            (
                "That responsibility lies with HM Prison and Probation Service. Its "
                "details are under Useful contacts below.",
                "Overall, I uphold your complaint.",
                "Useful contacts\nHMPPS Victim Helpline: 0300 060 6699",
            ),
            "yes",
        ),
    ],
)
def test_when_an_agency_is_named_by_its_place_or_full_name_then_it_is_found(
    make_context, complaint, paragraphs, expected
):
    assert answer_for(make_context, complaint, *paragraphs).answer == expected


@pytest.mark.parametrize(
    "complaint",
    [
        "When I was arrested the Met took my phone and laptop. The case is over and "
        "I still haven't got any of it back.",
        "Nobody from the police has ever taken a statement about the threat.",
    ],
)
def test_when_a_police_matter_is_ignored_or_only_passed_on_then_no(
    make_context, complaint
):
    paragraphs = (
        "I have asked the officer in the case to contact you.",
        "If you feel in immediate danger at any time, please call 999.",
    )

    assert answer_for(make_context, complaint, *paragraphs).answer == "no"


def test_when_a_defence_is_left_for_the_court_to_decide_then_nothing_is_handed(
    make_context,
):
    complaint = "Why was I charged when it was obviously self-defence?"
    paragraphs = (
        "Our lawyer decided there was enough evidence to charge you, and that your "
        "account of self-defence was a matter for the court to decide.",
    )

    assert answer_for(make_context, complaint, *paragraphs).answer == "not_applicable"
