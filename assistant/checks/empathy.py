"""Annex A q9: does the letter show empathy?

Best effort: looks for words that acknowledge this person's experience (their
distress, the impact of what happened) and discounts stock or dismissive phrasing
("sorry you feel", "disappointed to read of your dissatisfaction").
"""

import re
from dataclasses import dataclass

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q9"

TAILORED = re.compile(
    r"(?:i am|i'm|we are|i was|how|truly|very|so|deeply|genuinely|really) sorry "
    r"(?:i am )?(?:that|to (?:hear|learn|read)|for|about|you had|you have|you were|"
    r"this)|"
    r"(?:i|we) (?:can |fully |completely |truly |do )?(?:understand|appreciate|"
    r"recognise|recognize|imagine|acknowledge) (?:how|why|that|what|the|your)|"
    r"must have (?:been|felt|caused) (?:\w+ )?(?:distressing|difficult|upsetting|"
    r"traumatic|frightening|painful|hard|devastating|awful|confusing|worrying|"
    r"frustrating|stressful|exhausting|humiliating|bewildering|shocking|"
    r"unsettling|isolating|overwhelming|infuriating|a (?:\w+ )?(?:shock|blow|worry))|"
    r"(?:i|we) hope (?:you|your|that you|he|she|they)\b|"
    r"(?:distress|upset|anguish|ordeal|trauma|heartbreak|grief|bereavement|fear|"
    r"anxiety|worry|stress)(?: and \w+)? (?:this|that|it|you|our|we|caused)|"
    r"(?:thank you|i am grateful) for (?:taking the time|sharing|telling|raising|"
    r"your courage|being so open)|"
    r"(?:my|our) (?:sincere |deepest |heartfelt )?(?:condolences|sympathies)|"
    r"(?:difficult|distressing|traumatic|painful|upsetting|stressful) (?:time|"
    r"experience|for you|period|enough)|in recognition of the (?:distress|upset)"
)
DISMISSIVE = re.compile(
    r"sorry (?:to (?:hear|learn|read) )?(?:that )?you (?:feel|felt|are (?:unhappy|"
    r"dissatisfied|disappointed))|sorry if|disappointed to (?:read|learn|hear|note) "
    r"(?:of )?your (?:dissatisfaction|complaint)|note your (?:dissatisfaction|"
    r"comments)|any inconvenience|regret that you (?:are|feel)|your (?:own )?"
    r"(?:failure|fault)|as you (?:should|would) know"
)


@dataclass(frozen=True)
class EmpathyReading:
    """The empathetic and the dismissive sentences of a letter."""

    tailored: list
    dismissive: list


def read_empathy(context: CheckContext) -> EmpathyReading:
    """Sort the letter's sentences into tailored empathy and dismissive phrasing."""
    tailored, dismissive = [], []
    for sentence in context.letter.sentences:
        text = sentence.text.lower()
        if DISMISSIVE.search(text):
            dismissive.append(sentence)
        elif TAILORED.search(text):
            tailored.append(sentence)
    return EmpathyReading(tailored, dismissive)


def check(context: CheckContext) -> Answer:
    """Answer q9 for the letter."""
    reading = read_empathy(context)
    if reading.tailored and len(reading.tailored) >= len(reading.dismissive):
        first = reading.tailored[0]
        reason = (
            f"{len(reading.tailored)} sentence(s) acknowledge the person's experience"
        )
        return context.answer(QUESTION, "yes", reason, (first.start, first.end), 0.6)
    if reading.dismissive:
        first = reading.dismissive[0]
        reason = "only stock or dismissive phrasing"
        return context.answer(QUESTION, "no", reason, (first.start, first.end), 0.6)
    return context.answer(
        QUESTION, "no", "no empathetic wording found", confidence=0.55
    )
