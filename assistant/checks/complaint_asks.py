"""Parts of a complaint that only another agency can answer, read from its words.

A letter that says nothing about such a part still owes the complainant a
signpost. Only plain requests or plain fault with the other body count (the police
"never took my statement", a sentence "too soft", a conviction to be "overturned"),
not every mention of it.
"""

import re

from assistant.language import ParsedText

ASKS = {
    "Police force complaints": re.compile(
        r"\b(?:the )?police(?: officers?)? (?:never|didn't|did not|failed|lost|refused|"
        r"haven't|have not|were rude|was rude|ignored|won't|would not|still haven't)\b|"
        r"\bthe officer(?: in (?:the|my) case)? (?:never|didn't|did not|failed|lost|"
        r"was rude|ignored)\b|\bcomplain(?:t|ing)? about the police\b|"
        r"\bthe police's failure",
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
        r"(?:never|didn't|did not|failed|ignored|wouldn't|would not|let (?:me|him|her) "
        r"down)\b|\bdefence solicitors? (?:never|didn't|did not|failed)\b",
        re.IGNORECASE,
    ),
    "Probation Service": re.compile(
        r"\b(?:not|never|nobody|no one) (?:told|warned|informed)[^.?!]{0,40}"
        r"\breleased\b|"
        r"\bvictim contact scheme\b|\bprobation (?:never|didn't|did not|failed)\b",
        re.IGNORECASE,
    ),
}


def agencies_asked_about(complaint: ParsedText | None) -> set[str]:
    """Return the directory names of agencies the complaint plainly raises."""
    if complaint is None:
        return set()
    return {name for name, pattern in ASKS.items() if pattern.search(complaint.text)}
