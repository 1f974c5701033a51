"""Publication timestamps: lines such as "Published Dec. 15, 2021" or "5 hours ago".

A line is a timestamp line when it is made of nothing but stamps (a date, a time, or
both: "Dec. 22, 2023 10:45 a.m. PT", "Saturday 23 December 2023 09:25", "12/18/23
4:02pm"), each perhaps after a label ("Published", "Updated:", "Veröffentlicht am"),
joined by separators ("|", "·", "/") and perhaps closed by a reading time
("6 min read"). :func:`find_stamps` finds stamps inside a longer line, as a byline
carries them ("By Jane Doe • 12/18/23 4:02pm"). A stamp that gives year, month and day
has an ISO 8601 date; with a clock time as well it has an ISO 8601 date and time.
Month and weekday names come from ``data/months.tsv``.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.text import lexicon, twins

#: Lines longer than this are never timestamp lines.
MAX_STAMP_LINE = 160
#: A timestamp line holds at most this many stamps, labels and reading times.
MAX_PARTS = 8

LABEL = regex.compile(
    r"(?i)(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|created|uploaded|"
    r"date|datum|stand(?:\s+des\s+artikels)?|veröffentlicht|aktualisiert|publiziert|erschienen|"
    r"publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)"
    r"(?:\s+(?:on|at|am|le|el|il|op))?\s*[:\-–—|]?\s*"
)
#: Time zones are matched case-sensitively ("ET", "GMT+1"), so "News" is never one.
_ZONE = r"(?-i:\(?(?P<zone>(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}(?![\p{Ll}]))\)?)"
_TIME = (
    r"(?:(?:at|um|à|a\s+las|klo|kl\.)\s+)?(?P<hh>\d{1,2})(?:[:.h](?P<mm>\d{2}))(?::\d{2})?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?![\p{L}]))?(?:\s*uhr)?(?:\s*" + _ZONE + r")?"
    r"|(?P<hh2>\d{1,2})\s*(?P<ampm2>[ap]\.?\s?m\.?)(?![\p{L}])(?:\s*" + _ZONE + r")?"
)
#: "6 min read" after a stamp on the same line.
READING = regex.compile(r"(?i)\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?(?![\p{L}])")
#: What may stand between the parts of a timestamp line.
_SEPARATOR = regex.compile(r"[\s|·•,;/\-–—]*+")


@functools.cache
def _relative() -> str:
    """A relative time in any language of ``data/relative_times.tsv`` ("5 hours ago",
    "vor 3 Stunden", "hace 2 días", "il y a 3 heures", "3 ore fa"), or "just now"."""
    forms = []
    for _lang, before, one, units, after in lexicon.table("relative_times.tsv"):
        count = r"(?:\d{1,3}|" + lexicon.alternation(one.split(), ignore_case=True) + ")"
        unit = lexicon.alternation(units.split(), ignore_case=True)
        form = rf"{count}\s+(?:{unit})"
        if before != "-":
            form = _words_of(before) + r"\s+" + form
        if after != "-":
            form += r"\s+" + _words_of(after)
        forms.append(form)
    return "|".join([*forms, r"just\s+now"])


def _words_of(cell: str) -> str:
    """The words of a cell as a pattern ("il_y_a": "il y a" with any spacing)."""
    return "(?:" + "|".join(r"\s+".join(map(regex.escape, w.split("_"))) for w in cell.split()) + ")"


@functools.cache
def relative_words() -> tuple[str, ...]:
    """The words that stand before or after the count of a relative time ("ago", "vor",
    "hace", "fa"), and "now", case folded: a stamp with no figure holds one of them."""
    words = {"now"}
    for _lang, before, _one, _units, after in lexicon.table("relative_times.tsv"):
        words.update(w.split("_")[0].casefold() for w in (before + " " + after).split() if w != "-")
    return tuple(sorted(words))


@functools.cache
def _may_stamp() -> regex.Pattern[str]:
    """Every stamp has a figure in it, but "an hour ago", "vor einer Stunde", "just now":
    a cheap first look for one."""
    return regex.compile(r"\d|" + _relative_word_source())


def _relative_word_source(letter: str = r"\p{L}") -> str:
    words = lexicon.alternation(relative_words(), ignore_case=True)
    return rf"(?<![{letter}])(?i:{words})(?![{letter}])"


@functools.cache
def _ascii_may_stamp() -> twins.Pattern:
    r"""The ASCII twin of :func:`_may_stamp` (:mod:`newsstruct.text.twins`): in ASCII,
    ``\d`` is 0-9 and a letter is A-Z or a-z (the words' letters that are not ASCII
    match no ASCII character, in any case)."""
    return twins.twin(r"[0-9]|" + _relative_word_source("A-Za-z"), _may_stamp())


def may_stamp(text: str, start: int, end: int) -> bool:
    """Can ``text[start:end]`` hold a stamp: does :func:`_may_stamp` find a figure or a
    word of a relative time in it?"""
    pattern = _ascii_may_stamp() if twins.plain(text, start, end) else _may_stamp()
    return pattern.search(text, start, end) is not None


@functools.cache
def _months() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in lexicon.table("months.tsv")}


@functools.cache
def _stamp_source() -> str:
    """One stamp: a date (with weekday and time), a weekday with a time, a time (with a
    date), or a relative time ("5 hours ago")."""
    names = [row[0] for row in lexicon.table("months.tsv")]
    months = [n for n in names if _months()[n.casefold()] != "day"]
    days = [n for n in names if _months()[n.casefold()] == "day"]
    month = r"(?:" + lexicon.alternation(months, ignore_case=True) + r")"
    day = r"(?:" + lexicon.alternation(days, ignore_case=True) + r")"
    date = (
        rf"(?P<mdy>(?P<m1>{month})\.?\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s*(?P<y1>\d{{4}}))?)"
        rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?P<m2>{month})\.?(?:,?\s*(?P<y2>\d{{4}}))?)"
        r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?:[T\s](?P<isot>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
        r"(?P<isoz>Z|[+-]\d{2}:?\d{2})?)?"
        r"|(?P<num>(?P<a4>\d{1,2})(?P<s4>[/.])(?P<b4>\d{1,2})[/.](?P<y4>\d{4}|\d{2})(?![\d/.]\d))"
    )
    time = _TIME
    body = (
        rf"(?:{day}\.?,?\s*)?(?:{date})(?:\s*(?:,|at|\||-|–|—|·|•|um|à|/)?\s*(?:{time}))?"
        rf"|(?:{day}\.?,?\s*)(?:{time})"
        rf"|(?:{time})(?:\s*(?:,|on|\||-|–|·|•|/)?\s*(?:{day}\.?,?\s+)?(?:{date}))?"
        rf"|{_relative()}"
    )
    return rf"(?:{body})(?![\p{{L}}])(?!\d\d)"


@functools.cache
def stamp_pattern() -> regex.Pattern[str]:
    """A stamp standing apart from the words around it, to search a line for."""
    # A stamp may follow a year unspaced, as pages print "published" and "updated"
    # dates back to back ("6 December 20236 December 2023").
    return regex.compile(r"(?i)(?:(?<![\p{L}\p{N}])|(?<=(?:19|20)\d\d))" + _stamp_source())


def _stamp_at(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """A stamp opening at ``pos`` where a timestamp line's reader stands (it may follow a
    label unspaced), its offsets from ``pos``. :func:`stamp_pattern` matched on the
    text from ``pos`` on sees no word before it (and nothing else of the pattern looks
    behind): no second pattern of the same size to compile. Its callers read short
    lines (a stamp line, a byline's pieces), so the copy stays small."""
    return stamp_pattern().match(text[pos:end])


@attrs.frozen(slots=True)
class Stamp:
    """One date or time inside a line; ``iso`` when it gives year, month and day, and
    ``iso_datetime`` adds the clock time when it gives one ("2023-12-17T12:34")."""

    start: int
    end: int
    iso: str | None
    iso_datetime: str | None
    has_date: bool


@attrs.frozen(slots=True)
class Timestamp:
    """A matched timestamp line: the ISO 8601 date (and date and time) of its first
    dated stamp, and ``rule`` "date" or "time"."""

    iso: str | None
    rule: str
    iso_datetime: str | None = None


#: The stamps found in the last page searched: its text (held, so it is the very same
#: object while it is remembered) and the stamps of each ``(start, end)``. The header
#: scan asks for the same block's stamps from several rules; one page at a time, so the
#: memo never grows with a corpus, and a page read anew replaces it whole.
_page_stamps: tuple[str, dict[tuple[int, int], tuple[Stamp, ...]]] = ("", {})


def find_stamps(text: str, start: int = 0, end: int | None = None) -> list[Stamp]:
    """Every stamp in ``text[start:end]``, in order."""
    global _page_stamps
    end = len(text) if end is None else end
    if not may_stamp(text, start, end):
        return []  # every stamp has a figure, "ago" or "now": none here (cheaply)
    page = _page_stamps
    if page[0] is not text:
        page = _page_stamps = (text, {})
    found = page[1].get((start, end))
    if found is None:
        found = page[1][start, end] = tuple(_stamp(m) for m in stamp_pattern().finditer(text, start, end))
    return list(found)


def opens_with_date(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a dated stamp ("3. April 2022 …")? Only its
    first 60 characters are read."""
    stamps = find_stamps(text, start, min(end, start + 60))
    return bool(stamps) and stamps[0].start == start and stamps[0].has_date


_GLUED_CAPITAL = regex.compile(r"\p{L}\p{Lu}")


@functools.cache
def _glued_month() -> regex.Pattern[str]:
    """Where a month name with a day after it is glued to the word before it."""
    names = [row[0] for row in lexicon.table("months.tsv") if row[1] != "day" and row[0][:1].isupper()]
    return regex.compile(
        r"(?<=\p{L})(?=(?:" + lexicon.alternation(names, ignore_case=False) + r")\.?[ \t]*\d)"
    )


def glued_stamps(text: str, start: int, end: int) -> list[Stamp]:
    """Dates glued to the word before them, as pages print a byline's name and date
    back to back ("By Jane DoeDecember 23, 2023"): :func:`find_stamps` passes them by,
    since a stamp stands apart from the words around it."""
    out: list[Stamp] = []
    if not may_stamp(text, start, end) or _GLUED_CAPITAL.search(text, start, end) is None:
        return out  # no figure, or no capital glued to a letter: no glued date (cheaply)
    for m in _glued_month().finditer(text, start, end):
        found = _stamp_at(text, m.start(), end)
        if found is not None and _has_date(found):
            out.append(_stamp(found, m.start()))
    return out


#: How many recent lines :func:`match_timestamp` remembers: the furniture pass and the
#: comment pass read the same lines of a page (a few, so it never grows with a corpus).
RECENT_LINES = 256


@functools.lru_cache(maxsize=RECENT_LINES)
def match_timestamp(text: str) -> Timestamp | None:
    """Read ``text`` as one timestamp line, or return ``None``."""
    line = text.strip().rstrip(".")
    if not line or len(line) > MAX_STAMP_LINE or not may_stamp(line, 0, len(line)):
        return None  # no figure and no "ago": no stamp (and no work to find out)
    pos = 1 if line[0] in "*•·" else 0
    stamps: list[Stamp] = []
    for _ in range(MAX_PARTS):
        pos = _SEPARATOR.match(line, pos).end()  # type: ignore[union-attr]
        if pos >= len(line):
            break
        label = LABEL.match(line, pos)
        if label is not None and label.end() > pos:
            pos = label.end()
            continue
        m = _stamp_at(line, pos, len(line))
        if m is not None and m.end() > 0:
            stamps.append(_stamp(m, pos))
            pos += m.end()
            continue
        if stamps:
            read = READING.match(line, pos)
            if read is not None:
                pos = read.end()
                continue
        return None
    if pos < len(line) or not stamps:
        return None
    dated = [s for s in stamps if s.has_date]
    first = dated[0] if dated else stamps[0]
    return Timestamp(first.iso, "date" if dated else "time", first.iso_datetime)


def published_iso(line: str) -> str | None:
    """The ISO 8601 date (and time) a publication line gives ("Updated Dec. 22, 2023
    10:45 a.m. PT" gives "2023-12-22T10:45"), from the line's first dated stamp."""
    stamp = match_timestamp(line)
    if stamp is not None and stamp.iso is not None:
        return stamp.iso_datetime or stamp.iso
    for found in find_stamps(line):
        if found.iso is not None:
            return found.iso_datetime or found.iso
    return None


def _stamp(m: regex.Match[str], offset: int = 0) -> Stamp:
    """The stamp ``m`` matched, ``offset`` characters after the start of the text."""
    iso = _iso_date(m)
    return Stamp(m.start() + offset, m.end() + offset, iso, _with_time(m, iso), _has_date(m))


def _has_date(m: regex.Match[str]) -> bool:
    return any(m.group(g) for g in ("mdy", "dmy", "iso", "num"))


def _iso_date(m: regex.Match[str]) -> str | None:
    months = _months()
    year = month = day = None
    if m.group("mdy") and m.group("y1"):
        year, month, day = m.group("y1"), months.get(m.group("m1").casefold()), m.group("d1")
    elif m.group("dmy") and m.group("y2"):
        year, month, day = m.group("y2"), months.get(m.group("m2").casefold()), m.group("d2")
    elif m.group("iso"):
        year, month, day = m.group("y3"), m.group("m3"), m.group("d3")
    elif m.group("num"):
        a, b, y = int(m.group("a4")), int(m.group("b4")), m.group("y4")
        year = y if len(y) == 4 else str(2000 + int(y))
        # 28.11.2021 and 28/11/2021 are day first; 11/28/2021 is the US order.
        day_first = m.group("s4") == "." or a > 12
        month, day = (str(b), str(a)) if day_first else (str(a), str(b))
    if year is None or month is None or day is None or not month.isdigit():
        return None
    mm, dd = int(month), int(day)
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return None
    return f"{int(year):04d}-{mm:02d}-{dd:02d}"


def _with_time(m: regex.Match[str], iso: str | None) -> str | None:
    """The date with the clock time, 24-hour, and the zone when it is UTC or an offset."""
    if iso is None:
        return None
    if m.group("isot"):
        zone = m.group("isoz") or ""
        return f"{iso}T{m.group('isot')}{zone}"
    hour_text = m.group("hh") or m.group("hh2")
    if hour_text is None:
        return iso
    hour, minute = int(hour_text), int(m.group("mm") or 0)
    ampm = (m.group("ampm") or m.group("ampm2") or "").casefold()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return iso
    return f"{iso}T{hour:02d}:{minute:02d}{_offset(m.group('zone'))}"


def _offset(zone: str | None) -> str:
    if zone is None or not zone.startswith(("UTC", "GMT")):
        return ""
    rest = zone[3:]
    if not rest:
        return "Z"
    sign, digits = rest[0], rest[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"
