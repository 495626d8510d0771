"""The plain-English glossary of legal terms kept in ``knowledge/glossary.md``.

The glossary is a Markdown table with the columns term, also written, plain English
and explanation. The jargon check reads it; so can a legal manager.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.errors import KnowledgeError
from assistant.front_matter import split_front_matter
from assistant.resources import knowledge_file

COLUMNS = ["term", "also written", "plain english", "explanation"]


@dataclass(frozen=True)
class GlossaryTerm:
    """A legal term, the forms it is written in and a plain alternative."""

    term: str
    forms: tuple[str, ...]
    plain_english: str
    explanation: str

    @property
    def pattern(self) -> re.Pattern:
        """Return a case-insensitive pattern matching any form as whole words."""
        alternatives = sorted(self.forms, key=len, reverse=True)
        body = "|".join(_flexible(form) for form in alternatives)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def load_glossary() -> tuple[GlossaryTerm, ...]:
    """Load the bundled glossary once."""
    path = knowledge_file("glossary.md")
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    rows = _table_rows(body)
    if not rows:
        raise KnowledgeError("the glossary has no table of terms")
    return tuple(_term(row) for row in rows)


def _table_rows(body: str) -> list[list[str]]:
    rows = []
    for line in body.splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if [c.lower() for c in cells] == COLUMNS or set(line) <= set("|-: "):
            continue
        if len(cells) != len(COLUMNS):
            raise KnowledgeError(f"glossary row has {len(cells)} cells: {line[:60]}")
        rows.append(cells)
    return rows


def _term(cells: list[str]) -> GlossaryTerm:
    term, also, plain, explanation = cells
    forms = [term] + [form.strip() for form in also.split(";") if form.strip()]
    return GlossaryTerm(term, tuple(dict.fromkeys(forms)), plain, explanation)


def _flexible(form: str) -> str:
    words = [re.escape(word) for word in form.split()]
    return r"\s+".join(words)
