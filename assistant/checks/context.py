"""What a check sees: the letter record and its parsed texts, parsed once."""

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.judge import Answer
from assistant.language import ParsedText, parse
from assistant.letters import LetterRecord

if TYPE_CHECKING:
    from assistant.issue_ledger import IssueLedger


@dataclass
class CheckContext:
    """A letter record with its letter (and complaint) parsed once."""

    record: LetterRecord
    letter: ParsedText

    @classmethod
    def build(cls, record: LetterRecord, letter: ParsedText | None = None):
        """Parse the record's letter unless a parsed one is given."""
        return cls(record=record, letter=letter or parse(record.letter))

    @cached_property
    def complaint(self) -> ParsedText | None:
        """Return the parsed complaint, or ``None`` when there is none."""
        if not self.record.complaint.strip():
            return None
        return parse(self.record.complaint)

    @cached_property
    def ledger(self) -> "IssueLedger":
        """Return the complaint's issues mapped to the letter, built on first use."""
        # Imported here: the ledger reads the outcome check, which imports this.
        from assistant.issue_ledger import build_ledger

        return build_ledger(self.record.complaint, self.letter, self.complaint)

    def answer(
        self,
        question: str,
        code: str,
        reason: str,
        span: tuple[int, int] | None = None,
        confidence: float = 1.0,
    ) -> Answer:
        """Build an answer whose evidence is the letter's text at ``span``."""
        evidence = self.letter.text[span[0] : span[1]] if span else None
        return Answer(
            question=question,
            answer=code,
            reason=reason,
            evidence=evidence,
            start=span[0] if span else None,
            confidence=confidence,
        )
