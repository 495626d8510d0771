"""Which other agencies the letter hands part of the complaint to.

An agency is involved when a clause of the letter gives it the matter: "a matter
for the police", "sits with HM Courts & Tribunals Service", "the court, not the CPS,
is responsible", "you would need to raise it with Victim Support", "I have passed
your comments to the Probation Service", "only Surrey Police can review it", or the
agency is the one that runs the thing complained about ("the Probation Service runs
it"), or a closing list pairs a matter with it ("- Compensation not being paid: HM
Courts & Tribunals Service, www..."). An agency named in passing ("the prosecutor
spoke to the officer in the case"), in safety advice ("if you feel unsafe, call
101") or for the CPS's own duty (witness expenses) is not handed anything.
"""

import re
from collections import defaultdict

from assistant.agencies import Agency, load_directory
from assistant.checks.agency_names import (
    all_mentions,
    is_generic,
    is_named,
    without_nested_names,
)
from assistant.language import ParsedText, Sentence

PASSED_ON = (
    r"(?:passed|forwarded|sent|referred|shared|copied)\s+(?:on\s+)?(?:a copy of\s+)?"
    r"(?:your\s+(?:comments|concerns|complaint|letter|email|feedback|views)|this|"
    r"these (?:comments|concerns))\s+(?:on\s+)?(?:to|with)"
)
HAND_OVER_PHRASES = (
    # The matter is given to someone: "a matter for", "sits with", "falls to".
    r"matters? for|responsibility|decision (?:was|is) (?:one )?for|belongs? to|"
    r"\b(?:is|are|was|were) (?:a matter |one |entirely )?for\b|\b(?:is|are) by\b|"
    r"\b(?:would|will|should) be (?:a matter |one )?for\b|\btaken up with\b|"
    r"\b(?:raised|pursued) with\b|\b(?:is|are) (?:entirely |completely )?(?:separate|"
    r"independent) (?:from|of) (?:the cps|us)\b|"
    r"\b(?:is|are|lies|rests|sits) (?:now )?with\b|\bfalls? to\b|\bworks? for\b|"
    r"relates? to (?:the )?(?:actions?|conduct|decisions?)|their own complaints?|"
    r"\bonly (?:[\w'&]+ ){1,6}?can\b",
    # Someone else does it: "run by", "employed by", "support provided by".
    r"(?:handled|dealt with|run|done|carried out|employed|collected|enforced|managed|"
    r"administered|arranged) by|(?:support|help|services?|care|advice|assistance)\b"
    r"[^,;]{0,40}?\b(?:provided|offered|given) by",
    # The CPS cannot act on it: "not the CPS", "outside our remit", "cannot comment".
    r"(?:outside|beyond|not within) (?:the |our )?(?:cps's |our )?(?:remit|control|"
    r"powers?)|not (?:something|"
    r"a matter|an issue|able|in a position)|(?:cannot|can't|unable to|not able to) "
    r"(?:comment|deal|answer|investigate|respond|look into|consider|find out)|"
    r"not (?:for |by |part of )?(?:the cps|us|ours)|rather than (?:by )?(?:the cps|"
    r"us)|independent of the cps|(?:the cps|we) (?:does not|do not|did not|cannot|"
    r"can't|has no|have no) (?:\w+ ){0,2}?(?:employ|manage|run|control|direct|"
    r"supervise|power|authority|role|say)",
    # The complainant is sent there: "you would need to raise it with", "apply to".
    r"you (?:may|might|can|could|should|would|will) (?:also )?(?:need to |wish to |"
    r"want to |have to )?(?:[\w']+ ){0,8}?(?:contact|complain|raise|write|approach|"
    r"get in touch|refer|make a complaint|speak|apply|go to|seek|ask(?! (?:us|me)\b)|"
    r"report)|directly (?:to|with)",
    # The letter sends it on itself: "I have passed your comments to".
    PASSED_ON,
)
HAND_OVER = re.compile("|".join(HAND_OVER_PHRASES))
# "X is responsible" hands the matter to X only when X is the one responsible.
RESPONSIBLE = re.compile(
    r"\b(?:is|are|was|were|be|remains?)\s+(?:\w+\s+){0,3}?responsible\b"
)
# The agency runs the thing complained about: "HMCTS, which runs the court building".
RUNS_IT = re.compile(
    r"^,?\s*(?:which\s+|who\s+)?(?:runs|manages|operates|administers|supervises|"
    r"oversees|employs|handles|deals with|decides|looks after|is in charge of|looks "
    r"(?:at|into) complaints|(?:is|are) (?:entirely |completely )?(?:separate|"
    r"independent) (?:from|of) (?:the cps|us))\b"
)
# A general name ("the court") is handed a matter only by a phrase leading to it,
# or by "not the CPS" straight after it.
# Known gap: "the court" handed a matter in other words ("it is for the court's
# fines office") is missed.
GIVEN_TO = re.compile(
    r"(?:matters? for|responsibility of|(?:handled|dealt with|run|collected|"
    r"enforced|managed|administered|arranged|listed|made|set|fixed) by|(?:is|are|"
    r"lies|rests|sits) "
    rf"(?:now )?with|falls? to|{PASSED_ON}(?:\s+[\w' ]{{0,40}}?\bat)?)\s+$"
)
NOT_THE_CPS = re.compile(r"^,?\s*(?:and\s+)?not\s+(?:by\s+)?(?:the cps|us)\b,?")
# A judicial decision "for the court" is not something HMCTS can be asked about.
JUDICIAL = re.compile(
    r"\b(?:sentenc\w*|verdict|conviction|convict\w*|ruling|acquitt\w*|bail|"
    r"judge\w*|jury|plea|decision|decid\w*)\b"
)
# "a matter for the court to decide" leaves a question to the judge or jury.
COURT_TO_DECIDE = re.compile(r"^\s+to (?:decide|determine|rule|judge|weigh|resolve)\b")
LISTING = re.compile(r"\blist(?:ing|ed)\b|\bwhich (?:day|date)|\bhearing dates?\b")
LIST_ITEM = re.compile(
    r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+(?P<matter>[^:\n]{3,120}):(?P<body>.+)", re.S
)
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?=(?:which|who|so|and|but|as|because|although|while|whereas|though|"
    r"however)\b)"
)
# Prosecution witnesses claim their expenses from the CPS; a letter sending them
# elsewhere misdirects the complainant rather than signposting another agency.
# "Loss of earnings" alone is not enough: the criminal injuries scheme pays it too.
CPS_OWN_MATTER = re.compile(r"\bexpenses\b")
# Safety advice and offers of support point to an agency for the future; no part
# of the complaint is handed to it ("if you feel unsafe, call Kent Police on 101").
SAFETY_OR_SUPPORT = re.compile(
    r"\b(?:your safety|(?:feel|are|be) unsafe|in an emergency|if (?:he|she|they|anyone|"
    r"the defendant) (?:contacts?|approaches|comes near)|find it helpful|if you would "
    r"like (?:support|help|someone to talk to))"
)
# A sentence saying the CPS itself cannot deal with something.
CPS_CANNOT = re.compile(
    r"\b(?:the cps|we) (?:does not|do not|cannot|can't|has no|have no|plays? no|is "
    r"not able to|are not able to)\b(?: \w+){0,3}? (?:role|say|power|powers|authority|"
    r"control|part|involvement|investigate|look into|change|direct|instruct|"
    r"comment)\b|\bnot (?:a matter )?for the cps\b|\boutside (?:the cps's|our) "
    r"(?:remit|control|powers)\b|\b(?:separate from|independent of|not part of) "
    r"(?:the cps|us)\b"
)
# Agencies a letter names as the next step of the CPS process, not as signposting.
PROCESS_BODIES = ("Parliamentary and Health",)


