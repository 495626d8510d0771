"""Presidio recognizers for what UK criminal-justice letters carry, one a module."""

from presidio_analyzer import EntityRecognizer

from assistant.recognizers.cps_urn import CpsUrnRecognizer
from assistant.recognizers.date_of_birth import DateOfBirthRecognizer
from assistant.recognizers.email_address import EmailAddressRecognizer
from assistant.recognizers.first_name import FirstNameRecognizer
from assistant.recognizers.national_insurance import NationalInsuranceRecognizer
from assistant.recognizers.police_reference import PoliceReferenceRecognizer
from assistant.recognizers.titled_name import TitledNameRecognizer
from assistant.recognizers.uk_phone import UkPhoneRecognizer
from assistant.recognizers.uk_postcode import UkPostcodeRecognizer

__all__ = [
    "CpsUrnRecognizer",
    "DateOfBirthRecognizer",
    "EmailAddressRecognizer",
    "FirstNameRecognizer",
    "NationalInsuranceRecognizer",
    "PoliceReferenceRecognizer",
    "TitledNameRecognizer",
    "UkPhoneRecognizer",
    "UkPostcodeRecognizer",
    "all_recognizers",
]


def all_recognizers() -> list[EntityRecognizer]:
    """Return a fresh instance of every recognizer of this package."""
    return [
        CpsUrnRecognizer(),
        PoliceReferenceRecognizer(),
        UkPostcodeRecognizer(),
        UkPhoneRecognizer(),
        NationalInsuranceRecognizer(),
        DateOfBirthRecognizer(),
        EmailAddressRecognizer(),
        TitledNameRecognizer(),
        FirstNameRecognizer(),
    ]
