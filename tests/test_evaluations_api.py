"""Evaluations through the API: upload, follow the run, read answers and reports.

Real requests through the app factory; the data folder is a temporary one, so the
run folders each test makes are thrown away with it.
"""

import io
import json
import threading
import time

import jsonschema
import pytest

from assistant.evaluation import runs
from assistant.settings import get_settings
from assistant.web import create_app
from assistant.web.openapi import openapi_document

LETTER = """Dear Mrs Vaughan

The police arrested Ashley Turner, who was released without charge. I uphold your
complaint that nobody told you, and I apologise.

If you are unhappy you can ask for a stage 2 review within 20 working days.

Yours sincerely
Helen Price
District Crown Prosecutor
"""
GOOD = LETTER.replace("Ashley Turner", "the man arrested").replace(
    "within 20 working days", "within one calendar month of the date of this letter"
)
BAD_LABELS = {"q18_1": "no", "q19": "suspect_not_charged", "quality": "inadequate"}
GOOD_LABELS = {"q18_1": "yes", "q19": "no", "quality": "adequate"}
USERS = {"quality_lead": "ql.patel", "legal_manager": "lm.jones"}
WAIT_SECONDS = 180


def record(number, letter=GOOD, labels=None, **fields):
    line = {
        "id": f"E-{number}",
        "area": "North East" if number % 2 else "Wales",
        "stage": 1,
        "complaint_type": "service",
        "complaint": "Nobody told me he was released.",
        "letter": letter,
        **fields,
    }
    if labels:
        line["labels"] = labels
    return line


