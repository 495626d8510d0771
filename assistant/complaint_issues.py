"""Break a complaint into its distinct issues, each in the complainant's own words.

A complaint is cut into paragraphs and list items, then sentences, then clauses
where one sentence joins several grievances ("and", ";", "that ..., and that ...").
A piece is an issue when it carries a grievance: a question, "I am unhappy that",
"nobody told me", "should have", a delay, rudeness, a lost document. Questions
with nothing of their own ("Why is it taking so long?") and remarks that point
back ("She told me to stop ringing") join the issue before them.

Each issue gets a kind from the words that decide it: legal when it argues a
prosecution decision (charge, plea, evidence, sentence, what the advocate did in
court), service when it is about how the complainant was dealt with.
"""

import logging
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from spacy.tokens import Span

from assistant.language import ParsedText, parse

logger = logging.getLogger(__name__)


class IssueKind(StrEnum):
    """What an issue is about, as the complaints process sorts it."""

    LEGAL = "legal"
    SERVICE = "service"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class ComplaintIssue:
    """One issue of the complaint: a verbatim span and what it is about."""

    start: int
    end: int
    quote: str
    topic: str
    kind: IssueKind
    cue: str


@dataclass(frozen=True)
class _Piece:
    """A stretch of the complaint that may hold one issue."""

    start: int
    end: int
    paragraph: int
    sentence: int
    clause: int = 0
    listed: bool = False
    heading: bool = False
    item: bool = False


LIST_MARKER = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?[ivx]{1,4}\)|[-*\u2022\u25cf\u2013])"
    r"[ \t]+"
)
INLINE_MARKER = re.compile(r"(?<=[.?!:])\s+(\d{1,2}[.)])\s+(?=[A-Z])")
ORDINAL = re.compile(
    r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|"
    r"finally|lastly)\b",
    re.I,
)
GREETING = re.compile(r"^(?:hi|hello|hiya)\b[^,.\n]{0,30}[,.!]\s*", re.I)
TERMINAL = re.compile(r"[.?!:;\"'\u201d\u2019)]\s*$")

# Where one sentence may hold two grievances; each side is checked before cutting.
# Known gap: a grievance in a relative clause (", which called my grandson by the
# wrong name") is not cut off, and a sentence spaCy misparses may not be cut at all.
CUT = re.compile(
    r";\s*|,?\s+(?:and|but)\s+(?:then\s+|also\s+|afterwards\s+)?(?:that\s+)?|"
    r",\s+that\s+|,\s+(?:as|because|since)\s+(?=(?:nobody|no one|no-one)\b)|"
    r",\s+(?=(?:the|my|our|his|her|their|your|nobody|no one|you|we|he|she|they)\b)",
    re.I,
)
# The complainant numbered the item as one issue; only a semicolon splits it.
LIST_ITEM_CUT = re.compile(r";\s*")
CAUSAL = re.compile(r"\b(?:as|because|since)\b", re.I)
# "..., and I only found out when I saw him": the same grievance told on.
CONSEQUENCE = re.compile(
    r"^(?:so|now|(?:(?:i|we|he|she|they) )?only (?:found out|learned|learnt|heard|"
    r"knew|realised|realized|discovered))\b",
    re.I,
)
LEADING_JOINER = re.compile(
    r"^(?:(?:and|but|then|also|that|so|as|because|since|afterwards)\b[\s,]*)+", re.I
)
WH_CLAUSE = re.compile(r"^(?:why|how|who|whether|what)\b", re.I)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# "..., which I don't think I should have seen": describes, does not complain anew.
MODIFIER_CLAUSES = frozenset({"relcl", "acl"})
# Nouns nearly every clause of a complaint may use: sharing one proves nothing.
COMMON_NOUNS = frozenset("case court cps time day thing way people".split())

