"""Server-rendered pages for each role: critique, pre-send check, evaluations.

Letter text is user input: it is only ever rendered through Jinja's autoescaping,
never marked safe.
"""

import json
import re
import secrets
import tempfile
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)

from assistant.accounts import AuthenticationFailed, check_password
from assistant.critique import critique
from assistant.dataset import read_dataset
from assistant.errors import InputError, KnowledgeError
from assistant.evaluation import harness
from assistant.evaluation.report import write_reports
from assistant.guidance_citations import guidance_sections
from assistant.letter_history import (
    add_version,
    create_letter,
    diff_versions,
    get_letter,
)
from assistant.letters import LetterRecord
from assistant.openai_models import configured_chat_client
from assistant.settings import get_settings
from assistant.sign_off import SignOffRefused, record_check, sign_off
from assistant.uploads import letter_as_docx, read_upload
from assistant.web.auth import check_csrf, current_user, db, requires, sign_in

pages = Blueprint("pages", __name__)
MANAGERS = ("legal_manager",)
COORDINATORS = ("complaints_coordinator", "legal_manager")
LEADS = ("quality_lead",)
ANYONE = ("legal_manager", "complaints_coordinator", "quality_lead")


@pages.app_template_filter("slug")
def slug(text: str) -> str:
    """Return an anchor for a heading."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@pages.app_context_processor
def _user():
    return {"user": current_user(), "errors": {}}


@pages.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with a username and password."""
    next_page = request.values.get("next") or url_for("pages.home")
    if request.method == "GET":
        return render_template("pages/login.html", next_page=next_page)
    check_csrf()
    try:
        user = check_password(
            db(), request.form.get("username", ""), request.form.get("password", "")
        )
    except AuthenticationFailed as error:
        errors = {"username": str(error)}
        return render_template(
            "pages/login.html",
            next_page=next_page,
            errors=errors,
            username=request.form.get("username"),
        ), 401
    sign_in(user)
    return redirect(next_page if next_page.startswith("/") else url_for("pages.home"))


@pages.post("/logout")
@requires(*ANYONE)
def logout():
    """Sign out."""
    from flask import session

    session.clear()
    return redirect(url_for("pages.login"))


@pages.get("/")
@requires(*ANYONE)
def home():
    """The start page."""
    return render_template("pages/home.html")


@pages.route("/critique", methods=["GET", "POST"])
@requires(*MANAGERS)
def critique_form():
    """A legal manager's critique of a draft."""
    if request.method == "GET":
        return render_template("pages/critique_form.html", form={"stage": "1"})
    record, errors = _record_from_form()
    if errors:
        return render_template(
            "pages/critique_form.html", form=request.form, errors=errors
        ), 422
    result = critique(record, configured_chat_client())
    reference = request.form.get("reference", "").strip()
    if reference:
        try:
            _keep_critique(reference, record, result)
        except InputError as error:
            errors = {"reference": str(error)}
            return render_template(
                "pages/critique_form.html", form=request.form, errors=errors
            ), 422
    shown = [f for f in result.findings if f.finding.severity != "ok"]
    return render_template(
        "pages/critique_result.html",
        result=result,
        letter=record.letter,
        blocking=[f for f in shown if f.finding.severity == "blocking"],
        advisory=[f for f in shown if f.finding.severity == "advisory"],
        segments=_segments(record.letter, shown),
    )


@pages.post("/critique/draft.docx")
@requires(*ANYONE)
def download_draft():
    """Download a draft as a Word document."""
    text = request.form.get("letter", "")
    if not text.strip():
        raise InputError("there is no draft to download")
    data = letter_as_docx(text, "Draft reply")
    return Response(
        data,
        mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        headers={"Content-Disposition": 'attachment; filename="draft-reply.docx"'},
    )


