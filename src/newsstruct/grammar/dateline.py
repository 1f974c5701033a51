"""Datelines: where, when and through which agency a story was filed.

A dateline opens the first paragraph (or stands on a line of its own just before it):
``MOSCOW —``, ``LONDON, Feb 26 (Reuters) -``, ``KANSAS CITY, Mo. (AP) —``,
``Washington (CNN) —``, ``(CNN) --``, ``TAMPA, Fla.-``, ``HONOLULU, Hawaii (KHNL) -``.
A location in capitals needs nothing more; one in title case must name a known place
(``data/places.txt``) or come with an agency or a date. Not a dateline: a photo agency's
caption (``NEW YORK, NEW YORK - OCTOBER 15: Guests attend …``), a hyphen joining words
(``COVID-19``), a run-in heading in capitals too long for a place.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.text import lexicon, names

# Pieces, each bounded so no match can run away.
# A hyphen joins words ("WINSTON-SALEM"), never ends one: "TAMPA, Fla.-" ends on its
# separator, and a hyphen after a full stop joins nothing ("Fla.-A man").
_CAPS_WORD = r"\p{Lu}(?:[\p{Lu}\p{M}.'’/]|(?<!\.)-(?=\p{Lu}))*+"
_WORD_REST = r"(?:[\p{L}\p{M}.'’]|(?<!\.)-(?=\p{L}))*+"
_TITLE_WORD = rf"(?:\p{{Lu}}{_WORD_REST}|de|do|da|del|la|le|es|am|upon|on|of)"
_SEP = r"(?P<sep>—|–|--|_|-|:|―|‒|\|)"
#: The last character of every separator above: a line that stands alone as a dateline
#: ends in one of them (after spaces), which a cheap test can check before the pattern.
SEP_ENDS = frozenset("—–-_:―‒|")
#: Where a dateline may end: a separator, or the bracket closing its agency ("(CNN)The").
_END_MARK = regex.compile(r"[—–\-_:―‒|)]")
#: More words than a dateline can hold before its end: "Dateline:", a location (five
#: words), a region (three), a date (four, and a comma), an agency in brackets or
#: between slashes (five) and the separator make 20; the margin keeps the test safe.
MAX_WORDS_BEFORE_END = 24
#: A place and its region are short ("DALLAS/FORT WORTH AIRPORT, Texas", "SAN JUAN,
#: Puerto Rico"); a longer run of capitals before a dash is a run-in heading.
MAX_PLACE_WORDS = 6


#: Put before a line read as a dateline standing alone: the pattern's start sees it and
#: its end is then the alone one (one pattern for both readings, compiled once: it is
#: large, and compiling it costs more than a short run of pages reads with it).
_ALONE_MARK = "\uffff"


def _words() -> tuple[str, str]:
    """The alternations of month names and of day names."""
    rows = lexicon.table("months.tsv")
    months = lexicon.alternation([r[0] for r in rows if r[1] != "day"], ignore_case=True)
    days = lexicon.alternation([r[0] for r in rows if r[1] == "day"], ignore_case=True)
    return months, days


def _date() -> str:
    months, days = _words()
    return (
        rf"(?i:(?:(?:{days}),?\s+)?(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}\.?\s+(?:{months})\.?(?:\s+\d{{4}})?"
        rf"|(?:{days})"
        r"|\d{4}-\d{2}-\d{2})"
    )


def _ends() -> tuple[str, str]:
    """How a dateline ends: standing alone, the line ends on the separator; opening a
    paragraph, the text goes on after it, or after an agency's bracket glued to the
    sentence ("(CNN)The"). Not with a date and a colon, though: "NEW YORK, NEW YORK -
    OCTOBER 15: Guests attend ..." is how a photo agency opens a caption, not a story.
    A hyphen glued between a word and the next joins them ("COVID-19", "SIEGEL--Jerome"
    in a paid notice), between figures it spans a range ("September 16-19"); after a
    state's abbreviation it ends the dateline, glued or not ("TAMPA, Fla.-A man", "TAMPA,
    Fla.- A man"), but not after another full stop ("U.S.-China talks")."""
    caption = rf"[ \t]*{_date()}[ \t]*:"
    glued = r"(?<=(?<!,[ \t]{0,2}\p{Lu}\p{L}{0,4})\.--?)"  # after a full stop, but a state's ("Fla.-A man")
    inline = rf"[ \t]*{_SEP}(?=[ \t]*\S)(?!(?<=[\p{{L}}\p{{M}}'’/]--?)\S|{glued}\S|(?<=\d-)\d)(?!{caption})"
    return rf"[ \t]*{_SEP}[ \t]*$", rf"(?:{inline}|(?<=\))(?=\p{{Lu}}))"


