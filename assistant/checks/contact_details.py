"""Contact details for another agency: phone, web or email address, postcode, PO Box.

Only details that reach someone other than the CPS count as signposting: a
cps.gov.uk address, the writer's own number or the Independent Assessor of
Complaints are the CPS's own channels.
"""

import re

from assistant.language import ParsedText

CONTACT = re.compile(
    r"\b0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|"
    r"\+44\s?(?:\(0\)\s?)?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|"
    r"(?:https?://|www\.)\S+|\b[\w.-]+@[\w-]+\.[\w.]+|"
    r"\b[a-z0-9-]+\.(?:gov|org|co|police)\.uk\b|\bgov\.uk/\S+|\bP\.?O\.? Box \d+|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    re.I,
)
# The short national numbers are contact details only when the letter says to call.
SHORT_NUMBER = re.compile(
    r"\b(?:call|ring|dial|phone|telephone|contact)\w*\s+(?:[\w'-]+\s+){0,8}?(?:on\s+)?"
    r"(?:101|111|999)\b",
    re.I,
)
# "If you feel in danger, call 999" is safety advice, not a route for the complaint.
SAFETY = re.compile(
    r"\b(?:immediate |in )danger\b|\bemergency\b|\b(?:feel|are|be) unsafe\b", re.I
)
CPS_OWN = re.compile(r"\bcps\.gov\.uk|\bcps\.gsi\.gov\.uk", re.I)
ABOUT_US = re.compile(
    r"\b(?:contact|call|ring|phone|telephone|e-?mail|write to|speak to|reach)\s+"
    r"(?:me|us)\b|\b(?:my|his|her|our) (?:direct )?(?:line|number|e-?mail|telephone|"
    r"office|address)\b|independent assessor|\biac\b",
    re.I,
)


def contact_near(letter: ParsedText, offset: int, others: tuple[int, ...] = ()) -> bool:
    """Return whether another body's contact details are given near ``offset``.

    Near means the paragraph holding ``offset`` or the one after it; a following
    paragraph about contacting the CPS itself is not read. Sentences that name one
    of the ``others`` (where other agencies are named) hold their contacts, not
    this agency's: "write to the court at ... You may also raise it with the
    Witness Service" gives the Witness Service nothing.
    """
    paragraphs = _paragraphs(letter.text)
    for index, (start, end) in enumerate(paragraphs):
        if not start <= offset < end:
            continue
        own = letter.sentence_at(offset)
        kept = [
            (s.start, s.end)
            for s in letter.sentences
            if start <= s.start < end
            and (s.index == own.index or not any(s.start <= o < s.end for o in others))
        ]
        if any(_gives_contact(letter, a, min(b, end)) for a, b in kept):
            return True
        if index + 1 == len(paragraphs) or any(own.end <= o < end for o in others):
            return False
        start, end = paragraphs[index + 1]
        about_us = ABOUT_US.search(letter.text[start:end])
        return not about_us and _gives_contact(letter, start, end)
    return False


def _gives_contact(letter: ParsedText, start: int, end: int) -> bool:
    text = letter.text[start:end]
    for match in [*CONTACT.finditer(text), *SHORT_NUMBER.finditer(text)]:
        sentence = letter.sentence_at(start + match.start())
        if CPS_OWN.search(match.group()) or ABOUT_US.search(sentence.text):
            continue
        if SAFETY.search(sentence.text):
            continue
        return True
    return False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
