"""How a complaint is cut into pieces that may each hold one issue.

A complaint is cut into paragraphs and list items, then sentences, then clauses
where one sentence joins several grievances ("and", ";", "that ..., and that ...").
Each side of a joining word is checked before the sentence is cut there.
"""

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from assistant.grievance_phrases import GRIEVANCE, WH_CLAUSE
from assistant.issue_kinds import issue_kind
from assistant.language import ParsedText


@dataclass(frozen=True)
class Piece:
    """A stretch of the complaint that may hold one issue."""

    start: int
    end: int
    paragraph: int
    sentence: int
    clause: int = 0
    listed: bool = False
    heading: bool = False
    item: bool = False


LIST_MARKER = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?[ivx]{1,4}\)|[-*\u2022\u25cf\u2013])"
    r"[ \t]+"
)
INLINE_MARKER = re.compile(r"(?<=[.?!:])\s+(\d{1,2}[.)])\s+(?=[A-Z])")
ORDINAL = re.compile(
    r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|"
    r"finally|lastly)\b",
    re.I,
)
GREETING = re.compile(r"^(?:hi|hello|hiya)\b[^,.\n]{0,30}[,.!]\s*", re.I)
TERMINAL = re.compile(r"[.?!:;\"'\u201d\u2019)]\s*$")

# Where one sentence may hold two grievances; each side is checked before cutting.
# Known gap: a grievance in a relative clause (", which called my grandson by the
# wrong name") is not cut off, and a sentence spaCy misparses may not be cut at all.
CUT = re.compile(
    r";\s*|,?\s+(?:and|but)\s+(?:then\s+|also\s+|afterwards\s+)?(?:that\s+)?|"
    r",\s+that\s+|,\s+(?:as|because|since)\s+(?=(?:nobody|no one|no-one)\b)|"
    r",\s+(?=(?:the|my|our|his|her|their|your|nobody|no one|you|we|he|she|they)\b)",
    re.I,
)
# The complainant numbered the item as one issue; only a semicolon splits it.
LIST_ITEM_CUT = re.compile(r";\s*")
CAUSAL = re.compile(r"\b(?:as|because|since)\b", re.I)
# "..., and I only found out when I saw him": the same grievance told on.
CONSEQUENCE = re.compile(
    r"^(?:so|now|(?:(?:i|we|he|she|they) )?only (?:found out|learned|learnt|heard|"
    r"knew|realised|realized|discovered))\b",
    re.I,
)
LEADING_JOINER = re.compile(
    r"^(?:(?:and|but|then|also|that|so|as|because|since|afterwards)\b[\s,]*)+", re.I
)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# "..., which I don't think I should have seen": describes, does not complain anew.
MODIFIER_CLAUSES = frozenset({"relcl", "acl"})
# Nouns nearly every clause of a complaint may use: sharing one proves nothing.
COMMON_NOUNS = frozenset("case court cps time day thing way people".split())
# "Mrs Ames complains that X, that Y, and that Z": each item is a grievance.
REPORTS_THAT = re.compile(
    r"\b(?:complains?|informs? (?:me|us)|tells? (?:me|us)|(?:is|are) (?:also )?"
    r"(?:concerned|unhappy|upset|angry)|disgusted|says?) that\b",
    re.I,
)
# A block this short, with no closing stop, is a title over what follows.
HEADING_WORDS = 10


def cut_into_pieces(parsed: ParsedText) -> list[Piece]:
    """Return the clauses of every sentence of the complaint, in the order written."""
    return [c for s in _sentences(parsed) for c in _clauses(parsed, s)]


def _sentences(parsed: ParsedText) -> list[Piece]:
    """Return the sentences of each paragraph and list item, markers left out."""
    blocks = _blocks(parsed.text)
    pieces = []
    for paragraph, (start, end, listed) in enumerate(blocks):
        heading = _is_heading(parsed.text[start:end], listed, paragraph, len(blocks))
        for number, (left, right) in enumerate(_split_sentences(parsed, start, end)):
            left, marked = _skip_marker(parsed.text, left)
            left = _skip_greeting(parsed.text, left, right)
            marked = marked or bool(ORDINAL.match(parsed.text, left, right))
            # Only an item's first sentence opens an issue; the rest tell on it.
            opens = (listed and number == 0) or marked
            pieces.append(
                Piece(left, right, paragraph, number, 0, opens, heading, listed)
            )
    return pieces


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Return paragraphs and list items as (start, end, is a list item)."""
    blocks: list[list] = []
    offset, blank_before = 0, True
    for line in text.splitlines(keepends=True):
        body = line.strip()
        listed = bool(body) and bool(LIST_MARKER.match(line))
        if body and not blank_before and _continues(text, blocks[-1], listed, body):
            blocks[-1][1] = offset + len(line.rstrip())
        elif body:
            start = offset + len(line) - len(line.lstrip())
            blocks.append([start, offset + len(line.rstrip()), listed])
        blank_before = not body
        offset += len(line)
    return [(start, end, listed) for start, end, listed in blocks]


def _continues(text: str, block: list, listed: bool, body: str) -> bool:
    """Return whether a line carries on the block above (a wrapped line)."""
    if listed:
        return False
    previous = text[block[0] : block[1]]
    if block[2]:
        return body[:1].islower()
    last_line = previous.splitlines()[-1]
    return not TERMINAL.search(last_line) and len(last_line) > 50


def _is_heading(text: str, listed: bool, index: int, count: int) -> bool:
    """Return whether a block is a title over what follows, not a sentence."""
    if listed or index == count - 1 or "\n" in text or TERMINAL.search(text):
        return False
    return len(text.split()) <= HEADING_WORDS


def _split_sentences(parsed: ParsedText, start: int, end: int) -> list[tuple]:
    """Return spaCy's sentences inside a block, rejoining its mid-sentence cuts."""
    cuts = sorted(
        {s.start_char for s in parsed.doc.sents if start < s.start_char < end}
        | {m.start(1) for m in INLINE_MARKER.finditer(parsed.text, start, end)}
    )
    bounds = [start, *cuts, end]
    pieces: list[list[int]] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        left, right = trim(parsed.text, left, right)
        if left >= right:
            continue
        ended = pieces and TERMINAL.search(parsed.text[pieces[-1][0] : pieces[-1][1]])
        if pieces and not ended and parsed.text[left].islower():
            pieces[-1][1] = right
        else:
            pieces.append([left, right])
    return [tuple(p) for p in pieces]


