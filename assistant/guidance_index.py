"""Ingest guidance folders into the on-disk index, re-embedding only what changed.

The index is a Chroma collection plus a manifest of files and passages. An ingest
builds a new collection beside the old one and switches the manifest to it in one
atomic rename, so a failed ingest leaves the previous index usable. Files that
cannot be read are reported one by one; the rest of the ingest goes on.
"""

import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.embeddings import get_embedder
from assistant.errors import InputError
from assistant.guidance_documents import SUPPORTED, DocumentError, read_document
from assistant.passages import Passage, split_passages
from assistant.settings import get_settings
from assistant.vector_store import VectorStore

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
IGNORED = {"readme.md", ".ds_store"}


@dataclass
class IngestReport:
    """What one ingest did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    passages: int = 0
    embedded: int = 0
    seconds: float = 0.0


@dataclass
class Manifest:
    """Which files are indexed, their passages, and the collection holding them."""

    collection: str | None = None
    embedder: str | None = None
    files: dict[str, dict] = field(default_factory=dict)
    passages: dict[str, dict] = field(default_factory=dict)

    def passage_list(self) -> list[Passage]:
        """Return every indexed passage."""
        return [Passage(id=pid, **data) for pid, data in self.passages.items()]


def index_dir() -> Path:
    """Return the folder of the guidance index."""
    return get_settings().data_dir / "guidance"


def load_manifest(folder: Path | None = None) -> Manifest:
    """Read the manifest, or return an empty one when nothing is indexed yet."""
    path = (folder or index_dir()) / MANIFEST
    if not path.is_file():
        return Manifest()
    return Manifest(**json.loads(path.read_text(encoding="utf-8")))


def ingest(root: Path, folder: Path | None = None) -> IngestReport:
    """Bring the index in line with the guidance files under ``root``."""
    started = time.perf_counter()
    folder = folder or index_dir()
    root = _check_root(root)
    old = load_manifest(folder)
    embedder = get_embedder()
    fresh = old.embedder != embedder.name

    report = IngestReport()
    files = _plan(root, old, fresh, report)
    if report.added or report.updated or report.removed or fresh:
        _rebuild(folder, old, files, embedder, report)
    report.passages = sum(len(entry["passages"]) for entry in files.values())
    report.seconds = time.perf_counter() - started
    logger.info(
        "ingest added=%d updated=%d removed=%d failed=%d embedded=%d seconds=%.2f",
        len(report.added),
        len(report.updated),
        len(report.removed),
        len(report.failed),
        report.embedded,
        report.seconds,
    )
    return report


def _check_root(root: Path) -> Path:
    if not root.exists():
        raise InputError(f"{root}: no such file or folder")
    return root.resolve()


def _plan(root: Path, old: Manifest, fresh: bool, report: IngestReport) -> dict:
    """Decide file by file what to keep, re-read or drop; return the new file map."""
    files = {k: _expand(v, old) for k, v in old.files.items() if v["root"] != str(root)}
    seen = set()
    for path in _guidance_files(root):
        key = str(path)
        seen.add(key)
        name = path.name if root.is_file() else str(path.relative_to(root))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        previous = old.files.get(key)
        if previous and previous["hash"] == digest and not fresh:
            files[key] = _expand(previous, old)
            report.unchanged.append(name)
            continue
        try:
            passages = split_passages(read_document(path), name)
        except DocumentError as error:
            report.failed.append((name, str(error)))
            if previous:
                files[key] = _expand(previous, old)
            continue
        (report.updated if previous else report.added).append(name)
        files[key] = {
            "root": str(root),
            "name": name,
            "hash": digest,
            "passages": [asdict(p) for p in passages],
        }
    for key, entry in old.files.items():
        if entry["root"] == str(root) and key not in seen:
            report.removed.append(entry["name"])
    return files


def _guidance_files(root: Path) -> list[Path]:
    candidates = (
        [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    )
    return [
        p
        for p in candidates
        if p.name.lower() not in IGNORED and not p.name.startswith(".")
    ]


def _rebuild(folder: Path, old: Manifest, files: dict, embedder, report) -> None:
    store = VectorStore(folder / "chroma")
    name = f"guidance-{time.time_ns()}"
    store.create(name)
    try:
        _fill(store, name, old, files, embedder, report)
        _switch(folder, Manifest(name, embedder.name, _strip(files), _passages(files)))
    except BaseException:
        store.drop(name)
        raise
    if old.collection:
        store.drop(old.collection)


def _fill(store, name, old: Manifest, files: dict, embedder, report) -> None:
    passages = [Passage(**p) for entry in files.values() for p in entry["passages"]]
    reusable = {}
    if old.collection and old.embedder == embedder.name:
        reusable = store.vectors(old.collection, [p.id for p in passages])
    todo = [p for p in passages if p.id not in reusable]
    vectors = embedder.embed([p.embedding_text for p in todo]) if todo else []
    store.add(name, todo, vectors)
    kept = [p for p in passages if p.id in reusable]
    store.add(name, kept, [reusable[p.id] for p in kept])
    report.embedded = len(todo)


def _switch(folder: Path, manifest: Manifest) -> None:
    temporary = folder / f"{MANIFEST}.tmp"
    temporary.write_text(json.dumps(asdict(manifest)), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


def _expand(entry: dict, old: Manifest) -> dict:
    """Return a manifest file entry with its passages in full."""
    passages = [{"id": pid, **old.passages[pid]} for pid in entry["passages"]]
    return {**entry, "passages": passages}


def _strip(files: dict) -> dict:
    return {
        key: {**entry, "passages": [p["id"] for p in entry["passages"]]}
        for key, entry in files.items()
    }


def _passages(files: dict) -> dict:
    return {
        p["id"]: {k: v for k, v in p.items() if k != "id"}
        for entry in files.values()
        for p in entry["passages"]
    }


def supported_types() -> str:
    """Return the file types ingest reads, for messages."""
    return ", ".join(SUPPORTED)