NOT_AN_ISSUE = re.compile(
    r"^(?:dear|hi|hello|yours|kind regards|regards|best wishes|many thanks|thanks|"
    r"thank you|re:|ref|our ref|your ref|subject:)(?=\W|$)",
    re.I,
)
INTRODUCTION = re.compile(
    r"^(?:i|we) (?:am|are) (?:writing|instructed|contacting)|^i write\b|"
    r"^we (?:act|represent)\b|^i have been contacted\b|\basked me to (?:raise|"
    r"write|take up|look into)\b|^(?:i|we) (?:also )?(?:wish|"
    r"want|would like) to (?:make a )?(?:formal )?complain",
    re.I,
)
COMPLAINT_FRAME = re.compile(
    r"\bcomplain(?:t)? (?:about|that|regarding|because)\b", re.I
)
REQUEST = re.compile(
    r"^(?:please\b|(?:i|we) (?:would|'d|should) (?:like|welcome|be grateful|"
    r"appreciate)|(?:i|we) (?:want|expect|await|look forward|request|invite|ask)\b"
    r"(?! to (?:complain|raise))|(?:can|could) (?:you|someone|somebody)\b)",
    re.I,
)
WANTS_TO_KNOW = re.compile(
    r"\b(?:know|understand|explain|tell (?:me|us))\b[^.?!]*?\b(?:why|whether|how|who|"
    r"what|when|if)\b",
    re.I,
)
RHETORICAL = re.compile(
    r"^(?:how (?:is|can) (?:that|this|it)\b|how could (?:you|they|this|that|it)\b|"
    r"what (?:is|was) the point\b|is (?:that|this) (?:fair|right|justice|"
    r"acceptable)\b)",
    re.I,
)
# "Mrs Ames complains that X, that Y, and that Z": each item is a grievance.
REPORTS_THAT = re.compile(
    r"\b(?:complains?|informs? (?:me|us)|tells? (?:me|us)|(?:is|are) (?:also )?"
    r"(?:concerned|unhappy|upset|angry)|disgusted|says?) that\b",
    re.I,
)
NOBODY = re.compile(r"\b(?:nobody|no one|no-one|noone)\b", re.I)
REFERS_BACK = re.compile(r"^(?:he|she|they|it|this|that|these|those)\b", re.I)
LIKE_THAT = re.compile(r"\blike (?:that|this)\b", re.I)
NEW_ISSUE = re.compile(
    r"\b(?:also|another|further(?:more)?|in addition|on top of that|as well|"
    r"either|besides|moreover|(?:first|second|third|fourth|fifth)(?:ly)?|finally|"
    r"lastly)\b",
    re.I,
)
# Stage two openers: dissatisfaction with the last reply is not itself an issue.
DISSATISFIED_WITH_REPLY = re.compile(
    r"\b(?:not satisfied|dissatisfied|unhappy) with (?:it|this|your (?:letter|reply|"
    r"response))\b",
    re.I,
)


