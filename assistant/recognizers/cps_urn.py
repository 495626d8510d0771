"""CPS unique reference numbers (URNs), the case number on every CPS letter.

A URN is two digits for the police force, two letters for the police station or
unit, a five-digit serial and a two-digit year: ``12AB3456789``. Letters also write
it with spaces, slashes or hyphens: ``12 AB 34567 89``, ``12AB/34567/89``.
"""

import re

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "UK_CPS_URN"
# URNs are written in capitals; matching lower case would catch ordinary words.
FLAGS = re.DOTALL | re.MULTILINE


class CpsUrnRecognizer(UkPatternRecognizer):
    """Recognise CPS URNs in their usual written forms."""

    ENTITY = ENTITY
    FLAGS = FLAGS

    PATTERNS = [
        Pattern(
            "URN (force, station, serial, year)",
            r"\b\d{2}[ /-]?[A-Z]{2}[ /-]?\d{5}[ /-]?\d{2}\b",
            0.6,
        ),
    ]

    CONTEXT = ["urn", "reference", "case"]
