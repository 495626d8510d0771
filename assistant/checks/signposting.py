"""Annex A q17: are other agencies signposted, with contact details, where needed?

Another agency is involved when the letter says part of the complaint is for that
agency (a matter for the police, the court's responsibility). Signposting is adequate
only when the letter names every such agency and gives a way to reach it (phone,
web address, email or postal address) in the same or the next paragraph as any
place that names it, which includes a closing list of contacts.

An agency is also involved when the complaint plainly raises a part only it can
answer (the police "never took my statement", a sentence "too soft", a conviction
to be "overturned"), even if the letter never mentions it.

Known gap: a part the complaint raises in other words is not found, and a hand-over
of something the CPS itself did (asking for the adjournment) is taken at its word.
"""

import re
from dataclasses import dataclass

from assistant.agencies import Agency, load_directory
from assistant.checks.agency_names import all_mentions
from assistant.checks.complaint_asks import agencies_asked_about
from assistant.checks.contact_details import contact_near
from assistant.checks.context import CheckContext
from assistant.checks.hand_over import find_hand_overs, mentions_of
from assistant.judge import Answer

QUESTION = "q17"
# "it was the CPS, not South Wales Police, that made the decision", "it is our
# responsibility, not the police's, to tell the victim".
OURS_NOT_THEIRS = re.compile(
    r"\b(?:it was|it is|was|is) (?:the cps|us|our (?:\w+ )?(?:decision|"
    r"responsibility|job|duty|mistake|failing|fault)),? not (?:the )?(?:[\w']+ )"
    r"{0,2}(?:police|court|theirs|the police's)\b|\bit was not for the police\b"
)

FAMILIES = {
    "Police force complaints": ("Police force complaints", "Independent Office"),
    "Independent Office": ("Police force complaints", "Independent Office"),
}


@dataclass(frozen=True)
class Signpost:
    """An agency involved in the complaint and how the letter deals with it."""

    agency: Agency
    mention: tuple[int, int] | None
    has_contact: bool


def find_signposts(context: CheckContext) -> list[Signpost]:
    """Return each agency involved in the complaint and whether it is signposted."""
    owned = [m.span() for m in OURS_NOT_THEIRS.finditer(context.letter.lower)]
    hand_overs = _outside(find_hand_overs(context.letter), owned)
    # Where the letter shows a matter blamed on another body was the CPS's own,
    # the complaint's blame does not make that body involved.
    asked = set() if owned else agencies_asked_about(context.complaint)
    for prefix in asked:
        name = _agency_named(prefix).name
        if not any(agency.name in hand_overs for agency in _family(name)):
            hand_overs.setdefault(name, [])
    mentions = {
        name: _mentions(context, name, spans) for name, spans in hand_overs.items()
    }
    return [
        _signpost(context, name, spans, _others(context, name, mentions))
        for name, spans in sorted(mentions.items())
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


def _outside(hand_overs: dict, owned: list[tuple[int, int]]) -> dict:
    """Drop the hand-overs that only say the matter was not the other body's."""
    kept = {}
    for name, spans in hand_overs.items():
        left = [s for s in spans if not any(a <= s[0] < b for a, b in owned)]
        if left:
            kept[name] = left
    return kept


def _mentions(
    context: CheckContext, name: str, handed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return where the letter names the agency or hands it a matter."""
    text = context.letter.text
    named = [span for agency in _family(name) for span in mentions_of(agency, text)]
    return sorted({*handed, *named})


def _others(context: CheckContext, name: str, mentions: dict) -> tuple[int, ...]:
    """Return where other involved agencies are named, general names such as a
    court's included, leaving out the family and any agency named in one sentence
    with this one ("the Witness Service, which is run by Citizens Advice")."""
    family = {agency.name for agency in _family(name)}
    own = mentions[name]
    others = []
    for other, spans in mentions.items():
        if other in family or _beside(context, own, spans):
            continue
        named = all_mentions(_agency_named(other), context.letter.text)
        others.extend(start for start, _ in {*spans, *named})
    return tuple(others)


def _beside(context: CheckContext, own: list, spans: list) -> bool:
    sentences = {context.letter.sentence_at(start).index for start, _ in own}
    return any(context.letter.sentence_at(s).index in sentences for s, _ in spans)


def _signpost(
    context: CheckContext, name: str, mentions: list, others: tuple[int, ...]
) -> Signpost:
    if not mentions:
        return Signpost(_agency_named(name), None, False)
    letter = context.letter
    contact = any(contact_near(letter, start, others) for start, _ in mentions)
    return Signpost(_agency_named(name), mentions[0], contact)


def _family(name: str) -> list[Agency]:
    """Return the agency and those answering for the same matters (a force and
    the IOPC)."""
    return [_agency_named(p) for p in FAMILIES.get(_prefix(name), (name,))]


def _agency_named(prefix: str) -> Agency:
    # "Citizens Advice" is an agency of its own, not the start of the Witness Service.
    agencies = load_directory()
    exact = [agency for agency in agencies if agency.name == prefix]
    for agency in exact or agencies:
        if agency.name.startswith(prefix):
            return agency
    raise LookupError(prefix)


def _prefix(name: str) -> str:
    return next((p for p in FAMILIES if name.startswith(p)), name)


def _short(agency: Agency) -> str:
    acronym = re.search(r"\(([A-Z]{2,6})\)", agency.name)
    return acronym.group(1) if acronym else re.sub(r"\s*\(.*", "", agency.name)
