"""Write the evaluation reports a quality lead reads: CSV, Markdown and one HTML page.

The page is rendered with autoescaping on: letter text, evidence and reasons come
from letters and models and must never run as HTML.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import partial
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from assistant import __version__
from assistant.evaluation.agreement import (
    Agreement,
    build_agreement,
    format_kappa,
    render_agreement_csv,
    render_agreement_markdown,
)
from assistant.evaluation.areas import (
    SMALL_NUMBER,
    AreaTable,
    gold_area_table,
    judge_area_table,
    render_areas_csv,
    render_areas_markdown,
)
from assistant.evaluation.statistics import format_interval, format_percent
from assistant.evaluation.tables import (
    QuestionBreakdown,
    build_annex_b,
    markdown_text,
    render_annex_b_csv,
    render_annex_b_markdown,
)
from assistant.judge import Judgement
from assistant.letters import LetterRecord

logger = logging.getLogger(__name__)

TEMPLATE = "evaluation_report.html"
ANNEX_B_TITLE = "Overall letter examination data"
AGREEMENT_TITLE = "Agreement with the gold labels"


@dataclass(frozen=True)
class ReportFiles:
    """The files one evaluation wrote; agreement files only when labels exist."""

    annex_b_csv: Path
    annex_b_md: Path
    areas_csv: Path
    areas_md: Path
    html: Path
    agreement_csv: Path | None = None
    agreement_md: Path | None = None

    def paths(self) -> list[Path]:
        """Return every file written."""
        return [path for f in fields(self) if (path := getattr(self, f.name))]


@dataclass(frozen=True)
class ReportHeading:
    """What was evaluated, by which judge, and when."""

    dataset_name: str
    judge_name: str
    letters: int
    generated: date

    def markdown(self, title: str) -> str:
        """Return a Markdown title block for one report file."""
        return (
            f"# {title}\n\n"
            f"Dataset: {markdown_text(self.dataset_name)} · "
            f"Judge: {markdown_text(self.judge_name)} · "
            f"Letters: {self.letters} · Date: {format_date(self.generated)}\n\n"
        )


def write_reports(
    out_dir: Path,
    records: Sequence[LetterRecord],
    judgements: Sequence[Judgement],
    judge_name: str,
    dataset_name: str,
    generated: date | None = None,
) -> ReportFiles:
    """Write every report on the judged letters into ``out_dir``."""
    heading = ReportHeading(
        dataset_name, judge_name, len(records), generated or date.today()
    )
    annex_b = build_annex_b(records, judgements)
    areas = [judge_area_table(records, judgements)]
    agreement = build_agreement(records, judgements)

    gold_areas = gold_area_table(records)
    if gold_areas:
        areas.append(gold_areas)
    if not agreement.labelled_letters:
        agreement = None

    out_dir.mkdir(parents=True, exist_ok=True)
    write = partial(_write, out_dir)
    annex_b_md = heading.markdown(ANNEX_B_TITLE) + render_annex_b_markdown(annex_b)
    files = ReportFiles(
        annex_b_csv=write("annex_b.csv", render_annex_b_csv(annex_b)),
        annex_b_md=write("annex_b.md", annex_b_md),
        areas_csv=write("areas.csv", render_areas_csv(areas)),
        areas_md=write("areas.md", _areas_markdown(heading, areas)),
        html=write("report.html", render_html(heading, annex_b, areas, agreement)),
        **_agreement_files(write, heading, agreement),
    )

    logger.info(
        "wrote evaluation reports: letters=%s labelled=%s files=%s out_dir=%s",
        len(records),
        agreement.labelled_letters if agreement else 0,
        len(files.paths()),
        out_dir,
    )
    return files


def render_html(
    heading: ReportHeading,
    annex_b: list[QuestionBreakdown],
    areas: list[AreaTable],
    agreement: Agreement | None,
) -> str:
    """Return the self-contained HTML report."""
    template = _environment().get_template(TEMPLATE)
    return template.render(
        heading=heading,
        annex_b=annex_b,
        areas=areas,
        agreement=agreement,
        small_number=SMALL_NUMBER,
        version=__version__,
    )


def format_agreement_summary(agreement: Agreement) -> str:
    """Return a fixed-width table of question, n, accuracy and kappa."""
    rows = [(q.key, q.n, q.accuracy, q.kappa) for q in agreement.questions]
    if agreement.objective:
        summary = agreement.objective
        rows.append(("objective", summary.n, summary.accuracy, summary.kappa))

    lines = [f"{'question':<10} {'n':>5} {'accuracy':>9} {'kappa':>6}"]
    for key, n, accuracy, kappa in rows:
        lines.append(
            f"{key:<10} {n:>5} {format_percent(accuracy):>9} {format_kappa(kappa):>6}"
        )
    return "\n".join(lines)


def format_date(day: date) -> str:
    """Return a date the way GOV.UK writes it: ``3 December 2025``."""
    return f"{day.day} {day:%B %Y}"


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("assistant", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        percent=format_percent,
        interval=format_interval,
        kappa=format_kappa,
        uk_date=format_date,
    )
    return environment


def _areas_markdown(heading: ReportHeading, areas: list[AreaTable]) -> str:
    titles = {
        "judge": "Area performance in overall quality (judge)",
        "gold labels": "Area performance in overall quality (gold labels)",
    }
    first, *rest = areas
    text = heading.markdown(titles[first.source]) + render_areas_markdown(first)
    for table in rest:
        text += f"\n## {titles[table.source]}\n\n" + render_areas_markdown(table)
    return text


def _agreement_files(
    write: Callable[[str, str], Path],
    heading: ReportHeading,
    agreement: Agreement | None,
) -> dict[str, Path]:
    if agreement is None:
        return {}
    markdown = heading.markdown(AGREEMENT_TITLE) + render_agreement_markdown(agreement)
    return {
        "agreement_csv": write("agreement.csv", render_agreement_csv(agreement)),
        "agreement_md": write("agreement.md", markdown),
    }


def _write(out_dir: Path, name: str, text: str) -> Path:
    path = out_dir / name
    path.write_text(text, encoding="utf-8")
    return path
