"""Replay a judge over a letter dataset and write its answers and reports."""

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from assistant.dataset import Dataset
from assistant.errors import InputError
from assistant.judge import Judgement
from assistant.language import ParsedText, load_pipeline
from assistant.letters import LetterRecord
from assistant.rules_judge import RulesJudge

logger = logging.getLogger(__name__)

BATCH = 16


@dataclass
class EvaluationRun:
    """The outcome of replaying one judge over one dataset."""

    records: list[LetterRecord]
    judgements: list[Judgement]
    seconds: float


def judge_records(records: list[LetterRecord], judge, progress: bool = False):
    """Judge every record, parsing letters in batches."""
    started = time.perf_counter()
    bar = tqdm(total=len(records), unit="letter", disable=not progress, leave=False)

    judgements = []
    for batch in _batches(records):
        docs = load_pipeline().pipe([record.letter for record in batch])
        for record, doc in zip(batch, docs, strict=True):
            judgements.append(_judge_one(judge, record, doc))
            bar.update(1)
    bar.close()

    seconds = time.perf_counter() - started
    logger.info("evaluation letters=%d seconds=%.2f", len(records), seconds)
    return EvaluationRun(records, judgements, seconds)


def write_answers(run: EvaluationRun, out_dir: Path) -> Path:
    """Write the judge-output lines and the detailed findings; return answers path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    answers_path = out_dir / "answers.jsonl"
    findings_path = out_dir / "findings.jsonl"

    with answers_path.open("w", encoding="utf-8") as answers:
        for judgement in run.judgements:
            line = json.dumps(judgement.to_output_line(), ensure_ascii=False)
            answers.write(line + "\n")
    with findings_path.open("w", encoding="utf-8") as findings:
        for judgement in run.judgements:
            findings.write(judgement.model_dump_json() + "\n")
    return answers_path


def select_judge(name: str):
    """Return the judge called ``name``: rules, llm or hybrid."""
    if name == "rules":
        return RulesJudge()
    if name not in ("llm", "hybrid"):
        raise InputError(
            f"judge '{name}' is not available; this version offers: rules, llm, hybrid"
        )
    from assistant.call_cache import CallCache
    from assistant.llm_judge import HybridJudge, ModelJudge
    from assistant.openai_models import configured_chat_client
    from assistant.settings import get_settings

    cache = CallCache(get_settings().data_dir / "llm-cache")
    judge_class = ModelJudge if name == "llm" else HybridJudge
    return judge_class(configured_chat_client(), cache)


def model_notes(run: EvaluationRun) -> str | None:
    """Summarise fallbacks and dropped model answers, if a model judge ran."""
    notes = [j.notes for j in run.judgements]
    fallbacks = [n["fallback"] for n in notes if "fallback" in n]
    unquoted = sum(int(n.get("dropped_unquoted", 0)) for n in notes)
    invalid = sum(int(n.get("dropped_invalid", 0)) for n in notes)
    if not (fallbacks or unquoted or invalid):
        return None
    lines = []
    if fallbacks:
        lines.append(
            f"{len(fallbacks)} letters judged by the rules instead: {fallbacks[0]}"
        )
    lines.append(
        f"model answers dropped: {unquoted} with a quote not in the letter, "
        f"{invalid} with an unknown question or answer"
    )
    return "\n".join(lines)


def _judge_one(judge, record: LetterRecord, doc) -> Judgement:
    return judge.judge(record, ParsedText(record.letter, doc))


def _batches(records: list[LetterRecord]) -> Iterator[list[LetterRecord]]:
    for start in range(0, len(records), BATCH):
        yield records[start : start + BATCH]


def dataset_summary(dataset: Dataset) -> str:
    """Return a one-line summary of what was read."""
    labelled = sum(1 for r in dataset.records if r.labels)
    return (
        f"{len(dataset.records)} letters read ({labelled} labelled), "
        f"{len(dataset.skipped)} skipped"
    )
