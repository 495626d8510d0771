"""Letters through the API: versions, diffs, checks, sign-off and the override report.

Real requests through the app factory on a SQLite database, one user per role.
"""

import re
from typing import get_args

import jsonschema
import pytest

from assistant.letter_history import VERSION_KINDS
from assistant.web import create_app
from assistant.web.letters_api import VersionKind
from assistant.web.openapi import openapi_document

DRAFT = """Dear Mrs Vaughan

The police arrested Ashley Turner, who was released without charge. I uphold your
complaint that nobody told you, and I apologise.

If you are unhappy you can ask for a stage 2 review within 20 working days.

Yours sincerely
Helen Price
District Crown Prosecutor
"""
FIXED = DRAFT.replace("Ashley Turner", "the man arrested").replace(
    "within 20 working days", "within one calendar month of the date of this letter"
)
USERS = {
    "legal_manager": "lm.jones",
    "complaints_coordinator": "cc.smith",
    "quality_lead": "ql.patel",
}
REASON = "Checked with the reviewing lawyer; the wording is agreed and needed."
LESSONS = "Drafters should quote the stage one time limit from the guidance."


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'letters.db'}"
    return create_app({"TESTING": True, "DATABASE_URL": url})


@pytest.fixture(scope="module")
def tokens(app, role_tokens):
    return role_tokens(app.config["DATABASE_URL"], USERS)


@pytest.fixture(scope="module")
def call(app, tokens):
    """Return a function that sends a request as a user holding ``role``."""
    client = app.test_client()

    def send(role, method, path, **kwargs):
        headers = {"Authorization": f"Bearer {tokens[role]}"}
        return client.open(path, method=method, headers=headers, **kwargs)

    return send


def validate(instance, name):
    document = openapi_document()
    schema = {**document["components"]["schemas"][name], **document}
    jsonschema.validate(instance, schema)


def new_letter(call, reference, **fields):
    body = {
        "reference": reference,
        "stage": 1,
        "complaint_type": "service",
        "text": DRAFT,
        "complaint": "Nobody told me he was released.",
        "complainant_name": "Mrs Ann Vaughan",
        "area": "North East",
        **fields,
    }
    response = call("legal_manager", "POST", "/api/v1/letters", json=body)
    assert response.status_code == 201, response.get_json()
    return response


def assert_problem(response, status, words):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    validate(body, "Problem")
    assert words in body["detail"]
    return body


def test_when_a_letter_is_created_then_it_comes_back_with_version_1(call):
    response = new_letter(call, "CPS-100")

    body = response.get_json()
    validate(body, "Letter")
    assert response.headers["Location"].endswith("/api/v1/letters/CPS-100")
    assert body["status"] == "draft"
    assert body["area"] == "North East"
    assert [(v["number"], v["kind"], v["author"]) for v in body["versions"]] == [
        (1, "draft", "lm.jones")
    ]


@pytest.mark.parametrize("role", list(USERS))
def test_when_any_role_reads_a_letter_then_its_versions_and_status_show(call, role):
    new_letter(call, f"CPS-READ-{role}")

    response = call(role, "GET", f"/api/v1/letters/CPS-READ-{role}")

    assert response.status_code == 200
    body = response.get_json()
    validate(body, "Letter")
    assert body["versions"][0]["text"] == DRAFT
    assert body["status"] == "draft"


def test_when_qa_adds_a_version_then_the_author_is_the_caller(call):
    new_letter(call, "CPS-101")

    response = call(
        "complaints_coordinator",
        "POST",
        "/api/v1/letters/CPS-101/versions",
        json={"text": FIXED, "kind": "coordinator_qa"},
    )

    assert response.status_code == 201
    body = response.get_json()
    validate(body, "LetterVersion")
    assert (body["number"], body["kind"], body["author"]) == (
        2,
        "coordinator_qa",
        "cc.smith",
    )


def test_when_two_versions_are_compared_then_the_diff_shows_what_qa_changed(call):
    new_letter(call, "CPS-102")
    call(
        "legal_manager",
        "POST",
        "/api/v1/letters/CPS-102/versions",
        json={"text": FIXED, "kind": "manager_qa"},
    )

    response = call("quality_lead", "GET", "/api/v1/letters/CPS-102/diff?from=1&to=2")

    assert response.status_code == 200
    diff = response.get_json()["diff"]
    assert "version 2 (manager_qa, lm.jones)" in diff
    assert "-The police arrested Ashley Turner" in diff
    assert "+If you are unhappy you can ask for a stage 2 review within one" in diff


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ("to=2", 422, "'from'"),
        ("from=1", 422, "'to'"),
        ("from=1&to=two", 422, "'to'"),
        ("from=0&to=1", 422, "'from'"),
        ("from=1&to=9", 404, "has no version 9"),
    ],
)
def test_when_the_diff_asks_for_bad_versions_then_a_problem_explains(
    call, query, status, words
):
    if call("legal_manager", "GET", "/api/v1/letters/CPS-103").status_code == 404:
        new_letter(call, "CPS-103")

    response = call("legal_manager", "GET", f"/api/v1/letters/CPS-103/diff?{query}")

    assert_problem(response, status, words)


