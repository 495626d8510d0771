"""Fixtures that turn a letter text into a record and a parsed check context."""

import pytest

from assistant.checks.context import CheckContext
from assistant.letters import LetterRecord

RECORD_DEFAULTS = {
    "id": "T-001",
    "stage": 1,
    "complaint_type": "service",
    "complaint": "",
}


@pytest.fixture
def make_record():
    """Return a builder of letter records with dataset defaults filled in."""

    def build(letter: str, **fields) -> LetterRecord:
        return LetterRecord(**{**RECORD_DEFAULTS, **fields, "letter": letter})

    return build


@pytest.fixture
def make_context(make_record):
    """Return a builder of check contexts for a letter and any record fields."""

    def build(letter: str, **fields) -> CheckContext:
        return CheckContext.build(make_record(letter, **fields))

    return build


@pytest.fixture(scope="session")
def role_tokens():
    """Return a function that creates one API user per role and their tokens."""

    def issue(database_url: str, users: dict[str, str]) -> dict[str, str]:
        from assistant.accounts import add_user, issue_token
        from assistant.database import session_factory

        with session_factory(database_url)() as session:
            issued = {
                role: issue_token(session, add_user(session, username, role, None))
                for role, username in users.items()
            }
            session.commit()
        return issued

    return issue