def _phrases(*alternatives: str) -> re.Pattern:
    """Compile regex fragments, one per phrase, into one case-blind pattern."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


NEGATED = r"(?:\bnot|n't|\bnever|\bnobody|\bno one|\bno-one)\s+(?:\w+\s+){0,4}?"
DUTY_VERBS = (
    r"(?:tell|told|inform(?:ed)?|contact(?:ed)?|update[d]?|call(?:ed)?|rang|"
    r"return(?:ed)?|repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|explain(?:ed)?|"
    r"consult(?:ed)?|ask(?:ed)?|offer(?:ed)?|give|given|gave|send|sent|"
    r"receive[d]?|heard|speak|spoke|spoken|meet|met|pay|paid|arranged?|"
    r"rearranged|serve[d]?|read|use[d]?|put|in place|kept|provided?|notified|"
    r"warned|considered?|check(?:ed)?|listen(?:ed)?|challenged?|object(?:ed)?|"
    r"mention(?:ed)?|refer(?:red)?|follow(?:ed)?|protect(?:ed)?|support(?:ed)?|"
    r"allowed|show|shown|bother(?:ed)?|came|come|been in touch|acknowledged|passed|"
    r"actioned|dealt with|investigated|passed on|progressed|recorded|reviewed)\b"
)
COMMUNICATION_VERBS = (
    r"(?:tell|told|inform(?:ed)?|contact(?:ed)?|update[d]?|call(?:ed)?|rang|"
    r"return(?:ed)?|repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|explain(?:ed)?|"
    r"consult(?:ed)?|ask(?:ed)?|offer(?:ed)?|given|receive[d]?|heard|speak|spoke|"
    r"spoken|meet|met|came|bother(?:ed)?|been in touch|rearranged|paid|"
    r"acknowledged)\b"
)
DOCUMENTS = (
    r"\b(?:papers|documents?|statements?|file|form|claim|property|exhibits?|"
    r"originals?|letters?|box(?:es)?|receipts?|photographs?|phone|laptop)\b"
)
GAVE_DETAILS_AWAY = (
    r"\b(?:gave|given|sent|passed|disclosed|shared|handed)\b[^.?!]{0,30}?\b(?:my|"
    r"our|her|his|their) (?:new |home )?(?:address|phone number|number|details)\b"
)
SENT_ASTRAY = (
    r"\bsent\b[^.?!]{0,40}?\bto (?:the wrong|an? old|(?:my|his|her|their) old|"
    r"someone else)"
)
OFFENCES = (
    r"\b(?:murder|manslaughter|attempted murder|rape|sexual assault|assault|gbh|abh|"
    r"wounding|grievous bodily harm|actual bodily harm|dangerous driving|careless "
    r"driving|drink driving|death by|theft|burglary|robbery|fraud|harassment|"
    r"stalking|criminal damage|threats to kill|affray|public order|racially "
    r"aggravated|hate crime|possession with intent)\b"
)

# A decision of its own: a sentence naming one raises a new legal issue.
DECISION = re.compile(
    r"\b(?:charg(?:e|ed|es|ing)|plea|plead\w*|drop\w*|discontinu\w*|sentenc\w*|"
    r"adjourn\w*|refer(?:red)?|caution|prosecute[ds]?|decid\w*|decision|bail)\b",
    re.I,
)

# What makes a stretch of the complaint a grievance rather than background.
# Known gap: a grievance put in words none of these phrases covers is missed; on
# complaints written after the rules were, about one issue in three was.
GRIEVANCE = _phrases(
    r"\?",
    r"\b(?:unhappy|upset|angry|furious|disgusted|appalled|disappointed|"
    r"dissatisfied|not satisfied|concerned|worried|distressed|shocked) (?:that|"
    r"about|with|by|at)\b",
    r"\bcomplain(?:t|ing)? (?:about|that|is)\b",
    r"\bmy (?:main )?(?:complaint|concern)s?\b",
    r"\b(?:do not|don't|cannot|can't|could not|couldn't) (?:accept|understand|"
    r"believe|see why)\b",
    r"\b(?:also )?(?:want|like|wish|need) to (?:know|understand|raise|complain)\b",
    r"\bshould(?: never| not|n't)? have\b",
    r"\bought (?:not )?to have\b",
    r"\b(?:was|is|were) (?:\w+ly )?(?:wrong|unfair|unreasonable|unacceptable|"
    r"unprofessional|ridiculous|disgraceful)\b",
    r"\bin our view\b",
    r"\bfail(?:ed|ure)? to\b",
    r"\b(?:ignored|refused)\b",
    r"\bmistake",
    r"\b(?:nobody|no one|no-one|noone)\b",
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}?" + DUTY_VERBS,
    r"\b(?:heard|had|received|got) nothing\b(?! to do)",
    r"\bnothing was done\b",
    r"\bdid nothing\b",
    r"\bno (?:reply|response|answer|update|explanation|contact|decision|"
    r"interpreter|intermediary|support|offer)\b",
    r"\bwithout (?:any |a )?(?:reply|response|explanation|warning|notice|"
    r"consult\w*|asking|telling|being told|redact\w*|consent|permission)\b",
    r"\bunredacted\b",
    r"\bnot (?:a single|one|any) (?:update|call|letter|reply)\b",
    r"\b(?:found out|read about it|learn(?:ed|t))\b",
    r"\b(?:take|took|taken|taking|waited|waiting) (?:\w+ ){0,4}?(?:days?|weeks?|"
    r"months?|years?)\b(?! off)",
    r"\bdelay",
    r"\bstill (?:not|hasn't|haven't|has not|have not|waiting|no)\b",
    r"\b(?:been|am|are) (?:still )?waiting\b",
    r"\bso long\b",
    r"\buntil \d",
    r"\b(?:days|weeks|months) after\b",
    r"\bchas(?:e|ed|ing)\b",
    r"\b(?:rude|dismissive|humiliat\w*|short with|rolled (?:his|her|their) eyes|"
    r"put the phone down|hung up)\b",
    r"\bnot (?:their|my|our|his|her) problem\b",
    r"\bnothing to do with\b",
    r"\bwhere (?:they|he|she|everyone) could hear\b",
    r"\bin front of\b",
    r"\bto the press\b",
    r"\b(?:told|said to|asked|called|described)\b[^.?!]{0,80}?\s['\"\u2018\u201c]\w",
    r"\b(?:been|was|were|got|is|are) lost\b|\blost in\b|\bmissing\b|\bmisplaced\b",
    r"\bcan(?:not|'t) (?:be )?f(?:i|ou)nd\b|\bcan find\b",
    r"\bwrong (?:name|surname|spelling|address|date|office|person|day|time)\b",
    r"\b(?:someone else's|meant for|old address|name wrong|only in english)\b",
    r"\baddressed (?:\w+ ){0,3}?as\b",
    r"\b(?:address|details|phone number) (?:appeared|was (?:given|shared|"
    r"included|read out))\b",
    r"\bincluded (?:the|my|her|his) (?:home )?address\b",
    r"\bonly (?:been )?(?:charged|done|convicted|got|given|received|fined|"
    r"cautioned|sentenced|lasts?|learned)\b",
    r"\b(?:instead|lesser|less serious|reduced|downgraded)\b",
    r"\blet (?:him|her|them) (?:off|plead|go)\b",
    r"(?<!that )(?<!which )\b(?:was|were|been) dropped\b",
    r"\bdrop(?:ped)? (?:the|it|this|that)\b",
    r"\bdiscontinu",
    r"\boffer(?:ed)? no evidence\b",
    r"\b(?:not (?:enough|sufficient)|insufficient) evidence\b",
    r"\bnot to (?:charge|prosecute)\b",
    r"\bdecided (?:not )?to\b|\bdecision (?:not )?to\b",
    r"\b(?:carry on|so weak|insult\w*|myth)\b",
    r"\bagree[ds]? to\b",
    r"\baccepted (?:his|her|a|the) (?:guilty )?plea\b",
    r"\b(?:cancelled|went ahead)\b",
    r"\bpromised\b[^.?!]{0,40}?(?:\bnot\b|n't\b|\bnever\b)",
    r"\b(?:out of order|out of line|uncalled for|inappropriate|disrespectful|"
    r"insensitive|hurtful|patronising|condescending)\b",
    r"\b(?:hard|difficult|impossible) to (?:understand|follow|hear)\b",
    GAVE_DETAILS_AWAY,
    SENT_ASTRAY,
    r"\bwhat does\b[^?]{1,40}\bmean\b",
    r"\b(?:on|in) time\b",
    r"\bmade to (?:wait|sit|stand)\b",
)

# Kind cues, in the order they are tried: the first group that matches decides.
# Being told, consulted and treated well comes before the decision it concerns:
# "nobody told me the case was dropped" is about service, not the dropping.
KIND_CUES: tuple[tuple[IssueKind, re.Pattern], ...] = (
    (
        IssueKind.SERVICE,
        _phrases(
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
        _phrases(
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
        _phrases(
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
        _phrases(
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
        _phrases(
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
        _phrases(
            r"\b(?:could hear|in front of|press|lost)\b",
            r"\bwrong (?:name|address|date|office|person|day|time)\b",
            r"\b(?:told|said to|asked|called|described)\b[^.?!]{0,80}?"
            r"['\"\u2018\u201c]\w",
            r"\b(?:letter|email|phone|meeting|complaint|correspondence|trial date|"
            r"cancelled|witness|date|going ahead|name|surname)",
        ),
    ),
)

# Lemmas that say nothing about what the issue is: the process, feelings, verbs of
# wanting and thinking. An issue needs two other content words.
GENERIC_WORDS = frozenset(
    "write feel think know want like say happen thing way time people anyone "
    "everyone angry upset disgust disgusted disgraceful appalling terrible awful "
    "humiliated unsafe scared frightened devastated hurt shocked sad ashamed "
    "right wrong fair justice system let point complain complaint cps crown "
    "service make get go come take look need wish believe sure really just also "
    "even please thank matter concern issue question deserve able".split()
)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
TOPIC_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
MIN_CONTENT_WORDS = 2
# Itemised by the complainant, or a failure to tell or ask ("I was not consulted
# about this"): one word of substance is enough.
MIN_CONTENT_WORDS_LISTED = 1
NOT_COMMUNICATED = re.compile(NEGATED + COMMUNICATION_VERBS, re.I)
HEADING_WORDS = 10
RAISES_THE_ONE_BEFORE = frozenset({"rhetorical", "bare question", "elliptical"})
TOPIC_WORDS = 4


def extract_issues(
    complaint_text: str, parsed: ParsedText | None = None
) -> list[ComplaintIssue]:
    """Return the distinct issues the complaint raises, in the order raised."""
    if not complaint_text.strip():
        return []
    parsed = parsed or parse(complaint_text)

    pieces = [c for s in _sentences(parsed) for c in _clauses(parsed, s)]
    issues = _gather(parsed, pieces)

    logger.debug("complaint issues pieces=%d issues=%d", len(pieces), len(issues))
    return [_issue(parsed, piece) for piece in issues]


def issue_kind(text: str) -> tuple[IssueKind, str]:
    """Return the kind of an issue's text and the words that decided it."""
    for kind, pattern in KIND_CUES:
        match = pattern.search(text)
        if match:
            return kind, match.group(0)
    return IssueKind.UNCLEAR, ""


