"""The proposed reply structure and the closing paragraph it ends with."""

import pytest

from assistant.closing_paragraphs import closing_paragraph
from assistant.errors import KnowledgeError
from assistant.guidance_citations import cite_section
from assistant.reply_structure import IssuePlan, propose_structure

ISSUES = [
    IssuePlan("Nobody told me the trial had been moved", "service", "upheld"),
    IssuePlan("The police lost my statement and never called back", "service"),
    IssuePlan("Why was the charge reduced to common assault?", "legal", "not upheld"),
]


@pytest.mark.parametrize(
    ("stage", "kind", "must", "must_not"),
    [
        (
            1,
            "legal",
            "within one calendar month of the date of this letter",
            "Assessor",
        ),
        (
            1,
            "mixed",
            "within one calendar month of the date of this letter",
            "Assessor",
        ),
        (2, "legal", "end", "Independent Assessor of Complaints to review"),
        (2, "service", "Independent Assessor", "20 working days"),
        (2, "mixed", "legal decision", "20 working days"),
    ],
)
def test_when_a_closing_is_asked_for_then_it_fits_the_stage_and_type(
    stage, kind, must, must_not
):
    closing = closing_paragraph(stage, kind)

    assert must in closing.text
    assert must_not not in closing.text
    assert closing.citation.document == "writing-the-reply.md"


def test_when_issues_are_known_then_each_gets_a_headed_section_in_order():
    sections = propose_structure(1, "mixed", ISSUES, loss_or_distress=False)

    headings = [s.heading for s in sections]
    assert headings[0] == "Opening"
    assert headings[1].startswith("1. Nobody told me")
    assert headings[3].startswith("3. Why was the charge reduced")
    assert "is upheld" in sections[1].suggested_text
    assert "[upheld / partly upheld / not upheld]" in sections[2].suggested_text
    assert headings[-1] == "What you can do next"


def test_when_a_failing_is_upheld_then_an_apology_and_remedy_section_follows():
    sections = propose_structure(1, "service", ISSUES, loss_or_distress=False)

    apology = next(s for s in sections if s.heading.startswith("Our apology"))
    assert "goodwill payment" not in apology.suggested_text
    assert "What a real apology contains" in [c.section for c in apology.citations]


def test_when_a_service_failing_caused_loss_then_a_goodwill_payment_is_prompted():
    sections = propose_structure(1, "service", ISSUES, loss_or_distress=True)

    apology = next(s for s in sections if s.heading.startswith("Our apology"))
    assert "goodwill payment of [amount]" in apology.suggested_text


def test_when_nothing_is_upheld_then_there_is_no_apology_section():
    issues = [IssuePlan("Why did you drop the case?", "legal", "not upheld")]

    sections = propose_structure(2, "legal", issues, loss_or_distress=True)

    assert not any(s.heading.startswith("Our apology") for s in sections)


def test_when_an_issue_belongs_to_the_police_then_contact_details_are_given():
    sections = propose_structure(1, "mixed", ISSUES, loss_or_distress=False)

    police = next(s for s in sections if s.heading.startswith("Matters for"))
    assert "Police" in police.heading
    assert "http" in police.suggested_text


def test_when_a_section_is_not_in_the_guidance_then_citing_it_fails_clearly():
    with pytest.raises(KnowledgeError, match="no section 'Made up'"):
        cite_section("writing-the-reply.md", "Made up")
