"""Annex A q7: grammatical errors that a reader would notice.

Best effort: doubled words, 'a' before a vowel sound and 'an' before a consonant,
broken agreement with 'was' and 'were', 'could of', and run-on sentences.
"""

import re

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q7"

PATTERNS = [
    (re.compile(r"\b(\w+)\s+\1\b", re.I), "doubled word"),
    (re.compile(r"\b(?:we|you|they)\s+was\b", re.I), "'was' after a plural subject"),
    (re.compile(r"\b(?:he|she|it)\s+were\b(?!\s+to\b)", re.I), "'were' after 'he/she'"),
    (re.compile(r"\b(?:could|should|would|must)\s+of\b", re.I), "'of' for 'have'"),
    (
        # Initialisms whose first letter is spoken with a vowel (an NHS trust, an MP,
        # an LM2) take 'an'; so does an x-ray.
        re.compile(
            r"\ban\s+(?![aeiouh]|x-)(?!(?-i:[FHLMNRSX][A-Z\d]*\b))[b-df-z]\w*", re.I
        ),
        "'an' before a consonant",
    ),
    (
        re.compile(r"\ba\s+(?!one|once|uni|use|usu|eu|eur|u\.|ewe)[aeiou]\w*", re.I),
        "'a' before a vowel",
    ),
    (
        re.compile(
            r"\b(?:witnesses|officers|defendants|victims)\s+(?:was|has)\b", re.I
        ),
        "plural subject with a singular verb",
    ),
    (re.compile(r"\bi\s+(?:has|were|is)\b"), "wrong verb after 'I'"),
]
ALLOWED_DOUBLES = {"had had", "that that", "is is"}
RUN_ON_WORDS = 70


def find_errors(context: CheckContext) -> list[tuple[int, int, str]]:
    """Return (start, end, kind) for each grammatical error found."""
    errors = []
    text = context.letter.text
    for pattern, kind in PATTERNS:
        for match in pattern.finditer(text):
            if match.group().lower() in ALLOWED_DOUBLES:
                continue
            errors.append((match.start(), match.end(), kind))
    for sentence in context.letter.sentences:
        if len(sentence.text.split()) > RUN_ON_WORDS:
            errors.append((sentence.start, sentence.end, "run-on sentence"))
    return sorted(errors)


def check(context: CheckContext) -> Answer:
    """Answer q7 for the letter."""
    errors = find_errors(context)
    if not errors:
        return context.answer(
            QUESTION, "no", "no grammatical errors found", confidence=0.5
        )
    start, end, kind = errors[0]
    return context.answer(QUESTION, "yes", f"grammar: {kind}", (start, end), 0.5)
