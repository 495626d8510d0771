"""Case-file shorthand that the glossary cannot list: abbreviations and sections.

Letters written from a case file borrow its shorthand: form numbers (MG11), system
and document names (CMS, VPS), "the Crown" for the prosecution, and bare references
to a section of an Act. A reader outside the criminal justice system knows none of
them. An abbreviation is shorthand unless it is in everyday use (CPS, CCTV, PC),
is the initials of an agency in the signposting directory, or is spelt out
somewhere in the letter ("victim personal statement (VPS)").
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.agencies import load_directory
from assistant.glossary import load_glossary

ABBREVIATION = re.compile(r"(?<![\w@./&-])[A-Z][A-Z0-9]{1,5}(?![\w@&/-]|\.\w)")
POSTCODE_START = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
ROMAN_NUMERAL = re.compile(r"[IVXL]+")
EVERYDAY = {
    "CPS", "CCTV", "UK", "GB", "EU", "NHS", "GP", "MP", "DNA", "ID", "PIN", "TV", "OK",
    "AM", "PM", "PC", "PCSO", "DC", "DS", "DI", "DCI", "DCS", "PS", "HM", "HMP", "PO",
    "URN", "BSL", "DVLA", "DWP", "HMRC", "BBC", "IAC", "DPP", "QC", "KC", "RE", "NB",
    "PTO",
}  # fmt: skip
# Small words an abbreviation usually skips: "Victims' Right to Review" is VRR.
SKIPPED = {"of", "and", "to", "the", "for", "in", "on", "at", "&"}
# A section of an Act, not of this letter ("section 2 of this letter", "Section 1:").
SECTION = re.compile(
    r"\b(?:section|s\.)\s?\d+[A-Z]?\b(?!\s*:|\s+of\s+(?:this|my|our|your|the)\s+"
    r"(?:letter|reply|response|complaint|form|report))",
    re.I,
)
THE_CROWN = re.compile(r"\b[Tt]he Crown\b(?!\s+(?:Court|Prosecut\w*|Office|copyright))")


@dataclass(frozen=True)
class Shorthand:
    """A piece of shorthand the letter uses, and how to find it in the text."""

    term: str
    pattern: re.Pattern


def shorthand_terms(text: str) -> list[Shorthand]:
    """Return the shorthand used in ``text``."""
    terms = [_term(abbreviation) for abbreviation in _abbreviations(text)]
    terms += [_term(reference) for reference in _section_references(text)]
    if THE_CROWN.search(text):
        terms.append(_term("the Crown", THE_CROWN))
    return terms


def _abbreviations(text: str) -> list[str]:
    found = []
    for match in ABBREVIATION.finditer(text):
        word = match.group()
        if word in found or not _could_be_shorthand(match, text):
            continue
        if word in EVERYDAY or word in _known_abbreviations():
            continue
        if not _spelt_out(word, text):
            found.append(word)
    return found


def _could_be_shorthand(match: re.Match, text: str) -> bool:
    word = match.group()
    if POSTCODE_START.match(text, match.start()) or ROMAN_NUMERAL.fullmatch(word):
        return False
    if sum(c.isalpha() for c in word) < 2:
        return False
    # A line in capitals is a heading or a reference, not a sentence using shorthand.
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return any(c.islower() for c in line)


def _section_references(text: str) -> list[str]:
    references = {" ".join(m.group().lower().split()) for m in SECTION.finditer(text)}
    return sorted(r for r in references if not _in_glossary(r))


@lru_cache(maxsize=1)
def _known_abbreviations() -> frozenset[str]:
    """Agency initials and the glossary's own abbreviations (explained there)."""
    names = [agency.name for agency in load_directory()]
    names += [alias for agency in load_directory() for alias in agency.aliases]
    names += [form for term in load_glossary() for form in term.forms]
    return frozenset(name for name in names if ABBREVIATION.fullmatch(name))


def _in_glossary(reference: str) -> bool:
    return any(term.pattern.fullmatch(reference) for term in load_glossary())


def _spelt_out(abbreviation: str, text: str) -> bool:
    letters = re.sub(r"\d.*", "", abbreviation)
    words = re.findall(r"[A-Za-z][\w']*", text)
    initials = [_initials(word) for word in words if word != abbreviation]
    initials = [i for i in initials if i]
    for start in range(len(initials)):
        spelt = ""
        for initial in initials[start:]:
            spelt += initial
            if not letters.startswith(spelt):
                break
            if spelt == letters:
                return True
    return False


def _initials(word: str) -> str:
    if word.lower() in SKIPPED:
        return ""
    # "HM Prison and Probation Service" is HMPPS: a capitalised short word counts whole.
    return word if word.isupper() and len(word) == 2 else word[0].upper()


def _term(form: str, pattern: re.Pattern | None = None) -> Shorthand:
    words = r"\s+".join(map(re.escape, form.split()))
    return Shorthand(form, pattern or re.compile(rf"(?<![\w-]){words}(?![\w-])", re.I))
