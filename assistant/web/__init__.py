"""The web service: a JSON API for other systems and pages for people."""

from assistant.web.app import create_app

__all__ = ["create_app"]
