"""Uploaded drafts: Word, PDF and text read; broken files refused with a reason."""

import pytest
from pypdf import PdfWriter

from assistant.uploads import UploadError, letter_as_docx, read_upload

LETTER = "Dear Mrs Okafor\n\nThank you for your letter.\n\nYours sincerely\nHelen Price"


def test_when_a_draft_is_downloaded_as_word_then_it_reads_back_the_same():
    data = letter_as_docx(LETTER, "Draft reply")

    text = read_upload("draft.docx", data)

    assert text.replace("\n", " ").split() == LETTER.replace("\n", " ").split()


def test_when_a_text_file_is_uploaded_then_its_text_comes_back():
    assert read_upload("draft.txt", LETTER.encode("utf-8-sig")) == LETTER


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("draft.docx", b"PK\x03\x04not a real document", "not a readable Word"),
        ("draft.pdf", b"%PDF-1.4 broken", "not a readable PDF"),
        ("draft.txt", b"", "is empty"),
        ("draft.txt", b"\x00\x01binary", "not a text file"),
        ("draft.txt", "Caf\u00e9".encode("cp1252"), "not UTF-8"),
        ("draft.rtf", b"{\\rtf1 hello}", "upload a .txt, .docx, .pdf file"),
        ("draft.docx", letter_as_docx("   ", "blank"), "has no text"),
    ],
)
def test_when_an_upload_cannot_be_read_then_the_reason_is_given(name, data, words):
    with pytest.raises(UploadError, match=words):
        read_upload(name, data)


def test_when_a_pdf_is_password_protected_then_it_is_refused(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)

    with pytest.raises(UploadError, match="password-protected"):
        read_upload("locked.pdf", path.read_bytes())