@pytest.mark.parametrize(
    ("role", "method", "path", "payload"),
    [
        ("quality_lead", "POST", "/api/v1/letters", {"reference": "X"}),
        ("quality_lead", "POST", "/api/v1/letters/CPS-104/versions", {"text": "x"}),
        ("quality_lead", "POST", "/api/v1/letters/CPS-104/checks", None),
        ("legal_manager", "POST", "/api/v1/letters/CPS-104/sign-off", {}),
        ("legal_manager", "GET", "/api/v1/overrides", None),
        ("complaints_coordinator", "GET", "/api/v1/overrides", None),
    ],
)
def test_when_a_role_may_not_do_something_then_403_names_the_role(
    call, role, method, path, payload
):
    response = call(role, method, path, json=payload)

    assert_problem(response, 403, f"your role ({role})")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reference": None}, "reference"),
        ({"reference": "has a space"}, "reference"),
        ({"reference": "../etc"}, "reference"),
        ({"stage": 3}, "stage"),
        ({"complaint_type": "other"}, "complaint_type"),
        ({"text": ""}, "text"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_when_a_new_letter_is_invalid_then_422_names_the_field(call, changes, field):
    body = {
        "reference": "CPS-BAD",
        "stage": 1,
        "complaint_type": "legal",
        "text": DRAFT,
        **changes,
    }
    body = {key: value for key, value in body.items() if value is not None}

    response = call("legal_manager", "POST", "/api/v1/letters", json=body)

    problem = assert_problem(response, 422, field)
    assert field in [error["field"] for error in problem["errors"]]


@pytest.mark.parametrize(
    ("path", "payload", "field"),
    [
        ("versions", {"text": FIXED, "kind": "review"}, "kind"),
        ("versions", {"kind": "final"}, "text"),
        ("sign-off", {"check_id": 1}, "lessons_learnt"),
        ("sign-off", {"check_id": "first", "lessons_learnt": LESSONS}, "check_id"),
        (
            "sign-off",
            {"check_id": 1, "lessons_learnt": "x", "overrides": []},
            "overrides",
        ),
    ],
)
def test_when_a_write_to_a_letter_is_invalid_then_422_names_the_field(
    call, path, payload, field
):
    if call("legal_manager", "GET", "/api/v1/letters/CPS-105").status_code == 404:
        new_letter(call, "CPS-105")

    response = call(
        "complaints_coordinator",
        "POST",
        f"/api/v1/letters/CPS-105/{path}",
        json=payload,
    )

    problem = assert_problem(response, 422, field)
    assert field in [error["field"] for error in problem["errors"]]


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("GET", "/api/v1/letters/CPS-NONE", None),
        ("POST", "/api/v1/letters/CPS-NONE/versions", {"text": FIXED, "kind": "final"}),
        ("GET", "/api/v1/letters/CPS-NONE/diff?from=1&to=2", None),
        ("POST", "/api/v1/letters/CPS-NONE/checks", None),
        (
            "POST",
            "/api/v1/letters/CPS-NONE/sign-off",
            {"check_id": 1, "lessons_learnt": LESSONS},
        ),
    ],
)
def test_when_the_reference_is_unknown_then_404_names_it(call, method, path, payload):
    response = call("complaints_coordinator", method, path, json=payload)

    assert_problem(response, 404, "no letter with reference 'CPS-NONE'")


def test_when_a_reference_is_taken_then_a_second_letter_is_refused(call):
    new_letter(call, "CPS-106")

    response = call(
        "legal_manager",
        "POST",
        "/api/v1/letters",
        json={
            "reference": "CPS-106",
            "stage": 1,
            "complaint_type": "legal",
            "text": "x",
        },
    )

    assert_problem(response, 422, "already exists")


def test_when_a_check_is_run_then_it_is_stored_with_what_produced_it(call):
    new_letter(call, "CPS-107")

    response = call("legal_manager", "POST", "/api/v1/letters/CPS-107/checks")

    assert response.status_code == 201
    check = response.get_json()
    validate(check, "StoredCheck")
    assert check["version"] == 1
    assert check["run_by"] == "lm.jones"
    assert check["blocking"] >= 2 and check["ready_to_send"] is False
    codes = {f["code"] for f in check["findings"] if f["severity"] == "blocking"}
    assert {"prohibited_name", "wrong_time_limit"} <= codes
    assert check["rules_version"] and check["knowledge_version"]


