"""Every mention of a person in a letter, grouped by the person it names.

Mentions come from two places: Presidio's person detection, and the case roster's
name forms. A first name or surname written alone is linked to the person whose
full name the letter or the roster gives, so "Kyle" and "Mr Barnes" are one person.
"""

from dataclasses import dataclass, field

import regex as re
from spacy.tokens import Doc

from assistant.case_roster import TITLES, RosterPerson
from assistant.checks.spelling import is_known
from assistant.first_names import genders, is_first_name
from assistant.name_variants import alias_after, same_first_name
from assistant.pii import analyze

PLACE_WORD = re.compile(r"(?:police|station|magistrates|hospital|prison)\b")
NOT_A_PERSON = re.compile(
    r"\b(?:court|service|support|police|council|prosecution|cps|crown|commission|"
    r"office|ombudsman|unit|team|trust|authority|school|hospital|street|road|"
    r"house|centre|probation|prison|assessor|code|act|scheme|tribunal|district|"
    r"care|youth|offending|liaison|city|county|borough|bay|arms|constabulary|"
    r"magistrates|hospital|station|council|solicitors|fraud)s?\b",
    re.IGNORECASE,
)
TITLE_PREFIX = re.compile(rf"^(?:{TITLES}\s+)+", re.IGNORECASE)
POSSESSIVE = re.compile(r"['\u2019]s?$")
# A lone name set off after a description of a person: "the man you named, Marek,"
# The small spaCy model misses many lone first names; this cue finds them.
APPOSITIVE_NAME = re.compile(
    r"\b(?i:man|woman|boy|girl|person|complainant|victim|witness|suspect|youth|"
    r"defendant|teenager|friend|neighbour|partner|son|daughter|sister|brother|"
    r"mother|father|child|nephew|niece|cousin)(?:[ \t]+\p{Ll}+){0,6},[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*[,.;])"
)
CAPITALS_NAME = re.compile(
    r"(?P<lead>\bR v[ \t]+|\bbehalf of[ \t]+|\bBEHALF OF[ \t]+)?"
    r"\b(?P<name>\p{Lu}{2,}(?:['\u2019-]\p{Lu}+)?(?:[ \t]+\p{Lu}{2,}"
    r"(?:['\u2019-]\p{Lu}+)?){1,2})\b"
)
CAPITALS_NOT_NAMES = {
    "re",
    "your",
    "complaint",
    "cps",
    "crown",
    "court",
    "stage",
    "one",
    "two",
    "and",
    "the",
    "of",
    "on",
    "behalf",
    "appeal",
    "review",
    "private",
    "confidential",
    "response",
    "iac",
    "vrr",
    "hmcts",
    "iopc",
    "ccrc",
    "uk",
    "urn",
    "case",
    "for",
}
# A lone first name owning a relation: "as Chloe's partner".
POSSESSIVE_NAME = re.compile(
    r"\b(?P<name>\p{Lu}\p{Ll}{2,})['\u2019]s[ \t]+(?i:partner|husband|wife|mother|"
    r"father|son|daughter|sister|brother|friend|family|boyfriend|girlfriend|"
    r"account|evidence|statement)\b"
)
SIGN_OFF = re.compile(
    r"^[ \t]*(?i:yours (?:sincerely|faithfully)|kind regards|best wishes|regards)"
    r"[ \t,]*\n\s*(?P<name>(?:\p{Lu}[\p{L}'\u2019-]+[ \t]+){1,3}\p{Lu}[\p{L}'\u2019-]+)"
    r"[ \t]*$",
    re.MULTILINE,
)


@dataclass
class Mention:
    """Where a person is named in the text."""

    start: int
    end: int
    text: str


@dataclass
class Person:
    """A person the letter names, with each mention and any roster entry."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    roster: RosterPerson | None = None

    @property
    def name_parts(self) -> list[str]:
        """Return the lower-case words of the person's fullest name."""
        return [w.lower() for w in TITLE_PREFIX.sub("", self.name).split()]


