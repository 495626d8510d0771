"""Short forms of first names and aliases a letter gives."""

import pytest

from assistant.name_variants import alias_after, forms_of, same_first_name


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Danny", "Daniel", True),
        ("daniel", "DANNY", True),
        ("Kasia", "Katarzyna", True),
        ("Tolu", "Tolulope", True),
        ("Danny", "David", False),
        ("Sam", "Samantha", True),
        ("Chloe", "Chloe", True),
    ],
)
def test_when_two_first_names_are_compared_then_short_forms_count(one, other, same):
    assert same_first_name(one, other) is same


def test_when_forms_are_asked_for_a_full_name_then_its_short_forms_come_back():
    assert {"dan", "danny"} <= forms_of("Daniel")
    assert "katarzyna" in forms_of("kasia")
    assert "kasia" not in forms_of("Kasia")


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ('Gary Lomas, the man you know as "Gaz", was arrested.', "Gary Lomas", "Gaz"),
        ('Mehmet Aydin, known at school as "Memo", told', "Mehmet Aydin", "Memo"),
        ('Daniel ("Danny") Kerr', "Daniel", "Danny"),
        ("Sean Doyle, nicknamed Dodge by his friends,", "Sean Doyle", "Dodge"),
        ('Tyler Jobson, who you knew as "TJ", was charged', "Tyler Jobson", "TJ"),
        ("Mr Smith, called \u201cSmithy\u201d at work,", "Mr Smith", "Smithy"),
        ("Mr Smith called Sarah the next day.", "Mr Smith", None),
        ("Mr Smith. Later, people he knew as Bob came.", "Mr Smith", None),
    ],
)
def test_when_a_name_is_followed_by_an_alias_then_the_alias_is_found(text, name, alias):
    span = alias_after(text, text.index(name) + len(name))

    assert (text[span[0] : span[1]] if span else None) == alias