def suggest_complaint_type(issues: list[ComplaintIssue]) -> tuple[str, str]:
    """Return the complaint type the issues point to ("legal", "service", "mixed")."""
    legal = [i for i in issues if i.kind is IssueKind.LEGAL]
    service = [i for i in issues if i.kind is IssueKind.SERVICE]

    if legal and service:
        reason = (
            f'"{_short(legal[0].cue)}" argues a legal decision and '
            f'"{_short(service[0].cue)}" is about service; a mixed complaint may take '
            "its service parts to the Independent Assessor of Complaints"
        )
        return "mixed", reason
    if legal:
        reason = (
            f'every issue with a clear kind argues a legal decision (e.g. "'
            f'{_short(legal[0].cue)}"); stage two ends the process for it'
        )
        return "legal", reason
    if service:
        reason = (
            f'no issue argues a legal decision; "{_short(service[0].cue)}" is about '
            "service, which may go on to the Independent Assessor of Complaints"
        )
        return "service", reason
    return "service", "no issue argues a legal decision, so it is treated as service"


def _sentences(parsed: ParsedText) -> list[_Piece]:
    """Return the sentences of each paragraph and list item, markers left out."""
    blocks = _blocks(parsed.text)
    pieces = []
    for paragraph, (start, end, listed) in enumerate(blocks):
        heading = _is_heading(parsed.text[start:end], listed, paragraph, len(blocks))
        for number, (left, right) in enumerate(_split_sentences(parsed, start, end)):
            left, marked = _skip_marker(parsed.text, left)
            left = _skip_greeting(parsed.text, left, right)
            marked = marked or bool(ORDINAL.match(parsed.text, left, right))
            # Only an item's first sentence opens an issue; the rest tell on it.
            opens = (listed and number == 0) or marked
            pieces.append(
                _Piece(left, right, paragraph, number, 0, opens, heading, listed)
            )
    return pieces


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Return paragraphs and list items as (start, end, is a list item)."""
    blocks: list[list] = []
    offset, blank_before = 0, True
    for line in text.splitlines(keepends=True):
        body = line.strip()
        listed = bool(body) and bool(LIST_MARKER.match(line))
        if body and not blank_before and _continues(text, blocks[-1], listed, body):
            blocks[-1][1] = offset + len(line.rstrip())
        elif body:
            start = offset + len(line) - len(line.lstrip())
            blocks.append([start, offset + len(line.rstrip()), listed])
        blank_before = not body
        offset += len(line)
    return [(start, end, listed) for start, end, listed in blocks]


def _continues(text: str, block: list, listed: bool, body: str) -> bool:
    """Return whether a line carries on the block above (a wrapped line)."""
    if listed:
        return False
    previous = text[block[0] : block[1]]
    if block[2]:
        return body[:1].islower()
    last_line = previous.splitlines()[-1]
    return not TERMINAL.search(last_line) and len(last_line) > 50


def _is_heading(text: str, listed: bool, index: int, count: int) -> bool:
    """Return whether a block is a title over what follows, not a sentence."""
    if listed or index == count - 1 or "\n" in text or TERMINAL.search(text):
        return False
    return len(text.split()) <= HEADING_WORDS


def _split_sentences(parsed: ParsedText, start: int, end: int) -> list[tuple]:
    """Return spaCy's sentences inside a block, rejoining its mid-sentence cuts."""
    cuts = sorted(
        {s.start_char for s in parsed.doc.sents if start < s.start_char < end}
        | {m.start(1) for m in INLINE_MARKER.finditer(parsed.text, start, end)}
    )
    bounds = [start, *cuts, end]
    pieces: list[list[int]] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        left, right = _trim(parsed.text, left, right)
        if left >= right:
            continue
        ended = pieces and TERMINAL.search(parsed.text[pieces[-1][0] : pieces[-1][1]])
        if pieces and not ended and parsed.text[left].islower():
            pieces[-1][1] = right
        else:
            pieces.append([left, right])
    return [tuple(p) for p in pieces]


