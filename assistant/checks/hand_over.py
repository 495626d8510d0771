"""Which other agencies the letter hands part of the complaint to.

An agency is involved when a clause of the letter gives it the matter: "a matter
for the police", "run by HM Courts & Tribunals Service, not the CPS", "you may wish
to apply to the Criminal Cases Review Commission". An agency named in passing ("the
prosecutor spoke to the officer in the case") is not handed anything.
"""

import re
from collections import defaultdict

from assistant.agencies import Agency, load_directory
from assistant.language import ParsedText

HAND_OVER = re.compile(
    r"matters? for|responsibility|outside (?:the |our )?(?:cps's |our )?(?:remit|"
    r"control)|not (?:something|a matter|an issue|able|in a position)|(?:cannot|can't|"
    r"unable to|not able to) (?:comment|deal|answer|investigate|respond|look into|"
    r"consider)|you (?:may|might|can|could|should) (?:also )?(?:wish to |want to )?"
    r"(?:contact|complain|raise|write|approach|get in touch|refer|make a complaint|"
    r"speak|apply|go to|seek)|(?:handled|dealt with|run|done|carried out|employed|"
    r"collected|enforced|managed|administered|arranged) by|(?:support|help|"
    r"services?|care|advice|assistance)\b[^,;]{0,40}?\b(?:provided|offered|given) by|"
    r"decision (?:was|is) (?:one )?for|relates? to (?:the )?(?:actions?|conduct|"
    r"decisions?)|directly (?:to|with)|their own complaints?|"
    r"\b(?:is|are|was|were) (?:a matter |one |entirely )?for\b|belongs? to|"
    r"\b(?:is|are) by\b|\b(?:is|are|lies|rests) (?:now )?with\b|not (?:the cps|us|"
    r"ours)|rather than (?:by )?(?:the cps|us)|not part of the cps|"
    r"independent of the cps"
)
# "X is responsible" hands the matter to X only when X is the one responsible.
RESPONSIBLE = re.compile(
    r"\b(?:is|are|was|were|be|remains?)\s+(?:\w+\s+){0,3}?responsible\b"
)
# Aliases too general to show a hand-over unless a hand-over phrase leads to them.
# Known gap: "the court" handed a matter in other words ("it is for the court's
# fines office") is missed.
GENERIC_ALIASES = {"the court", "the commission", "the ombudsman", "the prison"}
GIVEN_TO = re.compile(
    r"(?:matters? for|responsibility of|(?:handled|dealt with|run|collected|"
    r"enforced|managed|administered|arranged|listed) by|(?:is|are|lies|rests) "
    r"(?:now )?with)\s+$"
)
# A judicial decision "for the court" is not something HMCTS can be asked about.
JUDICIAL = re.compile(
    r"\b(?:sentenc\w*|verdict|conviction|convict\w*|ruling|acquitt\w*|bail|"
    r"judge\w*|jury|plea|decision|decid\w*)\b"
)
EXTRA_NAMES = {"Police force complaints": re.compile(r"\bpolice\b", re.I)}
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?=(?:which|who|so|and|but|as|because|although|while|whereas|though|"
    r"however)\b)"
)
# Agencies a letter names as the next step of the CPS process, not as signposting.
PROCESS_BODIES = ("Parliamentary and Health",)


def find_hand_overs(letter: ParsedText) -> dict[str, list[tuple[int, int]]]:
    """Return each agency the letter hands a matter to, with where it is named."""
    found = defaultdict(list)
    for start, end in _clauses(letter):
        clause = letter.text[start:end]
        for agency in load_directory():
            if agency.name.startswith(PROCESS_BODIES):
                continue
            for left, right in _handed_to(agency, clause):
                found[agency.name].append((start + left, start + right))
    return dict(found)


def mentions_of(agency: Agency, text: str) -> list[tuple[int, int]]:
    """Return the spans where ``text`` names ``agency``, generic aliases aside."""
    return [
        span
        for span in _all_mentions(agency, text)
        if text[span[0] : span[1]].lower() not in GENERIC_ALIASES
    ]


def _handed_to(agency: Agency, clause: str) -> list[tuple[int, int]]:
    lower = clause.lower()
    cue = HAND_OVER.search(lower)
    responsible = RESPONSIBLE.search(lower)
    spans = []
    for left, right in _all_mentions(agency, clause):
        if lower[left:right] in GENERIC_ALIASES:
            handed = _generic_handed_to(lower[:left])
        else:
            handed = bool(cue) or bool(responsible and right <= responsible.start())
        if handed:
            spans.append((left, right))
    return spans


def _generic_handed_to(before: str) -> bool:
    given = GIVEN_TO.search(before)
    if not given:
        return False
    # What is handed over: the words since the last clause break or conjunction.
    subject = re.split(r",|\b(?:and|but|that|so)\b", before[: given.start()])[-1]
    return not JUDICIAL.search(subject)


def _all_mentions(agency: Agency, text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in agency.pattern.finditer(text)]
    extra = next((p for n, p in EXTRA_NAMES.items() if agency.name.startswith(n)), None)
    if extra:
        spans += [(m.start(), m.end()) for m in extra.finditer(text)]
    return sorted(spans)


def _clauses(letter: ParsedText) -> list[tuple[int, int]]:
    clauses = []
    for sentence in letter.sentences:
        cuts = [m.end() for m in CLAUSE_BREAK.finditer(sentence.text)]
        bounds = [0, *cuts, len(sentence.text)]
        clauses += [
            (sentence.start + a, sentence.start + b)
            for a, b in zip(bounds, bounds[1:], strict=False)
            if a < b
        ]
    return clauses
