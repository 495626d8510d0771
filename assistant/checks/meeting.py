"""Annex A q15: is a meeting offered where appropriate?

Best effort: a meeting is appropriate when the complainant asks for one, or after a
death or a serious sexual offence.
"""

import re

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q15"

ASKED = re.compile(
    r"\bmeet(?:ing)?\b|face to face|in person|sit down with|speak to someone"
)
SERIOUS = re.compile(
    r"\bmurder|manslaughter|killed|\bdied\b|death of|my late|bereave|\brape\b|"
    r"sexual assault|causing death"
)
OFFER = re.compile(
    r"(?:happy|pleased|glad|willing|able|like|welcome the opportunity) to meet|"
    r"(?:offer|arrange|invite you to|set up|organise) (?:a |an )?(?:\w+ )?meeting|"
    r"meet (?:with )?you|meeting (?:with (?:me|us)|can be arranged)"
)


def check(context: CheckContext) -> Answer:
    """Answer q15 for the letter."""
    complaint = context.complaint.lower if context.complaint else ""
    if not (ASKED.search(complaint) or SERIOUS.search(complaint)):
        reason = "no meeting requested and no death or serious sexual offence"
        return context.answer(QUESTION, "not_applicable", reason, confidence=0.6)

    for sentence in context.letter.sentences:
        if OFFER.search(sentence.text.lower()):
            span = (sentence.start, sentence.end)
            return context.answer(QUESTION, "yes", "a meeting is offered", span, 0.65)
    return context.answer(
        QUESTION, "no", "a meeting was appropriate but is not offered", confidence=0.6
    )