def find_hand_overs(letter: ParsedText) -> dict[str, list[tuple[int, int]]]:
    """Return each agency the letter hands a matter to, with where it is named."""
    found = defaultdict(list)
    for sentence in letter.sentences:
        if SAFETY_OR_SUPPORT.search(sentence.text.lower()):
            continue
        if _about_cps_own_matter(letter, sentence):
            continue
        for name, span in _sentence_hand_overs(letter, sentence):
            found[name].append(span)
        for name, span in _explained_beside(letter, sentence):
            found[name].append(span)
    return without_nested_names(found)


def _explained_beside(letter: ParsedText, sentence: Sentence):
    """Yield agencies named by their own name next to a sentence saying why the
    CPS cannot deal with the matter ("The council decides on rehousing. The CPS
    has no role in housing.")."""
    neighbours = [
        letter.sentences[i].text
        for i in (sentence.index - 1, sentence.index + 1)
        if 0 <= i < len(letter.sentences)
    ]
    if not any(CPS_CANNOT.search(text.lower()) for text in neighbours):
        return
    for agency in _agencies():
        for left, right in mentions_of(agency, sentence.text):
            yield agency.name, (sentence.start + left, sentence.start + right)


def mentions_of(agency: Agency, text: str) -> list[tuple[int, int]]:
    """Return the spans where ``text`` names ``agency``, generic names aside."""
    return [
        span
        for span in all_mentions(agency, text)
        if not is_generic(text[span[0] : span[1]])
    ]


