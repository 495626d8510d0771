"""Annex A q17: are other agencies signposted, with contact details, where needed?

Another agency is involved when the letter says part of the complaint is for that
agency (a matter for the police, the court's responsibility). Signposting is adequate
only when the letter names every such agency and gives a way to reach it (phone,
web address, email or postal address) in the same or the next paragraph.
"""

import re
from dataclasses import dataclass

from assistant.agencies import Agency, load_directory
from assistant.checks.context import CheckContext
from assistant.judge import Answer

QUESTION = "q17"

ATTRIBUTION = re.compile(
    r"matters? for|responsib|outside (?:the |our )?(?:cps's |our )?(?:remit|control)|"
    r"not (?:something|a matter|an issue|able|in a position)|(?:cannot|can't|unable "
    r"to|not able to) (?:comment|deal|answer|investigate|respond|look into|consider)|"
    r"you (?:may|might|can|could|should) (?:wish to |want to )?(?:contact|complain|"
    r"raise|write|approach|get in touch|refer|make a complaint|speak)|handled by|"
    r"dealt with by|run by|decision (?:was|is) (?:one )?for|relates? to (?:the )?"
    r"(?:actions?|conduct|decisions?)|directly (?:to|with)|their own complaints?|"
    r"\b(?:is|are|was|were) (?:a matter |one |entirely )?for\b|belongs? to|"
    r"\b(?:is|are) by\b|responsibility of|not (?:the cps|us|ours)"
)
# Aliases too general to show the letter hands a matter to that agency.
GENERIC_ALIASES = {"the court", "the commission", "the ombudsman", "the prison"}
EXTRA_NAMES = {"Police force complaints": re.compile(r"\bpolice\b", re.I)}
CONTACT = re.compile(
    r"\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|(?:https?://|www\.)\S+|"
    r"\b[\w.-]+@[\w-]+\.[\w.]+|\b[a-z0-9-]+\.(?:gov|org|co)\.uk\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    re.I,
)
FAMILIES = {
    "Police force complaints": ("Police force complaints", "Independent Office"),
    "Independent Office": ("Police force complaints", "Independent Office"),
}
# Agencies a letter names as the next step of the CPS process, not as signposting.
PROCESS_BODIES = ("Parliamentary and Health",)


@dataclass(frozen=True)
class Signpost:
    """An agency involved in the complaint and how the letter deals with it."""

    agency: Agency
    mention: tuple[int, int] | None
    has_contact: bool


def find_signposts(context: CheckContext) -> list[Signpost]:
    """Return each agency involved in the complaint and whether it is signposted."""
    attributed = _attributed_in_letter(context)
    return [_signpost(context, name) for name in sorted(attributed)]


def mentions_of(agency: Agency, text: str) -> list[tuple[int, int]]:
    """Return the spans where ``text`` names ``agency``, generic aliases aside."""
    spans = [
        (m.start(), m.end())
        for m in agency.pattern.finditer(text)
        if m.group().lower() not in GENERIC_ALIASES
    ]
    extra = EXTRA_NAMES.get(_prefix(agency.name))
    if extra:
        spans += [(m.start(), m.end()) for m in extra.finditer(text)]
    return sorted(spans)


def check(context: CheckContext) -> Answer:
    """Answer q17 for the letter."""
    signposts = find_signposts(context)
    if not signposts:
        reason = "no other agency is involved in the complaint"
        return context.answer(QUESTION, "not_applicable", reason, confidence=0.7)

    missing = [s for s in signposts if not s.has_contact]
    if not missing:
        names = ", ".join(_short(s.agency) for s in signposts)
        reason = f"signposts {names} with contact details"
        return context.answer(QUESTION, "yes", reason, signposts[0].mention, 0.8)

    first = missing[0]
    if first.mention is None:
        agency = _short(first.agency)
        reason = f"the complaint involves {agency}; the letter does not name it"
    else:
        reason = f"names {_short(first.agency)} but gives no contact details"
    return context.answer(QUESTION, "no", reason, first.mention, 0.75)


def _attributed_in_letter(context: CheckContext) -> set[str]:
    lower = context.letter.lower
    names = set()
    for sentence in context.letter.sentences:
        text = lower[sentence.start : sentence.end]
        if not ATTRIBUTION.search(text):
            continue
        for agency in load_directory():
            if agency.name.startswith(PROCESS_BODIES):
                continue
            if mentions_of(agency, sentence.text):
                names.add(agency.name)
    return names


def _signpost(context: CheckContext, name: str) -> Signpost:
    family = [_agency_named(p) for p in FAMILIES.get(_prefix(name), (name,))]
    mentions = sorted(
        span for agency in family for span in mentions_of(agency, context.letter.text)
    )
    if not mentions:
        return Signpost(_agency_named(name), None, False)
    contact = any(_contact_near(context, start) for start, _ in mentions)
    return Signpost(_agency_named(name), mentions[0], contact)


def _contact_near(context: CheckContext, offset: int) -> bool:
    paragraphs = _paragraphs(context.letter.text)
    for index, (start, end) in enumerate(paragraphs):
        if start <= offset < end:
            window_end = (
                paragraphs[index + 1][1] if index + 1 < len(paragraphs) else end
            )
            return bool(CONTACT.search(context.letter.text[start:window_end]))
    return False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _agency_named(prefix: str) -> Agency:
    for agency in load_directory():
        if agency.name.startswith(prefix):
            return agency
    raise LookupError(prefix)


def _prefix(name: str) -> str:
    known = [*FAMILIES, *EXTRA_NAMES]
    return next((p for p in known if name.startswith(p)), name)


def _short(agency: Agency) -> str:
    acronym = re.search(r"\(([A-Z]{2,6})\)", agency.name)
    return acronym.group(1) if acronym else re.sub(r"\s*\(.*", "", agency.name)
