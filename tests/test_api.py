"""The JSON API: real requests through the app factory, one error shape."""

import re

import jsonschema
import pytest

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


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'api.db'}"
    return create_app({"TESTING": True, "DATABASE_URL": url})


@pytest.fixture(scope="module")
def token(app):
    from assistant.accounts import add_user, issue_token
    from assistant.database import session_factory

    with session_factory(app.config["DATABASE_URL"])() as session:
        user = add_user(session, "casework-system", "complaints_coordinator", None)
        secret = issue_token(session, user)
        session.commit()
    return secret


@pytest.fixture(scope="module")
def client(app, token):
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client


def validate(instance, name):
    document = openapi_document()
    resolver_root = {"components": document["components"]}
    jsonschema.validate(
        instance, {**document["components"]["schemas"][name], **resolver_root}
    )


def test_when_a_letter_is_checked_then_blocking_findings_stop_it(client):
    response = client.post(
        "/api/v1/checks",
        json={
            "letter": LETTER,
            "stage": 1,
            "complaint_type": "service",
            "complainant_name": "Mrs Ann Vaughan",
        },
    )

    assert response.status_code == 200
    body = response.get_json()
    validate(body, "PresendCheck")
    assert body["ready_to_send"] is False
    codes = {f["code"] for f in body["blocking"]}
    assert {"prohibited_name", "wrong_time_limit"} <= codes


def test_when_a_letter_is_redacted_then_the_agreed_shape_comes_back(client):
    response = client.post("/api/v1/redactions", json={"letter": LETTER})

    assert response.status_code == 200
    body = response.get_json()
    validate(body, "Redaction")
    assert "[SUSPECT 1]" in body["redacted_text"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"letter": LETTER, "stage": 3, "complaint_type": "legal"}, "stage"),
        ({"letter": LETTER, "stage": 1, "complaint_type": "other"}, "complaint_type"),
        ({"stage": 1, "complaint_type": "legal"}, "letter"),
        ({"letter": LETTER, "stage": 1, "complaint_type": "legal", "x": 1}, "x"),
        (
            {
                "letter": LETTER,
                "stage": 1,
                "complaint_type": "legal",
                "case_parties": [{"name": "A", "role": "judge"}],
            },
            "case_parties.0.role",
        ),
    ],
)
def test_when_a_request_is_invalid_then_a_problem_names_the_field(
    client, payload, field
):
    response = client.post("/api/v1/checks", json=payload)

    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    validate(body, "Problem")
    assert field in [error["field"] for error in body["errors"]]


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"data": "not json", "content_type": "text/plain"}, 422, "JSON object"),
        ({"data": "{broken", "content_type": "application/json"}, 422, "JSON object"),
        ({"json": [1, 2]}, 422, "JSON object"),
    ],
)
def test_when_the_body_is_not_a_json_object_then_it_is_refused(
    client, kwargs, status, words
):
    response = client.post("/api/v1/checks", **kwargs)

    assert response.status_code == status
    assert words in response.get_json()["detail"]


def test_when_the_letter_is_too_long_then_the_limit_is_named(client):
    long_letter = "Dear Sir\n\n" + "word " * 13_000
    response = client.post(
        "/api/v1/checks",
        json={"letter": long_letter, "stage": 1, "complaint_type": "legal"},
    )

    assert response.status_code == 422
    assert "over the limit of 60000" in response.get_json()["detail"]


def test_when_the_request_is_too_large_then_413_names_the_limit(app, token):
    small = create_app(
        {
            "TESTING": True,
            "MAX_CONTENT_LENGTH": 1000,
            "DATABASE_URL": app.config["DATABASE_URL"],
        }
    ).test_client()

    response = small.post(
        "/api/v1/redactions",
        json={"letter": "x" * 5000},
        headers={"Authorization": f"Bearer {token}"},
    )

    assert response.status_code == 413
    assert "limit of 1000 bytes" in response.get_json()["detail"]


def test_when_a_route_is_unknown_then_the_problem_shape_is_kept(client):
    response = client.get("/api/v1/nothing-here")

    assert response.status_code == 404
    validate(response.get_json(), "Problem")