@pages.route("/presend", methods=["GET", "POST"])
@requires(*COORDINATORS)
def presend_form():
    """A coordinator's pre-send check: store the letter version and check it."""
    if request.method == "GET":
        return render_template("pages/presend_form.html", form={"stage": "1"})
    record, errors = _record_from_form()
    reference = request.form.get("reference", "").strip()
    if not reference:
        errors["reference"] = "Enter the complaint reference"
    if errors:
        return render_template(
            "pages/presend_form.html", form=request.form, errors=errors
        ), 422
    letter = _store(reference, record)
    record_check(db(), letter, letter.versions[-1], current_user().username)
    db().commit()
    return redirect(url_for("pages.letter", reference=reference))


@pages.get("/letters/<reference>")
@requires(*ANYONE)
def letter(reference: str):
    """A letter, its versions, its latest check and the sign-off form."""
    return _letter_page(reference, form={}, errors={})


@pages.post("/letters/<reference>/sign-off")
@requires("complaints_coordinator")
def sign_off_letter(reference: str):
    """Mark a letter ready to send, with overrides and lessons learnt."""
    found = get_letter(db(), reference)
    run = _latest_run(found)
    overrides = {
        key.removeprefix("override-"): value
        for key, value in request.form.items()
        if key.startswith("override-") and value.strip()
    }
    try:
        sign_off(
            db(),
            found,
            run,
            current_user().username,
            request.form.get("lessons_learnt", ""),
            overrides,
        )
    except SignOffRefused as error:
        db().rollback()
        field = "lessons_learnt" if "lessons learnt" in str(error) else "sign-off"
        return _letter_page(reference, request.form, {field: str(error)}), 422
    db().commit()
    return redirect(url_for("pages.letter", reference=reference))


@pages.route("/evaluations", methods=["GET", "POST"])
@requires(*LEADS)
def evaluations():
    """A quality lead's evaluation runs."""
    folder = _evaluations_dir()
    runs = sorted((p.name for p in folder.iterdir() if p.is_dir()), reverse=True)
    if request.method == "GET":
        return render_template("pages/evaluations.html", runs=runs)
    upload = request.files.get("dataset")
    if upload is None or not upload.filename:
        errors = {"dataset": "Choose a dataset file to upload"}
        return render_template("pages/evaluations.html", runs=runs, errors=errors), 422
    try:
        run_id, skipped = _evaluate(
            upload.read(), bool(request.form.get("skip_invalid"))
        )
    except InputError as error:
        errors = {"dataset": str(error)}
        return render_template("pages/evaluations.html", runs=runs, errors=errors), 422
    return render_template("pages/evaluation.html", run_id=run_id, skipped=skipped)


@pages.get("/evaluations/<run_id>")
@requires(*LEADS)
def evaluation(run_id: str):
    """One evaluation run's report."""
    if not (_evaluations_dir() / _safe(run_id)).is_dir():
        abort(404, f"no evaluation '{run_id}'")
    return render_template("pages/evaluation.html", run_id=run_id, skipped=[])


@pages.get("/evaluations/<run_id>/<name>")
@requires(*LEADS)
def evaluation_file(run_id: str, name: str):
    """A file of an evaluation run: the report, tables or answers."""
    return send_from_directory(_evaluations_dir() / _safe(run_id), _safe(name))


@pages.get("/guidance/<document>")
@requires(*ANYONE)
def guidance(document: str):
    """A guidance document, each section anchored so citations can open it."""
    try:
        version, sections = guidance_sections(_safe(document))
    except KnowledgeError:
        abort(404, f"no guidance document '{document}'")
    title = next(iter(sections), document)
    return render_template(
        "pages/guidance.html",
        title=title,
        version=version,
        sections=list(sections.items()),
    )


