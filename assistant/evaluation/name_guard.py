"""How well the prohibited-name guard finds names, against labelled spans.

A labelled names set is a letter dataset plus a sidecar ``<name>.spans.jsonl``
holding, for each letter, every person mention with its rule (one of the q19
codes, or ``allowed_person``). Plain Presidio, with default settings, is scored on
the same letters in the same run: it finds people but cannot tell who must not be
named, so each person it finds counts as flagged.
"""

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.errors import DatasetError
from assistant.language import parse_many_light
from assistant.letters import LetterRecord
from assistant.prohibited_names import RULES, check_names

ALLOWED = "allowed_person"


@dataclass(frozen=True)
class Span:
    """A labelled or predicted span and its rule."""

    start: int
    end: int
    rule: str

    def overlaps(self, other: "Span") -> bool:
        """Return whether the two spans share a character."""
        return self.start < other.end and other.start < self.end


@dataclass
class Score:
    """Counts for precision and recall of one rule or of person detection."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        """Return the share of predictions that were right."""
        return self.true_positives / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """Return the share of gold spans found."""
        return self.found / self.gold if self.gold else None

    @property
    def f2(self) -> float | None:
        """Return F2, which weighs recall four times as much as precision."""
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 5 * p * r / (4 * p + r)


@dataclass
class GuardScores:
    """Scores of one system over a labelled names set."""

    system: str
    rules: dict[str, Score] = field(default_factory=dict)
    persons: Score = field(default_factory=Score)
    any_prohibited: Score = field(default_factory=Score)
    seconds: float = 0.0
    parse_seconds: float = 0.0
    letters: int = 0

    @property
    def ms_per_letter(self) -> float:
        """Return the mean time per letter in milliseconds."""
        return self.seconds / self.letters * 1000 if self.letters else 0.0

    @property
    def ms_per_letter_parsed(self) -> float:
        """Return the time per letter when the letter was already parsed."""
        own = self.seconds - self.parse_seconds
        return own / self.letters * 1000 if self.letters else 0.0


def read_gold_spans(dataset_path: Path) -> dict[str, list[Span]]:
    """Read the spans sidecar of a labelled names set."""
    path = dataset_path.with_name(dataset_path.name.replace(".jsonl", ".spans.jsonl"))
    if not path.is_file():
        raise DatasetError(f"{path}: the spans file of this names set is missing")
    gold = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            gold[data["id"]] = [
                Span(s["start"], s["end"], s["rule"]) for s in data["spans"]
            ]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise DatasetError(f"{path}: line {number}: {error}") from None
    return gold


def score_guard(
    records: list[LetterRecord], gold: dict[str, list[Span]]
) -> GuardScores:
    """Run the guard over every letter and score it against the gold spans."""
    started = time.perf_counter()
    letters = parse_many_light([record.letter for record in records])
    parsed = time.perf_counter()
    predicted = {
        record.id: [
            Span(f.start, f.end, f.rule if f.prohibited else ALLOWED)
            for f in check_names(record, letter)
        ]
        for record, letter in zip(records, letters, strict=True)
    }
    scores = GuardScores("guard", seconds=time.perf_counter() - started)
    scores.parse_seconds = parsed - started
    scores.letters = len(records)
    _score_all(scores, predicted, gold)
    return scores


def score_plain_presidio(
    records: list[LetterRecord], gold: dict[str, list[Span]], model: str
) -> GuardScores:
    """Score Presidio's default analyzer, every person it finds counted as flagged."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    engine = _plain_engine(model)

    started = time.perf_counter()
    predicted = {
        record.id: [
            Span(r.start, r.end, "flagged")
            for r in engine.analyze(record.letter, "en", entities=["PERSON"])
        ]
        for record in records
    }
    scores = GuardScores("plain Presidio", seconds=time.perf_counter() - started)
    scores.letters = len(records)
    _score_all(scores, predicted, gold, flag_all=True)
    return scores


