"""Content words: the words of a complaint that say what an issue is about.

A piece needs enough of them to be an issue on its own, and an issue's topic is
made of the first few.
"""

from assistant.complaint_pieces import Piece, token_span
from assistant.language import ParsedText

# Lemmas that say nothing about what the issue is: the process, feelings, verbs of
# wanting and thinking. An issue needs two other content words.
GENERIC_WORDS = frozenset(
    "write feel think know want like say happen thing way time people anyone "
    "everyone angry upset disgust disgusted disgraceful appalling terrible awful "
    "humiliated unsafe scared frightened devastated hurt shocked sad ashamed "
    "right wrong fair justice system let point complain complaint cps crown "
    "service make get go come take look need wish believe sure really just also "
    "even please thank matter concern issue question deserve able".split()
)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
TOPIC_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
TOPIC_WORDS = 4


def content_count(parsed: ParsedText, piece: Piece) -> int:
    """Return how many different content words a piece holds."""
    span = token_span(parsed, piece.start, piece.end)
    return len({t.lemma_.lower() for t in span if _is_content(t, CONTENT_POS)})


def topic(parsed: ParsedText, start: int, end: int) -> str:
    """Return a few key words of an issue, its nouns first, in the order written."""
    tokens = [t for t in token_span(parsed, start, end) if _is_content(t, TOPIC_POS)]
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"}]
    words: list[str] = []
    for token in nouns + [t for t in tokens if t not in nouns]:
        if token.lemma_.lower() not in words:
            words.append(token.lemma_.lower())
    return " ".join(words[:TOPIC_WORDS])


def _is_content(token, tags: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    return (
        token.pos_ in tags
        and not token.is_stop
        and len(token) > 1
        and lemma not in GENERIC_WORDS
    )
