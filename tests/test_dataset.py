"""Reading letter datasets: every bad record is located by line and field."""

import json

import pytest

from assistant.dataset import read_dataset, write_dataset
from assistant.errors import DatasetError, RecordError

GOOD = {
    "id": "L-1",
    "stage": 1,
    "complaint_type": "service",
    "complaint": "Nobody told me the trial had moved.",
    "letter": "Dear Mr Shah\n\nThank you for your letter.\n\nYours sincerely",
}


def write_lines(tmp_path, lines):
    path = tmp_path / "letters.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**changes):
    data = dict(GOOD, **changes)
    return json.dumps({k: v for k, v in data.items() if v is not None})


@pytest.mark.parametrize(
    ("bad_line", "field", "words"),
    [
        ('{"id": "L-2", "stage": 1,', "(line)", "not valid JSON"),
        ("[1, 2]", "(line)", "one JSON object"),
        (record(id="L-2", stage=3), "stage", "unknown stage 3"),
        (record(id="L-2", stage="1"), "stage", "unknown stage '1'"),
        (record(id="L-2", letter=None), "letter", "required field is missing"),
        (record(id="L-2", complaint_type="legalish"), "complaint_type", "legal"),
        (record(id="L-2", letter="   "), "letter", "empty"),
        (record(id="L-2", labels={"q18_1": "maybe"}), "labels", "q18_1='maybe'"),
        (record(id="L-2", labels={"q99": "yes"}), "labels", "unknown question"),
        (record(id="L-1"), "id", "duplicate id 'L-1'"),
        (
            record(id="L-2", case_parties=[{"name": "A", "role": "x"}]),
            "case_parties",
            "role",
        ),
    ],
)
def test_when_a_record_is_bad_then_its_line_and_field_are_named(
    tmp_path, bad_line, field, words
):
    path = write_lines(tmp_path, [record(), bad_line])

    with pytest.raises(RecordError) as caught:
        read_dataset(path)

    assert caught.value.line == 2
    assert caught.value.field.startswith(field)
    assert words in str(caught.value)


def test_when_skipping_invalid_then_good_records_are_kept_and_bad_ones_listed(
    tmp_path,
):
    path = write_lines(tmp_path, [record(), "{broken", record(id="L-3", stage=9)])

    dataset = read_dataset(path, skip_invalid=True)

    assert [r.id for r in dataset.records] == ["L-1"]
    assert [e.line for e in dataset.skipped] == [2, 3]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "no records"),
        (b"\n\n  \n", "no records"),
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (b"\xff\xfe{\x00", "binary"),
        ('{"id": "caf\u00e9"}'.encode("latin-1"), "not UTF-8"),
    ],
)
def test_when_the_file_is_not_json_lines_text_then_it_is_refused(
    tmp_path, content, words
):
    path = tmp_path / "data.jsonl"
    path.write_bytes(content)

    with pytest.raises(DatasetError, match=words):
        read_dataset(path)


def test_when_a_letter_is_over_the_limit_then_the_limit_is_stated(tmp_path):
    path = write_lines(tmp_path, [record(letter="word " * 20_000)])

    with pytest.raises(RecordError, match="over the limit of 60000"):
        read_dataset(path)


def test_when_written_and_read_back_then_records_round_trip(tmp_path):
    parties = [{"name": "Jordan Pike", "role": "defendant", "youth": True}]
    path = write_lines(tmp_path, [record(case_parties=parties, labels={"q6": "no"})])
    first = read_dataset(path).records

    copy = tmp_path / "copy.jsonl"
    write_dataset(first, copy)

    assert read_dataset(copy).records == first
    assert first[0].case_parties[0].charged is True


def test_when_a_record_has_unknown_fields_then_they_are_counted_not_hidden(tmp_path):
    extra = json.dumps(dict(GOOD, case_urn="12AB3456789"))
    path = write_lines(tmp_path, [extra])

    dataset = read_dataset(path)

    assert dataset.unknown_fields == {"case_urn": 1}
