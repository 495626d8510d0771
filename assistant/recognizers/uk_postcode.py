"""UK postcodes, as in a home address.

The pattern follows the position rules of the six postcode shapes (``A9 9AA``,
``A99 9AA``, ``A9A 9AA``, ``AA9 9AA``, ``AA99 9AA``, ``AA9A 9AA``) and ``GIR 0AA``,
in capitals only. A postcode written with its space scores higher than one without,
which is more often a code of some other kind.
"""

import re

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "UK_POSTCODE"
# Postcodes are written in capitals; matching lower case would catch ordinary words.
FLAGS = re.DOTALL | re.MULTILINE

OUTWARD = (
    r"(?:[A-PR-UWYZ]\d[A-HJKPSTUW]?"
    r"|[A-PR-UWYZ]\d{2}"
    r"|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]?"
    r"|[A-PR-UWYZ][A-HK-Y]\d{2})"
)
INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"


class UkPostcodeRecognizer(UkPatternRecognizer):
    """Recognise full UK postcodes."""

    ENTITY = ENTITY
    FLAGS = FLAGS

    PATTERNS = [
        Pattern("postcode with space", rf"\b(?:{OUTWARD} {INWARD}|GIR 0AA)\b", 0.6),
        Pattern("postcode without space", rf"\b(?:{OUTWARD}{INWARD}|GIR0AA)\b", 0.3),
    ]

    CONTEXT = ["postcode", "address", "road", "street", "live", "avenue"]
