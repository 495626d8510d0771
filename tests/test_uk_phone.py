"""UK telephone numbers."""

import pytest

from assistant.recognizers.uk_phone import ENTITY, UkPhoneRecognizer


def found(text: str) -> list[tuple[str, float]]:
    results = UkPhoneRecognizer().analyze(text, entities=[ENTITY])
    return [(text[result.start : result.end], result.score) for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please call me on 0121 496 0123.", [("0121 496 0123", 1.0)]),
        ("Our London office: 020 7946 0991", [("020 7946 0991", 1.0)]),
        ("Tel: +44 (0)20 7946 0000", [("+44 (0)20 7946 0000", 1.0)]),
        ("Ring (0161) 496 0000 today", [("(0161) 496 0000", 1.0)]),
        ("Victim Support on 0808 168 9111", [("0808 168 9111", 1.0)]),
        ("the CPS on 0300 123 8111", [("0300 123 8111", 1.0)]),
        ("Kent Police on 01622 690690", [("01622 690690", 1.0)]),
        ("mobile 07911 123456", [("07911 123456", 1.0)]),
        ("from abroad 0044 7911 123456", [("0044 7911 123456", 1.0)]),
        ("tel: 01234-567890", [("01234-567890", 1.0)]),
        # Ofcom's drama ranges are not allocated, but they are the right length.
        ("mobile 07700 900123", [("07700 900123", 0.4)]),
        ("call +44 7700 900456", [("+44 7700 900456", 0.4)]),
    ],
)
def test_when_phone_number_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hearing was on 14/03/2024 at 10am.",
        "Call 999 in an emergency or 101 otherwise.",
        "Our URN is 12AB3456789.",
        "The goodwill payment of £1,250.00 has been approved.",
        "He was charged under section 18.",
        "The crime number is 12345678901.",
        "The number 0121 4960 is incomplete.",
        "Crime reference 4721/23 was given.",
        "On 07 March 2024 the trial began.",
    ],
)
def test_when_text_has_no_phone_number_then_nothing_is_found(text):
    assert found(text) == []
