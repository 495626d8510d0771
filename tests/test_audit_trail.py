"""Letters, versions, checks, sign-offs and retention, on SQLite and PostgreSQL.

PostgreSQL runs when ``ASSISTANT_TEST_POSTGRES_URL`` names a server (CI sets it);
each run gets a database of its own, dropped afterwards.
"""

import os
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

from assistant.audit_records import utc_now
from assistant.database import make_engine, migrate
from assistant.errors import InputError
from assistant.letter_history import add_version, create_letter, diff_versions
from assistant.retention import purge_expired_text
from assistant.sign_off import SignOffRefused, override_report, record_check, sign_off

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
POSTGRES = os.environ.get("ASSISTANT_TEST_POSTGRES_URL")


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(
                not POSTGRES, reason="ASSISTANT_TEST_POSTGRES_URL is not set"
            ),
        ),
    ]
)
def session(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'audit.db'}"
        yield from _session(url)
        return
    name = f"assistant_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield from _session(POSTGRES.rsplit("/", 1)[0] + f"/{name}")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _session(url):
    migrate(url)
    engine = make_engine(url)
    with sessionmaker(engine, expire_on_commit=False)() as session:
        yield session
    engine.dispose()


def new_letter(session, reference="CPS-001"):
    return create_letter(
        session,
        reference,
        1,
        "service",
        DRAFT,
        "lm.jones",
        complaint="Nobody told me he was released.",
        complainant_name="Mrs Ann Vaughan",
    )


def test_when_qa_edits_a_draft_then_versions_and_a_readable_diff_are_kept(session):
    letter = new_letter(session)
    add_version(session, letter, FIXED, "manager_qa", "lm2.khan")
    session.commit()

    diff = diff_versions(letter, 1, 2)

    assert [v.kind for v in letter.versions] == ["draft", "manager_qa"]
    assert "version 2 (manager_qa, lm2.khan)" in diff
    assert "-The police arrested Ashley Turner" in diff
    assert (
        "+If you are unhappy you can ask for a stage 2 review within one calendar"
        in diff
    )


def test_when_a_blocking_finding_stands_then_sign_off_is_refused(session):
    letter = new_letter(session)
    run = record_check(session, letter, letter.versions[0], "cc.smith")

    with pytest.raises(SignOffRefused, match="prohibited_name"):
        sign_off(session, letter, run, "cc.smith", "Time limit wording was wrong.", {})

    assert run.blocking >= 2
    assert run.rules_version and run.knowledge_version and run.catalogue_version
    assert letter.status == "draft"


def test_when_blocking_findings_are_overridden_with_reasons_then_it_is_recorded(
    session,
):
    letter = new_letter(session)
    run = record_check(session, letter, letter.versions[0], "cc.smith")
    reasons = {
        f["code"]: "Checked with the lawyer; the name is needed and agreed."
        for f in run.findings
        if f["severity"] == "blocking"
    }

    record = sign_off(
        session,
        letter,
        run,
        "cc.smith",
        "Warn drafters about the time limit wording.",
        reasons,
    )
    session.commit()

    assert letter.status == "ready_to_send"
    assert {o.code for o in record.overrides} == set(reasons)
    report = override_report(session)
    assert {row["code"] for row in report} == set(reasons)
    assert all(row["letter"] == "CPS-001" for row in report)


@pytest.mark.parametrize("lessons", ["", "yes", "No.", " n/a "])
def test_when_lessons_learnt_are_a_bare_answer_then_sign_off_is_refused(
    session, lessons
):
    letter = new_letter(session)
    add_version(session, letter, FIXED, "final", "lm.jones")
    run = record_check(session, letter, letter.versions[-1], "cc.smith")

    with pytest.raises(SignOffRefused, match="lessons learnt"):
        sign_off(session, letter, run, "cc.smith", lessons, {})


def test_when_the_checked_version_is_not_the_latest_then_sign_off_is_refused(session):
    letter = new_letter(session)
    run = record_check(session, letter, letter.versions[0], "cc.smith")
    add_version(session, letter, FIXED, "coordinator_qa", "cc.smith")

    with pytest.raises(SignOffRefused, match="older version"):
        sign_off(session, letter, run, "cc.smith", "Some lessons written down.", {})


def test_when_text_is_older_than_retention_then_it_goes_and_statistics_stay(session):
    old = new_letter(session, "CPS-OLD")
    old.created_at = utc_now() - timedelta(days=800)
    run = record_check(session, old, old.versions[0], "cc.smith")
    recent = new_letter(session, "CPS-NEW")
    session.commit()

    purged = purge_expired_text(session, days=730)
    session.commit()

    assert purged == 1
    assert old.complaint_text is None and old.versions[0].text is None
    assert all(f["evidence"] is None for f in run.findings)
    assert run.blocking >= 2 and run.answers["answers"]["q18_1"] == "no"
    assert recent.versions[0].text == DRAFT
    with pytest.raises(InputError, match="retention"):
        diff_versions(old, 1, 1)


def test_when_a_reference_is_reused_then_the_letter_is_refused(session):
    new_letter(session)

    with pytest.raises(InputError, match="already exists"):
        new_letter(session)


def test_when_an_evaluation_run_is_expired_then_quotes_go_and_tables_stay(tmp_path):
    import json as jsonlib
    import os
    import time

    from assistant.retention import purge_expired_evaluations

    run = tmp_path / "evaluations" / "abc123"
    run.mkdir(parents=True)
    line = {
        "id": "L-1",
        "answers": {"q6": "no"},
        "evidence": {"q6": "Dear Mrs X"},
        "judge": "rules",
        "version": "1",
    }
    (run / "answers.jsonl").write_text(jsonlib.dumps(line) + "\n")
    for name in ("findings.jsonl", "report.html", "annex_b.csv"):
        (run / name).write_text("content")
    old = time.time() - 800 * 86_400
    os.utime(run / "answers.jsonl", (old, old))

    purged = purge_expired_evaluations(tmp_path / "evaluations", days=730)

    assert purged == 1
    assert not (run / "findings.jsonl").exists()
    assert not (run / "report.html").exists()
    assert (run / "annex_b.csv").exists()
    kept = jsonlib.loads((run / "answers.jsonl").read_text())
    assert kept["answers"] == {"q6": "no"} and kept["evidence"] == {}
