"""The shape every recognizer of this package shares: patterns, context, flags.

A recognizer sets ``ENTITY``, ``PATTERNS`` and, where it has them, ``CONTEXT``
words and regex ``FLAGS``; without ``FLAGS`` Presidio's defaults apply.
"""

from presidio_analyzer import Pattern, PatternRecognizer


class UkPatternRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer configured by class attributes."""

    ENTITY: str = ""
    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] | None = None
    FLAGS: int | None = None

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
    ):
        options = {} if self.FLAGS is None else {"global_regex_flags": self.FLAGS}
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            **options,
        )
