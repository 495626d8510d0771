"""Sentence embeddings for guidance retrieval.

Offline by default: WordLlama, whose weights and tokenizer come inside its PyPI
package, so nothing is downloaded. OpenAI embeddings are used when configured.
"""

import logging
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.settings import get_settings

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into vectors; ``name`` identifies the model in the index."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return one normalised vector per text."""
        ...


class WordLlamaEmbedder:
    """WordLlama static embeddings, loaded from the installed package."""

    name = "wordllama-l2-supercat-256"

    def __init__(self):
        wordllama = _import_wordllama()
        folder = Path(wordllama.__file__).parent
        self._model = wordllama.WordLlama.load(cache_dir=folder, disable_download=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return L2-normalised vectors."""
        vectors = np.asarray(self._model.embed(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


def _import_wordllama():
    """Import wordllama, undoing the root log handler it installs on import."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import wordllama

    root.handlers[:] = handlers
    root.setLevel(level)
    return wordllama


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """Return the configured embedder, built once."""
    provider = get_settings().embeddings
    if provider == "openai":
        from assistant.openai_models import OpenAIEmbedder

        return OpenAIEmbedder()
    return WordLlamaEmbedder()
