"""What every judge returns: an answer per question it can decide, with evidence.

A judge leaves out a question it cannot decide rather than guess. Evidence is a
verbatim span of the letter (or of the complaint, where the answer rests on it).
"""

from typing import Protocol

from pydantic import BaseModel, Field

from assistant.letters import LetterRecord


class Answer(BaseModel):
    """One answer to one Annex A question."""

    question: str
    answer: str
    reason: str
    evidence: str | None = None
    start: int | None = Field(None, description="Offset of the evidence in the letter.")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    source: str = "rules"


class Judgement(BaseModel):
    """All the answers a judge gave for one letter."""

    letter_id: str
    judge: str
    version: str
    answers: dict[str, Answer]
    notes: dict[str, int | str] = Field(
        default_factory=dict, description="Counts and flags about how it was made."
    )

    def codes(self) -> dict[str, str]:
        """Return question key to answer code."""
        return {key: answer.answer for key, answer in self.answers.items()}

    def to_output_line(self) -> dict:
        """Return the judge-output record exactly as the dataset format defines it."""
        evidence = {
            key: answer.evidence
            for key, answer in self.answers.items()
            if answer.evidence
        }
        return {
            "id": self.letter_id,
            "answers": self.codes(),
            "evidence": evidence,
            "judge": self.judge,
            "version": self.version,
        }


class Judge(Protocol):
    """Anything that answers Annex A questions about a letter record."""

    name: str
    version: str

    def judge(self, record: LetterRecord) -> Judgement:
        """Return the answers this judge can decide for ``record``."""
        ...
