"""The OpenAPI 3.1 description of the JSON API, built from the request models.

A test checks that every route of the API is described here and nothing else is,
and that example requests validate against the described schemas.
"""

from assistant import __version__

PROBLEM = {"$ref": "#/components/schemas/Problem"}


def openapi_document() -> dict:
    """Return the OpenAPI document."""
    from assistant.web.api import LetterRequest, RedactionRequest

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Complaints assistant API",
            "version": __version__,
            "description": "Checks, redactions and guidance search for CPS "
            "complaint response letters. Errors are application/problem+json.",
        },
        "paths": {
            "/api/v1/checks": {
                "post": _operation(
                    "Run the pre-send check on a letter",
                    "LetterRequest",
                    "PresendCheck",
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
        },
        "components": {
            "schemas": {
                "LetterRequest": _schema(LetterRequest),
                "RedactionRequest": _schema(RedactionRequest),
                "PresendCheck": _presend_schema(),
                "Redaction": _redaction_schema(),
                "Citation": _citation_schema(),
                "Problem": _problem_schema(),
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


def _get(summary: str) -> dict:
    return {
        "summary": summary,
        "responses": {"200": _json_response({"type": "object"})},
    }


def _json_response(schema: dict) -> dict:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


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


def _presend_schema() -> dict:
    finding = {
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
