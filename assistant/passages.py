"""Passages: the pieces of guidance that retrieval returns and citations point to.

A section longer than a few hundred words is cut at paragraph breaks so that each
passage stays about one point; every piece keeps its document, section and version.
"""

import hashlib
from dataclasses import asdict, dataclass

from assistant.guidance_documents import GuidanceDocument

MAX_WORDS = 260


@dataclass(frozen=True)
class Passage:
    """One retrievable piece of a guidance document."""

    id: str
    document: str
    section: str
    version: str
    title: str
    text: str

    @property
    def embedding_text(self) -> str:
        """Return what is embedded: where the passage sits, then what it says."""
        return f"{self.title}. {self.section}.\n{self.text}"

    def metadata(self) -> dict[str, str]:
        """Return the passage's fields as vector-store metadata."""
        data = asdict(self)
        data.pop("text")
        data.pop("id")
        return data


def split_passages(document: GuidanceDocument, name: str) -> list[Passage]:
    """Split a document into passages, one or more per headed section.

    A passage's id hashes the file's full path with its place and text, so the
    same file in two folders, or the same words in two sections, never collide.
    """
    passages = []
    for section, text in document.sections:
        for index, piece in enumerate(_pieces(text)):
            key = f"{document.path}|{section}|{index}|{piece}"
            passages.append(
                Passage(
                    id=hashlib.sha1(key.encode()).hexdigest()[:20],
                    document=name,
                    section=section,
                    version=document.version,
                    title=document.title,
                    text=piece,
                )
            )
    return passages


def _pieces(text: str) -> list[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    pieces, current = [], []
    for paragraph in paragraphs:
        if _is_table(paragraph):
            pieces.extend(_table_rows(paragraph))
            continue
        if current and _words(current) + len(paragraph.split()) > MAX_WORDS:
            pieces.append("\n\n".join(current))
            current = []
        current.append(paragraph)
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def _is_table(paragraph: str) -> bool:
    lines = paragraph.splitlines()
    return len(lines) > 2 and all(line.lstrip().startswith("|") for line in lines)


def _table_rows(table: str) -> list[str]:
    """Return each row of a Markdown table as its own piece, under its header."""
    lines = [line.strip() for line in table.splitlines()]
    header = lines[0]
    rows = [line for line in lines[1:] if not set(line) <= set("|-: ")]
    return [f"{header}\n{row}" for row in rows]


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)
