"""The kind of an issue, legal or service, and the cue words that decide it.

An issue is legal when it argues a prosecution decision (charge, plea, evidence,
sentence, what the advocate did in court), service when it is about how the
complainant was dealt with.
"""

import re
from enum import StrEnum

from assistant.grievance_phrases import (
    COMMUNICATION_VERBS,
    GAVE_DETAILS_AWAY,
    NEGATED,
    SENT_ASTRAY,
    phrases,
)


class IssueKind(StrEnum):
    """What an issue is about, as the complaints process sorts it."""

    LEGAL = "legal"
    SERVICE = "service"
    UNCLEAR = "unclear"


DOCUMENTS = (
    r"\b(?:papers|documents?|statements?|file|form|claim|property|exhibits?|"
    r"originals?|letters?|box(?:es)?|receipts?|photographs?|phone|laptop)\b"
)
OFFENCES = (
    r"\b(?:murder|manslaughter|attempted murder|rape|sexual assault|assault|gbh|abh|"
    r"wounding|grievous bodily harm|actual bodily harm|dangerous driving|careless "
    r"driving|drink driving|death by|theft|burglary|robbery|fraud|harassment|"
    r"stalking|criminal damage|threats to kill|affray|public order|racially "
    r"aggravated|hate crime|possession with intent)\b"
)

