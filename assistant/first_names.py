"""First names, and whether each is borne by men, women or both.

The names are those Faker keeps for its Latin-script locales (tens of
thousands, from many countries), plus the short forms in
``assistant/data/name_variants.txt``. The guard uses them to find a first name
the small spaCy model misses, and to tell "Mrs Lakhani" (Priya) from "Mr
Lakhani" (Vikram) when the case roster gives no titles.
"""

import importlib
import pkgutil
from functools import lru_cache

import regex as re

from assistant.name_variants import short_forms

LATIN_NAME = re.compile(r"\p{Lu}[\p{Ll}'\u2019-]+")
GENDERED_LISTS = {"first_names_male": "male", "first_names_female": "female"}


def is_first_name(word: str) -> bool:
    """Return whether ``word`` (capitalised) is a known first name."""
    return word in _genders() or word in _short_forms()


def genders(first: str) -> frozenset[str]:
    """Return "male", "female" or both for a first name; empty when unknown."""
    return _genders().get(first.title(), frozenset())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Return the English names of countries ("India", "Jordan", "Georgia")."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(names["aa"] for names in LOCALE_DATA.values() if "aa" in names)


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    return frozenset(form.title() for form in short_forms() if len(form) >= 4)


@lru_cache(maxsize=1)
def _genders() -> dict[str, frozenset[str]]:
    import faker.providers.person as people

    found: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}")
        for name, gender in _locale_names(getattr(provider, "Provider", None)):
            found.setdefault(name, set()).update(gender)
    return {name: frozenset(gender) for name, gender in found.items()}


def _locale_names(provider: type | None) -> list[tuple[str, set[str]]]:
    attributes = vars(provider) if provider else {}
    found = []
    for attribute in ("first_names", *GENDERED_LISTS):
        value = attributes.get(attribute)
        if isinstance(value, dict):
            value = list(value)
        if not isinstance(value, (list, tuple)):
            continue
        gender = {GENDERED_LISTS[attribute]} if attribute in GENDERED_LISTS else set()
        found += [
            (name, gender)
            for name in value
            if isinstance(name, str) and LATIN_NAME.fullmatch(name)
        ]
    return found
