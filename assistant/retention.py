"""Retention: letter text older than the retention period is deleted.

Statistics stay: references, stages, answers, severities and sign-offs are kept;
the complaint, every version's text and any quoted evidence are removed.
"""

import json
import logging
import time
from datetime import datetime, timedelta
from pathlib import Path

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


# Files of an evaluation run that quote letters; the tables of counts stay.
QUOTING_FILES = ("findings.jsonl", "report.html", "agreement.md", "agreement.csv")


def purge_expired_evaluations(folder: Path, days: int, now: float | None = None) -> int:
    """Remove quoted letter text from evaluation runs older than ``days``."""
    if not folder.is_dir():
        return 0
    cutoff = (now or time.time()) - days * 86_400
    purged = 0
    for run in (p for p in folder.iterdir() if p.is_dir()):
        answers = run / "answers.jsonl"
        if not answers.is_file() or answers.stat().st_mtime >= cutoff:
            continue
        for name in QUOTING_FILES:
            (run / name).unlink(missing_ok=True)
        _strip_evidence(answers)
        purged += 1
    logger.info("retention purge evaluations=%d days=%d", purged, days)
    return purged


def _strip_evidence(answers: Path) -> None:
    lines = []
    for line in answers.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["evidence"] = {}
        lines.append(json.dumps(record, ensure_ascii=False))
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