def json_lines(*records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


LABELLED = json_lines(
    record(1, LETTER, BAD_LABELS),
    record(2, GOOD, GOOD_LABELS),
    record(3, LETTER, BAD_LABELS),
    record(4, GOOD, GOOD_LABELS),
)
UNLABELLED = json_lines(record(1, LETTER), record(2, GOOD), record(3, GOOD))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSISTANT_DATA_DIR", str(folder))
        get_settings.cache_clear()
        yield folder
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def app(data_dir):
    url = f"sqlite:///{data_dir / 'evaluations.db'}"
    return create_app({"TESTING": True, "DATABASE_URL": url})


@pytest.fixture(scope="module")
def tokens(app, role_tokens):
    return role_tokens(app.config["DATABASE_URL"], USERS)


@pytest.fixture(scope="module")
def call(app, tokens):
    """Return a function that sends a request as a user holding ``role``."""
    client = app.test_client()

    def send(method, path, role="quality_lead", **kwargs):
        headers = {"Authorization": f"Bearer {tokens[role]}"}
        return client.open(path, method=method, headers=headers, **kwargs)

    return send


def upload(call, data, query="", **kwargs):
    kwargs.setdefault("content_type", "application/x-ndjson")
    return call("POST", f"/api/v1/evaluations{query}", data=data, **kwargs)


def finish(call, location):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        body = call("GET", location).get_json()
        if body["status"] in ("finished", "failed"):
            return body
        time.sleep(0.2)
    pytest.fail(f"the evaluation did not finish in {WAIT_SECONDS} seconds")


def validate(instance, name):
    document = openapi_document()
    schema = {**document["components"]["schemas"][name], **document}
    jsonschema.validate(instance, schema)


def assert_problem(response, status, words):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    validate(body, "Problem")
    for word in words:
        assert word in body["detail"]
    return body


@pytest.fixture(scope="module")
def labelled_run(call):
    """Return the accepted response and the finished status of a labelled dataset."""
    accepted = upload(call, LABELLED)
    assert accepted.status_code == 202, accepted.get_json()
    return accepted, finish(call, accepted.headers["Location"])


def test_when_a_dataset_is_uploaded_then_202_points_to_the_running_evaluation(
    labelled_run,
):
    accepted, _ = labelled_run

    body = accepted.get_json()
    validate(body, "Evaluation")
    assert body["status"] in ("queued", "running")
    assert body["progress"] == {"done": 0, "total": 4}
    assert accepted.headers["Location"].endswith(f"/api/v1/evaluations/{body['id']}")


def test_when_the_evaluation_finishes_then_its_report_files_are_listed(labelled_run):
    _, status = labelled_run

    validate(status, "Evaluation")
    assert status["status"] == "finished", status.get("error")
    assert status["progress"] == {"done": 4, "total": 4}
    assert {"answers.jsonl", "report.html", "agreement.md"} <= set(status["files"])


def test_when_answers_are_read_then_one_line_per_letter_comes_back(call, labelled_run):
    location = labelled_run[0].headers["Location"]

    answers = call("GET", f"{location}/answers").get_json()

    assert [line["id"] for line in answers] == ["E-1", "E-2", "E-3", "E-4"]
    assert answers[0]["answers"]["q19"] != "no"
    assert answers[1]["answers"]["q18_1"] == "yes"


def test_when_tables_are_read_then_annex_b_and_areas_are_markdown(call, labelled_run):
    location = labelled_run[0].headers["Location"]

    tables = call("GET", f"{location}/tables").get_json()

    assert tables["annex_b"].startswith("# Overall letter examination data")
    assert "| Question | Answer |" in tables["annex_b"]
    assert "Wales" in tables["areas"] and "All areas" in tables["areas"]


def test_when_the_dataset_was_labelled_then_the_agreement_is_given(call, labelled_run):
    location = labelled_run[0].headers["Location"]

    response = call("GET", f"{location}/agreement")

    assert response.status_code == 200
    assert "Letters with gold labels: 4" in response.get_json()["agreement"]


def test_when_the_html_report_is_read_then_it_is_a_locked_down_page(call, labelled_run):
    location = labelled_run[0].headers["Location"]

    response = call("GET", f"{location}/report.html")

    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "Overall letter examination data" in response.get_data(as_text=True)


def test_when_a_file_is_uploaded_without_labels_then_there_is_no_agreement(call):
    form = {"dataset": (io.BytesIO(UNLABELLED), "dip-sample.jsonl")}
    accepted = upload(call, form, content_type="multipart/form-data")
    assert accepted.status_code == 202

    status = finish(call, accepted.headers["Location"])
    response = call("GET", f"{accepted.headers['Location']}/agreement")

    assert status["status"] == "finished"
    assert status["dataset"] == "dip-sample.jsonl"
    assert "agreement.md" not in status["files"]
    assert_problem(response, 404, ["no gold labels"])


@pytest.mark.parametrize(
    ("data", "query", "words"),
    [
        (b'{"id": "E-1"\n', "", ["line 1", "not valid JSON"]),
        (json_lines(record(1), record(2, stage=3)), "", ["line 2", "'stage'"]),
        (json_lines({"id": "E-1", "stage": 1}), "", ["line 1", "'complaint_type'"]),
        (json_lines(record(1), record(1)), "", ["line 2", "'id'", "duplicate"]),
        (json_lines(record(1, labels={"q19": "maybe"})), "", ["line 1", "'labels'"]),
        (b"\n\n", "", ["uploaded dataset", "no records"]),
        (b"\x00\x01", "", ["binary"]),
        (LABELLED, "?judge=gpt", ["judge 'gpt'"]),
        (LABELLED, "?skip_invalid=perhaps", ["'skip_invalid'"]),
    ],
)
def test_when_a_dataset_is_invalid_then_422_names_the_line_and_field(
    call, data, query, words
):
    response = upload(call, data, query)

    assert_problem(response, 422, words)


def test_when_the_dataset_is_not_json_lines_then_the_formats_are_named(call):
    response = upload(call, LABELLED, content_type="text/csv")

    assert_problem(response, 422, ["application/x-ndjson", "'dataset'"])


def test_when_the_multipart_form_has_no_dataset_field_then_it_is_named(call):
    form = {"letters": (io.BytesIO(LABELLED), "letters.jsonl")}

    response = upload(call, form, content_type="multipart/form-data")

    assert_problem(response, 422, ["field 'dataset'"])


def test_when_invalid_records_are_skipped_then_each_is_listed(call):
    data = json_lines(record(1), record(2, stage=3), record(3), record(4, colour="red"))

    accepted = upload(call, data, "?skip_invalid=true")
    status = finish(call, accepted.headers["Location"])

    assert accepted.status_code == 202
    assert status["progress"] == {"done": 3, "total": 3}
    assert len(status["skipped"]) == 1 and "line 2" in status["skipped"][0]
    assert status["unknown_fields"] == {"colour": 1}


def test_when_the_dataset_is_over_the_record_limit_then_the_limit_is_named(
    call, monkeypatch
):
    monkeypatch.setenv("ASSISTANT_MAX_DATASET_RECORDS", "3")
    get_settings.cache_clear()
    try:
        response = upload(call, LABELLED)
    finally:
        monkeypatch.delenv("ASSISTANT_MAX_DATASET_RECORDS")
        get_settings.cache_clear()

    assert_problem(response, 422, ["4 records", "over the limit of 3"])


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("POST", ""),
        ("GET", "/0123456789abcdef0123456789abcdef"),
        ("GET", "/0123456789abcdef0123456789abcdef/answers"),
    ],
)
def test_when_another_role_asks_then_403_names_the_role(call, method, suffix):
    response = call(method, f"/api/v1/evaluations{suffix}", role="legal_manager")

    assert_problem(response, 403, ["your role (legal_manager)"])


