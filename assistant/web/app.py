"""The Flask application factory."""

import logging

from flask import Flask

from assistant.settings import get_settings
from assistant.web.api import api
from assistant.web.problems import register_problem_handlers

logger = logging.getLogger(__name__)


def create_app(config: dict | None = None) -> Flask:
    """Build the app from the settings, overridden by ``config`` (tests use this)."""
    app = Flask(__name__)
    settings = get_settings()
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        JSON_SORT_KEYS=False,
    )
    app.config.update(config or {})

    register_problem_handlers(app)
    app.register_blueprint(api)
    return app