def find_people(text: str, doc: Doc, roster: list[RosterPerson]) -> list[Person]:
    """Return the people named in ``text``, each with all their mentions."""
    # The addressee goes first: "Mrs Adeyemi" is the mother writing, not the
    # daughter of the same surname that the roster also lists.
    ordered = sorted(roster, key=lambda person: not person.is_complainant)
    people = [Person(p.name, roster=p) for p in ordered]
    taken: list[tuple[int, int]] = []

    for person in people:
        for match in person.roster.pattern.finditer(text):
            if _part_of_other_name(text, match, person.roster):
                continue
            if _title_clash(match.group(), person.roster.name):
                continue
            if _fits_another_better(match.group(), person, people):
                continue
            _add(person, match.start(), match.end(), text, taken)

    for person in people:
        for start, end in _short_forms(text, person.roster):
            _add(person, start, end, text, taken)

    for start, end in _detected_names(text, doc):
        if _overlaps(start, end, taken):
            continue
        person = _owner(people, text[start:end]) or _new_person(people, text[start:end])
        _add(person, start, end, text, taken)

    for start, end in _capitals_names(text, people):
        person = _owner(people, text[start:end].title()) or _new_person(
            people, text[start:end].title()
        )
        _add(person, start, end, text, taken)

    _link_single_names(people, text, taken)
    _extend_surnames(people, text, taken)
    # A first name learnt only now ("Ella-Rose Mayhew") is linked where used alone.
    _link_single_names(people, text, taken)
    _link_aliases(people, text, taken)
    return [p for p in people if p.mentions]


def signatory_span(text: str) -> tuple[int, int] | None:
    """Return where the name under the sign-off is, if the letter has one."""
    match = SIGN_OFF.search(text)
    return (match.start("name"), match.end("name")) if match else None


def _detected_names(text: str, doc: Doc) -> list[tuple[int, int]]:
    signatory = signatory_span(text)
    spans = [signatory] if signatory else []
    spans += [(m.start("name"), m.end("name")) for m in APPOSITIVE_NAME.finditer(text)]
    spans += [
        (m.start("name"), m.end("name"))
        for m in POSSESSIVE_NAME.finditer(text)
        if not _sentence_start(text, m.start("name"))
    ]
    for result in analyze(text, doc=doc, entities=["PERSON"]):
        start, end = _trim(text, result.start, result.end)
        name = text[start:end]
        if end > start and not NOT_A_PERSON.search(name) and name[0].isupper():
            if not _place(text, start, end) and not _common_word(name):
                spans.append((start, end))
    return sorted(spans, key=lambda span: (span[0], -(span[1] - span[0])))


def _short_forms(text: str, person: RosterPerson) -> list[tuple[int, int]]:
    """Return where a shortened first name is used ("Tolu" for "Tolulope")."""
    first = person.parts[0] if person.parts else ""
    if person.is_complainant or len(first) < 5:
        return []
    spans = []
    for match in re.finditer(r"\b\p{Lu}\p{Ll}{2,}\b", text):
        word = match.group()
        if first.lower().startswith(word.lower()) and word.lower() != first.lower():
            if not is_known(word.lower()):
                spans.append((match.start(), match.end()))
    return spans


def _part_of_other_name(text: str, match: re.Match, person: RosterPerson) -> bool:
    """Return whether a lone first name or surname belongs to a longer name."""
    if len(match.group().split()) > 1:
        return False
    before = re.search(r"(\p{Lu}[\p{L}'\u2019-]+)[ \t]+$", text[: match.start()])
    after = re.match(r"[ \t]+(\p{Lu}[\p{L}'\u2019-]+)", text[match.end() :])
    parts = [part.lower() for part in person.parts]
    for neighbour in (before, after):
        word = neighbour.group(1) if neighbour else None
        if word and word.lower() not in parts and not TITLE_PREFIX.match(word + " "):
            # "Because Jayden is 15": a word opening the sentence is no first name.
            if neighbour is before and _common_word(word):
                return False
            return _is_name_word(word)
    return False


