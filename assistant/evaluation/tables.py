"""The Annex B table: how letters were answered on each question, by stage.

Like the inspectorate's Annex B, a "not applicable" answer is counted but left out
of the base a percentage is taken of; unlike it, every percentage carries its Wilson
95% interval and every base is shown. Also here: how the evaluation tables are
written as Markdown and CSV, shared by the area and agreement tables.
"""

import csv
import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.catalogue import NOT_APPLICABLE, Question, load_catalogue
from assistant.evaluation.statistics import (
    format_interval,
    format_percent,
    percent_figure,
    wilson_interval,
)
from assistant.judge import Judgement
from assistant.letters import LetterRecord

logger = logging.getLogger(__name__)

STAGES = (
    ("overall", "Overall results"),
    ("stage_1", "Stage one"),
    ("stage_2", "Stage two"),
)

# Codes whose plain reading ("Suspect not charged") is not the Annex A wording.
ANSWER_LABELS = {
    ("q3", "poor_explanation"): "Poor explanation given by CPS",
    ("q3", "not_cps"): "Complaint not relating to CPS",
    ("q19", "suspect_not_charged"): "Yes – names of suspects not yet charged",
    ("q19", "youth_defendant"): "Yes – names of youth defendants",
    ("q19", "rape_victim"): "Yes – names of victims in rape cases",
    ("q19", "witness"): "Yes – names of witnesses",
    ("q19", "other"): "Yes – other",
}


@dataclass(frozen=True)
class Cell:
    """A number of letters and the base its percentage is taken of."""

    count: int
    base: int | None

    @property
    def share(self) -> float | None:
        """Return count over base, or ``None`` when there is no base."""
        return self.count / self.base if self.base else None

    @property
    def interval(self) -> tuple[float, float] | None:
        """Return the Wilson 95% interval of the share."""
        return wilson_interval(self.count, self.base) if self.base else None


@dataclass(frozen=True)
class AnswerRow:
    """One answer to one question, counted overall and at each stage."""

    answer: str
    label: str
    overall: Cell
    stage_1: Cell
    stage_2: Cell

    def cells(self) -> list[Cell]:
        """Return the cells in column order: overall, stage one, stage two."""
        return [self.overall, self.stage_1, self.stage_2]


@dataclass(frozen=True)
class QuestionBreakdown:
    """All the answers given to one question.

    ``not_applicable`` holds letters answered "not applicable" (no share; they are
    outside the base); ``unrecognised`` counts answers that are not Annex A codes
    for this question, which are left out of the table entirely.
    """

    key: str
    heading: str
    rows: list[AnswerRow]
    not_applicable: AnswerRow | None
    unrecognised: int

    def bases(self) -> list[int]:
        """Return the number of letters each column's percentages are taken of."""
        return [cell.base or 0 for cell in self.rows[0].cells()]


def judged_letters(
    records: Sequence[LetterRecord], judgements: Sequence[Judgement]
) -> list[tuple[LetterRecord, Judgement]]:
    """Pair each record with its judgement; raise ``ValueError`` on a mismatch."""
    if len(records) != len(judgements):
        raise ValueError(
            f"{len(records)} letters but {len(judgements)} judgements; "
            "give one judgement per letter, in the same order"
        )

    pairs = list(zip(records, judgements, strict=True))
    for number, (record, judgement) in enumerate(pairs, 1):
        if record.id != judgement.letter_id:
            raise ValueError(
                f"judgement {number} is for letter '{judgement.letter_id}', "
                f"not '{record.id}'"
            )
    return pairs


def letter_answers(record: LetterRecord, judgement: Judgement) -> dict[str, str]:
    """Return the judge's codes, with answers the record itself holds (Q1, Q2)."""
    codes = judgement.codes()

    for question in load_catalogue().questions:
        value = getattr(record, question.from_record) if question.from_record else None
        if value is not None and question.key not in codes:
            codes[question.key] = value
    return codes


def answer_label(question: Question, code: str) -> str:
    """Return an answer code as Annex B words it, e.g. ``not_known`` -> Not known."""
    label = ANSWER_LABELS.get((question.key, code))
    return label or code.replace("_", " ").capitalize()


def question_heading(question: Question) -> str:
    """Return the question as Annex B heads it, e.g. ``01. Who was ...?``."""
    if not question.number[:1].isdigit():
        return question.text
    whole, _, part = question.number.partition(".")
    number = f"{int(whole):02d}" + (f".{part}" if part else "")
    return f"{number}. {question.text}"


def build_annex_b(
    records: Sequence[LetterRecord], judgements: Sequence[Judgement]
) -> list[QuestionBreakdown]:
    """Count every coded question's answers; omit questions no letter answered."""
    answered = [
        (record.stage, letter_answers(record, judgement))
        for record, judgement in judged_letters(records, judgements)
    ]

    table = []
    for question in load_catalogue().questions:
        given = [
            (stage, codes[question.key])
            for stage, codes in answered
            if question.key in codes
        ]
        if question.free_text or not given:
            continue
        table.append(_breakdown(question, given))
    return table


