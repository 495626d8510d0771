"""The rules judge against human labels on the held-out set it was never tuned on."""

from pathlib import Path

import pytest

from assistant.dataset import read_dataset
from assistant.evaluation.agreement import build_agreement
from assistant.evaluation.harness import judge_records
from assistant.rules_judge import RulesJudge

HOLDOUT = Path(__file__).resolve().parent.parent / "evals/datasets/holdout.jsonl"


@pytest.fixture(scope="module")
def agreement():
    records = read_dataset(HOLDOUT).records
    run = judge_records(records, RulesJudge())
    return build_agreement(run.records, run.judgements)


def test_when_judging_unseen_letters_then_objective_questions_agree_with_people(
    agreement,
):
    assert agreement.objective.accuracy >= 0.9


@pytest.mark.parametrize("key", ["q6", "q10_1", "q18", "q18_1", "q20"])
def test_when_judging_unseen_letters_then_each_rule_question_reaches_0_9(
    agreement, key
):
    question = next(q for q in agreement.questions if q.key == key)

    assert question.accuracy >= 0.9
