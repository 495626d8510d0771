"""Email addresses."""

import pytest

from assistant.recognizers.email_address import ENTITY, EmailAddressRecognizer


def found(text: str) -> list[str]:
    results = EmailAddressRecognizer().analyze(text, entities=[ENTITY])
    return [text[result.start : result.end] for result in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to complaints@cps.gov.uk.", ["complaints@cps.gov.uk"]),
        ("Email jane.doe+case@example.co.uk today", ["jane.doe+case@example.co.uk"]),
        ("Feedback.Team@Met.Police.UK", ["Feedback.Team@Met.Police.UK"]),
        ("(siobhan.o'neill@example.ie)", ["siobhan.o'neill@example.ie"]),
        ("a@example.org and b@example.net", ["a@example.org", "b@example.net"]),
    ],
)
def test_when_email_address_is_written_then_it_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "See www.cps.gov.uk for our complaints policy.",
        "The @ sign alone is not an address.",
        "name@localhost has no domain suffix",
        "name..twice@example.com has a doubled dot",
        ".starts@example.com begins with a dot",
        "The hearing at Wolverhampton Crown Court is on 3 March 2025.",
        "Call 0121 496 0123.",
    ],
)
def test_when_text_has_no_email_address_then_nothing_is_found(text):
    assert found(text) == []
