"""Annex A q4 and q5 answered from the letter's earlier drafts."""

from assistant.rules_judge import RulesJudge

FINAL = """Dear Mrs Vaughan

I am so sorry that you were not told the trial had moved. I uphold your complaint
and I apologise that we did not write to you. I have reminded the team to tell
victims of changes on the same day.

If you are not satisfied, you can ask for a review of your complaint at stage 2
within one calendar month of the date of this letter.

Yours sincerely
Helen Price
"""
WRONG_LIMIT = FINAL.replace(
    "within one calendar month of the date of this letter", "within 20 working days"
)


def answers(make_record, drafts):
    record = make_record(
        FINAL,
        drafts=drafts,
        complaint="Nobody told me the trial had moved.",
        complainant_name="Mrs Ann Vaughan",
    )
    return RulesJudge().judge(record).answers


def test_when_there_are_no_drafts_then_q4_and_q5_are_not_known(make_record):
    result = answers(make_record, None)

    assert result["q4"].answer == result["q5"].answer == "not_known"


def test_when_one_draft_had_a_fault_the_final_fixed_then_qa_improved_it(make_record):
    result = answers(make_record, [WRONG_LIMIT])

    assert result["q4"].answer == "yes"
    assert "q18_1" in result["q4"].reason
    assert result["q5"].answer == "not_known"


def test_when_the_manager_fixed_it_and_the_coordinator_changed_nothing(make_record):
    result = answers(make_record, [WRONG_LIMIT, FINAL])

    assert result["q4"].answer == "yes"
    assert result["q5"].answer == "no"
    assert "unchanged" in result["q5"].reason


def test_when_the_coordinator_brought_in_a_fault_then_q5_is_no(make_record):
    record_drafts = [FINAL, FINAL.replace("I am so sorry", "I am very sorry")]
    result = answers(make_record, record_drafts)

    assert result["q5"].answer == "no"