def _skip_marker(text: str, start: int) -> tuple[int, bool]:
    match = LIST_MARKER.match(text, start)
    if match and match.end() < len(text):
        return match.end(), True
    return start, False


def _skip_greeting(text: str, start: int, end: int) -> int:
    match = GREETING.match(text, start, end)
    return match.end() if match and match.end() < end else start


def _clauses(parsed: ParsedText, sentence: _Piece) -> list[_Piece]:
    """Cut a sentence where each side raises its own grievance with its own verb."""
    text = parsed.text
    cuts = LIST_ITEM_CUT if sentence.listed else CUT
    kept: list[tuple[int, int]] = []
    left_start = sentence.start
    reports = bool(REPORTS_THAT.search(text, sentence.start, sentence.end))
    for match in cuts.finditer(text, sentence.start, sentence.end):
        right_end = _next_cut(cuts, text, match.end(), sentence.end)
        listing = reports and "that" in match.group(0).lower()
        if _cuts_two_grievances(parsed, (left_start, match), right_end, listing):
            kept.append((match.start(), match.end()))
            left_start = match.end()

    starts = [sentence.start, *(end for _, end in kept)]
    ends = [*(start for start, _ in kept), sentence.end]
    pieces = []
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        start, end = _strip_joiner(text, start, end) if index else (start, end)
        pieces.append(replace(sentence, start=start, end=end, clause=index))
    return pieces


