"""Evaluations run in the background for the web service, one at a time.

Each run has a folder, ``<data_dir>/evaluations/<id>/``, holding ``run.json`` (what
was asked for and how it ended) and, once finished, the judge's answers and the
reports. The folder is the record: the registry here only follows the progress of
runs this process is working on, so a finished run is still readable after the
service restarts, and a run the restart interrupted reads as failed.
"""

import json
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from assistant.dataset import Dataset, read_dataset
from assistant.errors import AssistantError, DatasetError
from assistant.evaluation import harness
from assistant.evaluation.report import write_reports

logger = logging.getLogger(__name__)

RUN_FILE = "run.json"
RUN_ID = re.compile(r"^[0-9a-f]{32}$")
INTERRUPTED = "the service stopped before the evaluation finished; start it again"
FAULT = "the evaluation failed; the fault was logged"


@dataclass
class Progress:
    """How many letters of a live run are judged."""

    status: str
    done: int
    total: int


@dataclass(frozen=True)
class EvaluationStatus:
    """Where one evaluation stands, read from its folder and the registry."""

    id: str
    folder: Path
    status: str
    done: int
    total: int
    judge: str
    dataset: str
    skipped: list[str] = field(default_factory=list)
    unknown_fields: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    notes: str | None = None
    error: str | None = None

    def to_json(self) -> dict:
        """Return the status as the API shows it."""
        body = {
            "id": self.id,
            "status": self.status,
            "progress": {"done": self.done, "total": self.total},
            "judge": self.judge,
            "dataset": self.dataset,
            "skipped": self.skipped,
            "unknown_fields": self.unknown_fields,
        }
        if self.status == "finished":
            body["files"] = self.files
        if self.notes:
            body["notes"] = self.notes
        if self.error:
            body["error"] = self.error
        return body


_live: dict[str, Progress] = {}
_lock = threading.Lock()
# Held by the run being judged; queued runs wait their turn on it.
_turn = threading.Lock()


def read_upload(data: bytes, name: str, skip_invalid: bool = False) -> Dataset:
    """Validate an uploaded dataset; errors name the upload, not a server path."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dataset.jsonl"
        path.write_bytes(data)
        try:
            return read_dataset(path, skip_invalid=skip_invalid)
        except DatasetError as error:
            raise DatasetError(str(error).replace(str(path), name)) from None


def start_evaluation(
    root: Path, dataset: Dataset, judge, dataset_name: str
) -> EvaluationStatus:
    """Queue an evaluation of ``dataset`` by ``judge``; return its first status."""
    run_id = uuid.uuid4().hex
    folder = root / run_id
    folder.mkdir(parents=True)

    with _lock:
        progress = Progress("queued" if _live else "running", 0, len(dataset.records))
        _live[run_id] = progress
    _write_run_file(
        folder,
        id=run_id,
        status=progress.status,
        judge=judge.name,
        dataset=dataset_name,
        total=len(dataset.records),
        skipped=[str(problem) for problem in dataset.skipped],
        unknown_fields=dataset.unknown_fields,
        created_at=_now(),
    )

    # A daemon thread: stopping the service abandons the run, which then reads as
    # failed, rather than holding the shutdown until the judging is done.
    threading.Thread(
        target=_evaluate,
        args=(folder, dataset, judge, dataset_name),
        name=f"evaluation-{run_id}",
        daemon=True,
    ).start()
    logger.info(
        "evaluation queued id=%s letters=%d judge=%s",
        run_id,
        len(dataset.records),
        judge.name,
    )
    return evaluation_status(root, run_id)


def evaluation_status(root: Path, run_id: str) -> EvaluationStatus | None:
    """Return where the run stands, or ``None`` if there is no such run."""
    folder = root / run_id
    if not RUN_ID.match(run_id) or not (folder / RUN_FILE).is_file():
        return None
    with _lock:
        live = _live.get(run_id)
    # Read the file after the registry: a run leaves the registry only once its end
    # is on disk, so a run in neither a live nor an ended state was cut short.
    stored = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))

    status, done, error = stored["status"], stored.get("done", 0), stored.get("error")
    if live:
        status, done = live.status, live.done
    elif status in ("queued", "running"):
        status, error = "failed", INTERRUPTED

    return EvaluationStatus(
        id=run_id,
        folder=folder,
        status=status,
        done=done,
        total=stored["total"],
        judge=stored["judge"],
        dataset=stored["dataset"],
        skipped=stored["skipped"],
        unknown_fields=stored["unknown_fields"],
        files=stored.get("files", []),
        notes=stored.get("notes"),
        error=error,
    )


def _evaluate(folder: Path, dataset: Dataset, judge, dataset_name: str) -> None:
    with _turn:
        _evaluate_now(folder, dataset, judge, dataset_name)


def _evaluate_now(folder: Path, dataset: Dataset, judge, dataset_name: str) -> None:
    run_id = folder.name
    try:
        _update(folder, status="running")
        with _lock:
            _live[run_id].status = "running"
        outcome = _judge_and_report(folder, dataset, judge, dataset_name)
    except AssistantError as error:
        logger.warning("evaluation failed id=%s kind=%s", run_id, type(error).__name__)
        _update(folder, status="failed", error=str(error))
    except Exception:
        # A background run has no request to answer, so its faults end here.
        logger.exception("evaluation failed id=%s", run_id)
        _update(folder, status="failed", error=FAULT)
    else:
        _update(folder, status="finished", done=len(dataset.records), **outcome)
    finally:
        with _lock:
            _live.pop(run_id, None)


def _judge_and_report(folder: Path, dataset: Dataset, judge, dataset_name: str) -> dict:
    started = time.perf_counter()
    progress = _live[folder.name]

    judgements = []
    for start in range(0, len(dataset.records), harness.BATCH):
        batch = dataset.records[start : start + harness.BATCH]
        judgements += harness.judge_records(batch, judge).judgements
        progress.done = len(judgements)

    seconds = time.perf_counter() - started
    run = harness.EvaluationRun(dataset.records, judgements, seconds)
    answers = harness.write_answers(run, folder)
    reports = write_reports(
        folder, run.records, run.judgements, judge.name, dataset_name
    )
    logger.info(
        "evaluation finished id=%s letters=%d seconds=%.2f",
        folder.name,
        len(run.records),
        seconds,
    )
    written = [answers, answers.with_name("findings.jsonl"), *reports.paths()]
    return {"files": [path.name for path in written], "notes": harness.model_notes(run)}


def _update(folder: Path, **changes) -> None:
    stored = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    _write_run_file(folder, **{**stored, **changes, "updated_at": _now()})


def _write_run_file(folder: Path, **fields) -> None:
    # Write then rename, so a reader never sees half a file.
    partial = folder / f".{RUN_FILE}.partial"
    partial.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, folder / RUN_FILE)


def _now() -> str:
    return datetime.now(UTC).isoformat()
