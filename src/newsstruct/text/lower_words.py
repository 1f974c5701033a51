"""Which words an article writes in lower case, asked word by word.

Reading people's names needs to know whether the article also writes a word in lower
case ("Regular" opening a sentence is no name when the text writes "regular" too). It
asks about a handful of words per article, so each one is looked for where it occurs
(``str.find``, at C speed) instead of every lower-case word of the article being
collected, which cost more than all the rest of reading names. Past a budget in
proportion to the text, the whole set is collected once and asked from then on: the
cost stays linear in the text however many words are asked about, and the answers are
the same either way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

#: A word written in lower case: a lower-case letter opening a word (not after a letter,
#: a mark, an apostrophe or a hyphen: "well-known" writes "well", not "known"), then its
#: letters and marks.
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Ll}[\p{L}\p{M}]*+")
#: How many characters the look-ups may read, per character of the paragraphs, before
#: the whole set is collected instead (``str.find`` reads a character some hundred times
#: faster than the pattern, which also makes a string of every word it finds).
BUDGET = 64
#: What testing one place where the word occurs costs, in characters of the budget.
_PLACE_COST = 64


class LowerWords:
    """The words :data:`LOWER_WORD` finds in ``paragraphs`` of ``text``, as a set that
    is only asked whether it holds a word."""

    __slots__ = ("_all", "_known", "_left", "_los", "_paragraphs", "_text")

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]], budget: int = BUDGET) -> None:
        self._text = text
        self._paragraphs = [(lo, hi) for lo, hi in paragraphs if hi > lo]
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None
        self._left = budget * sum(hi - lo for lo, hi in self._paragraphs)
        # paragraphs in order, none overlapping the next (as an article's are): one search
        # over the stretch they cover finds the word in all of them
        ordered = all(a[1] <= b[0] for a, b in zip(self._paragraphs, self._paragraphs[1:], strict=False))
        self._los = [lo for lo, _ in self._paragraphs] if ordered else None

    def __contains__(self, word: object) -> bool:
        if self._all is not None:
            return word in self._all
        if not isinstance(word, str) or not word:
            return False  # every word found has a letter
        found = self._known.get(word)
        if found is None:
            found = self._look_up(word)
            self._known[word] = found
        return found

    def _look_up(self, word: str) -> bool:
        """Does :data:`LOWER_WORD` find exactly ``word`` somewhere? Every place where it
        finds a word is a place where it may start (its look-behind rules out the inside
        of a word), so testing the places where ``word`` occurs is enough."""
        if self._los is not None:
            return self._look_in_order(word)
        text = self._text
        size = len(word)
        for lo, hi in self._paragraphs:
            self._left -= hi - lo
            if self._left < 0:
                return word in self._collect()
            at = text.find(word, lo, hi)
            while at >= 0:
                self._left -= _PLACE_COST
                if self._left < 0:
                    return word in self._collect()
                m = LOWER_WORD.match(text, at, hi)
                if m is not None and m.end() == at + size:
                    return True
                at = text.find(word, at + 1, hi)
        return False

    def _look_in_order(self, word: str) -> bool:
        """:meth:`_look_up` over paragraphs in order: one search over the stretch they
        cover, each place tested in the paragraph that holds it."""
        assert self._los is not None
        paragraphs = self._paragraphs
        if not paragraphs:
            return False
        text = self._text
        size = len(word)
        start, end = paragraphs[0][0], paragraphs[-1][1]
        self._left -= end - start
        at = text.find(word, start, end)
        while at >= 0:
            self._left -= _PLACE_COST
            if self._left < 0:
                return word in self._collect()
            hi = paragraphs[bisect.bisect_right(self._los, at) - 1][1]
            if at + size <= hi:
                m = LOWER_WORD.match(text, at, hi)
                if m is not None and m.end() == at + size:
                    return True
            at = text.find(word, at + 1, end)
        if self._left < 0:
            self._collect()  # the budget is spent: later words are asked of the whole set
        return False

    def _collect(self) -> set[str]:
        found: set[str] = set()
        for lo, hi in self._paragraphs:
            found.update(LOWER_WORD.findall(self._text, lo, hi))
        self._all = found
        return found