def test_when_blocking_findings_stand_then_sign_off_is_refused_and_nothing_kept(
    call,
):
    new_letter(call, "CPS-108")
    check = call("legal_manager", "POST", "/api/v1/letters/CPS-108/checks").get_json()

    response = call(
        "complaints_coordinator",
        "POST",
        "/api/v1/letters/CPS-108/sign-off",
        json={"check_id": check["id"], "lessons_learnt": LESSONS},
    )

    problem = assert_problem(response, 422, "blocking findings stand")
    assert "prohibited_name" in problem["detail"]
    letter = call("quality_lead", "GET", "/api/v1/letters/CPS-108").get_json()
    assert letter["status"] == "draft"
    report = call("quality_lead", "GET", "/api/v1/overrides").get_json()
    assert "CPS-108" not in {row["letter"] for row in report}


@pytest.mark.parametrize(
    ("lessons", "words"),
    [
        ("yes", "lessons learnt in words"),
        (LESSONS, "blocking findings stand"),
    ],
)
def test_when_sign_off_is_incomplete_then_the_refusal_says_what_is_missing(
    call, lessons, words
):
    reference = f"CPS-109-{len(lessons)}"
    new_letter(call, reference)
    check = call("legal_manager", "POST", f"/api/v1/letters/{reference}/checks")

    response = call(
        "complaints_coordinator",
        "POST",
        f"/api/v1/letters/{reference}/sign-off",
        json={
            "check_id": check.get_json()["id"],
            "lessons_learnt": lessons,
            "overrides": {"prohibited_name": "ok"},
        },
    )

    assert_problem(response, 422, words)


def test_when_blocking_findings_are_overridden_with_reasons_then_sign_off_is_kept(
    call,
):
    new_letter(call, "CPS-110")
    check = call("legal_manager", "POST", "/api/v1/letters/CPS-110/checks").get_json()
    reasons = {
        f["code"]: REASON for f in check["findings"] if f["severity"] == "blocking"
    }

    response = call(
        "complaints_coordinator",
        "POST",
        "/api/v1/letters/CPS-110/sign-off",
        json={"check_id": check["id"], "lessons_learnt": LESSONS, "overrides": reasons},
    )

    assert response.status_code == 201
    signed = response.get_json()
    validate(signed, "SignOff")
    assert signed["signed_by"] == "cc.smith"
    assert {o["code"] for o in signed["overrides"]} == set(reasons)
    letter = call("legal_manager", "GET", "/api/v1/letters/CPS-110").get_json()
    assert letter["status"] == "ready_to_send"
    report = call("quality_lead", "GET", "/api/v1/overrides").get_json()
    for row in report:
        validate(row, "Override")
    assert {r["code"] for r in report if r["letter"] == "CPS-110"} == set(reasons)


def test_when_the_check_is_of_an_older_version_then_sign_off_is_refused(call):
    new_letter(call, "CPS-111")
    check = call("legal_manager", "POST", "/api/v1/letters/CPS-111/checks").get_json()
    call(
        "legal_manager",
        "POST",
        "/api/v1/letters/CPS-111/versions",
        json={"text": FIXED, "kind": "final"},
    )

    response = call(
        "complaints_coordinator",
        "POST",
        "/api/v1/letters/CPS-111/sign-off",
        json={"check_id": check["id"], "lessons_learnt": LESSONS},
    )

    assert_problem(response, 422, "older version")


def test_when_the_check_belongs_to_another_letter_then_404(call):
    new_letter(call, "CPS-112")
    new_letter(call, "CPS-113")
    check = call("legal_manager", "POST", "/api/v1/letters/CPS-112/checks").get_json()

    response = call(
        "complaints_coordinator",
        "POST",
        "/api/v1/letters/CPS-113/sign-off",
        json={"check_id": check["id"], "lessons_learnt": LESSONS},
    )

    assert_problem(response, 404, f"has no check {check['id']}")


def test_when_version_kinds_are_listed_then_the_api_and_history_agree():
    assert get_args(VersionKind) == VERSION_KINDS


def test_when_both_blueprints_are_registered_then_openapi_lists_exactly_the_routes(
    app, call
):
    document = call("quality_lead", "GET", "/api/v1/openapi.json").get_json()

    routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    described = {
        (path, method) for path, item in document["paths"].items() for method in item
    }
    assert routes == described
