"""Keyword search (BM25) over guidance passages, so exact terms are never lost.

Vector search blurs exact phrases such as "calendar month" or "IAC"; BM25 over
word and two-word tokens keeps them.
"""

import re

from rank_bm25 import BM25Okapi

from assistant.passages import Passage

WORD = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
STOP = frozenset(
    "a an and are as at be by can do does for from has have how i if in is it its "
    "me my of on or our should that the their them they this to was we what when "
    "where which who will with you your".split()
)


def tokens(text: str) -> list[str]:
    """Return lower-case words without stop words, plus adjacent pairs."""
    words = [w for w in WORD.findall(text.lower()) if w not in STOP]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


class KeywordIndex:
    """BM25 over passages, rebuilt in memory from the stored passage texts."""

    def __init__(self, passages: list[Passage]):
        self._ids = [p.id for p in passages]
        corpus = [tokens(f"{p.section} {p.section} {p.text}") for p in passages]
        self._bm25 = BM25Okapi(corpus) if corpus else None

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """Return (passage id, BM25 score) of the best ``k`` passages."""
        if self._bm25 is None:
            return []
        scores = self._bm25.get_scores(tokens(query))
        ranked = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
        return [(self._ids[i], float(scores[i])) for i in ranked[:k] if scores[i] > 0]
