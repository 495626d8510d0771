"""The issue ledger: each issue of the complaint, where the letter answers it, and
the finding given there.

Each issue (see ``complaint_issues``) is matched to the letter: to a headed section
when its heading or content names the issue, otherwise to the sentences sharing
most domain concepts with it, with sentence embeddings as a second signal.
Sentences that only restate the complaint ("You say that ...") do not answer it.
The finding is the outcome stated where the issue is answered, else the outcome
given for the complaint as a whole.

The ledger raises four findings of its own: an issue left unanswered, an answered
issue with no finding, an upheld issue without apology or remedy, and an apology
for something found not upheld. The rules judge reads q13, q10.1, q12 and q14
from it.
"""

import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import numpy as np

from assistant.checks.apology import APOLOGY, CONDITIONAL
from assistant.checks.context import CheckContext
from assistant.checks.outcome import (
    NOT_UPHELD,
    UPHOLD_WORD,
    Finding,
    Outcome,
    find_headings,
    find_outcomes,
)
from assistant.checks.remedy import REMEDY
from assistant.complaint_issues import (
    GENERIC_WORDS,
    ComplaintIssue,
    extract_issues,
)
from assistant.embeddings import Embedder, WordLlamaEmbedder
from assistant.judge import Answer
from assistant.language import ParsedText, Sentence, parse

logger = logging.getLogger(__name__)

SALUTATION = re.compile(r"^\s*dear\b", re.I)
CLOSING = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully)|kind regards)", re.I)
RESTATES = re.compile(
    r"^(?:thank you for|in your (?:letter|email|complaint)\b[^,]*,\s*)|"
    r"^(?:you|your (?:complaint|concerns?|letter|email)s?)\b[^.?!]{0,25}?\b(?:say|"
    r"said|told us|tell us|raised?|complain(?:ed|s)?|(?:are|were) (?:unhappy|"
    r"concerned|upset|dissatisfied|angry)|feel|felt|believe|ask(?:ed)?|"
    r"mention(?:ed)?|describe[ds]?|wrote|state[ds]?|question(?:ed)?|want(?:ed)? to "
    r"know|would like to know|is|are|was|were|about|concerns?|relates?)\b",
    re.I,
)
# Headings every letter has; they say nothing about which issue is answered.
GENERIC_HEADING = re.compile(
    r"your complaint|background|what happened|summary|introduction|next steps?|"
    r"if you are|what happens next|putting (?:things|it) right|apolog|conclusion|"
    r"outcome|my findings|further (?:help|information)|review",
    re.I,
)
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
LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s")
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


class LedgerProblem(StrEnum):
    """What the ledger can find wrong with how an issue is answered."""

    UNANSWERED = "unanswered"
    NO_FINDING = "no_finding"
    UPHELD_WITHOUT_APOLOGY_OR_REMEDY = "upheld_without_apology_or_remedy"
    APOLOGY_FOR_NOT_UPHELD = "apology_for_not_upheld"


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
class LedgerFinding:
    """A fault in how one issue is answered, with its evidence.

    ``start`` is the evidence's offset in the letter; it is ``None`` when the
    evidence is quoted from the complaint.
    """

    problem: LedgerProblem
    issue: ComplaintIssue
    evidence: str
    reason: str
    start: int | None = None


@dataclass(frozen=True)
class LedgerVerdict:
    """What the ledger says about one Annex A question."""

    question: str
    answer: str
    reason: str
    evidence: str | None = None
    start: int | None = None
    confidence: float = 0.6

    def to_answer(self) -> Answer:
        """Return the verdict as a judge's answer."""
        return Answer(
            question=self.question,
            answer=self.answer,
            reason=self.reason,
            evidence=self.evidence,
            start=self.start,
            confidence=self.confidence,
        )