def _sentence_hand_overs(letter: ParsedText, sentence: Sentence):
    named = [a for a in _agencies() if is_named(a, sentence.text)]
    for start, end in _clauses(sentence):
        clause = letter.text[start:end]
        tail = letter.lower[end : sentence.end]
        for agency in named:
            for left, right in _handed_to(agency, clause, tail):
                yield agency.name, (start + left, start + right)

    for agency in named:
        for left, right in _listed_for_a_matter(agency, sentence.text):
            yield agency.name, (sentence.start + left, sentence.start + right)


def _agencies() -> list[Agency]:
    return [a for a in load_directory() if not a.name.startswith(PROCESS_BODIES)]


def _handed_to(agency: Agency, clause: str, tail: str) -> list[tuple[int, int]]:
    lower = clause.lower()
    cue = HAND_OVER.search(lower)
    responsible = RESPONSIBLE.search(lower)
    spans = []
    for left, right in all_mentions(agency, clause):
        if is_generic(clause[left:right]):
            handed = _generic_handed_to(lower[:left], lower[right:])
        else:
            runs_it = RUNS_IT.match(lower[right:] + tail)
            handed = bool(
                cue or runs_it or (responsible and right <= responsible.start())
            )
        if handed:
            spans.append((left, right))
    return spans


def _listed_for_a_matter(agency: Agency, line: str) -> list[tuple[int, int]]:
    # A closing list maps each matter to the body that deals with it:
    # "- Compensation not being paid: HM Courts & Tribunals Service, www...".
    item = LIST_ITEM.match(line)
    if not item or all_mentions(agency, item["matter"]):
        return []
    offset = item.start("body")
    mentions = all_mentions(agency, item["body"])
    return [
        (offset + a, offset + b)
        for a, b in mentions
        if not is_generic(line[offset + a : offset + b])
    ]


def _generic_handed_to(before: str, after: str) -> bool:
    given = GIVEN_TO.search(before)
    not_us = NOT_THE_CPS.match(after)
    if not (given or not_us):
        return False

    # What is handed over: the words since the last clause break or conjunction,
    # or, after "the court, not the CPS,", the rest of the clause.
    if not_us:
        return not _judicial(after[not_us.end() :])
    if COURT_TO_DECIDE.match(after):
        return False
    subject = re.split(r",|\b(?:and|but|that|so)\b", before[: given.start()])[-1]
    return not _judicial(subject)


def _judicial(matter: str) -> bool:
    # Which day a case is heard is the court service's listing, not a judgment.
    return bool(JUDICIAL.search(matter)) and not LISTING.search(matter)


def _about_cps_own_matter(letter: ParsedText, sentence: Sentence) -> bool:
    previous = letter.sentences[sentence.index - 1] if sentence.index else None
    texts = [sentence.text, previous.text if previous else ""]
    return any(CPS_OWN_MATTER.search(text.lower()) for text in texts)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    cuts = [m.end() for m in CLAUSE_BREAK.finditer(sentence.text.lower())]
    bounds = [0, *cuts, len(sentence.text)]
    return [
        (sentence.start + a, sentence.start + b)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if a < b
    ]
