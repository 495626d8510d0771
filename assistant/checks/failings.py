"""Whether the letter finds a CPS failing: an upheld outcome or an admission.

Apology (q12) and remedy (q14) are only expected where a failing is found.
"""

import re

from assistant.checks.context import CheckContext
from assistant.checks.outcome import Finding, find_outcomes
from assistant.language import Sentence

ADMISSION = re.compile(
    r"\b(?:we|i|the cps|the prosecutor|the lawyer|our (?:staff|team|office|unit))\s+"
    r"(?:should|ought to)\s+have\b|\bwe (?:failed|did not|didn't|neglected|omitted)\b|"
    r"\bfell (?:well )?(?:short|below)\b|\bwas (?:not|un)acceptable\b|"
    r"\bi accept that (?:we|the cps|the prosecutor|our|this|there)\b|"
    r"\b(?:an? |the )?(?:mistake|error|oversight|failing|failure)s? (?:was|were|"
    r"on our part|by (?:the cps|us|our))|\bnot (?:meet|met) (?:the|our) "
    r"(?:standard|obligations?)|\bwe got (?:this|it|things) wrong\b|"
    r"\bshould not have happened\b|\bregrettabl[ey]\b"
)


def failing_evidence(context: CheckContext) -> Sentence | None:
    """Return a sentence showing the CPS accepts a failing, if there is one."""
    for outcome in find_outcomes(context):
        if outcome.finding in (Finding.UPHELD, Finding.PARTLY_UPHELD):
            return outcome.sentence
    for sentence in context.letter.sentences:
        if ADMISSION.search(sentence.text.lower()):
            return sentence
    return None
