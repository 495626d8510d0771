"""Case parties: every written form of a name, and clear errors for bad rosters."""

import pytest

from assistant.case_roster import RosterPerson, parse_case_parties
from assistant.errors import InputError

KYLE = RosterPerson("Kyle Barnes", "defendant", youth=True, charged=True)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kyle Barnes admitted the offence.", "Kyle Barnes"),
        ("KYLE BARNES admitted the offence.", "KYLE BARNES"),
        ("The court heard that Barnes was 15.", "Barnes"),
        ("We wrote to Kyle about the hearing.", "Kyle"),
        ("Mr Barnes's solicitor asked for time.", "Mr Barnes"),
        ("K. Barnes was bailed.", "K. Barnes"),
        ("K Barnes was bailed.", "K Barnes"),
        ("Kyle's mother attended.", "Kyle"),
        ("DC Barnes took the statement.", "DC Barnes"),
    ],
)
def test_when_a_name_form_is_written_then_the_roster_pattern_finds_it(text, found):
    match = KYLE.pattern.search(text)

    assert match is not None and match.group() == found


@pytest.mark.parametrize(
    "text",
    ["Barnesley Road was closed.", "He lives in Kylemore.", "The barn was empty."],
)
def test_when_a_word_only_contains_the_name_then_it_is_not_matched(text):
    assert KYLE.pattern.search(text) is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([{"name": "Ann Hale", "role": "judge"}], "case_parties[0].role: unknown"),
        ([{"name": "Ann Hale", "role": "witness", "youth": "yes"}], "[0].youth"),
        ([{"role": "witness"}], "case_parties[0].name: required field is missing"),
        ([{"name": "A", "role": "witness", "age": 12}], "[0].age"),
        ({"name": "Ann Hale"}, "case_parties: Input should be a valid list"),
    ],
)
def test_when_the_roster_is_malformed_then_the_error_names_the_field(data, words):
    with pytest.raises(InputError) as caught:
        parse_case_parties(data)

    assert words in str(caught.value)


def test_when_a_defendant_has_no_charged_flag_then_they_count_as_charged():
    parties = parse_case_parties([{"name": "Joe Hart", "role": "defendant"}])

    assert parties[0].charged is True
