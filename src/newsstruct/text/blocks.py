"""Lines and blocks: the text cut into units with exact offsets, nothing rewritten.

A *line* is the stripped content between two line breaks (every break Python's
``str.splitlines`` knows). A *block* is a paragraph candidate: one or more lines
that belong together. Blank lines always separate blocks; inside a run of lines a
new block starts at an indented first line (wire style), at a list bullet, after a
line that stops short of the run's wrap width (hard-wrapped text), or after a line
ending in a colon (a lead-in to what follows).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

#: Characters ``str.splitlines`` breaks on (``\r\n`` counts once).
BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: The breaks of :data:`BREAK` other than "\n" (looked for one by one: ``in`` scans a
#: text in C many times faster than a pattern's search, and most texts hold none).
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A line's content: from its first visible character (past spaces and the invisible
#: marks a page's markup leaves: zero-width spaces and joiners, direction marks, a byte
#: order mark) to the next break.
_CONTENT = regex.compile(r"[^\s\x1c-\x1f\u200b-\u200f\u2060\ufeff][^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*+")
#: Its ASCII twin (:mod:`newsstruct.text.twins`) for an ASCII text: ``regex``'s ``\s`` is
#: ``[\t-\r ]`` there, and the other characters it leaves out are not ASCII. (A greedy
#: repeat with nothing after it takes what the possessive one takes.)
_ASCII_CONTENT = re.compile(r"[^\t-\r \x1c-\x1f][^\n\r\v\f\x1c\x1d\x1e]*")
_BULLET = regex.compile(r"(?:[*•·▪●◦‣+\-–—]|\d{1,3}[.)])\s")

#: The characters other than digits a match of :data:`_BULLET` opens on.
_BULLET_MARKS = frozenset("*•·▪●◦‣+-–—")


def _may_bullet(first: str) -> bool:
    """Can :data:`_BULLET` match on a line opening on ``first``? Only on a mark or a
    digit (``str.isdigit`` accepts every digit ``\\d`` does): one look spares the match."""
    return first in _BULLET_MARKS or first.isdigit()


#: Hard-wrapped text keeps lines between these widths; wider runs are one line per paragraph.
MIN_WRAP, MAX_WRAP = 40, 160
#: A wrapped line reaches at least this share of its run's width, unless it ends a paragraph.
FULL_LINE = 0.6


class Line(NamedTuple):
    """One non-blank line: ``source[start:end]`` is its stripped content (a named
    tuple: one is made for every line, and a tuple is the cheapest record to make)."""

    start: int
    end: int
    indent: int
    #: How many line breaks separate it from the previous line (2+ means a blank line).
    breaks_before: int

    @property
    def length(self) -> int:
        return self.end - self.start


class Block(NamedTuple):
    """Consecutive lines read as one paragraph candidate (made by :func:`block_of`)."""

    lines: tuple[Line, ...]
    #: Where the first line starts and the last one ends, kept (every pass asks, often).
    start: int
    end: int

    @property
    def blank_before(self) -> bool:
        return self.lines[0].breaks_before != 1


def block_of(lines: tuple[Line, ...]) -> Block:
    """The block of ``lines`` (at least one), with its start and end."""
    return Block(lines, lines[0].start, lines[-1].end)


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its offsets, indentation and spacing."""
    lines: list[Line] = []
    prev_end = 0
    only_newlines = not any(map(text.__contains__, _OTHER_BREAKS))
    for m in (_ASCII_CONTENT if text.isascii() else _CONTENT).finditer(text):
        start, stop = m.span()
        # Most lines end on a visible character: no copy of the line to strip.
        end = stop if not text[stop - 1].isspace() else start + len(m.group().rstrip())
        if only_newlines:  # as most texts are: count them, without a match for each
            breaks = text.count("\n", prev_end, start)
            line_start = text.rfind("\n", prev_end, start) + 1 or prev_end
        else:
            breaks = 0
            line_start = prev_end
            for b in BREAK.finditer(text, prev_end, start):
                breaks += 1
                line_start = b.end()
        lines.append(Line(start, end, start - line_start, breaks if lines else 2))
        prev_end = stop
    return lines


def _runs(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines grouped into runs that no blank line interrupts."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and line.breaks_before == 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


#: Tells whether a line must stand alone (a byline, a dateline line) whatever its width.
StandsAlone = Callable[[str, Line], bool]


def _never(text: str, line: Line) -> bool:
    return False


def _split_run(text: str, run: list[Line], stands_alone: StandsAlone) -> list[Block]:
    if len(run) == 1:
        return [block_of((run[0],))]
    width = max(line.length for line in run)
    wrapped = MIN_WRAP <= width <= MAX_WRAP
    base_indent = min(line.indent for line in run)
    blocks: list[list[Line]] = [[run[0]]]
    alone: dict[int, bool] = {}

    def stands(k: int) -> bool:
        """``stands_alone`` for line ``k``, asked once: a line is the second of one
        pair and the first of the next, and the question costs two pattern matches."""
        if k not in alone:
            alone[k] = stands_alone(text, run[k])
        return alone[k]

    for k in range(1, len(run)):
        prev, line = run[k - 1], run[k]
        joins = (
            wrapped
            and prev.length >= FULL_LINE * width
            and text[prev.end - 1] != ":"  # a lead-in ("… the following:") ends its line
            and line.indent <= base_indent
            and not (_may_bullet(text[line.start]) and _BULLET.match(text, line.start, line.end))
            and not stands(k - 1)
            and not stands(k)
        )
        if joins:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return [block_of(tuple(b)) for b in blocks]


def split_blocks(
    text: str, lines: Sequence[Line] | None = None, stands_alone: StandsAlone = _never
) -> list[Block]:
    """Paragraph candidates of ``text``, in order, covering every non-blank line once.

    ``stands_alone`` names lines that never join their neighbours (the layout pass
    uses it for bylines and dateline lines in hard-wrapped wire copy).
    """
    if lines is None:
        lines = split_lines(text)
    blocks: list[Block] = []
    for run in _runs(lines):
        blocks.extend(_split_run(text, run, stands_alone))
    return blocks
