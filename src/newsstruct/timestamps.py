"""Publication timestamps: lines such as "Published Dec. 15, 2021" or "5 hours ago".

A line counts as a timestamp when a date or time pattern covers nearly all of it.
Month and weekday names come from ``data/months.tsv``.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct import lexicon

_PREFIX = (
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|created|uploaded|date|"
    r"veröffentlicht|aktualisiert|stand|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|"
    r"aggiornato)(?:\s+(?:on|at|am|le|el|il))?\s*[:\-–—|]?\s*)"
)
_TIME = (
    r"(?:(?:at|um|à|a\s+las)\s+)?\d{1,2}(?:[:.h]\d{2})(?::\d{2})?\s*"
    r"(?:[ap]\.?\s?m\.?|uhr)?(?:\s*\(?(?:[A-Z]{2,4}|GMT[+-]\d{1,2}(?::\d{2})?|UTC[+-]\d{1,2})\)?)?"
    r"|\d{1,2}\s*[ap]\.?\s?m\.?(?:\s*[A-Z]{2,4})?"
)
_RELATIVE = r"(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago|just\s+now"


@functools.cache
def _months() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in lexicon.table("months.tsv")}


@functools.cache
def _pattern() -> regex.Pattern[str]:
    names = [row[0] for row in lexicon.table("months.tsv")]
    month = r"(?:" + lexicon.alternation([n for n in names if _months()[n.casefold()] != "day"]) + r")"
    day = r"(?:" + lexicon.alternation([n for n in names if _months()[n.casefold()] == "day"]) + r")"
    date = (
        rf"(?P<mdy>(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(?P<y1>\d{{4}}))?)"
        rf"|(?P<dmy>(?P<d2>\d{{1,2}})\.?\s+(?P<m2>{month})\.?,?(?:\s+(?P<y2>\d{{4}}))?)"
        r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
        r"|(?P<num>(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>\d{4}|\d{2}))"
    )
    body = (
        rf"(?:{day}\.?,?\s+)?(?:{date})(?:\s*(?:,|at|\||-|–|—|·|•|um|à)?\s*(?:{_TIME}))?"
        rf"|(?:{_TIME})(?:\s*(?:,|on|\||-|–|·|•)?\s*(?:{day}\.?,?\s+)?(?:{date}))?"
        rf"|{_RELATIVE}"
    )
    return regex.compile(rf"(?i)^\s*{_PREFIX}?(?:{body})\s*(?:[|·•,;]\s*)?$", regex.VERSION1)


@attrs.frozen(slots=True)
class Timestamp:
    """A matched timestamp line: its ISO 8601 date when the text gives year, month, day."""

    iso: str | None
    rule: str


def match_timestamp(text: str) -> Timestamp | None:
    """Read ``text`` as one timestamp line, or return ``None``."""
    if len(text) > 80:
        return None
    m = _pattern().match(text)
    if m is None:
        return None
    return Timestamp(_iso(m), "date" if _has_date(m) else "time")


def _has_date(m: regex.Match[str]) -> bool:
    return any(m.group(g) for g in ("mdy", "dmy", "iso", "num"))


def _iso(m: regex.Match[str]) -> str | None:
    months = _months()
    year = month = day = None
    if m.group("mdy") and m.group("y1"):
        year, month, day = m.group("y1"), months.get(m.group("m1").casefold()), m.group("d1")
    elif m.group("dmy") and m.group("y2"):
        year, month, day = m.group("y2"), months.get(m.group("m2").casefold()), m.group("d2")
    elif m.group("iso"):
        year, month, day = m.group("y3"), m.group("m3"), m.group("d3")
    elif m.group("num") and len(m.group("y4")) == 4:
        a, b = int(m.group("a4")), int(m.group("b4"))
        day_first = "." in m.group("num") or a > 12  # 28.11.2021 and 28/11/2021; else US order
        year = m.group("y4")
        month, day = (str(b), str(a)) if day_first else (str(a), str(b))
    if year is None or month is None or day is None or not month.isdigit():
        return None
    mm, dd = int(month), int(day)
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return None
    return f"{int(year):04d}-{mm:02d}-{dd:02d}"
