"""The Annex A letter-examination questions, loaded from versioned package data.

Reports, judges and the API all read this one catalogue, so an answer code or a
question's wording is declared in exactly one place: ``data/annex_a.json``.
"""

import json
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel

NOT_APPLICABLE = "not_applicable"


class Question(BaseModel):
    """One Annex A question and the answers it allows."""

    key: str
    number: str
    text: str
    short: str
    answers: list[str]
    free_text: bool
    parent: str | None
    condition: str | None
    applies_to: Literal["all", "stage_1"]
    needs_case_context: bool
    needs_drafts: bool
    from_record: str | None

    def allows(self, answer: str) -> bool:
        """Return whether ``answer`` is one of this question's codes."""
        return self.free_text or answer in self.answers


class Catalogue(BaseModel):
    """All questions, in Annex A order."""

    catalogue: str
    version: str
    title: str
    questions: list[Question]

    def get(self, key: str) -> Question:
        """Return the question with ``key``; raise ``KeyError`` if unknown."""
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def keys(self) -> list[str]:
        """Return the keys of every question that takes a coded answer."""
        return [q.key for q in self.questions if not q.free_text]

    def label_keys(self) -> set[str]:
        """Return every key a labelled record or judge output may carry."""
        return {q.key for q in self.questions}


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Load the bundled catalogue once."""
    text = resources.files("assistant.data").joinpath("annex_a.json").read_text()
    return Catalogue.model_validate(json.loads(text))
