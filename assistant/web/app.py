"""The Flask application factory."""

import logging
import secrets
from pathlib import Path

from flask import Flask

from assistant.database import database_url
from assistant.settings import get_settings
from assistant.web.api import api
from assistant.web.auth import init_auth
from assistant.web.evaluations_api import evaluations_api
from assistant.web.letters_api import letters_api
from assistant.web.pages import pages
from assistant.web.problems import register_problem_handlers

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

logger = logging.getLogger(__name__)


def create_app(config: dict | None = None) -> Flask:
    """Build the app from the settings, overridden by ``config`` (tests use this)."""
    app = Flask(__name__, template_folder=str(TEMPLATES))
    settings = get_settings()
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        SECRET_KEY=_secret_key(),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        DATABASE_URL=None,
    )
    app.config.update(config or {})
    app.config["DATABASE_URL"] = app.config["DATABASE_URL"] or database_url()

    register_problem_handlers(app)
    init_auth(app)
    app.register_blueprint(api)
    app.register_blueprint(letters_api)
    app.register_blueprint(evaluations_api)
    app.register_blueprint(pages)
    return app


def warm_up() -> None:
    """Load every model and word list once, before the first request needs them."""
    from assistant.command_inputs import sample_record
    from assistant.rules_judge import RulesJudge

    RulesJudge().judge(sample_record())


def _secret_key() -> str:
    """Return the configured secret, or one kept in the data folder."""
    settings = get_settings()
    if settings.secret_key:
        return settings.secret_key.get_secret_value()
    path = settings.data_dir / "secret_key"
    if not path.is_file():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
