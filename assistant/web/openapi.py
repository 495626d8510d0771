"""The OpenAPI 3.1 description of the JSON API, built from the request models.

A test checks that every route of the API is described here and nothing else is,
and that example requests validate against the described schemas.
"""

from assistant import __version__
from assistant.web import api_schemas as schemas

PROBLEM = {"$ref": "#/components/schemas/Problem"}
STRING = schemas.STRING
OPTIONAL_STRING = schemas.OPTIONAL_STRING
TIMESTAMP = schemas.TIMESTAMP
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
                "LetterRequest": schemas.schema(LetterRequest),
                "Critique": schemas.critique_schema(),
                "CritiqueRequest": schemas.schema(CritiqueRequest),
                "Structure": schemas.structure_schema(),
                "RedactionRequest": schemas.schema(RedactionRequest),
                "PresendCheck": schemas.presend_schema(),
                "Redaction": schemas.redaction_schema(),
                "Citation": schemas.citation_schema(),
                "Problem": schemas.problem_schema(),
                "NewLetter": schemas.schema(NewLetter),
                "NewVersion": schemas.schema(NewVersion),
                "SignOffRequest": schemas.schema(SignOffRequest),
                "Letter": schemas.letter_schema(),
                "LetterVersion": schemas.version_schema(),
                "StoredCheck": schemas.stored_check_schema(),
                "SignOff": schemas.sign_off_schema(),
                "Override": schemas.override_schema(),
                "Evaluation": schemas.evaluation_schema(),
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
    overrides = {"type": "array", "items": schemas.component("Override")}
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
    tables = schemas.object_schema({"annex_b": STRING, "areas": STRING})
    agreement = schemas.object_schema({"agreement": STRING})
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
            "201": _json_response(schemas.component(response), "Created"),
            "403": _problem_response("Your role may not do this"),
            "422": _problem_response("The request is not valid"),
        },
    }
    if request:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": schemas.component(request)}},
        }
    if parameters:
        operation["responses"]["404"] = _problem_response("No such letter")
    return operation


def _read(summary: str, response: str | dict, parameters: list) -> dict:
    schema = schemas.component(response) if isinstance(response, str) else response
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
                **_json_response(schemas.component("Evaluation"), "Accepted"),
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


def _problem_response(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM}},
    }
