"""People's names with a title or initials: "Mr Barnes", "DC Hughes", "K. Barnes".

The small spaCy model often tags a titled name as an organisation ("Dear Mr
Barnes", "DC Hughes") or misses it, and it rarely sees initials. A title or an
initial in capitals followed by capitalised words is a strong sign of a person,
so this recognizer adds those as ``PERSON``. The result includes the title, as
the labelled set does; a possessive "'s" is left out.
"""

import re

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "PERSON"
# Names are told apart by their capitals, so matching is case-sensitive.
FLAGS = re.DOTALL | re.MULTILINE

TITLE = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Lord|Lady)[ \t]+Justice|(?:His|Her)[ \t]+Honour[ \t]+Judge"
    r"|(?:Deputy[ \t]+)?District[ \t]+Judge|Detective[ \t]+(?:Constable|Sergeant"
    r"|Inspector)|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|DC|DS|DI|DCI|PC|Sgt"
    r"|Sergeant|Inspector|HHJ|Judge|Recorder)\.?"
)
WORD = r"\p{Lu}\p{L}*(?:['\u2019-]\p{Lu}\p{L}+)*"
INITIALS = r"(?:\p{Lu}\.[ \t]?){1,2}"
# Capitals that start a sentence after a list letter ("A. The"), not a name.
NOT_A_SURNAME = (
    r"(?!(?:The|This|That|These|Those|There|We|I|It|He|She|They|You|Your|Our|If"
    r"|In|On|At|As|An|And|But|For|To|Please|Thank|However|When|What)\b)"
)


class TitledNameRecognizer(UkPatternRecognizer):
    """Recognise names written with a title or with initials."""

    ENTITY = ENTITY
    FLAGS = FLAGS

    PATTERNS = [
        Pattern(
            "title and name",
            rf"\b{TITLE}[ \t]+(?:{INITIALS})?{WORD}(?:[ \t]+{WORD}){{0,2}}\b",
            0.6,
        ),
        Pattern(
            "initials and surname",
            rf"(?<![\p{{L}}.])\b{INITIALS}{NOT_A_SURNAME}{WORD}\p{{Ll}}\b",
            0.5,
        ),
    ]
