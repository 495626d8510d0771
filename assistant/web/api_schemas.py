"""Schemas of the API's requests and responses, for the OpenAPI document.

Request schemas come from the pydantic models the routes validate with; response
schemas are written out here, next to each other, so one file shows every shape
the API returns.
"""

STRING = {"type": "string"}
OPTIONAL_STRING = {"type": ["string", "null"]}
TIMESTAMP = {"type": "string", "format": "date-time"}


def component(name: str) -> dict:
    """Return a reference to the named component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def object_schema(properties: dict, optional: tuple[str, ...] = ()) -> dict:
    """Return an object schema whose properties are required unless ``optional``."""
    required = [name for name in properties if name not in optional]
    return {"type": "object", "required": required, "properties": properties}


def schema(model) -> dict:
    schema = model.model_json_schema()
    return inline(schema, schema.pop("$defs", {}))


def inline(node, definitions: dict):
    if isinstance(node, dict):
        reference = node.get("$ref", "")
        name = reference.rsplit("/", 1)[-1]
        if name in definitions:
            return inline(definitions[name], definitions)
        return {key: inline(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(item, definitions) for item in node]
    return node


def finding_schema() -> dict:
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


def presend_schema() -> dict:
    finding = finding_schema()
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


def redaction_schema() -> dict:
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


def citation_schema() -> dict:
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


def letter_schema() -> dict:
    return object_schema(
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
            "versions": {"type": "array", "items": component("LetterVersion")},
        }
    )


def version_schema() -> dict:
    return object_schema(
        {
            "number": {"type": "integer", "minimum": 1},
            "kind": {"enum": ["draft", "manager_qa", "coordinator_qa", "final"]},
            "author": STRING,
            "created_at": TIMESTAMP,
            "text": OPTIONAL_STRING,
        }
    )


def stored_check_schema() -> dict:
    return object_schema(
        {
            "id": {"type": "integer"},
            "version": {"type": "integer"},
            "ready_to_send": {"type": "boolean"},
            "blocking": {"type": "integer", "minimum": 0},
            "findings": {"type": "array", "items": finding_schema()},
            "rules_version": STRING,
            "catalogue_version": STRING,
            "knowledge_version": STRING,
            "run_by": STRING,
            "created_at": TIMESTAMP,
        }
    )


def sign_off_schema() -> dict:
    override = object_schema({"code": STRING, "reason": STRING})
    return object_schema(
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


def override_schema() -> dict:
    return object_schema(
        {
            "letter": STRING,
            "code": STRING,
            "reason": STRING,
            "signed_by": STRING,
            "created_at": TIMESTAMP,
        }
    )


def evaluation_schema() -> dict:
    progress = object_schema(
        {"done": {"type": "integer"}, "total": {"type": "integer"}}
    )
    return object_schema(
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


def problem_schema() -> dict:
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


def structure_section() -> dict:
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


def structure_schema() -> dict:
    return {
        "type": "object",
        "required": ["structure", "suggested_complaint_type"],
        "properties": {
            "structure": {"type": "array", "items": structure_section()},
            "suggested_complaint_type": {"type": "object"},
        },
    }


def critique_schema() -> dict:
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
            "structure": {"type": "array", "items": structure_section()},
            "rewrites": {"type": "array", "items": {"type": "object"}},
            "versions": {"type": "object"},
            "notes": {"type": "array", "items": {"type": "string"}},
            "stored_as": {"type": "integer"},
        },
    }
