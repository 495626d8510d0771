"""The OpenAPI 3.1 description of the JSON API, built from the request models.

A test checks that every route of the API is described here and nothing else is,
and that example requests validate against the described schemas.
"""

from assistant import __version__

PROBLEM = {"$ref": "#/components/schemas/Problem"}
STRING = {"type": "string"}
OPTIONAL_STRING = {"type": ["string", "null"]}
TIMESTAMP = {"type": "string", "format": "date-time"}
JUDGES = ["rules", "llm", "hybrid"]
REFERENCE = {
    "name": "reference",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},
}
EVALUATION = {
    "name": "evaluation_id",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
}


def openapi_document() -> dict:
    """Return the OpenAPI document."""
    from assistant.web.api import CritiqueRequest, LetterRequest, RedactionRequest
    from assistant.web.letters_api import NewLetter, NewVersion, SignOffRequest

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Complaints assistant API",
            "version": __version__,
            "description": "Checks, redactions and guidance search for CPS "
            "complaint response letters, the letters' versions and sign-off, and "
            "evaluations of letter datasets. Errors are application/problem+json.",
        },
        "paths": {
            "/api/v1/checks": {
                "post": _operation(
                    "Run the pre-send check on a letter",
                    "LetterRequest",
                    "PresendCheck",
                )
            },
            "/api/v1/critiques": {
                "post": _operation(
                    "Critique a draft against its complaint",
                    "CritiqueRequest",
                    "Critique",
                )
            },
            "/api/v1/structures": {
                "post": _operation(
                    "Propose a headed structure for the reply",
                    "LetterRequest",
                    "Structure",
                )
            },
            "/api/v1/redactions": {
                "post": _operation(
                    "Redact names that must not appear", "RedactionRequest", "Redaction"
                )
            },
            "/api/v1/guidance": {"get": _search()},
            "/api/v1/questions": {"get": _get("The Annex A question catalogue")},
            "/api/v1/openapi.json": {"get": _get("This document")},
            **_letter_paths(),
            **_evaluation_paths(),
        },
        "components": {
            "schemas": {
                "LetterRequest": _schema(LetterRequest),
                "Critique": _critique_schema(),
                "CritiqueRequest": _schema(CritiqueRequest),
                "Structure": _structure_schema(),
                "RedactionRequest": _schema(RedactionRequest),
                "PresendCheck": _presend_schema(),
                "Redaction": _redaction_schema(),
                "Citation": _citation_schema(),
                "Problem": _problem_schema(),
                "NewLetter": _schema(NewLetter),
                "NewVersion": _schema(NewVersion),
                "SignOffRequest": _schema(SignOffRequest),
                "Letter": _letter_schema(),
                "LetterVersion": _version_schema(),
                "StoredCheck": _stored_check_schema(),
                "SignOff": _sign_off_schema(),
                "Override": _override_schema(),
                "Evaluation": _evaluation_schema(),
            }
        },
    }


def _operation(summary: str, request: str, response: str) -> dict:
    return {
        "summary": summary,
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{request}"}
                }
            },
        },
        "responses": {
            "200": _json_response({"$ref": f"#/components/schemas/{response}"}),
            "413": _problem_response("Request too large"),
            "422": _problem_response("The request is not valid"),
        },
    }


def _search() -> dict:
    return {
        "summary": "Search the guidance",
        "parameters": [
            {
                "name": "q",
                "in": "query",
                "required": True,
                "schema": {"type": "string"},
            },
            {
                "name": "k",
                "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 50},
            },
        ],
        "responses": {
            "200": _json_response(
                {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}}
            ),
            "422": _problem_response("The request is not valid"),
        },
    }


def _letter_paths() -> dict:
    letter = "/api/v1/letters/{reference}"
    versions = [REFERENCE, _version_query("from"), _version_query("to")]
    diff = {"type": "object", "required": ["diff"], "properties": {"diff": STRING}}
    overrides = {"type": "array", "items": _component("Override")}
    return {
        "/api/v1/letters": {
            "post": _create(
                "Store a letter and its first draft", "NewLetter", "Letter", []
            )
        },
        letter: {
            "get": _read("A letter, its versions and its status", "Letter", [REFERENCE])
        },
        f"{letter}/versions": {
            "post": _create(
                "Store a new version of the letter",
                "NewVersion",
                "LetterVersion",
                [REFERENCE],
            )
        },
        f"{letter}/diff": {
            "get": _read("A line diff between two versions", diff, versions)
        },
        f"{letter}/checks": {
            "post": _create(
                "Run the pre-send check on the latest version and store it",
                None,
                "StoredCheck",
                [REFERENCE],
            )
        },
        f"{letter}/sign-off": {
            "post": _create(
                "Sign the checked latest version off as ready to send",
                "SignOffRequest",
                "SignOff",
                [REFERENCE],
            )
        },
        "/api/v1/overrides": {
            "get": _read("Every overridden blocking finding", overrides, [])
        },
    }