def test_when_something_unexpected_fails_then_internals_are_not_echoed(
    client, monkeypatch
):
    from assistant.web import api

    def explode(record, judge=None):
        raise RuntimeError("secret database password in message")

    monkeypatch.setattr(api, "run_presend_check", explode)

    response = client.post(
        "/api/v1/checks", json={"letter": LETTER, "stage": 1, "complaint_type": "legal"}
    )

    assert response.status_code == 500
    assert "secret" not in response.get_data(as_text=True)


def test_when_the_openapi_document_is_read_then_it_lists_exactly_the_api_routes(
    client, app
):
    document = client.get("/api/v1/openapi.json").get_json()

    routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    described = {
        (path, method) for path, item in document["paths"].items() for method in item
    }
    assert document["openapi"] == "3.1.0"
    assert routes == described


def test_when_guidance_is_searched_then_citations_come_back(
    client, tmp_path, monkeypatch
):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    from assistant import retrieval
    from assistant.settings import get_settings

    get_settings.cache_clear()
    retrieval.get_retriever.cache_clear()
    try:
        response = client.get("/api/v1/guidance?q=calendar+month&k=2")
    finally:
        get_settings.cache_clear()
        retrieval.get_retriever.cache_clear()

    assert response.status_code == 200
    results = response.get_json()
    assert len(results) == 2
    for result in results:
        validate(result, "Citation")


def test_when_search_has_no_query_then_a_problem_explains(client):
    response = client.get("/api/v1/guidance")

    assert response.status_code == 422
    assert "'q'" in response.get_json()["detail"]


@pytest.mark.parametrize(
    ("header", "words"),
    [(None, "sign in or send an API token"), ("Bearer not-a-token", "not valid")],
)
def test_when_the_caller_is_not_known_then_401_in_the_problem_shape(app, header, words):
    anonymous = app.test_client()
    headers = {"Authorization": header} if header else {}

    response = anonymous.post(
        "/api/v1/checks",
        json={"letter": LETTER, "stage": 1, "complaint_type": "legal"},
        headers=headers,
    )

    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert words in response.get_json()["detail"]


def test_when_the_openapi_document_is_fetched_then_no_sign_in_is_needed(app):
    assert app.test_client().get("/api/v1/openapi.json").status_code == 200


def test_when_a_draft_is_critiqued_then_the_described_shape_comes_back(client):
    response = client.post(
        "/api/v1/critiques",
        json={
            "letter": LETTER,
            "stage": 1,
            "complaint_type": "service",
            "complaint": "Nobody told me he had been released. Why not?",
        },
    )

    assert response.status_code == 200
    body = response.get_json()
    validate(body, "Critique")
    assert body["issues"][0]["quote"].startswith("Nobody told me")


def test_when_a_structure_is_asked_for_then_it_ends_with_the_closing(client):
    response = client.post(
        "/api/v1/structures",
        json={
            "letter": LETTER,
            "stage": 2,
            "complaint_type": "legal",
            "complaint": "Why was the case dropped?",
        },
    )

    assert response.status_code == 200
    body = response.get_json()
    validate(body, "Structure")
    assert body["structure"][-1]["heading"] == "What you can do next"


def test_when_a_critique_names_a_stored_letter_then_it_is_kept_with_versions(
    client, app
):
    from assistant.audit_records import CheckRun
    from assistant.database import session_factory

    created = client.post(
        "/api/v1/letters",
        json={
            "reference": "CPS-CRIT-1",
            "stage": 1,
            "complaint_type": "service",
            "text": LETTER,
        },
    )
    assert created.status_code == 201

    response = client.post(
        "/api/v1/critiques",
        json={
            "reference": "CPS-CRIT-1",
            "letter": LETTER,
            "stage": 1,
            "complaint_type": "service",
            "complaint": "Nobody told me.",
        },
    )

    assert response.status_code == 200
    with session_factory(app.config["DATABASE_URL"])() as session:
        run = session.get(CheckRun, response.get_json()["stored_as"])
        assert run.kind == "critique"
        assert run.knowledge_version and run.rules_version
        assert run.model is None