def _cuts_two_grievances(
    parsed: ParsedText, left: tuple, right_end: int, listing: bool
) -> bool:
    """Return whether a joining word stands between two grievances of their own.

    ``listing`` is a cut in a list of "that" clauses after a complaining verb,
    whose items are grievances even without a word saying so.
    """
    text = parsed.text
    left_start, match = left
    left_text = text[left_start : match.start()]
    right_text = text[match.end() : right_end]
    if CONSEQUENCE.match(right_text) and "that" not in match.group(0).lower():
        return False
    if not _can_stand_alone(parsed, left_start, match.start(), left_text, listing):
        return False
    if not _can_stand_alone(parsed, match.end(), right_end, right_text, listing):
        return False
    if CAUSAL.search(match.group(0)) and (
        issue_kind(left_text)[0] == issue_kind(right_text)[0]
    ):
        return False
    left_nouns = _nouns(parsed, left_start, match.start())
    return not left_nouns & _nouns(parsed, match.end(), right_end)


def _next_cut(cuts: re.Pattern, text: str, start: int, end: int) -> int:
    match = cuts.search(text, start, end)
    return match.start() if match else end


def _can_stand_alone(
    parsed: ParsedText, start: int, end: int, text: str, listing: bool = False
) -> bool:
    """Return whether a clause has a grievance, and a verb with its own subject."""
    if len(text.split()) < 4:
        return False
    if not (listing or GRIEVANCE.search(text) or WH_CLAUSE.match(text)):
        return False
    span = _span(parsed, start, end)
    heads = [
        t
        for t in span
        if t.pos_ in {"VERB", "AUX"}
        and t.dep_ not in MODIFIER_CLAUSES
        and (not span.start <= t.head.i < span.end or t.head == t)
    ]
    return any(
        c.dep_ in SUBJECTS and span.start <= c.i < span.end
        for head in heads
        for c in head.children
    )


