"""Dates of birth: a date only when the text ties it to birth.

Letters are full of dates (of hearings, letters and decisions), so a date counts
only straight after "DOB", "D.O.B.", "date of birth", "birth date" or "born (on)".
The key words are checked by a look-behind, so the result covers the date alone.
"""

from presidio_analyzer import Pattern

from assistant.recognizers.uk_pattern import UkPatternRecognizer

ENTITY = "DATE_OF_BIRTH"

KEY = (
    r"(?<=\b(?:d\.?o\.?b\.?|dates?\s+of\s+birth|birth\s*date|born(?:\s+on)?)"
    r"[\s:(-]*(?:is\s+|was\s+|of\s+)?(?:the\s+)?)"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATES = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|{DAY}\s+(?:of\s+)?{MONTH}\.?,?\s+\d{{4}}"
    rf"|{MONTH}\.?\s+{DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})(?!\d)"
)


class DateOfBirthRecognizer(UkPatternRecognizer):
    """Recognise dates given as someone's date of birth."""

    ENTITY = ENTITY

    PATTERNS = [Pattern("date after a birth key word", KEY + DATES, 0.85)]

    CONTEXT = ["birth", "born", "dob", "age"]
