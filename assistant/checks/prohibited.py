"""Annex A q19: does the letter contain anything it should not?

Decided by the prohibited-name guard: the most serious rule broken wins, in the
order rape victim, youth defendant, uncharged suspect, witness, other.
"""

from assistant.checks.context import CheckContext
from assistant.judge import Answer
from assistant.prohibited_names import check_names, most_serious

QUESTION = "q19"


def check(context: CheckContext) -> Answer:
    """Answer q19 for the letter."""
    findings = check_names(context.record, context.letter)
    worst = most_serious(findings)
    if worst is None:
        reason = "no name or detail that must not appear"
        return context.answer(QUESTION, "no", reason, confidence=0.8)

    reason = f"{worst.person or worst.text}: {worst.evidence}"
    span = (worst.start, worst.end)
    return context.answer(QUESTION, worst.rule, reason, span, worst.confidence)
