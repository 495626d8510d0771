"""Annex A q16: are the complainant's identified accessibility needs considered?

Best effort: only asked when the record names a need; the letter should show it
has adapted (a format offered, an interpreter, a call, short plain sentences).
"""

import re
from statistics import mean

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q16"

ADAPTED = re.compile(
    r"large print|easy read|braille|audio|interpreter|translat|british sign language|"
    r"\bbsl\b|in welsh|yn gymraeg|(?:call|phone|telephone|ring) you|read (?:this|the|"
    r"it)|appropriate adult|another format|different format|alternative format|"
    r"format that|short(?:er)? sentences|plain english|text relay|typetalk|"
    r"adjust|your (?:support worker|advocate|carer)"
)
PLAIN_NEEDS = re.compile(r"plain|short|simple|dyslex|learning|read")


def check(context: CheckContext) -> Answer:
    """Answer q16 for the letter."""
    needs = (context.record.accessibility_needs or "").strip()
    if not needs:
        return context.answer(
            QUESTION, "not_applicable", "no accessibility needs known"
        )

    for sentence in context.letter.sentences:
        if ADAPTED.search(sentence.text.lower()):
            span = (sentence.start, sentence.end)
            reason = "the letter adapts to the complainant's needs"
            return context.answer(QUESTION, "yes", reason, span, 0.6)
    if PLAIN_NEEDS.search(needs.lower()) and _plain(context):
        return context.answer(
            QUESTION, "yes", "short, plain sentences throughout", confidence=0.5
        )
    reason = "accessibility needs are known but the letter does not address them"
    return context.answer(QUESTION, "no", reason, confidence=0.55)


def _plain(context: CheckContext) -> bool:
    lengths = [len(s.text.split()) for s in context.letter.sentences]
    return bool(lengths) and mean(lengths) <= 14 and max(lengths) <= 25
