"""Parts of a complaint that only another agency can answer, read from its words.

A letter that says nothing about such a part still owes the complainant a
signpost. Only plain requests or plain fault with the other body count (the police
"never took my statement", a sentence "too soft", a conviction to be "overturned"),
not every mention of it.
"""

import re

from assistant.agencies import find_agency, load_directory
from assistant.checks.agency_names import all_mentions, is_generic
from assistant.language import ParsedText

# "My barrister never saw the statement" finds no fault with the barrister.
NOT_PERCEIVED = r"(?!\s+(?:saw|see|seen|received?|get|got|had|have|knew|know|heard))"
# What a complainant blames another body for in its own right: an officer who
# never returned calls, a force that never arrested, a service whose calls stopped.
# Not being told of a decision is left out: that is often the CPS's own failing.
FAULT = re.compile(
    r"\bnever (?:once )?(?:returned|rang|called|came|arrested|investigated|took|"
    r"checked|followed)\b|\b(?:didn't|did not|failed to|refused to|won't|would not|"
    r"wouldn't) (?:return|ring|call|come|arrest|investigate|take|check|follow|do)\b|"
    r"\btook a note and (?:went|left)\b|\b(?:lost|ignored) (?:my|our|the|his|her)\b|"
    r"\b(?:were|was) (?:rude|dismissive|aggressive)\b|\bcalls? (?:simply |just )?"
    r"stopped\b|\bnobody (?:called|rang) (?:me )?back\b|\bdid nothing\b",
    re.IGNORECASE,
)
FOLLOWS_ON = re.compile(r"^\W*(?:they|he|she|then|but|and)\b", re.IGNORECASE)
OFFICER = re.compile(
    r"\b(?:DC|PC|DS|DI|DCI|Sgt|Detective (?:Constable|Sergeant|Inspector))\s+[A-Z]"
    r"|\bthe officers?\b|\bthe police officers?\b"
)
CPS_ACTOR = re.compile(r"\bcps\b|\bprosecutor\b|\byour (?:office|staff)\b", re.I)
ASKS = {
    "Police force complaints": re.compile(
        r"\b(?:the )?police(?: officers?)? (?:never|didn't|did not|failed|lost|refused|"
        r"haven't|have not|were rude|was rude|ignored|won't|would not|still haven't)\b|"
        r"\bthe officer(?: in (?:the|my) case)? (?:never|didn't|did not|failed|lost|"
        r"was rude|ignored)\b|\bcomplain(?:t|ing)? about the police\b|"
        r"\bthe police's failure|\b(?:nobody|no one|no-one) (?:from|at) the police\b|"
        # Property the police seized and still hold: "I still haven't got it back".
        r"\b(?:police|the met|officers?)\b[^.?!]{0,60}\b(?:took|seized|confiscated|"
        r"kept)\b[^?!]{0,160}?\b(?:back|returned)\b",
        re.IGNORECASE,
    ),
    "Attorney General's Office": re.compile(
        r"\bsentence (?:was|is|seems) (?:far |much |way )?(?:too )?(?:soft|lenient|"
        r"light)\b|\btoo (?:soft|lenient|light) (?:a )?sentence|\bsentence (?:to be )?"
        r"(?:looked at|reviewed) again",
        re.IGNORECASE,
    ),
    "Criminal Cases Review Commission": re.compile(
        r"\b(?:conviction|verdict) (?:to be )?(?:overturned|quashed|reopened|looked at "
        r"again)|\bclear (?:my|his|her) name\b|\bwrongly convicted\b",
        re.IGNORECASE,
    ),
    "Judicial Conduct Investigations Office": re.compile(
        r"\bthe judge(?:'s)? (?:remarks|comments|was rude|was dismissive|insulted|"
        r"behaviour|conduct)\b",
        re.IGNORECASE,
    ),
    "Legal Ombudsman": re.compile(
        r"\b(?:my|his|her|our) (?:own )?(?:solicitor|barrister|defence lawyer)s? "
        rf"(?:(?:never|didn't|did not){NOT_PERCEIVED}|failed|ignored|wouldn't|would "
        r"not|let (?:me|him|her) down)\b|\bdefence solicitors? (?:never|didn't|did "
        rf"not){NOT_PERCEIVED}|\bdefence solicitors? failed\b",
        re.IGNORECASE,
    ),
    "Home Office (immigration": re.compile(r"\bdeport(?:ed|ation)?\b", re.I),
    "Legal Aid Agency": re.compile(
        r"\brefused legal aid\b|\blegal aid (?:was )?refused\b|\bno legal aid\b|"
        r"\b(?:didn't|did not|couldn't|could not) get legal aid\b",
        re.IGNORECASE,
    ),
    "Probation Service": re.compile(
        r"\b(?:not|never|nobody|no one) (?:told|warned|informed)[^.?!]{0,40}"
        r"\breleased\b|\bnever (?:given|offered) (?:the|a) chance to (?:say|have)"
        r"[^.?!]{0,60}\b(?:released|let out)\b|"
        r"\bvictim contact scheme\b|\bprobation (?:never|didn't|did not|failed)\b",
        re.IGNORECASE,
    ),
}


def agencies_asked_about(complaint: ParsedText | None) -> set[str]:
    """Return the directory names of agencies the complaint plainly raises."""
    if complaint is None:
        return set()
    asked = {name for name, pattern in ASKS.items() if pattern.search(complaint.text)}
    return asked | _agencies_at_fault(complaint)


def _agencies_at_fault(complaint: ParsedText) -> set[str]:
    """Return agencies the complaint names beside a fault of their own."""
    found = set()
    sentences = complaint.sentences
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        told = sentence.text
        if FOLLOWS_ON.match(following):
            told += " " + following
        if not FAULT.search(told) or CPS_ACTOR.search(told):
            continue
        found.update(_agencies_named(sentence.text))
    return found


def _agencies_named(text: str) -> set[str]:
    names = {
        agency.name
        for agency in load_directory()
        if any(not is_generic(text[a:b]) for a, b in all_mentions(agency, text))
    }
    if OFFICER.search(text):
        names.add(find_agency("Police force complaints").name)
    return names
