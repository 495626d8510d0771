"""What the commands read: text files, case-party files and the bundled data."""

import json
from importlib import resources
from pathlib import Path

from assistant.errors import InputError, LetterTextError
from assistant.letters import LetterRecord


def read_text_file(path: Path, what: str, allow_empty: bool = False) -> str:
    """Read a plain-text file, refusing binary or empty files with a clear message."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise LetterTextError(
            f"cannot read the {what} file {path}: {error.strerror}"
        ) from None
    if b"\x00" in raw[:4096]:
        raise LetterTextError(f"the {what} file {path} is binary, not plain text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LetterTextError(
            f"the {what} file {path} is not UTF-8 text; save it as plain UTF-8 text"
        ) from None
    if not text.strip() and not allow_empty:
        raise LetterTextError(f"the {what} file {path} is empty")
    return text


def sample_record() -> LetterRecord:
    text = resources.files("assistant.data").joinpath("sample_letter.json").read_text()
    return LetterRecord.model_validate_json(text)


def bundled_dataset(name: str = "letters.jsonl") -> Path:
    return Path(__file__).resolve().parent.parent / "evals/datasets" / name


def read_parties(path: Path) -> list:
    """Read a case_parties JSON file: a list, or an object with ``case_parties``."""
    from assistant.case_roster import parse_case_parties

    try:
        data = json.loads(read_text_file(path, "parties"))
    except json.JSONDecodeError as error:
        raise InputError(
            f"the parties file {path} is not valid JSON: {error.msg} at line "
            f"{error.lineno}"
        ) from None
    if isinstance(data, dict) and "case_parties" in data:
        data = data["case_parties"]
    return parse_case_parties(data)
