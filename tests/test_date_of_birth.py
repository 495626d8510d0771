"""Dates of birth."""

import pytest

from assistant.recognizers.date_of_birth import ENTITY, DateOfBirthRecognizer


def found(text: str) -> list[str]:
    results = DateOfBirthRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyle Barnes (DOB 03/04/2009) was charged.", ["03/04/2009"]),
        ("Date of birth: 12 March 2008", ["12 March 2008"]),
        ("He was born on 3rd March 2009 in Leeds.", ["3rd March 2009"]),
        ("born on the 3rd of March 2009", ["3rd of March 2009"]),
        ("D.O.B. 1990-05-01", ["1990-05-01"]),
        ("whose date of birth is 14.02.1988.", ["14.02.1988"]),
        ("dob: March 3, 2007", ["March 3, 2007"]),
        ("(born 9 Sept 2010)", ["9 Sept 2010"]),
    ],
)
def test_when_date_is_tied_to_birth_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March 2024 the hearing was adjourned.",
        "Thank you for your letter dated 3 May 2024.",
        "The trial is listed for 12/03/2025 at Leeds Crown Court.",
        "The baby was born after the offence, on 3 March 2024.",
        "She was born in 2008.",
        "His birthday party on 3 May 2024 was where it happened.",
        "He was charged under section 18 on 14/03/2024.",
        "Crime reference 4721/23.",
    ],
)
def test_when_date_is_not_a_date_of_birth_then_nothing_is_found(text):
    assert found(text) == []
