"""Annex A q21 and the overall grade, from the other answers.

Best effort, as the inspectorate does it: the overall grade weighs the individual
answers. A name that must not appear, or several serious faults, make a letter
inadequate; a letter without faults that shows empathy and states its outcome is
better than adequate.
"""

from assistant.checks.context import CheckContext
from assistant.judge import Answer

SERIOUS = {
    "q9": "no",
    "q10_1": "no",
    "q12": "no",
    "q13": "no",
    "q14": "no",
    "q17": "no",
    "q18": "no",
}
MINOR = {
    "q6": "yes",
    "q7": "yes",
    "q8": "yes",
    "q15": "no",
    "q16": "no",
    "q18_1": "no",
    "q20": "no",
}


def check(context: CheckContext, answers: dict[str, Answer]) -> list[Answer]:
    """Answer q21 and ``quality`` from the answers already given."""
    codes = {key: answer.answer for key, answer in answers.items()}
    serious = [k for k, bad in SERIOUS.items() if codes.get(k) == bad]
    minor = [k for k, bad in MINOR.items() if codes.get(k) == bad]
    prohibited = codes.get("q19", "no") != "no"

    grade = _grade(serious, minor, prohibited)
    faults = ", ".join(serious + minor) or "none"
    reason = f"grade from the other answers; faults: {faults}"
    adequate = "no" if grade == "inadequate" else "yes"
    return [
        context.answer("q21", adequate, reason, confidence=0.45),
        context.answer("quality", grade, reason, confidence=0.4),
    ]


def _grade(serious: list[str], minor: list[str], prohibited: bool) -> str:
    if prohibited or len(serious) >= 2 or (serious and len(minor) >= 2):
        return "inadequate"
    if not serious and not minor:
        return "better_than_adequate"
    return "adequate"
