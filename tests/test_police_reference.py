"""Police crime and incident references."""

import pytest

from assistant.recognizers.police_reference import ENTITY, PoliceReferenceRecognizer


def found(text: str) -> list[str]:
    results = PoliceReferenceRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your crime number is CRI/12345/24.", ["CRI/12345/24"]),
        ("Crime reference 4721/23 was given to you.", ["4721/23"]),
        ("Please quote crime reference number 4721/23.", ["4721/23"]),
        ("The log MPS-240315-0042 shows the call.", ["MPS-240315-0042"]),
        ("It was recorded as incident 0345 of 14/03/2024.", ["0345 of 14/03/2024"]),
        ("Crime Ref. No. 01/123456/24 relates to it.", ["01/123456/24"]),
        ("The police reference is 240315-0042.", ["240315-0042"]),
        ("CRIS 1234567/24 is the Metropolitan Police record.", ["CRIS 1234567/24"]),
        ("Occurrence 4512345 was closed.", ["4512345"]),
    ],
)
def test_when_reference_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The incident on 14/03/2024 was reported the next day.",
        "The incident 14/03/2024 was reported the next day.",
        "He was charged under section 18 and section 20.",
        "The budget for the 2023/24 year was spent.",
        "Call the police on 101 to report it.",
        "You were paid £4,721.23 in compensation.",
        "Your complaint reference 4721/23 is being dealt with.",
        "The hearing at Wolverhampton Crown Court is on 3 March 2025.",
        "Our URN is 12AB3456789.",
    ],
)
def test_when_text_has_no_reference_then_nothing_is_found(text):
    assert found(text) == []
