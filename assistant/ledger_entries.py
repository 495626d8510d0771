"""One line of the issue ledger: an issue, where the letter answers it, and the
finding, apology and remedy given there.

The finding is the outcome stated where the issue is answered, else the outcome
given for the complaint as a whole.
"""

import re
from dataclasses import dataclass

import numpy as np

from assistant.checks.apology import APOLOGY, CONDITIONAL
from assistant.checks.outcome import NOT_UPHELD, UPHOLD_WORD, Finding, Outcome
from assistant.checks.remedy import REMEDY
from assistant.complaint_issues import ComplaintIssue
from assistant.issue_matching import IssueMatch, concept_terms, share
from assistant.language import Sentence
from assistant.letter_layout import GENERIC_HEADING, LetterLayout

SYMPATHY = re.compile(
    r"sorry (?:to hear|for your loss|for (?:the|your) (?:distress|upset|loss|"
    r"ordeal))|condolence|sympathi[sz]e|sorry (?:that )?you (?:have been|went|had "
    r"been) through",
    re.I,
)
CLAUSE_BREAK = re.compile(r",?\s+but\s+|;\s*|,\s+whereas\s+|,\s+however,?\s+", re.I)
# "I uphold this part of your complaint" is this issue upheld, not partly upheld.
ISSUE_PARTLY = re.compile(r"\b(?:partly|partially|in part)\b", re.I)
# "I am very sorry." on its own is an apology the shared pattern leaves out.
BARE_SORRY = re.compile(
    r"\b(?:i am|i'm|we are) (?:very |truly |deeply |so )?sorry\s*(?:[.;,]|$)", re.I
)
# Ways of putting things right the shared remedy pattern leaves out.
MORE_REMEDY = re.compile(
    r"\b(?:has|have) (?:now |since )?(?:been )?(?:introduced|changed|put in place|"
    r"reminded|appointed|reported|set up|raised it|passed it)\b|\bfrom now on\b|"
    r"\bwill (?:now )?(?:be )?(?:pay|paid|meet|translated|reviewed|corrected)\b|"
    r"\bi have (?:now )?(?:asked|raised|passed|set out|enclosed|arranged)\b",
    re.I,
)
CLAUSE_JOIN = re.compile(r",|;|\band\b|\bbut\b|\bso\b")
NEGATION = re.compile(r"\b(?:not|unable|cannot|can't|don't|won't|decline|no basis)\b")


@dataclass(frozen=True)
class LedgerEntry:
    """One issue with the part of the letter that answers it and its finding.

    ``answer`` holds the answering sentences, best first (empty when unanswered);
    ``region`` the indices of the letter sentences that deal with the issue, where
    its finding, apology and remedy are looked for; ``overall_finding`` says the
    finding is the one given for the complaint as a whole.
    """

    issue: ComplaintIssue
    answer: tuple[Sentence, ...]
    section: str | None
    similarity: float
    finding: Finding | None
    finding_sentence: Sentence | None
    overall_finding: bool
    apology: Sentence | None
    remedy: Sentence | None
    region: frozenset[int] = frozenset()

    @property
    def answered(self) -> bool:
        """Return whether some passage of the letter answers the issue."""
        return bool(self.answer)


@dataclass(frozen=True)
class Reading:
    """Everything known of the letter once each issue is matched to it."""

    layout: LetterLayout
    scores: np.ndarray
    matches: list[IssueMatch]
    overall: Outcome | None


def overall_outcome(layout: LetterLayout, outcomes: list[Outcome]) -> Outcome | None:
    """Return the last outcome given for the complaint as a whole, if any."""
    whole = [
        o
        for o in outcomes
        if o.whole_complaint
        and not _under_topic(layout, o.sentence.index)
        and len(_outcome_clauses(o.sentence)) == 1
    ]
    return whole[-1] if whole else None


def _under_topic(layout: LetterLayout, index: int) -> bool:
    heading = layout.section.get(index)
    return heading is not None and not GENERIC_HEADING.search(heading.text)


