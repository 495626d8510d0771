"""Annex A q15: is a meeting offered where appropriate?

Best effort: a meeting is appropriate when the complainant asks for one, or after a
death or a serious sexual offence.
"""

import re

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q15"

# Someone from the CPS the complainant could sit down with.
PERSON = (
    r"(?:you|someone|somebody|them|him|her|me|us|(?:the|a|your) (?:\w+ )?(?:lawyer|"
    r"prosecutor|manager|barrister|person|team|officer|cps))\b"
)
# A request for a meeting, not any meeting the complaint mentions.
ASKED = re.compile(
    rf"\bmeet (?:with )?{PERSON}|\bmeeting (?:with {PERSON}|to (?:discuss|explain|"
    r"go through|talk))|\b(?:can|could|may) (?:i|we) (?:meet|have a meeting)|"
    r"\b(?:like|want|wanted|ask(?:ed|ing)? for|request(?:ed|ing)?|need|demand(?:ed)?)"
    r" (?:a |an )?(?:\w+ )?meeting\b|face[- ]to[- ]face|in person|sit down with|"
    r"speak to someone"
)
SERIOUS = re.compile(
    r"\bmurder|manslaughter|killed|\bdied\b|death of|my late|bereave|\brap(?:e|ed|es|"
    r"ing|ist)\b|sexual(?:ly)? assault|causing death"
)
OFFER = re.compile(
    r"(?:happy|pleased|glad|willing|able|like|welcome the opportunity) to meet|"
    r"(?:offer|arrange|invite you to|set up|organise) (?:you |for you )?(?:a |an )?"
    r"(?:\w+ )?meeting|meet (?:with )?you|meeting (?:with (?:me|us)|can be arranged)"
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
