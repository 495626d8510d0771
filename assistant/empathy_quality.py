"""Empathy and apology quality without a model.

Stock, conditional or dismissive phrasing is found by pattern and, where the words
differ, by closeness to the exemplars in ``knowledge/empathy-exemplars.md`` using
the offline sentence embeddings. An apology is read for the four elements of a real
one: acknowledging the failing, accepting responsibility, explaining, and regret.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from assistant.checks.empathy import DISMISSIVE
from assistant.embeddings import get_embedder
from assistant.front_matter import split_front_matter
from assistant.language import ParsedText, Sentence
from assistant.resources import knowledge_file

EXEMPLARS = "empathy-exemplars.md"
POOR = ("Empty or dismissive phrasing", "Conditional or non-apology")
GOOD = ("Good empathy", "Real apology")
# Closeness to a poor exemplar that flags a sentence, and the lead it needs over
# the closest good exemplar; set by reading the exemplars' own neighbours.
SIMILAR = 0.55
MARGIN = 0.08
CONDITIONAL = re.compile(
    r"\bany (?:upset|distress|inconvenience|offence|confusion)\b|\bmay (?:feel|have "
    r"felt|have caused|have been)\b|\bif (?:you feel|you felt|this has|you were)\b|"
    r"\bsorry (?:that )?you (?:feel|felt|are unhappy|are disappointed)",
    re.I,
)

APOLOGY_ELEMENTS = {
    "acknowledges the failing": re.compile(
        r"\b(?:we|i|the cps|the prosecutor|our)\b[^.]{0,40}\b(?:did not|didn't|failed|"
        r"should have|should not have|wrongly|was wrong|fell short|made a mistake)",
        re.I,
    ),
    "accepts responsibility": re.compile(
        r"\b(?:our (?:fault|mistake|error|failing)|(?:i|we) accept|(?:i|we) take "
        r"(?:full )?responsibility|that was wrong of us|we got (?:this|it) wrong)",
        re.I,
    ),
    "explains what happened": re.compile(
        r"\b(?:because|this happened|the reason|due to|as a result of|caused by)\b",
        re.I,
    ),
    "expresses regret": re.compile(
        r"\b(?:i|we) (?:am|are|'m) (?:truly |very |deeply |so )?sorry\b|"
        r"\bapologi[sz]e\b|\bmy apologies\b|\bregret\b",
        re.I,
    ),
}


@dataclass(frozen=True)
class PhrasingFinding:
    """A sentence whose phrasing undermines the reply, and why."""

    sentence: Sentence
    kind: str
    reason: str


@dataclass
class ApologyReading:
    """Which elements of a real apology the letter has."""

    present: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)


def find_poor_phrasing(letter: ParsedText) -> list[PhrasingFinding]:
    """Return stock, conditional or dismissive sentences, by pattern or likeness."""
    found = []
    for sentence in letter.sentences:
        if DISMISSIVE.search(sentence.text.lower()) or CONDITIONAL.search(
            sentence.text
        ):
            found.append(
                PhrasingFinding(sentence, "dismissive", "stock or conditional")
            )
    known = {f.sentence.index for f in found}
    for sentence, poor, good in _closest(letter):
        if sentence.index in known or _says_what_went_wrong(sentence.text):
            continue
        if poor >= SIMILAR and poor - good >= MARGIN:
            reason = f"reads like the empty or conditional exemplars ({poor:.2f})"
            found.append(PhrasingFinding(sentence, "dismissive", reason))
    return sorted(found, key=lambda f: f.sentence.start)


def read_apology(letter: ParsedText) -> ApologyReading:
    """Return which elements of a real apology the letter contains."""
    reading = ApologyReading()
    poor = {finding.sentence.index for finding in find_poor_phrasing(letter)}
    usable = [s for s in letter.sentences if s.index not in poor]
    for element, pattern in APOLOGY_ELEMENTS.items():
        sentence = next((s for s in usable if pattern.search(s.text)), None)
        if sentence:
            reading.present[element] = sentence.text
        else:
            reading.missing.append(element)
    return reading


def _says_what_went_wrong(text: str) -> bool:
    """Return whether a sentence admits a specific failing, which is never empty."""
    return bool(APOLOGY_ELEMENTS["acknowledges the failing"].search(text))


def _closest(letter: ParsedText) -> list[tuple[Sentence, float, float]]:
    """Return each sentence with its best likeness to poor and to good exemplars."""
    sentences = [s for s in letter.sentences if len(s.text.split()) >= 5]
    if not sentences:
        return []
    labels, vectors = _exemplars()
    similarity = get_embedder().embed([s.text for s in sentences]) @ vectors.T
    poor = np.array([label in POOR for label in labels])
    return [
        (sentence, float(row[poor].max()), float(row[~poor].max()))
        for sentence, row in zip(sentences, similarity, strict=True)
    ]


@lru_cache(maxsize=1)
def _exemplars() -> tuple[list[str], np.ndarray]:
    _, body = split_front_matter(knowledge_file(EXEMPLARS).read_text(encoding="utf-8"))
    labels, texts = [], []
    section = None
    for line in body.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("- ") and section in POOR + GOOD:
            labels.append(section)
            texts.append(line[2:].strip())
    return labels, get_embedder().embed(texts)
