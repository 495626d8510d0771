"""Annex A q8: unnecessary legal jargon.

A term from the plain-English glossary counts as jargon unless the letter explains
it in the same sentence or the next one. Terms most readers know (acquitted,
adjourned) are in the glossary for reference but are not flagged.
"""

import re
from dataclasses import dataclass

from assistant.checks.context import CheckContext
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
    "code for crown prosecutors",
    "video-recorded interview",
    "visually recorded interview",
    "sent to the crown court",
    "sent to crown court",
}
# Complainants whose own work uses the glossary's terms; to them they are not jargon.
PROFESSIONAL_READERS = {"police", "member_of_judiciary", "court_staff"}
EXPLAINED_LATER_IN_SENTENCE = re.compile(
    r"^[^.]{0,60}?(?:\(|:|\bwhich means\b|\bmeaning\b|\bthat is\b|\bi\.e\.|"
    r"\bin other words\b|\bwhich (?:is|are) (?:a|an|the|when|where|how)\b)",
    re.I,
)
EXPLAINED_AFTER = re.compile(
    r"^\s*(?:\(|[\u2013\u2014-]\s*(?:which|that is|meaning|i\.e\.|a |an |the )|"
    r",?\s*(?:which|that)\s+(?:means|refers|involves|describes|is (?:a|an|the|"
    r"when|where)\b)|,\s*(?:meaning|that is|i\.e\.)|"
    # A relative clause saying what the thing is for: "proceedings, which aim to".
    r",\s*(?:which|that)\s+(?:aims?|exists?|allows?|lets?|sets? out|requires?|"
    r"ensures?|makes? sure|protects?|(?:is|are) used|looks? at|checks?)\b|"
    r"\s*(?:means|is when|is where|is a|is an|is the|refers to|involves))",
    re.I,
)
EXPLAINED_BEFORE = re.compile(
    r"(?:known as|called|referred to as|described as|termed|this is|what is)\s*"
    r"(?:an?\s+|the\s+)?[\"'\u2018\u201c]?$",
    re.I,
)
EXPLAINING_SENTENCE = re.compile(
    r"^\s*(?:(?:this|that|which|it|these)\s+(?:simply\s+)?(?:means|meant|"
    r"is (?:when|where|"
    r"a |an |the |how|what)|was (?:when|where|a |an )|refers|involves|describes|"
    r"(?:has|have) (?:two|three|four|\d) (?:parts|stages|steps|questions|tests)|"
    r"asks (?:whether|if)|sets out|looks at|allows|lets|aims to)|"
    r"in other words|put simply|simply put|in plain (?:terms|english)|to explain|"
    r"what this means"
    r"|in simple terms|in short)",
    re.I,
)


@dataclass(frozen=True)
class JargonUse:
    """A glossary term used in the letter without an explanation."""

    start: int
    end: int
    term: GlossaryTerm


def find_jargon(context: CheckContext) -> list[JargonUse]:
    """Return each unexplained glossary term in the letter, once per term."""
    uses = []
    for term in load_glossary():
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


def _first_unexplained(context: CheckContext, term: GlossaryTerm) -> JargonUse | None:
    text = context.letter.text
    explained_once = False
    first = None
    for match in term.pattern.finditer(text):
        if match.group().lower() in WIDELY_KNOWN:
            continue
        if _explained(context, match):
            explained_once = True
            continue
        first = first or JargonUse(match.start(), match.end(), term)
    return None if explained_once else first


def _explained(context: CheckContext, match: re.Match) -> bool:
    letter = context.letter
    sentence = letter.sentence_at(match.start())
    after = letter.text[match.end() : sentence.end]
    before = letter.text[sentence.start : match.start()]

    if EXPLAINED_AFTER.match(after) or EXPLAINED_BEFORE.search(before):
        return True
    if EXPLAINED_LATER_IN_SENTENCE.match(after):
        return True
    following = letter.next_sentence(sentence)
    if following is None:
        return False
    defined = re.compile(
        rf"{re.escape(match.group())}\W*\s+(?:is|are|means|was|refers)\b", re.I
    )
    return bool(
        EXPLAINING_SENTENCE.match(following.text) or defined.search(following.text)
    )
