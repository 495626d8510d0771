"""The personal-data analyzer: Presidio on the shared spaCy pipeline."""

import socket

import pytest
import spacy

from assistant import language, pii
from assistant.errors import LetterTextError
from assistant.recognizers.titled_name import ENTITY, TitledNameRecognizer

LETTER = """Dear Mr Barnes

Our reference: URN 12AB3456789. Police crime reference CRI/12345/24.

Kyle Barnes (DOB 03/04/2009) of 14 Elm Road, Stoke-on-Trent ST4 7QB was \
interviewed by DC Hughes. His National Insurance number is JG 10 37 59 A. You can \
call me on 0121 496 0123 or email complaints.westmidlands@cps.gov.uk. The hearing \
at Wolverhampton Crown Court on 14 March 2024 was before Mr Justice Harlow.

Yours sincerely

Helen Price
District Crown Prosecutor"""


def found(results, text=LETTER) -> set[tuple[str, str]]:
    return {(result.entity_type, text[result.start : result.end]) for result in results}


@pytest.mark.parametrize(
    ("entity", "text"),
    [
        ("PERSON", "Kyle Barnes"),
        ("PERSON", "Mr Barnes"),
        ("PERSON", "DC Hughes"),
        ("PERSON", "Mr Justice Harlow"),
        ("UK_CPS_URN", "12AB3456789"),
        ("UK_POLICE_REFERENCE", "CRI/12345/24"),
        ("DATE_OF_BIRTH", "03/04/2009"),
        ("UK_POSTCODE", "ST4 7QB"),
        ("UK_NINO", "JG 10 37 59 A"),
        ("UK_PHONE", "0121 496 0123"),
        ("EMAIL_ADDRESS", "complaints.westmidlands@cps.gov.uk"),
    ],
)
def test_when_letter_is_analysed_then_entity_is_found(entity, text):
    assert (entity, text) in found(pii.analyze(LETTER))


@pytest.mark.parametrize(
    "entity",
    ["DATE_TIME", "NRP", "PHONE_NUMBER", "URL", "US_DRIVER_LICENSE", "US_BANK_NUMBER"],
)
def test_when_engine_is_built_then_misfiring_presidio_entities_are_left_out(entity):
    assert entity not in pii.build_analyzer().get_supported_entities()


def test_when_letter_is_analysed_then_results_are_in_reading_order():
    starts = [result.start for result in pii.analyze(LETTER)]

    assert starts == sorted(starts)


def test_when_parsed_doc_is_given_then_results_match_a_fresh_parse():
    parsed = language.parse(LETTER)

    assert found(pii.analyze(LETTER, doc=parsed.doc)) == found(pii.analyze(LETTER))


def test_when_doc_is_of_another_text_then_value_error():
    doc = language.parse("Dear Ms Begum").doc

    with pytest.raises(ValueError, match="different text"):
        pii.analyze(LETTER, doc=doc)


def test_when_entities_are_named_then_only_those_are_returned():
    results = pii.analyze(LETTER, entities=["UK_POSTCODE"])

    assert found(results) == {("UK_POSTCODE", "ST4 7QB")}


@pytest.mark.parametrize("text", ["", "   \n", "a\x00b"])
def test_when_text_is_not_a_letter_then_letter_text_error(text):
    with pytest.raises(LetterTextError):
        pii.analyze(text)


def test_when_letter_is_analysed_then_no_network_is_used(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use during analysis")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    pii.build_analyzer.cache_clear()

    results = pii.analyze(LETTER)

    assert ("EMAIL_ADDRESS", "complaints.westmidlands@cps.gov.uk") in found(results)
    assert attempts == []


def test_when_letter_is_parsed_and_analysed_then_spacy_loads_once(monkeypatch):
    loads = []
    real_load = spacy.load

    def counting_load(name, *args, **kwargs):
        loads.append(name)
        return real_load(name, *args, **kwargs)

    monkeypatch.setattr(spacy, "load", counting_load)
    language.load_pipeline.cache_clear()
    pii.build_analyzer.cache_clear()

    parsed = language.parse(LETTER)
    pii.analyze(LETTER, doc=parsed.doc)
    pii.analyze(LETTER)

    assert len(loads) == 1
    assert pii.build_analyzer().nlp_engine.nlp["en"] is language.load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Mr Barnes\n\nThank you", ["Mr Barnes"]),
        ("interviewed by DC Hughes yesterday", ["DC Hughes"]),
        ("before Mr Justice Harlow at the trial", ["Mr Justice Harlow"]),
        ("Mrs J. Patterson gave evidence", ["Mrs J. Patterson"]),
        ("listed as K. Barnes, aged 15", ["K. Barnes"]),
        ("Mr Okoro's statement", ["Mr Okoro"]),
        (
            "Mr Declan O'Sullivan and Ms Rūta Kazlauskaitė",
            ["Mr Declan O'Sullivan", "Ms Rūta Kazlauskaitė"],
        ),
        ("District Judge Moore adjourned it", ["District Judge Moore"]),
        ("HHJ Patel sentenced him", ["HHJ Patel"]),
        (
            "Dear Mr MacLeod and Ms McDonald-Hughes",
            ["Mr MacLeod", "Ms McDonald-Hughes"],
        ),
    ],
)
def test_when_name_has_title_or_initials_then_person_is_found(text, expected):
    results = TitledNameRecognizer().analyze(text, entities=[ENTITY])

    assert [text[result.start : result.end] for result in results] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The trial moved from Preston to Stoke and then to Washington.",
        "Wolverhampton Crown Court sat on 14 March.",
        "Victim Support can help; call the Witness Care Unit.",
        "See Appendix A. The court agreed.",
        "The PC said the Mr was not there.",
    ],
)
def test_when_no_title_or_initials_then_no_titled_person(text):
    assert TitledNameRecognizer().analyze(text, entities=[ENTITY]) == []
