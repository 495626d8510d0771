"""Whether a letter explains a legal term where it uses it.

A term is explained when plain words say what it means in the same sentence or the
next one: in brackets or after a dash ("special measures \u2014 extra help"), with
"which means", "in other words" or "which is where", as a plain description with
the term after it in brackets ("a hearing to decide the facts (a Newton hearing)"),
or by a next sentence that says what the term, or its head noun, is or has ("The
test has two parts"). Words that only name another procedure or an Act ("which is
the committal procedure under the Sentencing Act 2020") explain nothing.
"""

import re

from assistant.language import ParsedText, Sentence

# A dash opens an explanation unless a new clause starts after it ("\u2014 I am sorry").
DASH_GLOSS = (
    r"(?:\s+-|\s*[\u2013\u2014])\s*(?!(?:i|we|he|she|they|you|it|this|that|and|but|"
    r"so|or|as|if|although)\b)[a-z]"
)
EXPLAINED_AFTER = re.compile(
    rf"^\s*(?:\(|{DASH_GLOSS}|"
    r",?\s*(?:which|that)\s+(?:simply\s+)?(?:means|refers|involves|describes|"
    r"is (?:a|an|the|when|where)\b)|,\s*(?:meaning|that is|i\.e\.|in other words)|"
    # A relative clause saying what the thing is for: "proceedings, which aim to".
    r",\s*(?:which|that)\s+(?:aims?|exists?|allows?|lets?|sets? out|requires?|"
    r"ensures?|makes? sure|protects?|(?:is|are) used|looks? at|checks?)\b|"
    r"\s*(?:means|is when|is where|is a|is an|is the|refers to|involves))",
    re.I,
)
EXPLAINED_LATER_IN_SENTENCE = re.compile(
    r"^[^.]{0,60}?(?:\(|:|\bwhich means\b|\bmeaning\b|\bthat is\b|\bi\.e\.|"
    r"\bin other words\b|\bput simply\b|"
    r"\bwhich (?:is|are) (?:a|an|the|when|where|how)\b)",
    re.I,
)
# Brackets that only give a label (a section number, an abbreviation) explain nothing.
BRACKETED_LABEL = re.compile(r"^\s*\((?:s\.\s*\d|[Ss]ection \d|[A-Z][A-Z0-9]{1,5}\))")
EXPLAINED_BEFORE = re.compile(
    r"(?:known as|called|calls?|referred to as|described as|termed|this is|what is)\s*"
    r"(?:an?\s+|the\s+)?[\"'\u2018\u201c]?$",
    re.I,
)
# The plain words come first and the term closes a short bracket after them: "a
# hearing to decide the facts (a Newton hearing)", "cancelled (the trial was vacated)".
NAMED_IN_BRACKETS = re.compile(r"\([^()]{0,40}$")
CLOSES_BRACKET = re.compile(r"^[\"'\u2019\u201d]?\s*\)")
EXPLAINING_SENTENCE = re.compile(
    r"^\s*(?:(?:this|that|which|it|these|they)\s+(?:simply\s+)?(?:means?|meant|"
    r"(?:is|are) (?:when|where|a |an |the |how|what)|was (?:when|where|a |an )|refers|"
    r"involves|describes|(?:has|have) (?:two|three|four|\d) (?:parts|stages|steps|"
    r"questions|tests)|asks (?:whether|if)|sets out|looks at|allows|lets|aims to)|"
    r"in other words|put simply|simply put|(?:to )?put (?:it )?(?:simply|plainly|"
    r"another way)|in (?:plain|simple|everyday|ordinary) (?:terms|english|words|"
    r"language)|to explain|what this means|by (?:this|that),? (?:i|we) mean|in short)",
    re.I,
)
# How a next sentence defines a term it names again by its head noun ("The test").
DEFINING_VERB = (
    r"(?:(?:is|are|was) (?:a|an|when|where|how|what|about|used|meant)\b|means|"
    r"refers|involves|asks (?:whether|if)|sets out|(?:has|have) (?:two|three|four|\d) "
    r"(?:parts|stages|steps|questions|tests))"
)
# "which is the committal procedure under the Sentencing Act": the term's own word
# again, or a name and a statute, tells a reader nothing new.
RENAMES = re.compile(
    r"^\W*(?:which|that) (?:is|are) (?:a|an|the) (?P<name>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.I,
)
NAME_AND_STATUTE = re.compile(
    r"^\W*(?:which|that) (?:is|are) (?:a|an|the) (?:[\w-]+\s+){1,3}?(?:under|"
    r"contrary to|in accordance with)\b[^.;]{0,60}?\b(?:Act|Rules|Regulations)\b",
    re.I,
)


def is_explained(letter: ParsedText, start: int, end: int) -> bool:
    """Return whether the term at ``start:end`` is explained where it is used."""
    sentence = letter.sentence_at(start)
    before = letter.text[sentence.start : start]
    after = letter.text[end : sentence.end]
    term = letter.text[start:end]

    if _explained_in_sentence(term, before, after):
        return True

    following = letter.next_sentence(sentence)
    return following is not None and _explains(following, term)


def _explained_in_sentence(term: str, before: str, after: str) -> bool:
    # "(PTPH)" after the full name only labels it; the name itself needs explaining.
    labelled = term.isupper()
    if NAMED_IN_BRACKETS.search(before) and CLOSES_BRACKET.match(after):
        return not labelled
    if EXPLAINED_BEFORE.search(before):
        return True
    if BRACKETED_LABEL.match(after) or _circular(term, after):
        return False
    return bool(
        EXPLAINED_AFTER.match(after) or EXPLAINED_LATER_IN_SENTENCE.match(after)
    )


def _explains(following: Sentence, term: str) -> bool:
    if EXPLAINING_SENTENCE.match(following.text):
        return True
    head = re.escape(term.split()[-1])
    defined = re.compile(
        rf"{re.escape(term)}s?\W*\s+(?:is|are|means|was|refers)\b|"
        rf"\b(?:the|this|that|such an?|an?)\s+{head}\W*\s+{DEFINING_VERB}",
        re.I,
    )
    return bool(defined.search(following.text))


def _circular(term: str, after: str) -> bool:
    if NAME_AND_STATUTE.match(after):
        return True
    renamed = RENAMES.match(after)
    return bool(renamed) and _same_stem(term, renamed["name"])


def _same_stem(term: str, words: str) -> bool:
    # The head noun may come back in a real explanation ("a hearing where ...").
    qualifiers = term.split()[:-1]
    stems = {word[:6].lower() for word in re.findall(r"\w{6,}", " ".join(qualifiers))}
    return any(word[:6].lower() in stems for word in re.findall(r"\w{6,}", words))