def _skip_marker(text: str, start: int) -> tuple[int, bool]:
    match = LIST_MARKER.match(text, start)
    if match and match.end() < len(text):
        return match.end(), True
    return start, False


def _skip_greeting(text: str, start: int, end: int) -> int:
    match = GREETING.match(text, start, end)
    return match.end() if match and match.end() < end else start


def _clauses(parsed: ParsedText, sentence: Piece) -> list[Piece]:
    """Cut a sentence where each side raises its own grievance with its own verb."""
    text = parsed.text
    cuts = LIST_ITEM_CUT if sentence.listed else CUT
    kept: list[tuple[int, int]] = []
    left_start = sentence.start
    reports = bool(REPORTS_THAT.search(text, sentence.start, sentence.end))
    for match in cuts.finditer(text, sentence.start, sentence.end):
        right_end = _next_cut(cuts, text, match.end(), sentence.end)
        listing = reports and "that" in match.group(0).lower()
        if _cuts_two_grievances(parsed, (left_start, match), right_end, listing):
            kept.append((match.start(), match.end()))
            left_start = match.end()

    starts = [sentence.start, *(end for _, end in kept)]
    ends = [*(start for start, _ in kept), sentence.end]
    pieces = []
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        start, end = _strip_joiner(text, start, end) if index else (start, end)
        pieces.append(replace(sentence, start=start, end=end, clause=index))
    return pieces


def _cuts_two_grievances(
    parsed: ParsedText, left: tuple, right_end: int, listing: bool
) -> bool:
    """Return whether a joining word stands between two grievances of their own.

    ``listing`` is a cut in a list of "that" clauses after a complaining verb,
    whose items are grievances even without a word saying so.
    """
    text = parsed.text
    left_start, match = left
    left_text = text[left_start : match.start()]
    right_text = text[match.end() : right_end]
    if CONSEQUENCE.match(right_text) and "that" not in match.group(0).lower():
        return False
    if not _can_stand_alone(parsed, left_start, match.start(), left_text, listing):
        return False
    if not _can_stand_alone(parsed, match.end(), right_end, right_text, listing):
        return False
    if CAUSAL.search(match.group(0)) and (
        issue_kind(left_text)[0] == issue_kind(right_text)[0]
    ):
        return False
    left_nouns = _nouns(parsed, left_start, match.start())
    return not left_nouns & _nouns(parsed, match.end(), right_end)


def _next_cut(cuts: re.Pattern, text: str, start: int, end: int) -> int:
    match = cuts.search(text, start, end)
    return match.start() if match else end


def _can_stand_alone(
    parsed: ParsedText, start: int, end: int, text: str, listing: bool = False
) -> bool:
    """Return whether a clause has a grievance, and a verb with its own subject."""
    if len(text.split()) < 4:
        return False
    if not (listing or GRIEVANCE.search(text) or WH_CLAUSE.match(text)):
        return False
    span = token_span(parsed, start, end)
    heads = [
        t
        for t in span
        if t.pos_ in {"VERB", "AUX"}
        and t.dep_ not in MODIFIER_CLAUSES
        and (not span.start <= t.head.i < span.end or t.head == t)
    ]
    return any(
        c.dep_ in SUBJECTS and span.start <= c.i < span.end
        for head in heads
        for c in head.children
    )


def _nouns(parsed: ParsedText, start: int, end: int) -> set[str]:
    """Return the nouns of a clause that could name what a grievance is about."""
    return {
        t.lemma_.lower()
        for t in token_span(parsed, start, end)
        if t.pos_ == "NOUN" and t.lemma_.lower() not in COMMON_NOUNS
    }


def _strip_joiner(text: str, start: int, end: int) -> tuple[int, int]:
    match = LEADING_JOINER.match(text, start, end)
    return (match.end(), end) if match and match.end() < end else (start, end)


def token_span(parsed: ParsedText, start: int, end: int) -> Span:
    """Return the tokens covering a stretch of the text, or none if it has none."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else parsed.doc[0:0]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a stretch of the text without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
