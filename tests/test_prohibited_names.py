"""The prohibited-name guard and Annex A q19, on letters written as CPS staff do."""

import pytest

from assistant.checks import prohibited
from assistant.prohibited_names import check_names, most_serious

SIGN_OFF = "\n\nYours sincerely\n\nHelen Price\nDistrict Crown Prosecutor"


def letter(body: str, salutation: str = "Dear Mrs Vaughan") -> str:
    return f"{salutation}\n\nThank you for your letter.\n\n{body}{SIGN_OFF}"


def rule_of(make_record, body, name, **fields):
    record = make_record(letter(body), complainant_name="Mrs Ann Vaughan", **fields)
    findings = [f for f in check_names(record) if name in f.text]
    assert findings, f"{name} was not found"
    return findings[0].rule


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "The police arrested Ashley Turner, who was released without charge.",
            "Ashley Turner",
            "suspect_not_charged",
        ),
        (
            "No further action was taken against Mr Piotr Nowicki because the "
            "messages did not contain a threat.",
            "Piotr Nowicki",
            "suspect_not_charged",
        ),
        (
            "The 15-year-old, Jayden Clarke, admitted the offence at South "
            "Tyneside Youth Court.",
            "Jayden Clarke",
            "youth_defendant",
        ),
        (
            "Reece Hamilton, who was 14 at the time, appeared at Plymouth Youth "
            "Court and admitted arson.",
            "Reece Hamilton",
            "youth_defendant",
        ),
        (
            "I am sorry that your partner, Ngozi, who was sexually assaulted last "
            "year, has waited so long.",
            "Ngozi",
            "rape_victim",
        ),
        (
            "The witness you mention, Mr Gareth Pugh, gave a statement describing "
            "the man.",
            "Gareth Pugh",
            "witness",
        ),
        (
            "Mrs Kaur gave evidence that she had been with the defendant all evening.",
            "Mrs Kaur",
            "witness",
        ),
        (
            "A juror, Mrs Farah Ali, had been seen in the same cafe as the "
            "victim's family.",
            "Farah Ali",
            "other",
        ),
    ],
)
def test_when_the_letter_cues_a_role_then_the_mention_breaks_that_rule(
    make_record, body, name, rule
):
    assert rule_of(make_record, body, name) == rule


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Mr Justice Harlow sentenced him to four years.", "Mr Justice Harlow"),
        ("DC Rees sent us the statement from your neighbour.", "DC Rees"),
        (
            "Daniel Harte was charged with assault and pleaded guilty in March.",
            "Daniel Harte",
        ),
        ("I have spoken to Mrs Vaughan's caseworker about the delay.", "Vaughan"),
        (
            "The prosecutor, Ms Leila Haddad, asked for a restraining order.",
            "Leila Haddad",
        ),
        ("The hearing in Preston was moved to May.", None),
    ],
)
def test_when_a_person_may_be_named_then_no_rule_is_broken(make_record, body, name):
    record = make_record(letter(body), complainant_name="Mrs Ann Vaughan")

    findings = check_names(record)

    assert not [f for f in findings if f.prohibited], findings
    if name:
        assert any(name in f.text for f in findings)


@pytest.mark.parametrize(
    ("party", "rule"),
    [
        ({"role": "suspect", "charged": False}, "suspect_not_charged"),
        ({"role": "defendant", "youth": True}, "youth_defendant"),
        ({"role": "defendant", "charged": False}, "suspect_not_charged"),
        ({"role": "victim", "sexual_offence_victim": True}, "rape_victim"),
        ({"role": "witness"}, "witness"),
        ({"role": "defendant"}, "person"),
        ({"role": "officer"}, "person"),
    ],
)
def test_when_the_roster_lists_a_person_then_their_flags_decide(
    make_record, party, rule
):
    body = "We spoke to Jordan Pike on 3 May. Mr Pike's account was short."
    parties = [{"name": "Jordan Pike", **party}]

    assert rule_of(make_record, body, "Jordan Pike", case_parties=parties) == rule
    assert rule_of(make_record, body, "Mr Pike", case_parties=parties) == rule


def test_when_a_sexual_offence_victim_is_the_addressee_then_naming_her_is_allowed(
    make_record,
):
    body = "I know how hard it was for you, Ms Kelly, to give evidence about the rape."
    parties = [
        {"name": "Roisin Kelly", "role": "victim", "sexual_offence_victim": True}
    ]
    record = make_record(
        letter(body, "Dear Ms Kelly"),
        complainant_name="Ms Roisin Kelly",
        case_parties=parties,
    )

    assert most_serious(check_names(record)) is None


