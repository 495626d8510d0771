"""The one place Chroma is used: an embedded, persistent vector store.

Telemetry is off and no embedding function is attached, so Chroma never fetches a
model: vectors are always computed by ``assistant.embeddings`` and passed in.
"""

import logging
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings

from assistant.passages import Passage

logger = logging.getLogger(__name__)


class VectorStore:
    """Collections of passage vectors in a folder on disk."""

    def __init__(self, path: Path):
        path.mkdir(parents=True, exist_ok=True)
        self._client = chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
        )

    def create(self, name: str) -> None:
        """Create an empty collection ``name`` (cosine distance)."""
        self._client.get_or_create_collection(
            name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def add(self, name: str, passages: list[Passage], vectors) -> None:
        """Add passages with their vectors to collection ``name``."""
        if not passages:
            return
        collection = self._client.get_collection(name, embedding_function=None)
        collection.upsert(
            ids=[p.id for p in passages],
            embeddings=[list(map(float, v)) for v in vectors],
            documents=[p.text for p in passages],
            metadatas=[p.metadata() for p in passages],
        )

    def vectors(self, name: str, ids: list[str]) -> dict[str, list[float]]:
        """Return the stored vectors of ``ids`` in collection ``name``."""
        if not ids or not self.exists(name):
            return {}
        collection = self._client.get_collection(name, embedding_function=None)
        found = collection.get(ids=ids, include=["embeddings"])
        return dict(zip(found["ids"], found["embeddings"], strict=True))

    def query(self, name: str, vector, k: int) -> list[tuple[str, float]]:
        """Return (passage id, cosine similarity) of the ``k`` nearest passages."""
        collection = self._client.get_collection(name, embedding_function=None)
        count = collection.count()
        if count == 0:
            return []
        found = collection.query(
            query_embeddings=[list(map(float, vector))],
            n_results=min(k, count),
            include=["distances"],
        )
        return [
            (passage_id, 1.0 - distance)
            for passage_id, distance in zip(
                found["ids"][0], found["distances"][0], strict=True
            )
        ]

    def exists(self, name: str) -> bool:
        """Return whether collection ``name`` exists."""
        return name in {c.name for c in self._client.list_collections()}

    def drop(self, name: str) -> None:
        """Delete collection ``name`` if it exists."""
        if self.exists(name):
            self._client.delete_collection(name)
