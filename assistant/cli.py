"""The ``complaints-assistant`` command line."""

import json
import logging
import sys
from pathlib import Path

import click

from assistant import __version__
from assistant.benchmark_commands import benchmark
from assistant.catalogue import load_catalogue
from assistant.command_inputs import (
    read_parties,
    read_text_file,
    sample_record,
)
from assistant.dataset import read_dataset
from assistant.errors import AssistantError
from assistant.evaluation import harness
from assistant.judge import Judgement
from assistant.letters import LetterRecord
from assistant.rules_judge import RulesJudge
from assistant.service_commands import purge_expired, serve, users
from assistant.settings import get_settings

logger = logging.getLogger(__name__)


@click.group()
@click.version_option(__version__, prog_name="complaints-assistant")
def cli() -> None:
    """Review CPS complaint response letters against the Annex A questions."""
    logging.basicConfig(
        level=get_settings().log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
        force=True,
    )


@cli.command()
@click.argument("letter_file", required=False, type=click.Path(path_type=Path))
@click.option("--stage", type=click.IntRange(1, 2), help="Complaints stage: 1 or 2.")
@click.option(
    "--type",
    "complaint_type",
    type=click.Choice(["legal", "service", "mixed"]),
    help="Complaint type as recorded.",
)
@click.option("--complaint", type=click.Path(path_type=Path), help="Complaint text.")
@click.option("--complainant-name", help="Name the letter should be addressed to.")
@click.option("--accessibility-needs", help="Needs the complainant identified.")
@click.option("--sample", is_flag=True, help="Review the bundled sample letter.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def check(
    letter_file,
    stage,
    complaint_type,
    complaint,
    complainant_name,
    accessibility_needs,
    sample,
    as_json,
) -> None:
    """Review one letter and print a finding for each question."""
    if sample:
        record = sample_record()
    else:
        record = _record_from_files(
            letter_file,
            stage,
            complaint_type,
            complaint,
            complainant_name,
            accessibility_needs,
        )

    judgement = RulesJudge().judge(record)
    if as_json:
        click.echo(json.dumps(_check_json(judgement), indent=2, ensure_ascii=False))
    else:
        click.echo(_check_text(record, judgement))


@cli.command(name="critique")
@click.option(
    "--complaint", "complaint_file", required=True, type=click.Path(path_type=Path)
)
@click.option("--draft", "draft_file", required=True, type=click.Path(path_type=Path))
@click.option("--stage", required=True, type=click.IntRange(1, 2))
@click.option(
    "--type",
    "complaint_type",
    required=True,
    type=click.Choice(["legal", "service", "mixed"]),
)
@click.option("--parties", type=click.Path(path_type=Path), help="case_parties JSON.")
@click.option("--complainant-name", help="Name the letter should be addressed to.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def critique_draft(
    complaint_file,
    draft_file,
    stage,
    complaint_type,
    parties,
    complainant_name,
    as_json,
) -> None:
    """Critique a draft reply against its complaint, with cited guidance."""
    from assistant.critique import critique
    from assistant.critique_report import critique_text
    from assistant.openai_models import configured_chat_client

    record = LetterRecord(
        id=draft_file.name,
        stage=stage,
        complaint_type=complaint_type,
        complaint=read_text_file(complaint_file, "complaint"),
        letter=read_text_file(draft_file, "draft"),
        complainant_name=complainant_name,
        case_parties=read_parties(parties) if parties else None,
    )
    result = critique(record, configured_chat_client())
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(critique_text(result))


@cli.command(name="eval")
@click.argument("dataset_file", type=click.Path(path_type=Path))
@click.option(
    "--judge",
    "judge_name",
    default="rules",
    show_default=True,
    help="rules (offline), llm or hybrid (need ASSISTANT_OPENAI_API_KEY).",
)
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path))
@click.option("--skip-invalid", is_flag=True, help="Skip bad records, listing each.")
def evaluate(dataset_file, judge_name, out_dir, skip_invalid) -> None:
    """Replay a judge over a letter dataset and write Annex B-style reports."""
    judge = harness.select_judge(judge_name)
    dataset = read_dataset(dataset_file, skip_invalid=skip_invalid)
    for problem in dataset.skipped:
        click.echo(f"skipped {dataset_file}: {problem}", err=True)
    for name, count in sorted(dataset.unknown_fields.items()):
        click.echo(f"note: unknown field '{name}' ignored on {count} line(s)", err=True)
    click.echo(harness.dataset_summary(dataset), err=True)

    run = harness.judge_records(dataset.records, judge, progress=True)
    notes = harness.model_notes(run)
    if notes:
        click.echo(notes, err=True)
    harness.write_answers(run, out_dir)
    files = _write_reports(out_dir, run, judge, dataset_file)
    click.echo(f"judged {len(run.records)} letters in {run.seconds:.1f} s")
    click.echo(files)


@cli.command()
def questions() -> None:
    """List the Annex A questions and the answers each allows."""
    catalogue = load_catalogue()
    click.echo(f"{catalogue.title} (catalogue version {catalogue.version})")
    for question in catalogue.questions:
        answers = "free text" if question.free_text else ", ".join(question.answers)
        click.echo(f"{question.key:<8} {question.text}\n{'':<8} [{answers}]")


