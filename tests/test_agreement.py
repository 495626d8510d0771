import csv
import io

import pytest

from assistant.evaluation.agreement import (
    build_agreement,
    render_agreement_csv,
    render_agreement_markdown,
)
from assistant.judge import Answer, Judgement
from assistant.letters import LetterRecord


def letter(letter_id: str, labels=None, stage: int = 1) -> LetterRecord:
    return LetterRecord(
        id=letter_id,
        stage=stage,
        complaint_type="mixed",
        complaint="The police and the CPS both let me down.",
        letter="Dear Ms Rahman, thank you for your letter.",
        labels=labels,
    )


def judged(letter_id: str, evidence: str | None = None, **codes: str) -> Judgement:
    answers = {
        key: Answer(question=key, answer=code, reason=f"{key} rule", evidence=evidence)
        for key, code in codes.items()
    }
    return Judgement(letter_id=letter_id, judge="rules", version="t", answers=answers)


def question_of(agreement, key):
    return next(q for q in agreement.questions if q.key == key)


@pytest.fixture
def spelling():
    """Five letters labelled on q6: four compared (three agree), one undecided."""
    records = [
        letter("L1", {"q6": "yes"}),
        letter("L2", {"q6": "yes"}),
        letter("L3", {"q6": "no"}),
        letter("L4", {"q6": "no"}),
        letter("L5", {"q6": "no"}),
    ]
    judgements = [
        judged("L1", q6="yes"),
        judged("L2", evidence="we recieved your letter", q6="no"),
        judged("L3", q6="no"),
        judged("L4", q6="no"),
        judged("L5"),
    ]
    return build_agreement(records, judgements)


def test_when_judge_compared_then_accuracy_and_kappa_are_hand_computed(spelling):
    q6 = question_of(spelling, "q6")

    # Observed 3/4; chance (2*1 + 2*3) / 16 = 0.5; kappa (0.75 - 0.5) / 0.5 = 0.5.
    assert (q6.n, q6.agreed) == (4, 3)
    assert q6.accuracy == pytest.approx(0.75)
    assert q6.kappa == pytest.approx(0.5)


def test_when_judge_left_a_labelled_letter_undecided_then_coverage_drops(spelling):
    q6 = question_of(spelling, "q6")

    assert (q6.labelled, q6.undecided) == (5, 1)
    assert q6.coverage == pytest.approx(0.8)


def test_when_compared_then_matrix_rows_are_gold_and_columns_judge(spelling):
    assert question_of(spelling, "q6").matrix == {
        "yes": {"yes": 1, "no": 1},
        "no": {"yes": 0, "no": 2},
    }


def test_when_judge_disagrees_then_letter_listed_with_evidence_and_reason(spelling):
    (item,) = question_of(spelling, "q6").disagreements

    assert (item.letter_id, item.gold, item.judged) == ("L2", "yes", "no")
    assert item.evidence == "we recieved your letter"
    assert item.reason == "q6 rule"


@pytest.mark.parametrize(
    ("labels", "codes", "compared", "never_answered"),
    [
        ({"q6": "no"}, {"q6": "no"}, ["q6"], {}),
        ({"q6": "no", "q7": "yes"}, {"q6": "no"}, ["q6"], {"q7": 1}),
        ({"q6": "no"}, {"q6": "no", "q8": "no"}, ["q6"], {}),
        ({"q6": "yes", "q6_1": "recieve"}, {"q6": "yes"}, ["q6"], {}),
    ],
)
def test_when_labels_and_answers_overlap_then_only_shared_questions_compared(
    labels, codes, compared, never_answered
):
    agreement = build_agreement([letter("L1", labels)], [judged("L1", **codes)])

    assert [q.key for q in agreement.questions] == compared
    assert agreement.never_answered == never_answered


def test_when_objective_questions_compared_then_summary_pools_only_them():
    records = [
        letter("L1", {"q6": "no", "q20": "yes", "q9": "yes"}),
        letter("L2", {"q6": "yes", "q20": "no", "q9": "no"}),
    ]
    judgements = [
        judged("L1", q6="no", q20="yes", q9="no"),
        judged("L2", q6="yes", q20="yes", q9="no"),
    ]

    summary = build_agreement(records, judgements).objective

    assert summary.keys == ["q6", "q20"]
    assert (summary.n, summary.agreed) == (4, 3)
    # q6 kappa 1.0 and q20 kappa 0.0 (judge always "yes"); the summary is the mean.
    assert summary.kappa == pytest.approx(0.5)


def test_when_no_letter_labelled_then_nothing_compared():
    agreement = build_agreement([letter("L1")], [judged("L1", q6="no")])

    assert agreement.labelled_letters == 0
    assert agreement.questions == []
    assert agreement.objective is None


def test_when_rendered_as_csv_then_one_row_per_question_and_a_summary(spelling):
    rows = list(csv.DictReader(io.StringIO(render_agreement_csv(spelling))))

    assert [row["question"] for row in rows] == ["q6", "objective"]
    assert rows[0]["accuracy_percent"] == "75.0"
    assert rows[0]["undecided"] == "1"
    assert rows[0]["kappa"] == "0.500"


def test_when_rendered_as_markdown_then_evidence_is_quoted_and_escaped():
    records = [letter("L1", {"q6": "no"})]
    judgements = [judged("L1", evidence="<script>alert(1)</script> | x", q6="yes")]

    text = render_agreement_markdown(build_agreement(records, judgements))

    assert "<script>" not in text
    assert "“&lt;script&gt;alert(1)&lt;/script&gt; \\| x”" in text
    assert "### Disagreements (1)" in text
