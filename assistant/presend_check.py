"""The pre-send check: which findings block a letter until fixed or overridden.

A letter may not be signed off while it names someone who must not be named,
gives a wrong escalation time limit, misstates the next stage, or leaves an issue
of the complaint unanswered. Everything else is advisory.
"""

from dataclasses import dataclass

from assistant.catalogue import load_catalogue
from assistant.checks.context import CheckContext
from assistant.judge import Answer, Judgement
from assistant.language import ParsedText
from assistant.letters import LetterRecord
from assistant.rules_judge import RulesJudge

BLOCKING = {
    "q19": ("prohibited_name", lambda code: code != "no"),
    "q18_1": ("wrong_time_limit", lambda code: code == "no"),
    "q18": ("wrong_next_stage", lambda code: code == "no"),
    "q13": ("issue_unanswered", lambda code: code == "no"),
}
# The answer that counts as a fault for each advisory question.
ADVISORY_FAULT = {
    "q6": "yes",
    "q7": "yes",
    "q8": "yes",
    "q9": "no",
    "q10_1": "no",
    "q12": "no",
    "q14": "no",
    "q15": "no",
    "q16": "no",
    "q17": "no",
    "q20": "no",
    "q21": "no",
}


@dataclass(frozen=True)
class CheckFinding:
    """One answer of the check, how serious it is and why."""

    question: str
    title: str
    answer: str
    severity: str
    code: str
    reason: str
    evidence: str | None
    start: int | None
    confidence: float

    def to_json(self) -> dict:
        """Return the finding as the API and the CLI show it."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class PresendCheck:
    """The judgement of a letter and its findings sorted by severity."""

    judgement: Judgement
    findings: list[CheckFinding]

    @property
    def blocking(self) -> list[CheckFinding]:
        """Return the findings that stop the letter being signed off."""
        return [f for f in self.findings if f.severity == "blocking"]

    def to_json(self) -> dict:
        """Return the check as the API returns it."""
        return {
            "judgement": self.judgement.to_output_line(),
            "ready_to_send": not self.blocking,
            "blocking": [f.to_json() for f in self.blocking],
            "findings": [f.to_json() for f in self.findings],
        }


def run_presend_check(
    record: LetterRecord,
    judge=None,
    parsed: ParsedText | None = None,
    context: CheckContext | None = None,
) -> PresendCheck:
    """Judge the letter and sort its answers into blocking and advisory findings.

    Pass ``parsed`` when the letter has already been parsed, or the rules'
    ``context`` when the letter and complaint both have, so neither is parsed again.
    """
    if judge is None and context is not None:
        judgement = RulesJudge().judge_context(context)
    else:
        judgement = (judge or RulesJudge()).judge(record, parsed)
    findings = [_finding(answer) for answer in judgement.answers.values()]
    order = {"blocking": 0, "advisory": 1, "ok": 2}
    findings.sort(key=lambda f: (order[f.severity], f.question))
    return PresendCheck(judgement, findings)


def _finding(answer: Answer) -> CheckFinding:
    question = load_catalogue().get(answer.question)
    code, severity = answer.question, "ok"
    if answer.question in BLOCKING:
        name, is_fault = BLOCKING[answer.question]
        if is_fault(answer.answer):
            code, severity = name, "blocking"
    elif ADVISORY_FAULT.get(answer.question) == answer.answer:
        severity = "advisory"
    return CheckFinding(
        question=answer.question,
        title=question.short,
        answer=answer.answer,
        severity=severity,
        code=code,
        reason=answer.reason,
        evidence=answer.evidence,
        start=answer.start,
        confidence=answer.confidence,
    )