# Kind cues, in the order they are tried: the first group that matches decides.
# Being told, consulted and treated well comes before the decision it concerns:
# "nobody told me the case was dropped" is about service, not the dropping.
KIND_CUES: tuple[tuple[IssueKind, re.Pattern], ...] = (
    (
        IssueKind.SERVICE,
        phrases(
            r"\b(?:victim personal|impact) statement",
            r"\b(?:read|reading) (?:out )?(?:my|our|her|his|the) statement",
            r"\bin (?:my|our|her) statement",
            r"\b(?:special measures|screen|intermediary|interpreter|expenses|"
            r"travel\w*|parking|witness care|bail conditions|case papers)\b",
            r"\b(?:offered|given|any|no|victim) support\b|\bsupport (?:service|worker)",
            r"\b(?:home|new|old) address|\bphone number|\bmy name\b",
            r"\bname (?:was )?read out\b",
            r"\b(?:someone else's|meant for|only in english|unredacted)\b",
            r"\bwithout (?:any )?(?:redact\w*|consent|permission)",
            r"\baddressed (?:\w+ ){0,3}?as\b",
            r"\bread (?:my|our) (?:messages|emails|letters)\b",
            DOCUMENTS + r"[^.?!]{0,40}?\b(?:lost|missing|misplaced)\b",
            r"\blost (?:in the system|(?:my|our|the|her|his) " + DOCUMENTS + ")",
            r"\bcan(?:not|'t) (?:be )?f(?:i|ou)nd\b|\bcan find\b",
            r"\b(?:offer of a|no) meeting\b|\bmeet (?:us|me|with us|with me)\b",
            r"\bwhat does\b[^?]{1,40}\bmean\b",
            GAVE_DETAILS_AWAY,
            SENT_ASTRAY,
            r"\bmade to (?:wait|sit|stand)\b|\bsame (?:corridor|room|waiting area)\b",
        ),
    ),
    (
        IssueKind.LEGAL,
        phrases(
            r"\b(?:barrister|prosecutor|advocate|lawyer|cps)\b[^.?!]{0,40}?"
            r"(?:\bdid nothing|(?:\bnot|n't|\bnever) (?:ask|object|challenge|tell|"
            r"mention|refer|question|seek|read|look at|consider|watch|view|show)|"
            r"\bagree[ds]? to|\baccepted|\basked for|\bdecided)\b",
            r"(?:\bnot|n't|\bnever) (?:\w+ ){0,2}?(?:ask|tell|show|inform|apply to|"
            r"put (?:\w+ )?to) (?:\w+ )?(?:court|judge|jury|magistrates|bench)\b",
            r"\b(?:tell|told|inform) the (?:judge|court|jury|magistrates)\b",
        ),
    ),
    (
        IssueKind.SERVICE,
        phrases(
            NEGATED + COMMUNICATION_VERBS,
            r"\bfail(?:ed)? to (?:reply|respond|answer|tell|inform|update|contact|"
            r"return|keep)\b",
            r"\b(?:heard|had|received|got) nothing\b(?! to do)",
            r"\bno (?:reply|response|answer|update|explanation|contact)\b",
            r"\bwithout (?:any |a )?(?:reply|response|explanation|asking|telling|"
            r"being told)\b",
            r"\bnot (?:a single|one|any) (?:update|call|letter|reply)",
            r"\b(?:found out|read about it|learn(?:ed|t))\b",
            r"\bwhy (?:was|were) (?:i|we) (?:not )?told\b",
            r"\b(?:told|informed|notified) (?:\w+ )?(?:of|about) the decision\b",
            r"\b(?:take|took|taken|taking|waited|waiting) (?:\w+ ){0,4}?(?:days?|"
            r"weeks?|months?|years?)\b(?! off)",
            r"\bdelay|\bso long\b|\buntil \d|\b(?:days|weeks|months) after\b",
            r"\bstill (?:not|hasn't|haven't|has not|have not|waiting|no)\b",
            r"\b(?:been|am|are) (?:still )?waiting\b",
            r"\bno decision was made\b|\bwent ahead\b|\bchas(?:e|ed|ing)\b",
            r"\b(?:on|in) time\b",
        ),
    ),
    (
        IssueKind.SERVICE,
        phrases(
            r"\b(?:rude|dismissive|unprofessional|humiliat\w*|short with|"
            r"put the phone down|hung up)\b",
            r"\bshout(?:ed|ing)? at me\b|\brolled (?:his|her|their) eyes\b",
            r"\bnot (?:their|my|our|his|her) problem\b",
            r"\b(?:out of order|out of line|uncalled for|inappropriate|"
            r"disrespectful|insensitive|hurtful|mispronounc\w*)\b",
            r"\b(?:hard|difficult|impossible) to (?:understand|follow|hear)\b",
        ),
    ),
    (
        IssueKind.LEGAL,
        phrases(
            r"\bcharg(?:e|ed|es|ing)\b|\bplea\b|\bplead",
            r"(?<!give )(?<!gave )(?<!giving )(?<!my )\bevidence\b",
            r"\bdropp?(?:ed)?\b|\bdiscontinu|\bstopped\b",
            r"\b(?:public interest|realistic prospect|prospect of conviction)\b",
            r"\bprosecut(?:e|ed)\b|\bbrought\b|\bgone to court\b",
            r"\bsentence|\bsuspended\b|\bunduly lenient\b",
            r"\b\d+ (?:months|years)\b|\b(?:months|years) (?:for|in prison|inside)\b",
            r"\bbail\b|\b(?:restraining|compensation|community|hospital) order\b",
            r"\bjury\b|\bprevious (?:caution|conviction)|\bspent conviction\b",
            r"\b(?:adduce|self-defence|crown court|caution|decision|decided|myth|"
            r"advice|the code|offence|lesser|instead of|weak)\b",
            r"\blet (?:him|her|them) off\b|\breviewing lawyer|\badjourn",
            r"\bcase (?:was )?lost\b",
            r"\bcall(?:ed)? (?:\w+ ){0,4}?(?:as a )?witness",
            r"\b(?:medical|expert|forensic) (?:report|evidence)",
            r"\b(?:cctv|footage|fingerprint\w*)\b",
            OFFENCES,
        ),
    ),
    (
        IssueKind.SERVICE,
        phrases(
            r"\b(?:could hear|in front of|press|lost)\b",
            r"\bwrong (?:name|address|date|office|person|day|time)\b",
            r"\b(?:told|said to|asked|called|described)\b[^.?!]{0,80}?"
            r"['\"\u2018\u201c]\w",
            r"\b(?:letter|email|phone|meeting|complaint|correspondence|trial date|"
            r"cancelled|witness|date|going ahead|name|surname)",
        ),
    ),
)


def issue_kind(text: str) -> tuple[IssueKind, str]:
    """Return the kind of an issue's text and the words that decided it."""
    for kind, pattern in KIND_CUES:
        match = pattern.search(text)
        if match:
            return kind, match.group(0)
    return IssueKind.UNCLEAR, ""
