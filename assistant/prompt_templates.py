"""Prompt templates: files in ``prompts/``, loaded and rendered through one loader.

A prompt file is Markdown with front matter (``name``, ``version``, ``variables``)
and two sections, ``## System`` and ``## User``. Placeholders are written
``{{ name }}``. Loading fails when the file uses a variable it does not declare or
declares one it never uses; rendering fails on a missing or unknown variable.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.errors import KnowledgeError
from assistant.front_matter import split_front_matter
from assistant.resources import bundled_dir

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
SECTION = re.compile(r"^##[ \t]+(System|User)[ \t]*$", re.MULTILINE | re.IGNORECASE)


class PromptError(KnowledgeError):
    """A prompt file or a render that does not fit the template."""


@dataclass(frozen=True)
class PromptTemplate:
    """A versioned system and user prompt with declared variables."""

    name: str
    version: str
    variables: frozenset[str]
    system: str
    user: str

    @property
    def key(self) -> str:
        """Return ``name@version``, recorded with every result."""
        return f"{self.name}@{self.version}"

    def render(self, **values: str) -> tuple[str, str]:
        """Return the system and user prompts with every variable filled in."""
        missing = self.variables - values.keys()
        unknown = values.keys() - self.variables
        if missing or unknown:
            raise PromptError(
                f"prompt {self.key}: missing {sorted(missing)}, "
                f"unknown {sorted(unknown)}"
            )
        return _fill(self.system, values), _fill(self.user, values)


@lru_cache(maxsize=16)
def load_prompt(name: str) -> PromptTemplate:
    """Load ``prompts/<name>.md``, checking its variables against its text."""
    path = bundled_dir("prompts") / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt file named '{name}'")
    fields, body = split_front_matter(path.read_text(encoding="utf-8"))

    system, user = _sections(body, name)
    declared = frozenset(
        v.strip() for v in fields.get("variables", "").split(",") if v.strip()
    )
    used = set(PLACEHOLDER.findall(system + user))
    if used != declared:
        raise PromptError(
            f"prompt {name}: declares {sorted(declared)} but uses {sorted(used)}"
        )
    return PromptTemplate(
        fields.get("name", name), fields.get("version", "0"), declared, system, user
    )


def _fill(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def _sections(body: str, name: str) -> tuple[str, str]:
    parts = SECTION.split(body)
    found = {
        parts[i].lower(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)
    }
    if set(found) != {"system", "user"}:
        raise PromptError(f"prompt {name}: needs a '## System' and a '## User' section")
    return found["system"], found["user"]