def _wire_date() -> str:
    """The dates only a dateline writes, before an agency's bracket or a separator: a
    day and an abbreviated month ("21 dic", "7 gen", ``data/wire_months.txt``), or a
    bare day of the current month before the agency ("MADRID, 21 (EUROPA PRESS) -"),
    each after a place and its comma."""
    short = lexicon.alternation(list(lexicon.entries("wire_months.txt")), ignore_case=True)
    after_place = r"(?<=,[ \t]{0,3})"  # after a place and its comma only ("Dec 29 (Reuters)" is a date)
    return rf"{after_place}(?:\d{{1,2}}[ \t]+(?i:{short})\.?(?=[ \t]*[(—–\-])|\d{{1,2}}(?=[ \t]*\())"


def _source() -> str:
    months, days = _words()
    agencies = lexicon.alternation(list(names.agencies()), ignore_case=False)
    date = rf"(?:{_date()}|{_wire_date()})"
    # A region is a state or country ("Calif.", "Puerto Rico"), never a date ("Monday").
    region = (
        rf"(?!(?i:{days}|{months})(?![\p{{L}}]))"
        rf"\p{{Lu}}{_WORD_REST}(?:[ \t]+\p{{Lu}}{_WORD_REST}){{0,2}}"
    )
    location = (
        rf"(?P<caps>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,4}})"
        rf"|(?P<title>\p{{Lu}}{_WORD_REST}(?:[ \t]+(?:{_TITLE_WORD}|\p{{Ll}}+)){{0,3}})"
        rf"|(?P<lower>\p{{Ll}}[\p{{Ll}}.'’\-]*+(?:[ \t]+\p{{Ll}}[\p{{Ll}}.'’\-]*+){{0,3}}(?=,[ \t]*{date}))"
    )
    # "(AP)", "(Reuters)"; press releases put the wire between slashes ("/PRNewswire/").
    # A broadcaster gives its call sign, often with its channel ("(KHNL)", "(KARE 11)",
    # "(KY3)", "(WSB-TV)").
    agency = (
        rf"\((?P<agency>(?:{agencies})(?:[ \t]+\p{{Lu}}\p{{L}}+)?"
        rf"|\p{{Lu}}{{2,6}}(?:-TV|[ \t]?\d{{1,2}}|[ \t]\p{{Lu}}{{2,6}})?)\)"
        rf"|/[ \t]*(?P<wire>{agencies})[ \t]*/"
    )
    alone, inline = _ends()
    return (
        rf"(?:(?<=\A{_ALONE_MARK})(?P<alone>)|(?<!\A{_ALONE_MARK}))"
        rf"(?:Dateline:\s*)?"
        rf"(?P<location>(?:{location})(?:,[ \t]*(?P<region>{region}))?)?"
        rf"(?:,?[ \t]*(?:(?P<date>{date})|\((?P<bdate>{_date()})\)))?"
        rf"(?:[ \t]*(?:{agency})(?:\.(?=[—–\-]))?)?"
        rf"(?(alone){alone}|{inline})"
    )


@functools.cache
def _pattern() -> regex.Pattern[str]:
    """A dateline opening a paragraph, or the whole line after :data:`_ALONE_MARK`."""
    return regex.compile(_source(), regex.VERSION0)


@attrs.frozen(slots=True)
class DatelineMatch:
    """A dateline found at ``start``: its end (after the separator) and its fields."""

    start: int
    end: int
    location: str | None
    date: str | None
    agency: str | None
    rule: str


@functools.cache
def _place_words() -> frozenset[str]:
    return frozenset(p.casefold() for p in lexicon.entries("places.txt"))


