"""The Annex C table: the overall quality of letters in each CPS Area.

A letter's grade is its ``quality`` answer; where only Q21 was answered, "yes"
counts as adequate (Q21 cannot tell "better than adequate" apart) and "no" as
inadequate. Areas are sorted by the share graded adequate or better, as Annex C is.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.evaluation.statistics import (
    format_interval,
    format_percent,
    percent_figure,
    wilson_interval,
)
from assistant.evaluation.tables import csv_text, judged_letters, markdown_table
from assistant.judge import Judgement
from assistant.letters import LetterRecord

NOT_RECORDED = "Not recorded"
SMALL_NUMBER = 10
GRADES = ("better_than_adequate", "adequate", "inadequate")
FROM_Q21 = {"yes": "adequate", "no": "inadequate"}


@dataclass(frozen=True)
class AreaRow:
    """How the letters of one area were graded."""

    area: str
    better_than_adequate: int
    adequate: int
    inadequate: int
    ungraded: int

    @property
    def graded(self) -> int:
        """Return the number of letters with a grade."""
        return self.better_than_adequate + self.adequate + self.inadequate

    @property
    def share(self) -> float | None:
        """Return the share graded adequate or better, ``None`` with none graded."""
        if not self.graded:
            return None
        return (self.better_than_adequate + self.adequate) / self.graded

    @property
    def interval(self) -> tuple[float, float] | None:
        """Return the Wilson 95% interval of the share adequate or better."""
        adequate_or_better = self.better_than_adequate + self.adequate
        return wilson_interval(adequate_or_better, self.graded)

    @property
    def small_number(self) -> bool:
        """Return whether too few letters were graded to compare the area."""
        return self.graded < SMALL_NUMBER


@dataclass(frozen=True)
class AreaTable:
    """Every area's row, best first, and the row for all areas together."""

    source: str
    rows: list[AreaRow]
    total: AreaRow
    graded_from_q21: int


def grade(codes: dict[str, str]) -> str | None:
    """Return a letter's quality grade from its answers, or ``None`` if ungraded."""
    if codes.get("quality") in GRADES:
        return codes["quality"]
    return FROM_Q21.get(codes.get("q21", ""))


def judge_area_table(
    records: Sequence[LetterRecord], judgements: Sequence[Judgement]
) -> AreaTable:
    """Return the area table as the judge graded the letters."""
    letters = [
        (record.area, judgement.codes())
        for record, judgement in judged_letters(records, judgements)
    ]
    return build_area_table(letters, source="judge")


def gold_area_table(records: Sequence[LetterRecord]) -> AreaTable | None:
    """Return the area table from the gold labels; ``None`` when nothing is labelled."""
    labelled = [(record.area, record.labels) for record in records if record.labels]
    if not labelled:
        return None
    return build_area_table(labelled, source="gold labels")


def build_area_table(
    letters: Iterable[tuple[str | None, dict[str, str]]], source: str
) -> AreaTable:
    """Return the area table for (area, answers) pairs, one pair per letter."""
    grades: dict[str, list[str | None]] = {}
    from_q21 = 0
    for area, codes in letters:
        grades.setdefault(area or NOT_RECORDED, []).append(grade(codes))
        if codes.get("quality") not in GRADES and codes.get("q21") in FROM_Q21:
            from_q21 += 1

    rows = [_area_row(area, given) for area, given in grades.items()]
    rows.sort(key=_best_first)

    everything = [given for area_grades in grades.values() for given in area_grades]
    return AreaTable(source, rows, _area_row("All areas", everything), from_q21)


def render_areas_markdown(table: AreaTable) -> str:
    """Return the area table as Markdown, with its footnotes."""
    header = [
        "Area",
        "Better than adequate",
        "Adequate",
        "Inadequate",
        "Not graded",
        "% adequate or better",
        "95% interval",
    ]
    rows = [_markdown_row(row) for row in [*table.rows, table.total]]

    notes = [
        f"† Fewer than {SMALL_NUMBER} graded letters: too few to compare the area "
        "with others; read the percentage with its interval.",
    ]
    if table.graded_from_q21:
        notes.append(
            f"{table.graded_from_q21} letters had no overall grade and were graded "
            "from Q21 alone (yes counted as adequate, no as inadequate)."
        )
    return markdown_table(header, rows) + "\n" + "\n\n".join(notes) + "\n"


def render_areas_csv(tables: Iterable[AreaTable]) -> str:
    """Return one or more area tables as CSV, told apart by a ``source`` column."""
    header = [
        "source",
        "area",
        "better_than_adequate",
        "adequate",
        "inadequate",
        "not_graded",
        "graded",
        "percent_adequate_or_better",
        "low",
        "high",
        "small_number",
    ]
    rows = [
        [table.source, *_csv_values(row)]
        for table in tables
        for row in [*table.rows, table.total]
    ]
    return csv_text(header, rows)


def _area_row(area: str, grades: list[str | None]) -> AreaRow:
    counts = [grades.count(name) for name in GRADES]
    return AreaRow(area, *counts, ungraded=grades.count(None))


def _best_first(row: AreaRow) -> tuple:
    # Ties go to the area with more graded letters, then alphabetically, as Annex C.
    share = -1.0 if row.share is None else row.share
    return (-share, -row.graded, row.area == NOT_RECORDED, row.area.casefold())


def _markdown_row(row: AreaRow) -> list[str]:
    area = f"{row.area} †" if row.small_number else row.area
    return [
        area,
        str(row.better_than_adequate),
        str(row.adequate),
        str(row.inadequate),
        str(row.ungraded),
        format_percent(row.share),
        format_interval(row.interval),
    ]


def _csv_values(row: AreaRow) -> list[object]:
    low, high = row.interval or (None, None)
    return [
        row.area,
        row.better_than_adequate,
        row.adequate,
        row.inadequate,
        row.ungraded,
        row.graded,
        percent_figure(row.share),
        percent_figure(low),
        percent_figure(high),
        "yes" if row.small_number else "no",
    ]
