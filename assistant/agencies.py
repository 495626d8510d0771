"""The signposting directory: other agencies a complaint may be about, and how to
reach them, read from ``knowledge/signposting-directory.md``."""

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assistant.errors import KnowledgeError
from assistant.front_matter import split_front_matter
from assistant.resources import knowledge_file

FIELD_LINE = re.compile(r"^-\s*(?P<key>[A-Za-z ]+):\s*(?P<value>.+)$")
ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
CONTACT_FIELDS = ("phone", "web", "email", "post")


@dataclass(frozen=True)
class Agency:
    """An agency of the criminal justice system and its contact details."""

    name: str
    aliases: tuple[str, ...]
    handles: str = ""
    contacts: dict[str, str] = field(default_factory=dict)
    checked: str | None = None

    @cached_property
    def pattern(self) -> re.Pattern:
        """Return a pattern matching the agency's name or any alias."""
        names = {re.sub(r"\s*\(.*?\)", "", self.name), *self.aliases}
        names.update(ACRONYM.findall(self.name))
        body = "|".join(
            r"\s+".join(map(re.escape, name.split()))
            for name in sorted(names, key=len, reverse=True)
            if name
        )
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def load_directory() -> tuple[Agency, ...]:
    """Load the bundled signposting directory once."""
    path = knowledge_file("signposting-directory.md")
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    agencies = [_agency(section) for section in re.split(r"^## ", body, flags=re.M)[1:]]
    if not agencies:
        raise KnowledgeError("the signposting directory lists no agencies")
    return tuple(agencies)


def find_agency(name: str) -> Agency:
    """Return the agency whose name starts with ``name`` (case-insensitive)."""
    for agency in load_directory():
        if agency.name.lower().startswith(name.lower()):
            return agency
    raise KnowledgeError(f"the signposting directory has no agency '{name}'")


def _agency(section: str) -> Agency:
    title, _, rest = section.partition("\n")
    values = {}
    for line in rest.splitlines():
        match = FIELD_LINE.match(line.strip())
        if match:
            values[match["key"].strip().lower()] = match["value"].strip()
    aliases = tuple(a.strip() for a in values.get("also known as", "").split(";"))
    contacts = {key: values[key] for key in CONTACT_FIELDS if key in values}
    return Agency(
        name=title.strip(),
        aliases=tuple(a for a in aliases if a),
        handles=values.get("handles", ""),
        contacts=contacts,
        checked=values.get("checked"),
    )
