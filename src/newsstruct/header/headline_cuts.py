"""Cut what a page sets inside the headline's own line but is not the headline.

Sites glue labels to a title in ways that survive the loss of their markup:

- a kicker set off by a spaced colon, "Abstandsregeln und Fieberkontrollen : Wie
  Firmen ...", where the site's markup put a space before the colon of its kicker
  element (French typography spaces every colon, so a page written that way keeps its
  colons);
- a topic label and a dash before a headline that is one whole quotation, "Corona-
  Pandemie - „Es kommt auch darauf an ...“";
- a bracketed format label at the end, "... from 19 million miles away (video)" (the
  labels are in ``data/media_tags.txt``).

A bare colon is never cut on: "Wireshark: Besuchte URLs anzeigen" is one title. Each
cut names the rule that made it and the boilerplate zone the cut-off text takes.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.page.zone import Zone
from newsstruct.text import lexicon, shape

#: A kicker before a spaced colon has at most this many words ...
MAX_KICKER_WORDS = 6
#: ... and the headline after it at least this many.
MIN_TITLE_WORDS = 3
#: A topic label before a dash and a whole quotation has at most this many words.
MAX_LABEL_WORDS = 4
#: A page with this many spaced colons, semicolons, question or exclamation marks
#: outside the headline uses French spacing, and its spaced colons are no cut.
FRENCH_MARKS = 2
#: ... in lines of prose this long.
MIN_PROSE_CHARS = 120

_SPACED_COLON = regex.compile(r"[ \t\u00a0\u202f]:[ \t\u00a0\u202f]+")
_FRENCH_MARK = regex.compile(r"[\p{L}\p{N}»)][ \u00a0\u202f][:;?!](?:[ \t\u00a0\u202f]|$)", regex.MULTILINE)
_LABEL_DASH = regex.compile(r"[ \t\u00a0][-–—][ \t\u00a0]+")
_OPENING = "„“”\"«»‹›‚‘'"
_CLOSING = "“”\"»«›‹‘’'"
_QUOTE_MARKS = regex.compile(r"[„“”\"«»‹›‚‘’']")
_BRACKETED_TAIL = regex.compile(r"[ \t\u00a0]*[(\[]([^()\[\]\n]{1,30})[)\]][ \t\u00a0]*$")


@attrs.frozen(slots=True)
class Cut:
    """Where the headline starts or ends once a glued label is cut off, the rule that
    cut it (appended to the headline's rule), and the zone the label takes."""

    at: int
    rule: str
    zone: Zone


@functools.cache
def _media_tags() -> frozenset[str]:
    return frozenset(tag.casefold() for tag in lexicon.entries("media_tags.txt"))


def french_spacing(text: str, start: int, end: int) -> bool:
    """Does the page's prose outside the headline (``start``-``end``) space its colons
    and question marks the French way ("Pourquoi ? Parce que : ...")? Short lines are
    not asked: a site that sets its kickers with a spaced colon does so in every
    teaser's title too."""
    found = 0
    line_end = -1
    long_line = False
    for m in _FRENCH_MARK.finditer(text):
        at = m.start()
        if start <= at < end:
            continue
        if at > line_end:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            long_line = line_end - line_start >= MIN_PROSE_CHARS
        if long_line:
            found += 1
            if found >= FRENCH_MARKS:
                return True
    return False


def kicker_cut(text: str, start: int, end: int) -> Cut | None:
    """Where the headline in ``text[start:end]`` (one line) starts once a kicker glued
    before it is cut off: a spaced colon, or a label and a dash before a quotation."""
    line = text[start:end]
    colon = _SPACED_COLON.search(line)
    if colon is not None:
        kicker, title = line[: colon.start()], line[colon.end() :]
        if (
            1 <= shape.word_count(kicker) <= MAX_KICKER_WORDS
            and shape.word_count(title) >= MIN_TITLE_WORDS
            and not _QUOTE_MARKS.search(kicker)
            and not french_spacing(text, start, end)
        ):
            return Cut(
                start + colon.end(),
                "a kicker before a spaced colon cut off",
                Zone("boilerplate", "structure: kicker set off by a spaced colon", "kicker"),
            )
        return None
    dash = _LABEL_DASH.search(line)
    if dash is not None:
        label, title = line[: dash.start()], line[dash.end() :].rstrip()
        if (
            1 <= shape.word_count(label) <= MAX_LABEL_WORDS
            and not _QUOTE_MARKS.search(label)
            and _whole_quotation(title)
        ):
            return Cut(
                start + dash.end(),
                "a label and a dash before a quotation cut off",
                Zone("boilerplate", "structure: label before a quoted headline", "kicker"),
            )
    return None


def _whole_quotation(title: str) -> bool:
    """Is ``title`` one quotation from its first character to its last, of some words?"""
    if len(title) < 3 or title[0] not in _OPENING or title[-1] not in _CLOSING:
        return False
    return len(_QUOTE_MARKS.findall(title)) == 2 and shape.word_count(title) >= MIN_TITLE_WORDS


def tail_cut(text: str, start: int, end: int) -> Cut | None:
    """Where the headline in ``text[start:end]`` ends once a bracketed format label
    after it ("(video)", "[PHOTOS]") is cut off."""
    line = text[start:end]
    found = _BRACKETED_TAIL.search(line)
    if found is None or found.group(1).strip().casefold() not in _media_tags():
        return None
    if shape.word_count(line[: found.start()]) < MIN_TITLE_WORDS:
        return None
    return Cut(
        start + found.start(),
        "a format label after it cut off",
        Zone("boilerplate", "structure: format label after the headline", "other"),
    )
