"""The prohibited-name guard: who in a letter must not be named, and why.

A reply must never name an uncharged suspect, a youth defendant, a victim of a
sexual offence (to anyone but that victim) or a witness (to anyone but that
witness). The complainant, the signatory, CPS staff, police officers and judges
in their role, and charged adult defendants may be named. The case roster
decides when it lists the person; otherwise the letter's own cues do.
"""

import logging
import re
import time
from dataclasses import dataclass

from assistant.case_roster import RosterPerson, build_roster
from assistant.checks.salutation import SALUTATION
from assistant.language import ParsedText, parse_light
from assistant.letters import LetterRecord
from assistant.person_mentions import Person, find_people, signatory_span
from assistant.person_roles import SEXUAL, read_role
from assistant.pii import analyze

logger = logging.getLogger(__name__)

RULES = ("rape_victim", "youth_defendant", "suspect_not_charged", "witness", "other")
IDENTIFIERS_OF_OTHERS = {
    "DATE_OF_BIRTH": "a date of birth",
    "UK_NINO": "a National Insurance number",
}
ROSTER_CONFIDENCE = 0.95
STREET = (
    r"(?:Road|Street|Avenue|Lane|Close|Drive|Way|Rise|Crescent|Place|Gardens|Grove|"
    r"Terrace|Walk|Hill|Park|View|Row|Mews|Square|Parade)"
)
# A house number and street, optionally with the town and postcode after it.
ADDRESS = re.compile(
    r"\b(?:Flat[ \t]+\d{1,3}[A-Za-z]?,?[ \t]+)?"
    rf"\d{{1,4}}[A-Za-z]?,?[ \t]+(?:(?:[A-Z][\w'\u2019-]+[ \t]+){{1,3}}{STREET}|"
    r"(?:Heol|Ffordd|Stryd|Lon)(?:[ \t]+[\w'\u2019-]+){1,3})"
    r"(?:,[ \t]*[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][a-z][\w'\u2019-]*)?)*"
    r"(?:[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2})?"
)
# Health and immigration details of someone other than the reader.
PRIVATE_DETAIL = re.compile(
    r"\b(?:diagnosed with [^.,;]+|(?:admitted to|detained (?:in|at)) (?:the )?[^.,;]*"
    r"(?:hospital|infirmary|unit)[^.,;]*|detained under [^.,;]+|sectioned|"
    r"(?:stopped taking|is taking|takes) (?:his|her|their) [^.,;]*medication|"
    r"(?:has|had|have|suffers from|suffered from|lives with|living with) (?:[\w-]+ )"
    r"{0,2}(?:schizophreni\w*|bipolar|psychosis|dementia|epilepsy|hiv|cancer|diabetes|"
    r"(?:kidney|heart|liver|lung|motor neurone) disease|kidney failure|depression|"
    r"multiple sclerosis|"
    r"alcohol dependency|"
    r"personality disorder|ptsd|post-traumatic stress|autism|adhd|learning "
    r"disabilit\w*|alcohol dependence|a drug addiction)[^.,;]*|"
    r"(?:undergoing|receiving|having) (?:\w+ )?(?:chemotherapy|radiotherapy|dialysis|"
    r"treatment|surgery|counselling)[^.,;]*|(?:receiving|getting|having) (?:support|"
    r"help|treatment) (?:from [\w ]{2,30} )?for [^.,;]+|(?:being |been )?treated for "
    r"[^.,;]+|signed off (?:sick |work )?with [^.,;]+|"
    r"(?:prescribed|taking) (?:\w+ )?"
    r"(?:medication|antidepressants|methadone)[^.,;]*|"
    r"(?:immigration|deportation|asylum)\b[^.,;]*|(?:\w+ )?months pregnant|a "
    r"(?:hypoglycaemic|diabetic|epileptic) (?:episode|attack|fit)|an? (?:epileptic "
    r")?seizure)",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Words just before an address that make it someone's home whatever else the
# sentence says ("the court has kept the condition that he lives at 14 ...").
HOME = re.compile(
    r"\b(?:live[sd]?|living|home|moved|reside[sd]?|staying|stays|sleep)\b|"
    r"\b(?:his|her|their) (?:home |new )?address\b|['\u2019]s (?:home )?address\b|"
    r"\baddress (?:he|she|they) "
    r"(?:gave|gives|provided)\b|\baddress (?:given|provided) by\b|"
    r",[ \t]*of[ \t]*$",
    re.IGNORECASE,
)
ORGANISATION_ADDRESS = re.compile(
    r"\b(?:cps|crown prosecution|assessor|write to|contact\w*|freepost|po box|court|"
    r"service|office|police station|headquarters|commission|ombudsman|council)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameFinding:
    """A mention of a person, the rule it breaks (or ``person``) and why."""

    start: int
    end: int
    text: str
    person: str
    rule: str
    evidence: str
    confidence: float

    @property
    def prohibited(self) -> bool:
        """Return whether this mention must not appear in the letter."""
        return self.rule != "person"


def check_names(
    record: LetterRecord, letter: ParsedText | None = None
) -> list[NameFinding]:
    """Return a finding for every person mention in the record's letter."""
    started = time.perf_counter()
    letter = letter or parse_light(record.letter)
    roster = build_roster(record) + _addressee(letter.text, record)

    people = find_people(letter.text, letter.doc, roster)
    sexual_case = bool(SEXUAL.search(letter.text) or SEXUAL.search(record.complaint))
    findings = []
    for person in people:
        others = [
            (m.start, m.end) for p in people if p is not person for m in p.mentions
        ]
        findings.extend(_judge_person(person, letter, others, sexual_case))
    findings.extend(_identifier_findings(letter))
    findings.extend(_address_findings(letter.text))
    findings.extend(_private_detail_findings(letter))

    logger.info(
        "name check mentions=%d prohibited=%d ms=%.0f",
        len(findings),
        sum(f.prohibited for f in findings),
        (time.perf_counter() - started) * 1000,
    )
    return sorted(findings, key=lambda finding: finding.start)


def most_serious(findings: list[NameFinding]) -> NameFinding | None:
    """Return the finding of the most serious rule broken, if any."""
    broken = [f for f in findings if f.prohibited]
    return min(broken, key=lambda f: (RULES.index(f.rule), f.start), default=None)


def _judge_person(
    person: Person, letter: ParsedText, others, sexual_case: bool
) -> list[NameFinding]:
    rule, reason, confidence = _decide(person, letter, others, sexual_case)
    return [
        NameFinding(
            start=m.start,
            end=m.end,
            text=m.text,
            person=person.name,
            rule=rule or "person",
            evidence=reason,
            confidence=confidence,
        )
        for m in person.mentions
    ]


def _decide(
    person: Person, letter: ParsedText, others, sexual_case: bool
) -> tuple[str | None, str, float]:
    if person.roster is not None:
        return _decide_from_roster(person.roster)
    if _is_signatory(person, letter.text):
        return None, "signs the letter", 0.9
    if _is_addressee(person, letter.text):
        return None, "the person the letter is addressed to", 0.9

    reading = read_role(person, letter, others, sexual_case)
    evidence = reading.evidence.text if reading.evidence else ""
    reason = f'{reading.reason}: "{" ".join(evidence.split())[:160]}"'
    return reading.rule, reason, reading.confidence


def _decide_from_roster(person: RosterPerson) -> tuple[str | None, str, float]:
    if person.is_complainant:
        return None, "the complainant", ROSTER_CONFIDENCE
    if person.role == "victim" and person.sexual_offence_victim:
        return "rape_victim", "case party: sexual-offence victim", ROSTER_CONFIDENCE
    if person.role in ("defendant", "suspect") and person.youth and person.charged:
        return "youth_defendant", "case party: youth defendant", ROSTER_CONFIDENCE
    if person.role in ("defendant", "suspect") and not person.charged:
        return "suspect_not_charged", "case party: not charged", ROSTER_CONFIDENCE
    if person.role == "witness":
        return "witness", "case party: witness", ROSTER_CONFIDENCE
    return None, f"case party: {person.role}", ROSTER_CONFIDENCE


def _is_signatory(person: Person, text: str) -> bool:
    span = signatory_span(text)
    return bool(span) and any(span[0] <= m.start < span[1] for m in person.mentions)


def _is_addressee(person: Person, text: str) -> bool:
    match = SALUTATION.search(text)
    return bool(match) and any(
        match.start("name") <= m.start < match.end("name") for m in person.mentions
    )


def _addressee(text: str, record: LetterRecord) -> list[RosterPerson]:
    if record.complainant_name:
        return []
    salutation = _salutation_name(text)
    return (
        [RosterPerson(salutation, "complainant", is_complainant=True)]
        if salutation
        else []
    )


def _salutation_name(text: str) -> str | None:
    match = SALUTATION.search(text)
    name = match.group("name").strip() if match else ""
    return name if name and not re.search(r"sir|madam", name, re.IGNORECASE) else None


def _identifier_findings(letter: ParsedText) -> list[NameFinding]:
    results = analyze(letter.text, doc=letter.doc, entities=list(IDENTIFIERS_OF_OTHERS))
    return [
        NameFinding(
            start=r.start,
            end=r.end,
            text=letter.text[r.start : r.end],
            person="",
            rule="other",
            evidence=f"{IDENTIFIERS_OF_OTHERS[r.entity_type]} in the letter",
            confidence=0.6,
        )
        for r in results
    ]


def _address_findings(text: str) -> list[NameFinding]:
    body_start = _salutation_end(text)
    findings = []
    for match in ADDRESS.finditer(text, body_start):
        line = _line_around(text, match.start(), match.end())
        lead = text[max(0, match.start() - 60) : match.start()]
        if ORGANISATION_ADDRESS.search(line) and not HOME.search(lead):
            continue
        findings.append(
            NameFinding(
                match.start(),
                match.end(),
                match.group(),
                "",
                "other",
                "a home address in the body of the letter",
                0.6,
            )
        )
    return findings


def _salutation_end(text: str) -> int:
    match = re.search(r"^[ \t]*dear\b[^\n]*", text, re.IGNORECASE | re.MULTILINE)
    return match.end() if match else 0


def _line_around(text: str, start: int, end: int) -> str:
    """Return the clause holding an address: from the last full stop to the next."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 : min(right) if right else len(text)]


def _private_detail_findings(letter: ParsedText) -> list[NameFinding]:
    findings = []
    for sentence in letter.sentences:
        for match in PRIVATE_DETAIL.finditer(sentence.text):
            before = sentence.text[: match.start()]
            if re.search(r"\byou(?:r)?\b", before, re.IGNORECASE) or not (
                PRONOUN.search(before) or NAME_WORD.search(before[1:])
            ):
                continue
            start = sentence.start + match.start()
            findings.append(
                NameFinding(
                    start,
                    start + len(match.group()),
                    match.group(),
                    "",
                    "other",
                    "health or immigration details of another person",
                    0.5,
                )
            )
    return findings
