"""Guidance search with citations: vector and keyword search, fused.

Reciprocal rank fusion joins the two rankings, so a passage that either finds near
the top comes near the top, and exact terms found by keywords are never lost.
"""

import logging
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from assistant.embeddings import get_embedder
from assistant.guidance_index import index_dir, ingest, load_manifest
from assistant.keyword_index import KeywordIndex
from assistant.resources import knowledge_dir
from assistant.vector_store import VectorStore

logger = logging.getLogger(__name__)

Mode = Literal["vector", "keyword", "fused"]
CANDIDATES = 30
FUSION_K = 60


@dataclass(frozen=True)
class Citation:
    """A passage of guidance that supports a point, with where it comes from."""

    document: str
    section: str
    version: str
    text: str
    score: float

    def to_json(self) -> dict:
        """Return the citation in the shape ``search --json`` prints."""
        return {
            "document": self.document,
            "section": self.section,
            "version": self.version,
            "text": self.text,
            "score": round(self.score, 4),
        }


class Retriever:
    """Searches the guidance index; build it once and reuse it."""

    def __init__(self, folder: Path | None = None):
        self._folder = folder or index_dir()
        manifest = load_manifest(self._folder)
        bundled = str(knowledge_dir().resolve())
        if bundled not in {entry["root"] for entry in manifest.files.values()}:
            ingest(knowledge_dir(), self._folder)
            manifest = load_manifest(self._folder)
        self._manifest = manifest
        self._passages = {p.id: p for p in manifest.passage_list()}
        self._keywords = KeywordIndex(list(self._passages.values()))
        self._store = VectorStore(self._folder / "chroma")
        self._embedder = get_embedder()

    def search(self, query: str, k: int = 5, mode: Mode = "fused") -> list[Citation]:
        """Return the ``k`` best passages for ``query``, best first."""
        started = time.perf_counter()
        query = " ".join(query.split())
        if not query:
            return []

        ranked = self._one_per_section(self._rank(query, mode))[:k]
        logger.debug(
            "guidance search mode=%s k=%d results=%d ms=%.1f",
            mode,
            k,
            len(ranked),
            (time.perf_counter() - started) * 1000,
        )
        return [self._citation(pid, score) for pid, score in ranked]

    def cite(self, point: str, k: int = 3) -> list[Citation]:
        """Return the passages a finding or an issue rests on."""
        return self.search(point, k)

    def _rank(self, query: str, mode: Mode) -> list[tuple[str, float]]:
        vector = [] if mode == "keyword" else self._vector_ranking(query)
        keyword = [] if mode == "vector" else self._keywords.search(query, CANDIDATES)
        if mode == "vector":
            return vector
        if mode == "keyword":
            return keyword
        return _fuse(vector, keyword)

    def _one_per_section(self, ranked: list[tuple[str, float]]):
        """Keep the best passage of each section, so k results cite k sections."""
        seen, kept = set(), []
        for passage_id, score in ranked:
            passage = self._passages[passage_id]
            key = (passage.document, passage.section)
            if key not in seen:
                seen.add(key)
                kept.append((passage_id, score))
        return kept

    def _vector_ranking(self, query: str) -> list[tuple[str, float]]:
        vector = self._embedder.embed([query])[0]
        return self._store.query(self._manifest.collection, vector, CANDIDATES)

    def _citation(self, passage_id: str, score: float) -> Citation:
        passage = self._passages[passage_id]
        return Citation(
            passage.document, passage.section, passage.version, passage.text, score
        )


@lru_cache(maxsize=1)
def get_retriever() -> Retriever:
    """Return the process-wide retriever over the configured index."""
    return Retriever()


def _fuse(*rankings: list[tuple[str, float]]) -> list[tuple[str, float]]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, (passage_id, _) in enumerate(ranking):
            scores[passage_id] = scores.get(passage_id, 0.0) + 1 / (FUSION_K + rank + 1)
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)
