"""How a reply letter is laid out: body sentences, paragraphs and sections.

The body runs from after the salutation to the closing. Each body sentence knows
its paragraph and the section heading above it, and whether it only restates the
complaint ("You say that ...") rather than answering it.
"""

import re
from dataclasses import dataclass

from assistant.checks.context import CheckContext
from assistant.checks.outcome import find_headings
from assistant.language import ParsedText, Sentence

SALUTATION = re.compile(r"^\s*dear\b", re.I)
CLOSING = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully)|kind regards)", re.I)
RESTATES = re.compile(
    r"^(?:thank you for|in your (?:letter|email|complaint)\b[^,]*,\s*)|"
    r"^(?:you|your (?:complaint|concerns?|letter|email)s?)\b[^.?!]{0,25}?\b(?:say|"
    r"said|told us|tell us|raised?|complain(?:ed|s)?|(?:are|were) (?:unhappy|"
    r"concerned|upset|dissatisfied|angry)|feel|felt|believe|ask(?:ed)?|"
    r"mention(?:ed)?|describe[ds]?|wrote|state[ds]?|question(?:ed)?|want(?:ed)? to "
    r"know|would like to know|is|are|was|were|about|concerns?|relates?)\b",
    re.I,
)
# Headings every letter has; they say nothing about which issue is answered.
GENERIC_HEADING = re.compile(
    r"your complaint|background|what happened|summary|introduction|next steps?|"
    r"if you are|what happens next|putting (?:things|it) right|apolog|conclusion|"
    r"outcome|my findings|further (?:help|information)|review",
    re.I,
)
LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s")


@dataclass(frozen=True)
class LetterLayout:
    """The letter's body laid out: sentences, paragraphs, sections, restatements."""

    parsed: ParsedText
    body: tuple[Sentence, ...]
    headings: tuple[Sentence, ...]
    paragraph: dict[int, int]
    section: dict[int, Sentence | None]
    restating: frozenset[int]


def lay_out(letter: ParsedText) -> LetterLayout:
    """Return the letter body with each sentence's paragraph and section."""
    # A line ending in a colon leads into a list; it is not a section heading.
    headings = [
        h for h in find_headings(letter_view(letter)) if not h.text.endswith(":")
    ]
    starts = {h.start for h in headings}
    body, paragraph, section, restating = [], {}, {}, set()
    current, lead_in = None, False
    for sentence in _body_sentences(letter):
        if sentence.start in starts:
            current, lead_in = sentence, False
            continue
        lead_in = lead_in and bool(LIST_ITEM.match(sentence.text))
        body.append(sentence)
        paragraph[sentence.index] = letter.text.count("\n\n", 0, sentence.start)
        section[sentence.index] = current
        if lead_in or _restates(sentence, current):
            restating.add(sentence.index)
            lead_in = lead_in or sentence.text.rstrip().endswith(":")
    return LetterLayout(
        letter, tuple(body), tuple(headings), paragraph, section, frozenset(restating)
    )


def _body_sentences(letter: ParsedText) -> list[Sentence]:
    sentences = list(letter.sentences)
    opening = next((s for s in sentences if SALUTATION.match(s.text)), None)
    body = []
    for sentence in sentences[opening.index + 1 if opening else 0 :]:
        if CLOSING.match(sentence.text):
            break
        body.append(sentence)
    return body


def _restates(sentence: Sentence, heading: Sentence | None) -> bool:
    """Return whether a sentence only repeats what the complainant said."""
    if RESTATES.match(sentence.text.strip()):
        return True
    return heading is not None and "your complaint" in heading.text.lower()


def letter_view(letter: ParsedText) -> CheckContext:
    """Return the letter as the shared checks read it."""
    # The outcome helpers read only the letter, so no record is needed.
    return CheckContext(record=None, letter=letter)
