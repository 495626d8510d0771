"""Critiques kept in the audit trail, with what produced them.

A critique asked for a stored letter is saved against the version it read, with
the versions of the rules, catalogue, knowledge base, prompt and model.
"""

from sqlalchemy.orm import Session

from assistant.audit_records import CheckRun, Letter, LetterVersion
from assistant.critique import Critique


def record_critique(
    session: Session, letter: Letter, version: LetterVersion, result: Critique, by: str
) -> CheckRun:
    """Store ``result`` as a critique of ``version``."""
    data = result.to_json()
    run = CheckRun(
        letter_id=letter.id,
        version_id=version.id,
        kind="critique",
        rules_version=data["versions"]["rules"],
        catalogue_version=data["versions"]["catalogue"],
        knowledge_version=data["versions"]["knowledge"],
        prompt_version=data["versions"]["prompt"],
        model=data["versions"]["model"],
        answers={"issues": data["issues"], "rewrites": data["rewrites"]},
        findings=data["findings"],
        blocking=sum(f["severity"] == "blocking" for f in data["findings"]),
        run_by=by,
    )
    session.add(run)
    session.flush()
    return run
