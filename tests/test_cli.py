"""The command line as a user runs it: real processes, real files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LETTER = """Dear Mr Adeyemi

Thank you for your letter about the hearing at Leeds Crown Court.

I have partially upheld your complaint. We should have told you that the hearing
had moved, and I apologise that we did not. I have spoken to the team so that
victims are told of changes the same day.

If you are not satisfied, you can ask for a review of your complaint at stage 2
within one calendar month of the date of this letter.

Yours sincerely
Priya Natarajan
Senior District Crown Prosecutor
"""


def run(*args, cwd=ROOT, data_dir=None):
    env = dict(os.environ)
    if data_dir is not None:
        env["ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env=env,
    )


def test_when_checking_the_sample_then_findings_are_printed():
    result = run("check", "--sample")

    assert result.returncode == 0, result.stderr
    assert "18.1  escalation time limit" in result.stdout
    assert "counted from receipt" in result.stdout


def test_when_checking_a_letter_as_json_then_answers_and_evidence_come_back(tmp_path):
    letter = tmp_path / "reply.txt"
    letter.write_text(LETTER)

    result = run(
        "check",
        str(letter),
        "--stage",
        "1",
        "--type",
        "service",
        "--complainant-name",
        "Mr Tunde Adeyemi",
        "--json",
    )

    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["answers"]["q18_1"] == "yes"
    assert output["answers"]["q20"] == "yes"
    assert output["answers"]["q10_1"] == "yes"
    assert (
        "one calendar month of the date of this letter" in output["evidence"]["q18_1"]
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"%PDF-1.7\x00\x01\x02binary", "binary"),
        (b"\xff\xfeD\x00e\x00a\x00", "binary"),
        ("Dear Ms L\u00f3pez".encode("cp1252"), "not UTF-8"),
    ],
)
def test_when_the_letter_file_is_unusable_then_a_clear_error_and_exit_2(
    tmp_path, content, words
):
    letter = tmp_path / "reply.txt"
    letter.write_bytes(content)

    result = run("check", str(letter), "--stage", "1", "--type", "legal")

    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_when_the_letter_file_is_missing_then_exit_2_without_traceback(tmp_path):
    result = run("check", str(tmp_path / "nope.txt"), "--stage", "1", "--type", "legal")

    assert result.returncode == 2
    assert "cannot read the letter file" in result.stderr
    assert "Traceback" not in result.stderr


def test_when_evaluating_a_dataset_then_answers_follow_the_contract(tmp_path):
    records = [
        {
            "id": "A-1",
            "area": "Wessex",
            "stage": 1,
            "complaint_type": "service",
            "complainant_name": "Mr Tunde Adeyemi",
            "complaint": "Why was I not told?",
            "letter": LETTER,
            "labels": {"q18_1": "yes", "q20": "yes"},
        },
        {
            "id": "A-2",
            "area": "Wessex",
            "stage": 2,
            "complaint_type": "legal",
            "complaint": "I disagree with the decision.",
            "letter": LETTER.replace("stage 2", "the next stage"),
            "labels": {"q18_1": "not_applicable"},
        },
    ]
    dataset = tmp_path / "set.jsonl"
    dataset.write_text("\n".join(json.dumps(r) for r in records) + "\n")

    result = run("eval", str(dataset), "--judge", "rules", "--out", str(tmp_path / "o"))

    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "o" / "answers.jsonl").read_text().splitlines()
    outputs = [json.loads(line) for line in lines]
    assert [o["id"] for o in outputs] == ["A-1", "A-2"]
    assert set(outputs[0]) == {"id", "answers", "evidence", "judge", "version"}
    assert outputs[0]["judge"] == "rules"
    assert outputs[1]["answers"]["q18_1"] == "not_applicable"
    assert outputs[0]["answers"]["q19"] == "no"


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (['{"id": "B-1", "stage": 1, "complaint_type": "legal"'], "line 1"),
        (
            [
                '{"id": "B-1", "stage": 4, "complaint_type": "legal", '
                '"complaint": "x", "letter": "y"}'
            ],
            "unknown stage 4",
        ),
        (
            [
                '{"id": "B-1", "stage": 1, "complaint_type": "legal", '
                '"complaint": "x", "letter": "y", "labels": {"q6": "perhaps"}}'
            ],
            "q6='perhaps'",
        ),
    ],
)
def test_when_the_dataset_is_bad_then_eval_names_the_line_and_exits_2(
    tmp_path, lines, words
):
    dataset = tmp_path / "bad.jsonl"
    dataset.write_text("\n".join(lines) + "\n")

    result = run("eval", str(dataset), "--out", str(tmp_path / "o"))

    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o" / "answers.jsonl").exists()


def test_when_skip_invalid_then_eval_lists_skipped_lines_and_goes_on(tmp_path):
    good = {
        "id": "C-1",
        "stage": 2,
        "complaint_type": "legal",
        "complaint": "x",
        "letter": LETTER,
    }
    dataset = tmp_path / "mixed.jsonl"
    dataset.write_text(json.dumps(good) + "\n{oops\n")

    result = run("eval", str(dataset), "--out", str(tmp_path / "o"), "--skip-invalid")

    assert result.returncode == 0, result.stderr
    assert "line 2" in result.stderr
    assert len((tmp_path / "o" / "answers.jsonl").read_text().splitlines()) == 1


def test_when_the_judge_is_unknown_then_the_available_ones_are_named(tmp_path):
    dataset = tmp_path / "set.jsonl"
    dataset.write_text(json.dumps({"id": "x"}) + "\n")

    result = run("eval", str(dataset), "--judge", "oracle", "--out", str(tmp_path))

    assert result.returncode == 2
    assert "offers: rules, llm, hybrid" in result.stderr


REDACT_LETTER = """Dear Mrs Vaughan

