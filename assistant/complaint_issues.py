"""Break a complaint into its distinct issues, each in the complainant's own words.

The complaint is cut into pieces (``complaint_pieces``), the pieces that carry a
grievance are gathered into issues (``issue_gathering``), and each issue gets a
kind from the words that decide it (``issue_kinds``): legal when it argues a
prosecution decision, service when it is about how the complainant was dealt with.
"""

import logging
from dataclasses import dataclass

from assistant.complaint_pieces import Piece, cut_into_pieces, trim
from assistant.content_words import GENERIC_WORDS, topic
from assistant.issue_gathering import gather_issues
from assistant.issue_kinds import IssueKind, issue_kind
from assistant.language import ParsedText, parse

__all__ = [
    "GENERIC_WORDS",
    "ComplaintIssue",
    "IssueKind",
    "extract_issues",
    "issue_kind",
    "suggest_complaint_type",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ComplaintIssue:
    """One issue of the complaint: a verbatim span and what it is about."""

    start: int
    end: int
    quote: str
    topic: str
    kind: IssueKind
    cue: str


def extract_issues(
    complaint_text: str, parsed: ParsedText | None = None
) -> list[ComplaintIssue]:
    """Return the distinct issues the complaint raises, in the order raised."""
    if not complaint_text.strip():
        return []
    parsed = parsed or parse(complaint_text)

    pieces = cut_into_pieces(parsed)
    issues = gather_issues(parsed, pieces)

    logger.debug("complaint issues pieces=%d issues=%d", len(pieces), len(issues))
    return [_issue(parsed, piece) for piece in issues]


def suggest_complaint_type(issues: list[ComplaintIssue]) -> tuple[str, str]:
    """Return the complaint type the issues point to ("legal", "service", "mixed")."""
    legal = [i for i in issues if i.kind is IssueKind.LEGAL]
    service = [i for i in issues if i.kind is IssueKind.SERVICE]

    if legal and service:
        reason = (
            f'"{_short(legal[0].cue)}" argues a legal decision and '
            f'"{_short(service[0].cue)}" is about service; a mixed complaint may take '
            "its service parts to the Independent Assessor of Complaints"
        )
        return "mixed", reason
    if legal:
        reason = (
            f'every issue with a clear kind argues a legal decision (e.g. "'
            f'{_short(legal[0].cue)}"); stage two ends the process for it'
        )
        return "legal", reason
    if service:
        reason = (
            f'no issue argues a legal decision; "{_short(service[0].cue)}" is about '
            "service, which may go on to the Independent Assessor of Complaints"
        )
        return "service", reason
    return "service", "no issue argues a legal decision, so it is treated as service"


def _issue(parsed: ParsedText, piece: Piece) -> ComplaintIssue:
    start, end = trim(parsed.text, piece.start, piece.end)
    quote = parsed.text[start:end]
    kind, cue = issue_kind(quote)
    return ComplaintIssue(start, end, quote, topic(parsed, start, end), kind, cue)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