@dataclass(frozen=True)
class IssueLedger:
    """Every issue of the complaint, how the letter answers it, and the faults."""

    entries: tuple[LedgerEntry, ...]
    findings: tuple[LedgerFinding, ...]
    overall: Outcome | None

    def problems(self, problem: LedgerProblem) -> list[LedgerFinding]:
        """Return the findings of one kind."""
        return [f for f in self.findings if f.problem is problem]

    def issues_addressed(self) -> LedgerVerdict:
        """Answer q13: is every issue the complainant raised addressed?"""
        if not self.entries:
            reason = "no distinct issue was found in the complaint"
            return LedgerVerdict("q13", "not_known", reason, confidence=0.4)
        unanswered = self.problems(LedgerProblem.UNANSWERED)
        if unanswered:
            first = unanswered[0]
            reason = f"{len(unanswered)} of {len(self.entries)} issues unanswered: "
            return LedgerVerdict("q13", "no", reason + first.reason, first.evidence)
        reason = f"every issue raised ({len(self.entries)}) is answered"
        return LedgerVerdict("q13", "yes", reason)

    def findings_given(self) -> LedgerVerdict | None:
        """Answer q10.1 where the ledger adds to the letter-wide check.

        "yes" when the whole complaint or every answered issue gets a finding;
        "no" when, with no outcome for the whole, a headed issue gets none while
        another gets one (the labelling guide's case); ``None`` otherwise.
        """
        answered = [e for e in self.entries if e.answered]
        if self.overall is not None:
            reason = f"states the outcome: {self.overall.finding.value}"
            return _letter_verdict("q10_1", "yes", reason, self.overall.sentence, 0.85)
        found = [e for e in answered if e.finding is not None]
        if found and len(found) == len(answered):
            reason = "each answered issue gets its own finding"
            return _letter_verdict("q10_1", "yes", reason, found[0].finding_sentence)
        headed = [e for e in answered if e.section and e.finding is None]
        if not found or not headed:
            return None
        missing = next(f for f in self.findings if f.issue is headed[0].issue)
        reason = (
            f"the part headed '{headed[0].section}' gets no finding, though other "
            "issues do, and none is given for the whole complaint"
        )
        return LedgerVerdict("q10_1", "no", reason, missing.evidence, missing.start)

    def apologies_given(self) -> LedgerVerdict | None:
        """Answer q12 where issues are upheld; ``None`` when it cannot tell.

        "no" when no upheld issue is apologised for, "yes" when every one is; some
        with and some without is left to the letter-wide check.
        """
        upheld = _upheld(self.entries)
        given = [e for e in upheld if e.apology is not None]
        if not upheld or 0 < len(given) < len(upheld):
            return None
        if not given:
            reason = f'upheld without an apology: "{_short(upheld[0].issue.quote)}"'
            return _letter_verdict("q12", "no", reason, upheld[0].finding_sentence)
        reason = f"every upheld issue ({len(upheld)}) is apologised for"
        return _letter_verdict("q12", "yes", reason, given[0].apology)

    def remedies_given(self) -> LedgerVerdict | None:
        """Answer q14 where issues are upheld; ``None`` when it cannot tell.

        "no" when no upheld issue is put right, "yes" when every one is; the
        goodwill-payment question is left to the letter-wide check.
        """
        upheld = _upheld(self.entries)
        given = [e for e in upheld if e.remedy is not None]
        if not upheld or 0 < len(given) < len(upheld):
            return None
        if not given:
            reason = f'upheld with nothing put right: "{_short(upheld[0].issue.quote)}"'
            return _letter_verdict("q14", "no", reason, upheld[0].finding_sentence)
        reason = f"every upheld issue ({len(upheld)}) is put right"
        return _letter_verdict("q14", "yes", reason, given[0].remedy, 0.55)


@dataclass(frozen=True)
class _Letter:
    """The letter's body laid out: sentences, paragraphs, sections, restatements."""

    parsed: ParsedText
    body: tuple[Sentence, ...]
    headings: tuple[Sentence, ...]
    paragraph: dict[int, int]
    section: dict[int, Sentence | None]
    restating: frozenset[int]


