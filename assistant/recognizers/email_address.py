"""Email addresses.

Presidio's own email recognizer checks the domain with ``tldextract``, which
fetches the public suffix list over the network the first time it runs. This one
checks the shape of the address instead, so nothing is downloaded at run time.
"""

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "EMAIL_ADDRESS"

LABEL = r"[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?"


class EmailAddressRecognizer(UkPatternRecognizer):
    """Recognise email addresses by their shape."""

    ENTITY = ENTITY

    PATTERNS = [
        Pattern(
            "email address",
            rf"(?<![\w.+-])[\w.%+'-]+@(?:{LABEL}\.)+[a-z]{{2,24}}(?![\w-])",
            0.5,
        ),
    ]

    CONTEXT = ["email", "e-mail", "mail", "contact", "write"]

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject local parts that start, end or run with a dot."""
        local = pattern_text.rsplit("@", 1)[0]
        return not (local.startswith(".") or local.endswith(".") or ".." in local)
