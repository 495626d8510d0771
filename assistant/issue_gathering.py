"""How the pieces of a complaint are gathered into its issues.

A piece is an issue when it carries a grievance: a question, "I am unhappy that",
"nobody told me", "should have", a delay, rudeness, a lost document. Questions
with nothing of their own ("Why is it taking so long?") and remarks that point
back ("She told me to stop ringing") join the issue before them.
"""

import re
from dataclasses import replace

from assistant.complaint_pieces import Piece, token_span
from assistant.content_words import content_count
from assistant.grievance_phrases import GRIEVANCE, NOT_COMMUNICATED, WH_CLAUSE
from assistant.issue_kinds import IssueKind, issue_kind
from assistant.language import ParsedText

NOT_AN_ISSUE = re.compile(
    r"^(?:dear|hi|hello|yours|kind regards|regards|best wishes|many thanks|thanks|"
    r"thank you|re:|ref|our ref|your ref|subject:)(?=\W|$)",
    re.I,
)
INTRODUCTION = re.compile(
    r"^(?:i|we) (?:am|are) (?:writing|instructed|contacting)|^i write\b|"
    r"^we (?:act|represent)\b|^i have been contacted\b|\basked me to (?:raise|"
    r"write|take up|look into)\b|^(?:i|we) (?:also )?(?:wish|"
    r"want|would like) to (?:make a )?(?:formal )?complain",
    re.I,
)
COMPLAINT_FRAME = re.compile(
    r"\bcomplain(?:t)? (?:about|that|regarding|because)\b", re.I
)
REQUEST = re.compile(
    r"^(?:please\b|(?:i|we) (?:would|'d|should) (?:like|welcome|be grateful|"
    r"appreciate)|(?:i|we) (?:want|expect|await|look forward|request|invite|ask)\b"
    r"(?! to (?:complain|raise))|(?:can|could) (?:you|someone|somebody)\b)",
    re.I,
)
WANTS_TO_KNOW = re.compile(
    r"\b(?:know|understand|explain|tell (?:me|us))\b[^.?!]*?\b(?:why|whether|how|who|"
    r"what|when|if)\b",
    re.I,
)
RHETORICAL = re.compile(
    r"^(?:how (?:is|can) (?:that|this|it)\b|how could (?:you|they|this|that|it)\b|"
    r"what (?:is|was) the point\b|is (?:that|this) (?:fair|right|justice|"
    r"acceptable)\b)",
    re.I,
)
NOBODY = re.compile(r"\b(?:nobody|no one|no-one|noone)\b", re.I)
REFERS_BACK = re.compile(r"^(?:he|she|they|it|this|that|these|those)\b", re.I)
LIKE_THAT = re.compile(r"\blike (?:that|this)\b", re.I)
NEW_ISSUE = re.compile(
    r"\b(?:also|another|further(?:more)?|in addition|on top of that|as well|"
    r"either|besides|moreover|(?:first|second|third|fourth|fifth)(?:ly)?|finally|"
    r"lastly)\b",
    re.I,
)
# Stage two openers: dissatisfaction with the last reply is not itself an issue.
DISSATISFIED_WITH_REPLY = re.compile(
    r"\b(?:not satisfied|dissatisfied|unhappy) with (?:it|this|your (?:letter|reply|"
    r"response))\b",
    re.I,
)
# A decision of its own: a sentence naming one raises a new legal issue.
DECISION = re.compile(
    r"\b(?:charg(?:e|ed|es|ing)|plea|plead\w*|drop\w*|discontinu\w*|sentenc\w*|"
    r"adjourn\w*|refer(?:red)?|caution|prosecute[ds]?|decid\w*|decision|bail)\b",
    re.I,
)
MIN_CONTENT_WORDS = 2
# Itemised by the complainant, or a failure to tell or ask ("I was not consulted
# about this"): one word of substance is enough.
MIN_CONTENT_WORDS_LISTED = 1
RAISES_THE_ONE_BEFORE = frozenset({"rhetorical", "bare question", "elliptical"})


def gather_issues(parsed: ParsedText, pieces: list[Piece]) -> list[Piece]:
    """Keep the pieces that raise an issue; fold follow-ups into the one before."""
    issues: list[Piece] = []
    for index, piece in enumerate(pieces):
        text = parsed.text[piece.start : piece.end]
        follow_up = _follow_up(parsed, piece, text)
        reach = 2 if follow_up in RAISES_THE_ONE_BEFORE else 1
        if follow_up and _near(issues, pieces, index, reach):
            issues[-1] = _joined(issues[-1], piece)
        elif follow_up in RAISES_THE_ONE_BEFORE:
            _raise_the_one_before(parsed, issues, pieces, index)
        elif _raises_issue(parsed, piece, text):
            if _argues_on(parsed, issues, pieces, index, text):
                issues[-1] = _joined(issues[-1], piece)
            else:
                issues.append(piece)
    return issues


