"""The JSON API under ``/api/v1``, described by ``/api/v1/openapi.json``."""

from flask import Blueprint, jsonify, request
from pydantic import BaseModel, ConfigDict, Field

from assistant.catalogue import load_catalogue
from assistant.errors import InputError
from assistant.letters import CaseParty, ComplaintType, LetterRecord, Stage
from assistant.presend_check import run_presend_check
from assistant.redaction import redact
from assistant.web.auth import requires
from assistant.web.openapi import openapi_document

ALL_ROLES = ("legal_manager", "complaints_coordinator", "quality_lead")

api = Blueprint("api", __name__, url_prefix="/api/v1")


class LetterRequest(BaseModel):
    """A letter to check, with what is known of the complaint."""

    model_config = ConfigDict(extra="forbid")

    letter: str = Field(min_length=1)
    stage: Stage
    complaint_type: ComplaintType
    complaint: str = ""
    complainant_name: str | None = None
    accessibility_needs: str | None = None
    case_parties: list[CaseParty] | None = None

    def record(self, letter_id: str = "request") -> LetterRecord:
        """Return the request as a letter record."""
        return LetterRecord(id=letter_id, **self.model_dump(exclude_none=True))


class CritiqueRequest(LetterRequest):
    """A draft to critique; with ``reference`` the critique is stored for it."""

    reference: str | None = None

    def record(self, letter_id: str = "request") -> LetterRecord:
        """Return the request as a letter record."""
        data = self.model_dump(exclude_none=True, exclude={"reference"})
        return LetterRecord(id=letter_id, **data)


class RedactionRequest(BaseModel):
    """A letter to redact."""

    model_config = ConfigDict(extra="forbid")

    letter: str
    complainant_name: str | None = None
    case_parties: list[CaseParty] | None = None
    all_persons: bool = False


@api.post("/checks")
@requires(*ALL_ROLES)
def create_check():
    """Run the pre-send check on a letter."""
    body = LetterRequest.model_validate(request_json())
    return jsonify(run_presend_check(body.record()).to_json())


@api.post("/critiques")
@requires("legal_manager", "complaints_coordinator")
def create_critique():
    """Critique a draft against its complaint, with cited guidance."""
    from assistant.critique import critique
    from assistant.openai_models import configured_chat_client

    body = CritiqueRequest.model_validate(request_json())
    result = critique(body.record(), configured_chat_client())
    output = result.to_json()
    if body.reference:
        output["stored_as"] = _store_critique(body.reference, body, result)
    return jsonify(output)


def _store_critique(reference: str, body: LetterRequest, result) -> int:
    """Save the critique against the letter's version with this text."""
    from assistant.critique_records import record_critique
    from assistant.letter_history import add_version, get_letter
    from assistant.web.auth import current_user, db

    letter = get_letter(db(), reference)
    latest = letter.versions[-1]
    version = (
        latest
        if latest.text == body.letter
        else add_version(db(), letter, body.letter, "draft", current_user().username)
    )
    run = record_critique(db(), letter, version, result, current_user().username)
    db().commit()
    return run.id


@api.post("/structures")
@requires("legal_manager", "complaints_coordinator")
def create_structure():
    """Propose a headed structure for the reply from the complaint's issues."""
    from assistant.critique import critique

    result = critique(LetterRequest.model_validate(request_json()).record()).to_json()
    return jsonify(
        {
            "structure": result["structure"],
            "suggested_complaint_type": result["suggested_complaint_type"],
        }
    )


@api.post("/redactions")
@requires(*ALL_ROLES)
def create_redaction():
    """Redact names that must not appear (or every person) from a letter."""
    body = RedactionRequest.model_validate(request_json())
    record = LetterRecord.model_construct(
        id="request",
        stage=1,
        complaint_type="legal",
        complaint="",
        letter=body.letter,
        complainant_name=body.complainant_name,
        case_parties=body.case_parties,
    )
    return jsonify(redact(record, all_persons=body.all_persons).to_json())


@api.get("/guidance")
@requires(*ALL_ROLES)
def search_guidance():
    """Search the guidance; each result cites document, section and version."""
    from assistant.retrieval import get_retriever

    query = request.args.get("q", "").strip()
    if not query:
        raise InputError("give the words to search for in the 'q' parameter")
    k = request.args.get("k", "5")
    if not k.isdigit() or not 1 <= int(k) <= 50:
        raise InputError("'k' must be a whole number from 1 to 50")
    return jsonify([c.to_json() for c in get_retriever().search(query, int(k))])


@api.get("/questions")
@requires(*ALL_ROLES)
def list_questions():
    """List the Annex A questions and the answers each allows."""
    return jsonify(load_catalogue().model_dump())


@api.get("/openapi.json")
def openapi():
    """Return the OpenAPI 3.1 description of this API."""
    return jsonify(openapi_document())


def request_json() -> dict:
    """Return the request's JSON object, or refuse a body that is not one."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise InputError("send a JSON object with Content-Type: application/json")
    return data
