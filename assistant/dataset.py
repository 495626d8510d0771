"""Read and write letter datasets and judge output as JSON Lines.

Every problem is reported with its line number and field. Reading stops at the
first bad record unless the caller asks to skip invalid records, in which case each
skipped record is listed; nothing is ever dropped silently.
"""

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import DatasetError, RecordError
from assistant.letters import LetterRecord
from assistant.settings import get_settings

logger = logging.getLogger(__name__)

KNOWN_FIELDS = set(LetterRecord.model_fields)


@dataclass
class Dataset:
    """The valid records of a dataset file and the problems found on the way."""

    records: list[LetterRecord]
    skipped: list[RecordError] = field(default_factory=list)
    unknown_fields: dict[str, int] = field(default_factory=dict)


def read_dataset(path: Path, skip_invalid: bool = False) -> Dataset:
    """Read a letter dataset; raise on the first bad record unless skipping."""
    lines = _read_lines(path)

    dataset = Dataset(records=[])
    seen_ids: dict[str, int] = {}
    for number, line in lines:
        try:
            record = parse_record(line, number)
            _check_unique(record, number, seen_ids)
        except RecordError as error:
            if not skip_invalid:
                raise
            dataset.skipped.append(error)
            continue
        _count_unknown_fields(line, dataset.unknown_fields)
        dataset.records.append(record)

    _check_size(dataset, path)
    return dataset


def parse_record(line: str, number: int = 1) -> LetterRecord:
    """Parse one JSON line into a record, or raise ``RecordError``."""
    data = _parse_json_object(line, number)

    try:
        record = LetterRecord.model_validate(data)
    except ValidationError as error:
        raise _record_error(error, number) from None

    _check_lengths(record, number)
    return record


def write_dataset(records: Iterable[LetterRecord], path: Path) -> None:
    """Write records as JSON Lines, UTF-8, one record a line."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record.to_json_dict(), ensure_ascii=False) + "\n")


def _read_lines(path: Path) -> list[tuple[int, str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DatasetError(f"{path}: is a folder, not a JSON Lines file") from None

    if b"\x00" in raw:
        raise DatasetError(f"{path}: looks like a binary file, not JSON Lines text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DatasetError(
            f"{path}: not UTF-8 text (bad byte at offset {error.start}); "
            "save the file as UTF-8"
        ) from None

    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        raise DatasetError(f"{path}: the file holds no records")
    return lines


def _parse_json_object(line: str, number: int) -> dict:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(
            number, "(line)", f"not valid JSON: {error.msg} at column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise RecordError(number, "(line)", "each line must be one JSON object")
    return data


def _record_error(error: ValidationError, number: int) -> RecordError:
    first = error.errors()[0]
    field_name = ".".join(str(part) for part in first["loc"]) or "(record)"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "missing":
        message = "required field is missing"
    elif field_name == "stage":
        message = f"unknown stage {first.get('input')!r}; use 1 or 2"
    return RecordError(number, field_name, message)


def _check_lengths(record: LetterRecord, number: int) -> None:
    limit = get_settings().max_letter_chars
    for name in ("letter", "complaint"):
        size = len(getattr(record, name))
        if size > limit:
            raise RecordError(
                number, name, f"{size} characters is over the limit of {limit}"
            )


def _check_unique(record: LetterRecord, number: int, seen: dict[str, int]) -> None:
    if record.id in seen:
        raise RecordError(
            number,
            "id",
            f"duplicate id '{record.id}' (first on line {seen[record.id]})",
        )
    seen[record.id] = number


def _count_unknown_fields(line: str, counts: dict[str, int]) -> None:
    for name in json.loads(line).keys() - KNOWN_FIELDS:
        counts[name] = counts.get(name, 0) + 1


def _check_size(dataset: Dataset, path: Path) -> None:
    limit = get_settings().max_dataset_records
    if len(dataset.records) > limit:
        raise DatasetError(
            f"{path}: {len(dataset.records)} records is over the limit of {limit}"
        )