def _nouns(parsed: ParsedText, start: int, end: int) -> set[str]:
    """Return the nouns of a clause that could name what a grievance is about."""
    return {
        t.lemma_.lower()
        for t in _span(parsed, start, end)
        if t.pos_ == "NOUN" and t.lemma_.lower() not in COMMON_NOUNS
    }


def _strip_joiner(text: str, start: int, end: int) -> tuple[int, int]:
    match = LEADING_JOINER.match(text, start, end)
    return (match.end(), end) if match and match.end() < end else (start, end)


def _gather(parsed: ParsedText, pieces: list[_Piece]) -> list[_Piece]:
    """Keep the pieces that raise an issue; fold follow-ups into the one before."""
    issues: list[_Piece] = []
    for index, piece in enumerate(pieces):
        text = parsed.text[piece.start : piece.end]
        follow_up = _follow_up(parsed, piece, text)
        reach = 2 if follow_up in RAISES_THE_ONE_BEFORE else 1
        if follow_up and _near(issues, pieces, index, reach):
            issues[-1] = _joined(issues[-1], piece)
        elif follow_up in RAISES_THE_ONE_BEFORE:
            _raise_the_one_before(parsed, issues, pieces, index)
        elif _raises_issue(parsed, piece, text):
            if _argues_on(parsed, issues, pieces, index, text):
                issues[-1] = _joined(issues[-1], piece)
            else:
                issues.append(piece)
    return issues


def _follow_up(parsed: ParsedText, piece: _Piece, text: str) -> str | None:
    """Return how a piece only adds to the issue before it, or ``None``."""
    if piece.item and piece.sentence > 0 and piece.clause == 0:
        return "same item"
    if piece.listed or piece.heading or NEW_ISSUE.search(text):
        return None
    if text.rstrip().endswith(":") or REQUEST.match(text) or INTRODUCTION.match(text):
        return None
    if RHETORICAL.match(text):
        return "rhetorical"
    if text.rstrip().endswith("?"):
        own = NOT_COMMUNICATED.search(text) or NOBODY.search(text)
        nouns = any(t.pos_ in {"NOUN", "PROPN"} for t in _span(parsed, *_of(piece)))
        return None if nouns or own else "bare question"
    if _grieves(text) and _content_count(parsed, piece) < _content_needed(text):
        return "elliptical"
    first = piece.sentence > 0 and piece.clause == 0
    if first and (REFERS_BACK.match(text) or LIKE_THAT.search(text)):
        return "refers back"
    return None


def _raise_the_one_before(
    parsed: ParsedText, issues: list, pieces: list, index: int
) -> None:
    """Make the piece before an issue: "Nobody ever did." shows it was a grievance."""
    piece, before = pieces[index], pieces[index - 1] if index else None
    if before is None or before.paragraph != piece.paragraph:
        return
    if _could_raise(parsed, before) and not (issues and issues[-1].end > before.start):
        issues.append(_joined(before, piece))