@functools.cache
def _kickers() -> frozenset[str]:
    return frozenset(lexicon.entries("kickers.txt"))


@functools.cache
def _month_words() -> frozenset[str]:
    return frozenset(r[0].casefold() for r in lexicon.table("months.tsv"))


def match_dateline(text: str, start: int, end: int, *, alone: bool = False) -> DatelineMatch | None:
    """A dateline opening ``text[start:end]``; ``alone`` when the line holds nothing else."""
    limit = min(end, start + 120)
    if alone and text[start:limit].rstrip(" \t\n")[-1:] not in SEP_ENDS:
        return None  # the pattern must end on a separator: it cannot match (cheaply)
    if not alone and not _may_end_early(text, start, limit):
        return None
    m, offset = _match(text, start, limit, alone)
    if m is None or m.end() + offset == start:
        return None
    location = m.group("location")
    agency = m.group("agency") or m.group("wire")
    date = m.group("date") or m.group("bdate")
    if location is None and agency is None:
        return None
    if location is not None:
        if not _location_ok(m, agency is not None or date is not None):
            return None
        location = location.strip()
    bare = location is not None and agency is None and date is None
    region = (m.group("region") or "").strip().casefold()
    known = bare and ((location or "").casefold() in _place_words() or region in _place_words())
    if bare and m.group("sep") in ("-", ":", "|") and m.group("title") is not None and not known:
        # "Word -" or "Word:" in title case opens many things that are not datelines;
        # a known place does not ("New Delhi: The government …", as Indian papers write
        # it), nor a place with a known state or country ("Tampa, Fla.-A man").
        return None
    if bare and m.group("sep") == ":" and not known:
        # "SHANGHAI: Chinese police ..." is a dateline; "GOTY: Kotaku's Top 12" is a kicker.
        return None
    return DatelineMatch(
        start,
        m.end() + offset,
        location,
        date,
        agency,
        "wire" if agency else ("dated" if date else "place"),
    )


def _may_end_early(text: str, start: int, limit: int) -> bool:
    """Is there a separator or closing bracket within the first words of
    ``text[start:limit]``? A dateline ends on one; most paragraphs have none that
    early, and this test is much cheaper than the pattern."""
    mark = _END_MARK.search(text, start, limit)
    return mark is not None and len(text[start : mark.start()].split()) <= MAX_WORDS_BEFORE_END


def _location_ok(m: regex.Match[str], has_more: bool) -> bool:
    location = m.group("location").strip()
    if len(location.split()) > MAX_PLACE_WORDS:
        return False  # "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY -" is a run-in head
    folded = location.casefold()
    if folded in _kickers() or folded.split(",")[0] in _kickers():
        return False
    if m.group("lower") is not None:
        return m.group("date") is not None  # "st joseph, april 7 -": only with a date
    head = (m.group("caps") or m.group("title") or "").strip()
    if head.casefold() in _month_words():
        return False
    if m.group("caps") is not None:
        letters = sum(ch.isalpha() for ch in head)
        return letters >= 2 and (letters >= 3 or has_more)
    # Title case: a known place, or one vouched for by an agency or date.
    if head.casefold() in _place_words():
        return True
    region = m.group("region")
    if region and region.strip().casefold() in _place_words():
        return True
    if m.group("sep") == ":" and m.group("agency") is None and m.group("date") is not None:
        # Before a colon, a date vouches for a place set off by a comma ("Paris, 3 juin:"),
        # not for the words of a sentence that brings a quote ("Jane Doe said on Tuesday:").
        return "," in m.string[m.end("location") : m.start("date")]
    return has_more


def _match(text: str, start: int, limit: int, alone: bool) -> tuple[regex.Match[str] | None, int]:
    """The pattern's match at ``start`` read alone or in a paragraph, and what to add to
    its offsets to place them in ``text``. Alone, the line is matched after the mark;
    a text that opens on the mark itself is matched from ``start`` on (the pattern
    looks no further behind than that)."""
    if alone:
        return _pattern().match(_ALONE_MARK + text[start:limit], 1), start - 1
    if start == 1 and text[0] == _ALONE_MARK:
        return _pattern().match(text[start:limit]), start
    return _pattern().match(text, start, limit), 0
