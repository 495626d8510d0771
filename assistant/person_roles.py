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
    r"legal manager|(?:my|our) colleague|chief crown prosecutor|crown prosecutor|"
    r"officer in the case|investigating officer|police officer|detective|solicitor|"
    r"judge|"
    r"recorder|magistrate|usher|clerk|witness care officer|(?:legal|complaints|"
    r"casework|unit|area|operations|senior|deputy|team|our|my) manager|"
    r"team leader|unit head|isva|idva|independent (?:sexual|domestic) violence "
    r"advo?(?:c|s)\w*|support worker|intermediary|interpreter)\b",
    re.IGNORECASE,
)
# A person placed in a team of the service: "Sarah Bell in our Victim Liaison Unit".
STAFF_UNIT = re.compile(
    r"\s*,?\s*(?:in|from|of|at)\s+(?:our|the cps|the crown prosecution service|"
    r"the|that|this)(?:'s)?\s+(?:\w+\s+){0,3}(?:unit|team|office|department|"
    r"section)\b",
    re.IGNORECASE,
)
# The author of an earlier reply: "the stage one reply from Mr Farooq".
REPLY_FROM = re.compile(
    r"\b(?:reply|response|letter|review|decision)\s+(?:(?:that\s+)?you\s+(?:received|"
    r"got|had)\s+|(?:sent|written|given)\s+(?:to\s+you\s+)?)?(?:from|by|written by|"
    r"sent by)\s*$",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"[- ]years?[- ]old\b|\baged (?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)\b|\bwho was (?:1[0-7]|only 1[0-7])\b|"
    r"\b(?:was|is|(?:both|they|who) (?:are|were)) 1[0-7]\b(?! (?:minutes|hours|days|"
    r"weeks|months|miles|times|calls|messages))|\(1[0-7]\)|\byouth court\b|\ba youth\b|"
    r"\bjuvenile\b|\bteenagers?\b|\byouths\b|"
    r"\bschool(?:boy|girl)\b|\bunder 18\b|\ba minor\b|\byoung person\b|"
    r"\breferral order\b|\byouth rehabilitation order\b|\byouth offending\b|"
    r"\bstill at school\b|\bpupil\b|\bin year (?:7|8|9|10|11)\b|\bteenage\b",
    re.IGNORECASE,
)
PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:he|she|both|they)\b", re.IGNORECASE
)
# An adult age beside a name: "Jordan Kettle, who is 23", "aged 31", "(45)".
ADULT_AGE = re.compile(
    r"\s*,?\s*(?:who (?:is|was) (?:now )?|aged |\()(?:1[89]|[2-9]\d)\b",
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
    r"cannot|can't|must|remains|remained)\b(?:\s+\w+){0,4}?\s+(?:not (?:also |yet )?"
    r"(?:be |been )?(?:charged|prosecuted)|arrested|interviewed|released|bailed|under "
    r"investigation|given a (?:community resolution|caution)|cautioned)\b|"
    r"^[\s,]*who (?:you|she|he|they) reported\b",
    re.IGNORECASE,
)
# A description ending in "called" or "named" belongs to the name after it.
INTRODUCES_NEXT = re.compile(r"\b(?:called|named|known as)\s*$", re.IGNORECASE)
DEATH_BEFORE = re.compile(
    r"\b(?:loss|death|killing|murder|memory|funeral|inquest into the death) of"
    r"[\s,]*(?:(?:your|their|our) \w+[\s,]*)?(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
DEATH_AFTER = re.compile(
    r"['\u2019]s (?:death|killing|murder|funeral|inquest)\b|,? (?:who )?(?:died|was "
    r"killed|passed away|lost (?:his|her|their) life)\b",
    re.IGNORECASE,
)
# The person as the one harmed: "the attack on your son, Tobi", "assaulted Tobi".
HARMED_BEFORE = re.compile(
    r"\b(?:assaulted|attacked|attack on|assault on|injured|hurt|robbed|robbery of|"
    r"stabbed|punched|threatened|harassed|harassment of|stalking of|abused|abuse of|"
    r"threats (?:sent )?to|raped|rape of|sexually assaulted|sexual assault on|"
    r"grooming|groomed|indecent "
    r"images of|exposed himself to|touched)"
    r"[\s,]*(?:(?:your|their|her|his) \w+[\s,]*)?(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
HARMED_AFTER = re.compile(
    r"\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:injured|hurt|assaulted|"
    r"attacked|punched|stabbed|robbed|threatened|harassed|bitten|knocked down)\b",
    re.IGNORECASE,
)
NAMED_WITNESS = re.compile(
    r"\b(?:eye)?witness(?:es)?\b(?!\s+(?:care|service|box|statement))|\bwho saw\b|"
    r"\bsaw (?:the|what|him|it)\b|\bwhat (?:she|he|they) saw\b|\bwitnessed\b|"
    r"\bbystander\b|\bcalled 999\b|(?<!personal )(?<!defence )\bstatement\b",
    re.IGNORECASE,
)
# The person as the one who saw or heard it: "Tariq Mahmood saw Cope push you".
SAW_IT_AFTER = re.compile(
    r"\s*,?\s*(?:also\s+|had\s+|then\s+)?(?:saw|described|heard|watched|filmed)\b"
)
# Someone known through another person: "her flatmate, Rosie Tranter".
FRIEND_BEFORE = re.compile(
    r"\b(?:her|his|their|the complainant's|the victim's) (?:friend|flatmate|"
    r"housemate|neighbour|colleague|boyfriend|girlfriend|classmate|cousin)[\s,]*"
    r"(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
THIRD_PARTY = re.compile(r"\bjurors?\b|\bjury members?\b", re.IGNORECASE)
ACCUSED_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:was|were|had been|has been|is|had|has)\s+"
    r"(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:charged|convicted|sentenced|found guilty|acquitted|prosecuted|tried)\b|"
    r"^\W*(?:\w+\W+){0,3}?(?:pleaded|appealed|admitted(?![^.]{0,30}\b(?:in "
    r"interview|to (?:the )?police|to officers)))\b",
    re.IGNORECASE,
)
ACCUSED_BEFORE = re.compile(
    r"(?:defendant|accused|\bR v\.?|(?:prosecution|trial|conviction) of|case "
    r"against|charges against|convicted|(?<!not )(?<!never )(?<!without )"
    r"(?:prosecuted|charged))"
    r"(?:\s+(?:your|his|her|their)\s+\w+)?"
    r"[\s,]*(?:mr|mrs|ms|miss)?\.?\s*$",
    re.IGNORECASE,
)
ACCUSED = re.compile(
    r"\bcharged\b|\badmitted\b|\bpleaded\b|\bconvicted\b|\bprosecut\w*|\bsentenced\b|"
    r"\bdefendant\b|\btrial\b|\boffence\b|\bappeared\b|\bfound guilty\b|\border\b|"
    r"\barrested\b|\bsuspect\w*|\bcourt\b",
    re.IGNORECASE,
)
NOT_CHARGED = re.compile(
    r"\barrested\b|\binterviewed\b|\bsuspect\w*\b|released (?:without charge|under "
    r"investigation|on bail)|\bno further action\b|\bnfa\b|not (?:also |yet |ever )?"
    r"(?:be |been )?(?:charged|prosecuted)|"
    r"decided not to (?:charge|prosecute)|not to (?:charge|prosecute)|(?:insufficient|"
    r"not enough) evidence|never charged|no charges?\b|the man you named|"
    r"the person you named|taken against|whether (?:\w+ ){0,5}(?:should|could|"
    r"would|can) be (?:charged|prosecuted)|advice (?:on|about) (?:whether|charging)|"
    r"(?:still|remains|remained) under investigation|you believe (?:attacked|"
    r"assaulted|is responsible)|community resolution|(?:simple |conditional )?"
    r"caution(?:ed)?\b|penalty notice|out of court|\b(?:you|she|he) reported\b|"
    r"\breported (?:him|her|them) for\b|\bwas reported for\b",
    re.IGNORECASE,
)
OUT_OF_COURT = re.compile(
    r"\bcommunity resolution\b|(?<!under )\b(?:simple |conditional )?caution(?:ed)?"
    r"\b(?! (?:for|in|at) (?:interview|the police station))|\bpenalty notice\b|"
    r"\bout of court\b",
    re.IGNORECASE,
)
OTHER_SUSPECT = re.compile(r"\b(?:the|a) suspects?\b", re.IGNORECASE)
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
    r"\bdisclosed\b|\bwitness care\b|\byour (?:sister|daughter|son|partner|wife|"
    r"husband|friend|mother|niece|granddaughter|grandson|nephew|child|client)\b",
    re.IGNORECASE,
)
WITNESS = re.compile(
    r"\bwitness(?:es)?\b|\bgave evidence\b|\bgive evidence\b|\bgiving evidence\b|"
    r"\bstatement\b|\btestif\w*|\beyewitness\b|\balibi\b|"
    r"\bsaw (?:the|him|her|what)\b|"
    r"\bevidence (?:of|from)\b|\baccount (?:of|from)\b|\bcalled to give\b|"
    r"(?<!you )(?<!you also )\bsaid that\b|\btold (?:the police|officers|us)\b|"
    r"\bidentified\b",
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
    person: Person,
    letter: ParsedText,
    others: list[tuple[int, int]] = (),
    sexual_case: bool | None = None,
) -> RoleReading:
    """Decide from the letter's cues whether ``person`` must not be named.

    ``others`` are the spans naming other people: an age written next to someone
    else ("indecent images of Ellie, who was 14") is not this person's age.
    ``sexual_case`` says whether the case is about a sexual offence (the caller
    may know from the complaint); by default the letter's own words decide.
    """
    sentences = _sentences_naming(person, letter)
    text = " ".join(s.text for s in sentences)
    first = sentences[0] if sentences else None
    if sexual_case is None:
        sexual_case = bool(SEXUAL.search(letter.text))

    if OFFICIAL_TITLE.match(person.mentions[0].text) or _described_as_staff(
        person, letter
    ):
        return RoleReading(None, "named in an official role", first, 0.7)
    # "admitted the offence and accepted a caution" is a suspect never charged.
    disposed = bool(OUT_OF_COURT.search(text)) and not CHARGED.search(text)
    accused = _accused(person, letter) and not disposed
    harmed = _harmed(person, letter)
    if _named_as_not_charged(person, letter) and not (harmed or accused):
        return RoleReading("suspect_not_charged", "a suspect not charged", first, 0.75)
    # The victim's friend who gave evidence is a witness, not the victim.
    friend = _known_through_another(person, letter) and bool(WITNESS.search(text))
    victim = harmed or _victim_not_witness(person, letter)
    if sexual_case and not accused and victim and not friend:
        return RoleReading("rape_victim", "victim in a sexual-offence case", first, 0.6)
    # Youth words beside the one harmed ("the young person who assaulted Tobi")
    # describe the attacker.
    youth = not harmed and _youth_cue(person, letter, others)
    if youth and ACCUSED.search(text) and not _only_victim(text):
        return RoleReading(
            "youth_defendant", "a youth accused of an offence", first, 0.75
        )
    if _not_charged_cue(person, letter, text) and not accused and not harmed:
        return RoleReading("suspect_not_charged", "a suspect not charged", first, 0.7)
    if _relative_of_complainant(person, letter) and not sexual_case:
        return RoleReading(None, "the complainant's relative", first, 0.6)
    if _deceased(person, letter) and not sexual_case:
        return RoleReading(None, "the person who died", first, 0.6)
    if harmed and not sexual_case:
        return RoleReading(None, "the person the offence harmed", first, 0.55)
    if (WITNESS.search(text) or _saw_it(person, letter)) and not accused:
        if sexual_case and not friend and not _called_a_witness(person, letter):
            # In a sexual-offence case the person giving evidence is most often
            # the victim; a missed victim is the worst failure.
            return RoleReading(
                "rape_victim", "gives evidence in a sexual-offence case", first, 0.5
            )
        return RoleReading("witness", "a witness in the case", first, 0.65)
    if youth or CHILD.search(text) or THIRD_PARTY.search(text):
        return RoleReading("other", "a child or third party named", first, 0.5)
    if sexual_case and not accused:
        # In a sexual-offence case any other private person named may be the
        # victim; a missed victim is the worst failure, so err towards flagging.
        return RoleReading("rape_victim", "named in a sexual-offence case", first, 0.45)
    return RoleReading(None, "no cue that the person must not be named", first, 0.6)


