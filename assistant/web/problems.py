"""Every error leaves the service through here, as ``application/problem+json``.

The shape is RFC 9457's: ``type``, ``title``, ``status``, ``detail``, plus
``errors`` (field and message) for validation failures. A client fault gets a 4xx
with a safe message; an unknown fault is logged once with its traceback and
answered with a generic 500 that never echoes internals.
"""

import logging

from flask import Flask, Response, json, render_template, request
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from assistant.errors import (
    AssistantError,
    InputError,
    KnowledgeError,
    PseudonymisationError,
)

logger = logging.getLogger(__name__)

PROBLEM = "application/problem+json"
STATUS = {
    InputError: 422,
    KnowledgeError: 500,
    PseudonymisationError: 503,
}


def problem(
    status: int, title: str, detail: str, errors: list | None = None
) -> Response:
    """Return a problem+json response, or an error page for a person's browser."""
    if not request.path.startswith("/api/"):
        page = render_template("pages/error.html", title=title, detail=detail)
        return Response(page, status=status, mimetype="text/html")
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return Response(json.dumps(body), status=status, mimetype=PROBLEM)


def register_problem_handlers(app: Flask) -> None:
    """Send every error the app raises through one of the handlers below."""
    app.register_error_handler(ValidationError, _validation)
    app.register_error_handler(AssistantError, _assistant)
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    app.register_error_handler(HTTPException, _http)
    app.register_error_handler(Exception, _unexpected)


def _validation(error: ValidationError) -> Response:
    errors = [
        {
            "field": ".".join(str(p) for p in item["loc"]) or "(body)",
            "message": item["msg"],
        }
        for item in error.errors()
    ]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    return problem(422, "The request is not valid", detail, errors)


def _assistant(error: AssistantError) -> Response:
    status = next((code for cls, code in STATUS.items() if isinstance(error, cls)), 400)
    if status >= 500:
        logger.error("service fault kind=%s", type(error).__name__)
        return problem(status, "The service cannot do this now", str(error))
    return problem(status, "The request cannot be processed", str(error))


def _too_large(error: RequestEntityTooLarge) -> Response:
    from flask import current_app

    limit = current_app.config["MAX_CONTENT_LENGTH"]
    detail = f"the request is larger than the limit of {limit} bytes"
    return problem(413, "Request too large", detail)


def _http(error: HTTPException) -> Response:
    return problem(error.code or 500, error.name, error.description or error.name)


def _unexpected(error: Exception) -> Response:
    logger.exception("unexpected fault")
    return problem(500, "Internal error", "the service failed; the fault was logged")
