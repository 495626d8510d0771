"""The one adapter over langchain-openai: models reached through an OpenAI API.

Any OpenAI-compatible endpoint works (OpenAI, Azure OpenAI, vLLM, Ollama): set
``ASSISTANT_OPENAI_BASE_URL`` and ``ASSISTANT_OPENAI_API_KEY``. Nothing here runs
unless those settings are given.
"""

import logging
import threading
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


class ModelCallError(AssistantError):
    """A model call failed or timed out; callers fall back to the rules."""


class ChatClient:
    """Sends one system and one user message to a chat model and returns its text.

    The rest of the product depends only on ``complete``; tests hand in one of
    langchain's fake chat models in place of the real one.
    """

    def __init__(self, model, name: str, concurrency: int = 2):
        self.model = model
        self.name = name
        self._slots = threading.BoundedSemaphore(concurrency)

    def complete(self, system: str, user: str, purpose: str) -> str:
        """Return the model's reply, or raise ``ModelCallError``."""
        from langchain_core.messages import HumanMessage, SystemMessage

        started = time.perf_counter()
        outcome = "error"
        try:
            with self._slots:
                reply = self.model.invoke([SystemMessage(system), HumanMessage(user)])
            outcome = "ok"
            return str(reply.content)
        except Exception as error:
            outcome = type(error).__name__
            raise ModelCallError(f"the model call failed ({outcome})") from error
        finally:
            logger.info(
                "model call purpose=%s model=%s ms=%.0f outcome=%s",
                purpose,
                self.name,
                (time.perf_counter() - started) * 1000,
                outcome,
            )


def configured_chat_client() -> ChatClient | None:
    """Return a client for the configured endpoint, or ``None`` in rules mode."""
    settings = get_settings()
    if settings.openai_api_key is None:
        return None
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(
        model=settings.openai_model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url,
        timeout=settings.openai_timeout,
        max_retries=settings.openai_max_retries,
        temperature=0,
    )
    return ChatClient(model, settings.openai_model, settings.llm_concurrency)
