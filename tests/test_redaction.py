"""Redaction: role placeholders, consistent per person, in the shape tools read."""

import pytest

from assistant.errors import LetterTextError
from assistant.redaction import redact

LETTER = (
    "Dear Mrs Vaughan\n\n"
    "The police arrested Ashley Turner, who was released without charge. The "
    "witness you mention, Mr Gareth Pugh, gave a statement. Mr Turner was not "
    "identified, and Turner's phone was never examined. You can call us on "
    "0113 496 0000.\n\n"
    "Yours sincerely\n\nHelen Price\nDistrict Crown Prosecutor"
)


def test_when_redacting_then_prohibited_names_get_consistent_role_placeholders(
    make_record,
):
    result = redact(make_record(LETTER, complainant_name="Mrs Ann Vaughan"))

    assert "Turner" not in result.redacted_text
    assert "Pugh" not in result.redacted_text
    assert result.redacted_text.count("[SUSPECT 1]") == 3
    assert "[WITNESS 1]" in result.redacted_text
    assert "Mrs Vaughan" in result.redacted_text
    assert "Helen Price" in result.redacted_text


def test_when_all_persons_then_allowed_people_and_identifiers_are_replaced(make_record):
    result = redact(make_record(LETTER, complainant_name="Mrs Ann Vaughan"), True)

    assert "Vaughan" not in result.redacted_text
    assert "Helen Price" not in result.redacted_text
    assert "0113 496 0000" not in result.redacted_text
    assert "[PHONE NUMBER 1]" in result.redacted_text
    assert {"person", "suspect_not_charged", "witness"} <= {
        r.rule for r in result.replacements
    }


def test_when_serialised_then_the_json_has_exactly_the_agreed_shape(make_record):
    output = redact(make_record(LETTER, complainant_name="Mrs Ann Vaughan")).to_json()

    assert set(output) == {"redacted_text", "findings"}
    for finding in output["findings"]:
        assert set(finding) == {
            "start",
            "end",
            "text",
            "person",
            "rule",
            "placeholder",
            "confidence",
        }
        assert LETTER[finding["start"] : finding["end"]] == finding["text"]
        assert isinstance(finding["confidence"], float)


def test_when_the_text_is_empty_then_there_are_no_findings(make_record):
    record = make_record("x").model_copy(update={"letter": "   "})

    result = redact(record)

    assert result.replacements == []
    assert result.redacted_text == "   "


def test_when_the_text_is_over_the_limit_then_the_limit_is_stated(make_record):
    record = make_record("x").model_copy(update={"letter": "Mr Smith. " * 7000})

    with pytest.raises(LetterTextError, match="over the limit of 60000"):
        redact(record)