def _victim_not_witness(person: Person, letter: ParsedText) -> bool:
    sentences = _sentences_naming(person, letter)
    return _is_victim(person, sentences) and not _called_a_witness(person, letter)


def _harmed(person: Person, letter: ParsedText) -> bool:
    """Return whether the letter names the person as the one an offence harmed."""
    return any(
        HARMED_BEFORE.search(letter.text[max(0, m.start - 40) : m.start])
        or HARMED_AFTER.match(letter.text[m.end : m.end + 40])
        for m in person.mentions
    )


def _known_through_another(person: Person, letter: ParsedText) -> bool:
    return any(
        FRIEND_BEFORE.search(letter.text, max(0, m.start - 40), m.start)
        for m in person.mentions
    )


def _saw_it(person: Person, letter: ParsedText) -> bool:
    return any(
        SAW_IT_AFTER.match(letter.text, m.end, m.end + 30) for m in person.mentions
    )


def _called_a_witness(person: Person, letter: ParsedText) -> bool:
    """Return whether a mention has the word witness (or saw) right beside it."""
    for mention in person.mentions:
        near = letter.text[max(0, mention.start - 50) : mention.end + 50]
        if NAMED_WITNESS.search(near):
            return True
    return False


def _youth_cue(person: Person, letter: ParsedText, others) -> bool:
    """Return whether an age under 18 or a youth court is tied to this person."""
    if any(ADULT_AGE.match(letter.text, m.end, m.end + 30) for m in person.mentions):
        return False
    for mention in person.mentions:
        sentence = letter.sentence_at(mention.start)
        if YOUTH_COURT.search(sentence.text) and not _others_in(sentence, others):
            return True
        start = max(
            [mention.start - 60, sentence.start, *_ends_before(mention, others)]
        )
        end = min([mention.end + 90, sentence.end, *_starts_after(mention, others)])
        if INTRODUCES_NEXT.search(letter.text, mention.end, end):
            # "Tobi, a Year 10 pupil called Kacper Nowak": the words describe Kacper.
            end = mention.end
        if YOUTH.search(letter.text[start:end]):
            return True
        if _youth_said_next(letter, sentence, others):
            return True
    return False


