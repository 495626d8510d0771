"""UK postcodes."""

import pytest

from assistant.recognizers.uk_postcode import ENTITY, UkPostcodeRecognizer


def found(text: str) -> list[str]:
    results = UkPostcodeRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives at 14 Albert Road, Luton LU1 3PZ.", ["LU1 3PZ"]),
        ("Write to 102 Petty France, London SW1H 9EA", ["SW1H 9EA"]),
        ("Stoke-on-Trent ST4 7QB", ["ST4 7QB"]),
        ("Birmingham B1 1BB and Manchester M60 1QD", ["B1 1BB", "M60 1QD"]),
        ("Cardiff CF10 1BH", ["CF10 1BH"]),
        ("postcode EC1A1BB on the form", ["EC1A1BB"]),
        ("Girobank GIR 0AA", ["GIR 0AA"]),
    ],
)
def test_when_postcode_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hearing at Wolverhampton Crown Court was on 14 March 2024.",
        "He was charged under section 18.",
        "The car, registration AB12 CDE, was seized.",
        "He drove north on the M6 at 3 in the morning.",
        "Our URN is 12AB3456789.",
        "Her National Insurance number is AB 12 34 56 C.",
        "lower case lu1 3pz is not how postcodes are written",
        "The goodwill payment of £250 was made.",
    ],
)
def test_when_text_has_no_postcode_then_nothing_is_found(text):
    assert found(text) == []
