"""The issue ledger: each issue of the complaint, where the letter answers it, and
the finding given there.

Each issue (see ``complaint_issues``) is matched to the passage of the letter that
answers it (``issue_matching``, over the layout of ``letter_layout``). Each ledger
line (``ledger_entries``) holds the finding given there, else the outcome given for
the complaint as a whole.

The ledger raises four findings of its own (``ledger_findings``): an issue left
unanswered, an answered issue with no finding, an upheld issue without apology or
remedy, and an apology for something found not upheld. The rules judge reads q13,
q10.1, q12 and q14 from it (``ledger_verdicts``).
"""

import logging
from dataclasses import dataclass

from assistant import ledger_verdicts
from assistant.checks.outcome import Outcome, find_outcomes
from assistant.complaint_issues import extract_issues
from assistant.embeddings import Embedder
from assistant.issue_matching import (
    concept_terms,
    find_answer,
    find_match,
    offline_embedder,
    score_issues,
)
from assistant.language import ParsedText, parse
from assistant.ledger_entries import LedgerEntry, Reading, ledger_entry, overall_outcome
from assistant.ledger_findings import LedgerFinding, LedgerProblem, find_faults
from assistant.ledger_verdicts import LedgerVerdict
from assistant.letter_layout import lay_out, letter_view

__all__ = [
    "IssueLedger",
    "LedgerEntry",
    "LedgerFinding",
    "LedgerProblem",
    "LedgerVerdict",
    "build_ledger",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssueLedger:
    """Every issue of the complaint, how the letter answers it, and the faults."""

    entries: tuple[LedgerEntry, ...]
    findings: tuple[LedgerFinding, ...]
    overall: Outcome | None

    def problems(self, problem: LedgerProblem) -> list[LedgerFinding]:
        """Return the findings of one kind."""
        return [f for f in self.findings if f.problem is problem]

    def issues_addressed(self) -> LedgerVerdict:
        """Answer q13: is every issue the complainant raised addressed?"""
        return ledger_verdicts.issues_addressed(self)

    def findings_given(self) -> LedgerVerdict | None:
        """Answer q10.1 where the ledger adds to the letter-wide check."""
        return ledger_verdicts.findings_given(self)

    def apologies_given(self) -> LedgerVerdict | None:
        """Answer q12 where issues are upheld; ``None`` when it cannot tell."""
        return ledger_verdicts.apologies_given(self)

    def remedies_given(self) -> LedgerVerdict | None:
        """Answer q14 where issues are upheld; ``None`` when it cannot tell."""
        return ledger_verdicts.remedies_given(self)


def build_ledger(
    complaint_text: str,
    letter: ParsedText,
    complaint: ParsedText | None = None,
    embedder: Embedder | None = None,
) -> IssueLedger:
    """Map each issue of the complaint to the letter and find what is missing."""
    if complaint is None and complaint_text.strip():
        complaint = parse(complaint_text)
    issues = extract_issues(complaint_text, complaint)
    layout = lay_out(letter)

    terms = [concept_terms(complaint, i.start, i.end) for i in issues]
    scores = score_issues(layout, issues, terms, embedder or offline_embedder())
    answers = [find_answer(layout, scores, k) for k in range(len(issues))]
    matches = [
        find_match(layout, answers, k, scores.sentences[k]) for k in range(len(issues))
    ]

    outcomes = find_outcomes(letter_view(letter))
    overall = overall_outcome(layout, outcomes)
    reading = Reading(layout, scores.sentences, matches, overall)
    entries = tuple(
        ledger_entry(reading, k, issue, issue_terms, outcomes)
        for k, (issue, issue_terms) in enumerate(zip(issues, terms, strict=True))
    )
    findings = tuple(f for e in entries for f in find_faults(e, reading.overall))
    logger.debug("issue ledger issues=%d findings=%d", len(entries), len(findings))
    return IssueLedger(entries, findings, reading.overall)
