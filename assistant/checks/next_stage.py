"""Annex A q18: is the next stage of the complaints process explained correctly?

Stage 1 letters must offer a stage 2 review by a more senior manager. At stage 2 the
process ends for legal complaints; service complaints (and the service parts of a
mixed complaint) may go to the Independent Assessor of Complaints (IAC).
"""

import re

from assistant.checks.context import CheckContext
from assistant.judge import Answer
from assistant.language import Sentence

QUESTION = "q18"

# Who or what a stage 2 review is: on its own it may be only a job title.
STAGE_TWO_ROUTE = re.compile(
    r"stage\s*(?:2|two)|second stage|(?:reviewed|considered|looked at|escalated)\s+"
    r"(?:again\s+)?by\s+(?:a\s+)?(?:more\s+)?senior|senior (?:legal )?manager|"
    r"(?:deputy )?chief crown prosecutor|head of (?:the )?(?:unit|division|area)|"
    r"escalat\w+ (?:your|the|this) complaint|review (?:by|from) (?:the |a |an )?"
    r"(?:head|senior|chief|deputy|more senior|district|area)|"
    r"(?:ask|request)\w* (?:for )?(?:a |an )?"
    r"(?:further |independent )?review of (?:your|the|this|my) (?:complaint|response)"
)
# The route counts only when it is offered to the complainant.
# Known gap: a route offered only in the next sentence ("If you want one, write
# to us") is missed.
OFFER_TO_COMPLAINANT = re.compile(
    r"\byou (?:can|could|may|might|are entitled to|have the right to|are able to|"
    r"will be able to|wish to|want to|would like to)\b|\bif you\b|\bshould you\b|"
    r"\bplease (?:write|contact|let (?:me|us) know|ask|e-?mail|send|get in touch)\b|"
    r"\bwould you like\b|^\s*to (?:ask|request)\b"
)
ASSESSOR = re.compile(r"independent assessor|\biac\b")
# Limits on what the IAC may look at, as opposed to any "not" in the sentence.
ASSESSOR_CANNOT = re.compile(
    r"\b(?:cannot|can't|can ?not|unable to|not able to|no power to|not (?:permitted|"
    r"allowed|empowered) to)\s+(?:\w+\s+){0,2}?(?:consider|look|review|investigate|"
    r"deal|examine|accept|be\b|take|hear|decide|cover)|\b(?:does not|do not|doesn't|"
    r"don't|will not|won't)\s+(?:consider|look|review|investigate|deal|examine|"
    r"accept|cover|handle)|outside (?:\S+ ){0,2}remit|\bno remit|\bnot within|"
    r"(?<!you )\bcan only\b|\bonly (?:considers?|deals?|looks?|reviews?|covers?|"
    r"handles?)\b|\byou (?:cannot|can't|can ?not|are not able to|will not be able "
    r"to)\s+(?:ask|refer|complain|go|take|apply|write)|\bnot (?:something|a matter) "
    r"(?:that )?(?:the iac|the independent assessor|they|it) can"
)
# An offer made to the complainant outweighs a limit named in the same sentence.
ASSESSOR_OFFERED = re.compile(
    r"\byou (?:can|could|may|might)\s+(?:(?:also|still|then|now|however|therefore|"
    r"only|,)\s*)*(?:be able to\s+)?(?:ask|refer|write|contact|complain|apply|take|go|"
    r"approach|request|raise)"
)
CLOSING = re.compile(r"^(?:yours\s+(?:sincerely|faithfully)|kind regards)", re.I)
PROCESS = (
    r"(?:the\s+|our\s+|this\s+)?(?:cps\S*\s+)?(?:complaints?\s+)?(?:process|procedure)"
)
PROCESS_ENDS = re.compile(
    rf"(?:end|conclusion|final stage|last stage|final step)\s+(?:of\s+){PROCESS}|"
    rf"(?:conclude[sd]?|ends?|complete[sd]?|exhaust(?:s|ed)?)\s+{PROCESS}|"
    r"(?:process|procedure) to an end|"
    r"(?:process|procedure) (?:is now |has now |has |is )?(?:ended|concluded|"
    r"complete|exhausted|at an end|now closed|closed)|"
    r"no further (?:right|stage|avenue|internal|review|route|step)|"
    r"(?:been|gone) through (?:both|all|each of the|the (?:two|final)) "
    r"(?:\w+ )?stages?|"
    r"final (?:response|reply|decision) (?:of|from|under|in) (?:the |our )?"
    r"(?:cps|complaints)"
)
LEGAL = re.compile(r"\blegal\b|decision to|prosecution decision|charging decision")
SERVICE = re.compile(r"\bservice\b|the way (?:we|you were)|how (?:we|you were)")


