"""The issue ledger's answers to Annex A questions q13, q10.1, q12 and q14.

Each verdict reads the whole ledger; ``None`` means the ledger cannot tell and the
letter-wide check decides.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.checks.outcome import Finding
from assistant.judge import Answer
from assistant.ledger_entries import LedgerEntry
from assistant.ledger_findings import LedgerProblem, shorten

if TYPE_CHECKING:
    from assistant.issue_ledger import IssueLedger


@dataclass(frozen=True)
class LedgerVerdict:
    """What the ledger says about one Annex A question."""

    question: str
    answer: str
    reason: str
    evidence: str | None = None
    start: int | None = None
    confidence: float = 0.6

    def to_answer(self) -> Answer:
        """Return the verdict as a judge's answer."""
        return Answer(
            question=self.question,
            answer=self.answer,
            reason=self.reason,
            evidence=self.evidence,
            start=self.start,
            confidence=self.confidence,
        )


def issues_addressed(ledger: "IssueLedger") -> LedgerVerdict:
    """Answer q13: is every issue the complainant raised addressed?"""
    if not ledger.entries:
        reason = "no distinct issue was found in the complaint"
        return LedgerVerdict("q13", "not_known", reason, confidence=0.4)
    unanswered = ledger.problems(LedgerProblem.UNANSWERED)
    if unanswered:
        first = unanswered[0]
        reason = f"{len(unanswered)} of {len(ledger.entries)} issues unanswered: "
        return LedgerVerdict("q13", "no", reason + first.reason, first.evidence)
    reason = f"every issue raised ({len(ledger.entries)}) is answered"
    return LedgerVerdict("q13", "yes", reason)


def findings_given(ledger: "IssueLedger") -> LedgerVerdict | None:
    """Answer q10.1 where the ledger adds to the letter-wide check.

    "yes" when the whole complaint or every answered issue gets a finding;
    "no" when, with no outcome for the whole, a headed issue gets none while
    another gets one (the labelling guide's case); ``None`` otherwise.
    """
    answered = [e for e in ledger.entries if e.answered]
    if ledger.overall is not None:
        reason = f"states the outcome: {ledger.overall.finding.value}"
        return _letter_verdict("q10_1", "yes", reason, ledger.overall.sentence, 0.85)
    found = [e for e in answered if e.finding is not None]
    if found and len(found) == len(answered):
        reason = "each answered issue gets its own finding"
        return _letter_verdict("q10_1", "yes", reason, found[0].finding_sentence)
    headed = [e for e in answered if e.section and e.finding is None]
    if not found or not headed:
        return None
    missing = next(f for f in ledger.findings if f.issue is headed[0].issue)
    reason = (
        f"the part headed '{headed[0].section}' gets no finding, though other "
        "issues do, and none is given for the whole complaint"
    )
    return LedgerVerdict("q10_1", "no", reason, missing.evidence, missing.start)


def apologies_given(ledger: "IssueLedger") -> LedgerVerdict | None:
    """Answer q12 where issues are upheld; ``None`` when it cannot tell.

    "no" when no upheld issue is apologised for, "yes" when every one is; some
    with and some without is left to the letter-wide check.
    """
    upheld = _upheld(ledger.entries)
    given = [e for e in upheld if e.apology is not None]
    if not upheld or 0 < len(given) < len(upheld):
        return None
    if not given:
        reason = f'upheld without an apology: "{shorten(upheld[0].issue.quote)}"'
        return _letter_verdict("q12", "no", reason, upheld[0].finding_sentence)
    reason = f"every upheld issue ({len(upheld)}) is apologised for"
    return _letter_verdict("q12", "yes", reason, given[0].apology)


def remedies_given(ledger: "IssueLedger") -> LedgerVerdict | None:
    """Answer q14 where issues are upheld; ``None`` when it cannot tell.

    "no" when no upheld issue is put right, "yes" when every one is; the
    goodwill-payment question is left to the letter-wide check.
    """
    upheld = _upheld(ledger.entries)
    given = [e for e in upheld if e.remedy is not None]
    if not upheld or 0 < len(given) < len(upheld):
        return None
    if not given:
        reason = f'upheld with nothing put right: "{shorten(upheld[0].issue.quote)}"'
        return _letter_verdict("q14", "no", reason, upheld[0].finding_sentence)
    reason = f"every upheld issue ({len(upheld)}) is put right"
    return _letter_verdict("q14", "yes", reason, given[0].remedy, 0.55)


def _upheld(entries) -> list[LedgerEntry]:
    found = (Finding.UPHELD, Finding.PARTLY_UPHELD)
    return [e for e in entries if e.finding in found]


def _letter_verdict(question, code, reason, sentence, confidence=0.6) -> LedgerVerdict:
    if sentence is None:
        return LedgerVerdict(question, code, reason, confidence=confidence)
    return LedgerVerdict(
        question, code, reason, sentence.text, sentence.start, confidence
    )
