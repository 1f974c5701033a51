"""Word lists and phrase tables shipped as data files in ``newsstruct/data``.

Each file is plain UTF-8 text: one entry a line; a line whose first character is
``#`` is a comment and blank lines are skipped. Tables separate columns with a tab.
Files are read once per process. To extend a list, add lines to the file (see the
docs page "How it works").
"""

from __future__ import annotations

import functools
from importlib import resources

import regex


def _lines(name: str) -> list[str]:
    raw = resources.files("newsstruct").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a one-column list, stripped, in file order."""
    return tuple(line.strip() for line in _lines(name))


@functools.cache
def words(name: str) -> frozenset[str]:
    """A one-column list as a set of case-folded entries (every word on a line counts)."""
    return frozenset(w.casefold() for line in _lines(name) for w in line.split())


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated table, one tuple of stripped cells a row."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


def alternation(items: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """A regex alternation matching any of ``items`` literally, longest first."""
    return "|".join(regex.escape(x) for x in sorted(set(items), key=lambda s: (-len(s), s)))
