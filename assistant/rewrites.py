"""Better wording for empathy, apology and remedy, each resting on cited guidance.

Without a model the suggestions are templates built from the guidance and the
exemplars; with one, the model tailors them to the letter (names pseudonymised),
and any suggestion that quotes the draft must quote it word for word.
"""

import json
import logging
import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from assistant.checks.remedy import LOSS
from assistant.empathy_quality import find_poor_phrasing, read_apology
from assistant.guidance_citations import cite_section
from assistant.language import ParsedText
from assistant.openai_models import ModelCallError
from assistant.prompt_templates import load_prompt
from assistant.retrieval import Citation

logger = logging.getLogger(__name__)

GUIDE = "writing-the-reply.md"
PROMPT = "critique_rewrites"
JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


@dataclass
class Rewrite:
    """A suggested change of wording and the guidance behind it."""

    kind: str
    original: str | None
    suggestion: str
    reason: str
    citations: list[Citation] = field(default_factory=list)
    source: str = "rules"

    def to_json(self) -> dict:
        """Return the rewrite for JSON output."""
        return {
            "kind": self.kind,
            "original": self.original,
            "suggestion": self.suggestion,
            "reason": self.reason,
            "citations": [c.to_json() for c in self.citations],
            "source": self.source,
        }


class _ModelRewrite(BaseModel):
    kind: str
    original: str = ""
    suggestion: str


class _ModelRewrites(BaseModel):
    rewrites: list[_ModelRewrite]


def rule_rewrites(
    letter: ParsedText, failing: bool, needs_remedy: bool, complaint: str, kind: str
) -> list[Rewrite]:
    """Return template rewrites for the weaknesses the rules found."""
    rewrites = [_empathy(f.sentence.text, f.reason) for f in find_poor_phrasing(letter)]
    apology = read_apology(letter)
    if failing and apology.missing:
        rewrites.append(_apology(apology.missing))
    if needs_remedy:
        rewrites.append(
            _remedy(
                kind in ("service", "mixed") and bool(LOSS.search(complaint.lower()))
            )
        )
    return rewrites


def model_rewrites(chat, pseudonymiser, letter: str, context: dict) -> list[Rewrite]:
    """Ask the model for tailored wording; raise ``ModelCallError`` if it cannot."""
    prompt = load_prompt(PROMPT)
    system, user = prompt.render(
        letter=pseudonymiser.pseudonymise(letter).replace("</", "<\u200b/"),
        issues=pseudonymiser.pseudonymise(context["issues"]),
        problems=context["problems"],
        stage=context["stage"],
        complaint_type=context["complaint_type"],
    )
    reply = chat.complete(system, user, purpose=PROMPT)
    return [
        _from_model(r, pseudonymiser, letter) for r in _parse(reply) if r.suggestion
    ]


def _empathy(original: str, why: str) -> Rewrite:
    return Rewrite(
        kind="empathy",
        original=original,
        suggestion=(
            "I am sorry for [what happened to you, in your words]. [Say what it meant "
            "for you: the wait, the shock, the fear], and I understand why you feel "
            "[how they said they feel]."
        ),
        reason=f"stock or dismissive phrasing ({why}); name what happened to this "
        "person instead",
        citations=[
            cite_section(GUIDE, "Tailored empathy"),
            cite_section(GUIDE, "Empty or dismissive phrasing to avoid"),
        ],
    )


def _apology(missing: list[str]) -> Rewrite:
    return Rewrite(
        kind="apology",
        original=None,
        suggestion=(
            "I am sorry that [say exactly what we did or failed to do]. This happened "
            "because [the reason]. That was our mistake, and [what we have done so it "
            "does not happen again]."
        ),
        reason="the apology lacks: " + ", ".join(missing),
        citations=[
            cite_section(GUIDE, "What a real apology contains"),
            cite_section(GUIDE, "Conditional apologies and non-apologies"),
        ],
    )


def _remedy(goodwill: bool) -> Rewrite:
    suggestion = (
        "To put this right, [the action taken or promised: feedback given to the "
        "lawyer, a change of practice, records corrected, a meeting]."
    )
    citations = [cite_section(GUIDE, "Proportionate remedies")]
    if goodwill:
        suggestion += (
            " Because our failing caused you [expense / distress], I would like to "
            "offer you a goodwill payment of [amount]."
        )
        citations.append(
            cite_section("goodwill-payments.md", "How to word a goodwill payment offer")
        )
    return Rewrite(
        kind="remedy",
        original=None,
        suggestion=suggestion,
        reason="a failing is found but nothing is done to put it right"
        + (
            "; the complaint describes loss, so consider a goodwill payment"
            if goodwill
            else ""
        ),
        citations=citations,
    )


def _parse(reply: str) -> list[_ModelRewrite]:
    match = JSON_OBJECT.search(reply)
    try:
        return _ModelRewrites.model_validate(json.loads(match.group())).rewrites
    except (AttributeError, json.JSONDecodeError, ValidationError):
        raise ModelCallError("the model's rewrites did not fit the format") from None


def _from_model(item: _ModelRewrite, pseudonymiser, letter: str) -> Rewrite:
    original = pseudonymiser.restore(item.original).strip() or None
    if original and " ".join(original.split()) not in " ".join(letter.split()):
        original = None
    kind = item.kind if item.kind in ("empathy", "apology", "remedy") else "empathy"
    sections = {
        "empathy": "Tailored empathy",
        "apology": "What a real apology contains",
        "remedy": "Proportionate remedies",
    }
    return Rewrite(
        kind=kind,
        original=original,
        suggestion=pseudonymiser.restore(item.suggestion),
        reason="wording tailored by the model",
        citations=[cite_section(GUIDE, sections[kind])],
        source="model",
    )
