"""Evaluations under ``/api/v1/evaluations``, for quality leads.

A quality lead uploads a letter dataset, follows the run while a judge answers
every letter in the background, then reads the answers and the reports.
"""

import json
from pathlib import Path, PurePosixPath

from flask import Blueprint, Response, jsonify, request, url_for
from werkzeug.exceptions import Conflict, NotFound

from assistant.errors import InputError
from assistant.evaluation.harness import select_judge
from assistant.evaluation.runs import (
    EvaluationStatus,
    evaluation_status,
    read_upload,
    start_evaluation,
)
from assistant.settings import get_settings
from assistant.web.auth import requires

JSON_LINES = ("application/x-ndjson", "application/jsonl")
UNNAMED = "uploaded dataset"
# The report is self-contained: inline styles, no scripts, nothing fetched.
REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

evaluations_api = Blueprint("evaluations_api", __name__, url_prefix="/api/v1")


@evaluations_api.post("/evaluations")
@requires("quality_lead")
def create():
    """Validate an uploaded dataset and start judging it in the background."""
    judge = select_judge(request.args.get("judge", "rules"))
    data, name = _upload()
    dataset = read_upload(data, name, skip_invalid=_flag("skip_invalid"))

    run = start_evaluation(_root(), dataset, judge, name)
    location = url_for(".show", evaluation_id=run.id)
    return jsonify(run.to_json()), 202, {"Location": location}


@evaluations_api.get("/evaluations/<evaluation_id>")
@requires("quality_lead")
def show(evaluation_id: str):
    """Return where the evaluation stands and, once finished, its files."""
    return jsonify(_run(evaluation_id).to_json())


@evaluations_api.get("/evaluations/<evaluation_id>/answers")
@requires("quality_lead")
def answers(evaluation_id: str):
    """Return the judge's answer line for every letter."""
    text = _finished_file(evaluation_id, "answers.jsonl").read_text(encoding="utf-8")
    return jsonify([json.loads(line) for line in text.splitlines() if line.strip()])


@evaluations_api.get("/evaluations/<evaluation_id>/tables")
@requires("quality_lead")
def tables(evaluation_id: str):
    """Return the Annex B and area tables as Markdown."""
    annex_b = _finished_file(evaluation_id, "annex_b.md")
    areas = _finished_file(evaluation_id, "areas.md")
    return jsonify(
        {
            "annex_b": annex_b.read_text(encoding="utf-8"),
            "areas": areas.read_text(encoding="utf-8"),
        }
    )


@evaluations_api.get("/evaluations/<evaluation_id>/agreement")
@requires("quality_lead")
def agreement(evaluation_id: str):
    """Return the agreement with the gold labels as Markdown."""
    path = _finished_file(evaluation_id, "agreement.md")
    if not path.is_file():
        raise NotFound("the dataset had no gold labels, so there is no agreement")
    return jsonify({"agreement": path.read_text(encoding="utf-8")})


@evaluations_api.get("/evaluations/<evaluation_id>/report.html")
@requires("quality_lead")
def report(evaluation_id: str):
    """Return the self-contained HTML report."""
    html = _finished_file(evaluation_id, "report.html").read_text(encoding="utf-8")
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = REPORT_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _run(evaluation_id: str) -> EvaluationStatus:
    run = evaluation_status(_root(), evaluation_id)
    if run is None:
        raise NotFound(f"no evaluation '{evaluation_id}'")
    return run


def _finished_file(evaluation_id: str, name: str) -> Path:
    run = _run(evaluation_id)
    if run.status == "failed":
        raise Conflict(f"the evaluation failed: {run.error}")
    if run.status != "finished":
        raise Conflict(
            f"the evaluation is {run.status} ({run.done} of {run.total} letters "
            "judged); ask again when it has finished"
        )
    return run.folder / name


def _upload() -> tuple[bytes, str]:
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("dataset")
        if upload is None:
            raise InputError("send the dataset in the multipart file field 'dataset'")
        return upload.read(), _file_name(upload.filename)
    if request.mimetype in JSON_LINES:
        return request.get_data(), UNNAMED
    raise InputError(
        "send the dataset as JSON Lines (Content-Type: application/x-ndjson) "
        "or in the multipart file field 'dataset'"
    )


def _file_name(sent: str | None) -> str:
    # Browsers may send a full client path; only the last part names the dataset.
    name = PurePosixPath((sent or "").replace("\\", "/")).name
    return name[:120] or UNNAMED


def _flag(name: str) -> bool:
    value = request.args.get(name, "false").lower()
    if value not in ("true", "false"):
        raise InputError(f"'{name}' must be true or false")
    return value == "true"


def _root() -> Path:
    return get_settings().data_dir / "evaluations"
