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


def alternation(items: tuple[str, ...] | frozenset[str] | list[str], *, ignore_case: bool) -> str:
    """A regex matching any of ``items`` literally, longest first, as the plain
    alternation ``January|March|Jan|Mar`` does, with the items that open on the same
    character behind it (``J(?:anuary|an)|M(?:arch|ar)``): the engine tries the
    branches of an alternation one by one, and a hundred month names cost a hundred
    tries at every position where one look at the character rules out all but a few.
    (Splitting them further costs more to compile than it saves.)

    ``ignore_case`` says whether the pattern is matched under ``(?i)`` (with the
    engine's default simple case folding), where "J" and "j" open one branch."""
    ordered = sorted(set(items), key=lambda s: (-len(s), s))
    groups: dict[str, list[str]] = {}
    for item in ordered:
        groups.setdefault(item[:1].lower() if ignore_case else item[:1], []).append(item)
    if "" in groups or (ignore_case and not _caseless_branches(groups)):
        return "|".join(map(regex.escape, ordered))
    return "|".join(_branch(group) for group in groups.values())


def _branch(group: list[str]) -> str:
    """Items opening on one character: that character, then the rests in order (one
    of each: "ab" and "Ab" under ``(?i)`` leave the same "b")."""
    rests = [regex.escape(rest) for rest in dict.fromkeys(x[1:] for x in group)]
    return regex.escape(group[0][0]) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])


def _caseless_branches(groups: dict[str, list[str]]) -> bool:
    """Under ``(?i)``, does the first character of each group's first item match the
    text characters that the first characters of all its items do, and no other
    group's? So it is for ASCII characters (a test checks it): "a" matches "A" and "a"
    only, and "k" and "K" both match the Kelvin sign, but "i" matches "İ" where "I"
    matches "ı". With other first characters the items are joined as they are."""
    return all(
        key.isascii() and (key != "i" or len({x[0] for x in group}) == 1) for key, group in groups.items()
    )
