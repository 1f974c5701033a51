"""Bylines: the line that names who wrote the story ("By Jane Doe and John Roe").

A byline is read into pieces separated by commas, "and", "&", bars and dashes; each
piece must be a person's name, a news agency, or a staff title ("Staff Writer"),
otherwise the line is not a byline ("By Tuesday, the vote ..." is prose).
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct import lexicon, names

_PREFIX = regex.compile(
    r"(?i)(?:(?:written|story|words|text|reporting|report)\s+by|by|author(?:s)?\s*:|von|par|por)"
    r"(?:\s*:)?\s+|(?-i:By)(?=\p{Lu}\p{Ll})"
)
_SEPARATOR = regex.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\s[-–—]\s|/)\s*", regex.IGNORECASE)
MAX_BYLINE = 160


@attrs.frozen(slots=True)
class NameSpan:
    start: int
    end: int
    name: str


@attrs.frozen(slots=True)
class BylineMatch:
    """A recognised byline: the people it names and the agency it credits."""

    start: int
    end: int
    names: tuple[NameSpan, ...]
    agency: str | None
    rule: str


@functools.cache
def _agency_names() -> dict[str, str]:
    out = {k.casefold(): v for k, v in names.agencies().items()}
    return out


@functools.cache
def _staff_words() -> frozenset[str]:
    return lexicon.words("byline_junk.txt")


def _agency(piece: str) -> str | None:
    return _agency_names().get(piece.casefold().removeprefix("the ").strip()) or _agency_names().get(
        piece.casefold()
    )


def _read_pieces(text: str, start: int, end: int) -> tuple[list[NameSpan], str | None] | None:
    """People and agency in ``text[start:end]``, or None when a piece is neither."""
    people: list[NameSpan] = []
    agency: str | None = None
    pos = start
    pieces: list[tuple[int, int]] = []
    for m in _SEPARATOR.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    for a, b in pieces:
        piece = text[a:b].strip(" \t.")
        if not piece:
            continue
        b = a + len(text[a:b].rstrip(" \t."))
        a = b - len(piece)
        found = _agency(piece)
        if found is not None:
            agency = agency or found
            continue
        name = names.proper_case(piece)
        name, _ = names.strip_honorific(name)
        if names.is_person_name(name):
            people.append(NameSpan(a, b, name))
            continue
        if all(w.casefold() in _staff_words() or w[:1].isupper() for w in piece.split()) and any(
            w.casefold() in _staff_words() for w in piece.split()
        ):
            continue  # "Staff Writer", "Senior Correspondent"
        return None
    return people, agency


def match_byline(text: str, start: int, end: int) -> BylineMatch | None:
    """Read ``text[start:end]`` (one line) as a byline, or return None."""
    if end - start > MAX_BYLINE:
        return None
    m = _PREFIX.match(text, start, end)
    if m is not None:
        read = _read_pieces(text, m.end(), end)
        if read is not None and (read[0] or read[1]):
            return BylineMatch(start, end, tuple(read[0]), read[1], "by-line")
        return None
    read = _read_pieces(text, start, end)
    if read is not None and read[0] and read[1]:
        return BylineMatch(start, end, tuple(read[0]), read[1], "name-agency")
    return None


def match_name_line(text: str, start: int, end: int) -> BylineMatch | None:
    """A line that is nothing but people's names ("Zayda Rivera"), as pages show authors."""
    if end - start > 80:
        return None
    read = _read_pieces(text, start, end)
    if read is None or not read[0]:
        return None
    return BylineMatch(start, end, tuple(read[0]), read[1], "name-line")
