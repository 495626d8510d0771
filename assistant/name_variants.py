"""Short and familiar forms of first names, and nicknames a letter gives.

"Danny" is Daniel Kerr, "Kasia" is Katarzyna Kowalska and "Gaz" is Gary Lomas:
a case party called by another form of their first name is still that person.
The table is ``assistant/data/name_variants.txt``; a letter's own aliases ("the
man you know as "Gaz"") are read by ``ALIAS``.
"""

from functools import lru_cache
from pathlib import Path

import regex as re

TABLE = Path(__file__).parent / "data" / "name_variants.txt"
# An alias written after a name: 'Gary Lomas, the man you know as "Gaz"',
# 'Mehmet Aydin, who is known at school as "Memo"', 'Daniel ("Danny") Kerr'.
# "called" and "aka" count only with the alias in quotes: "Mr Lee called Sarah".
QUOTE = "[\"'\u2018\u201c]"
ALIAS = re.compile(
    r"[^.;\n]{0,40}?(?:\b(?:known?|knew|knows)\b(?:[ \t]+\w+){0,3}[ \t]+as|\bnicknamed|"
    rf"\bgoes[ \t]+by)[ \t]+{QUOTE}?(?P<alias>\p{{Lu}}[\p{{Lu}}\p{{Ll}}]+)\b"
    rf"|[^.;\n]{{0,40}}?\b(?:called|calls?|aka)[ \t]+{QUOTE}"
    r"(?P<alias>\p{Lu}\p{Ll}+)\b"
    rf"|[ \t]*\([ \t]*{QUOTE}?(?P<alias>\p{{Lu}}\p{{Ll}}+)[\"'\u2019\u201d]?[ \t]*\)"
)


def same_first_name(one: str, other: str) -> bool:
    """Return whether two first names can be the same person's."""
    one, other = one.lower(), other.lower()
    if one == other:
        return True
    table = _table()
    return other in table.get(one, ()) or one in table.get(other, ())


def forms_of(first: str) -> set[str]:
    """Return the other forms of a first name: its short forms, or its full name."""
    first = first.lower()
    table = _table()
    forms = set(table.get(first, ()))
    forms.update(full for full, short in table.items() if first in short)
    forms.discard(first)
    return forms


def alias_after(text: str, end: int) -> tuple[int, int] | None:
    """Return where an alias written just after a name at ``end`` is."""
    match = ALIAS.match(text, end, min(len(text), end + 80))
    if not match:
        return None
    return match.span("alias")


def short_forms() -> set[str]:
    """Return every short form the table knows."""
    return {form for forms in _table().values() for form in forms}


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        full, _, short = line.partition(":")
        forms = {form.strip() for form in short.split(",") if form.strip()}
        table[full.strip()] = frozenset(forms)
    return table
