"""A disk cache of model replies, so a re-run of an evaluation costs nothing.

The key hashes the prompt version, the model and the exact (pseudonymised) prompt;
only the model's reply is stored, never the prompt, so the cache holds no names.
"""

import hashlib
import json
import os
from pathlib import Path


class CallCache:
    """Model replies on disk, one small JSON file per call."""

    def __init__(self, folder: Path):
        self.folder = folder

    @staticmethod
    def key(prompt_key: str, model: str, system: str, user: str) -> str:
        """Return the cache key of one call."""
        material = "\x1f".join([prompt_key, model, system, user]).encode()
        return hashlib.sha256(material).hexdigest()

    def get(self, key: str) -> str | None:
        """Return the stored reply for ``key``, if any."""
        path = self._path(key)
        if not path.is_file():
            return None
        return json.loads(path.read_text(encoding="utf-8"))["reply"]

    def put(self, key: str, reply: str) -> None:
        """Store ``reply`` under ``key`` atomically."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"reply": reply}), encoding="utf-8")
        os.replace(temporary, path)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
