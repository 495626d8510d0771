"""A headed structure for the reply, built from the issue ledger and the guidance.

The structure is: an opening that acknowledges what happened to this person; one
headed section per issue with a slot for the finding and the reasons; an apology
and remedy where a failing is found (with a goodwill payment prompt when a service
failing caused loss or distress); signposting, with contact details from the
directory, for issues that belong to another agency; and the correct closing
paragraph for the stage and complaint type.
"""

from dataclasses import dataclass, field

from assistant.agencies import Agency, load_directory
from assistant.checks.signposting import mentions_of
from assistant.closing_paragraphs import closing_paragraph
from assistant.guidance_citations import cite_section
from assistant.retrieval import Citation

GUIDE = "writing-the-reply.md"
UPHELD = ("upheld", "partly upheld")
# Aliases too general to say an issue belongs to that agency.
VAGUE_AGENCIES = ("Citizens Advice", "Parliamentary", "Information Commissioner")


@dataclass(frozen=True)
class IssuePlan:
    """One issue of the complaint as the structure needs it."""

    quote: str
    kind: str = "unclear"
    finding: str | None = None
    topic: str = ""


@dataclass
class StructureSection:
    """One part of the proposed reply: what it is for and words to start from."""

    heading: str
    purpose: str
    suggested_text: str
    citations: list[Citation] = field(default_factory=list)
    source: str = "rules"

    def to_json(self) -> dict:
        """Return the section for JSON output."""
        return {
            "heading": self.heading,
            "purpose": self.purpose,
            "suggested_text": self.suggested_text,
            "citations": [c.to_json() for c in self.citations],
            "source": self.source,
        }


def propose_structure(
    stage: int, complaint_type: str, issues: list[IssuePlan], loss_or_distress: bool
) -> list[StructureSection]:
    """Return the sections of a reply that answers every issue."""
    sections = [_opening(issues)]
    sections += [
        _issue_section(number, issue) for number, issue in enumerate(issues, 1)
    ]

    failings = [issue for issue in issues if issue.finding in UPHELD]
    if failings:
        sections.append(_apology_and_remedy(failings, complaint_type, loss_or_distress))
    for agency, issue in _agencies(issues):
        sections.append(_signposting(agency, issue))
    sections.append(_closing(stage, complaint_type))
    return sections


def _opening(issues: list[IssuePlan]) -> StructureSection:
    first = issues[0].quote if issues else "what happened"
    return StructureSection(
        heading="Opening",
        purpose="Thank the complainant and acknowledge, in words about their own "
        "experience, what happened to them; list the issues you will answer.",
        suggested_text=(
            "Thank you for your letter of [date]. I am sorry for [what happened to "
            f"you, in your own words]. You told us: \u201c{_short(first)}\u201d. "
            "I have looked into each of the points you raised, and I answer them in "
            "turn below."
        ),
        citations=[
            cite_section(GUIDE, "Tailored empathy"),
            cite_section(GUIDE, "Restate each issue in the complainant's own words"),
        ],
    )


def _issue_section(number: int, issue: IssuePlan) -> StructureSection:
    finding = issue.finding or "[upheld / partly upheld / not upheld]"
    return StructureSection(
        heading=f"{number}. {_heading(issue)}",
        purpose="Restate the issue, say whether it is upheld, partly upheld or not "
        "upheld, and give the reasons in plain English.",
        suggested_text=(
            f"You said: \u201c{_short(issue.quote)}\u201d. I have found that this part "
            f"of your complaint is {finding}. [Reasons: what happened, what should "
            "have happened, and why.]"
        ),
        citations=[
            cite_section(GUIDE, "Give each issue its own headed section"),
            cite_section(
                GUIDE,
                "State a finding for every issue: upheld, partly upheld or not upheld",
            ),
        ],
    )


def _apology_and_remedy(
    failings: list[IssuePlan], complaint_type: str, loss_or_distress: bool
) -> StructureSection:
    text = (
        "I am sorry that [say exactly what went wrong]. This should not have "
        "happened because [the standard we should have met]. To put this right, "
        "[the action taken or promised: feedback, a change of practice, records "
        "corrected, a meeting]."
    )
    citations = [
        cite_section(GUIDE, "What a real apology contains"),
        cite_section(GUIDE, "Proportionate remedies"),
    ]
    if loss_or_distress and complaint_type in ("service", "mixed"):
        text += (
            " Because our failing caused you [expense / distress], I would like to "
            "offer you a goodwill payment of [amount] in recognition of it."
        )
        citations.append(cite_section(GUIDE, "Goodwill payments in a reply"))
    return StructureSection(
        heading="Our apology and what we will do",
        purpose=f"Acknowledge the {len(failings)} failing(s) found, accept "
        "responsibility, apologise without conditions and say how it is put right.",
        suggested_text=text,
        citations=citations,
    )


def _signposting(agency: Agency, issue: IssuePlan) -> StructureSection:
    contacts = "; ".join(f"{kind}: {value}" for kind, value in agency.contacts.items())
    return StructureSection(
        heading=f"Matters for {agency.name}",
        purpose="Say which part of the complaint belongs to another agency, why the "
        "CPS cannot deal with it, and how to contact them.",
        suggested_text=(
            f"You also raised \u201c{_short(issue.quote)}\u201d. This is a matter for "
            f"{agency.name} rather than the CPS, because [reason]. You can contact "
            f"them: {contacts or '[contact details]'}."
        ),
        citations=[cite_section(GUIDE, "Signposting another agency in the reply")],
    )


def _closing(stage: int, complaint_type: str) -> StructureSection:
    closing = closing_paragraph(stage, complaint_type)
    return StructureSection(
        heading="What you can do next",
        purpose=f"The next step for a stage {stage} {complaint_type} complaint, with "
        "the one correct time limit where there is one.",
        suggested_text=closing.text,
        citations=[closing.citation],
    )


def _agencies(issues: list[IssuePlan]) -> list[tuple[Agency, IssuePlan]]:
    found, seen = [], set()
    for issue in issues:
        for agency in load_directory():
            if agency.name.startswith(VAGUE_AGENCIES) or agency.name in seen:
                continue
            if mentions_of(agency, issue.quote):
                seen.add(agency.name)
                found.append((agency, issue))
    return found


def _heading(issue: IssuePlan) -> str:
    if issue.topic:
        return issue.topic[:1].upper() + issue.topic[1:]
    words = issue.quote.strip().rstrip(".?!").split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
