"""Real-word slips: correctly spelt words used for another word in this domain.

A dictionary cannot catch them, so each is judged by its neighbours: "the trail"
listed for a date is a trial, "a paper trail" is not; "you where told" is "were",
"the hearing, where not guilty pleas were entered" is not.
"""

from spacy.tokens import Token

# Words before "trail" that make it a track or record, not a misspelt trial.
TRAIL_COMPANIONS = {
    "a",
    "paper",
    "paperwork",
    "audit",
    "email",
    "digital",
    "money",
    "evidential",
    "evidence",
    "electronic",
    "forensic",
    "cold",
}
# Words around "trail" that make it the thing listed, held or attended: a trial.
TRIAL_BEFORE = {
    "the",
    "this",
    "that",
    "your",
    "his",
    "her",
    "their",
    "our",
    "at",
    "for",
    "before",
    "after",
    "during",
    "until",
    "fair",
    "new",
    "jury",
    "crown",
}
TRIAL_AFTER = {"date", "dates", "judge", "hearing", "window", "listing", "bundle"}
PRONOUN_SUBJECTS = {"we", "you", "they"}
# These can also lead a relative clause: "those where a child is involved".
DEMONSTRATIVE_SUBJECTS = {"there", "these", "those", "both", "all"}
WERE_PARTNERS = {"not", "unable", "able", "told", "given", "informed", "asked", "made"}


def real_word_slip(token: Token) -> str | None:
    """Return the word meant when ``token`` is a real-word slip, else ``None``."""
    lower = token.lower_
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""

    if lower in {"trail", "trails"} and _trail_for_trial(before, after):
        return lower.replace("trail", "trial")
    if lower in {"retrail", "retrails"}:
        return lower.replace("trail", "trial")
    if lower == "breech" and after not in {"birth", "presentation", "baby"}:
        return "breach"
    if lower == "where" and _where_for_were(token, before, after):
        return "were"
    if lower == "their" and after in {"is", "are", "was", "were", "has", "have"}:
        return "there"
    if lower == "council" and before in {"prosecution", "defence", "prosecuting"}:
        return "counsel"
    return None


def _trail_for_trial(before: str, after: str) -> bool:
    if after == "of" or before in TRAIL_COMPANIONS:
        return False
    return before in TRIAL_BEFORE or after in TRIAL_AFTER


def _where_for_were(token: Token, before: str, after: str) -> bool:
    # "where not guilty pleas were entered": 'not' belongs to the plea.
    if after == "not" and _word_after(token, 2) == "guilty":
        return False
    if before in PRONOUN_SUBJECTS:
        return True
    if not before.isalpha():
        return False

    next_token = token.nbor(1) if token.i + 1 < len(token.doc) else None
    participle = next_token is not None and next_token.tag_ == "VBN"
    plural = token.nbor(-1).tag_ == "NNS" or before in DEMONSTRATIVE_SUBJECTS
    return after in WERE_PARTNERS or (participle and plural)


def _word_after(token: Token, distance: int) -> str:
    index = token.i + distance
    return token.doc[index].lower_ if index < len(token.doc) else ""
