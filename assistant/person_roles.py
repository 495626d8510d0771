"""What a letter's own words say about a person it names.

Used when the case roster does not list the person: the sentences naming them
are read for cues of age, charge, sexual offences and evidence given. Cues are
searched generously because a missed youth defendant or sexual-offence victim is
the worst failure the product can have.
"""

import re
from dataclasses import dataclass

from assistant.language import ParsedText, Sentence
from assistant.person_mentions import Person

OFFICIAL_TITLE = re.compile(
    r"^(?:dc|ds|di|dci|pc|sgt|sergeant|inspector|detective|officer|"
    r"(?:mr|mrs|ms|miss|lord|lady) justice|(?:his|her) honour|hhj|judge|district "
    r"judge|recorder|magistrate)\b",
    re.IGNORECASE,
)
STAFF = re.compile(
    r"\b(?:prosecutor|lawyer|caseworker|paralegal|barrister|counsel|advocate|"
    r"legal manager|colleague|chief crown prosecutor|crown prosecutor|officer in "
    r"the case|investigating officer|police officer|detective|solicitor|judge|"
    r"recorder|magistrate|usher|clerk|witness care officer|manager)\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"[- ]years?[- ]old\b|\baged (?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)\b|\bwho was (?:1[0-7]|only 1[0-7])\b|\b(?:was|is) "
    r"1[0-7]\b|\(1[0-7]\)|\byouth court\b|\ba youth\b|\bjuvenile\b|\bteenager\b|"
    r"\bschool(?:boy|girl)\b|\bunder 18\b|\ba minor\b|\byoung person\b|"
    r"\breferral order\b|\byouth rehabilitation order\b|\byouth offending\b|"
    r"\bstill at school\b|\bpupil\b|\bin year (?:7|8|9|10|11)\b|\bteenage\b",
    re.IGNORECASE,
)
# Children under ten cannot be prosecuted; naming them is still personal data.
YOUTH_COURT = re.compile(r"\byouth court\b", re.IGNORECASE)
CHILD = re.compile(
    r"\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ]years?[- ]old\b|"
    r"\baged (?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\b|\bchild\b|"
    r"\btoddler\b|\bbaby\b",
    re.IGNORECASE,
)
RELATIVE_BEFORE = re.compile(
    r"\byour (?:son|daughter|wife|husband|partner|mother|father|brother|sister|"
    r"child|grandson|granddaughter|nephew|niece)[\s,]*(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
# The person as the subject of not being charged: "Jamie Clough should not be
# charged", "Mr Lee, who was arrested and released".
NOT_CHARGED_AFTER = re.compile(
    r"^[\s,]*(?:who\s+)?(?:was|were|has been|had been|is|will|would|should|could|"
    r"cannot|can't|must)\b(?:\s+\w+){0,4}?\s+(?:not (?:be |been )?(?:charged|"
    r"prosecuted)|arrested|interviewed|released|bailed)\b",
    re.IGNORECASE,
)
THIRD_PARTY = re.compile(r"\bjurors?\b|\bjury members?\b", re.IGNORECASE)
ACCUSED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:was|were|had been|has been|is|had|has)\s+(?:\w+\s+)?"
    r"(?:charged|convicted|sentenced|found guilty|acquitted|prosecuted|tried)\b|"
    r"^\W*(?:\w+\W+){0,3}?(?:pleaded|admitted)\b",
    re.IGNORECASE,
)
ACCUSED_BEFORE = re.compile(
    r"(?:defendant|accused|(?:prosecution|trial|conviction) of|case against|charges "
    r"against|convicted|(?<!not )(?<!never )(?<!without )(?:prosecuted|charged))"
    r"(?:\s+(?:your|his|her|their)\s+\w+)?"
    r"[\s,]*(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
ACCUSED = re.compile(
    r"\bcharged\b|\badmitted\b|\bpleaded\b|\bconvicted\b|\bprosecut\w*|\bsentenced\b|"
    r"\bdefendant\b|\btrial\b|\boffence\b|\bappeared\b|\bfound guilty\b|\border\b|"
    r"\bcaution\w*|\barrested\b|\bsuspect\w*|\bcourt\b",
    re.IGNORECASE,
)
NOT_CHARGED = re.compile(
    r"\barrested\b|\binterviewed\b|\bsuspect\w*\b|released (?:without charge|under "
    r"investigation|on bail)|\bno further action\b|\bnfa\b|not (?:be |been )?charged|"
    r"decided not to (?:charge|prosecute)|not to (?:charge|prosecute)|(?:insufficient|"
    r"not enough) evidence|never charged|no charges?\b|the man you named|"
    r"the person you named|taken against|whether (?:\w+ ){0,5}(?:should|could|"
    r"would|can) be (?:charged|prosecuted)|advice (?:on|about) (?:whether|charging)|"
    r"still under investigation|you believe (?:attacked|assaulted|is responsible)",
    re.IGNORECASE,
)
CHARGED = re.compile(
    r"(?<!not )(?<!never )(?<!not been )\b(?:was|were|been|is) charged with\b|"
    r"\bpleaded guilty\b|\bconvicted\b|\bfound guilty\b|\bsentenced\b|\bacquitted\b|"
    r"\bthe defendant\b|\bstood trial\b|\bhis trial\b|\bher trial\b",
    re.IGNORECASE,
)
SEXUAL = re.compile(
    r"\brap(?:e|ed|ing|ist)\b|\bsexual(?:ly)?\b|\bindecen\w*|\bvoyeurism\b|"
    r"\bupskirting\b|\bgrooming\b|\bintimate image|\bexposure\b|\bmolest\w*",
    re.IGNORECASE,
)
VICTIM = re.compile(
    r"\bvictim\b|\bcomplainant\b|\bsurvivor\b|\bwas (?:raped|sexually assaulted|"
    r"assaulted|abused|attacked|touched)\b|\bher account\b|\bhis account\b|"
    r"\bdisclosed\b|\byour (?:sister|daughter|son|partner|wife|husband|friend|mother|"
    r"niece|granddaughter|grandson|nephew|child|client)\b",
    re.IGNORECASE,
)
WITNESS = re.compile(
    r"\bwitness(?:es)?\b|\bgave evidence\b|\bgive evidence\b|\bgiving evidence\b|"
    r"\bstatement\b|\btestif\w*|\beyewitness\b|\balibi\b|\bsaw (?:the|him|her|what)\b|"
    r"\bevidence (?:of|from)\b|\baccount (?:of|from)\b|\bcalled to give\b|"
    r"\bsaid that\b|\btold (?:the police|officers|us)\b|\bidentified\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleReading:
    """What the letter's words say about a person: a rule or a reason to allow."""

    rule: str | None
    reason: str
    evidence: Sentence | None
    confidence: float


def read_role(
    person: Person, letter: ParsedText, others: list[tuple[int, int]] = ()
) -> RoleReading:
    """Decide from the letter's cues whether ``person`` must not be named.

    ``others`` are the spans naming other people: an age written next to someone
    else ("indecent images of Ellie, who was 14") is not this person's age.
    """
    sentences = _sentences_naming(person, letter)
    text = " ".join(s.text for s in sentences)
    first = sentences[0] if sentences else None

    if OFFICIAL_TITLE.match(person.mentions[0].text) or _described_as_staff(
        person, letter
    ):
        return RoleReading(None, "named in an official role", first, 0.7)
    accused = _accused(person, letter)
    if _named_as_not_charged(person, letter):
        return RoleReading("suspect_not_charged", "a suspect not charged", first, 0.75)
    if SEXUAL.search(letter.text) and not accused and _is_victim(person, sentences):
        return RoleReading("rape_victim", "victim in a sexual-offence case", first, 0.6)
    youth = _youth_cue(person, letter, others)
    if youth and ACCUSED.search(text) and not _only_victim(text):
        return RoleReading(
            "youth_defendant", "a youth accused of an offence", first, 0.75
        )
    if NOT_CHARGED.search(text) and not accused:
        return RoleReading("suspect_not_charged", "a suspect not charged", first, 0.7)
    if _relative_of_complainant(person, letter) and not SEXUAL.search(letter.text):
        return RoleReading(None, "the complainant's relative", first, 0.6)
    if WITNESS.search(text) and not accused:
        return RoleReading("witness", "a witness in the case", first, 0.65)
    if youth or CHILD.search(text) or THIRD_PARTY.search(text):
        return RoleReading("other", "a child or third party named", first, 0.5)
    if SEXUAL.search(letter.text) and not accused:
        # In a sexual-offence case any other private person named may be the
        # victim; a missed victim is the worst failure, so err towards flagging.
        return RoleReading("rape_victim", "named in a sexual-offence case", first, 0.45)
    return RoleReading(None, "no cue that the person must not be named", first, 0.6)


def _youth_cue(person: Person, letter: ParsedText, others) -> bool:
    """Return whether an age under 18 or a youth court is tied to this person."""
    for mention in person.mentions:
        sentence = letter.sentence_at(mention.start)
        if YOUTH_COURT.search(sentence.text) and not _others_in(sentence, others):
            return True
        start = max(
            [mention.start - 60, sentence.start, *_ends_before(mention, others)]
        )
        end = min([mention.end + 60, sentence.end, *_starts_after(mention, others)])
        if YOUTH.search(letter.text[start:end]):
            return True
    return False


def _others_in(sentence: Sentence, others) -> bool:
    return any(sentence.start <= start < sentence.end for start, _ in others)


def _ends_before(mention, others) -> list[int]:
    return [end for _, end in others if end <= mention.start]


def _starts_after(mention, others) -> list[int]:
    return [start for start, _ in others if start >= mention.end]


def _sentences_naming(person: Person, letter: ParsedText) -> list[Sentence]:
    found: dict[int, Sentence] = {}
    for mention in person.mentions:
        sentence = letter.sentence_at(mention.start)
        found[sentence.index] = sentence
    return [found[i] for i in sorted(found)]


def _described_as_staff(person: Person, letter: ParsedText) -> bool:
    for mention in person.mentions:
        before = letter.text[max(0, mention.start - 40) : mention.start]
        after = letter.text[mention.end : mention.end + 40]
        if re.search(r"(?:,|the|our|my)\s*$", before) and STAFF.search(before):
            return True
        if re.match(r"\s*,\s*(?:the|our|my|a)\b", after) and STAFF.search(after):
            return True
    return False


def _is_victim(person: Person, sentences: list[Sentence]) -> bool:
    text = " ".join(s.text for s in sentences)
    if (CHARGED.search(text) or NOT_CHARGED.search(text)) and not VICTIM.search(text):
        return False
    return bool(VICTIM.search(text)) or bool(SEXUAL.search(text))


def _accused(person: Person, letter: ParsedText) -> bool:
    """Return whether the letter says this person was charged or tried."""
    for mention in person.mentions:
        after = letter.text[mention.end : mention.end + 80]
        before = letter.text[max(0, mention.start - 40) : mention.start]
        if ACCUSED_AFTER.search(after) or ACCUSED_BEFORE.search(before):
            return True
    return False


def _relative_of_complainant(person: Person, letter: ParsedText) -> bool:
    """Return whether the letter names the person as the complainant's relative."""
    for mention in person.mentions:
        before = letter.text[max(0, mention.start - 40) : mention.start]
        if RELATIVE_BEFORE.search(before):
            return True
    return False


def _named_as_not_charged(person: Person, letter: ParsedText) -> bool:
    """Return whether the words right after a mention say the person was not charged."""
    for mention in person.mentions:
        after = letter.text[mention.end : mention.end + 80].split(".")[0]
        if NOT_CHARGED_AFTER.match(after):
            return True
    return False


def _only_victim(text: str) -> bool:
    return bool(VICTIM.search(text)) and not re.search(
        r"charged|admitted|pleaded|convicted|defendant|sentenced|youth court",
        text,
        re.IGNORECASE,
    )
