"""Judges that ask a language model: ``llm`` and ``hybrid``.

One call per letter answers every question the model may decide. Names are
pseudonymised before the call and restored after; each answer's quote must be
found word for word in the letter or the answer is dropped and counted. The
prohibited-name check (q19) and the time-limit check (q18.1) always stay with the
rules. With no model configured, or when the call fails, the result is the rules
result, marked as such.
"""

import json
import logging
import re

from pydantic import BaseModel, ValidationError

from assistant import __version__
from assistant.call_cache import CallCache
from assistant.case_roster import build_roster
from assistant.catalogue import load_catalogue
from assistant.errors import PseudonymisationError
from assistant.judge import Answer, Judgement
from assistant.language import ParsedText
from assistant.letters import LetterRecord
from assistant.openai_models import ChatClient, ModelCallError
from assistant.prompt_templates import load_prompt
from assistant.pseudonymisation import Pseudonymiser
from assistant.rules_judge import RulesJudge

logger = logging.getLogger(__name__)

RULES_ONLY = {"q18_1", "q19"}
RULES_AUTHORITATIVE = {"q6", "q8", "q10_1", "q17", "q18", "q18_1", "q19", "q20"}
NOT_ASKED = {"q1", "q2", "q3", "q4", "q5"}
PROMPT = "letter_judge"
JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class ModelAnswer(BaseModel):
    """One answer as the model gives it."""

    answer: str
    quote: str = ""
    reason: str = ""


class ModelReply(BaseModel):
    """The model's whole reply for one letter."""

    answers: dict[str, ModelAnswer]


class ModelJudge:
    """Answers from a language model, checked against the letter."""

    name = "llm"

    def __init__(self, chat: ChatClient | None, cache: CallCache | None = None):
        self.chat = chat
        self.cache = cache
        self.prompt = load_prompt(PROMPT)
        self.rules = RulesJudge()
        model = chat.name if chat else "none"
        self.version = f"{__version__}; prompt {self.prompt.key}; model {model}"

    def judge(
        self, record: LetterRecord, parsed: ParsedText | None = None
    ) -> Judgement:
        """Return the model's checked answers, or the rules' when it cannot answer."""
        rules = self.rules.judge(record, parsed)
        if self.chat is None:
            return _fallback(rules, "no model configured")

        try:
            reply, pseudonymiser = self._ask(record)
        except (ModelCallError, PseudonymisationError) as error:
            return _fallback(rules, str(error))

        answers, notes = _checked(reply, pseudonymiser, record.letter)
        for key in RULES_ONLY & rules.answers.keys():
            answers[key] = rules.answers[key]
        return self._judgement(record, self._combine(rules, answers), notes)

    def _combine(self, rules: Judgement, model: dict[str, Answer]) -> dict[str, Answer]:
        return model

    def _judgement(self, record, answers, notes) -> Judgement:
        return Judgement(
            letter_id=record.id,
            judge=self.name,
            version=self.version,
            answers=answers,
            notes=notes,
        )

    def _ask(self, record: LetterRecord) -> tuple[ModelReply, Pseudonymiser]:
        pseudonymiser = Pseudonymiser(roster=build_roster(record))
        letter = pseudonymiser.pseudonymise(record.letter)
        complaint = pseudonymiser.pseudonymise(record.complaint)
        system, user = self.prompt.render(
            questions=_question_list(),
            stage=str(record.stage),
            complaint_type=record.complaint_type,
            accessibility_needs=record.accessibility_needs or "none identified",
            complaint=_as_data(complaint),
            letter=_as_data(letter),
        )
        return _parse(self._reply(system, user)), pseudonymiser

    def _reply(self, system: str, user: str) -> str:
        key = CallCache.key(self.prompt.key, self.chat.name, system, user)
        cached = self.cache.get(key) if self.cache else None
        if cached is not None:
            return cached
        reply = self.chat.complete(system, user, purpose=PROMPT)
        if self.cache:
            self.cache.put(key, reply)
        return reply


class HybridJudge(ModelJudge):
    """Rules where the rules are authoritative, the model everywhere else."""

    name = "hybrid"

    def _combine(self, rules: Judgement, model: dict[str, Answer]) -> dict[str, Answer]:
        answers = dict(rules.answers)
        for key, answer in model.items():
            if key not in RULES_AUTHORITATIVE:
                answers[key] = answer
        return answers


def _fallback(rules: Judgement, why: str) -> Judgement:
    logger.info("model judge fell back to rules reason=%s", why.split(";")[0])
    return rules.model_copy(update={"notes": {"fallback": why}})


def _question_list() -> str:
    lines = []
    for question in load_catalogue().questions:
        if question.free_text or question.key in NOT_ASKED | RULES_ONLY:
            continue
        lines.append(
            f"- {question.key}: {question.text} [{', '.join(question.answers)}]"
        )
    return "\n".join(lines)


def _as_data(text: str) -> str:
    """Stop untrusted text from closing the tags that frame it."""
    return text.replace("</", "<\u200b/")


def _parse(reply: str) -> ModelReply:
    match = JSON_OBJECT.search(reply)
    if not match:
        raise ModelCallError("the model's reply held no JSON object")
    try:
        return ModelReply.model_validate(json.loads(match.group()))
    except (json.JSONDecodeError, ValidationError):
        raise ModelCallError(
            "the model's reply did not fit the answer format"
        ) from None


def _checked(reply: ModelReply, pseudonymiser: Pseudonymiser, letter: str):
    catalogue = load_catalogue()
    answers: dict[str, Answer] = {}
    notes = {"dropped_unquoted": 0, "dropped_invalid": 0}
    for key, given in reply.answers.items():
        if key in RULES_ONLY or key in NOT_ASKED or not _allowed(catalogue, key, given):
            notes["dropped_invalid"] += 1
            continue
        span = _find(letter, pseudonymiser.restore(given.quote))
        if span is None:
            notes["dropped_unquoted"] += 1
            continue
        answers[key] = Answer(
            question=key,
            answer=given.answer,
            reason=pseudonymiser.restore(given.reason)[:300],
            evidence=letter[span[0] : span[1]],
            start=span[0],
            confidence=0.7,
            source="model",
        )
    return answers, notes


def _allowed(catalogue, key: str, given: ModelAnswer) -> bool:
    try:
        question = catalogue.get(key)
    except KeyError:
        return False
    return not question.free_text and given.answer in question.answers


def _find(letter: str, quote: str) -> tuple[int, int] | None:
    """Return where the quote stands in the letter; only line breaks may differ."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), letter)
    return match.span() if match else None
