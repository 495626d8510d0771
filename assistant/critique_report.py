"""The critique as a legal manager reads it in a terminal."""

from assistant.critique import Critique


def critique_text(result: Critique) -> str:
    """Return the critique as readable text: findings, issues, structure, rewrites."""
    lines = ["FINDINGS"]
    for item in result.findings:
        finding = item.finding
        if finding.severity == "ok":
            continue
        lines.append(
            f"  [{finding.severity.upper()}] {finding.title}: {finding.reason}"
        )
        if finding.evidence:
            lines.append(f'      "{_one_line(finding.evidence)[:160]}"')
        for citation in item.citations:
            lines.append(f"      guidance: {citation.document} > {citation.section}")

    kind, reason = result.suggested_type
    lines += ["", f"ISSUES (suggested complaint type: {kind} - {reason})"]
    for number, entry in enumerate(result.ledger.entries, 1):
        finding = entry.finding.value if entry.finding else "no finding"
        state = f"answered, {finding}" if entry.answered else "NOT ANSWERED"
        lines.append(f'  {number}. "{_one_line(entry.issue.quote)[:140]}" [{state}]')

    lines += ["", "SUGGESTED STRUCTURE"]
    for section in result.structure:
        lines.append(f"  {section.heading}")
        lines.append(f"      {_one_line(section.suggested_text)[:300]}")

    lines += ["", "BETTER WORDING"]
    for rewrite in result.rewrites:
        lines.append(f"  {rewrite.kind} ({rewrite.source}): {rewrite.reason}")
        if rewrite.original:
            lines.append(f'      instead of: "{_one_line(rewrite.original)[:160]}"')
        lines.append(f"      try: {_one_line(rewrite.suggestion)[:300]}")
    lines += ["", "; ".join(result.notes)]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
