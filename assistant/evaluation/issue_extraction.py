"""How well the issue ledger finds the issues of a complaint.

A labelled set is JSON Lines, one complaint a line:
``{"id", "complaint", "issues": [{"quote", "kind"}], "complaint_type"}``, where each
quote is a verbatim span of the complaint and kind is "legal" or "service".

Labelling conventions: an issue is a distinct grievance or question the reply must
answer, quoted as the shortest span that states it (the sentences of one grievance
told in a row make one span). A grievance about another agency counts too, since
the reply must answer it, if only by signposting. Background, feelings alone,
rhetorical questions, an opening that only names the subject ("I am writing about
the decision to ...") and requests for a remedy ("I want an apology") are not
issues. Legal means a prosecution decision is argued (charge, plea, evidence,
sentence, what the advocate did or did not put to the court); service means
everything else, including the victim's personal statement, special measures and
being told or consulted.

An extracted issue matches a gold issue when their spans overlap by at least half
of the shorter one; each gold issue is matched at most once, best overlap first, so
a grievance found twice counts once.
"""

import json
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.complaint_issues import (
    ComplaintIssue,
    extract_issues,
    suggest_complaint_type,
)
from assistant.errors import DatasetError
from assistant.language import parse

KINDS = ("legal", "service")
TYPES = ("legal", "service", "mixed")


@dataclass(frozen=True)
class GoldIssue:
    """A labelled issue: its span in the complaint and its kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class LabelledComplaint:
    """A complaint with its labelled issues and complaint type."""

    id: str
    text: str
    issues: tuple[GoldIssue, ...]
    complaint_type: str


@dataclass(frozen=True)
class ExtractionScore:
    """Issue extraction quality over a labelled set."""

    complaints: int
    gold: int
    found: int
    matched: int
    kinds_right: int
    types_right: int

    @property
    def precision(self) -> float:
        """Share of the issues found that match a labelled issue."""
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        """Share of the labelled issues that were found."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def kind_accuracy(self) -> float:
        """Share of matched issues given the labelled kind."""
        return self.kinds_right / self.matched if self.matched else 0.0

    @property
    def type_accuracy(self) -> float:
        """Share of complaints given the labelled complaint type."""
        return self.types_right / self.complaints if self.complaints else 0.0


def read_complaints(path: Path) -> list[LabelledComplaint]:
    """Read a labelled set, naming the line of any bad entry."""
    complaints = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            complaints.append(_complaint(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise DatasetError(f"{path}: line {number}: {error}") from None
    return complaints


def match_issues(
    found: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair found and gold spans one to one; return (found index, gold index)."""
    candidates = []
    for i, (a_start, a_end) in enumerate(found):
        for j, (b_start, b_end) in enumerate(gold):
            overlap = min(a_end, b_end) - max(a_start, b_start)
            shorter = min(a_end - a_start, b_end - b_start)
            if shorter > 0 and overlap >= shorter / 2:
                candidates.append((overlap, i, j))

    pairs, used_found, used_gold = [], set(), set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_found and j not in used_gold:
            pairs.append((i, j))
            used_found.add(i)
            used_gold.add(j)
    return sorted(pairs)


def score_extraction(
    complaints: list[LabelledComplaint], extracted: list[list[ComplaintIssue]]
) -> ExtractionScore:
    """Score extracted issues (one list per complaint) against the labels."""
    gold = found = matched = kinds_right = types_right = 0
    for complaint, issues in zip(complaints, extracted, strict=True):
        pairs = match_issues(
            [(i.start, i.end) for i in issues],
            [(g.start, g.end) for g in complaint.issues],
        )
        gold += len(complaint.issues)
        found += len(issues)
        matched += len(pairs)
        kinds_right += sum(issues[i].kind == complaint.issues[j].kind for i, j in pairs)
        types_right += suggest_complaint_type(issues)[0] == complaint.complaint_type
    return ExtractionScore(
        len(complaints), gold, found, matched, kinds_right, types_right
    )


def issue_report(path: Path) -> str:
    """Extract the issues of every labelled complaint; return a printable report."""
    complaints = read_complaints(Path(path))
    if not complaints:
        raise DatasetError(f"{path}: no complaints to score")
    parse(complaints[0].text)  # load the pipeline before the clock starts

    started = time.perf_counter()
    extracted = [extract_issues(c.text) for c in complaints]
    elapsed = (time.perf_counter() - started) * 1000 / max(len(complaints), 1)

    score = score_extraction(complaints, extracted)
    lines = [
        f"{score.complaints} complaints, {score.gold} labelled issues, "
        f"{score.found} found, {score.matched} matched",
        f"issue precision {score.precision:.3f}  recall {score.recall:.3f}",
        f"issue kind accuracy (matched issues) {score.kind_accuracy:.3f}",
        f"complaint type accuracy {score.type_accuracy:.3f}",
        f"ms per complaint {elapsed:.1f}",
    ]
    return "\n".join(lines)


def _complaint(data: dict) -> LabelledComplaint:
    text = data["complaint"]
    issues = tuple(_gold_issue(text, issue) for issue in data["issues"])
    if data["complaint_type"] not in TYPES:
        raise ValueError(f"unknown complaint type '{data['complaint_type']}'")
    return LabelledComplaint(data["id"], text, issues, data["complaint_type"])


def _gold_issue(text: str, issue: dict) -> GoldIssue:
    quote, kind = issue["quote"], issue["kind"]
    start = text.find(quote)
    if not quote or start < 0:
        raise ValueError(f"quote is not a verbatim span of the complaint: {quote!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown issue kind '{kind}'")
    return GoldIssue(start, start + len(quote), kind)
