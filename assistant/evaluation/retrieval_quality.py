"""How well guidance search finds the section that answers a question.

A query set is JSON Lines: ``{"id", "query", "document", "section", "also": [...]}``
where ``also`` lists other sections that answer equally well. Recall@3 and mean
reciprocal rank are computed for vector, keyword and fused search in one run.
"""

import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import DatasetError
from assistant.guidance_index import ingest
from assistant.resources import knowledge_dir
from assistant.retrieval import Retriever

MODES = ("vector", "keyword", "fused")
DEPTH = 10


@dataclass(frozen=True)
class Query:
    """A question and the sections that answer it."""

    id: str
    text: str
    answers: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class ModeScore:
    """Retrieval quality and speed of one search mode."""

    mode: str
    recall_at_3: float
    mrr: float
    ms_per_query: float


def read_queries(path: Path) -> list[Query]:
    """Read a query set, naming the line of any bad entry."""
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            answers = {(data["document"], data["section"])}
            answers |= {(a["document"], a["section"]) for a in data.get("also", [])}
            queries.append(Query(data["id"], data["query"], frozenset(answers)))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise DatasetError(f"{path}: line {number}: {error}") from None
    return queries


def score_modes(retriever: Retriever, queries: list[Query]) -> list[ModeScore]:
    """Score every search mode on the queries."""
    return [_score(retriever, queries, mode) for mode in MODES]


def retrieval_report(queries_path: Path) -> str:
    """Build a fresh index, time it, score each mode; return a printable report."""
    queries = read_queries(queries_path)
    folder = Path(tempfile.mkdtemp(prefix="guidance-bench-"))
    try:
        first = ingest(knowledge_dir(), folder)
        again = ingest(knowledge_dir(), folder)
        retriever = Retriever(folder)
        retriever.search("warm up", 3)
        scores = score_modes(retriever, queries)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    lines = [
        f"ingest: {first.passages} passages from {len(first.added)} files in "
        f"{first.seconds:.2f} s; unchanged re-run {again.seconds:.3f} s "
        f"({again.embedded} re-embedded)",
        f"{len(queries)} queries",
        f"{'mode':<10}{'recall@3':>10}{'MRR':>8}{'ms/query':>10}",
    ]
    for score in scores:
        lines.append(
            f"{score.mode:<10}{score.recall_at_3:>10.3f}{score.mrr:>8.3f}"
            f"{score.ms_per_query:>10.2f}"
        )
    return "\n".join(lines)


def _score(retriever: Retriever, queries: list[Query], mode: str) -> ModeScore:
    hits, reciprocal = 0, 0.0
    started = time.perf_counter()
    for query in queries:
        found = [
            (c.document, c.section) for c in retriever.search(query.text, DEPTH, mode)
        ]
        rank = next((i for i, key in enumerate(found, 1) if key in query.answers), None)
        hits += bool(rank and rank <= 3)
        reciprocal += 1 / rank if rank else 0.0
    elapsed = (time.perf_counter() - started) * 1000 / max(len(queries), 1)
    return ModeScore(mode, hits / len(queries), reciprocal / len(queries), elapsed)
