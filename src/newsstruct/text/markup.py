"""The copy of a text the passes read: what a page's markup left in it read as spaces,
one character for one, so that every offset into the copy is an offset into the text.

Scrapers keep markup a reader never sees as such:

* the spaces of HTML other than the plain one: a no-break space (``&nbsp;``), thin,
  narrow no-break, em and ideographic spaces (Unicode's space separators);
* Markdown, as converters to Markdown write a page: the hashes of a heading line
  (``# Storm Hits Coast``), and the emphasis marks around a whole line or a line's
  opening (``**By Jane Doe**``, ``_By Jane Doe_``, ``**WASHINGTON (AP) —** Heavy winds``).

In the copy these are spaces, so "By" and a name joined by a no-break space read as a
byline, and ``# Storm Hits Coast`` as a title whose line starts at "Storm". The parser
slices every span from the text it was given (:func:`newsstruct.parser.parse`), so
nothing is normalised away.
A bullet (``* item``, ``- item``) and a hashtag (``#MeToo``) are no such markup.
"""

from __future__ import annotations

import re

import regex

#: The spaces of HTML other than the plain one (Unicode's space separators). A class of
#: single characters means the same to either engine; the standard library's searches a
#: long text for one about twice as fast.
_MARKUP_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TO_PLAIN = dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
#: A line that opens on Markdown: a heading's hashes and their space, or an emphasis
#: mark on the line's first word.
_MARKED_LINE = regex.compile(r"(?m)^[ \t]*+(?:(?P<hashes>#{1,6})[ \t]|(?P<mark>\*\*|__|\*|_)(?=[^\s*_]))")
#: A heading may close on hashes too ("## Storm ##").
_CLOSING_HASHES = regex.compile(r"[ \t]#{1,6}[ \t]*$")


def reading_copy(text: str) -> str:
    """``text`` with its markup read as spaces (see the module), or ``text`` itself when
    it holds none (most texts: a cheap look first)."""
    spaced = not text.isascii() and _MARKUP_SPACE.search(text) is not None
    marked = ("#" in text or "*" in text or "_" in text) and _MARKED_LINE.search(text) is not None
    if not spaced and not marked:
        return text
    copy = text.translate(_TO_PLAIN) if spaced else text
    if not marked:
        return copy
    chars = list(copy)
    for m in _MARKED_LINE.finditer(copy):
        end = copy.find("\n", m.end())
        end = len(copy) if end < 0 else end
        line = copy[m.end() : end].rstrip()
        if m.group("hashes") is not None:
            _blank(chars, m.start("hashes"), m.end("hashes"))
            closing = _CLOSING_HASHES.search(line)
            if closing is not None:
                _blank(chars, m.end() + closing.start(), m.end() + closing.end())
            continue
        mark = m.group("mark")
        close = _closing(line, mark)
        if close is not None:
            _blank(chars, m.start("mark"), m.end("mark"))
            _blank(chars, m.end() + close, m.end() + close + len(mark))
    return "".join(chars)


def _closing(line: str, mark: str) -> int | None:
    """Where, in the rest of a line that opens on ``mark``, its closing mark stands: at
    the line's end ("_By Jane Doe_"), or for a bold mark, after the line's first words
    ("**WASHINGTON (AP) —** Heavy winds"); None where nothing closes it."""
    if len(line) > len(mark) and line.endswith(mark) and not line[-len(mark) - 1].isspace():
        return len(line) - len(mark)
    if len(mark) == 2:
        at = line.find(mark)
        if at > 0 and not line[at - 1].isspace():
            return at
    return None


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        chars[i] = " "
