import csv
import io

import pytest

from assistant.catalogue import load_catalogue
from assistant.evaluation.tables import (
    answer_label,
    build_annex_b,
    judged_letters,
    markdown_text,
    question_heading,
    render_annex_b_csv,
    render_annex_b_markdown,
)
from assistant.judge import Answer, Judgement
from assistant.letters import LetterRecord


def letter(letter_id: str, stage: int = 1, **fields) -> LetterRecord:
    return LetterRecord(
        id=letter_id,
        stage=stage,
        complaint_type=fields.pop("complaint_type", "service"),
        complaint="The CPS did not tell me the case was dropped.",
        letter="Dear Mrs Okafor, thank you for your letter.",
        **fields,
    )


def judged(letter_id: str, **codes: str) -> Judgement:
    answers = {
        key: Answer(question=key, answer=code, reason="r")
        for key, code in codes.items()
    }
    return Judgement(letter_id=letter_id, judge="rules", version="t", answers=answers)


def breakdown_of(table, key):
    return next(question for question in table if question.key == key)


def row_of(breakdown, answer):
    return next(row for row in breakdown.rows if row.answer == answer)


def test_when_not_applicable_answered_then_counted_but_left_out_of_the_base():
    records = [letter("L1", 1), letter("L2", 2), letter("L3", 1)]
    judgements = [
        judged("L1", q12="yes"),
        judged("L2", q12="no"),
        judged("L3", q12="not_applicable"),
    ]

    q12 = breakdown_of(build_annex_b(records, judgements), "q12")

    assert row_of(q12, "yes").overall.count == 1
    assert row_of(q12, "yes").overall.base == 2
    assert row_of(q12, "yes").overall.share == pytest.approx(0.5)
    assert [c.count for c in q12.not_applicable.cells()] == [1, 1, 0]
    assert q12.not_applicable.overall.share is None
    assert q12.bases() == [2, 1, 1]


def test_when_letters_at_both_stages_then_each_stage_has_its_own_base():
    records = [letter("L1", 1), letter("L2", 1), letter("L3", 2)]
    judgements = [judged("L1", q6="yes"), judged("L2", q6="no"), judged("L3", q6="no")]

    q6 = breakdown_of(build_annex_b(records, judgements), "q6")

    no = row_of(q6, "no")
    assert [(c.count, c.base) for c in no.cells()] == [(2, 3), (1, 2), (1, 1)]


def test_when_no_stage_two_letter_answered_then_stage_two_share_is_none():
    records = [letter("L1", 1)]
    judgements = [judged("L1", q18_1="yes")]

    q18_1 = breakdown_of(build_annex_b(records, judgements), "q18_1")

    assert row_of(q18_1, "yes").stage_2.base == 0
    assert row_of(q18_1, "yes").stage_2.share is None
    assert row_of(q18_1, "yes").stage_2.interval is None


@pytest.mark.parametrize(
    ("record_fields", "codes", "key", "expected"),
    [
        ({"complainant": "victim"}, {}, "q1", "victim"),
        ({"complainant": "victim"}, {"q1": "witness"}, "q1", "witness"),
        ({"complaint_type": "legal"}, {}, "q2", "legal"),
        ({"complaint_type": "legal"}, {"q2": "mixed"}, "q2", "mixed"),
    ],
)
def test_when_judge_lacks_q1_or_q2_then_record_fields_fill_them(
    record_fields, codes, key, expected
):
    table = build_annex_b([letter("L1", **record_fields)], [judged("L1", **codes)])

    assert row_of(breakdown_of(table, key), expected).overall.count == 1


def test_when_no_letter_answered_a_question_then_it_is_omitted():
    table = build_annex_b([letter("L1")], [judged("L1", q6="no")])

    keys = [question.key for question in table]
    assert keys == ["q2", "q6"]


def test_when_free_text_answer_given_then_it_is_not_a_table_row():
    table = build_annex_b([letter("L1")], [judged("L1", q6="yes", q6_1="recieve")])

    assert "q6_1" not in [question.key for question in table]


