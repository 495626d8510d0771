"""Where the bundled knowledge base and prompts live, installed or in a checkout."""

import hashlib
from functools import lru_cache
from pathlib import Path

from assistant.errors import KnowledgeError
from assistant.settings import get_settings

PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """Return the bundled folder ``name`` (inside the wheel, or the checkout root)."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise KnowledgeError(f"the bundled '{name}' folder is missing; reinstall")


def knowledge_dir() -> Path:
    """Return the configured knowledge folder, or the bundled one."""
    configured = get_settings().knowledge_dir
    return configured if configured else bundled_dir("knowledge")


def knowledge_file(name: str) -> Path:
    """Return a file of the bundled knowledge base that the checks depend on."""
    path = bundled_dir("knowledge") / name
    if not path.is_file():
        raise KnowledgeError(f"knowledge file '{name}' is missing; reinstall")
    return path


@lru_cache(maxsize=1)
def knowledge_version() -> str:
    """Return a short hash of the bundled knowledge base, recorded with results."""
    digest = hashlib.sha256()
    for path in sorted(bundled_dir("knowledge").glob("*.md")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]
