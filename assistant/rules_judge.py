"""The rules judge: answers Annex A questions deterministically, with no model.

Each question is decided by its own check module; this module runs them in order
over a letter parsed once and collects their answers. Questions no check can
decide (q10, q11 and q11.1 need case knowledge) are left out.
"""

import logging
from collections.abc import Callable

from assistant import __version__
from assistant.checks import (
    accessibility,
    apology,
    empathy,
    grammar,
    issues_addressed,
    jargon,
    meeting,
    next_stage,
    outcome,
    overall,
    prohibited,
    qa_improvement,
    remedy,
    salutation,
    signposting,
    spelling,
    time_limits,
)
from assistant.checks.context import CheckContext
from assistant.judge import Answer, Judgement
from assistant.language import ParsedText
from assistant.letters import LetterRecord

logger = logging.getLogger(__name__)

Check = Callable[[CheckContext], Answer | None]

CHECKS: tuple[Check, ...] = (
    spelling.check,
    grammar.check,
    jargon.check,
    empathy.check,
    outcome.check,
    apology.check,
    issues_addressed.check,
    remedy.check,
    meeting.check,
    accessibility.check,
    signposting.check,
    next_stage.check,
    time_limits.check,
    prohibited.check,
    salutation.check,
)


class RulesJudge:
    """Answers the questions rules can decide, offline and deterministically."""

    name = "rules"
    version = __version__

    def judge(
        self, record: LetterRecord, parsed: ParsedText | None = None
    ) -> Judgement:
        """Return the rules' answers for ``record``."""
        return self.judge_context(CheckContext.build(record, parsed))

    def judge_context(self, context: CheckContext) -> Judgement:
        """Return the rules' answers for a record whose texts are already parsed."""
        record = context.record
        answers: dict[str, Answer] = {}
        for check in CHECKS:
            answer = check(context)
            if answer is not None:
                answers[answer.question] = answer

        for answer in overall.check(context, answers):
            answers[answer.question] = answer
        final = {key: answer.answer for key, answer in answers.items()}
        for answer in qa_improvement.check(context, self._codes_of(record, final)):
            answers[answer.question] = answer
        return Judgement(
            letter_id=record.id, judge=self.name, version=self.version, answers=answers
        )

    def _codes_of(self, record: LetterRecord, final: dict[str, str]):
        """Return a function judging another text of the same letter."""

        def codes(text: str) -> dict[str, str]:
            if text == record.letter:
                return final
            version = record.model_copy(update={"letter": text, "drafts": None})
            return self.judge(version).codes()

        return codes
