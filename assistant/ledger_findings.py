"""The faults the issue ledger finds in how each issue is answered.

An issue left unanswered, an answered issue with no finding, an upheld issue
without apology or remedy, and an apology for something found not upheld.
"""

from dataclasses import dataclass
from enum import StrEnum

from assistant.checks.outcome import Finding, Outcome
from assistant.complaint_issues import ComplaintIssue
from assistant.language import Sentence
from assistant.ledger_entries import LedgerEntry


class LedgerProblem(StrEnum):
    """What the ledger can find wrong with how an issue is answered."""

    UNANSWERED = "unanswered"
    NO_FINDING = "no_finding"
    UPHELD_WITHOUT_APOLOGY_OR_REMEDY = "upheld_without_apology_or_remedy"
    APOLOGY_FOR_NOT_UPHELD = "apology_for_not_upheld"


@dataclass(frozen=True)
class LedgerFinding:
    """A fault in how one issue is answered, with its evidence.

    ``start`` is the evidence's offset in the letter; it is ``None`` when the
    evidence is quoted from the complaint.
    """

    problem: LedgerProblem
    issue: ComplaintIssue
    evidence: str
    reason: str
    start: int | None = None


def find_faults(entry: LedgerEntry, overall: Outcome | None) -> list[LedgerFinding]:
    """Return the ledger findings for one issue."""
    issue, quote = entry.issue, f'"{shorten(entry.issue.quote)}"'
    if not entry.answered:
        reason = f"{quote} is not answered anywhere in the letter"
        return [LedgerFinding(LedgerProblem.UNANSWERED, issue, issue.quote, reason)]

    faults = []
    if entry.finding is None:
        reason = f"{quote} is answered but no finding is given for it"
        if overall is not None:
            reason += f" (the complaint as a whole is {overall.finding.value})"
        faults.append(_fault(LedgerProblem.NO_FINDING, issue, entry.answer[0], reason))
    missing = _missing_amends(entry)
    if missing:
        reason = f"{quote} is {entry.finding.value} but {missing}"
        where = entry.finding_sentence or entry.answer[0]
        problem = LedgerProblem.UPHELD_WITHOUT_APOLOGY_OR_REMEDY
        faults.append(_fault(problem, issue, where, reason))
    apology = entry.apology
    if (
        entry.finding is Finding.NOT_UPHELD
        and apology
        and apology.index in entry.region
    ):
        reason = f"{quote} is not upheld, yet the letter apologises for it"
        problem = LedgerProblem.APOLOGY_FOR_NOT_UPHELD
        faults.append(_fault(problem, issue, apology, reason))
    return faults


def _missing_amends(entry: LedgerEntry) -> str:
    """Return what an upheld issue lacks: apology, remedy, both or nothing."""
    if entry.finding not in (Finding.UPHELD, Finding.PARTLY_UPHELD):
        return ""
    if entry.apology is None and entry.remedy is None:
        return "there is neither an apology nor a remedy"
    if entry.apology is None:
        return "there is no apology"
    if entry.remedy is None:
        return "nothing is done to put it right"
    return ""


def _fault(problem, issue, sentence: Sentence, reason: str) -> LedgerFinding:
    return LedgerFinding(problem, issue, sentence.text, reason, sentence.start)


def shorten(text: str) -> str:
    """Return a quotation cut to 100 characters for a reason."""
    return text if len(text) <= 100 else text[:97] + "..."
