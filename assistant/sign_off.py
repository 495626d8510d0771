"""Pre-send sign-off: a letter is ready to send only when nothing blocks it.

A blocking finding must be fixed, or overridden with a written reason; lessons
learnt are captured at sign-off, and a bare yes or no is refused. Checks, overrides
and sign-offs are all recorded.
"""

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import __version__
from assistant.audit_records import CheckRun, Letter, LetterVersion, Override, SignOff
from assistant.catalogue import load_catalogue
from assistant.errors import InputError
from assistant.letters import LetterRecord
from assistant.presend_check import run_presend_check
from assistant.resources import knowledge_version

BARE_ANSWER = re.compile(r"^\W*(?:yes|no|n/?a|none|nil|ok|-)\W*$", re.IGNORECASE)
MIN_REASON_WORDS = 4


class SignOffRefused(InputError):
    """Sign-off is not allowed yet; the message says what is missing."""


def record_check(
    session: Session, letter: Letter, version: LetterVersion, run_by: str
) -> CheckRun:
    """Run the pre-send check on ``version`` and store it with what produced it."""
    record = LetterRecord(
        id=letter.reference,
        stage=letter.stage,
        complaint_type=letter.complaint_type,
        complaint=letter.complaint_text or "",
        letter=version.text,
        complainant_name=letter.complainant_name,
    )
    check = run_presend_check(record)
    run = CheckRun(
        letter_id=letter.id,
        version_id=version.id,
        kind="presend",
        rules_version=__version__,
        catalogue_version=load_catalogue().version,
        knowledge_version=knowledge_version(),
        prompt_version=None,
        model=None,
        answers=check.judgement.to_output_line(),
        findings=[f.to_json() for f in check.findings],
        blocking=len(check.blocking),
        run_by=run_by,
    )
    session.add(run)
    session.flush()
    return run


def sign_off(
    session: Session,
    letter: Letter,
    run: CheckRun,
    signed_by: str,
    lessons_learnt: str,
    overrides: dict[str, str],
) -> SignOff:
    """Mark the checked version ready to send, or raise ``SignOffRefused``."""
    latest = session.scalar(
        select(LetterVersion.id)
        .where(LetterVersion.letter_id == letter.id)
        .order_by(LetterVersion.number.desc())
        .limit(1)
    )
    if run.version_id != latest:
        raise SignOffRefused("the check is of an older version; check the latest one")
    _check_lessons(lessons_learnt)
    blocking = [f for f in run.findings if f["severity"] == "blocking"]
    _check_overrides(blocking, overrides)

    record = SignOff(
        letter_id=letter.id,
        version_id=run.version_id,
        check_run_id=run.id,
        signed_by=signed_by,
        lessons_learnt=lessons_learnt.strip(),
    )
    session.add(record)
    session.flush()
    for finding in blocking:
        session.add(
            Override(
                sign_off_id=record.id,
                question=finding["question"],
                code=finding["code"],
                reason=overrides[finding["code"]].strip(),
            )
        )
    letter.status = "ready_to_send"
    session.flush()
    return record


def override_report(session: Session) -> list[dict]:
    """Return every override with its letter, for quality leads."""
    rows = session.execute(
        select(
            Letter.reference,
            Override.code,
            Override.reason,
            SignOff.signed_by,
            Override.created_at,
        )
        .join(SignOff, Override.sign_off_id == SignOff.id)
        .join(Letter, SignOff.letter_id == Letter.id)
        .order_by(Override.created_at)
    )
    keys = ("letter", "code", "reason", "signed_by", "created_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _check_lessons(lessons: str) -> None:
    if not lessons.strip() or BARE_ANSWER.match(lessons):
        raise SignOffRefused(
            "record the lessons learnt in words (what went wrong or went well, and "
            "what will change); a yes or no alone is not enough"
        )


def _check_overrides(blocking: list[dict], overrides: dict[str, str]) -> None:
    missing = []
    for finding in blocking:
        reason = overrides.get(finding["code"], "")
        if len(reason.split()) < MIN_REASON_WORDS:
            missing.append(f"{finding['code']} ({finding['title']})")
    if missing:
        raise SignOffRefused(
            "blocking findings stand: " + "; ".join(missing) + ". Fix the letter and "
            "check it again, or override each with a written reason"
        )
