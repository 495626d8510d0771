"""The benchmark commands: each prints figures measured in one run."""

from pathlib import Path

import click

from assistant.command_inputs import bundled_dataset
from assistant.dataset import read_dataset


@click.group()
def benchmark() -> None:
    """Print speed and quality figures measured in one run."""


@benchmark.command(name="judge")
@click.option("--dataset", "dataset_file", type=click.Path(path_type=Path))
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1, 50))
def benchmark_judge(dataset_file, repeat) -> None:
    """Time the rules judge against a bare spaCy pass over the same letters."""
    from assistant.benchmark import run_benchmark

    path = dataset_file or bundled_dataset()
    click.echo(run_benchmark(read_dataset(path).records, repeat))


@benchmark.command(name="critique")
@click.option("--dataset", "dataset_file", type=click.Path(path_type=Path))
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1, 20))
def benchmark_critique(dataset_file, repeat) -> None:
    """Time the rules-mode critique per letter against the rules judge alone."""
    from assistant.benchmark import critique_benchmark

    path = dataset_file or bundled_dataset()
    click.echo(critique_benchmark(read_dataset(path).records, repeat))


@benchmark.command(name="load")
@click.option("--clients", default=4, show_default=True, type=click.IntRange(1, 32))
@click.option(
    "--requests",
    "per_client",
    default=15,
    show_default=True,
    type=click.IntRange(1, 500),
)
def benchmark_load(clients, per_client) -> None:
    """Load the running service with concurrent pre-send checks on this machine."""
    from assistant.load_benchmark import load_report

    records = read_dataset(bundled_dataset()).records
    click.echo(load_report(records, clients, per_client))


@benchmark.command(name="retrieval")
@click.option("--queries", "queries_file", type=click.Path(path_type=Path))
def benchmark_retrieval(queries_file) -> None:
    """Score vector, keyword and fused guidance search on a query set."""
    from assistant.evaluation.retrieval_quality import retrieval_report

    path = queries_file or bundled_dataset().parent.parent / "retrieval_queries.jsonl"
    click.echo(retrieval_report(path))


@benchmark.command(name="guard")
@click.option("--dataset", "dataset_file", type=click.Path(path_type=Path))
def benchmark_guard(dataset_file) -> None:
    """Score the prohibited-name guard and plain Presidio on labelled names."""
    from assistant.evaluation.name_guard import guard_report

    path = dataset_file or bundled_dataset("names.jsonl")
    click.echo(guard_report(path))


@benchmark.command(name="issues")
@click.option("--dataset", "dataset_file", type=click.Path(path_type=Path))
def benchmark_issues(dataset_file) -> None:
    """Score issue extraction against complaints with labelled issues."""
    from assistant.evaluation.issue_extraction import issue_report

    path = dataset_file or bundled_dataset().parent.parent / "issues/complaints.jsonl"
    click.echo(issue_report(path))
