"""The rules judge: one judgement per letter in the dataset's judge-output shape."""

import json
from importlib import resources

import pytest

from assistant import __version__
from assistant.catalogue import load_catalogue
from assistant.letters import LetterRecord
from assistant.rules_judge import RulesJudge

OUTPUT_KEYS = {"id", "answers", "evidence", "judge", "version"}


def sample_record() -> dict:
    text = resources.files("assistant.data").joinpath("sample_letter.json")
    return json.loads(text.read_text(encoding="utf-8"))


STAGE_ONE_UPHELD = {
    "id": "NE-014",
    "area": "North East",
    "stage": 1,
    "complaint_type": "service",
    "complainant": "victim",
    "complainant_name": "Mrs Amina Okafor",
    "complaint": (
        "Nobody told me the trial had been moved. I went to Newcastle Crown Court "
        "on 3 March and was sent home. I would like a meeting to discuss this."
    ),
    "letter": (
        "Dear Mrs Okafor\n\n"
        "Thank you for your letter of 5 March 2026. I am so sorry to hear that you "
        "went to court on 3 March only to be sent home.\n\n"
        "I uphold your complaint. We should have told you that the trial had been "
        "moved, and I apologise that we failed to do so. I have reminded the team "
        "to confirm every change of date with witnesses.\n\n"
        "I would be happy to meet you to talk about what happened.\n\n"
        "If you are not satisfied with this reply, you can ask for your complaint "
        "to be reviewed at stage 2 by writing to us within one calendar month of "
        "the date of this letter.\n\n"
        "Yours sincerely\n\nKaren Dodds\nDistrict Crown Prosecutor"
    ),
}
STAGE_TWO_LEGAL = {
    "id": "LN-203",
    "area": "London North",
    "stage": 2,
    "complaint_type": "legal",
    "complainant_name": "Mr Daniel Harte",
    "complaint": "Why was the man who attacked me not charged with GBH?",
    "letter": (
        "Dear Mr Hart\n\n"
        "Thank you for asking for your complaint to be reviewed.\n\n"
        "I have reviewed the file. The injuries, although painful, did not amount "
        "to really serious harm, so the charge of actual bodily harm was the right "
        "one. I am unable to uphold your complaint.\n\n"
        "This letter concludes the CPS complaints process.\n\n"
        "Yours sincerely\n\nOmar Shah\nDeputy Chief Crown Prosecutor"
    ),
}
STAGE_TWO_MIXED_HEADINGS = {
    "id": "WM-077",
    "stage": 2,
    "complaint_type": "mixed",
    "complainant_name": "Ms Ewa Kowalczyk",
    "accessibility_needs": "dyslexia: asked for plain, short sentences",
    "complaint": (
        "1. The prosecutor accepted a plea to a lesser charge.\n"
        "2. Nobody told me about the plea until weeks later."
    ),
    "letter": (
        "Dear Ms Kowalczyk\n\n"
        "The plea\n"
        "The prosecutor accepted a plea to common assault. The evidence of injury "
        "was weak. I do not uphold this part of your complaint.\n\n"
        "Keeping you informed\n"
        "We did not tell you about the plea for three weeks. That was wrong. I "
        "uphold this part of your complaint and I am sorry.\n\n"
        "The decision on the plea was a legal decision, so our process for that "
        "part has ended. For the service part, you can ask the Independent "
        "Assessor of Complaints to look at it.\n\n"
        "Yours sincerely\n\nGrace Bell\nDeputy Chief Crown Prosecutor"
    ),
}
WITHOUT_NAME_CRLF = {
    "id": "EM-310",
    "stage": 1,
    "complaint_type": "service",
    "complaint": "The officer in the case was rude to me and never returned my calls.",
    "letter": (
        "Dear Sir or Madam\r\n\r\n"
        "Thank you for your email. The conduct of police officers is a matter for "
        "the police force, not the CPS.\r\n\r\n"
        "If you are unhappy with my reply, please write to us within 20 working "
        "days of receiving this letter and a senior manager will review your "
        "complaint.\r\n\r\n"
        "Yours faithfully\r\n\r\nLiam Cole\r\nComplaints Coordinator"
    ),
}
HARD_WRAPPED_JARGON = {
    "id": "YH-045",
    "stage": 1,
    "complaint_type": "legal",
    "complainant_name": "Dr Siobhán Ní Bhraonáin",
    "complaint": "Why did you discontinue the case against my neighbour?",
    "letter": (
        "Dear Dr Ní Bhraonáin\n\n"
        "Thank you for your letter. The case was discontinued under section 23\n"
        "after the Full Code Test was applied again. I apologize that this was not\n"
        "explained to you sooner.\n\n"
        "If you remain dissatisfied, you may ask for a stage 2 review. Please\n"
        "write to us within one calendar month of the date of this\n"
        "letter.\n\n"
        "Yours sincerely\n\nPaul Reid\nSenior District Crown Prosecutor"
    ),
}
CURLY_QUOTES_AND_LISTS = {
    "id": "SE-118",
    "stage": 1,
    "complaint_type": "mixed",
    "complainant_name": "Mr Tomás O\u2019Brien",
    "complaint": (
        "I was never told about the hearing and the usher at court was rude to me."
    ),
    "letter": (
        "Dear Mr O\u2019Brien\n\n"
        "Thank you for your letter. You raised two points:\n\n"
        "\u2022 the hearing on 9 May \u2013 we did not tell you about it, and I "
        "uphold this part of your complaint;\n"
        "\u2022 the usher\u2019s behaviour \u2013 court staff are the "
        "responsibility of HMCTS, which you can contact at "
        "www.gov.uk/government/organisations/hm-courts-and-tribunals-service.\n\n"
        "I am sorry that we let you down. If you are not satisfied, you can ask "
        "for a stage 2 review within one calendar month of the date of this "
        "letter.\n\n"
        "Yours sincerely\n\nNia Evans\nDistrict Crown Prosecutor"
    ),
}
RECORDS = [
    pytest.param(sample_record(), id="sample"),
    pytest.param(STAGE_ONE_UPHELD, id="stage-1-upheld"),
    pytest.param(STAGE_TWO_LEGAL, id="stage-2-legal"),
    pytest.param(STAGE_TWO_MIXED_HEADINGS, id="stage-2-mixed-headings"),
    pytest.param(WITHOUT_NAME_CRLF, id="no-name-crlf"),
    pytest.param(HARD_WRAPPED_JARGON, id="hard-wrapped"),
    pytest.param(CURLY_QUOTES_AND_LISTS, id="curly-quotes-bullets"),
]