def test_when_questions_answered_then_table_follows_catalogue_order():
    judgement = judged("L1", q21="yes", q6="no", q18="yes", q10_1="yes")

    table = build_annex_b([letter("L1")], [judgement])

    order = load_catalogue().keys()
    keys = [question.key for question in table]
    assert keys == sorted(keys, key=order.index)


def test_when_answer_is_not_an_annex_a_code_then_left_out_and_counted():
    records = [letter("L1"), letter("L2")]
    judgements = [judged("L1", q6="maybe"), judged("L2", q6="no")]

    q6 = breakdown_of(build_annex_b(records, judgements), "q6")

    assert q6.unrecognised == 1
    assert q6.bases()[0] == 1


@pytest.mark.parametrize(
    ("judgement_ids", "message"),
    [(["L1"], "2 letters but 1 judgements"), (["L1", "L9"], "for letter 'L9'")],
)
def test_when_judgements_do_not_match_letters_then_value_error(judgement_ids, message):
    records = [letter("L1"), letter("L2")]
    judgements = [judged(letter_id) for letter_id in judgement_ids]

    with pytest.raises(ValueError, match=message):
        judged_letters(records, judgements)


@pytest.mark.parametrize(
    ("key", "code", "label"),
    [
        ("q11", "not_known", "Not known"),
        ("q1", "member_of_judiciary", "Member of judiciary"),
        ("q19", "witness", "Yes – names of witnesses"),
        ("q3", "not_cps", "Complaint not relating to CPS"),
        ("quality", "better_than_adequate", "Better than adequate"),
    ],
)
def test_when_code_given_then_label_reads_as_annex_b(key, code, label):
    assert answer_label(load_catalogue().get(key), code) == label


@pytest.mark.parametrize(
    ("key", "heading"),
    [
        ("q1", "01. Who was the complainant?"),
        ("q10_1", "10.1. Did the letter clearly inform"),
        ("quality", "Overall grade of the final letter."),
    ],
)
def test_when_question_given_then_heading_is_numbered_as_annex_b(key, heading):
    assert question_heading(load_catalogue().get(key)).startswith(heading)


def test_when_rendered_as_csv_then_it_parses_back_with_shares_and_intervals():
    records = [letter("L1", 1), letter("L2", 2), letter("L3", 1)]
    judgements = [
        judged("L1", q12="yes"),
        judged("L2", q12="no"),
        judged("L3", q12="not_applicable"),
    ]

    text = render_annex_b_csv(build_annex_b(records, judgements))

    rows = {
        (row["question"], row["answer"]): row
        for row in csv.DictReader(io.StringIO(text))
    }
    assert rows["q12", "yes"]["overall_percent"] == "50.0"
    assert rows["q12", "yes"]["overall_base"] == "2"
    assert rows["q12", "not_applicable"]["overall_count"] == "1"
    assert rows["q12", "not_applicable"]["overall_percent"] == ""
    low = float(rows["q12", "yes"]["overall_low"])
    assert low == pytest.approx(9.5, abs=0.1)


def test_when_rendered_as_markdown_then_not_applicable_and_base_rows_shown():
    records = [letter("L1"), letter("L2")]
    judgements = [judged("L1", q12="yes"), judged("L2", q12="not_applicable")]

    text = render_annex_b_markdown(build_annex_b(records, judgements))

    assert "| Not applicable (not in base) | 1 | 1 | 0 |" in text
    assert "| Base (letters) | 1 | 1 | 0 |" in text
    assert "1 (100.0%; 20.7–100.0%)" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", "a \\| b"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("two\nlines", "two lines"),
        ("*bold* [link]", "\\*bold\\* \\[link\\]"),
    ],
)
def test_when_untrusted_text_put_in_markdown_then_it_is_escaped(text, expected):
    assert markdown_text(text) == expected
