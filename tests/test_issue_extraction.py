"""Scoring issue extraction against labelled complaints."""

import json
from pathlib import Path

import pytest

from assistant.complaint_issues import ComplaintIssue, IssueKind
from assistant.errors import DatasetError
from assistant.evaluation.issue_extraction import (
    GoldIssue,
    LabelledComplaint,
    issue_report,
    match_issues,
    read_complaints,
    score_extraction,
)

SHIPPED_SET = Path(__file__).parent.parent / "evals" / "issues" / "complaints.jsonl"


@pytest.mark.parametrize(
    ("found", "gold", "pairs"),
    [
        ([(0, 10)], [(0, 10)], [(0, 0)]),
        ([(0, 10)], [(5, 30)], [(0, 0)]),  # 5 of the shorter 10: exactly half
        ([(0, 10)], [(6, 30)], []),  # 4 of 10: under half
        ([(0, 100)], [(10, 20)], [(0, 0)]),  # a short gold span inside a long one
        ([(0, 100)], [(10, 20), (40, 50)], [(0, 0)]),  # one found span, one match
        ([(10, 20), (12, 22)], [(10, 20)], [(0, 0)]),  # found twice counts once
        ([(40, 50), (0, 10)], [(0, 10), (40, 50)], [(0, 1), (1, 0)]),
        ([], [(0, 10)], []),
    ],
)
def test_when_spans_overlap_by_half_the_shorter_then_they_match_one_to_one(
    found, gold, pairs
):
    assert match_issues(found, gold) == pairs


def gold(start: int, end: int, kind: str) -> GoldIssue:
    return GoldIssue(start, end, kind)


def found(start: int, end: int, kind: IssueKind) -> ComplaintIssue:
    return ComplaintIssue(start, end, "quote", "topic", kind, "cue")


def test_when_a_tiny_set_is_scored_then_the_metrics_are_counted_right():
    complaints = [
        LabelledComplaint(
            "C-1",
            "x" * 100,
            (gold(0, 20, "service"), gold(30, 60, "legal")),
            "mixed",
        ),
        LabelledComplaint("C-2", "y" * 100, (gold(0, 40, "service"),), "service"),
    ]
    extracted = [
        # One right with the right kind, one right with the wrong kind, one extra.
        [
            found(0, 20, IssueKind.SERVICE),
            found(35, 60, IssueKind.SERVICE),
            found(70, 90, IssueKind.LEGAL),
        ],
        # The only issue missed.
        [found(60, 90, IssueKind.SERVICE)],
    ]

    score = score_extraction(complaints, extracted)

    assert (score.gold, score.found, score.matched) == (3, 4, 2)
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == pytest.approx(2 / 3)
    assert score.kind_accuracy == pytest.approx(1 / 2)
    # C-1 suggests mixed (legal and service found), C-2 service: both right.
    assert score.type_accuracy == pytest.approx(1.0)


def test_when_nothing_is_found_then_precision_is_zero_not_an_error():
    complaints = [LabelledComplaint("C-1", "text", (gold(0, 4, "legal"),), "legal")]

    score = score_extraction(complaints, [[]])

    assert (score.precision, score.recall, score.kind_accuracy) == (0.0, 0.0, 0.0)


def write_set(path, *records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_when_a_quote_is_not_verbatim_then_reading_names_the_line(tmp_path):
    path = tmp_path / "complaints.jsonl"
    write_set(
        path,
        {
            "id": "C-1",
            "complaint": "Nobody told me.",
            "issues": [{"quote": "Nobody told me.", "kind": "service"}],
            "complaint_type": "service",
        },
        {
            "id": "C-2",
            "complaint": "Nobody told me.",
            "issues": [{"quote": "Nobody phoned me.", "kind": "service"}],
            "complaint_type": "service",
        },
    )

    with pytest.raises(DatasetError, match="line 2: quote is not a verbatim span"):
        read_complaints(path)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "procedural", "unknown issue kind"),
        ("complaint_type", "both", "unknown complaint type"),
    ],
)
def test_when_a_label_is_unknown_then_reading_refuses_it(
    tmp_path, field, value, message
):
    record = {
        "id": "C-1",
        "complaint": "Nobody told me.",
        "issues": [{"quote": "Nobody told me.", "kind": "service"}],
        "complaint_type": "service",
    }
    if field == "kind":
        record["issues"][0]["kind"] = value
    else:
        record[field] = value
    path = tmp_path / "complaints.jsonl"
    write_set(path, record)

    with pytest.raises(DatasetError, match=message):
        read_complaints(path)


def test_when_the_report_runs_then_it_prints_each_metric(tmp_path):
    path = tmp_path / "complaints.jsonl"
    write_set(
        path,
        {
            "id": "C-1",
            "complaint": "Nobody told me that the trial had been moved to March.",
            "issues": [
                {
                    "quote": "Nobody told me that the trial had been moved to March.",
                    "kind": "service",
                }
            ],
            "complaint_type": "service",
        },
    )

    report = issue_report(path)

    assert "1 complaints, 1 labelled issues, 1 found, 1 matched" in report
    assert "precision 1.000  recall 1.000" in report
    assert "complaint type accuracy 1.000" in report
    assert "ms per complaint" in report


def test_when_the_shipped_set_is_read_then_every_quote_is_verbatim():
    complaints = read_complaints(SHIPPED_SET)

    assert len(complaints) >= 40
    for complaint in complaints:
        for issue in complaint.issues:
            assert complaint.text[issue.start : issue.end]