def judge(data: dict):
    return RulesJudge().judge(LetterRecord(**data))


@pytest.mark.parametrize("data", RECORDS)
def test_when_letter_is_judged_then_output_line_has_exactly_the_format_keys(data):
    line = judge(data).to_output_line()

    assert set(line) == OUTPUT_KEYS
    assert line["id"] == data["id"]
    assert line["judge"] == "rules"
    assert line["version"] == __version__
    assert json.loads(json.dumps(line)) == line


@pytest.mark.parametrize("data", RECORDS)
def test_when_letter_is_judged_then_every_evidence_is_verbatim_from_the_letter(data):
    judgement = judge(data)

    line = judgement.to_output_line()

    assert line["evidence"], "expected at least one answer with evidence"
    for key, evidence in line["evidence"].items():
        assert isinstance(evidence, str) and evidence, key
        assert evidence in data["letter"], key
        start = judgement.answers[key].start
        assert data["letter"][start : start + len(evidence)] == evidence, key


@pytest.mark.parametrize("data", RECORDS)
def test_when_letter_is_judged_then_every_answer_is_an_allowed_code(data):
    catalogue = load_catalogue()

    line = judge(data).to_output_line()

    for key, code in line["answers"].items():
        assert catalogue.get(key).allows(code), f"{key}={code}"
    assert set(line["evidence"]) <= set(line["answers"])


@pytest.mark.parametrize(
    ("data", "decided"),
    [
        pytest.param(sample_record(), True, id="sample"),
        pytest.param(STAGE_ONE_UPHELD, True, id="stage-1-upheld"),
        pytest.param(STAGE_TWO_LEGAL, True, id="stage-2-legal"),
        pytest.param(WITHOUT_NAME_CRLF, False, id="no-name-crlf"),
        pytest.param(
            {**STAGE_ONE_UPHELD, "id": "NE-015", "complainant_name": None},
            False,
            id="name-none",
        ),
        pytest.param(
            {**STAGE_TWO_LEGAL, "id": "LN-204", "complainant_name": "  "},
            False,
            id="name-blank",
        ),
    ],
)
def test_when_complainant_name_is_missing_then_q20_is_left_out(data, decided):
    answers = judge(data).to_output_line()["answers"]

    assert ("q20" in answers) is decided


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            STAGE_ONE_UPHELD,
            {"q10_1": "yes", "q12": "yes", "q15": "yes", "q18": "yes", "q18_1": "yes"},
            id="stage-1-upheld",
        ),
        pytest.param(
            STAGE_TWO_LEGAL,
            {"q10_1": "yes", "q18": "yes", "q18_1": "not_applicable", "q20": "no"},
            id="stage-2-legal",
        ),
        pytest.param(
            STAGE_TWO_MIXED_HEADINGS,
            {"q10_1": "yes", "q18": "yes", "q18_1": "not_applicable", "q20": "yes"},
            id="stage-2-mixed-headings",
        ),
        pytest.param(
            WITHOUT_NAME_CRLF,
            {"q17": "no", "q18": "yes", "q18_1": "no", "q16": "not_applicable"},
            id="no-name-crlf",
        ),
        pytest.param(
            HARD_WRAPPED_JARGON,
            {"q6": "yes", "q8": "yes", "q18_1": "yes", "q20": "yes"},
            id="hard-wrapped",
        ),
        pytest.param(
            CURLY_QUOTES_AND_LISTS,
            {"q10_1": "yes", "q17": "yes", "q18": "yes", "q18_1": "yes"},
            id="curly-quotes-bullets",
        ),
    ],
)
def test_when_letter_is_judged_then_clear_cut_answers_match_the_specification(
    data, expected
):
    answers = judge(data).codes()

    assert {key: answers.get(key) for key in expected} == expected


@pytest.mark.parametrize("data", RECORDS)
def test_when_letter_is_judged_twice_then_the_output_is_identical(data):
    first = judge(data).to_output_line()

    second = judge(data).to_output_line()

    assert first == second