def render_annex_b_markdown(table: list[QuestionBreakdown]) -> str:
    """Return the Annex B table as Markdown, with a note on how to read it."""
    header = ["Question", "Answer", *(title for _, title in STAGES)]
    rows = []
    for breakdown in table:
        rows.extend(_markdown_rows(breakdown))

    notes = [
        "Each cell: letters (percentage; Wilson 95% interval). The base is the "
        "number of letters the percentages are taken of.",
        "Letters answered 'not applicable' are counted on their own row and left "
        "out of the base. A dash means no letter at that stage is in the base.",
        "Q1 and Q2 come from the letter record where the judge did not answer them.",
    ]
    return markdown_table(header, rows) + "\n" + "\n\n".join(notes) + "\n"


def render_annex_b_csv(table: list[QuestionBreakdown]) -> str:
    """Return the Annex B table as CSV, one row per question and answer."""
    header = ["question", "heading", "answer", "label"]
    for stage, _ in STAGES:
        header += [
            f"{stage}_{name}" for name in ("count", "base", "percent", "low", "high")
        ]

    rows = []
    for breakdown in table:
        extra = [breakdown.not_applicable] if breakdown.not_applicable else []
        for row in [*breakdown.rows, *extra]:
            counts = [value for cell in row.cells() for value in _csv_cell(cell)]
            rows.append(
                [breakdown.key, breakdown.heading, row.answer, row.label, *counts]
            )
    return csv_text(header, rows)


def markdown_table(header: list[str], rows: Iterable[list[str]]) -> str:
    """Return a Markdown table; cell text is escaped so it cannot break the table."""
    lines = [_markdown_line(header), "|" + "|".join("---" for _ in header) + "|"]
    lines += [_markdown_line(row) for row in rows]
    return "\n".join(lines) + "\n"


def markdown_text(text: str) -> str:
    """Return untrusted text safe to put in Markdown: no HTML, no table breaks."""
    flat = " ".join(str(text).split())
    escaped = flat.replace("<", "&lt;").replace(">", "&gt;")
    for mark in "\\|*_`[]#":
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped


def csv_text(header: list[str], rows: Iterable[list[object]]) -> str:
    """Return CSV text, with formula-like text cells made inert for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_spreadsheet_safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def format_cell(cell: Cell) -> str:
    """Return a cell as ``106 (70.2%; 62.5–76.9%)``."""
    if cell.base is None:
        return str(cell.count)
    if not cell.base:
        return "–"
    return (
        f"{cell.count} ({format_percent(cell.share)}; {format_interval(cell.interval)})"
    )


def _breakdown(question: Question, given: list[tuple[int, str]]) -> QuestionBreakdown:
    tally = _tally(given)
    codes = [code for code in question.answers if code != NOT_APPLICABLE]
    bases = [
        sum(tally.get(code, [0, 0, 0])[column] for code in codes) for column in range(3)
    ]

    rows = [_answer_row(question, code, tally, bases) for code in codes]
    not_applicable = None
    if NOT_APPLICABLE in question.answers:
        not_applicable = _answer_row(question, NOT_APPLICABLE, tally, [None] * 3)

    unrecognised = sum(tally[code][0] for code in tally if code not in question.answers)
    if unrecognised:
        logger.warning(
            "answers left out as not Annex A codes: question=%s count=%s",
            question.key,
            unrecognised,
        )
    return QuestionBreakdown(
        question.key, question_heading(question), rows, not_applicable, unrecognised
    )


def _tally(given: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Return each code's count of letters: overall, at stage one, at stage two."""
    tally: dict[str, list[int]] = {}
    for stage, code in given:
        counts = tally.setdefault(code, [0, 0, 0])
        counts[0] += 1
        counts[stage] += 1
    return tally


def _answer_row(
    question: Question, code: str, tally: dict[str, list[int]], bases: list
) -> AnswerRow:
    counts = tally.get(code, [0, 0, 0])
    cells = [Cell(count, base) for count, base in zip(counts, bases, strict=True)]
    return AnswerRow(code, answer_label(question, code), *cells)


def _markdown_rows(breakdown: QuestionBreakdown) -> list[list[str]]:
    rows = []
    for number, row in enumerate(breakdown.rows):
        heading = breakdown.heading if number == 0 else ""
        rows.append([heading, row.label, *(format_cell(cell) for cell in row.cells())])

    if breakdown.not_applicable and breakdown.not_applicable.overall.count:
        na = breakdown.not_applicable
        rows.append(
            ["", "Not applicable (not in base)", *(str(c.count) for c in na.cells())]
        )
    rows.append(["", "Base (letters)", *(str(base) for base in breakdown.bases())])
    if breakdown.unrecognised:
        rows.append(
            [
                "",
                "Not an Annex A answer (left out)",
                str(breakdown.unrecognised),
                "",
                "",
            ]
        )
    return rows


def _csv_cell(cell: Cell) -> list[object]:
    low, high = cell.interval or (None, None)
    base = "" if cell.base is None else cell.base
    return [
        cell.count,
        base,
        percent_figure(cell.share),
        percent_figure(low),
        percent_figure(high),
    ]


def _markdown_line(cells: list[str]) -> str:
    return "| " + " | ".join(markdown_text(cell) for cell in cells) + " |"


def _spreadsheet_safe(cell: object) -> object:
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell
