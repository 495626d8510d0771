"""UK telephone numbers: mobiles, landlines, 03 and 08 numbers, and +44 forms.

The patterns find number-shaped text; the ``phonenumbers`` library (installed with
Presidio) then checks it against the UK numbering plan. A number the plan allocates
scores full marks, a number of a possible length keeps its pattern score (Ofcom's
drama ranges such as 07700 900123 fall here), and anything else is dropped.
"""

import phonenumbers
from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "UK_PHONE"

PREFIX = r"(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|0044[\s-]?|\(?0)"
END = r"(?![\d/])"


class UkPhoneRecognizer(UkPatternRecognizer):
    """Recognise UK telephone numbers as they are written in letters."""

    ENTITY = ENTITY

    PATTERNS = [
        Pattern("mobile", PREFIX + r"7\d{3}\)?[\s-]?\d{3}[\s-]?\d{3}" + END, 0.4),
        Pattern(
            "landline",
            PREFIX + r"[12]\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}" + END,
            0.4,
        ),
        Pattern(
            "non-geographic (03, 08)",
            PREFIX + r"[38]\d{2}\)?[\s-]?\d{3}[\s-]?\d{3,4}" + END,
            0.4,
        ),
    ]

    CONTEXT = ["phone", "telephone", "tel", "mobile", "call", "ring", "number"]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check the number against the UK numbering plan."""
        try:
            number = phonenumbers.parse(pattern_text, "GB")
        except phonenumbers.NumberParseException:
            return False

        if phonenumbers.is_valid_number(number):
            return True
        return None if phonenumbers.is_possible_number(number) else False