def _record_from_form() -> tuple[LetterRecord | None, dict[str, str]]:
    form, errors = request.form, {}
    letter = form.get("letter", "")
    upload = request.files.get("letter_file")
    if upload and upload.filename:
        try:
            letter = read_upload(upload.filename, upload.read())
        except InputError as error:
            errors["letter"] = str(error)
    if not letter.strip() and "letter" not in errors:
        errors["letter"] = "Paste the draft reply or upload it"
    if errors:
        return None, errors
    try:
        record = LetterRecord(
            id="form",
            stage=int(form.get("stage", "1")),
            complaint_type=form.get("complaint_type", "legal"),
            complaint=form.get("complaint", ""),
            letter=letter,
            complainant_name=form.get("complainant_name") or None,
        )
        from assistant.language import check_text

        check_text(letter, "draft")
    except (ValueError, InputError) as error:
        return None, {"letter": str(error).splitlines()[0]}
    return record, {}


def _keep_critique(reference: str, record: LetterRecord, result) -> None:
    from assistant.critique_records import record_critique

    letter = get_letter(db(), reference)
    latest = letter.versions[-1]
    version = (
        latest
        if latest.text == record.letter
        else add_version(db(), letter, record.letter, "draft", current_user().username)
    )
    record_critique(db(), letter, version, result, current_user().username)
    db().commit()


def _store(reference: str, record: LetterRecord):
    from sqlalchemy import select

    from assistant.audit_records import Letter

    user = current_user().username
    existing = db().scalar(select(Letter).where(Letter.reference == reference))
    if existing is None:
        return create_letter(
            db(),
            reference,
            record.stage,
            record.complaint_type,
            record.letter,
            user,
            complaint=record.complaint,
            complainant_name=record.complainant_name,
        )
    kind = (
        "coordinator_qa"
        if current_user().role == "complaints_coordinator"
        else "manager_qa"
    )
    add_version(db(), existing, record.letter, kind, user)
    return existing


def _latest_run(found):
    from sqlalchemy import select

    from assistant.audit_records import CheckRun

    return db().scalar(
        select(CheckRun)
        .where(CheckRun.letter_id == found.id)
        .order_by(CheckRun.id.desc())
        .limit(1)
    )


def _letter_page(reference: str, form, errors):
    found = get_letter(db(), reference)
    run = _latest_run(found)
    blocking = [f for f in run.findings if f["severity"] == "blocking"] if run else []
    numbers = {v.id: v.number for v in found.versions}
    diff = (
        diff_versions(found, found.versions[-2].number, found.versions[-1].number)
        if len(found.versions) > 1
        else ""
    )
    return render_template(
        "pages/letter.html",
        letter=found,
        run=run,
        blocking=blocking,
        diff=diff,
        checked_number=numbers.get(run.version_id) if run else None,
        form=form,
        errors=errors,
        can_sign=current_user().role in ("complaints_coordinator", "administrator"),
    )


def _segments(text: str, findings) -> list[tuple[str, str | None]]:
    marks = sorted(
        (f.finding.start, f.finding.start + len(f.finding.evidence), f.finding.severity)
        for f in findings
        if f.finding.start is not None
        and f.finding.evidence
        and text[f.finding.start : f.finding.start + len(f.finding.evidence)]
        == f.finding.evidence
    )
    segments, cursor = [], 0
    for start, end, severity in marks:
        if start < cursor:
            continue
        segments += [(text[cursor:start], None), (text[start:end], severity)]
        cursor = end
    segments.append((text[cursor:], None))
    return segments


def _evaluate(data: bytes, skip_invalid: bool) -> tuple[str, list[str]]:
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as handle:
        handle.write(data)
        handle.flush()
        dataset = read_dataset(Path(handle.name), skip_invalid=skip_invalid)
    run_id = secrets.token_hex(4)
    out = _evaluations_dir() / run_id
    judge = harness.RulesJudge()
    run = harness.judge_records(dataset.records, judge)
    harness.write_answers(run, out)
    write_reports(out, run.records, run.judgements, judge.name, "uploaded dataset")
    (out / "skipped.json").write_text(json.dumps([str(e) for e in dataset.skipped]))
    return run_id, [str(e) for e in dataset.skipped]


def _evaluations_dir() -> Path:
    folder = (get_settings().data_dir / "evaluations").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _safe(name: str) -> str:
    if not re.fullmatch(r"[\w.-]+", name) or name.startswith("."):
        abort(404)
    return name
