"""Email addresses.

Presidio's own email recognizer checks the domain with ``tldextract``, which
fetches the public suffix list over the network the first time it runs. This one
checks the shape of the address instead, so nothing is downloaded at run time.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "EMAIL_ADDRESS"

LABEL = r"[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?"


class EmailAddressRecognizer(PatternRecognizer):
    """Recognise email addresses by their shape."""

    PATTERNS = [
        Pattern(
            "email address",
            rf"(?<![\w.+-])[\w.%+'-]+@(?:{LABEL}\.)+[a-z]{{2,24}}(?![\w-])",
            0.5,
        ),
    ]

    CONTEXT = ["email", "e-mail", "mail", "contact", "write"]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = ENTITY,
    ):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject local parts that start, end or run with a dot."""
        local = pattern_text.rsplit("@", 1)[0]
        return not (local.startswith(".") or local.endswith(".") or ".." in local)
