"""Police crime and incident references.

Forces write these in many shapes, so two kinds of pattern are used. Shapes that
are references on their face (``CRI/12345/24``, ``MPS-240315-0042``) match alone;
shapes that could be any number (``4721/23``, ``0345 of 14/03/2024``) match only
straight after a key word such as "crime reference" or "incident". The key word is
checked by a look-behind, so the result covers the reference alone. Letter prefixes
are matched in capitals only (``(?-i:...)``), or "the 2023/24 year" would match.
"""

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "UK_POLICE_REFERENCE"

KEY = (
    r"(?<=\b(?:(?:crime|incident|occurrence|cad|log)"
    r"(?:\s+(?:reference|ref\.?|number|no\.?|log))*"
    r"|police\s+(?:reference|ref\.?|number|log)(?:\s+(?:number|no\.?))?)"
    r"\s*(?:is\s+|was\s+)?[:#]?\s*)"
)
# A bare date after "incident" is the date of the incident, not its reference.
KEYED_VALUE = (
    r"(?:\d{1,5}\s+of\s+\d{1,2}/\d{1,2}/\d{2,4}"
    r"|(?!\d{1,2}/\d{1,2}/\d{2,4}\b)"
    r"(?-i:[A-Z]{0,5})[/-]?\d{2,}(?:[/-][A-Z\d]{2,}){1,3}"
    r"|\d{5,})\b"
)


class PoliceReferenceRecognizer(UkPatternRecognizer):
    """Recognise police crime, incident and log references."""

    ENTITY = ENTITY

    PATTERNS = [
        Pattern(
            "force prefix, serial, year (CRI/12345/24)",
            r"(?-i:\b[A-Z]{2,5}[/ ]\d{3,8}/\d{2,4}\b)",
            0.4,
        ),
        Pattern(
            "force, date, serial (MPS-240315-0042)",
            r"(?-i:\b[A-Z]{2,5}-\d{6}-\d{3,6}\b)",
            0.5,
        ),
        Pattern("number after a key word", KEY + KEYED_VALUE, 0.7),
    ]

    CONTEXT = ["crime", "incident", "police", "reference", "log", "occurrence"]