@cli.command()
@click.argument("letter_file", type=click.Path(path_type=Path))
@click.option("--parties", type=click.Path(path_type=Path), help="case_parties JSON.")
@click.option("--complainant-name", help="Name the letter is addressed to.")
@click.option(
    "--all-persons", is_flag=True, help="Replace every person and identifier."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def redact(letter_file, parties, complainant_name, all_persons, as_json) -> None:
    """Replace names that must not appear with role placeholders."""
    from assistant.redaction import redact as redact_letter

    text = read_text_file(letter_file, "letter", allow_empty=True)
    record = LetterRecord.model_construct(
        id=letter_file.name,
        stage=1,
        complaint_type="legal",
        complaint="",
        letter=text,
        complainant_name=complainant_name,
        case_parties=read_parties(parties) if parties else None,
    )
    result = redact_letter(record, all_persons=all_persons)
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return
    click.echo(result.redacted_text)
    for item in result.replacements:
        click.echo(
            f"{item.placeholder:<22} {item.rule:<20} {item.confidence:.2f}  "
            f"{item.text}",
            err=True,
        )


@cli.command(name="ingest")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def ingest_guidance(path) -> None:
    """Index guidance files (Markdown, HTML, Word, PDF) for search."""
    from assistant.guidance_index import ingest
    from assistant.resources import knowledge_dir

    report = ingest(path or knowledge_dir())
    for name, reason in report.failed:
        click.echo(f"not indexed: {name}: {reason}", err=True)
    click.echo(
        f"{report.passages} passages indexed: {len(report.added)} files added, "
        f"{len(report.updated)} updated, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed, {len(report.failed)} failed; "
        f"{report.embedded} passages embedded in {report.seconds:.1f} s"
    )


@cli.command(name="search")
@click.argument("query")
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 50))
@click.option(
    "--mode", type=click.Choice(["fused", "vector", "keyword"]), default="fused"
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def search_guidance(query, k, mode, as_json) -> None:
    """Search the guidance; each result names its document, section and version."""
    from assistant.retrieval import get_retriever

    if not query.strip():
        raise click.UsageError("give some words to search for")
    citations = get_retriever().search(query, k, mode)
    if as_json:
        click.echo(json.dumps([c.to_json() for c in citations], ensure_ascii=False))
        return
    for number, citation in enumerate(citations, 1):
        click.echo(
            f"{number}. {citation.document} > {citation.section} "
            f"(version {citation.version}, score {citation.score:.3f})"
        )
        click.echo(f"   {' '.join(citation.text.split())[:300]}\n")


cli.add_command(benchmark)
cli.add_command(serve)
cli.add_command(users)
cli.add_command(purge_expired)


def main() -> None:
    """Run the CLI; print user errors plainly and exit non-zero."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except AssistantError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    except Exception:
        logger.debug("unexpected failure", exc_info=True)
        click.echo(
            "error: an unexpected fault stopped the command; set "
            "ASSISTANT_LOG_LEVEL=DEBUG to see its details",
            err=True,
        )
        sys.exit(1)


def _record_from_files(
    letter_file, stage, complaint_type, complaint, complainant_name, needs
) -> LetterRecord:
    if letter_file is None:
        raise click.UsageError("give a LETTER_FILE, or --sample")
    if stage is None or complaint_type is None:
        raise click.UsageError("--stage and --type are required to review a letter")
    return LetterRecord(
        id=letter_file.name,
        stage=stage,
        complaint_type=complaint_type,
        complainant_name=complainant_name,
        accessibility_needs=needs,
        complaint=read_text_file(complaint, "complaint") if complaint else "",
        letter=read_text_file(letter_file, "letter"),
    )


def _check_json(judgement: Judgement) -> dict:
    line = judgement.to_output_line()
    line["findings"] = [a.model_dump() for a in judgement.answers.values()]
    return line


def _check_text(record: LetterRecord, judgement: Judgement) -> str:
    catalogue = load_catalogue()
    lines = [f"Letter {record.id}: stage {record.stage}, {record.complaint_type}", ""]
    for question in catalogue.questions:
        answer = judgement.answers.get(question.key)
        if answer is None:
            continue
        code = answer.answer.replace("_", " ").upper()
        lines.append(f"{question.number:>5}  {question.short:<34} {code}")
        lines.append(f"{'':>7}{answer.reason}")
        if answer.evidence:
            quoted = " ".join(answer.evidence.split())
            lines.append(f'{"":>7}"{quoted[:160]}"')
    return "\n".join(lines)


def _write_reports(out_dir, run, judge, dataset_file) -> str:
    from assistant.evaluation.agreement import build_agreement
    from assistant.evaluation.report import format_agreement_summary, write_reports

    files = write_reports(
        out_dir, run.records, run.judgements, judge.name, dataset_file.name
    )
    listing = "\n".join(f"  {path}" for path in files.paths())
    if files.agreement_csv is None:
        return f"reports written:\n{listing}"
    summary = format_agreement_summary(build_agreement(run.records, run.judgements))
    return f"{summary}\nreports written:\n{listing}"