def _youth_said_next(letter: ParsedText, sentence: Sentence, others) -> bool:
    """Return whether the next sentence gives the age of "he" or "she" and names
    no one else ("Because he was 17 when he was charged, ...")."""
    if sentence.index + 1 >= len(letter.sentences):
        return False
    following = letter.sentences[sentence.index + 1]
    if _others_in(following, others) or not PRONOUN_SUBJECT.search(following.text):
        return False
    return bool(YOUTH.search(following.text))


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
        if STAFF_UNIT.match(after) or _staff_described_after(after):
            return True
        if REPLY_FROM.search(before):
            return True
    return False


def _staff_described_after(after: str) -> bool:
    """Return whether the words after a name give a job ("is a self-employed
    barrister")."""
    match = re.match(
        r"\s+(?:is|was)\s+(?:a|an|the|our)\s+((?:[\w-]+\s+){0,2}[\w-]+)", after
    )
    return bool(match and STAFF.search(match.group(1)))


def _is_victim(person: Person, sentences: list[Sentence]) -> bool:
    text = " ".join(s.text for s in sentences)
    if (CHARGED.search(text) or NOT_CHARGED.search(text)) and not VICTIM.search(text):
        return False
    return bool(VICTIM.search(text)) or bool(SEXUAL.search(text))


