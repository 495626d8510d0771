"""The parsed letter every check reads: spaCy is run once per text and shared.

The pipeline is loaded once per process from the installed model package; nothing
is downloaded at run time.
"""

import logging
import re
import threading
import time
from dataclasses import dataclass
from functools import cached_property, lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from assistant.errors import LetterTextError
from assistant.settings import get_settings

logger = logging.getLogger(__name__)

# Serialises the first load: threads that arrive together wait instead of each
# loading a copy of the pipeline.
LOADING = threading.Lock()
LIST_MARKER = re.compile(r"\(?\d{1,2}[.)]|[a-z][.)]|[-*\u2022]")
HARD_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])\s)")
# A short line without closing punctuation at the start of a paragraph: a heading.
HEADING_LINE = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*[^\n]{2,70}?[^.,;:?!\n]"
    r"(?<!\band)(?<!\bthe)(?<!\bof)(?<!\bto)(?<!\ba)"
    r"(?=\n[ \t]*[A-Z0-9\"'\u2018\u201c*#])"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text with its character offsets."""

    index: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the configured spaCy pipeline once, even when threads ask together."""
    with LOADING:
        return _load()


def _load() -> Language:
    name = get_settings().spacy_model
    started = time.perf_counter()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise LetterTextError(
            f"the spaCy model '{name}' is not installed; reinstall the project"
        ) from None
    logger.info("loaded spaCy pipeline model=%s ms=%.0f", name, _ms_since(started))
    return nlp


class ParsedText:
    """A text with its spaCy document, sentences and paragraphs."""

    def __init__(self, text: str, doc: Doc):
        self.text = text
        self.doc = doc

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Return the sentences, split also at blank lines and headings."""
        pieces: list[tuple[int, int]] = []
        for span in self.doc.sents:
            for start, end in _split_on_breaks(
                self.text, span.start_char, span.end_char
            ):
                if pieces and LIST_MARKER.fullmatch(
                    self.text[pieces[-1][0] : pieces[-1][1]]
                ):
                    start = pieces.pop()[0]
                pieces.append((start, end))
        return [
            Sentence(i, start, end, self.text[start:end])
            for i, (start, end) in enumerate(pieces)
        ]

    @cached_property
    def lower(self) -> str:
        """Return the text in lower case (same offsets)."""
        return self.text.lower()

    def sentence_at(self, offset: int) -> Sentence:
        """Return the sentence holding the character at ``offset``."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]

    def next_sentence(self, sentence: Sentence) -> Sentence | None:
        """Return the sentence after ``sentence``, if any."""
        following = sentence.index + 1
        return self.sentences[following] if following < len(self.sentences) else None


def parse(text: str) -> ParsedText:
    """Parse ``text`` with the shared pipeline."""
    check_text(text, "letter")
    return ParsedText(text, load_pipeline()(text))


def parse_light(text: str) -> ParsedText:
    """Parse ``text`` without the dependency parser, splitting sentences by rule.

    The name checks read entities, lemmas and sentences but no dependencies, so
    this is all they need when the letter has not been parsed already.
    """
    check_text(text, "letter")
    doc = load_pipeline()(text, disable=["parser"])
    return ParsedText(text, _sentencizer()(doc))


def parse_many_light(texts: list[str]) -> list[ParsedText]:
    """Parse several texts the light way, in one batch."""
    for text in texts:
        check_text(text, "letter")
    docs = load_pipeline().pipe(texts, disable=["parser"])
    return [ParsedText(t, _sentencizer()(d)) for t, d in zip(texts, docs, strict=True)]


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def parse_many(texts: list[str]) -> list[ParsedText]:
    """Parse several texts in one batch."""
    for text in texts:
        check_text(text, "letter")
    docs = load_pipeline().pipe(texts)
    return [ParsedText(text, doc) for text, doc in zip(texts, docs, strict=True)]


def check_text(text: str, what: str) -> None:
    """Refuse text that is empty, binary or over the configured length."""
    if not isinstance(text, str):
        raise LetterTextError(f"the {what} must be text, not {type(text).__name__}")
    if not text.strip():
        raise LetterTextError(f"the {what} is empty")
    if "\x00" in text:
        raise LetterTextError(f"the {what} looks like binary data, not text")
    limit = get_settings().max_letter_chars
    if len(text) > limit:
        raise LetterTextError(
            f"the {what} has {len(text)} characters, over the limit of {limit}"
        )


def _split_on_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [cut for cut in _hard_breaks(text) if start < cut < end]
    bounds = [start, *cuts, end]
    pieces = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        if text[left:right].strip():
            pieces.append(_trim(text, left, right))
    return pieces


@lru_cache(maxsize=64)
def _hard_breaks(text: str) -> tuple[int, ...]:
    """Return offsets where a sentence must end: blank lines, bullets, headings."""
    cuts = {match.start() for match in HARD_BREAK.finditer(text)}
    for match in HEADING_LINE.finditer(text):
        cuts.add(match.end())
    return tuple(sorted(cuts))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
