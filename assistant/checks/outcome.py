"""Annex A q10.1: does the letter say clearly whether the complaint is upheld?

An outcome counts only when it is stated in terms (upheld, partly upheld, not
upheld). Headed sections without an outcome are named in the reason, since some
of them (what happens next, the apology) need none; matching each issue of the
complaint to its section is the issue ledger's job.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from assistant.checks.context import CheckContext
from assistant.judge import Answer
from assistant.language import Sentence

QUESTION = "q10_1"

UPHOLD = re.compile(
    r"\b(?:uph[eo]ld\w*|(?:not|partly|partially|wholly|fully) justified|"
    r"well[- ]founded)\b"
)
NOT_UPHELD = re.compile(
    r"\b(?:not|unable to|cannot|can't|can ?not|do not|don't|decline to|am not able "
    r"to|won't|will not|no basis to|not able to)\b(?:(?!\band\b)[^.,;]){0,40}?"
    r"\buph[eo]ld|"
    r"\bnot (?:been )?uph[eo]ld|\bnot (?:justified|well[- ]founded)"
)
# "this part of your complaint" names one part; "part of your complaint" is partly.
PARTLY = re.compile(
    r"\b(?:partly|partially|in part|some aspects)\b|(?<!this )(?<!that )(?<!each )"
    r"(?<!first )(?<!second )(?<!last )(?<!other )\bpart of\b"
)
UPHOLD_WORD = re.compile(r"\buph[eo]ld\w*")
# What a court upholds, or a body "upholds" as a value: not a complaint outcome.
OTHER_OBJECT = re.compile(
    r"\s+(?:(?:the|his|her|their|its|our|a|an|high|these|those|that|original|"
    r"jury's|judge's|court's)\s+)*(?:standards?|values?|principles?|law|"
    r"rule of law|rights?|conviction|sentence|verdict|ruling|decision of the|order|"
    r"appeal|judge?ment|plea)s?\b"
)
COURT_WORDS = re.compile(
    r"\b(?:court|judge|appeal|jury|magistrates|conviction|verdict|sentence|ruling|"
    r"bench|tribunal)"
)
OWN_VOICE = re.compile(r"\b(?:i|we|complaint|aspect|part|point|element|issue)\b")
PART_WORDS = re.compile(r"\b(?:aspect|part|point|element|issue|concern|this)\b")
CLOSING = re.compile(r"^(?:yours\s+(?:sincerely|faithfully)|kind regards)", re.I)
HEADING = re.compile(r"^(?:\d+[.)]\s*)?[A-Z][^.!?]{2,70}$")


class Finding(StrEnum):
    """An outcome the letter states."""

    UPHELD = "upheld"
    PARTLY_UPHELD = "partly upheld"
    NOT_UPHELD = "not upheld"


@dataclass(frozen=True)
class Outcome:
    """An outcome statement in the letter."""

    sentence: Sentence
    finding: Finding
    whole_complaint: bool


def find_outcomes(context: CheckContext) -> list[Outcome]:
    """Return every sentence that states an outcome, with its finding."""
    outcomes = []
    for sentence in context.letter.sentences:
        text = context.letter.lower[sentence.start : sentence.end]
        if not UPHOLD.search(text) or not _states_an_outcome(text):
            continue
        whole = "complaint" in text and not PART_WORDS.search(text)
        outcomes.append(Outcome(sentence, _finding(text), whole))
    return outcomes


def find_headings(context: CheckContext) -> list[Sentence]:
    """Return the sentences that are section headings in the letter body."""
    sentences = context.letter.sentences
    headings = []
    for sentence in sentences[1:]:
        if CLOSING.match(sentence.text):
            break
        if _is_heading(context, sentence):
            headings.append(sentence)
    return headings


def check(context: CheckContext) -> Answer:
    """Answer q10.1 for the letter."""
    outcomes = find_outcomes(context)
    if not outcomes:
        reason = "no outcome stated; at most implied"
        return context.answer(QUESTION, "no", reason, confidence=0.85)

    shown = next((o for o in outcomes if o.whole_complaint), outcomes[0])
    missing = _headed_sections_without_outcome(context, outcomes)
    confidence = 0.7 if missing else 0.9
    reason = f"states the outcome: {shown.finding.value}"
    if missing:
        reason += f"; no outcome under '{missing[0].text}'"
    return context.answer(QUESTION, "yes", reason, _span(shown.sentence), confidence)


def _headed_sections_without_outcome(
    context: CheckContext, outcomes: list[Outcome]
) -> list[Sentence]:
    headings = find_headings(context)
    if len(headings) < 2:
        return []
    ends = [h.start for h in headings[1:]] + [len(context.letter.text)]
    missing = []
    for heading, end in zip(headings, ends, strict=True):
        inside = [o for o in outcomes if heading.end <= o.sentence.start < end]
        if not inside:
            missing.append(heading)
    return missing


def _is_heading(context: CheckContext, sentence: Sentence) -> bool:
    text = sentence.text.strip().strip("*#_ ")
    if "\n" in sentence.text or not HEADING.match(text) or len(text.split()) > 12:
        return False
    after = context.letter.text[sentence.end : sentence.end + 2]
    return after.startswith("\n") and not text.lower().startswith("dear")


def _states_an_outcome(text: str) -> bool:
    """Return whether an upheld word in ``text`` is about the complaint."""
    if not UPHOLD_WORD.search(text):
        return True
    return any(not _upheld_by_someone_else(text, m) for m in UPHOLD_WORD.finditer(text))


def _upheld_by_someone_else(text: str, match: re.Match) -> bool:
    if OTHER_OBJECT.match(text, match.end()):
        return True
    # The clause before the word says who upheld what.
    clause = re.split(r"[,;:]", text[: match.start()])[-1]
    return bool(COURT_WORDS.search(clause)) and not OWN_VOICE.search(clause)


def _finding(text: str) -> Finding:
    if PARTLY.search(text):
        return Finding.PARTLY_UPHELD
    if NOT_UPHELD.search(text):
        return Finding.NOT_UPHELD
    return Finding.UPHELD


def _span(sentence: Sentence) -> tuple[int, int]:
    return sentence.start, sentence.end
