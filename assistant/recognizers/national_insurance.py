"""UK National Insurance numbers (NINOs), with valid prefixes only.

A NINO is two prefix letters, six digits and a suffix A to D: ``AB 12 34 56 C``.
The first letter is never D, F, I, Q, U or V; the second is never D, F, I, O, Q, U
or V; and the pairs BG, GB, KN, NK, NT, TN and ZZ are not issued. So the example
number HMRC prints, ``QQ 12 34 56 C``, is not matched on its own; written straight
after "National Insurance number" any number of that shape is, since a mistyped
or made-up number in a letter still marks out a person.
"""

import re

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "UK_NINO"
# NINOs are written in capitals; matching lower case would catch ordinary words.
FLAGS = re.DOTALL | re.MULTILINE
UNISSUED_PREFIXES = r"(?!BG|GB|KN|NK|NT|TN|ZZ)"


class NationalInsuranceRecognizer(UkPatternRecognizer):
    """Recognise National Insurance numbers with or without spaces."""

    ENTITY = ENTITY
    FLAGS = FLAGS

    PATTERNS = [
        Pattern(
            "NINO",
            rf"\b{UNISSUED_PREFIXES}[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
            0.5,
        ),
        Pattern(
            "NINO after its name",
            r"(?<=(?i:National Insurance) (?i:number|no\.?)[: \t]{1,3}(?:is[ \t]+)?)"
            r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
            0.6,
        ),
    ]

    CONTEXT = ["insurance", "nino"]
