"""The people of a case a letter may mention, with every way their name is written.

The roster is the record's ``case_parties`` plus the complainant. Each person's
name is matched in full, by surname or first name alone, with a title, with
initials and with a possessive, whatever the case of the letters.
"""

import re
from dataclasses import dataclass

from pydantic import TypeAdapter, ValidationError

from assistant.checks.spelling import is_known
from assistant.errors import InputError
from assistant.letters import CaseParty, LetterRecord
from assistant.name_variants import forms_of

TITLES = (
    r"(?:mr|mrs|ms|miss|mx|dr|prof|professor|dc|ds|di|dci|pc|sgt|sergeant|"
    r"inspector|detective constable|detective sergeant|detective inspector|(?:his|"
    r"her) honour judge|hhj|(?:deputy )?district judge|judge|recorder|(?:mr|mrs|ms|"
    r"lord|lady) justice)\.?"
)
PARTIES = TypeAdapter(list[CaseParty])
MIN_NAME_PART = 3


@dataclass(frozen=True)
class RosterPerson:
    """A person of the case and what decides whether they may be named."""

    name: str
    role: str
    youth: bool = False
    charged: bool = False
    sexual_offence_victim: bool = False
    is_complainant: bool = False

    @property
    def parts(self) -> list[str]:
        """Return the name's words without any title."""
        words = self.name.replace(".", " ").split()
        while words and re.fullmatch(TITLES, words[0].lower()):
            words = words[1:]
        return words

    @property
    def pattern(self) -> re.Pattern:
        """Return a pattern for every written form of the name."""
        parts = self.parts
        forms = [r"\s+".join(map(re.escape, parts))]
        if len(parts) > 1:
            first, last = parts[0], parts[-1]
            forms.append(rf"{re.escape(first[0])}\.?\s*{re.escape(last)}")
            forms.append(rf"{re.escape(first)}\s+{re.escape(last)}")
        forms += [
            re.escape(p) for p in {parts[0], parts[-1]} if len(p) >= MIN_NAME_PART
        ]
        forms += _variant_forms(parts)
        body = "|".join(sorted(forms, key=len, reverse=True))
        return re.compile(
            rf"(?<![\w-])(?:{TITLES}\s+)?(?:{body})(?![\w-])", re.IGNORECASE
        )


def _variant_forms(parts: list[str]) -> list[str]:
    """Return patterns for other forms of the first name ("Danny" for Daniel).

    A form is matched only capitalised; alone, only when it is not also a word
    ("Will", "Bill") and has at least three letters.
    """
    if len(parts) < 2:
        return []
    forms = []
    for form in sorted(forms_of(parts[0])):
        written = re.escape(form.title())
        forms.append(rf"(?-i:{written})\s+{re.escape(parts[-1])}")
        if len(form) >= MIN_NAME_PART and not is_known(form):
            forms.append(rf"(?-i:{written})")
    return forms


def build_roster(record: LetterRecord) -> list[RosterPerson]:
    """Return the case parties and the complainant as roster people."""
    people = [_from_party(party, record) for party in record.case_parties or []]
    complainant = record.complainant_name
    if complainant and not any(p.is_complainant for p in people):
        people.append(RosterPerson(complainant, "complainant", is_complainant=True))
    return [person for person in people if person.parts]


def parse_case_parties(data: object) -> list[CaseParty]:
    """Validate a ``case_parties`` list, naming the bad field in the error."""
    try:
        return PARTIES.validate_python(data, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = "case_parties" + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}"
            for part in first["loc"]
        )
        raise InputError(f"{where}: {_plain(first)}") from None


def _from_party(party: CaseParty, record: LetterRecord) -> RosterPerson:
    complainant = party.role == "complainant" or _same_person(
        party.name, record.complainant_name
    )
    name = record.complainant_name if complainant and record.complainant_name else None
    return RosterPerson(
        name=name or party.name,
        role=party.role,
        youth=party.youth,
        charged=bool(party.charged),
        sexual_offence_victim=party.sexual_offence_victim,
        is_complainant=complainant,
    )


def _same_person(name: str, complainant_name: str | None) -> bool:
    if not complainant_name:
        return False
    ours = RosterPerson(name, "other").parts
    theirs = RosterPerson(complainant_name, "other").parts
    return (
        bool(ours and theirs)
        and ours[-1].lower() == theirs[-1].lower()
        and (len(theirs) == 1 or ours[0].lower() == theirs[0].lower())
    )


def _plain(error: dict) -> str:
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "literal_error":
        return f"unknown value {error.get('input')!r}; {error['msg'].lower()}"
    return error["msg"]
