"""The one adapter over langchain-openai: models reached through an OpenAI API.

Any OpenAI-compatible endpoint works (OpenAI, Azure OpenAI, vLLM, Ollama): set
``ASSISTANT_OPENAI_BASE_URL`` and ``ASSISTANT_OPENAI_API_KEY``. Nothing here runs
unless those settings are given.
"""

import logging
import time

import numpy as np

from assistant.errors import AssistantError
from assistant.settings import get_settings

logger = logging.getLogger(__name__)


class ModelNotConfigured(AssistantError):
    """An OpenAI-backed feature was asked for without an API key."""


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible endpoint, via langchain-openai."""

    def __init__(self):
        from langchain_openai import OpenAIEmbeddings

        settings = get_settings()
        if settings.openai_api_key is None:
            raise ModelNotConfigured(
                "ASSISTANT_EMBEDDINGS=openai needs ASSISTANT_OPENAI_API_KEY"
            )
        self.name = f"openai-{settings.openai_embedding_model}"
        self._client = OpenAIEmbeddings(
            model=settings.openai_embedding_model,
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url,
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return one normalised vector per text."""
        started = time.perf_counter()
        vectors = np.asarray(self._client.embed_documents(texts), dtype=np.float32)
        logger.info(
            "openai embeddings texts=%d ms=%.0f",
            len(texts),
            (time.perf_counter() - started) * 1000,
        )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)
