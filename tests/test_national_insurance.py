"""UK National Insurance numbers."""

import pytest

from assistant.recognizers.national_insurance import (
    ENTITY,
    NationalInsuranceRecognizer,
)


def found(text: str) -> list[str]:
    results = NationalInsuranceRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("National Insurance number AB 12 34 56 C", ["AB 12 34 56 C"]),
        ("NI number: JG103759A.", ["JG103759A"]),
        ("her NINO is CE 123456 D", ["CE 123456 D"]),
        ("Two numbers: SK987654B and TW 11 22 33 A.", ["SK987654B", "TW 11 22 33 A"]),
    ],
)
def test_when_valid_nino_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The example number HMRC prints: Q is never a first letter.
        "for example QQ 12 34 56 C",
        "prefix never issued: GB123456A",
        "prefix never issued: TN 12 34 56 B",
        "second letter O is not used: AO123456A",
        "first letter D is not used: DA123456A",
        "suffix must be A to D: AB123456E",
        "lower case ab123456c is not how it is written",
        "Our URN is 12AB3456789.",
        "He was charged under section 18 on 14/03/2024.",
        "The payment of £123,456 was approved.",
    ],
)
def test_when_text_has_no_valid_nino_then_nothing_is_found(text):
    assert found(text) == []