The police arrested Ashley Turner, who was released without charge. The witness
you mention, Mr Gareth Pugh, gave a statement.

Yours sincerely

Helen Price
District Crown Prosecutor
"""


def test_when_redacting_as_json_then_the_agreed_shape_is_printed(tmp_path):
    letter = tmp_path / "reply.txt"
    letter.write_text(REDACT_LETTER)

    result = run("redact", str(letter), "--json")

    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) == {"redacted_text", "findings"}
    assert "[SUSPECT 1]" in output["redacted_text"]
    rules = {f["rule"] for f in output["findings"]}
    assert rules == {"suspect_not_charged", "witness"}


def test_when_redacting_with_parties_then_the_roster_decides(tmp_path):
    letter = tmp_path / "reply.txt"
    letter.write_text(
        REDACT_LETTER.replace(
            "Ashley Turner, who was released without charge", "Ashley Turner"
        )
    )
    parties = tmp_path / "parties.json"
    parties.write_text(
        json.dumps(
            {
                "case_parties": [
                    {"name": "Ashley Turner", "role": "defendant", "youth": True}
                ]
            }
        )
    )

    result = run("redact", str(letter), "--parties", str(parties), "--json")

    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert findings[0]["rule"] == "youth_defendant"
    assert findings[0]["placeholder"] == "[YOUTH DEFENDANT 1]"


@pytest.mark.parametrize(
    ("parties", "words"),
    [
        ('[{"name": "Ann Hale", "role": "judge"}]', "case_parties[0].role"),
        ('[{"role": "witness"}]', "case_parties[0].name"),
        ('{"case_parties": [{"name": "A", "role"', "not valid JSON"),
    ],
)
def test_when_the_parties_file_is_bad_then_the_field_is_named(tmp_path, parties, words):
    letter = tmp_path / "reply.txt"
    letter.write_text(REDACT_LETTER)
    roster = tmp_path / "parties.json"
    roster.write_text(parties)

    result = run("redact", str(letter), "--parties", str(roster))

    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_when_redacting_an_empty_file_then_there_are_no_findings(tmp_path):
    letter = tmp_path / "empty.txt"
    letter.write_text("")

    result = run("redact", str(letter), "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"redacted_text": "", "findings": []}


def run_with_data(tmp_path, *args):
    return run(*args, data_dir=tmp_path / "data")


def test_when_searching_as_json_then_each_result_has_the_agreed_fields(tmp_path):
    result = run_with_data(tmp_path, "search", "calendar month", "--k", "2", "--json")

    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert len(results) == 2
    for item in results:
        assert set(item) == {"document", "section", "version", "text", "score"}
        assert isinstance(item["score"], float)
    assert results[0]["score"] >= results[1]["score"]


def test_when_ingesting_a_folder_with_a_bad_file_then_it_is_named_and_others_load(
    tmp_path,
):
    folder = tmp_path / "local"
    folder.mkdir()
    (folder / "meetings.md").write_text(
        "# Meetings\n\nOffer to meet bereaved families.\n"
    )
    (folder / "old.pdf").write_bytes(b"%PDF-1.4 broken")

    result = run_with_data(tmp_path, "ingest", str(folder))

    assert result.returncode == 0, result.stderr
    assert "not indexed: old.pdf: corrupt PDF" in result.stderr
    assert "1 files added" in result.stdout
    found = run_with_data(tmp_path, "search", "bereaved families", "--json")
    documents = [item["document"] for item in json.loads(found.stdout)]
    assert "meetings.md" in documents
    assert "writing-the-reply.md" in documents


def test_when_critiquing_as_json_then_every_part_is_there(tmp_path):
    complaint = tmp_path / "complaint.txt"
    complaint.write_text("Why was I not told the trial had moved? It cost me £40.")
    draft = tmp_path / "draft.txt"
    draft.write_text(LETTER)

    result = run(
        "critique",
        "--complaint",
        str(complaint),
        "--draft",
        str(draft),
        "--stage",
        "1",
        "--type",
        "service",
        "--json",
    )

    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert set(output) >= {
        "findings",
        "issues",
        "structure",
        "rewrites",
        "versions",
        "suggested_complaint_type",
    }
    assert output["issues"][0]["quote"].startswith("Why was I not told")


def test_when_the_draft_file_is_empty_then_critique_says_so(tmp_path):
    complaint = tmp_path / "complaint.txt"
    complaint.write_text("Why was I not told?")
    draft = tmp_path / "draft.txt"
    draft.write_text("")

    result = run(
        "critique",
        "--complaint",
        str(complaint),
        "--draft",
        str(draft),
        "--stage",
        "1",
        "--type",
        "service",
    )

    assert result.returncode == 2
    assert "draft file" in result.stderr and "is empty" in result.stderr


def test_when_scoring_issue_extraction_then_precision_and_recall_are_printed(
    tmp_path,
):
    complaint = "Nobody told me that the trial had been moved to March."
    labelled = tmp_path / "complaints.jsonl"
    record = {
        "id": "C-1",
        "complaint": complaint,
        "issues": [{"quote": complaint, "kind": "service"}],
        "complaint_type": "service",
    }
    labelled.write_text(json.dumps(record) + "\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "C-1"\n')

    scored = run("benchmark", "issues", "--dataset", str(labelled))
    refused = run("benchmark", "issues", "--dataset", str(broken))

    assert scored.returncode == 0, scored.stderr
    assert "issue precision 1.000  recall 1.000" in scored.stdout
    assert refused.returncode == 2
    assert "line 1" in refused.stderr and "Traceback" not in refused.stderr
