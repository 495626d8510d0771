"""Reading guidance files of every supported kind, and refusing broken ones."""

import pytest
from docx import Document
from pypdf import PdfWriter

from assistant.guidance_documents import DocumentError, read_document

MARKDOWN = """---
title: Escalation guide
source: internal
version: 2026-04
effective_date: 2026-04-01
audience: legal managers
---

Opening words about stages.

## Time limits

Ask within one calendar month of the date of the letter.

### Late requests

A late request may still be accepted.
"""


def pdf_with_text(text: str) -> bytes:
    """Return a minimal, valid one-page PDF that draws ``text``."""
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_when_markdown_has_front_matter_then_title_version_and_sections_are_kept(
    tmp_path,
):
    path = tmp_path / "guide.md"
    path.write_text(MARKDOWN)

    document = read_document(path)

    assert document.title == "Escalation guide"
    assert document.version == "2026-04"
    assert [heading for heading, _ in document.sections] == [
        "Escalation guide",
        "Time limits",
        "Late requests",
    ]
    assert "calendar month" in document.sections[1][1]


def test_when_html_is_read_then_headings_split_it_and_scripts_are_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>IAC page</title><meta name='version' content='3'>"
        "<script>alert('x')</script></head><body><h1>The assessor</h1>"
        "<p>Looks at service complaints.</p><h2>Referral</h2><p>Within one "
        "month of the stage 2 reply.</p></body></html>"
    )

    document = read_document(path)

    assert document.version == "3"
    assert [h for h, _ in document.sections] == ["The assessor", "Referral"]
    assert "alert" not in " ".join(text for _, text in document.sections)


def test_when_a_word_file_has_headings_then_they_become_sections(tmp_path):
    word = Document()
    word.core_properties.title = "Local guidance"
    word.add_heading("Meetings", level=1)
    word.add_paragraph("Offer a meeting to bereaved families.")
    word.add_heading("Remedies", level=2)
    word.add_paragraph("Consider a goodwill payment for service failings.")
    path = tmp_path / "local.docx"
    word.save(path)

    document = read_document(path)

    assert document.title == "Local guidance"
    assert ("Remedies", "Consider a goodwill payment for service failings.") in (
        document.sections
    )


def test_when_a_pdf_has_text_then_each_page_is_a_section(tmp_path):
    path = tmp_path / "leaflet.pdf"
    path.write_bytes(pdf_with_text("Goodwill payments need evidence"))

    document = read_document(path)

    assert "Goodwill payments need evidence" in document.sections[0][1]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "Word file"),
        ("broken.pdf", b"%PDF-1.4 garbage without objects", "PDF"),
        ("empty.md", b"---\ntitle: Nothing\n---\n\n", "no text"),
        ("notes.txt", b"plain text", "unsupported file type '.txt'"),
        ("binary.md", b"\x00\x01\x02binary", "binary"),
        ("latin.md", "Caf\u00e9 guidance".encode("latin-1"), "not UTF-8"),
    ],
)
def test_when_a_file_cannot_be_read_then_the_reason_is_given(
    tmp_path, name, content, reason
):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(DocumentError, match=reason):
        read_document(path)


def test_when_a_pdf_is_password_protected_then_it_is_refused(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)

    with pytest.raises(DocumentError, match="password-protected"):
        read_document(path)