def _follow_up(parsed: ParsedText, piece: Piece, text: str) -> str | None:
    """Return how a piece only adds to the issue before it, or ``None``."""
    if piece.item and piece.sentence > 0 and piece.clause == 0:
        return "same item"
    if piece.listed or piece.heading or NEW_ISSUE.search(text):
        return None
    if text.rstrip().endswith(":") or REQUEST.match(text) or INTRODUCTION.match(text):
        return None
    if RHETORICAL.match(text):
        return "rhetorical"
    if text.rstrip().endswith("?"):
        own = NOT_COMMUNICATED.search(text) or NOBODY.search(text)
        nouns = any(
            t.pos_ in {"NOUN", "PROPN"} for t in token_span(parsed, *_of(piece))
        )
        return None if nouns or own else "bare question"
    if _grieves(text) and content_count(parsed, piece) < _content_needed(text):
        return "elliptical"
    first = piece.sentence > 0 and piece.clause == 0
    if first and (REFERS_BACK.match(text) or LIKE_THAT.search(text)):
        return "refers back"
    return None


def _raise_the_one_before(
    parsed: ParsedText, issues: list, pieces: list, index: int
) -> None:
    """Make the piece before an issue: "Nobody ever did." shows it was a grievance."""
    piece, before = pieces[index], pieces[index - 1] if index else None
    if before is None or before.paragraph != piece.paragraph:
        return
    if _could_raise(parsed, before) and not (issues and issues[-1].end > before.start):
        issues.append(_joined(before, piece))


def _argues_on(
    parsed: ParsedText, issues: list, pieces: list, index: int, text: str
) -> bool:
    """Return whether a statement argues on the legal decision just raised."""
    piece = pieces[index]
    if not _near(issues, pieces, index) or piece.listed or NEW_ISSUE.search(text):
        return False
    last = issues[-1]
    if last.sentence == piece.sentence or text.rstrip().endswith("?"):
        return False
    if DECISION.search(text):
        return False
    last_text = parsed.text[last.start : last.end]
    legal = IssueKind.LEGAL
    return issue_kind(last_text)[0] == legal and issue_kind(text)[0] == legal


def _raises_issue(parsed: ParsedText, piece: Piece, text: str) -> bool:
    if not _could_raise(parsed, piece):
        return False
    if REQUEST.match(text):
        return bool(WANTS_TO_KNOW.search(text)) and _asks_about_something(parsed, piece)
    if INTRODUCTION.match(text):
        framed = COMPLAINT_FRAME.search(text)
        return bool(framed and GRIEVANCE.search(text, framed.end()))
    return piece.listed or _grieves(text)


def _could_raise(parsed: ParsedText, piece: Piece) -> bool:
    """Return whether a piece is more than a greeting, title, lead-in or feeling."""
    text = parsed.text[piece.start : piece.end]
    if piece.heading or NOT_AN_ISSUE.match(text) or RHETORICAL.match(text):
        return False
    if text.rstrip().endswith(":"):
        return False
    least = MIN_CONTENT_WORDS_LISTED if piece.listed else _content_needed(text)
    return content_count(parsed, piece) >= least


def _content_needed(text: str) -> int:
    """Return how many content words a piece needs to be an issue on its own."""
    if NOT_COMMUNICATED.search(text):
        return MIN_CONTENT_WORDS_LISTED
    return MIN_CONTENT_WORDS


def _grieves(text: str) -> bool:
    text = DISSATISFIED_WITH_REPLY.sub("", text)
    return bool(GRIEVANCE.search(text) or WH_CLAUSE.match(text))


def _near(issues: list, pieces: list, index: int, reach: int = 1) -> bool:
    """Return whether the last issue ends at most ``reach`` pieces back, same
    paragraph."""
    if not issues or index == 0:
        return False
    last = issues[-1]
    return last.paragraph == pieces[index].paragraph and last.end >= (
        pieces[max(index - reach, 0)].start
    )


def _joined(first: Piece, second: Piece) -> Piece:
    return replace(first, end=second.end)


def _asks_about_something(parsed: ParsedText, piece: Piece) -> bool:
    match = WANTS_TO_KNOW.search(parsed.text, piece.start, piece.end)
    asked = replace(piece, start=match.end())
    return content_count(parsed, asked) >= MIN_CONTENT_WORDS


def _of(piece: Piece) -> tuple[int, int]:
    return piece.start, piece.end