def _evaluation_paths() -> dict:
    run = "/api/v1/evaluations/{evaluation_id}"
    answers = {"type": "array", "items": {"type": "object"}}
    tables = _object({"annex_b": STRING, "areas": STRING})
    agreement = _object({"agreement": STRING})
    return {
        "/api/v1/evaluations": {"post": _start_evaluation()},
        run: {"get": _read("Where an evaluation stands", "Evaluation", [EVALUATION])},
        f"{run}/answers": {
            "get": _finished("The judge's answer line for every letter", answers)
        },
        f"{run}/tables": {
            "get": _finished("The Annex B and area tables as Markdown", tables)
        },
        f"{run}/agreement": {
            "get": _finished(
                "Agreement with the gold labels as Markdown (404 if none)", agreement
            )
        },
        f"{run}/report.html": {"get": _html_report()},
    }


def _create(summary: str, request: str | None, response: str, parameters: list) -> dict:
    operation = {
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "201": _json_response(_component(response), "Created"),
            "403": _problem_response("Your role may not do this"),
            "422": _problem_response("The request is not valid"),
        },
    }
    if request:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _component(request)}},
        }
    if parameters:
        operation["responses"]["404"] = _problem_response("No such letter")
    return operation


def _read(summary: str, response: str | dict, parameters: list) -> dict:
    schema = _component(response) if isinstance(response, str) else response
    responses = {
        "200": _json_response(schema),
        "403": _problem_response("Your role may not do this"),
    }
    if any(parameter["in"] == "path" for parameter in parameters):
        responses["404"] = _problem_response("Not found")
    if any(parameter["in"] == "query" for parameter in parameters):
        responses["422"] = _problem_response("The request is not valid")
    return {"summary": summary, "parameters": parameters, "responses": responses}


def _finished(summary: str, schema: dict) -> dict:
    operation = _read(summary, schema, [EVALUATION])
    operation["responses"]["409"] = _problem_response("Not finished, or failed")
    return operation


def _start_evaluation() -> dict:
    upload = {
        "type": "object",
        "required": ["dataset"],
        "properties": {
            "dataset": {"type": "string", "contentMediaType": "application/x-ndjson"}
        },
    }
    return {
        "summary": "Validate a letter dataset and evaluate it in the background",
        "parameters": [
            {"name": "judge", "in": "query", "schema": {"enum": JUDGES}},
            {"name": "skip_invalid", "in": "query", "schema": {"type": "boolean"}},
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/x-ndjson": {"schema": STRING},
                "multipart/form-data": {"schema": upload},
            },
        },
        "responses": {
            "202": {
                **_json_response(_component("Evaluation"), "Accepted"),
                "headers": {"Location": {"schema": STRING}},
            },
            "403": _problem_response("Your role may not do this"),
            "413": _problem_response("Request too large"),
            "422": _problem_response("The dataset or a record in it is not valid"),
        },
    }


def _html_report() -> dict:
    operation = _finished("The self-contained HTML report", STRING)
    operation["responses"]["200"] = {
        "description": "OK",
        "content": {"text/html": {"schema": STRING}},
    }
    return operation


def _version_query(name: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    }


def _get(summary: str) -> dict:
    return {
        "summary": summary,
        "responses": {"200": _json_response({"type": "object"})},
    }


def _json_response(schema: dict, description: str = "OK") -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def _component(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, optional: tuple[str, ...] = ()) -> dict:
    required = [name for name in properties if name not in optional]
    return {"type": "object", "required": required, "properties": properties}


def _problem_response(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM}},
    }


def _schema(model) -> dict:
    schema = model.model_json_schema()
    return _inline(schema, schema.pop("$defs", {}))


