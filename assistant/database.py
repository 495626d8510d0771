"""The database: SQLite by default, PostgreSQL by URL, migrated with Alembic."""

import logging
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from assistant.settings import get_settings

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url() -> str:
    """Return the configured URL, or a SQLite file in the data folder."""
    settings = get_settings()
    if settings.database_url:
        return settings.database_url
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{settings.data_dir / 'assistant.db'}"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys switched on."""
    engine = create_engine(url, future=True)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest schema."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, "head")
    logger.info("database migrated to head")


@lru_cache(maxsize=4)
def session_factory(url: str | None = None) -> sessionmaker[Session]:
    """Return a session factory for ``url`` (default: the configured database)."""
    url = url or database_url()
    migrate(url)
    return sessionmaker(make_engine(url), expire_on_commit=False)


def _sqlite_foreign_keys(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
