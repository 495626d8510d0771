"""A letter record: one complaint, its response letter and what is known of the case.

The fields follow the letter dataset format (``docs/letter-dataset-format.md``).
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.catalogue import load_catalogue

Stage = Literal[1, 2]
ComplaintType = Literal["legal", "service", "mixed"]
Complainant = Literal[
    "victim",
    "witness",
    "defendant",
    "member_of_judiciary",
    "court_staff",
    "police",
    "other",
    "not_known",
]
PartyRole = Literal[
    "defendant", "suspect", "victim", "witness", "complainant", "officer", "other"
]


class CaseParty(BaseModel):
    """A person in the case, with the flags that decide whether they may be named."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(min_length=1)
    role: PartyRole
    youth: bool = False
    charged: bool | None = None
    sexual_offence_victim: bool = False

    @model_validator(mode="after")
    def _default_charged(self) -> "CaseParty":
        if self.charged is None:
            self.charged = self.role == "defendant"
        return self


class LetterRecord(BaseModel):
    """One record of a letter dataset."""

    model_config = ConfigDict(extra="ignore", strict=True)

    id: str = Field(min_length=1)
    area: str | None = None
    stage: Stage
    complaint_type: ComplaintType
    complainant: Complainant | None = None
    complainant_name: str | None = None
    letter_date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    complaint: str
    letter: str = Field(min_length=1)
    drafts: list[str] | None = None
    case_parties: list[CaseParty] | None = None
    accessibility_needs: str | None = None
    labels: dict[str, str] | None = None

    @field_validator("letter")
    @classmethod
    def _letter_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the letter text is empty")
        return value

    @field_validator("labels")
    @classmethod
    def _labels_use_known_codes(cls, labels: dict[str, str] | None):
        if labels is None:
            return labels
        catalogue = load_catalogue()
        for key, answer in labels.items():
            _check_label(catalogue, key, answer)
        return labels

    def to_json_dict(self) -> dict:
        """Return the record as the dataset format writes it (no empty fields)."""
        data = self.model_dump(mode="json", exclude_none=True)
        return data


def _check_label(catalogue, key: str, answer: str) -> None:
    try:
        question = catalogue.get(key)
    except KeyError:
        raise ValueError(f"unknown question '{key}' in labels") from None
    if not question.allows(answer):
        allowed = ", ".join(question.answers)
        raise ValueError(
            f"label {key}='{answer}' is not an allowed answer (allowed: {allowed})"
        )