def ledger_entry(reading: Reading, k: int, issue, terms, outcomes) -> LedgerEntry:
    """Return the ledger line of one issue."""
    layout, match, overall = reading.layout, reading.matches[k], reading.overall
    local = _local_finding(layout, terms, match.region, outcomes, overall)
    finding, sentence = local if local else (None, None)
    from_overall = False
    if finding is None and overall is not None and match.answer:
        if overall.finding is not Finding.PARTLY_UPHELD or len(reading.matches) == 1:
            finding, sentence, from_overall = overall.finding, overall.sentence, True

    def its_apology(s: Sentence) -> bool:
        return _is_apology(s.text) and _belongs(reading, k, s)

    def its_remedy(s: Sentence) -> bool:
        return _is_remedy(s.text) and _belongs(reading, k, s)

    section = layout.section[match.answer[0].index] if match.answer else None
    return LedgerEntry(
        issue=issue,
        answer=match.answer,
        section=section.text.strip() if section else None,
        similarity=match.similarity,
        finding=finding,
        finding_sentence=sentence,
        overall_finding=from_overall,
        apology=_first(reading, k, its_apology),
        remedy=_first(reading, k, its_remedy),
        region=match.region,
    )


def _belongs(reading: Reading, k: int, sentence: Sentence) -> bool:
    """Return whether a sentence is closer to issue ``k`` than to any other issue
    dealt with in the same place."""
    j = reading.layout.body.index(sentence)
    rivals = [
        m
        for m, match in enumerate(reading.matches)
        if m != k and sentence.index in match.region
    ]
    return all(reading.scores[k][j] >= reading.scores[m][j] for m in rivals)


def _local_finding(layout, terms, region, outcomes, overall):
    """Return (finding, sentence) for the outcome stated where it is answered."""
    clauses = [
        (start, end, o.sentence)
        for o in outcomes
        if o.sentence.index in region and o is not overall
        for start, end in _outcome_clauses(o.sentence)
    ]
    if not clauses:
        return None
    start, end, sentence = max(
        clauses, key=lambda c: share(terms, concept_terms(layout.parsed, c[0], c[1]))
    )
    return _clause_finding(layout.parsed.text[start:end]), sentence


def _outcome_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Return the spans of an outcome sentence that each state a finding."""
    bounds = [0]
    for match in CLAUSE_BREAK.finditer(sentence.text):
        bounds += [match.start(), match.end()]
    bounds.append(len(sentence.text))
    spans = [
        (sentence.start + a, sentence.start + b)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True)
        if UPHOLD_WORD.search(sentence.text[a:b].lower())
    ]
    return spans or [(sentence.start, sentence.end)]


def _clause_finding(clause: str) -> Finding:
    """Return the finding a clause states, reading a negation only in its own part.

    "That should not have happened and I uphold this part" is upheld, though the
    shared outcome pattern reads a "not" up to 40 characters before "uphold".
    """
    lower = clause.lower()
    if ISSUE_PARTLY.search(lower):
        return Finding.PARTLY_UPHELD
    word = UPHOLD_WORD.search(lower)
    if word is None:
        return Finding.NOT_UPHELD if NOT_UPHELD.search(lower) else Finding.UPHELD
    own_part = CLAUSE_JOIN.split(lower[: word.start()])[-1]
    return Finding.NOT_UPHELD if NEGATION.search(own_part) else Finding.UPHELD


def _is_apology(text: str) -> bool:
    lower = text.lower()
    said = APOLOGY.search(lower) or BARE_SORRY.search(lower)
    return bool(said) and not CONDITIONAL.search(lower) and not SYMPATHY.search(lower)


def _is_remedy(text: str) -> bool:
    return bool(REMEDY.search(text.lower()) or MORE_REMEDY.search(text))


def _first(reading: Reading, k: int, test) -> Sentence | None:
    """Return the first sentence passing ``test`` where issue ``k`` is dealt with,
    else one that belongs to no issue (a closing apology or remedy covers all)."""
    body, region = reading.layout.body, reading.matches[k].region
    inside = [s for s in body if s.index in region and test(s)]
    if inside:
        return inside[0]
    claimed = frozenset().union(*(m.region for m in reading.matches))
    shared = [s for s in body if s.index not in claimed and test(s)]
    return shared[0] if shared else None