def _accused(person: Person, letter: ParsedText) -> bool:
    """Return whether the letter says this person was charged or tried."""
    for mention in person.mentions:
        # The clause after the name, not the next sentence ("was Priya. On 27
        # February he was sentenced").
        after = SENTENCE_END.split(letter.text[mention.end : mention.end + 80])[0]
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


def _deceased(person: Person, letter: ParsedText) -> bool:
    """Return whether the letter speaks of the person's death ("the loss of Peter")."""
    for mention in person.mentions:
        before = letter.text[max(0, mention.start - 30) : mention.start]
        after = letter.text[mention.end : mention.end + 40]
        if DEATH_BEFORE.search(before) or DEATH_AFTER.match(after):
            return True
    return False


def _named_as_not_charged(person: Person, letter: ParsedText) -> bool:
    """Return whether the words right after a mention say the person was not charged."""
    for mention in person.mentions:
        after = letter.text[mention.end : mention.end + 80].split(".")[0]
        if NOT_CHARGED_AFTER.match(after):
            return True
    return False


def _not_charged_cue(person: Person, letter: ParsedText, text: str) -> bool:
    """Return whether the sentences naming the person say someone was not charged;
    "the suspect" beside a witness ("if you or Ms Okonkwo pick out the suspect")
    is someone else."""
    if _called_a_witness(person, letter):
        text = OTHER_SUSPECT.sub("", text)
    return bool(NOT_CHARGED.search(text))


def _only_victim(text: str) -> bool:
    return bool(VICTIM.search(text)) and not re.search(
        r"charged|admitted|pleaded|convicted|defendant|sentenced|youth court",
        text,
        re.IGNORECASE,
    )
