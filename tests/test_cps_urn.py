"""CPS unique reference numbers."""

import pytest

from assistant.recognizers.cps_urn import ENTITY, CpsUrnRecognizer


def found(text: str) -> list[str]:
    results = CpsUrnRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our reference: 12AB3456789", ["12AB3456789"]),
        ("URN 43GH0098123 (please quote it)", ["43GH0098123"]),
        ("Case number 12 AB 3456789.", ["12 AB 3456789"]),
        ("Please quote 20 WM 12345 24 when you write.", ["20 WM 12345 24"]),
        ("URN: 01YE/04521/25", ["01YE/04521/25"]),
        ("References 43GH0098123 and 44KL1234524.", ["43GH0098123", "44KL1234524"]),
    ],
)
def test_when_urn_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was charged under section 18 of the Offences against the Person Act.",
        "The goodwill payment of £12,345 has been approved.",
        "Her National Insurance number is AB123456C.",
        "The office is at 1 Kings Road, Birmingham B12 3AB.",
        "Call 0121 496 0123 between 9am and 5pm.",
        "Crime reference 4721/23 was given to you by the police.",
        "Court case number T20247123 was listed on 14/03/2024.",
        "Ask for the 12ab3456789 file.",
        "Reference 2012AB34567890 is not a URN.",
    ],
)
def test_when_text_has_no_urn_then_nothing_is_found(text):
    assert found(text) == []
