"""Annex A q4 and q5: did quality assurance improve the draft?

Answered from the letter's versions: the manager's QA is the change from the first
draft to the next version, the coordinator's the change from the last draft to
the final letter (with a single earlier draft, the change is credited to q4 and
q5 is not known). A version improved the letter when the rules find fewer faults
in it; an unchanged text did not improve it. Without drafts the answer is not
known, as it is for the inspectorate when no drafts are on file.
"""

from assistant.checks.context import CheckContext
from assistant.checks.overall import MINOR, SERIOUS
from assistant.judge import Answer


def check(context: CheckContext, judge_text) -> list[Answer]:
    """Answer q4 and q5; ``judge_text`` returns the rules' codes for a text."""
    drafts = context.record.drafts or []
    if not drafts:
        reason = "no earlier drafts are on file"
        return [
            context.answer("q4", "not_known", reason, confidence=0.9),
            context.answer("q5", "not_known", reason, confidence=0.9),
        ]

    versions = [*drafts, context.record.letter]
    faults = [_faults(judge_text(text)) for text in versions]
    if len(drafts) == 1:
        # One earlier draft: the change cannot be split between the two reviews.
        change = _compare("q4", "quality assurance", *versions, *faults)
        unknown = (
            "one draft on file: the coordinator's own changes cannot be told apart"
        )
        return [
            context.answer(*change, confidence=0.45),
            context.answer("q5", "not_known", unknown, confidence=0.6),
        ]
    manager = _compare(
        "q4", "the manager's QA", versions[0], versions[1], faults[0], faults[1]
    )
    coordinator = _compare(
        "q5", "the coordinator's QA", versions[-2], versions[-1], faults[-2], faults[-1]
    )
    return [
        context.answer(*manager, confidence=0.5),
        context.answer(*coordinator, confidence=0.5),
    ]


def _compare(question, who, before, after, faults_before, faults_after):
    if before.strip() == after.strip():
        return question, "no", f"{who} left the text unchanged"
    fixed = sorted(faults_before - faults_after)
    added = sorted(faults_after - faults_before)
    if fixed and not added:
        return question, "yes", f"{who} fixed: {', '.join(fixed)}"
    if added and not fixed:
        return question, "no", f"{who} introduced: {', '.join(added)}"
    before_list = ", ".join(sorted(faults_before)) or "none"
    after_list = ", ".join(sorted(faults_after)) or "none"
    reason = (
        f"{who} changed the text; faults before: {before_list}; after: {after_list}"
    )
    return question, "no", reason


def _faults(codes: dict[str, str]) -> set[str]:
    faulty = {**SERIOUS, **MINOR}
    found = {key for key, bad in faulty.items() if codes.get(key) == bad}
    if codes.get("q19", "no") != "no":
        found.add("q19")
    return found
