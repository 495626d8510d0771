"""The correct closing paragraph for a reply's stage and complaint type.

The wording is the suggested paragraph kept in ``knowledge/writing-the-reply.md``,
so a legal manager who corrects the guidance corrects the suggestion too.
"""

import re
from dataclasses import dataclass

from assistant.errors import KnowledgeError
from assistant.guidance_citations import cite_section
from assistant.retrieval import Citation

GUIDE = "writing-the-reply.md"
HEADINGS = {
    (1, "legal"): "Closing paragraph for a stage 1 reply",
    (1, "service"): "Closing paragraph for a stage 1 reply",
    (1, "mixed"): "Closing paragraph for a stage 1 reply",
    (2, "legal"): "Closing paragraph for a stage 2 reply to a legal complaint",
    (2, "service"): "Closing paragraph for a stage 2 reply to a service complaint",
    (2, "mixed"): "Closing paragraph for a stage 2 reply to a mixed complaint",
}
QUOTED = re.compile(r'"([^"]+)"', re.DOTALL)


@dataclass(frozen=True)
class ClosingParagraph:
    """Suggested closing wording and the guidance it comes from."""

    text: str
    citation: Citation


def closing_paragraph(stage: int, complaint_type: str) -> ClosingParagraph:
    """Return the suggested closing paragraph for ``stage`` and ``complaint_type``."""
    citation = cite_section(GUIDE, HEADINGS[(stage, complaint_type)])
    quoted = QUOTED.search(citation.text)
    if not quoted:
        raise KnowledgeError(
            f"{GUIDE} has no suggested wording under '{citation.section}'"
        )
    return ClosingParagraph(" ".join(quoted.group(1).split()), citation)
