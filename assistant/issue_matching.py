"""How each issue of a complaint is matched to the passage of the letter answering it.

An issue is matched to a headed section when its heading or content names the
issue, otherwise to the sentences sharing most domain concepts with it, with
sentence embeddings as a second signal. Sentences that only restate the complaint
do not answer it; the reply after them does.
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.content_words import GENERIC_WORDS
from assistant.embeddings import Embedder, WordLlamaEmbedder
from assistant.language import ParsedText, Sentence
from assistant.letter_layout import GENERIC_HEADING, LetterLayout

# Lemmas that name the same thing in a complaint and in a reply.
CONCEPTS = {
    word: concept
    for concept, words in {
        "prosecutor": "prosecutor lawyer barrister advocate counsel reviewer",
        "inform": "tell inform update notify contact call phone ring telephone speak "
        "explain",
        "discontinue": "drop discontinue stop withdraw abandon",
        "charge": "charge prosecute prosecution",
        "plea": "plea plead guilty",
        "sentence": "sentence sentencing suspend jail prison custody",
        "delay": "delay wait late",
        "reply": "reply respond response answer acknowledge",
        "letter": "letter email correspondence",
        "language": "english polish welsh translate translation interpreter language",
        "rude": "rude abrupt dismissive manner tone unprofessional attitude",
        "expenses": "expense expenses claim payment reimburse reimbursement",
        "trial": "trial hearing",
        "change": "change move adjourn vacate reschedule relist",
        "evidence": "evidence footage cctv photograph",
        "special measures": "screen measure intermediary",
        "document": "document paper file box",
        "lose": "lose missing misplace",
        "meeting": "meet meeting",
        "address": "address detail",
    }.items()
    for word in words.split()
}
LEDGER_GENERIC = GENERIC_WORDS | frozenset(
    "case cps crown write thank complaint court dear sincerely".split()
)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})

# Weights and thresholds, set on the labelled letters in tests/test_issue_ledger.py.
# Known gap: a reply that answers an issue in wholly different words is taken as
# not answering it, so an "unanswered" finding is advice to check, not proof.
CONCEPT_WEIGHT = 0.7
# A long issue names many things; a reply naming this many of them answers it.
ENOUGH_SHARED = 4
ANSWERS = 0.42
FOLLOWS_ON = 0.25
HEADING_NAMES_IT = 0.45
SHORT_PARAGRAPH = 2
REPLY_TERMS = 3


@dataclass(frozen=True)
class Scores:
    """How close each issue is to each body sentence and heading."""

    sentences: np.ndarray
    headings: np.ndarray


@dataclass(frozen=True)
class IssueMatch:
    """Where the letter answers one issue."""

    answer: tuple[Sentence, ...]
    region: frozenset[int]
    similarity: float


@lru_cache(maxsize=1)
def offline_embedder() -> Embedder:
    """Return the embedder the ledger uses when none is given."""
    # Rules mode stays offline whatever embedder guidance search is set to use.
    return WordLlamaEmbedder()


def score_issues(layout: LetterLayout, issues: list, terms: list, embedder) -> Scores:
    """Return each issue's similarity to every body sentence and heading."""
    # A heading is short: it names the issue when the issue holds its words.
    return Scores(
        _similarities(layout, issues, terms, layout.body, embedder, share),
        _similarities(layout, issues, terms, layout.headings, embedder, _overlap),
    )


def _similarities(layout, issues, terms, sentences, embedder, share) -> np.ndarray:
    """Return issue-by-sentence similarity: shared concepts, then embeddings."""
    if not issues or not sentences:
        return np.zeros((len(issues), len(sentences)))
    sentence_terms = [concept_terms(layout.parsed, s.start, s.end) for s in sentences]
    shared = np.array([[share(a, b) for b in sentence_terms] for a in terms])

    texts = [s.text for s in sentences]
    vectors = embedder.embed([i.quote for i in issues] + texts)
    cosine = np.clip(vectors[: len(issues)] @ vectors[len(issues) :].T, 0.0, 1.0)
    return CONCEPT_WEIGHT * shared + (1 - CONCEPT_WEIGHT) * cosine