@dataclass(frozen=True)
class _Scores:
    """How close each issue is to each body sentence and heading."""

    sentences: np.ndarray
    headings: np.ndarray


@dataclass(frozen=True)
class _Match:
    """Where the letter answers one issue."""

    answer: tuple[Sentence, ...]
    region: frozenset[int]
    similarity: float


@dataclass(frozen=True)
class _Reading:
    """Everything known of the letter once each issue is matched to it."""

    layout: _Letter
    scores: np.ndarray
    matches: list[_Match]
    overall: Outcome | None


def build_ledger(
    complaint_text: str,
    letter: ParsedText,
    complaint: ParsedText | None = None,
    embedder: Embedder | None = None,
) -> IssueLedger:
    """Map each issue of the complaint to the letter and find what is missing."""
    if complaint is None and complaint_text.strip():
        complaint = parse(complaint_text)
    issues = extract_issues(complaint_text, complaint)
    layout = _lay_out(letter)

    terms = [_terms(complaint, i.start, i.end) for i in issues]
    scores = _score(layout, issues, terms, embedder or _offline_embedder())
    answers = [_answer(layout, scores, k) for k in range(len(issues))]
    matches = [
        _match(layout, answers, k, scores.sentences[k]) for k in range(len(issues))
    ]

    outcomes = find_outcomes(_view(letter))
    reading = _Reading(layout, scores.sentences, matches, _overall(layout, outcomes))
    entries = tuple(
        _entry(reading, k, issue, issue_terms, outcomes)
        for k, (issue, issue_terms) in enumerate(zip(issues, terms, strict=True))
    )
    findings = tuple(f for e in entries for f in _faults(e, reading.overall))
    logger.debug("issue ledger issues=%d findings=%d", len(entries), len(findings))
    return IssueLedger(entries, findings, reading.overall)


@lru_cache(maxsize=1)
def _offline_embedder() -> Embedder:
    # Rules mode stays offline whatever embedder guidance search is set to use.
    return WordLlamaEmbedder()


def _view(letter: ParsedText) -> CheckContext:
    # The outcome helpers read only the letter, so no record is needed.
    return CheckContext(record=None, letter=letter)


def _lay_out(letter: ParsedText) -> _Letter:
    """Return the letter body with each sentence's paragraph and section."""
    # A line ending in a colon leads into a list; it is not a section heading.
    headings = [h for h in find_headings(_view(letter)) if not h.text.endswith(":")]
    starts = {h.start for h in headings}
    body, paragraph, section, restating = [], {}, {}, set()
    current, lead_in = None, False
    for sentence in _body_sentences(letter):
        if sentence.start in starts:
            current, lead_in = sentence, False
            continue
        lead_in = lead_in and bool(LIST_ITEM.match(sentence.text))
        body.append(sentence)
        paragraph[sentence.index] = letter.text.count("\n\n", 0, sentence.start)
        section[sentence.index] = current
        if lead_in or _restates(sentence, current):
            restating.add(sentence.index)
            lead_in = lead_in or sentence.text.rstrip().endswith(":")
    return _Letter(
        letter, tuple(body), tuple(headings), paragraph, section, frozenset(restating)
    )


def _body_sentences(letter: ParsedText) -> list[Sentence]:
    sentences = list(letter.sentences)
    opening = next((s for s in sentences if SALUTATION.match(s.text)), None)
    body = []
    for sentence in sentences[opening.index + 1 if opening else 0 :]:
        if CLOSING.match(sentence.text):
            break
        body.append(sentence)
    return body


def _restates(sentence: Sentence, heading: Sentence | None) -> bool:
    """Return whether a sentence only repeats what the complainant said."""
    if RESTATES.match(sentence.text.strip()):
        return True
    return heading is not None and "your complaint" in heading.text.lower()


