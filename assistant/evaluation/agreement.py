"""How far the judge agrees with the gold labels, question by question.

A question is compared on the letters that carry both a gold label and a judge
answer for it. Letters labelled but left undecided by the judge are not counted as
wrong; they are reported as lost coverage, since a judge leaves out what it cannot
decide rather than guess.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.catalogue import Question, load_catalogue
from assistant.evaluation.statistics import (
    cohen_kappa,
    confusion_matrix,
    format_interval,
    format_percent,
    percent_figure,
    wilson_interval,
)
from assistant.evaluation.tables import (
    answer_label,
    csv_text,
    judged_letters,
    markdown_table,
    question_heading,
)
from assistant.judge import Judgement
from assistant.letters import LetterRecord

# Questions a careful reader answers the same way from the letter alone.
OBJECTIVE_QUESTIONS = ("q6", "q8", "q10_1", "q17", "q18", "q18_1", "q20")

_SUMMARY_HEADER = [
    "Question",
    "Labelled",
    "Compared (n)",
    "Undecided by judge",
    "Accuracy",
    "95% interval",
    "Cohen's kappa",
]
_DISAGREEMENT_HEADER = ["Letter", "Gold", "Judge", "Evidence", "Judge's reason"]


@dataclass(frozen=True)
class Disagreement:
    """One letter where the judge's answer is not the gold label."""

    letter_id: str
    gold: str
    judged: str
    evidence: str | None
    reason: str


@dataclass(frozen=True)
class AgreementCounts:
    """Letters labelled, letters compared and letters agreed on."""

    labelled: int
    n: int
    agreed: int
    kappa: float | None

    @property
    def accuracy(self) -> float | None:
        """Return the share of compared letters the judge got right."""
        return self.agreed / self.n if self.n else None

    @property
    def accuracy_interval(self) -> tuple[float, float] | None:
        """Return the Wilson 95% interval of the accuracy."""
        return wilson_interval(self.agreed, self.n)

    @property
    def undecided(self) -> int:
        """Return the number of labelled letters the judge gave no answer on."""
        return self.labelled - self.n

    @property
    def coverage(self) -> float | None:
        """Return the share of labelled letters the judge answered."""
        return self.n / self.labelled if self.labelled else None


@dataclass(frozen=True)
class QuestionAgreement(AgreementCounts):
    """The judge against the gold labels on one question."""

    key: str
    heading: str
    matrix: dict[str, dict[str, int]]
    labels: dict[str, str]
    disagreements: list[Disagreement]


@dataclass(frozen=True)
class AgreementSummary(AgreementCounts):
    """Pooled counts over several questions; ``kappa`` is the mean of theirs."""

    keys: list[str]


@dataclass(frozen=True)
class Agreement:
    """Agreement on every question compared, and on the objective ones together.

    ``never_answered`` maps a labelled question the judge answered on no letter
    to the number of letters labelled on it.
    """

    labelled_letters: int
    questions: list[QuestionAgreement]
    objective: AgreementSummary | None
    never_answered: dict[str, int]


def build_agreement(
    records: Sequence[LetterRecord], judgements: Sequence[Judgement]
) -> Agreement:
    """Compare the judge with the gold labels on every question labelled."""
    labelled = [
        (record, judgement)
        for record, judgement in judged_letters(records, judgements)
        if record.labels
    ]

    questions, never_answered = [], {}
    for question in load_catalogue().questions:
        on_question = [
            (record, judgement)
            for record, judgement in labelled
            if question.key in record.labels
        ]
        if question.free_text or not on_question:
            continue
        compared = _compare(question, on_question)
        if compared.n:
            questions.append(compared)
        else:
            never_answered[question.key] = compared.labelled

    objective = summarise([q for q in questions if q.key in OBJECTIVE_QUESTIONS])
    return Agreement(len(labelled), questions, objective, never_answered)


def summarise(questions: Sequence[QuestionAgreement]) -> AgreementSummary | None:
    """Pool several questions' counts; ``None`` when there are none to pool."""
    if not questions:
        return None

    kappas = [q.kappa for q in questions if q.kappa is not None]
    mean_kappa = sum(kappas) / len(kappas) if kappas else None
    return AgreementSummary(
        labelled=sum(q.labelled for q in questions),
        n=sum(q.n for q in questions),
        agreed=sum(q.agreed for q in questions),
        kappa=mean_kappa,
        keys=[q.key for q in questions],
    )


def format_kappa(kappa: float | None) -> str:
    """Return kappa to two decimal places, or an en dash when undefined."""
    return "–" if kappa is None else f"{kappa:.2f}"


