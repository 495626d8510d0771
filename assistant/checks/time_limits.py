"""Annex A q18.1: the time limit for escalating a stage 1 complaint to stage 2.

The only correct limit is one calendar month counted from the date of the stage 1
letter. Every time limit in an escalation sentence is found and classified, so a
letter that gives the right limit and a wrong one as well is still marked wrong.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q18_1"

NUMBER = (
    r"(?:one|a|an|two|three|four|six|ten|fourteen|fifteen|twenty[- ]?one|"
    r"twenty[- ]?eight|twenty|thirty|forty|\d{1,3})(?:\s*\(\s*\d{1,3}\s*\))?"
)
DURATION = re.compile(
    rf"\b(?P<count>{NUMBER})\s+(?:\(?(?P<kind>calendar|working|clear|business)\)?\s+)?"
    r"(?P<unit>month|day|week)s?(?:'s|s')?\b"
)
ESCALATION_CUE = re.compile(
    r"stage\s*(?:2|two)|second stage|escalat|review|not satisfied|dissatisfied|"
    r"unhappy|take (?:this|your complaint|the matter|it) further|ask (?:for|us)|"
    r"request|write (?:to|back)|contact|let (?:me|us) know|refer|\bask\b|"
    r"\byou (?:can|may|must|should|need to|will need to|have)\b"
)
# The CPS's own reply times, which are not limits on the complainant.
RESPONSE_PROMISE = re.compile(
    r"\b(?:we|i|the cps|they|the assessor|the iac|who|he|she|manager|prosecutor)\s+"
    r"(?:will|aim|would|should|shall|endeavour|try|expect)\b[^.]{0,50}?\b(?:respond|"
    r"reply|answer|write|send|provide|deal|complete|consider)|\b(?:respond|reply|"
    r"answer)\w*\s+(?:to you\s+)?within|\b(?:receive|get|have|expect)\s+(?:a|an|our|"
    r"my|the|their|his|her)\s+(?:\w+\s+)?(?:response|reply|answer|decision)\b|"
    r"\b(?:target|aim|timescale|standard)s?\s+(?:for|of|is to|when)\s+(?:replying|"
    r"responding|answering|dealing|reply|response)"
)
STRONG_CUE = re.compile(
    r"stage\s*(?:2|two)|second stage|escalat|complaint|not satisfied|dissatisfied|"
    r"unhappy|take (?:this|your complaint|the matter|it) further"
)
REVIEW_OF_DECISION = re.compile(
    r"right to review|\bvrr\b|review (?:of )?(?:the|that|this|our|a) "
    r"(?:\w+ )?decision|decision (?:not to|to (?:stop|drop|discontinue))"
)
ASSESSOR = re.compile(r"independent assessor|\biac\b")
STAGE_TWO = re.compile(r"stage\s*(?:2|two)|second stage")
LETTER_DATE_ANCHOR = re.compile(
    r"(?:of|from|after|following)\s+(?:the\s+)?date\s+(?:(?:shown|printed|given|"
    r"written)\s+)?(?:of|on|at the top of)\s+(?:this|my|our|the)\s+(?:letter|reply|"
    r"response)"
)
# Where the limit says what it runs from: "of the date of this letter".
ANCHOR_CLAUSE = re.compile(
    r"\s*,?\s*(?:of|from|after|following)\s+[^,;.\n]*?(?:letter|reply|response|"
    r"receiv\w*|receipt|decision|complaint)"
)
RECEIPT_ANCHOR = re.compile(
    r"receiv|receipt|you get|getting this|arriv|deliver|read this|reading this"
)
ONE = {"one", "a", "an", "1"}


class Verdict(StrEnum):
    """How a time limit measures against the one correct limit."""

    CORRECT = "correct"
    FROM_RECEIPT = "counted from receipt"
    NO_CALENDAR = "one month without 'calendar'"
    WRONG_LENGTH = "wrong length"
    NO_ANCHOR = "does not say it runs from the date of the letter"
    WRONG_ANCHOR = "runs from something other than the date of the letter"


@dataclass(frozen=True)
class TimeLimit:
    """A time limit found in an escalation sentence."""

    start: int
    end: int
    text: str
    verdict: Verdict


def find_time_limits(context: CheckContext) -> list[TimeLimit]:
    """Return every escalation time limit in the letter, classified."""
    letter = context.letter
    limits = []
    for match in DURATION.finditer(letter.lower):
        sentence = letter.sentence_at(match.start())
        if not _is_escalation_limit(letter, sentence):
            continue
        tail = letter.lower[match.end() : sentence.end]
        whole = letter.lower[sentence.start : sentence.end]
        verdict = _classify(match, tail, whole)
        if verdict is Verdict.WRONG_LENGTH and not _strongly_about_escalation(
            letter, sentence
        ):
            continue
        start = _evidence_start(letter.lower, match.start(), sentence.start)
        end = _evidence_end(match.end(), tail, sentence.end)
        limits.append(TimeLimit(start, end, letter.text[start:end], verdict))
    return limits


def check(context: CheckContext) -> Answer:
    """Answer q18.1 for the letter."""
    if context.record.stage == 2:
        return context.answer(QUESTION, "not_applicable", "stage 2 letter")

    limits = find_time_limits(context)
    wrong = [limit for limit in limits if limit.verdict is not Verdict.CORRECT]
    right = [limit for limit in limits if limit.verdict is Verdict.CORRECT]

    if wrong:
        first = wrong[0]
        reason = f"escalation time limit is wrong: {first.verdict.value}"
        return context.answer(QUESTION, "no", reason, (first.start, first.end))
    if right:
        first = right[0]
        reason = "one calendar month from the date of the letter"
        return context.answer(QUESTION, "yes", reason, (first.start, first.end))
    return context.answer(QUESTION, "no", "no escalation time limit given")


def _strongly_about_escalation(letter, sentence) -> bool:
    previous = letter.sentences[sentence.index - 1] if sentence.index else sentence
    text = letter.lower[previous.start : sentence.end]
    return bool(STRONG_CUE.search(text))


def _is_escalation_limit(letter, sentence) -> bool:
    text = letter.lower[sentence.start : sentence.end]
    previous = letter.sentences[sentence.index - 1] if sentence.index else None
    before = letter.lower[previous.start : previous.end] if previous else ""

    if not (ESCALATION_CUE.search(text) or ESCALATION_CUE.search(before)):
        return False
    if RESPONSE_PROMISE.search(text) or REVIEW_OF_DECISION.search(text):
        return False
    return not (ASSESSOR.search(text) and not STAGE_TWO.search(text + before))


def _classify(match: re.Match, tail: str, sentence: str) -> Verdict:
    count = re.sub(r"\s*\(.*", "", match["count"])
    clause = _anchor_clause(tail)
    anchored = LETTER_DATE_ANCHOR.search(clause) or LETTER_DATE_ANCHOR.search(sentence)

    if RECEIPT_ANCHOR.search(clause):
        return Verdict.FROM_RECEIPT
    if match["unit"] != "month" or count not in ONE:
        return Verdict.WRONG_LENGTH
    if match["kind"] != "calendar":
        return Verdict.NO_CALENDAR
    if anchored:
        return Verdict.CORRECT
    if re.match(r"\s*,?\s*(?:of|from|after|following)\b", tail):
        return Verdict.WRONG_ANCHOR
    return Verdict.NO_ANCHOR


def _anchor_clause(tail: str) -> str:
    """Return what the limit runs from, so later clauses are not read as anchors."""
    anchor = ANCHOR_CLAUSE.match(tail)
    if anchor:
        return anchor.group()
    # No "of/from ..." phrase: read on to the end of the clause only.
    return re.split(r"[;.]", tail[:80], maxsplit=1)[0]


def _evidence_end(match_end: int, tail: str, sentence_end: int) -> int:
    anchor = ANCHOR_CLAUSE.match(tail)
    return min(match_end + anchor.end(), sentence_end) if anchor else match_end


def _evidence_start(lower: str, match_start: int, sentence_start: int) -> int:
    before = lower[max(sentence_start, match_start - 25) : match_start]
    lead = re.search(r"\b(?:within|in|no later than|not later than|up to)\s+$", before)
    return match_start - (len(before) - lead.start()) if lead else match_start