def _inline(node, definitions: dict):
    if isinstance(node, dict):
        reference = node.get("$ref", "")
        name = reference.rsplit("/", 1)[-1]
        if name in definitions:
            return _inline(definitions[name], definitions)
        return {key: _inline(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node


def _finding_schema() -> dict:
    return {
        "type": "object",
        "required": ["question", "answer", "severity", "code", "reason"],
        "properties": {
            "question": {"type": "string"},
            "title": {"type": "string"},
            "answer": {"type": "string"},
            "severity": {"enum": ["blocking", "advisory", "ok"]},
            "code": {"type": "string"},
            "reason": {"type": "string"},
            "evidence": {"type": ["string", "null"]},
            "start": {"type": ["integer", "null"]},
            "confidence": {"type": "number"},
        },
    }


def _presend_schema() -> dict:
    finding = _finding_schema()
    return {
        "type": "object",
        "required": ["judgement", "ready_to_send", "blocking", "findings"],
        "properties": {
            "judgement": {"type": "object"},
            "ready_to_send": {"type": "boolean"},
            "blocking": {"type": "array", "items": finding},
            "findings": {"type": "array", "items": finding},
        },
    }


def _redaction_schema() -> dict:
    item = {
        "type": "object",
        "required": [
            "start",
            "end",
            "text",
            "person",
            "rule",
            "placeholder",
            "confidence",
        ],
        "properties": {
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "text": {"type": "string"},
            "person": {"type": "string"},
            "rule": {
                "enum": [
                    "suspect_not_charged",
                    "youth_defendant",
                    "rape_victim",
                    "witness",
                    "other",
                    "person",
                ]
            },
            "placeholder": {"type": "string"},
            "confidence": {"type": "number"},
        },
    }
    return {
        "type": "object",
        "required": ["redacted_text", "findings"],
        "properties": {
            "redacted_text": {"type": "string"},
            "findings": {"type": "array", "items": item},
        },
    }


def _citation_schema() -> dict:
    return {
        "type": "object",
        "required": ["document", "section", "version", "text", "score"],
        "properties": {
            "document": {"type": "string"},
            "section": {"type": "string"},
            "version": {"type": "string"},
            "text": {"type": "string"},
            "score": {"type": "number"},
        },
    }


def _letter_schema() -> dict:
    return _object(
        {
            "reference": STRING,
            "stage": {"enum": [1, 2]},
            "complaint_type": {"enum": ["legal", "service", "mixed"]},
            "area": OPTIONAL_STRING,
            "complainant_name": OPTIONAL_STRING,
            "complaint": OPTIONAL_STRING,
            "status": {"enum": ["draft", "ready_to_send"]},
            "created_by": STRING,
            "created_at": TIMESTAMP,
            "versions": {"type": "array", "items": _component("LetterVersion")},
        }
    )


def _version_schema() -> dict:
    return _object(
        {
            "number": {"type": "integer", "minimum": 1},
            "kind": {"enum": ["draft", "manager_qa", "coordinator_qa", "final"]},
            "author": STRING,
            "created_at": TIMESTAMP,
            "text": OPTIONAL_STRING,
        }
    )


def _stored_check_schema() -> dict:
    return _object(
        {
            "id": {"type": "integer"},
            "version": {"type": "integer"},
            "ready_to_send": {"type": "boolean"},
            "blocking": {"type": "integer", "minimum": 0},
            "findings": {"type": "array", "items": _finding_schema()},
            "rules_version": STRING,
            "catalogue_version": STRING,
            "knowledge_version": STRING,
            "run_by": STRING,
            "created_at": TIMESTAMP,
        }
    )


def _sign_off_schema() -> dict:
    override = _object({"code": STRING, "reason": STRING})
    return _object(
        {
            "id": {"type": "integer"},
            "letter": STRING,
            "check_id": {"type": "integer"},
            "signed_by": STRING,
            "lessons_learnt": STRING,
            "overrides": {"type": "array", "items": override},
            "status": {"enum": ["ready_to_send"]},
            "created_at": TIMESTAMP,
        }
    )


def _override_schema() -> dict:
    return _object(
        {
            "letter": STRING,
            "code": STRING,
            "reason": STRING,
            "signed_by": STRING,
            "created_at": TIMESTAMP,
        }
    )


def _evaluation_schema() -> dict:
    progress = _object({"done": {"type": "integer"}, "total": {"type": "integer"}})
    return _object(
        {
            "id": STRING,
            "status": {"enum": ["queued", "running", "finished", "failed"]},
            "progress": progress,
            "judge": STRING,
            "dataset": STRING,
            "skipped": {"type": "array", "items": STRING},
            "unknown_fields": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
            },
            "files": {"type": "array", "items": STRING},
            "notes": STRING,
            "error": STRING,
        },
        optional=("files", "notes", "error"),
    )


def _problem_schema() -> dict:
    return {
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "errors": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "field": {"type": "string"},
                        "message": {"type": "string"},
                    },
                },
            },
        },
    }


def _structure_section() -> dict:
    return {
        "type": "object",
        "required": ["heading", "purpose", "suggested_text", "citations", "source"],
        "properties": {
            "heading": {"type": "string"},
            "purpose": {"type": "string"},
            "suggested_text": {"type": "string"},
            "citations": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Citation"},
            },
            "source": {"enum": ["rules", "model"]},
        },
    }


def _structure_schema() -> dict:
    return {
        "type": "object",
        "required": ["structure", "suggested_complaint_type"],
        "properties": {
            "structure": {"type": "array", "items": _structure_section()},
            "suggested_complaint_type": {"type": "object"},
        },
    }


def _critique_schema() -> dict:
    return {
        "type": "object",
        "required": [
            "findings",
            "issues",
            "issue_findings",
            "suggested_complaint_type",
            "structure",
            "rewrites",
            "versions",
            "notes",
        ],
        "properties": {
            "findings": {"type": "array", "items": {"type": "object"}},
            "issues": {"type": "array", "items": {"type": "object"}},
            "issue_findings": {"type": "array", "items": {"type": "object"}},
            "suggested_complaint_type": {"type": "object"},
            "structure": {"type": "array", "items": _structure_section()},
            "rewrites": {"type": "array", "items": {"type": "object"}},
            "versions": {"type": "object"},
            "notes": {"type": "array", "items": {"type": "string"}},
            "stored_as": {"type": "integer"},
        },
    }
