"""Annex A q14: is a prompt and proportionate remedy offered where appropriate?

Best effort: where the letter finds a failing it should put it right (an action
taken or promised, a lesson learnt); where a service failing cost the complainant
money or caused real distress, a goodwill payment should at least be considered.
"""

import re

from assistant.checks.context import CheckContext
from assistant.checks.failings import failing_evidence
from assistant.judge import Answer

QUESTION = "q14"

REMEDY = re.compile(
    r"feedback (?:has been|will be|was)? ?(?:given|provided|passed)|"
    r"(?:i|we) have (?:spoken|discussed|raised|reminded|shared|passed|written|"
    r"arranged|asked|instructed|updated|corrected|amended|changed|introduced|put)|"
    r"(?:i|we) will (?:be )?(?:speak|discuss|remind|share|arrange|ensure|update|"
    r"correct|review|change|introduce|put)|reminded|training|lessons? (?:have been |"
    r"has been |will be )?learn|to (?:ensure|make sure) (?:that )?(?:this|the same|"
    r"it|similar)|goodwill payment|payment of £|£\s?\d+|steps (?:have been|to)|"
    r"new (?:process|procedure|system|checklist)|(?:process|procedure)s? (?:has|have) "
    r"(?:been )?(?:changed|updated|improved)|\b(?:unit|team|area|office|cps) (?:has|"
    r"have) (?:now )?(?:introduced|changed|updated|put in place|reviewed)|"
    r"\bwe have reported\b|\bfrom now on\b"
)
GOODWILL = re.compile(r"goodwill|payment|£\s?\d")
LOSS = re.compile(
    r"£\s?\d|cost me|out of pocket|expenses?|travel(?:led|ling)? costs?|lost (?:a day|"
    r"wages|earnings|pay)|time off work|unpaid|childcare|taxi|train fare|"
    r"paid for|wasted (?:a )?(?:day|journey|trip)"
)


def check(context: CheckContext) -> Answer:
    """Answer q14 for the letter."""
    failing = failing_evidence(context)
    if failing is None:
        reason = "no CPS failing is found, so no remedy is needed"
        return context.answer(QUESTION, "not_applicable", reason, confidence=0.55)

    remedy = _first_sentence(context, REMEDY)
    if _goodwill_case(context) and not _first_sentence(context, GOODWILL):
        reason = "a service failing caused loss but no goodwill payment is considered"
        return context.answer(QUESTION, "no", reason, (failing.start, failing.end), 0.5)
    if remedy:
        reason = "a failing is found and a remedy is offered"
        return context.answer(QUESTION, "yes", reason, (remedy.start, remedy.end), 0.6)
    reason = "a failing is found but nothing is done to put it right"
    return context.answer(QUESTION, "no", reason, (failing.start, failing.end), 0.55)


def _goodwill_case(context: CheckContext) -> bool:
    if context.record.complaint_type == "legal" or context.complaint is None:
        return False
    return bool(LOSS.search(context.complaint.lower))


def _first_sentence(context: CheckContext, pattern: re.Pattern):
    for sentence in context.letter.sentences:
        if pattern.search(sentence.text.lower()):
            return sentence
    return None