def _argues_on(
    parsed: ParsedText, issues: list, pieces: list, index: int, text: str
) -> bool:
    """Return whether a statement argues on the legal decision just raised."""
    piece = pieces[index]
    if not _near(issues, pieces, index) or piece.listed or NEW_ISSUE.search(text):
        return False
    last = issues[-1]
    if last.sentence == piece.sentence or text.rstrip().endswith("?"):
        return False
    if DECISION.search(text):
        return False
    last_text = parsed.text[last.start : last.end]
    legal = IssueKind.LEGAL
    return issue_kind(last_text)[0] == legal and issue_kind(text)[0] == legal


def _raises_issue(parsed: ParsedText, piece: _Piece, text: str) -> bool:
    if not _could_raise(parsed, piece):
        return False
    if REQUEST.match(text):
        return bool(WANTS_TO_KNOW.search(text)) and _asks_about_something(parsed, piece)
    if INTRODUCTION.match(text):
        framed = COMPLAINT_FRAME.search(text)
        return bool(framed and GRIEVANCE.search(text, framed.end()))
    return piece.listed or _grieves(text)


def _could_raise(parsed: ParsedText, piece: _Piece) -> bool:
    """Return whether a piece is more than a greeting, title, lead-in or feeling."""
    text = parsed.text[piece.start : piece.end]
    if piece.heading or NOT_AN_ISSUE.match(text) or RHETORICAL.match(text):
        return False
    if text.rstrip().endswith(":"):
        return False
    least = MIN_CONTENT_WORDS_LISTED if piece.listed else _content_needed(text)
    return _content_count(parsed, piece) >= least


def _content_needed(text: str) -> int:
    """Return how many content words a piece needs to be an issue on its own."""
    if NOT_COMMUNICATED.search(text):
        return MIN_CONTENT_WORDS_LISTED
    return MIN_CONTENT_WORDS


def _grieves(text: str) -> bool:
    text = DISSATISFIED_WITH_REPLY.sub("", text)
    return bool(GRIEVANCE.search(text) or WH_CLAUSE.match(text))


def _near(issues: list, pieces: list, index: int, reach: int = 1) -> bool:
    """Return whether the last issue ends at most ``reach`` pieces back, same
    paragraph."""
    if not issues or index == 0:
        return False
    last = issues[-1]
    return last.paragraph == pieces[index].paragraph and last.end >= (
        pieces[max(index - reach, 0)].start
    )


def _joined(first: _Piece, second: _Piece) -> _Piece:
    return replace(first, end=second.end)


def _asks_about_something(parsed: ParsedText, piece: _Piece) -> bool:
    match = WANTS_TO_KNOW.search(parsed.text, piece.start, piece.end)
    asked = replace(piece, start=match.end())
    return _content_count(parsed, asked) >= MIN_CONTENT_WORDS


def _issue(parsed: ParsedText, piece: _Piece) -> ComplaintIssue:
    start, end = _trim(parsed.text, piece.start, piece.end)
    quote = parsed.text[start:end]
    kind, cue = issue_kind(quote)
    return ComplaintIssue(start, end, quote, _topic(parsed, start, end), kind, cue)


def _topic(parsed: ParsedText, start: int, end: int) -> str:
    """Return a few key words of an issue, its nouns first, in the order written."""
    tokens = [t for t in _span(parsed, start, end) if _is_content(t, TOPIC_POS)]
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"}]
    words: list[str] = []
    for token in nouns + [t for t in tokens if t not in nouns]:
        if token.lemma_.lower() not in words:
            words.append(token.lemma_.lower())
    return " ".join(words[:TOPIC_WORDS])


def _content_count(parsed: ParsedText, piece: _Piece) -> int:
    span = _span(parsed, piece.start, piece.end)
    return len({t.lemma_.lower() for t in span if _is_content(t, CONTENT_POS)})


def _is_content(token, tags: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    return (
        token.pos_ in tags
        and not token.is_stop
        and len(token) > 1
        and lemma not in GENERIC_WORDS
    )


def _span(parsed: ParsedText, start: int, end: int) -> Span:
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else parsed.doc[0:0]


def _of(piece: _Piece) -> tuple[int, int]:
    return piece.start, piece.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
