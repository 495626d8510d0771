"""Cite a named section of the bundled guidance, for points the rules always make.

A rule that always rests on the same guidance (the closing paragraph, what an
apology contains) cites that section directly rather than searching for it.
"""

import re
from functools import lru_cache

from assistant.errors import KnowledgeError
from assistant.front_matter import split_front_matter
from assistant.resources import knowledge_file
from assistant.retrieval import Citation

HEADING = re.compile(r"^#{1,3}[ \t]+(.+?)[ \t]*$", re.MULTILINE)


def cite_section(document: str, heading: str) -> Citation:
    """Return the guidance section ``heading`` of ``document`` as a citation."""
    version, sections = guidance_sections(document)
    if heading not in sections:
        raise KnowledgeError(f"{document} has no section '{heading}'")
    return Citation(document, heading, version, sections[heading], 1.0)


@lru_cache(maxsize=16)
def guidance_sections(document: str) -> tuple[str, dict[str, str]]:
    """Return a bundled guidance document's version and its sections by heading."""
    fields, body = split_front_matter(knowledge_file(document).read_text("utf-8"))
    parts = HEADING.split(body)
    sections = {
        parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)
    }
    version = fields.get("version") or fields.get("effective_date") or "unversioned"
    return version, sections
