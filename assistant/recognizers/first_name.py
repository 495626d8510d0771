"""Names that start with a known first name: "Marta", "Chloe's", "Jade Mbeki".

The small spaCy model misses many names, and a lone first name is often how a
letter names a victim. A capitalised word is taken for a first name when
``assistant.first_names`` knows it and it is not a month, a day or a country
("Jordan"). Written alone it must not also be an English word ("Will", "Rose");
followed by a capitalised surname it may be ("Jade Mbeki"), as long as the
surname is not a word of places and organisations ("Florence Street",
"Victoria Station") or itself an English word ("Rose Garden"). A name after "in",
"at" or "the", or followed by more capitalised words ("Preston Youth Court"),
is taken for a place or a body.
"""

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from assistant.checks.spelling import is_known
from assistant.first_names import countries, is_first_name

ENTITY = "PERSON"
LONE_SCORE = 0.45
FULL_SCORE = 0.5
# A first name may be double ("Lacey-Mae"): the first part decides.
WORD = re.compile(
    r"(?<![\p{L}'\u2019-])\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])"
)
SURNAME = re.compile(
    r"[ \t]+(?P<surname>(?:Mc|Mac|O['\u2019])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\p{L}-])"
)
NOT_SURNAMES = frozenset(
    "street road lane avenue close drive way court crown house station park "
    "square hospital school college university centre center hall church "
    "police service services unit team trust council office prison bridge "
    "magistrates justice cathedral estate green gardens place hill terrace "
    "row walk parade mews grove rise crescent view youth offending liaison city "
    "county borough bay arms constabulary".split()
)
CALENDAR = frozenset(
    "january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday "
    "sunday christmas easter".split()
)
# Capitalised words that may come before a name.
LEAD_WORDS = frozenset({"Dear", "And", "But", "To", "With", "For", "Thank", "Hi"})
CAPITALISED_BEFORE = re.compile(r"(?P<word>\p{Lu}[\p{L}'\u2019-]*)[ \t]+$")
CAPITALISED_AFTER = re.compile(r"[ \t]+\p{Lu}")
# Words before a place or a named building, not a person: "in Preston", "at the
# Hamilton Arms".
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|the)[ \t]+$", re.I)


class FirstNameRecognizer(EntityRecognizer):
    """Recognise a first name written alone or before a surname."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entities=[ENTITY],
            supported_language=supported_language,
            name="FirstNameRecognizer",
        )

    def load(self) -> None:
        """Read the list of first names now rather than on the first letter."""
        is_first_name("Anne")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Return a ``PERSON`` result for each name that starts with a first name."""
        if ENTITY not in entities:
            return []
        results = []
        for match in WORD.finditer(text):
            span = _name_at(text, match)
            if span:
                results.append(RecognizerResult(ENTITY, *span))
        return results


def _name_at(text: str, match: re.Match) -> tuple[int, int, float] | None:
    word = match.group().split("-")[0]
    if not is_first_name(word) or word.lower() in CALENDAR or word in countries():
        return None
    before = CAPITALISED_BEFORE.search(text, 0, match.start())
    if before and before.group("word") not in LEAD_WORDS:
        return None
    if PLACE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None

    surname = SURNAME.match(text, match.end())
    if surname:
        longer = CAPITALISED_AFTER.match(text, surname.end())
        return None if longer else _full_name(match, surname)
    if is_known(match.group().lower()) or CAPITALISED_AFTER.match(text, match.end()):
        return None
    return match.start(), match.end(), LONE_SCORE


def _full_name(first: re.Match, surname: re.Match) -> tuple[int, int, float] | None:
    family = surname.group("surname").lower()
    if family in NOT_SURNAMES or family in CALENDAR:
        return None
    if is_known(first.group().lower()) and is_known(family):
        return None
    return first.start(), surname.end(), FULL_SCORE
