"""The critique of a draft: findings, the issue ledger, structure and better words.

Every Annex A finding comes with its evidence, a severity (blocking or advisory)
and the guidance it rests on; the complaint is broken into issues mapped to the
draft; a headed structure and rewrites for empathy, apology and remedy are
proposed. Each part says whether it came from the rules or from the model.
"""

import logging
import time
from dataclasses import dataclass, field

from assistant import __version__
from assistant.case_roster import build_roster
from assistant.catalogue import load_catalogue
from assistant.checks.context import CheckContext
from assistant.checks.remedy import LOSS
from assistant.complaint_issues import suggest_complaint_type
from assistant.errors import PseudonymisationError
from assistant.guidance_citations import cite_section
from assistant.issue_ledger import IssueLedger
from assistant.letters import LetterRecord
from assistant.openai_models import ChatClient, ModelCallError
from assistant.presend_check import CheckFinding, run_presend_check
from assistant.prompt_templates import load_prompt
from assistant.pseudonymisation import Pseudonymiser
from assistant.reply_structure import IssuePlan, StructureSection, propose_structure
from assistant.resources import knowledge_version
from assistant.retrieval import Citation
from assistant.rewrites import PROMPT, Rewrite, model_rewrites, rule_rewrites

logger = logging.getLogger(__name__)

GUIDE = "writing-the-reply.md"
GUIDANCE_FOR = {
    "q6": (GUIDE, "Accuracy, names and proof-reading"),
    "q7": (GUIDE, "Accuracy, names and proof-reading"),
    "q8": (GUIDE, "Plain English and legal terms"),
    "q9": (GUIDE, "Tailored empathy"),
    "q10_1": (
        GUIDE,
        "State a finding for every issue: upheld, partly upheld or not upheld",
    ),
    "q12": (GUIDE, "What a real apology contains"),
    "q13": (GUIDE, "Give each issue its own headed section"),
    "q14": (GUIDE, "Proportionate remedies"),
    "q15": (GUIDE, "Offering a meeting"),
    "q16": (GUIDE, "Accessibility and reasonable adjustments"),
    "q17": (GUIDE, "Signposting another agency in the reply"),
    "q20": (GUIDE, "Accuracy, names and proof-reading"),
    "q21": (GUIDE, "Writing a complaint reply"),
}
LEDGER_QUESTION = {
    "unanswered": "q13",
    "no_finding": "q10_1",
    "upheld_without_apology_or_remedy": "q14",
    "apology_for_not_upheld": "q12",
}
NEXT_STAGE = {
    (1, "legal"): "Stage 2: review by a more senior manager",
    (1, "service"): "Stage 2: review by a more senior manager",
    (1, "mixed"): "Stage 2: review by a more senior manager",
    (2, "legal"): "Stage 2 letter for a legal complaint: the end of the process",
    (2, "service"): "Stage 2 letter for a service complaint: the Independent Assessor",
    (2, "mixed"): "Stage 2 letter for a mixed complaint: splitting the next steps",
}


@dataclass
class CritiqueFinding:
    """A finding of the critique with the guidance it rests on."""

    finding: CheckFinding
    citations: list[Citation]
    source: str

    def to_json(self) -> dict:
        """Return the finding for JSON output."""
        return {
            **self.finding.to_json(),
            "citations": [c.to_json() for c in self.citations],
            "source": self.source,
        }


@dataclass
class Critique:
    """Everything a legal manager gets back about a draft."""

    findings: list[CritiqueFinding]
    ledger: IssueLedger
    suggested_type: tuple[str, str]
    structure: list[StructureSection]
    rewrites: list[Rewrite]
    versions: dict[str, str | None]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """Return the critique as ``critique --json`` prints it."""
        return {
            "findings": [f.to_json() for f in self.findings],
            "issues": [_entry_json(e) for e in self.ledger.entries],
            "issue_findings": [_ledger_finding_json(f) for f in self.ledger.findings],
            "suggested_complaint_type": {
                "type": self.suggested_type[0],
                "reason": self.suggested_type[1],
            },
            "structure": [s.to_json() for s in self.structure],
            "rewrites": [r.to_json() for r in self.rewrites],
            "versions": self.versions,
            "notes": self.notes,
        }


def critique(record: LetterRecord, chat: ChatClient | None = None) -> Critique:
    """Critique the draft in ``record`` against its complaint."""
    started = time.perf_counter()
    context = CheckContext.build(record)
    check = run_presend_check(record, context=context)
    ledger = context.ledger

    findings = [_cited(f, record) for f in check.findings]
    findings += _ledger_findings(ledger)
    structure = propose_structure(
        record.stage, record.complaint_type, _plans(ledger), _loss(record)
    )
    rewrites, notes, model = _rewrites(record, context, check, ledger, chat)

    logger.info(
        "critique findings=%d issues=%d ms=%.0f",
        len(findings),
        len(ledger.entries),
        (time.perf_counter() - started) * 1000,
    )
    return Critique(
        findings=findings,
        ledger=ledger,
        suggested_type=suggest_complaint_type([e.issue for e in ledger.entries]),
        structure=structure,
        rewrites=rewrites,
        versions=_versions(model),
        notes=notes,
    )


