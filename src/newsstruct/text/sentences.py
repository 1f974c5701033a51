"""Sentence and clause boundaries near a position, for attribution windows.

A full stop ends a sentence unless it closes an abbreviation the parser knows
(honorifics, titles, months, initials such as "V." or "U.S."). A line break ends one
too, unless the line stops on a letter, a digit, a comma or a dash: hard-wrapped wire
copy breaks its lines in mid-sentence.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.text import lexicon

#: How far back a sentence start is looked for.
REACH = 400

_BOUNDARY = regex.compile(
    r"[.!?…]+[\"'”’)\]]*\s+(?=(?:``|''|[\"'“‘(\[])?[\p{Lu}\p{N}])|(?<![\p{L}\p{N},;\-–—][ \t]{0,3})[\n\r]+"
)
_WORD_BEFORE = regex.compile(r"(\S+)$")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)*+\p{Lu}")


@functools.cache
def abbreviations() -> frozenset[str]:
    """Words ending in a full stop that do not end a sentence."""
    found = set(lexicon.entries("abbreviations.txt"))
    found.update(row[0] for row in lexicon.table("honorifics.tsv") if row[0].endswith("."))
    found.update(t for t in lexicon.entries("titles.txt") if t.endswith("."))
    found.update(row[0] for row in lexicon.table("months.tsv") if row[0].endswith("."))
    found.update(p for p in lexicon.entries("places.txt") if p.endswith("."))
    return frozenset(found)


def _ends_sentence(text: str, dot: int, lo: int) -> bool:
    """Does the full stop at ``dot`` end a sentence?"""
    if text[dot] != ".":
        return True
    # The word holds no space: look from the last one before it (the same match, found
    # without trying every position of the window).
    reach = max(lo, dot - 20)
    space = text.rfind(" ", reach, dot)
    m = _WORD_BEFORE.search(text, space + 1 if space >= 0 else reach, dot + 1)
    if m is None:
        return True
    word = m.group(1).lstrip("\"'“‘([")
    if word in abbreviations():
        return False
    core = word[:-1]
    # Initials ("V.", "U.S.", "J.R.R.") do not end sentences. They end on a capital, and
    # most words before a full stop end on an ASCII letter that is none (a test cheaper
    # than the pattern; the pattern's Unicode may know capitals that ``str`` does not)
    last = core[-1:]
    if last.isascii() and not last.isupper():
        return True
    return _INITIALS.fullmatch(core) is None


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo``."""
    window = max(lo, pos - REACH)
    # Look two characters past ``pos`` so a boundary right before it is seen whole.
    found = []
    for m in _BOUNDARY.finditer(text, window, min(len(text), pos + 2)):
        if m.end() > pos:
            break
        found.append(m)
    # The last boundary that ends a sentence: tried from the nearest back, so a text
    # dense with full stops tests few of them.
    for m in reversed(found):
        if m.group()[0] in "\n\r" or _ends_sentence(text, m.start(), lo):
            return m.end()
    return lo


def sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos`` (after its final punctuation), not after ``hi``."""
    limit = min(hi, pos + REACH)
    for m in _BOUNDARY.finditer(text, pos, min(len(text), limit + 2)):
        if m.start() >= limit:
            break
        if m.group()[0] in "\n\r" or _ends_sentence(text, m.start(), pos):
            return m.start() + len(m.group().rstrip())
    return limit


def starts(text: str, lo: int, hi: int) -> list[int]:
    """Every sentence start in ``text[lo:hi]``, in order (``lo`` first)."""
    out = [lo]
    for m in _BOUNDARY.finditer(text, lo, min(len(text), hi + 2)):
        if m.end() > hi:
            break
        if m.group()[0] in "\n\r" or _ends_sentence(text, m.start(), lo):
            out.append(m.end())
    return out