@lru_cache(maxsize=2)
def _plain_engine(model: str):
    """Build Presidio's analyzer with default settings on the given spaCy model."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    engine.analyze("Warm up with Jane Doe.", "en")
    return engine


def _score_all(scores, predicted, gold, flag_all: bool = False) -> None:
    for letter_id, gold_spans in gold.items():
        spans = predicted.get(letter_id, [])
        names = [g for g in gold_spans if g.rule != "other" or True]
        _score(scores.persons, spans, names, lambda p, g: True)
        for rule in RULES:
            score = scores.rules.setdefault(rule, Score())
            _score(score, spans, gold_spans, _same_rule(rule, flag_all), rule)
        _score(
            scores.any_prohibited,
            [s for s in spans if s.rule != ALLOWED],
            [g for g in gold_spans if g.rule != ALLOWED],
            lambda p, g: True,
        )


def _same_rule(rule: str, flag_all: bool):
    return lambda p, g: flag_all or p.rule == g.rule


def _score(score: Score, predicted, gold, agree, rule: str | None = None) -> None:
    if rule is not None:
        gold = [g for g in gold if g.rule == rule]
        predicted = [p for p in predicted if p.rule in (rule, "flagged")]
    score.gold += len(gold)
    score.predicted += len(predicted)
    score.found += sum(
        any(p.overlaps(g) and agree(p, g) for p in predicted) for g in gold
    )
    score.true_positives += sum(
        any(p.overlaps(g) and agree(p, g) for g in gold) for p in predicted
    )


def rule_counts(gold: dict[str, list[Span]]) -> Counter:
    """Return how many gold spans each rule has."""
    return Counter(span.rule for spans in gold.values() for span in spans)


def guard_report(dataset_path: Path, rounds: int = 3) -> str:
    """Score the guard and plain Presidio on one labelled names set; return a table.

    The two are timed in alternating rounds and the median round of each kept, so
    a busy machine slows both alike.
    """
    from assistant.dataset import read_dataset
    from assistant.settings import get_settings

    records = read_dataset(dataset_path).records
    gold = read_gold_spans(dataset_path)
    score_guard(records[:2], gold)
    model = get_settings().spacy_model
    guards, plains = [], []
    for _ in range(rounds):
        guards.append(score_guard(records, gold))
        plains.append(score_plain_presidio(records, gold, model))
    guard = sorted(guards, key=lambda s: s.seconds)[rounds // 2]
    plain = sorted(plains, key=lambda s: s.seconds)[rounds // 2]

    lines = [
        f"{dataset_path.name}: {len(records)} letters, "
        f"{sum(len(s) for s in gold.values())} labelled mentions",
        f"{'':<22}{'guard P':>8}{'R':>6}{'F2':>6}   {'Presidio P':>10}{'R':>6}{'F2':>6}"
        f"{'gold':>6}",
    ]
    rows = [(rule, guard.rules[rule], plain.rules[rule]) for rule in RULES]
    rows += [
        ("any prohibited", guard.any_prohibited, plain.any_prohibited),
        ("person detection", guard.persons, plain.persons),
    ]
    for name, ours, theirs in rows:
        lines.append(
            f"{name:<22}{_f(ours.precision):>8}{_f(ours.recall):>6}{_f(ours.f2):>6}   "
            f"{_f(theirs.precision):>10}{_f(theirs.recall):>6}{_f(theirs.f2):>6}"
            f"{ours.gold:>6}"
        )
    lines.append(
        f"ms per letter: plain Presidio {plain.ms_per_letter:.1f}; guard "
        f"{guard.ms_per_letter:.1f} with its own parse (ratio "
        f"{guard.ms_per_letter / plain.ms_per_letter:.2f}), "
        f"{guard.ms_per_letter_parsed:.1f} on the parse the checks share (ratio "
        f"{guard.ms_per_letter_parsed / plain.ms_per_letter:.2f})"
    )
    lines.append(
        "Plain Presidio cannot tell roles apart: every person it finds counts as "
        "flagged for every rule."
    )
    return "\n".join(lines)


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