def check(context: CheckContext) -> Answer:
    """Answer q18 for the letter, using the recorded stage and complaint type."""
    if context.record.stage == 1:
        return _check_stage_one(context)
    if context.record.complaint_type == "legal":
        return _check_stage_two_legal(context)
    return _check_stage_two_service(context)


def _check_stage_one(context: CheckContext) -> Answer:
    offer = _stage_two_offer(context)
    assessor = _assessor_offer(context)

    if offer:
        return context.answer(QUESTION, "yes", "offers a stage 2 review", _span(offer))
    if assessor:
        reason = "sends a stage 1 complainant to the IAC instead of stage 2"
        return context.answer(QUESTION, "no", reason, _span(assessor))
    return context.answer(QUESTION, "no", "does not say how to escalate to stage 2")


def _check_stage_two_legal(context: CheckContext) -> Answer:
    assessor = _assessor_offer(context)
    ends = _first(context, PROCESS_ENDS)

    if assessor:
        reason = "offers the IAC for a legal complaint, which the IAC cannot review"
        return context.answer(QUESTION, "no", reason, _span(assessor))
    if ends:
        reason = "says the complaints process has ended"
        return context.answer(QUESTION, "yes", reason, _span(ends))
    return context.answer(QUESTION, "no", "does not say the process has ended")


def _check_stage_two_service(context: CheckContext) -> Answer:
    assessor = _assessor_offer(context)
    mixed = context.record.complaint_type == "mixed"

    if not assessor:
        reason = "does not point to the Independent Assessor of Complaints"
        return context.answer(QUESTION, "no", reason)
    if mixed and not _distinguishes_legal_from_service(context):
        reason = "offers the IAC without saying it covers only the service parts"
        return context.answer(QUESTION, "no", reason, _span(assessor))
    reason = "points to the IAC" + (" for the service parts" if mixed else "")
    return context.answer(QUESTION, "yes", reason, _span(assessor))


def _stage_two_offer(context: CheckContext) -> Sentence | None:
    for sentence in _sentences_matching(context, STAGE_TWO_ROUTE):
        if OFFER_TO_COMPLAINANT.search(
            context.letter.lower[sentence.start : sentence.end]
        ):
            return sentence
    return None


def _assessor_offer(context: CheckContext) -> Sentence | None:
    for sentence in _sentences_matching(context, ASSESSOR):
        text = context.letter.lower[sentence.start : sentence.end]
        if ASSESSOR_OFFERED.search(text) or not ASSESSOR_CANNOT.search(text):
            return sentence
    return None


def _distinguishes_legal_from_service(context: CheckContext) -> bool:
    for sentence in _sentences_matching(context, ASSESSOR):
        window = _window(context, sentence)
        if LEGAL.search(window) and SERVICE.search(window):
            return True
    return False


def _window(context: CheckContext, sentence: Sentence) -> str:
    sentences = context.letter.sentences
    first = sentences[max(0, sentence.index - 4)]
    last = sentences[min(len(sentences) - 1, sentence.index + 2)]
    return context.letter.lower[first.start : last.end]


def _sentences_matching(context: CheckContext, pattern: re.Pattern) -> list[Sentence]:
    lower = context.letter.lower
    found = []
    for sentence in context.letter.sentences:
        # The sign-off names a job title, not a next step.
        if CLOSING.match(sentence.text):
            break
        if pattern.search(lower[sentence.start : sentence.end]):
            found.append(sentence)
    return found


def _first(context: CheckContext, pattern: re.Pattern) -> Sentence | None:
    found = _sentences_matching(context, pattern)
    return found[0] if found else None


def _span(sentence: Sentence) -> tuple[int, int]:
    return sentence.start, sentence.end
