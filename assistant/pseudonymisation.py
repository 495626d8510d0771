"""Reversible pseudonymisation of text sent to a language model.

Every person and identifier is swapped for a stable placeholder (``[PERSON_1]``,
``[PHONE_2]``); the mapping never leaves the process, and the model's answer is
mapped back. A placeholder is recognised again when the model drops its brackets,
changes its case or spacing, or adds a possessive. Any failure raises
``PseudonymisationError``, so the caller sends nothing ("fail closed").
"""

import logging
import re
from dataclasses import dataclass, field

from assistant.case_roster import RosterPerson
from assistant.errors import PseudonymisationError
from assistant.language import parse_light
from assistant.person_mentions import find_people
from assistant.pii import analyze
from assistant.redaction import IDENTIFIERS
from assistant.text_spans import without_overlaps

logger = logging.getLogger(__name__)


@dataclass
class Pseudonymiser:
    """Hides names consistently across several texts and restores them after."""

    roster: list[RosterPerson] = field(default_factory=list)
    _forward: dict[str, str] = field(default_factory=dict)
    _surface: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def pseudonymise(self, text: str) -> str:
        """Return ``text`` with every person and identifier replaced."""
        if not text.strip():
            return text
        try:
            spans = self._spans(text)
        except Exception as error:
            logger.warning("pseudonymisation failed error=%s", type(error).__name__)
            raise PseudonymisationError(
                "personal data could not be hidden; nothing was sent"
            ) from error

        hidden = self._replace(text, spans)
        self._check_no_roster_name_left(hidden)
        return hidden

    def restore(self, text: str) -> str:
        """Return a model's text with every placeholder mapped back."""
        for placeholder in sorted(self._surface, key=len, reverse=True):
            original = self._surface[placeholder]
            text = _placeholder_pattern(placeholder).sub(
                lambda m, o=original: o + (m.group("possessive") or ""), text
            )
        return text

    @property
    def placeholders(self) -> dict[str, str]:
        """Return placeholder to original text (kept in process only)."""
        return dict(self._surface)

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        parsed = parse_light(text)
        spans = [
            (m.start, m.end, f"PERSON:{person.name.lower()}")
            for person in find_people(text, parsed.doc, self.roster)
            for m in person.mentions
        ]
        for result in analyze(text, doc=parsed.doc, entities=list(IDENTIFIERS)):
            kind = IDENTIFIERS[result.entity_type].split()[0]
            spans.append((result.start, result.end, kind))
        return without_overlaps(spans, lambda span: span[:2])

    def _replace(self, text: str, spans: list[tuple[int, int, str]]) -> str:
        pieces, cursor = [], 0
        for start, end, kind in spans:
            pieces.append(text[cursor:start])
            pieces.append(self._placeholder(text[start:end], kind))
            cursor = end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def _placeholder(self, original: str, kind: str) -> str:
        kind, _, person = kind.partition(":")
        key = f"{kind}:{person or original.lower()}"
        if key not in self._forward:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._forward[key] = f"[{kind}_{self._counts[kind]}]"
        placeholder = self._forward[key]
        if len(original) > len(self._surface.get(placeholder, "")):
            self._surface[placeholder] = original
        return placeholder

    def _check_no_roster_name_left(self, hidden: str) -> None:
        for person in self.roster:
            if person.pattern.search(hidden):
                raise PseudonymisationError(
                    "a case party's name survived pseudonymisation; nothing was sent"
                )


def _placeholder_pattern(placeholder: str) -> re.Pattern:
    kind, number = placeholder.strip("[]").rsplit("_", 1)
    return re.compile(
        rf"(?:\[\s*)?\b{re.escape(kind)}[ _-]?{number}(?!\d)(?:\s*\])?"
        r"(?P<possessive>['\u2019]s)?",
        re.IGNORECASE,
    )
