"""Read guidance files (Markdown, HTML, Word, PDF) into headed sections.

Each reader returns the document's metadata and its sections as (heading, text)
pairs; anything wrong with one file is a ``DocumentError`` naming the reason, so an
ingest can report it and go on with the others.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from assistant.errors import InputError
from assistant.front_matter import split_front_matter

SUPPORTED = (".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
MARKDOWN_HEADING = re.compile(r"^(#{1,3})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


class DocumentError(InputError):
    """A guidance file that cannot be read; the message says why."""


@dataclass
class GuidanceDocument:
    """A guidance document split at its headings."""

    path: Path
    title: str
    version: str
    metadata: dict[str, str] = field(default_factory=dict)
    sections: list[tuple[str, str]] = field(default_factory=list)


def read_document(path: Path) -> GuidanceDocument:
    """Read one guidance file, or raise ``DocumentError`` saying why it cannot be."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(
            f"unsupported file type '{suffix}'; use {', '.join(SUPPORTED)}"
        )

    reader = {".docx": _read_docx, ".pdf": _read_pdf}.get(suffix)
    if reader is None:
        reader = _read_html if suffix in (".html", ".htm") else _read_markdown
    document = reader(path)

    document.sections = [(h, t) for h, t in document.sections if t.strip()]
    if not document.sections:
        raise DocumentError("the document has no text")
    return document


def _read_markdown(path: Path) -> GuidanceDocument:
    metadata, body = split_front_matter(_text(path))
    title = metadata.get("title") or _first_heading(body) or path.stem
    return GuidanceDocument(
        path, title, _version(metadata), metadata, _md_sections(body, title)
    )


def _md_sections(body: str, title: str) -> list[tuple[str, str]]:
    sections, heading, cursor = [], title, 0
    for match in MARKDOWN_HEADING.finditer(body):
        sections.append((heading, body[cursor : match.start()].strip()))
        heading, cursor = match.group(2).strip(), match.end()
    sections.append((heading, body[cursor:].strip()))
    return sections


def _read_html(path: Path) -> GuidanceDocument:
    parser = _HeadedText()
    parser.feed(_text(path))
    parser.close()
    title = parser.title or (parser.sections[0][0] if parser.sections else path.stem)
    metadata = {"title": title, **parser.meta}
    return GuidanceDocument(path, title, _version(metadata), metadata, parser.sections)


def _read_docx(path: Path) -> GuidanceDocument:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise DocumentError(
            f"not a readable Word file ({type(error).__name__})"
        ) from None
    except Exception as error:  # zip and XML faults surface as many types
        raise DocumentError(f"corrupt Word file ({type(error).__name__})") from None

    properties = document.core_properties
    title = properties.title or path.stem
    sections, heading, lines = [], title, []
    for paragraph in document.paragraphs:
        if paragraph.style.name.lower().startswith(("heading", "title")):
            sections.append((heading, "\n".join(lines)))
            heading, lines = paragraph.text.strip() or heading, []
        elif paragraph.text.strip():
            lines.append(paragraph.text.strip())
    sections.append((heading, "\n".join(lines)))
    version = properties.revision and str(properties.revision)
    metadata = {"title": title, "version": version or ""}
    return GuidanceDocument(path, title, _version(metadata), metadata, sections)


def _read_pdf(path: Path) -> GuidanceDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise DocumentError("the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, OSError, KeyError) as error:
        raise DocumentError(f"corrupt PDF ({type(error).__name__})") from None

    info = reader.metadata or {}
    title = (info.get("/Title") or path.stem).strip()
    sections = [(f"{title}, page {n}", text.strip()) for n, text in enumerate(pages, 1)]
    return GuidanceDocument(path, title, "unversioned", {"title": title}, sections)


class _HeadedText(HTMLParser):
    """Collect text under h1-h3 headings, skipping scripts and styles."""

    def __init__(self):
        super().__init__()
        self.title, self.meta, self.sections = "", {}, []
        self._heading, self._lines, self._in, self._skip = None, [], None, 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("h1", "h2", "h3", "title"):
            self._in, self._buffer = tag, []
        elif tag == "meta" and attributes.get("name") in ("version", "effective_date"):
            self.meta[attributes["name"]] = attributes.get("content", "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == self._in:
            text = " ".join("".join(self._buffer).split())
            if tag == "title":
                self.title = text
            else:
                self._flush()
                self._heading = text
            self._in = None
        elif tag in ("p", "li", "div", "br", "tr"):
            self._lines.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in:
            self._buffer.append(data)
        else:
            self._lines.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        text = re.sub(r"\n\s*\n+", "\n", "".join(self._lines)).strip()
        if text or self._heading:
            self.sections.append((self._heading or self.title, text))
        self._lines = []


def _text(path: Path) -> str:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise DocumentError("binary content in a text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("not UTF-8 text") from None


def _first_heading(body: str) -> str | None:
    match = MARKDOWN_HEADING.search(body)
    return match.group(2).strip() if match else None


def _version(metadata: dict[str, str]) -> str:
    return metadata.get("version") or metadata.get("effective_date") or "unversioned"
