"""Where a letter names an agency of the signposting directory, and how plainly.

Besides the names and aliases in the directory, a letter names the police by any
force ("Surrey Police", "the Metropolitan Police") and HM Courts & Tribunals Service
by any court ("the magistrates' court", "Plymouth Combined Court"). Some names are
too general to show that the agency itself is meant ("the court", "the prison");
they count only when a hand-over phrase leads to them.
"""

import re
from functools import lru_cache

import regex

from assistant.agencies import Agency

EXTRA_NAMES = {
    "Police force complaints": re.compile(r"\bpolice\b", re.I),
    # A court named with its town keeps the capitals: "Plymouth Combined Court".
    "HM Courts": re.compile(
        r"\b(?:[Tt]he\s+)?(?:[A-Z][\w']+\s+){0,2}?(?i:magistrates'?|crown|combined|"
        r"youth|county)\s+(?i:court)\b(?!\s+(?i:office))"
    ),
    # A council named by its place: "Kirklees Council", "Leeds City Council".
    "Local council": re.compile(
        r"\b(?!(?:The|This|That|Your|Our|Their|Sentencing|Bar|Privy|Security|"
        r"Chiefs'?|Medical|Arts|Research)\b)"
        r"[A-Z][\w'-]+(?:\s+(?:and\s+)?[A-Z][\w'-]+)?\s+(?:(?:Metropolitan\s+)?"
        r"(?:Borough|City|County|District)\s+)?Council\b"
    ),
}
GENERIC_ALIASES = {"the court", "the commission", "the ombudsman", "the prison"}
COURT_NAME = EXTRA_NAMES["HM Courts"]


def is_named(agency: Agency, text: str) -> bool:
    """Return quickly whether ``text`` names ``agency`` at all."""
    extra = next((p for n, p in EXTRA_NAMES.items() if agency.name.startswith(n)), None)
    return bool(agency.pattern.search(text) or (extra and extra.search(text)))


def all_mentions(agency: Agency, text: str) -> list[tuple[int, int]]:
    """Return every span of ``text`` that names ``agency``, general names included."""
    # Overlapping names count: "The court service" holds "The court" and
    # "court service", and only the second shows which agency is meant.
    pattern = _overlapping(agency.pattern.pattern)
    spans = [(m.start(), m.end()) for m in pattern.finditer(text, overlapped=True)]
    extra = next((p for n, p in EXTRA_NAMES.items() if agency.name.startswith(n)), None)
    if extra:
        spans += [(m.start(), m.end()) for m in extra.finditer(text)]
    return sorted(_outermost(spans))


@lru_cache(maxsize=64)
def _overlapping(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.IGNORECASE)


def is_generic(name: str) -> bool:
    """Return whether ``name`` is too general to show which agency is meant."""
    name = " ".join(name.split())
    return name.lower() in GENERIC_ALIASES or bool(COURT_NAME.fullmatch(name))


def without_nested_names(
    found: dict[str, list[tuple[int, int]]],
) -> dict[str, list[tuple[int, int]]]:
    """Drop each name found inside another agency's name.

    "Citizens Advice" inside "the Citizens Advice Witness Service" is not a second
    agency.
    """
    spans = {span for name_spans in found.values() for span in name_spans}
    kept = {}
    for name, name_spans in found.items():
        own = [s for s in name_spans if not any(_inside(s, o) for o in spans)]
        if own:
            kept[name] = own
    return kept


def _inside(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return other != span and other[0] <= span[0] and span[1] <= other[1]


def _outermost(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    # "the court" inside "the magistrates' court" is the same mention, not two.
    return {span for span in spans if not any(_inside(span, o) for o in spans)}
