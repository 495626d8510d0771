"""Annex A q8: unnecessary legal jargon.

A term from the plain-English glossary, or case-file shorthand (VPS, MG11, "the
Crown", a bare section number), counts as jargon unless the letter explains it in
the same sentence or the next one (see ``explanations``). Terms most readers know
(acquitted, adjourned) are in the glossary for reference but are not flagged, and a
term the complainant used in the complaint is their own word, not jargon to them.
"""

import re
from dataclasses import dataclass

from assistant.checks.context import CheckContext
from assistant.checks.explanations import is_explained
from assistant.checks.shorthand import Shorthand, shorthand_terms
from assistant.glossary import GlossaryTerm, load_glossary
from assistant.judge import Answer

QUESTION = "q8"

WIDELY_KNOWN = {
    "acquittal",
    "acquitted",
    "acquit",
    "adjournment",
    "adjourned",
    "adjourn",
    "adjourning",
    "summons",
    "summonsed",
    "remand",
    "remanded",
    "remanded in custody",
    "on remand",
    "mitigation",
    "right to review",
    "listing",
    "ground rules",
    "restraining order",
    "restraining orders",
    "compensation order",
    "judicial review",
    "unduly lenient",
    "grievous bodily harm",
    "actual bodily harm",
    "gbh",
    "abh",
    "charging decision",
    "charging decisions",
    "realistic prospect",
    "disclosure",
    "early advice",
    "requisition",
    "code test",
    "two-stage test",
    "reporting restrictions",
    "reporting restriction",
    "victims' right to review",
    "victims' right to review scheme",
    "really serious harm",
    "code for crown prosecutors",
    "video-recorded interview",
    "visually recorded interview",
    "sent to the crown court",
    "sent to crown court",
}
# Complainants whose own work uses the glossary's terms; to them they are not jargon.
PROFESSIONAL_READERS = {"police", "member_of_judiciary", "court_staff"}
# A complainant puzzled by a term they quote ("'the evidential stage', whatever that
# means") does not know it.
QUOTED = re.compile(r"^[\"'\u2019\u201d]")
PUZZLED = re.compile(
    r"whatever (?:that|this) means|what (?:does|do|did) (?:that|this|it|they)\b[^.?]*"
    r"\bmean|(?:don't|do not|did not|didn't) (?:understand|know what)|means nothing|"
    r"\b(?:explain|told|tell me|no idea) what\b|\bwhat (?:is|are|does) [^.?]{0,60}\?"
)
# "the chairman of the bench" names a person; the term is part of a title there.
TITLE_BEFORE = re.compile(r"\b(?:chair\w*|members?) of\s*$", re.I)


@dataclass(frozen=True)
class JargonUse:
    """A glossary term or piece of shorthand used in the letter unexplained."""

    start: int
    end: int
    term: GlossaryTerm | Shorthand


def find_jargon(context: CheckContext) -> list[JargonUse]:
    """Return each unexplained term or shorthand in the letter, once per term."""
    uses = []
    terms = [*load_glossary(), *shorthand_terms(context.letter.text)]
    for term in terms:
        use = _first_unexplained(context, term)
        if use:
            uses.append(use)
    return sorted(uses, key=lambda use: use.start)


def check(context: CheckContext) -> Answer:
    """Answer q8 for the letter."""
    if context.record.complainant in PROFESSIONAL_READERS:
        reason = "written to a criminal justice professional, who uses these terms"
        return context.answer(QUESTION, "no", reason, confidence=0.6)

    uses = find_jargon(context)
    if not uses:
        return context.answer(QUESTION, "no", "no unexplained legal terms")
    first = uses[0]
    sentence = context.letter.sentence_at(first.start)
    names = ", ".join(f"'{context.letter.text[u.start : u.end]}'" for u in uses[:4])
    reason = f"unexplained legal terms: {names}"
    return context.answer(
        QUESTION, "yes", reason, (sentence.start, sentence.end), confidence=0.8
    )


def _first_unexplained(
    context: CheckContext, term: GlossaryTerm | Shorthand
) -> JargonUse | None:
    text = context.letter.text
    explained_once = False
    first = None
    for match in term.pattern.finditer(text):
        if _everyday_here(context, match):
            continue
        # A term the complainant used is their own word: they know what it means.
        if _in_complaint(context, match.group()) or is_explained(
            context.letter, match.start(), match.end()
        ):
            explained_once = True
            continue
        first = first or JargonUse(match.start(), match.end(), term)
    return None if explained_once else first


def _everyday_here(context: CheckContext, match: re.Match) -> bool:
    form = " ".join(match.group().lower().split())
    if form in WIDELY_KNOWN or form.removesuffix("s") in WIDELY_KNOWN:
        return True
    return bool(TITLE_BEFORE.search(context.letter.text[: match.start()][-40:]))


def _in_complaint(context: CheckContext, form: str) -> bool:
    complaint = context.record.complaint.lower()
    words = r"\s+".join(map(re.escape, form.lower().split()))
    for match in re.finditer(rf"(?<![\w-]){words}(?![\w-])", complaint):
        # A term quoted back from an earlier letter is not one the person knows.
        around = complaint[max(0, match.start() - 80) : match.end() + 80]
        if not (QUOTED.match(complaint[match.end() :]) or PUZZLED.search(around)):
            return True
    return False
