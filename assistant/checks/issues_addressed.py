"""Annex A q13: does the letter address every issue the complainant raised?

Best effort: the complaint is split into issues (list items, questions and
sentences of complaint) and each is looked for in the letter by the content words
they share.
"""

import re
from dataclasses import dataclass

from assistant.checks.context import CheckContext
from assistant.judge import Answer
from assistant.language import ParsedText, Sentence

QUESTION = "q13"

COMPLAINT_CUE = re.compile(
    r"\?|unhappy|complain|why (?:was|were|did|didn't|has|have)|never|failed|nobody|"
    r"no one|not told|wasn't told|was not told|didn't|did not|want to know|"
    r"explain|upset|angry|disgust|let down|should have|ignored|lost|rude|delay"
)
# "I am writing to complain about how my case was handled" announces the
# complaint; the issues follow it.
OPENER = re.compile(
    r"^\W*(?:dear \w+\W+)?(?:i am|i'm|we are) writing (?:to (?:you )?(?:to )?"
    r"(?:complain|make a (?:formal )?complaint)|about)|^\W*i (?:want|wish|would like) "
    r"to (?:make a (?:formal )?complaint|complain)(?: about)?\b[^.?!]{0,80}[.!]?$"
)
# Lemmas nearly every complaint and reply share: the names of the process and
# generic verbs. "tell" stays in: not being told is what many complaints are about.
EVERYDAY_WORDS = frozenset(
    "write letter case court crown cps complaint thank "
    "get make take come go happen thing".split()
)
SALUTATION = re.compile(r"^\s*dear\b", re.I)
CLOSING = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully)|kind regards)", re.I)
MIN_SHARED = 2
MIN_SHARE = 0.34


@dataclass(frozen=True)
class Issue:
    """One issue of the complaint, in the complainant's words."""

    sentence: Sentence
    words: frozenset[str]


def extract_issues(complaint: ParsedText) -> list[Issue]:
    """Return the sentences of the complaint that raise an issue."""
    issues = []
    for sentence in complaint.sentences:
        text = sentence.text.lower()
        if not COMPLAINT_CUE.search(text) or OPENER.match(text):
            continue
        words = _content_words(complaint, sentence) - EVERYDAY_WORDS
        if len(words) >= 2:
            issues.append(Issue(sentence, words))
    return issues


def check(context: CheckContext) -> Answer:
    """Answer q13 for the letter."""
    complaint = context.complaint
    if complaint is None or len(complaint.text.split()) < 15:
        return context.answer(
            QUESTION, "not_known", "the complaint is too short to tell", confidence=0.4
        )

    letter_words = _body_words(context.letter)
    unanswered = [i for i in extract_issues(complaint) if not _covered(i, letter_words)]
    if unanswered:
        return _unless_ledger_answers_all(context, unanswered[0])
    return context.answer(
        QUESTION, "yes", "every issue raised has a matching passage", confidence=0.45
    )


def _unless_ledger_answers_all(context: CheckContext, first: Issue) -> Answer:
    """Return "no", unless the issue ledger maps every issue to its answer.

    Shared words miss an issue answered in other words; the ledger, which reads
    the letter's headings and findings, finds those. Where it answers every issue
    its "yes" stands (on the development letters this lifts q13 from 75% to 82%).
    """
    verdict = context.ledger.issues_addressed()
    if verdict.answer == "yes":
        return verdict.to_answer()
    reason = f'not addressed: "{first.sentence.text[:120]}"'
    return context.answer(QUESTION, "no", reason, confidence=0.45)


def _covered(issue: Issue, letter_words: frozenset[str]) -> bool:
    shared = issue.words & letter_words
    return len(shared) >= MIN_SHARED or len(shared) / len(issue.words) >= MIN_SHARE


def _content_words(parsed: ParsedText, sentence: Sentence) -> frozenset[str]:
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return _words_of(span if span is not None else [])


def _body_words(letter: ParsedText) -> frozenset[str]:
    """Return the content words between the salutation and the sign-off."""
    words = set()
    for sentence in letter.sentences:
        if CLOSING.match(sentence.text):
            break
        if not SALUTATION.match(sentence.text):
            words |= _content_words(letter, sentence)
    return frozenset(words)


def _words_of(tokens) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in {"NOUN", "VERB", "ADJ", "PROPN"} and not t.is_stop and len(t) > 2
    )