def _score(layout: _Letter, issues: list, terms: list, embedder) -> _Scores:
    """Return each issue's similarity to every body sentence and heading."""
    # A heading is short: it names the issue when the issue holds its words.
    return _Scores(
        _similarities(layout, issues, terms, layout.body, embedder, _share),
        _similarities(layout, issues, terms, layout.headings, embedder, _overlap),
    )


def _similarities(layout, issues, terms, sentences, embedder, share) -> np.ndarray:
    """Return issue-by-sentence similarity: shared concepts, then embeddings."""
    if not issues or not sentences:
        return np.zeros((len(issues), len(sentences)))
    sentence_terms = [_terms(layout.parsed, s.start, s.end) for s in sentences]
    shared = np.array([[share(a, b) for b in sentence_terms] for a in terms])

    texts = [s.text for s in sentences]
    vectors = embedder.embed([i.quote for i in issues] + texts)
    cosine = np.clip(vectors[: len(issues)] @ vectors[len(issues) :].T, 0.0, 1.0)
    return CONCEPT_WEIGHT * shared + (1 - CONCEPT_WEIGHT) * cosine


def _terms(parsed: ParsedText, start: int, end: int) -> frozenset[str]:
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


def _share(issue_terms: frozenset[str], sentence_terms: frozenset[str]) -> float:
    """Return the share of an issue's concepts a sentence names, up to enough."""
    if not issue_terms:
        return 0.0
    enough = min(len(issue_terms), ENOUGH_SHARED)
    return min(len(issue_terms & sentence_terms), enough) / enough


def _answer(layout: _Letter, scores: _Scores, issue: int) -> tuple[Sentence, ...]:
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


def _reply_after(layout: _Letter, k: int) -> Sentence | None:
    """Return the sentence replying to a restatement: the next one in its paragraph
    that says something ("I have looked into this." does not)."""
    here = layout.paragraph[layout.body[k].index]
    for later in layout.body[k + 1 :]:
        if layout.paragraph[later.index] != here:
            return None
        terms = _terms(layout.parsed, later.start, later.end)
        if later.index not in layout.restating and len(terms) >= REPLY_TERMS:
            return later
    return None


def _with_section(layout: _Letter, sentence: Sentence) -> tuple[Sentence, ...]:
    heading = layout.section[sentence.index]
    if heading is None or GENERIC_HEADING.search(heading.text):
        return (sentence,)
    inside = [s for s in layout.body if layout.section[s.index] is heading]
    return (sentence, *(s for s in inside if s is not sentence))


def _under_heading(layout: _Letter, heading_scores) -> tuple[Sentence, ...]:
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


def _match(layout: _Letter, answers: list, issue: int, scores) -> _Match:
    """Return where an issue's finding, apology or remedy may sit."""
    answer = answers[issue]
    if not answer:
        return _Match((), frozenset(), 0.0)
    similarity = float(max(scores[layout.body.index(s)] for s in answer))
    heading = layout.section[answer[0].index]
    if heading is not None and not GENERIC_HEADING.search(heading.text):
        return _Match(answer, frozenset(s.index for s in answer), similarity)

    # A short paragraph after the answer often holds its finding or apology.
    paragraphs = {layout.paragraph[s.index] for s in answer}
    others = (a for k, a in enumerate(answers) if k != issue)
    taken = {layout.paragraph[s.index] for other in others for s in other}
    following = max(paragraphs) + 1
    after = [s for s in layout.body if layout.paragraph[s.index] == following]
    if after and len(after) <= SHORT_PARAGRAPH and following not in taken:
        paragraphs.add(following)
    region = {s.index for s in layout.body if layout.paragraph[s.index] in paragraphs}
    return _Match(answer, frozenset(region), similarity)


