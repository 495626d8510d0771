"""Letters and their versions: each draft, each QA edit and the final text.

A readable diff between any two versions shows what quality assurance changed,
which is what Annex A q4 and q5 ask about.
"""

import difflib
import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.audit_records import Letter, LetterVersion
from assistant.errors import InputError
from assistant.language import check_text

VERSION_KINDS = ("draft", "manager_qa", "coordinator_qa", "final")


class NotFound(InputError):
    """A letter or version that does not exist."""


def create_letter(
    session: Session,
    reference: str,
    stage: int,
    complaint_type: str,
    text: str,
    author: str,
    complaint: str = "",
    **details,
) -> Letter:
    """Store a new letter with its first draft."""
    if session.scalar(select(Letter).where(Letter.reference == reference)):
        raise InputError(f"a letter with reference '{reference}' already exists")
    letter = Letter(
        reference=reference,
        stage=stage,
        complaint_type=complaint_type,
        complaint_text=complaint or None,
        created_by=author,
        **details,
    )
    session.add(letter)
    session.flush()
    add_version(session, letter, text, "draft", author)
    return letter


def add_version(
    session: Session, letter: Letter, text: str, kind: str, author: str
) -> LetterVersion:
    """Store a new version of ``letter``'s text, numbered after the last one."""
    check_text(text, "letter")
    if kind not in VERSION_KINDS:
        raise InputError(
            f"unknown version kind '{kind}'; use {', '.join(VERSION_KINDS)}"
        )
    last = session.scalar(
        select(func.max(LetterVersion.number)).where(
            LetterVersion.letter_id == letter.id
        )
    )
    version = LetterVersion(
        letter_id=letter.id,
        number=(last or 0) + 1,
        kind=kind,
        text=text,
        text_sha256=hashlib.sha256(text.encode()).hexdigest(),
        author=author,
    )
    session.add(version)
    letter.status = "draft"
    session.flush()
    session.refresh(letter, ["versions"])
    return version


def get_letter(session: Session, reference: str) -> Letter:
    """Return the letter with ``reference``, or raise ``NotFound``."""
    letter = session.scalar(select(Letter).where(Letter.reference == reference))
    if letter is None:
        raise NotFound(f"no letter with reference '{reference}'")
    return letter


def get_version(letter: Letter, number: int) -> LetterVersion:
    """Return version ``number`` of ``letter``, or raise ``NotFound``."""
    for version in letter.versions:
        if version.number == number:
            return version
    raise NotFound(f"letter '{letter.reference}' has no version {number}")


def diff_versions(letter: Letter, first: int, second: int) -> str:
    """Return a readable line diff between two versions of a letter."""
    before, after = get_version(letter, first), get_version(letter, second)
    if before.text is None or after.text is None:
        raise InputError(
            "the text of these versions was deleted under the retention rule"
        )
    lines = difflib.unified_diff(
        before.text.splitlines(),
        after.text.splitlines(),
        fromfile=f"version {first} ({before.kind}, {before.author})",
        tofile=f"version {second} ({after.kind}, {after.author})",
        lineterm="",
    )
    return "\n".join(lines)
