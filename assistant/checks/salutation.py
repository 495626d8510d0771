"""Annex A q20: is the letter addressed to the complainant correctly?

The salutation is compared with the record's ``complainant_name``: the surname must
match, and a title, where both give one, must agree. A first name alone, a generic
"Sir or Madam" or another person's name is wrong.
"""

import re
import unicodedata
from dataclasses import dataclass

from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q20"

SALUTATION = re.compile(r"^[ \t]*dear[ \t]+(?P<name>[^\n,:]+)", re.I | re.M)
TITLES = {
    "mr": "mr",
    "mrs": "mrs",
    "ms": "ms",
    "miss": "miss",
    "mx": "mx",
    "dr": "dr",
    "doctor": "dr",
    "prof": "prof",
    "professor": "prof",
    "sir": "sir",
    "lady": "lady",
    "lord": "lord",
    "rev": "rev",
    "reverend": "rev",
}
GENERIC = re.compile(r"\b(?:sir|madam|sir or madam|sir/madam|complainant|all)\b", re.I)


@dataclass(frozen=True)
class PersonName:
    """A name split into title, given names and surname."""

    title: str | None
    given: tuple[str, ...]
    surname: str | None


def split_name(name: str) -> PersonName:
    """Split a name such as 'Mrs Amina Okafor' into its parts."""
    words = [_fold(w) for w in re.split(r"[\s]+", name.strip()) if w.strip(".")]
    title = TITLES.get(words[0].rstrip(".")) if words else None
    rest = words[1:] if title else words
    if not rest:
        return PersonName(title, (), None)
    return PersonName(title, tuple(rest[:-1]), rest[-1])


def check(context: CheckContext) -> Answer | None:
    """Answer q20, or nothing when the record does not name the complainant."""
    expected = context.record.complainant_name
    if not expected or not expected.strip():
        return None

    match = SALUTATION.search(context.letter.text)
    if not match:
        return context.answer(QUESTION, "no", "no salutation found", confidence=0.8)

    span = (match.start("name"), match.end("name"))
    verdict = _compare(split_name(expected), match["name"])
    if verdict:
        return context.answer(QUESTION, "no", verdict, span)
    return context.answer(QUESTION, "yes", "salutation matches the complainant", span)


def _compare(expected: PersonName, written: str) -> str | None:
    if GENERIC.fullmatch(written.strip()) or written.lower().startswith("sir"):
        return "generic salutation although the complainant's name is known"
    got = split_name(written)

    if got.surname is None:
        return "salutation has no name"
    if not got.given and not got.title and expected.title:
        if expected.given and got.surname == expected.given[0]:
            return "addressed by first name only"
    if got.surname != expected.surname:
        if expected.given and got.surname in expected.given and not got.given:
            return "addressed by first name only"
        return "salutation names someone else or misspells the surname"
    if expected.title and got.title and got.title != expected.title:
        return f"wrong title: '{got.title}' instead of '{expected.title}'"
    return None


def _fold(word: str) -> str:
    # Word processors turn O'Brien into O\u2019Brien; both are the same name.
    word = word.replace("\u2019", "'").replace("\u2018", "'")
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower().strip(".,")
