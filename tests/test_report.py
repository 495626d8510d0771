import csv
import re
from datetime import date

import pytest

from assistant.evaluation.agreement import build_agreement
from assistant.evaluation.report import format_agreement_summary, write_reports
from assistant.judge import Answer, Judgement
from assistant.letters import LetterRecord

SCRIPT = "<script>alert('x')</script>"


def letter(letter_id: str, area: str = "Wessex", labels=None) -> LetterRecord:
    return LetterRecord(
        id=letter_id,
        area=area,
        stage=1,
        complaint_type="legal",
        complaint="Why was the case dropped?",
        letter="Dear Mr Pike, thank you for your letter.",
        labels=labels,
    )


def judged(letter_id: str, evidence: str | None = None, **codes: str) -> Judgement:
    answers = {
        key: Answer(question=key, answer=code, reason="rule", evidence=evidence)
        for key, code in codes.items()
    }
    return Judgement(letter_id=letter_id, judge="rules", version="t", answers=answers)


@pytest.fixture
def labelled():
    records = [
        letter("L1", labels={"q6": "no", "quality": "adequate"}),
        letter("L2", area=SCRIPT, labels={"q6": "yes", "quality": "inadequate"}),
    ]
    judgements = [
        judged("L1", q6="no", quality="adequate"),
        judged("L2", evidence=SCRIPT, q6="no", q21="no"),
    ]
    return records, judgements


def write(tmp_path, records, judgements, dataset_name="dip-sample"):
    return write_reports(
        tmp_path / "out",
        records,
        judgements,
        judge_name="rules",
        dataset_name=dataset_name,
        generated=date(2025, 12, 3),
    )


def test_when_labels_exist_then_every_report_is_written(tmp_path, labelled):
    files = write(tmp_path, *labelled)

    names = sorted(path.name for path in files.paths())
    assert names == [
        "agreement.csv",
        "agreement.md",
        "annex_b.csv",
        "annex_b.md",
        "areas.csv",
        "areas.md",
        "report.html",
    ]
    assert all(path.exists() for path in files.paths())


def test_when_no_labels_then_no_agreement_files(tmp_path):
    files = write(tmp_path, [letter("L1")], [judged("L1", q6="no")])

    assert files.agreement_csv is None and files.agreement_md is None
    assert not (tmp_path / "out" / "agreement.csv").exists()
    assert "Agreement with the gold labels" not in files.html.read_text()


def test_when_evidence_holds_a_script_then_html_shows_it_as_text(tmp_path, labelled):
    html = write(tmp_path, *labelled, dataset_name=SCRIPT).html.read_text()

    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_when_rendered_then_html_is_self_contained(tmp_path, labelled):
    html = write(tmp_path, *labelled).html.read_text()

    assert not re.search(r"<link|<img|\bsrc=|@import|url\(", html)
    assert "<style>" in html and "<svg" in html


@pytest.mark.parametrize(
    "expected",
    [
        "<title>Letter examination results: dip-sample (rules)</title>",
        "<dd>3 December 2025</dd>",
        "<dt>Letters</dt><dd>2</dd>",
        '<th scope="col">Stage one</th>',
        '<th scope="rowgroup"',
        "<caption>",
        'role="img"',
        "small number<sup>†</sup>",
        "Confusion matrix",
        "<blockquote>",
    ],
)
def test_when_rendered_then_html_has_each_accessible_part(tmp_path, labelled, expected):
    html = write(tmp_path, *labelled).html.read_text()

    assert expected in html


def test_when_written_then_csv_files_parse_back(tmp_path, labelled):
    files = write(tmp_path, *labelled)

    with files.annex_b_csv.open(encoding="utf-8", newline="") as handle:
        annex_b = list(csv.DictReader(handle))
    with files.agreement_csv.open(encoding="utf-8", newline="") as handle:
        agreement = list(csv.DictReader(handle))

    q6_no = next(r for r in annex_b if (r["question"], r["answer"]) == ("q6", "no"))
    assert (q6_no["overall_count"], q6_no["overall_percent"]) == ("2", "100.0")
    assert agreement[0]["question"] == "q6"


def test_when_written_then_markdown_names_dataset_judge_and_date(tmp_path, labelled):
    files = write(tmp_path, *labelled)

    first_lines = files.annex_b_md.read_text().splitlines()[:3]
    assert first_lines[0] == "# Overall letter examination data"
    assert "Judge: rules" in first_lines[2] and "3 December 2025" in first_lines[2]


def test_when_summarised_then_terminal_table_has_fixed_width_columns(labelled):
    text = format_agreement_summary(build_agreement(*labelled))

    lines = text.splitlines()
    assert lines[0].split() == ["question", "n", "accuracy", "kappa"]
    assert lines[1].split() == ["q6", "2", "50.0%", "0.00"]
    assert lines[-1].split()[0] == "objective"
    assert len({len(line) for line in lines}) == 1
