"""Quotations in the body: pairing quote marks into spans, across paragraphs when the
house style re-opens a quote at each new paragraph.

Double marks (“ ” „ ‟ « » ‹ › 「 」 『 』 " `` '') are paired first; single marks (‘ ’ ')
only outside double quotes, and only where they cannot be apostrophes ("don't",
"'90s", "rock 'n' roll", "the students' union", 6'2"). An opening mark that is never
closed ends its quote at the end of its paragraph, so it never swallows more. A quote
of another style inside an open one (“… "the question" …”) is part of it; a curly
quote may close with a straight mark (“…," as some sites print it) or with two single
ones (“…’’).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

#: Marks that only open, only close, or may do either, with the family they belong to.
_OPENERS = {
    "“": "curly",
    "„": "low",
    "‟": "curly",
    "«": "guillemet",
    "‹": "angle",
    "「": "corner",
    "『": "white",
    "``": "tex",
    "‘‘": "curly",
}
_CLOSERS = {"”": "curly", "’’": "curly", "»": "guillemet", "›": "angle", "」": "corner", "』": "white"}
_EITHER = {'"': "straight", "''": "tex"}
#: Which closing marks end a quote opened by each family.
_CLOSES = {
    "curly": {"”", "“", '"', "’’"},
    "low": {"“", "”", '"'},
    "guillemet": {"»"},
    "angle": {"›"},
    "reversed": {"«"},
    "corner": {"」"},
    "white": {"』"},
    "tex": {"''", "”", '"'},
    "straight": {'"', "”"},
}
_DOUBLE = regex.compile(r"``|''|‘‘|’’|[\"“”„‟«»‹›「」『』]")
_SINGLE = regex.compile(r"[‘’']")
_OPEN_CONTEXT = set(" \t\n\r([{—–-/:;\u00a0") | {""}
#: Words that start with an apostrophe and are not quotations.
_ELISIONS = regex.compile(
    r"(?i)(?:em|n|tis|twas|til|till|cause|bout|round|nuff|kay|ello|s|d|ll|re|ve|m|t)\b|\d0s\b|\d\d\b"
)


class Marked(NamedTuple):
    """A quotation: the opening mark at ``open_at``, the closing mark ending at ``close_end``.

    ``start``/``end`` bound the content (marks excluded, spaces trimmed); ``closed`` is
    False when the paragraph ended first. (A named tuple: the cheapest record to make.)
    """

    open_at: int
    close_end: int
    start: int
    end: int
    paragraph: int
    last_paragraph: int
    closed: bool


def _context(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Whether a mark at ``start:end`` sits where a quote opens, closes, or either."""
    before = text[start - 1] if start > lo else ""
    after = text[end] if end < hi else ""
    opens = before in _OPEN_CONTEXT or (before.isspace() if before else True)
    closes = after == "" or after.isspace() or after in ",.;:!?)]}—–-…'’\"”"
    if opens and after and not after.isspace():
        return "open"
    if closes and before and not before.isspace():
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Marked]:
    """All quotations in the paragraphs (given as (start, end) spans, in order)."""
    found: list[Marked] = []
    carry: tuple[int, int, str, int] | None = None  # (open_at, open_end, family, paragraph)
    for index, (lo, hi) in enumerate(paragraphs):
        opened, pos = carry, lo
        carry = None
        if opened is not None:
            # The previous paragraph left a quote open, and this one re-opens it.
            first = _DOUBLE.match(text, _skip_space(text, lo, hi), hi)
            pos = first.end() if first is not None else lo
        doubles: list[tuple[int, int]] = []  # this paragraph's double quotes
        inner: str | None = None  # the family of a quote nested in the open one
        for m in _DOUBLE.finditer(text, pos, hi):
            mark = m.group()
            where = _context(text, m.start(), m.end(), lo, hi)
            if opened is None:
                family = _opening_family(mark, where)
                if family is not None:
                    opened = (m.start(), m.end(), family, index)
                continue
            if inner is not None and _closes(mark, inner, where):
                inner = None  # “… "a quote inside" …”: part of the outer quote
                continue
            o_at, o_end, family, para = opened
            if _closes(mark, family, where):
                s, e = _trim(text, o_end, m.start())
                if e > s:
                    found.append(Marked(o_at, m.end(), s, e, para, index, True))
                    doubles.append((o_at, m.end()))
                opened = None
                inner = None
            elif (family_now := _opening_family(mark, where)) is not None:
                if family_now != family and (mark in _OPENERS or where == "open") and inner is None:
                    inner = family_now  # a quote of another style inside this one
                else:
                    # A second opening mark: the open quote was never closed. Start again here.
                    opened = (m.start(), m.end(), family_now, index)
                    inner = None
        if opened is not None:
            if _reopens(text, paragraphs, index):
                carry = opened
            else:
                o_at, o_end, _, para = opened
                s, e = _trim(text, o_end, hi)
                if e > s:
                    found.append(Marked(o_at, hi, s, e, para, index, False))
                    doubles.append((o_at, hi))
        found.extend(_singles(text, lo, hi, index, doubles))
    if carry is not None:
        o_at, o_end, _, para = carry
        last = len(paragraphs) - 1
        s, e = _trim(text, o_end, paragraphs[last][1])
        if e > s:
            found.append(Marked(o_at, paragraphs[last][1], s, e, para, last, False))
    found.sort(key=lambda q: q.start)
    return found


