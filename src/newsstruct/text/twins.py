"""ASCII twins of the hottest patterns: the same pattern written for ASCII text and run
by the standard library's engine, which matches a short stretch two to three times
faster than ``regex``.

Most lines and paragraphs of news are ASCII. There a pattern's Unicode classes have
plain ASCII forms (``\\p{L}`` is ``A-Za-z``, ``\\p{Lu}`` is ``A-Z``, ``\\p{N}`` is ``0-9``,
``\\p{M}`` and the curly quotes hold no ASCII character), so a twin written with those
forms, in the same order of alternatives and repeats, finds exactly the same matches on
ASCII text; both engines backtrack alike. Classes whose ASCII members differ between the
engines are spelled out: ``regex``'s ``\\s`` is ``[\\t-\\r ]`` in ASCII, while the standard
library's also takes ``\\x1c``-``\\x1f``. ``tests/test_ascii_twins.py`` checks each twin
against its pattern on generated ASCII text.

A twin runs only where the text it reads is ASCII: the stretch searched and the character
before it, which ``\\b`` and a look-behind read (``regex`` counts a zero-width joiner as a
word character). A look-ahead never reads past the end a search is given.
"""

from __future__ import annotations

import re
import sys

import regex

#: The standard library reads possessive repeats and atomic groups from Python 3.11 on.
POSSESSIVE = sys.version_info >= (3, 11)

#: A compiled pattern of either engine (their search, match and iteration agree).
Pattern = re.Pattern[str] | regex.Pattern[str]


def twin(source: str, pattern: regex.Pattern[str]) -> Pattern:
    """The ASCII twin of ``pattern``, written as ``source``; ``pattern`` itself where the
    standard library cannot read ``source`` (possessive repeats before Python 3.11)."""
    if not POSSESSIVE and ("*+" in source or "++" in source or "?+" in source or "}+" in source):
        return pattern
    return re.compile(source)


def plain(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` ASCII, and the character before it? (``str.isascii`` reads a
    flag of the whole string, and copies and scans only a stretch of a text that is not.)"""
    return text.isascii() or text[lo - 1 if lo else 0 : hi].isascii()
