"""Letters under ``/api/v1/letters``: versions, diffs, pre-send checks and sign-off.

Every write is committed when its route succeeds and rolled back when the request
ends in an error, so a refused sign-off leaves nothing half-recorded.
"""

from datetime import UTC, datetime
from typing import Literal

from flask import Blueprint, Response, jsonify, request, url_for
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from werkzeug.exceptions import NotFound

from assistant.audit_records import CheckRun, Letter, LetterVersion, SignOff
from assistant.errors import InputError
from assistant.letter_history import NotFound as MissingRecord
from assistant.letter_history import (
    add_version,
    create_letter,
    diff_versions,
    get_letter,
)
from assistant.letters import ComplaintType, Stage
from assistant.sign_off import override_report, record_check, sign_off
from assistant.web.api import ALL_ROLES, request_json
from assistant.web.auth import current_user, db, requires

DRAFTERS = ("legal_manager", "complaints_coordinator")
REFERENCE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"

# The kinds letter_history.VERSION_KINDS allows; a test keeps the two in step.
VersionKind = Literal["draft", "manager_qa", "coordinator_qa", "final"]

letters_api = Blueprint("letters_api", __name__, url_prefix="/api/v1")


class NewLetter(BaseModel):
    """A reply being written to a complaint, with its first draft."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(pattern=REFERENCE)
    stage: Stage
    complaint_type: ComplaintType
    text: str = Field(min_length=1)
    complaint: str = ""
    complainant_name: str | None = Field(None, max_length=200)
    area: str | None = Field(None, max_length=64)


class NewVersion(BaseModel):
    """A new text of the reply: a draft, a quality-assurance edit or the final."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    kind: VersionKind


class SignOffRequest(BaseModel):
    """A coordinator's sign-off of the check of the latest version."""

    model_config = ConfigDict(extra="forbid")

    check_id: int
    lessons_learnt: str
    overrides: dict[str, str] = Field(default_factory=dict)


@letters_api.after_request
def _roll_back_failed_writes(response: Response) -> Response:
    """Undo anything a request wrote before it ended in an error."""
    if response.status_code >= 400:
        db().rollback()
    return response


@letters_api.post("/letters")
@requires(*DRAFTERS)
def create():
    """Store a new letter with its first draft."""
    body = NewLetter.model_validate(request_json())

    letter = create_letter(
        db(),
        body.reference,
        body.stage,
        body.complaint_type,
        body.text,
        _username(),
        complaint=body.complaint,
        complainant_name=body.complainant_name,
        area=body.area,
    )
    db().commit()

    location = url_for(".show", reference=letter.reference)
    return jsonify(letter_json(letter)), 201, {"Location": location}


@letters_api.get("/letters/<reference>")
@requires(*ALL_ROLES)
def show(reference: str):
    """Return the letter, its versions and its status."""
    return jsonify(letter_json(_letter(reference)))


@letters_api.post("/letters/<reference>/versions")
@requires(*DRAFTERS)
def create_version(reference: str):
    """Store a new version of the letter, written by the caller."""
    letter = _letter(reference)
    body = NewVersion.model_validate(request_json())

    version = add_version(db(), letter, body.text, body.kind, _username())
    db().commit()

    location = url_for(".show", reference=reference)
    return jsonify(version_json(version)), 201, {"Location": location}


@letters_api.get("/letters/<reference>/diff")
@requires(*ALL_ROLES)
def diff(reference: str):
    """Return a line diff between two versions of the letter."""
    first, second = _version_number("from"), _version_number("to")
    letter = _letter(reference)

    try:
        text = diff_versions(letter, first, second)
    except MissingRecord as error:
        raise NotFound(str(error)) from None
    return jsonify({"diff": text})


@letters_api.post("/letters/<reference>/checks")
@requires(*DRAFTERS)
def create_check(reference: str):
    """Run the pre-send check on the latest version and store it."""
    letter = _letter(reference)
    latest = letter.versions[-1]
    if latest.text is None:
        raise InputError("the latest text was deleted under the retention rule")

    run = record_check(db(), letter, latest, _username())
    db().commit()
    return jsonify(check_json(run, latest)), 201


@letters_api.post("/letters/<reference>/sign-off")
@requires("complaints_coordinator")
def create_sign_off(reference: str):
    """Sign the checked latest version off as ready to send."""
    letter = _letter(reference)
    body = SignOffRequest.model_validate(request_json())
    run = _check_run(letter, body.check_id)

    record = sign_off(
        db(), letter, run, _username(), body.lessons_learnt, body.overrides
    )
    db().commit()
    return jsonify(sign_off_json(record, letter)), 201


@letters_api.get("/overrides")
@requires("quality_lead")
def overrides():
    """Return every overridden blocking finding with its letter and reason."""
    rows = override_report(db())
    return jsonify(
        [{**row, "created_at": _timestamp(row["created_at"])} for row in rows]
    )


def letter_json(letter: Letter) -> dict:
    """Return a letter with its versions, as the API shows it."""
    return {
        "reference": letter.reference,
        "stage": letter.stage,
        "complaint_type": letter.complaint_type,
        "area": letter.area,
        "complainant_name": letter.complainant_name,
        "complaint": letter.complaint_text,
        "status": letter.status,
        "created_by": letter.created_by,
        "created_at": _timestamp(letter.created_at),
        "versions": [version_json(version) for version in letter.versions],
    }


def version_json(version: LetterVersion) -> dict:
    """Return one version; its text is null once deleted under retention."""
    return {
        "number": version.number,
        "kind": version.kind,
        "author": version.author,
        "created_at": _timestamp(version.created_at),
        "text": version.text,
    }


def check_json(run: CheckRun, version: LetterVersion) -> dict:
    """Return a stored check with the versions of what produced it."""
    return {
        "id": run.id,
        "version": version.number,
        "ready_to_send": run.blocking == 0,
        "blocking": run.blocking,
        "findings": run.findings,
        "rules_version": run.rules_version,
        "catalogue_version": run.catalogue_version,
        "knowledge_version": run.knowledge_version,
        "run_by": run.run_by,
        "created_at": _timestamp(run.created_at),
    }


def sign_off_json(record: SignOff, letter: Letter) -> dict:
    """Return a sign-off with the findings it overrode and why."""
    return {
        "id": record.id,
        "letter": letter.reference,
        "check_id": record.check_run_id,
        "signed_by": record.signed_by,
        "lessons_learnt": record.lessons_learnt,
        "overrides": [{"code": o.code, "reason": o.reason} for o in record.overrides],
        "status": letter.status,
        "created_at": _timestamp(record.created_at),
    }


def _letter(reference: str) -> Letter:
    try:
        return get_letter(db(), reference)
    except MissingRecord as error:
        raise NotFound(str(error)) from None


def _check_run(letter: Letter, check_id: int) -> CheckRun:
    run = db().scalar(
        select(CheckRun).where(CheckRun.id == check_id, CheckRun.letter_id == letter.id)
    )
    if run is None:
        raise NotFound(f"letter '{letter.reference}' has no check {check_id}")
    return run


def _version_number(name: str) -> int:
    value = request.args.get(name, "")
    if not value.isdigit() or int(value) < 1:
        raise InputError(f"'{name}' must be a version number (1, 2, ...)")
    return int(value)


def _timestamp(moment: datetime) -> str:
    # SQLite hands back naive datetimes; every time stored is UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _username() -> str:
    return current_user().username