def _closes(mark: str, family: str, where: str) -> bool:
    """Does ``mark`` close a quote opened by ``family``?"""
    if mark not in _CLOSES[family] or (mark == '"' and where == "open"):
        return False
    return not (mark == "“" and family == "curly" and where == "open")


def _skip_space(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _reopens(text: str, paragraphs: Sequence[tuple[int, int]], index: int) -> bool:
    """Does the next paragraph open with a quote mark (the multi-paragraph convention)?"""
    if index + 1 >= len(paragraphs):
        return False
    lo, hi = paragraphs[index + 1]
    m = _DOUBLE.match(text, _skip_space(text, lo, hi), hi)
    return m is not None and m.group() not in _CLOSERS


def _opening_family(mark: str, where: str) -> str | None:
    if mark in _OPENERS:
        return _OPENERS[mark]
    if mark in _EITHER and where != "close":
        return _EITHER[mark]
    if mark == "»" and where == "open":
        return "reversed"
    return None


def _singles(text: str, lo: int, hi: int, index: int, doubles: list[tuple[int, int]]) -> list[Marked]:
    """Single-mark quotations outside double quotes, guarding against apostrophes.

    An opening mark stands before a word and is no elision ('90s, 'em); a closing mark
    stands after a word and before no letter. A closing mark after punctuation
    (``,’``) is strong; one after a bare word (``students’ union``) is weak and only
    used when no strong one comes before the next opening mark.
    """
    openers: list[int] = []
    closers: list[tuple[int, bool]] = []
    for m in _SINGLE.finditer(text, lo, hi):
        pos = m.start()
        if _inside(doubles, pos):
            continue
        mark = m.group()
        before = text[pos - 1] if pos > lo else ""
        after = text[pos + 1] if pos + 1 < hi else ""
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if mark != "’" and (before == "" or before.isspace() or before in '([{—–-/"“') and after.isalnum():
            if not _ELISIONS.match(text, pos + 1, hi):
                openers.append(pos)
            continue
        if mark != "‘" and before and not before.isspace() and not after.isalnum():
            strong = before in ",.!?;:—-…" or after == "" or after in ",.;:!?)—–"
            closers.append((pos, strong))
    out: list[Marked] = []
    k = 0
    for n, opener in enumerate(openers):
        limit = openers[n + 1] if n + 1 < len(openers) else hi
        while k < len(closers) and closers[k][0] < opener:
            k += 1
        j = k
        close: int | None = None
        while j < len(closers) and closers[j][0] < limit:
            if closers[j][1]:
                close = closers[j][0]
                break
            j += 1
        if close is None and k < len(closers) and closers[k][0] < limit:
            close = closers[k][0]  # only weak closing marks: take the first
        if close is None:
            continue
        s, e = _trim(text, opener + 1, close)
        if e > s:
            out.append(Marked(opener, close + 1, s, e, index, index, True))
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, _FAR)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_FAR = 1 << 62