def test_when_several_rules_are_broken_then_q19_gives_the_most_serious(make_context):
    body = (
        "The witness, Mr Gareth Pugh, gave a statement. The 16-year-old, Tyler "
        "Okoro, was charged and appeared at Leeds Youth Court."
    )
    context = make_context(letter(body), complainant_name="Mrs Ann Vaughan")

    answer = prohibited.check(context)

    assert answer.answer == "youth_defendant"
    assert answer.evidence in context.letter.text
    assert "Tyler" in answer.evidence


def test_when_only_allowed_people_are_named_then_q19_is_no(make_context):
    body = "Daniel Harte was convicted of assault and sentenced by Mr Justice Harlow."
    context = make_context(letter(body), complainant_name="Mrs Ann Vaughan")

    assert prohibited.check(context).answer == "no"


def test_when_mother_and_daughter_share_a_surname_then_titles_tell_them_apart(
    make_record,
):
    body = (
        "I know how hard the trial was for Miss Gallagher, and I am sorry that "
        "the rape trial was moved again."
    )
    record = make_record(
        letter(body, "Dear Mrs Gallagher"), complainant_name="Mrs Sinead Gallagher"
    )

    findings = check_names(record)

    rules = {f.text: f.rule for f in findings}
    assert rules["Mrs Gallagher"] == "person"
    assert rules["Miss Gallagher"] == "rape_victim"


def test_when_a_name_is_in_a_capitals_heading_then_it_is_linked_and_judged(
    make_record,
):
    text = (
        "Dear Mr Ogunleye\n\nRE: R v MASON HOLT\n\nThank you for your letter. "
        "Mason, who is 15, admitted the assault at the youth court." + SIGN_OFF
    )
    record = make_record(text, complainant_name="Mr Babatunde Ogunleye")

    rules = {f.text: f.rule for f in check_names(record)}

    assert rules["MASON HOLT"] == "youth_defendant"
    assert rules["Mason"] == "youth_defendant"


def test_when_an_mp_is_addressed_then_naming_the_mp_is_allowed(make_record):
    body = "Your constituent's sister, Kasia, was sexually assaulted in May."
    record = make_record(
        letter(body, "Dear Mr Fraser"), complainant_name="Ms Zofia Wrobel"
    )

    rules = {f.text: f.rule for f in check_names(record)}

    assert rules["Mr Fraser"] == "person"
    assert rules["Kasia"] == "rape_victim"


def test_when_a_relative_is_named_outside_a_sexual_case_then_it_is_allowed(
    make_record,
):
    body = (
        "Karl Maddox is charged with causing grievous bodily harm to your son, "
        "Liam Brennan. Liam gave a statement to the police in March."
    )
    record = make_record(
        letter(body, "Dear Mr Brennan"), complainant_name="Mr Oisin Brennan"
    )

    assert not [f for f in check_names(record) if f.prohibited]


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "The man you reported, Stuart Pennock, was given a community resolution "
            "by the police.",
            "Stuart Pennock",
            "suspect_not_charged",
        ),
        (
            "Mr Lamar Whitfield, who you reported for grooming Amara, remains under "
            "investigation.",
            "Amara",
            "rape_victim",
        ),
        (
            "Mr Lamar Whitfield, who you reported for grooming Amara, remains under "
            "investigation.",
            "Lamar Whitfield",
            "suspect_not_charged",
        ),
        (
            "The prosecution needed the evidence of the bar manager who saw it, "
            "Tomasz Wisniewski, and he was warned to attend.",
            "Tomasz Wisniewski",
            "witness",
        ),
        (
            "It confirmed that Mr Ionescu, who was charged, has paranoid "
            "schizophrenia and is now detained in hospital under the Mental "
            "Health Act.",
            "schizophrenia",
            "other",
        ),
        (
            "The court kept the condition that he must not contact you, and he "
            "must live at 14 Polwithen Road, Penzance, TR18 4JH.",
            "14 Polwithen Road",
            "other",
        ),
        (
            "Mr Polglase (National Insurance number QQ 73 19 42 A) pleaded guilty "
            "to fraud.",
            "QQ 73 19 42 A",
            "other",
        ),
    ],
)
def test_when_a_role_is_worded_in_other_ways_then_it_is_still_read(
    make_record, body, name, rule
):
    assert rule_of(make_record, body, name) == rule


