"""The statistics behind the evaluation reports: intervals, agreement, confusion.

Kept free of letters and judges so that each formula can be checked by hand.
"""

import math
from collections import Counter
from collections.abc import Iterable, Sequence

Pair = tuple[str, str]


def wilson_interval(
    successes: int, n: int, z: float = 1.96
) -> tuple[float, float] | None:
    """Return the Wilson score interval for ``successes`` out of ``n``.

    With ``n == 0`` there is no share to bound, so the answer is ``None`` rather
    than a made-up interval; callers show that as "no data".
    """
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return None

    share = successes / n
    z2 = z * z
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    spread = z / (1 + z2 / n) * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n))

    return max(0.0, centre - spread), min(1.0, centre + spread)


def accuracy(pairs: Iterable[Pair]) -> float | None:
    """Return the share of pairs whose two codes agree; ``None`` with no pairs."""
    pairs = list(pairs)
    if not pairs:
        return None
    return sum(gold == predicted for gold, predicted in pairs) / len(pairs)


def cohen_kappa(pairs: Iterable[Pair]) -> float | None:
    """Return Cohen's kappa over (gold, predicted) code pairs.

    ``None`` when there are no pairs. When chance agreement is 1 (both sides gave
    one and the same code every time) kappa is 0/0; we return 1.0 if the two
    sides agreed on every letter and 0.0 otherwise.
    """
    pairs = list(pairs)
    if not pairs:
        return None

    observed = accuracy(pairs)
    expected = _chance_agreement(pairs)

    if math.isclose(expected, 1.0):
        return 1.0 if math.isclose(observed, 1.0) else 0.0
    return (observed - expected) / (1 - expected)


def confusion_matrix(
    pairs: Iterable[Pair], codes: Sequence[str]
) -> dict[str, dict[str, int]]:
    """Return counts as ``matrix[gold][predicted]``, rows and columns in ``codes``.

    A code met in ``pairs`` but missing from ``codes`` is added after them, so no
    pair is ever dropped from the matrix.
    """
    pairs = list(pairs)
    order = list(dict.fromkeys([*codes, *(code for pair in pairs for code in pair)]))

    matrix = {gold: dict.fromkeys(order, 0) for gold in order}
    for gold, predicted in pairs:
        matrix[gold][predicted] += 1
    return matrix


def format_percent(share: float | None) -> str:
    """Return a share as a percentage to one decimal place, or an en dash."""
    return "–" if share is None else f"{share * 100:.1f}%"


def format_interval(interval: tuple[float, float] | None) -> str:
    """Return an interval as ``"62.5–76.9%"``, or an en dash when there is none."""
    if interval is None:
        return "–"
    low, high = interval
    return f"{low * 100:.1f}–{high * 100:.1f}%"


def percent_figure(share: float | None) -> str:
    """Return a share as a bare figure for CSV, ``"70.2"``, or ``""`` when none."""
    return "" if share is None else f"{share * 100:.1f}"


def _chance_agreement(pairs: list[Pair]) -> float:
    gold_counts = Counter(gold for gold, _ in pairs)
    predicted_counts = Counter(predicted for _, predicted in pairs)

    matched = sum(count * predicted_counts[code] for code, count in gold_counts.items())
    return matched / len(pairs) ** 2
