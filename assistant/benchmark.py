"""Speed of the rules judge, measured against a bare spaCy pass in the same run.

Machines differ and are noisy, so the figure that travels is the ratio: how many
times a bare spaCy pass over the same letters the rules judge costs.
"""

import time
from dataclasses import dataclass
from statistics import median

from assistant.evaluation.harness import judge_records
from assistant.language import load_pipeline
from assistant.letters import LetterRecord
from assistant.rules_judge import RulesJudge


@dataclass(frozen=True)
class BenchmarkResult:
    """Median timings of the judge and of the spaCy baseline."""

    letters: int
    judge_seconds: float
    spacy_seconds: float

    @property
    def ratio(self) -> float:
        """Return the judge's time as a multiple of the spaCy pass."""
        return self.judge_seconds / self.spacy_seconds

    def report(self) -> str:
        """Return the figures as printed by the CLI."""
        per_letter = self.judge_seconds / self.letters * 1000
        baseline = self.spacy_seconds / self.letters * 1000
        return "\n".join(
            [
                f"letters                 {self.letters}",
                f"rules judge             {self.letters / self.judge_seconds:8.1f} "
                f"letters/s  {per_letter:8.2f} ms/letter",
                f"bare spaCy pass         {self.letters / self.spacy_seconds:8.1f} "
                f"letters/s  {baseline:8.2f} ms/letter",
                f"judge / spaCy ratio     {self.ratio:8.2f}",
            ]
        )


def run_benchmark(records: list[LetterRecord], repeat: int = 3) -> str:
    """Time both passes ``repeat`` times after a warm-up; return the report."""
    texts = [record.letter for record in records]
    judge = RulesJudge()
    judge_records(records[:2], judge)

    judge_times, spacy_times = [], []
    for _ in range(repeat):
        spacy_times.append(_time(lambda: list(load_pipeline().pipe(texts))))
        judge_times.append(_time(lambda: judge_records(records, judge)))
    result = BenchmarkResult(len(records), median(judge_times), median(spacy_times))
    return result.report()


def _time(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def critique_benchmark(records: list[LetterRecord], repeat: int = 3) -> str:
    """Time the rules-mode critique per letter against the rules judge alone."""
    from assistant.critique import critique

    critique(records[0])
    judge = RulesJudge()

    critique_times, judge_times = [], []
    for _ in range(repeat):
        judge_times.append(_time(lambda: [judge.judge(r) for r in records]))
        critique_times.append(_time(lambda: [critique(r) for r in records]))
    per_critique = median(critique_times) / len(records) * 1000
    per_judge = median(judge_times) / len(records) * 1000
    return "\n".join(
        [
            f"letters                   {len(records)}",
            f"critique (rules mode)     {per_critique:8.1f} ms/letter",
            f"rules judge alone         {per_judge:8.1f} ms/letter",
            f"critique / judge ratio    {per_critique / per_judge:8.2f}",
        ]
    )