def render_agreement_markdown(agreement: Agreement) -> str:
    """Return the agreement summary, confusion matrices and disagreements."""
    parts = [
        f"Letters with gold labels: {agreement.labelled_letters}\n",
        markdown_table(_SUMMARY_HEADER, _summary_rows(agreement)),
        _never_answered_note(agreement),
    ]
    for question in agreement.questions:
        parts.append(_question_markdown(question))
    return "\n".join(part for part in parts if part)


def render_agreement_csv(agreement: Agreement) -> str:
    """Return one CSV row per question compared, then the objective summary."""
    header = [
        "question",
        "heading",
        "labelled",
        "n",
        "undecided",
        "agreed",
        "accuracy_percent",
        "low",
        "high",
        "kappa",
    ]
    rows = [_csv_values(q.key, q.heading, q) for q in agreement.questions]
    if agreement.objective:
        rows.append(
            _csv_values("objective", _objective_title(agreement), agreement.objective)
        )
    return csv_text(header, rows)


def _compare(
    question: Question, letters: list[tuple[LetterRecord, Judgement]]
) -> QuestionAgreement:
    answered = [
        (record.id, record.labels[question.key], judgement.answers[question.key])
        for record, judgement in letters
        if question.key in judgement.answers
    ]
    pairs = [(gold, answer.answer) for _, gold, answer in answered]

    matrix = confusion_matrix(pairs, question.answers)
    disagreements = [
        Disagreement(letter_id, gold, answer.answer, answer.evidence, answer.reason)
        for letter_id, gold, answer in answered
        if gold != answer.answer
    ]
    return QuestionAgreement(
        labelled=len(letters),
        n=len(pairs),
        agreed=len(pairs) - len(disagreements),
        kappa=cohen_kappa(pairs),
        key=question.key,
        heading=question_heading(question),
        matrix=matrix,
        labels={code: answer_label(question, code) for code in matrix},
        disagreements=disagreements,
    )


def _summary_rows(agreement: Agreement) -> list[list[str]]:
    rows = [_summary_row(q.heading, q) for q in agreement.questions]
    if agreement.objective:
        rows.append(_summary_row(_objective_title(agreement), agreement.objective))
    return rows


def _summary_row(title: str, counts: AgreementCounts) -> list[str]:
    return [
        title,
        str(counts.labelled),
        str(counts.n),
        str(counts.undecided),
        format_percent(counts.accuracy),
        format_interval(counts.accuracy_interval),
        format_kappa(counts.kappa),
    ]


def _objective_title(agreement: Agreement) -> str:
    keys = ", ".join(agreement.objective.keys)
    return f"Objective questions together ({keys}; kappa is their mean)"


def _never_answered_note(agreement: Agreement) -> str:
    if not agreement.never_answered:
        return ""
    listed = ", ".join(
        f"{key} ({count} labelled)" for key, count in agreement.never_answered.items()
    )
    return f"Labelled but never answered by the judge: {listed}.\n"


def _question_markdown(question: QuestionAgreement) -> str:
    codes = list(question.matrix)
    header = [
        "Gold (rows), judge (columns)",
        *(question.labels[code] for code in codes),
    ]
    rows = [
        [question.labels[gold], *(str(question.matrix[gold][code]) for code in codes)]
        for gold in codes
    ]
    parts = [
        f"## {question.heading}\n",
        f"Compared on {question.n} letters: accuracy "
        f"{format_percent(question.accuracy)}, kappa {format_kappa(question.kappa)}. "
        "Rows are the gold labels, columns the judge's answers.\n",
        markdown_table(header, rows),
    ]

    if question.disagreements:
        parts.append(f"### Disagreements ({len(question.disagreements)})\n")
        parts.append(markdown_table(_DISAGREEMENT_HEADER, _disagreement_rows(question)))
    return "\n".join(parts)


def _disagreement_rows(question: QuestionAgreement) -> list[list[str]]:
    return [
        [
            item.letter_id,
            question.labels.get(item.gold, item.gold),
            question.labels.get(item.judged, item.judged),
            f"“{item.evidence}”" if item.evidence else "(none given)",
            item.reason,
        ]
        for item in question.disagreements
    ]


def _csv_values(key: str, heading: str, counts: AgreementCounts) -> list[object]:
    low, high = counts.accuracy_interval or (None, None)
    kappa = "" if counts.kappa is None else f"{counts.kappa:.3f}"
    return [
        key,
        heading,
        counts.labelled,
        counts.n,
        counts.undecided,
        counts.agreed,
        percent_figure(counts.accuracy),
        percent_figure(low),
        percent_figure(high),
        kappa,
    ]