def _overall(layout: _Letter, outcomes: list[Outcome]) -> Outcome | None:
    """Return the last outcome given for the complaint as a whole, if any."""
    whole = [
        o
        for o in outcomes
        if o.whole_complaint
        and not _under_topic(layout, o.sentence.index)
        and len(_outcome_clauses(o.sentence)) == 1
    ]
    return whole[-1] if whole else None


def _under_topic(layout: _Letter, index: int) -> bool:
    heading = layout.section.get(index)
    return heading is not None and not GENERIC_HEADING.search(heading.text)


def _entry(reading: _Reading, k: int, issue, terms, outcomes) -> LedgerEntry:
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


def _belongs(reading: _Reading, k: int, sentence: Sentence) -> bool:
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
        clauses, key=lambda c: _share(terms, _terms(layout.parsed, c[0], c[1]))
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


def _first(reading: _Reading, k: int, test) -> Sentence | None:
    """Return the first sentence passing ``test`` where issue ``k`` is dealt with,
    else one that belongs to no issue (a closing apology or remedy covers all)."""
    body, region = reading.layout.body, reading.matches[k].region
    inside = [s for s in body if s.index in region and test(s)]
    if inside:
        return inside[0]
    claimed = frozenset().union(*(m.region for m in reading.matches))
    shared = [s for s in body if s.index not in claimed and test(s)]
    return shared[0] if shared else None


def _faults(entry: LedgerEntry, overall: Outcome | None) -> list[LedgerFinding]:
    """Return the ledger findings for one issue."""
    issue, quote = entry.issue, f'"{_short(entry.issue.quote)}"'
    if not entry.answered:
        reason = f"{quote} is not answered anywhere in the letter"
        return [LedgerFinding(LedgerProblem.UNANSWERED, issue, issue.quote, reason)]

    faults = []
    if entry.finding is None:
        reason = f"{quote} is answered but no finding is given for it"
        if overall is not None:
            reason += f" (the complaint as a whole is {overall.finding.value})"
        faults.append(_fault(LedgerProblem.NO_FINDING, issue, entry.answer[0], reason))
    missing = _missing_amends(entry)
    if missing:
        reason = f"{quote} is {entry.finding.value} but {missing}"
        where = entry.finding_sentence or entry.answer[0]
        problem = LedgerProblem.UPHELD_WITHOUT_APOLOGY_OR_REMEDY
        faults.append(_fault(problem, issue, where, reason))
    apology = entry.apology
    if (
        entry.finding is Finding.NOT_UPHELD
        and apology
        and apology.index in entry.region
    ):
        reason = f"{quote} is not upheld, yet the letter apologises for it"
        problem = LedgerProblem.APOLOGY_FOR_NOT_UPHELD
        faults.append(_fault(problem, issue, apology, reason))
    return faults


def _missing_amends(entry: LedgerEntry) -> str:
    """Return what an upheld issue lacks: apology, remedy, both or nothing."""
    if entry.finding not in (Finding.UPHELD, Finding.PARTLY_UPHELD):
        return ""
    if entry.apology is None and entry.remedy is None:
        return "there is neither an apology nor a remedy"
    if entry.apology is None:
        return "there is no apology"
    if entry.remedy is None:
        return "nothing is done to put it right"
    return ""


def _fault(problem, issue, sentence: Sentence, reason: str) -> LedgerFinding:
    return LedgerFinding(problem, issue, sentence.text, reason, sentence.start)


def _upheld(entries) -> list[LedgerEntry]:
    found = (Finding.UPHELD, Finding.PARTLY_UPHELD)
    return [e for e in entries if e.finding in found]


def _letter_verdict(question, code, reason, sentence, confidence=0.6) -> LedgerVerdict:
    if sentence is None:
        return LedgerVerdict(question, code, reason, confidence=confidence)
    return LedgerVerdict(
        question, code, reason, sentence.text, sentence.start, confidence
    )


def _short(text: str) -> str:
    return text if len(text) <= 100 else text[:97] + "..."