def concept_terms(parsed: ParsedText, start: int, end: int) -> frozenset[str]:
    """Return the content words of a span, each mapped to its domain concept."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand") or []
    terms = set()
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ in CONTENT_POS and not token.is_stop and len(lemma) > 2:
            if lemma not in LEDGER_GENERIC:
                terms.add(CONCEPTS.get(lemma, lemma))
    return frozenset(terms)


def _overlap(issue_terms: frozenset[str], heading_terms: frozenset[str]) -> float:
    """Return the share of the shorter side's concepts the other side names."""
    enough = min(len(issue_terms), len(heading_terms), ENOUGH_SHARED)
    return len(issue_terms & heading_terms) / enough if enough else 0.0


def share(issue_terms: frozenset[str], sentence_terms: frozenset[str]) -> float:
    """Return the share of an issue's concepts a sentence names, up to enough."""
    if not issue_terms:
        return 0.0
    enough = min(len(issue_terms), ENOUGH_SHARED)
    return min(len(issue_terms & sentence_terms), enough) / enough


def find_answer(
    layout: LetterLayout, scores: Scores, issue: int
) -> tuple[Sentence, ...]:
    """Return the sentences that answer one issue, best first; none if unanswered."""
    row = scores.sentences[issue]
    for k in sorted(range(len(layout.body)), key=lambda k: -row[k]):
        if row[k] < FOLLOWS_ON:
            break
        sentence = layout.body[k]
        if sentence.index not in layout.restating and row[k] >= ANSWERS:
            return _with_section(layout, sentence)
        reply = _reply_after(layout, k)
        if sentence.index in layout.restating and reply is not None:
            return _with_section(layout, reply)
    return _under_heading(layout, scores.headings[issue])


def _reply_after(layout: LetterLayout, k: int) -> Sentence | None:
    """Return the sentence replying to a restatement: the next one in its paragraph
    that says something ("I have looked into this." does not)."""
    here = layout.paragraph[layout.body[k].index]
    for later in layout.body[k + 1 :]:
        if layout.paragraph[later.index] != here:
            return None
        terms = concept_terms(layout.parsed, later.start, later.end)
        if later.index not in layout.restating and len(terms) >= REPLY_TERMS:
            return later
    return None


def _with_section(layout: LetterLayout, sentence: Sentence) -> tuple[Sentence, ...]:
    heading = layout.section[sentence.index]
    if heading is None or GENERIC_HEADING.search(heading.text):
        return (sentence,)
    inside = [s for s in layout.body if layout.section[s.index] is heading]
    return (sentence, *(s for s in inside if s is not sentence))


def _under_heading(layout: LetterLayout, heading_scores) -> tuple[Sentence, ...]:
    """Return the section whose heading names the issue, when no sentence does."""
    ranked = sorted(range(len(layout.headings)), key=lambda k: -heading_scores[k])
    for k in ranked:
        heading = layout.headings[k]
        if heading_scores[k] < HEADING_NAMES_IT:
            break
        if not GENERIC_HEADING.search(heading.text):
            inside = [s for s in layout.body if layout.section[s.index] is heading]
            return tuple(inside)
    return ()


def find_match(layout: LetterLayout, answers: list, issue: int, scores) -> IssueMatch:
    """Return where an issue's finding, apology or remedy may sit."""
    answer = answers[issue]
    if not answer:
        return IssueMatch((), frozenset(), 0.0)
    similarity = float(max(scores[layout.body.index(s)] for s in answer))
    heading = layout.section[answer[0].index]
    if heading is not None and not GENERIC_HEADING.search(heading.text):
        return IssueMatch(answer, frozenset(s.index for s in answer), similarity)

    # A short paragraph after the answer often holds its finding or apology.
    paragraphs = {layout.paragraph[s.index] for s in answer}
    others = (a for k, a in enumerate(answers) if k != issue)
    taken = {layout.paragraph[s.index] for other in others for s in other}
    following = max(paragraphs) + 1
    after = [s for s in layout.body if layout.paragraph[s.index] == following]
    if after and len(after) <= SHORT_PARAGRAPH and following not in taken:
        paragraphs.add(following)
    region = {s.index for s in layout.body if layout.paragraph[s.index] in paragraphs}
    return IssueMatch(answer, frozenset(region), similarity)
