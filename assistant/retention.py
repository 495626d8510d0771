"""Retention: letter text older than the retention period is deleted.

Statistics stay: references, stages, answers, severities and sign-offs are kept;
the complaint, every version's text and any quoted evidence are removed.
"""

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.audit_records import CheckRun, Letter, LetterVersion, utc_now

logger = logging.getLogger(__name__)


def purge_expired_text(session: Session, days: int, now: datetime | None = None) -> int:
    """Delete the text of letters created more than ``days`` ago; return how many."""
    cutoff = (now or utc_now()) - timedelta(days=days)
    letters = session.scalars(
        select(Letter).where(
            Letter.created_at < cutoff, Letter.text_deleted_at.is_(None)
        )
    ).all()
    for letter in letters:
        _purge(session, letter, now or utc_now())
    session.flush()
    logger.info("retention purge letters=%d days=%d", len(letters), days)
    return len(letters)


def _purge(session: Session, letter: Letter, now: datetime) -> None:
    letter.complaint_text = None
    letter.complainant_name = None
    letter.text_deleted_at = now
    for version in session.scalars(
        select(LetterVersion).where(LetterVersion.letter_id == letter.id)
    ):
        version.text = None
    for run in session.scalars(select(CheckRun).where(CheckRun.letter_id == letter.id)):
        run.findings = [{**f, "evidence": None} for f in run.findings]
        run.answers = {**run.answers, "evidence": {}}
