"""Annex A q12: are mistakes acknowledged and an apology offered where appropriate?

Best effort: an apology is expected where the letter finds a failing. It must be
unconditional; "sorry you feel" or "any inconvenience caused" does not count.
"""

import re

from assistant.checks.context import CheckContext
from assistant.checks.failings import failing_evidence
from assistant.judge import Answer

QUESTION = "q12"

APOLOGY = re.compile(
    r"\b(?:i|we)\s+(?:would like to |wish to |must |want to )?(?:sincerely |"
    r"unreservedly |genuinely )?apologi[sz]e|\bplease accept (?:my|our) (?:sincere |"
    r"unreserved |full )?apolog|\b(?:i am|i'm|we are) (?:very |truly |deeply |so )?"
    r"sorry (?:that|for|we|the cps|about)|\bmy (?:sincere |unreserved )?apologies\b|"
    r"\boffer (?:you )?(?:my|our|a) (?:sincere |full |unreserved )?apolog|"
    r"\b(?:i am|i'm|we are) (?:very |truly |deeply |so )?sorry\s*[.!]"
)
CONDITIONAL = re.compile(
    r"sorry (?:if|that you feel|you feel|you are (?:unhappy|dissatisfied))|"
    r"apologi[sz]e (?:if|for any)|any (?:inconvenience|upset|distress) (?:this |that )?"
    r"(?:may have )?(?:caused|you (?:may|might) have)"
)


def find_apology(context: CheckContext):
    """Return the first unconditional apology sentence, if any."""
    for sentence in context.letter.sentences:
        text = sentence.text.lower()
        if APOLOGY.search(text) and not CONDITIONAL.search(text):
            return sentence
    return None


def check(context: CheckContext) -> Answer:
    """Answer q12 for the letter."""
    failing = failing_evidence(context)
    if failing is None:
        reason = "no CPS failing is found, so no apology is needed"
        return context.answer(QUESTION, "not_applicable", reason, confidence=0.6)

    apology = find_apology(context)
    if apology:
        reason = "a failing is found and an unconditional apology is given"
        return context.answer(
            QUESTION, "yes", reason, (apology.start, apology.end), 0.65
        )
    verdict = context.ledger.apologies_given()
    if verdict is not None and verdict.answer == "yes":
        # The ledger finds apologies tied to each upheld issue that the
        # letter-wide phrases miss.
        return verdict.to_answer()
    reason = "a failing is found but there is no unconditional apology"
    return context.answer(QUESTION, "no", reason, (failing.start, failing.end), 0.6)
