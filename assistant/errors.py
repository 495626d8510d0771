"""Typed errors of the product; every fault a user can cause is one of these.

    AssistantError                 base; carries a safe, user-facing message
    ├── InputError                 bad input the user can fix
    │   ├── LetterTextError        empty, binary or over-long letter text
    │   ├── DatasetError           a dataset file that cannot be read at all
    │   └── RecordError            one bad record: line number and field
    ├── KnowledgeError             the knowledge base is missing or malformed
    └── PseudonymisationError      names could not be hidden; nothing may be sent

The CLI prints the message and exits non-zero; the web service maps each class to
one HTTP status in one JSON shape.
"""


class AssistantError(Exception):
    """Base class; ``str(error)`` is safe to show to a user."""


class InputError(AssistantError):
    """Input the user can fix."""


class LetterTextError(InputError):
    """Letter or complaint text that cannot be reviewed."""


class DatasetError(InputError):
    """A dataset file that cannot be read."""


class RecordError(InputError):
    """One invalid record in a dataset, located by line and field."""

    def __init__(self, line: int, field: str, message: str):
        self.line = line
        self.field = field
        self.problem = message
        super().__init__(f"line {line}: field '{field}': {message}")


class KnowledgeError(AssistantError):
    """The knowledge base is missing or malformed."""


class PseudonymisationError(AssistantError):
    """Personal data could not be hidden, so the text must not leave the process."""
