"""Accounts and roles: who may do what, with hashed passwords and API tokens.

Passwords are hashed with the standard library's scrypt and a random salt; API
tokens are random, shown once, and stored only as a SHA-256 hash.
"""

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.audit_records import User
from assistant.errors import InputError

ROLES = ("legal_manager", "complaints_coordinator", "quality_lead", "administrator")
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 10


class AuthenticationFailed(InputError):
    """Wrong or missing credentials."""


def add_user(session: Session, username: str, role: str, password: str | None) -> User:
    """Create an account; systems may have no password and use a token."""
    if role not in ROLES:
        raise InputError(f"unknown role '{role}'; use one of {', '.join(ROLES)}")
    if session.scalar(select(User).where(User.username == username)):
        raise InputError(f"a user called '{username}' already exists")
    if password is not None and len(password) < MIN_PASSWORD:
        raise InputError(f"the password must have at least {MIN_PASSWORD} characters")
    user = User(
        username=username,
        role=role,
        password_hash=hash_password(password) if password else None,
    )
    session.add(user)
    session.flush()
    return user


def issue_token(session: Session, user: User) -> str:
    """Give ``user`` a new API token, replacing any old one; return it once."""
    token = secrets.token_urlsafe(32)
    user.token_hash = hashlib.sha256(token.encode()).hexdigest()
    session.flush()
    return token


def check_password(session: Session, username: str, password: str) -> User:
    """Return the user if the password is right, or raise ``AuthenticationFailed``."""
    user = session.scalar(select(User).where(User.username == username))
    if (
        user is None
        or not user.password_hash
        or not verify(password, user.password_hash)
    ):
        raise AuthenticationFailed("the username or password is not right")
    return user


def user_for_token(session: Session, token: str) -> User:
    """Return the user holding ``token``, or raise ``AuthenticationFailed``."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    user = session.scalar(select(User).where(User.token_hash == digest))
    if user is None:
        raise AuthenticationFailed("the API token is not valid")
    return user


def hash_password(password: str) -> str:
    """Return a salted scrypt hash of ``password``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify(password: str, stored: str) -> bool:
    """Return whether ``password`` matches the stored hash, in constant time."""
    _, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), **SCRYPT)
    return hmac.compare_digest(candidate.hex(), digest)


def ensure_administrator(session: Session) -> str | None:
    """Create 'admin' with a random password when there are no accounts yet.

    Returns the password so it can be shown once, or ``None`` if accounts exist.
    """
    if session.scalar(select(User).limit(1)) is not None:
        return None
    password = secrets.token_urlsafe(12)
    add_user(session, "admin", "administrator", password)
    return password
