"""Answers about a line of the text being parsed, remembered for that text.

Several passes ask the same question of the same line (is it a byline? the block
measures ask, the header's roles ask again, the author search asks once more). A
function decorated with :func:`per_text` answers each ``(start, end)`` of one text
once: the answers are kept while the same text object is asked about, and dropped when
another text comes (so memory stays that of one article's lines).

Only functions whose answer depends on nothing but ``text``, ``start`` and ``end`` may
be decorated, and their answers must be immutable (they are shared between callers).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar, cast

R = TypeVar("R")

_MISSING = object()


def per_text(fn: Callable[[str, int, int], R]) -> Callable[[str, int, int], R]:
    """``fn(text, start, end)``, each answer worked out once per text object."""
    # one (text, answers) pair, swapped whole when another text comes: a reader never
    # sees the answers of one text paired with another
    memo: list[tuple[str, dict[tuple[int, int], object]]] = [("", {})]

    @functools.wraps(fn)
    def remembered(text: str, start: int, end: int) -> R:
        current = memo[0]
        if current[0] is not text:
            current = (text, {})
            memo[0] = current
        answers = current[1]
        found = answers.get((start, end), _MISSING)
        if found is _MISSING:
            found = answers[(start, end)] = fn(text, start, end)
        return cast(R, found)

    return remembered