def _title_clash(written: str, name: str) -> bool:
    """Return whether a written title contradicts the title in the roster name."""
    titles = {_gendered_title(written), _gendered_title(name)}
    if None in titles or len(titles) == 1:
        return False
    return titles not in ({"ms", "mrs"}, {"ms", "miss"})


def _fits_another_better(written: str, person: Person, people: list[Person]) -> bool:
    """Return whether a titled surname suits another case party better.

    With Vikram and Priya Lakhani on the roster, "Mrs Lakhani" is Priya: the
    title's gender is matched against the genders a first name is known to have.
    """
    title = _gendered_title(written)
    if title is None or len(written.split()) != 2 or person.roster.is_complainant:
        return False
    fit = _gender_fit(title, person.roster.parts)
    return any(
        _gender_fit(title, other.roster.parts) > fit
        for other in people
        if other is not person
        and other.roster is not None
        and other.roster.parts[-1].lower() == person.roster.parts[-1].lower()
    )


def _gender_fit(title: str, parts: list[str]) -> int:
    known = genders(parts[0]) if len(parts) > 1 else frozenset()
    wanted = "male" if title == "mr" else "female"
    if not known:
        return 1
    return 2 if wanted in known else 0


def _gendered_title(name: str) -> str | None:
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first if first in ("mr", "mrs", "ms", "miss") else None


def _is_name_word(word: str) -> bool:
    return word.lower() not in {"dear", "the", "and", "but", "when", "if", "i"}


def _common_word(name: str) -> bool:
    """Return whether a one-word name is an English word and no first name."""
    return " " not in name and is_known(name.lower()) and not is_first_name(name)


def _place(text: str, start: int, end: int) -> bool:
    """Return whether a one-word name reads as a place ("in Chester")."""
    if " " in text[start:end]:
        return False
    return bool(
        re.search(r"\b(?:in|at|from|near|to|outside|around)[ \t]+$", text[:start])
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    lead = re.match(r"(?i)(?:dear|to)\s+", text[start:end])
    if lead:
        start += lead.end()
    end = start + len(text[start:end].split("\n")[0].rstrip())
    # "Ella-Rose Mayhew" found as "Rose Mayhew": take back the hyphened part.
    hyphened = re.search(r"\p{Lu}\p{Ll}+-$", text[max(0, start - 20) : start])
    if hyphened:
        start -= len(hyphened.group())
    possessive = POSSESSIVE.search(text[start:end])
    return start, end - len(possessive.group()) if possessive else end


def _owner(people: list[Person], name: str) -> Person | None:
    words = [w.lower() for w in TITLE_PREFIX.sub("", name).split()]
    if not words:
        return None
    for person in people:
        if person.roster is not None and _title_clash(name, person.roster.name):
            continue
        parts = person.name_parts
        if words == parts or (len(words) == 1 and words[0] in (parts[0], parts[-1])):
            return person
        if len(words) == 1 and len(words[0]) >= 3 and parts[0].startswith(words[0]):
            return person
        if len(words) == 1 and len(parts) > 1 and same_first_name(words[0], parts[0]):
            return person
        if len(words) > 1 and len(parts) == 1 and words[-1] == parts[0]:
            return person
        if len(words) > 1 and parts and words[-1] == parts[-1]:
            if same_first_name(words[0], parts[0]) or len(words[0].rstrip(".")) == 1:
                return person
    return None


def _new_person(people: list[Person], name: str) -> Person:
    person = Person(TITLE_PREFIX.sub("", name).strip() or name)
    people.append(person)
    return person


def _sentence_start(text: str, offset: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[:offset]))


def _capitals_names(text: str, people: list[Person]) -> list[tuple[int, int]]:
    """Return names written in capitals, as in "R v MASON HOLT" headings."""
    spans = []
    for match in CAPITALS_NAME.finditer(text):
        words = match.group("name").split()
        if any(w.lower() in CAPITALS_NOT_NAMES for w in words):
            continue
        known = any(w.lower() in p.name_parts for p in people for w in words)
        elsewhere = any(re.search(rf"\b{w.title()}\b", text) for w in words)
        if match.group("lead") or known or elsewhere:
            spans.append((match.start("name"), match.end("name")))
    return spans


