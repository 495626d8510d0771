"""Redact a letter: names that must not appear (or, on request, every person and
identifier) replaced by consistent role placeholders such as ``[WITNESS 2]``."""

from dataclasses import dataclass

from assistant.language import parse_light
from assistant.letters import LetterRecord
from assistant.pii import analyze
from assistant.prohibited_names import NameFinding, check_names
from assistant.text_spans import without_overlaps

PLACEHOLDER_LABELS = {
    "rape_victim": "VICTIM",
    "youth_defendant": "YOUTH DEFENDANT",
    "suspect_not_charged": "SUSPECT",
    "witness": "WITNESS",
    "other": "PERSONAL DATA",
    "person": "PERSON",
}
IDENTIFIERS = {
    "UK_POSTCODE": "POSTCODE",
    "UK_PHONE": "PHONE NUMBER",
    "EMAIL_ADDRESS": "EMAIL ADDRESS",
    "UK_CPS_URN": "CPS REFERENCE",
    "UK_POLICE_REFERENCE": "POLICE REFERENCE",
    "UK_NINO": "NATIONAL INSURANCE NUMBER",
    "DATE_OF_BIRTH": "DATE OF BIRTH",
    "UK_NHS": "NHS NUMBER",
    "CREDIT_CARD": "CARD NUMBER",
    "IBAN_CODE": "BANK ACCOUNT",
}


@dataclass(frozen=True)
class Replacement:
    """One span of the original text and the placeholder that replaced it."""

    start: int
    end: int
    text: str
    person: str
    rule: str
    placeholder: str
    confidence: float

    def to_json(self) -> dict:
        """Return the replacement in the shape other tools read."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "person": self.person,
            "rule": self.rule,
            "placeholder": self.placeholder,
            "confidence": round(self.confidence, 2),
        }


@dataclass(frozen=True)
class Redaction:
    """The redacted text and every replacement made, in reading order."""

    redacted_text: str
    replacements: list[Replacement]

    def to_json(self) -> dict:
        """Return ``{"redacted_text": ..., "findings": [...]}``."""
        return {
            "redacted_text": self.redacted_text,
            "findings": [r.to_json() for r in self.replacements],
        }


def redact(record: LetterRecord, all_persons: bool = False) -> Redaction:
    """Redact the record's letter; with ``all_persons`` every person and identifier."""
    if not record.letter.strip():
        return Redaction(record.letter, [])
    letter = parse_light(record.letter)
    findings = check_names(record, letter)
    chosen = [f for f in findings if all_persons or f.prohibited]
    if all_persons:
        chosen += _identifiers(record.letter, letter.doc, chosen)

    replacements = _number(without_overlaps(chosen, lambda f: (f.start, f.end)))
    return Redaction(_apply(record.letter, replacements), replacements)


def _identifiers(text: str, doc, taken: list[NameFinding]) -> list[NameFinding]:
    found = []
    for result in analyze(text, doc=doc, entities=list(IDENTIFIERS)):
        if any(result.start < f.end and f.start < result.end for f in taken):
            continue
        label = IDENTIFIERS[result.entity_type]
        found.append(
            NameFinding(
                result.start,
                result.end,
                text[result.start : result.end],
                label.lower(),
                "other",
                f"identifier: {label.lower()}",
                result.score,
            )
        )
    return found


def _number(findings: list[NameFinding]) -> list[Replacement]:
    numbers: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    replacements = []
    for finding in findings:
        label = _label(finding)
        key = (label, (finding.person or finding.text).lower())
        if key not in numbers:
            counts[label] = counts.get(label, 0) + 1
            numbers[key] = counts[label]
        placeholder = f"[{label} {numbers[key]}]"
        replacements.append(
            Replacement(
                finding.start,
                finding.end,
                finding.text,
                finding.person,
                finding.rule,
                placeholder,
                finding.confidence,
            )
        )
    return replacements


def _label(finding: NameFinding) -> str:
    if finding.evidence.startswith("identifier: "):
        return finding.evidence.removeprefix("identifier: ").upper()
    return PLACEHOLDER_LABELS[finding.rule]


def _apply(text: str, replacements: list[Replacement]) -> str:
    pieces, cursor = [], 0
    for replacement in replacements:
        pieces.append(text[cursor : replacement.start])
        pieces.append(replacement.placeholder)
        cursor = replacement.end
    pieces.append(text[cursor:])
    return "".join(pieces)