def _cited(finding: CheckFinding, record: LetterRecord) -> CritiqueFinding:
    citations = []
    if finding.severity != "ok":
        citations = [cite_section(*where) for where in _guidance(finding, record)]
    return CritiqueFinding(finding, citations, "rules")


def _guidance(finding: CheckFinding, record: LetterRecord) -> list[tuple[str, str]]:
    process = "complaints-process.md"
    if finding.question == "q18_1":
        return [
            (process, "The stage 2 escalation time limit: the only correct wording")
        ]
    if finding.question == "q18":
        return [(process, NEXT_STAGE[(record.stage, record.complaint_type)])]
    if finding.question == "q19":
        return [("prohibited-content.md", "Who may be named, and a final check")]
    return [GUIDANCE_FOR[finding.question]] if finding.question in GUIDANCE_FOR else []


def _ledger_findings(ledger: IssueLedger) -> list[CritiqueFinding]:
    # Known gap: the ledger's matching of issues to passages is not yet reliable
    # enough to block a letter on its own, so its findings are advisory; the
    # blocking unanswered-issue finding comes from the rules judge's q13.
    found = []
    for item in ledger.findings:
        unanswered = item.problem.value == "unanswered"
        finding = CheckFinding(
            question=LEDGER_QUESTION[item.problem.value],
            title=f"issue: {item.problem.value.replace('_', ' ')}",
            answer="no",
            severity="advisory",
            code=f"issue_{item.problem.value}",
            reason=item.reason,
            evidence=item.evidence,
            start=item.start,
            confidence=0.6,
        )
        section = (
            "Give each issue its own headed section"
            if unanswered
            else (
                "State a finding for every issue: upheld, partly upheld or not upheld"
            )
        )
        found.append(CritiqueFinding(finding, [cite_section(GUIDE, section)], "rules"))
    return found


def _plans(ledger: IssueLedger) -> list[IssuePlan]:
    return [
        IssuePlan(
            quote=e.issue.quote,
            kind=str(e.issue.kind),
            finding=e.finding.value if e.finding else None,
        )
        for e in ledger.entries
    ]


def _loss(record: LetterRecord) -> bool:
    return bool(LOSS.search(record.complaint.lower()))


def _rewrites(record, context, check, ledger, chat):
    answers = check.judgement.codes()
    failing = any(e.finding and e.finding.value != "not upheld" for e in ledger.entries)
    failing = failing or answers.get("q12") in ("yes", "no")
    needs_remedy = answers.get("q14") == "no"
    rules = rule_rewrites(
        context.letter, failing, needs_remedy, record.complaint, record.complaint_type
    )
    if chat is None:
        return rules, ["rules mode: no model configured"], None
    try:
        tailored = _ask_model(record, check, ledger, chat)
    except (ModelCallError, PseudonymisationError) as error:
        return rules, [f"model not used: {error}"], None
    return tailored + rules, ["rewrites tailored by the model"], chat.name


def _ask_model(record, check, ledger, chat) -> list[Rewrite]:
    pseudonymiser = Pseudonymiser(roster=build_roster(record))
    problems = (
        "\n".join(
            f"- {f.title}: {f.reason}" for f in check.findings if f.severity != "ok"
        )
        or "- none"
    )
    issues = "\n".join(f"- {e.issue.quote}" for e in ledger.entries) or "- none found"
    context = {
        "issues": issues,
        "problems": problems,
        "stage": str(record.stage),
        "complaint_type": record.complaint_type,
    }
    return model_rewrites(chat, pseudonymiser, record.letter, context)


def _versions(model: str | None) -> dict[str, str | None]:
    return {
        "rules": __version__,
        "catalogue": load_catalogue().version,
        "knowledge": knowledge_version(),
        "prompt": load_prompt(PROMPT).key if model else None,
        "model": model,
    }


def _entry_json(entry) -> dict:
    return {
        "quote": entry.issue.quote,
        "kind": str(entry.issue.kind),
        "topic": entry.issue.topic,
        "answered": entry.answered,
        "section": entry.section,
        "answer": " ".join(s.text for s in entry.answer)[:400] or None,
        "finding": entry.finding.value if entry.finding else None,
        "apology": entry.apology.text if entry.apology else None,
        "remedy": entry.remedy.text if entry.remedy else None,
    }


def _ledger_finding_json(item) -> dict:
    return {
        "problem": item.problem.value,
        "issue": item.issue.quote,
        "evidence": item.evidence,
        "reason": item.reason,
    }
