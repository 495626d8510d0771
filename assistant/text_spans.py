"""Spans of text found by several detectors, reduced to ones that do not overlap."""

from collections.abc import Callable, Iterable
from typing import TypeVar

Item = TypeVar("Item")


def without_overlaps(
    items: Iterable[Item], span: Callable[[Item], tuple[int, int]]
) -> list[Item]:
    """Keep, left to right, each item not overlapping one kept; longest first."""
    kept: list[Item] = []
    last_end = -1
    ordered = sorted(
        items, key=lambda item: (span(item)[0], -(span(item)[1] - span(item)[0]))
    )
    for item in ordered:
        start, end = span(item)
        if start >= last_end:
            kept.append(item)
            last_end = end
    return kept


def _leftmost_longest(span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    return start, start - end