def _extend_surnames(people: list[Person], text: str, taken: list) -> None:
    """Give a person known only by title and surname their full name too."""
    for person in people:
        parts = person.name_parts
        if person.roster is not None or len(parts) != 1 or len(parts[0]) < 2:
            continue
        pattern = re.compile(
            rf"\b\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?[ \t]+{re.escape(parts[0])}\b",
            re.I,
        )
        for match in pattern.finditer(text):
            first = match.group().split()[0]
            if (
                match.group()[0].isupper()
                and _is_name_word(first)
                and not TITLE_PREFIX.match(first + " ")
            ):
                _widen(person, match.start(), match.end(), text, taken)


def _widen(person: Person, start: int, end: int, text: str, taken: list) -> None:
    """Add a mention, taking the place of a shorter one of the same person inside
    it ("Mayhew" in "Ella-Rose Mayhew")."""
    inside = [m for m in person.mentions if start <= m.start and m.end <= end]
    replaced = {(m.start, m.end) for m in inside}
    if _overlaps(start, end, [span for span in taken if span not in replaced]):
        return
    for mention in inside:
        person.mentions.remove(mention)
        taken.remove((mention.start, mention.end))
    _add(person, start, end, text, taken)


def _link_single_names(people: list[Person], text: str, taken: list) -> None:
    """Link each lone first name or surname to the person it is part of.

    A person known by one word only ("Aisling") has each capitalised use of that
    word, unless the word is an English word and not a first name.
    """
    for person in list(people):
        parts = person.name_parts
        if person.roster is not None or not parts:
            continue
        word = parts[0]
        if len(parts) == 1 and is_known(word) and not is_first_name(word.title()):
            continue
        for word in {parts[0], parts[-1]}:
            if len(word) < 3:
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
            for match in pattern.finditer(text):
                if match.group()[0].isupper() and not _names_a_place(text, match):
                    _add(person, match.start(), match.end(), text, taken)


def _names_a_place(text: str, match: re.Match) -> bool:
    """Return whether a name word starts a place or body ("Morgan Street")."""
    after = re.match(r"[ \t]+(\p{L}+)", text[match.end() :])
    if not after:
        return False
    word = after.group(1)
    # "Barry police station" is a place whatever the case of the word after it.
    return bool(
        NOT_A_PERSON.fullmatch(word) and (word[0].isupper() or PLACE_WORD.match(word))
    )


def _link_aliases(people: list[Person], text: str, taken: list) -> None:
    """Give a person every use of the alias the letter gives them.

    'Gary Lomas, the man you know as "Gaz"': each "Gaz" is Gary Lomas, even
    where the detector took it for a person of its own.
    """
    for person in list(people):
        for mention in list(person.mentions):
            span = alias_after(text, mention.end)
            if span is None:
                continue
            alias = text[span[0] : span[1]]
            for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                _take_from_others(people, person, match.start(), match.end(), taken)
                _add(person, match.start(), match.end(), text, taken)


def _take_from_others(
    people: list[Person], owner: Person, start: int, end: int, taken: list
) -> None:
    for other in people:
        if other is owner or other.roster is not None:
            continue
        for mention in list(other.mentions):
            if mention.start < end and start < mention.end:
                other.mentions.remove(mention)
                taken.remove((mention.start, mention.end))


def _add(person: Person, start: int, end: int, text: str, taken: list) -> None:
    if _overlaps(start, end, taken):
        return
    taken.append((start, end))
    person.mentions.append(Mention(start, end, text[start:end]))
    person.mentions.sort(key=lambda mention: mention.start)
    if len(text[start:end].split()) > len(person.name.split()) and not person.roster:
        person.name = TITLE_PREFIX.sub("", text[start:end]).strip()


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(
        start < other_end and other_start < end for other_start, other_end in taken
    )