@pytest.mark.parametrize(
    "suffix",
    ["", "/answers", "/tables", "/agreement", "/report.html"],
)
@pytest.mark.parametrize("run_id", ["0123456789abcdef0123456789abcdef", "..", "x"])
def test_when_the_evaluation_is_unknown_then_404(call, run_id, suffix):
    response = call("GET", f"/api/v1/evaluations/{run_id}{suffix}")

    assert_problem(response, 404, ["no evaluation"])


def test_when_the_service_restarted_mid_run_then_the_run_reads_as_failed(
    call, data_dir
):
    run_id = "feedfacefeedfacefeedfacefeedface"
    folder = data_dir / "evaluations" / run_id
    folder.mkdir(parents=True)
    stored = {
        "id": run_id,
        "status": "running",
        "judge": "rules",
        "dataset": "old.jsonl",
        "total": 10,
        "skipped": [],
        "unknown_fields": {},
    }
    (folder / "run.json").write_text(json.dumps(stored))

    status = call("GET", f"/api/v1/evaluations/{run_id}").get_json()
    response = call("GET", f"/api/v1/evaluations/{run_id}/answers")

    assert status["status"] == "failed"
    assert "service stopped" in status["error"]
    assert_problem(response, 409, ["failed", "service stopped"])


def test_when_reports_are_asked_for_mid_run_then_409_gives_the_progress(
    call, monkeypatch
):
    release = threading.Event()
    judge_records = runs.harness.judge_records

    def held(records, judge, progress=False):
        release.wait(WAIT_SECONDS)
        return judge_records(records, judge, progress)

    monkeypatch.setattr(runs.harness, "judge_records", held)
    accepted = upload(call, UNLABELLED)
    location = accepted.headers["Location"]
    try:
        response = call("GET", f"{location}/tables")
    finally:
        release.set()

    assert_problem(response, 409, ["0 of 3 letters judged"])
    assert finish(call, location)["status"] == "finished"


def test_when_the_judge_fails_then_the_run_fails_without_echoing_internals(
    call, monkeypatch
):
    def explode(records, judge, progress=False):
        raise RuntimeError("secret connection string in message")

    monkeypatch.setattr(runs.harness, "judge_records", explode)
    accepted = upload(call, UNLABELLED)

    status = finish(call, accepted.headers["Location"])

    assert status["status"] == "failed"
    assert status["error"] == "the evaluation failed; the fault was logged"
    assert "secret" not in json.dumps(status)
