"""Annex A q17: are other agencies signposted, with contact details, where needed?

Another agency is involved when the letter says part of the complaint is for that
agency, or when the complaint itself finds fault with it. Signposting is adequate
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
    r"(?:actions?|conduct|decisions?)|directly (?:to|with)|their own complaints?"
)
CONTACT = re.compile(
    r"\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|(?:https?://|www\.)\S+|"
    r"\b[\w.-]+@[\w-]+\.[\w.]+|\b[a-z0-9-]+\.(?:gov|org|co)\.uk\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    re.I,
)
FAULT = re.compile(
    r"never|didn't|did not|failed|rude|no one|nobody|unhappy|complain|ignored|lost|"
    r"wasn't|was not|refused|let down|disgrace|appalling|not told|wasn't told|"
    r"not kept|no update|unprofessional|dismissive|shouted|left me"
)
COMPLAINT_TARGETS = {
    "Police force complaints": re.compile(
        r"\bpolice\b|\bofficers?\b|\bdetective\b|\bd[cs]\s+[A-Z]|\bpc\s+[A-Z]", re.I
    ),
    "HM Courts": re.compile(
        r"court staff|\busher\b|listing office|court office|hmcts|court clerk", re.I
    ),
    "Citizens Advice Witness Service": re.compile(r"witness service", re.I),
    "Probation Service": re.compile(r"\bprobation\b", re.I),
    "HM Prison": re.compile(r"\bprison\b", re.I),
    "Judicial Conduct": re.compile(r"\bjudge\b[^.]{0,60}\b(?:rude|dismissive)", re.I),
}
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
    from_letter: bool


def find_signposts(context: CheckContext) -> list[Signpost]:
    """Return each agency involved in the complaint and whether it is signposted."""
    involved = _attributed_in_letter(context) | _faulted_in_complaint(context)
    return [
        _signpost(context, name, name in _attributed_in_letter(context))
        for name in sorted(involved)
    ]


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
            if agency.pattern.search(sentence.text):
                names.add(agency.name)
    return names


def _faulted_in_complaint(context: CheckContext) -> set[str]:
    complaint = context.complaint
    if complaint is None:
        return set()
    names = set()
    for sentence in complaint.sentences:
        if not FAULT.search(sentence.text.lower()):
            continue
        for prefix, pattern in COMPLAINT_TARGETS.items():
            if pattern.search(sentence.text):
                names.add(_agency_named(prefix).name)
    return names


def _signpost(context: CheckContext, name: str, from_letter: bool) -> Signpost:
    family = [_agency_named(p) for p in FAMILIES.get(_prefix(name), (name,))]
    mentions = [
        match
        for agency in family
        for match in agency.pattern.finditer(context.letter.text)
    ]
    if not mentions:
        return Signpost(_agency_named(name), None, False, from_letter)
    contact = any(_contact_near(context, m.start()) for m in mentions)
    first = min(mentions, key=lambda m: m.start())
    return Signpost(
        _agency_named(name), (first.start(), first.end()), contact, from_letter
    )


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
    return next((p for p in FAMILIES if name.startswith(p)), name)


def _short(agency: Agency) -> str:
    acronym = re.search(r"\(([A-Z]{2,6})\)", agency.name)
    return acronym.group(1) if acronym else re.sub(r"\s*\(.*", "", agency.name)