def test_when_a_youth_hurt_a_child_then_only_the_one_accused_is_a_youth_defendant(
    make_record,
):
    body = (
        "The young person who assaulted Tobi, a Year 10 pupil called Kacper "
        "Nowak, was charged with inflicting grievous bodily harm. I am sorry "
        "that Tobi was hurt."
    )
    record = make_record(
        letter(body, "Dear Mr Olatunji"), complainant_name="Mr Femi Olatunji"
    )

    rules = {f.text: f.rule for f in check_names(record)}

    assert rules["Kacper Nowak"] == "youth_defendant"
    assert rules["Tobi"] == "person"


def test_when_only_the_complaint_says_the_offence_was_sexual_then_the_victim_is_read(
    make_record,
):
    body = (
        "I understand that Bethan has found it very hard to prepare herself for "
        "court each time. Bethan can give evidence from behind a screen."
    )
    complaint = "My wife was the victim of indecent exposure on the coastal path."

    sexual = make_record(letter(body), complaint=complaint)
    other = make_record(letter(body), complaint="My wife was punched in the street.")

    assert {f.rule for f in check_names(sexual) if f.text == "Bethan"} == {
        "rape_victim"
    }
    assert {f.rule for f in check_names(other) if f.text == "Bethan"} == {"witness"}


def test_when_the_letter_speaks_of_a_death_then_the_person_who_died_is_allowed(
    make_record,
):
    body = (
        "I am so sorry for the loss of Daniel. You and your wife can make a "
        "statement about how Daniel's death has affected you."
    )
    record = make_record(letter(body, "Dear Mr Okoro"), complainant_name="Mr Okoro")

    assert not [f for f in check_names(record) if f.prohibited]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "I know you have been told that Danny has been seen in your street.",
            "Danny",
        ),
        ('Gary Lomas, the man you know as "Gaz", was arrested. Gaz denies it.', "Gaz"),
    ],
)
def test_when_a_suspect_is_called_by_a_short_form_or_alias_then_it_is_linked(
    make_record, body, name
):
    parties = [
        {"name": "Daniel Kerr", "role": "suspect", "charged": False},
        {"name": "Gary Lomas", "role": "suspect", "charged": False},
    ]
    record = make_record(letter(body), case_parties=parties)

    rules = [f.rule for f in check_names(record) if f.text == name]

    assert rules and set(rules) == {"suspect_not_charged"}


def test_when_an_alias_is_given_in_the_letter_then_each_use_is_the_same_person(
    make_record,
):
    body = (
        'The older boy, Mehmet Aydin, who is known at school as "Memo", is 15 and '
        "admitted the robbery at the youth court. Memo was given a referral order."
    )
    record = make_record(letter(body))

    people = {f.text: f.person for f in check_names(record)}

    assert people["Memo"] == people["Mehmet Aydin"]


def test_when_two_case_parties_share_a_surname_then_the_title_picks_the_right_one(
    make_record,
):
    body = (
        "Mr Lakhani has been charged with fraud. Mrs Lakhani remains under "
        "investigation."
    )
    parties = [
        {"name": "Vikram Lakhani", "role": "defendant", "charged": True},
        {"name": "Priya Lakhani", "role": "suspect", "charged": False},
    ]
    record = make_record(letter(body), case_parties=parties)

    rules = {f.text: f.rule for f in check_names(record)}

    assert rules["Mr Lakhani"] == "person"
    assert rules["Mrs Lakhani"] == "suspect_not_charged"


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "R v Anthony Kinsella\n\nMr Kinsella was released on bail with a curfew.",
            "Mr Kinsella",
            "person",
        ),
        (
            "I can confirm that the address given by Cottis to the court is Flat 3, "
            "27 Wexham Road, Slough.",
            "27 Wexham Road",
            "other",
        ),
        (
            "The driver, Mr Pellow, who was charged, has type 1 diabetes and said he "
            "had a hypoglycaemic episode.",
            "type 1 diabetes",
            "other",
        ),
    ],
)
def test_when_a_heading_address_or_health_detail_is_read_then_the_rule_follows(
    make_record, body, name, rule
):
    assert rule_of(make_record, body, name) == rule


def test_when_a_judge_is_named_with_his_title_then_his_is_not_a_person(make_record):
    body = (
        "His Honour Judge Trevanion sentenced Mr Lee, who was convicted of sexual "
        "assault. His note records the sentence."
    )
    record = make_record(letter(body))

    findings = check_names(record)

    assert not [f for f in findings if f.text == "His"]
    assert not [f for f in findings if f.prohibited]


