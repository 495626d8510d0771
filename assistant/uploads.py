"""Letters and complaints uploaded as files: plain text, Word (.docx) or PDF.

A file that cannot be read is refused with the reason; nothing is half-read. A
draft can also be downloaded as a Word document.
"""

import io

from docx import Document

from assistant.errors import InputError

ACCEPTED = (".txt", ".docx", ".pdf")


class UploadError(InputError):
    """An uploaded file that cannot be read; the message says why."""


def read_upload(filename: str, data: bytes) -> str:
    """Return the text of an uploaded file."""
    name = (filename or "").lower()
    if not data:
        raise UploadError(f"the file {filename} is empty")
    if name.endswith(".docx"):
        return _docx_text(data, filename)
    if name.endswith(".pdf"):
        return _pdf_text(data, filename)
    if name.endswith(".txt") or "." not in name:
        return _plain_text(data, filename)
    raise UploadError(f"{filename}: upload a {', '.join(ACCEPTED)} file")


def letter_as_docx(text: str, title: str) -> bytes:
    """Return ``text`` as a Word document, one paragraph per block of lines."""
    document = Document()
    document.core_properties.title = title
    for block in text.split("\n\n"):
        paragraph = document.add_paragraph()
        lines = block.split("\n")
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _plain_text(data: bytes, filename: str) -> str:
    if b"\x00" in data[:4096]:
        raise UploadError(f"{filename} is not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadError(f"{filename} is not UTF-8 text; save it as UTF-8") from None
    return _non_empty(text, filename)


def _docx_text(data: bytes, filename: str) -> str:
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # a broken zip or XML surfaces as many exception types
        raise UploadError(f"{filename} is not a readable Word document") from None
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    return _non_empty(text, filename)


def _pdf_text(data: bytes, filename: str) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UploadError(f"{filename} is password-protected")
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except UploadError:
        raise
    except Exception:  # pypdf raises many types for damaged files
        raise UploadError(f"{filename} is not a readable PDF") from None
    return _non_empty(text, filename)


def _non_empty(text: str, filename: str) -> str:
    if not text.strip():
        raise UploadError(f"{filename} has no text")
    return text
