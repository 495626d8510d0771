"""Who is calling: an API token for systems, a signed-in session for people.

Every route names the roles allowed to use it; an administrator may use them all.
Forms and session-authenticated API calls must carry the session's CSRF token.
"""

import secrets
from functools import wraps

from flask import Flask, abort, g, redirect, request, session, url_for
from sqlalchemy.orm import Session

from assistant.accounts import AuthenticationFailed, user_for_token
from assistant.audit_records import User
from assistant.database import session_factory

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def init_auth(app: Flask) -> None:
    """Open a database session per request and close it after."""
    app.before_request(_open_database)
    app.teardown_appcontext(_close_database)
    app.jinja_env.globals["csrf_token"] = csrf_token


def db() -> Session:
    """Return this request's database session."""
    return g.db


def current_user() -> User | None:
    """Return the signed-in user or the token's owner, if any."""
    if "user" not in g:
        g.user = _token_user() or _session_user()
    return g.user


def requires(*roles: str):
    """Allow the route to users holding one of ``roles`` (or administrators)."""

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            user = current_user()
            if user is None:
                if request.path.startswith("/api/"):
                    abort(401, "sign in or send an API token (Authorization: Bearer)")
                return redirect(url_for("pages.login", next=request.path))
            if user.role != "administrator" and user.role not in roles:
                abort(403, f"your role ({user.role}) may not use this")
            if request.method in UNSAFE and not g.get("token_auth"):
                check_csrf()
            return view(*args, **kwargs)

        return guarded

    return decorate


def csrf_token() -> str:
    """Return the session's CSRF token, creating it on first use."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def sign_in(user: User) -> None:
    """Start a fresh session for ``user``."""
    session.clear()
    session["user_id"] = user.id
    csrf_token()


def check_csrf() -> None:
    """Refuse an unsafe request that does not carry this session's CSRF token."""
    sent = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER, "")
    if not sent or not secrets.compare_digest(sent, session.get(CSRF_FIELD, "")):
        abort(400, "the form has expired or did not come from this site; try again")


def _token_user() -> User | None:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    try:
        user = user_for_token(db(), header.removeprefix("Bearer ").strip())
    except AuthenticationFailed:
        abort(401, "the API token is not valid")
    g.token_auth = True
    return user


def _session_user() -> User | None:
    user_id = session.get("user_id")
    return db().get(User, user_id) if user_id else None


def _open_database() -> None:
    from flask import current_app

    g.db = session_factory(current_app.config["DATABASE_URL"])()


def _close_database(_error=None) -> None:
    database = g.pop("db", None)
    if database is not None:
        database.close()