def test_when_the_age_is_given_in_the_next_sentence_then_the_youth_is_read(
    make_record,
):
    body = (
        "Joshua Curnow has been charged with sending threatening messages. Because "
        "he was 17 when he was charged, the case is in the youth court."
    )

    assert rule_of(make_record, body, "Joshua Curnow") == "youth_defendant"


def test_when_a_case_party_opens_a_sentence_after_a_common_word_then_it_is_found(
    make_record,
):
    body = "The trial was moved. Because Jayden is 15, his case is in the youth court."
    parties = [{"name": "Jayden Okwuosa", "role": "defendant", "youth": True}]

    assert rule_of(make_record, body, "Jayden", case_parties=parties) == (
        "youth_defendant"
    )


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "You asked for a review of the reply you received from Mr Colin Ashdown "
            "on 3 March. The man who raped you was convicted in January.",
            "Colin Ashdown",
            "person",
        ),
        (
            "Leon Prowse was dealt with in the youth court, while Kyle Dimmock, who "
            "is 24, was sent to the Crown Court.",
            "Kyle Dimmock",
            "person",
        ),
        (
            "Two youths were charged with the robbery: Kai Mensah and Reuben Hale. "
            "Both are 15.",
            "Reuben Hale",
            "youth_defendant",
        ),
        (
            "Lacey-Mae Pritchard was charged with harassment. Because Lacey-Mae is 16, "
            "the case went to the youth court.",
            "Lacey-Mae",
            "youth_defendant",
        ),
        (
            "The man who hit you, Connor Daley, was given a community resolution. Mr "
            "Daley admitted the assault and agreed to pay for the damage.",
            "Mr Daley",
            "suspect_not_charged",
        ),
        (
            "You asked why Gareth Pugh was not charged with strangulation after he "
            "was cautioned by the police.",
            "Gareth Pugh",
            "suspect_not_charged",
        ),
        (
            "You asked why Marion Eccles, who kept the books for the firm, has not "
            "been prosecuted as well.",
            "Marion Eccles",
            "suspect_not_charged",
        ),
        (
            "Two door staff were spoken to. Callum Reid saw the other man push you "
            "but did not see the punch.",
            "Callum Reid",
            "witness",
        ),
        (
            "The CCTV was poor, so we will ask you and Ms Nkechi Obi, the passenger "
            "who gave a statement, whether you can pick out the suspect.",
            "Nkechi Obi",
            "witness",
        ),
        (
            "I was told that Terence Blyth had appealed against his sentence for the "
            "sexual assault.",
            "Terence Blyth",
            "person",
        ),
    ],
)
def test_when_round_eight_wordings_are_read_then_the_rule_follows(
    make_record, body, name, rule
):
    assert rule_of(make_record, body, name) == rule


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("The court heard that Mr Ruddock has heart disease and cannot work.", "heart"),
        ("The file shows that Ms Lyle was being treated for anxiety last year.", "anx"),
        ("Mrs Hebden was signed off sick with depression in May.", "depression"),
        ("His sister is receiving help from a charity for her drinking.", "help"),
        ("The court record shows his address as Flat 2, 9 Tanner Road, Leek.", "Flat"),
    ],
)
def test_when_another_persons_health_or_home_is_given_then_it_is_other(
    make_record, body, detail
):
    assert rule_of(make_record, body, detail) == "other"


def test_when_a_town_shares_a_first_name_then_its_police_station_is_no_person(
    make_record,
):
    body = (
        "Barry Hale admitted the offence. An officer at Barry police station "
        "cautioned him the same night."
    )
    record = make_record(letter(body), complainant_name="Mrs Ann Vaughan")

    assert [f.text for f in check_names(record) if "Barry" in f.text] == ["Barry Hale"]


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "He pleaded guilty to sexual assault. The victim of the offence was "
            "Amira. In March he was sentenced to two years.",
            "Amira",
            "rape_victim",
        ),
        (
            "The rape trial heard from her flatmate, Jodie Fairclough, who gave "
            "evidence about the messages sent that night.",
            "Jodie Fairclough",
            "witness",
        ),
        (
            "Your ISVA, Ms Hannah Greer, told us that the wait for the rape trial has "
            "been very hard for you.",
            "Hannah Greer",
            "person",
        ),
    ],
)
def test_when_round_nine_wordings_are_read_then_the_rule_follows(
    make_record, body, name, rule
):
    assert rule_of(make_record, body, name) == rule


def test_when_a_count_follows_were_then_it_is_no_age(make_record):
    body = (
        "Ryan Pike was charged with harassment. He rang you late at night, and "
        "there were 12 calls in one week."
    )

    assert rule_of(make_record, body, "Ryan Pike") == "person"
