"""The role of each block near the top of the body: stamp, byline, "By" label, name line,
furniture, title, prose or list item.

A block's role comes from its own text and its measure, with a few looks at its neighbours
(an author's handle under a byline, a blurb under an "About" link, a meta list's names); the
headline scorer reads the roles, not the text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsstruct.grammar import byline, byline_words, dateline
from newsstruct.header.furniture import (
    _LIST_MARK,
    _WHOLE_QUOTE,
    MANY_REPEATS,
    _agency_alone,
    _ends_by,
    _issue_line,
    _label_and_date,
    _named_month_stamp,
    _opens_with_date,
    _script_data,
    _shared_date,
    dated_title_start,
    glued_links,
    headline_shaped,
    page_notice,
    title_over_name,
)
from newsstruct.page import boilerplate
from newsstruct.page.measure import Measure
from newsstruct.text import names, shape
from newsstruct.text.blocks import Block

#: A line of prose longer than this is no byline ("By Perry Bacon Jr." is short).
MAX_PROSE_BYLINE = 12
#: Blocks of up to this many lines are read for a byline.
MAX_HEADER_LINES = 3
#: Prose of this many words is the body (or a deck, right under the headline).
BODY_WORDS = 12
#: A line that opens with a date and has few words is a stamp line ("Dec 20, 2023 6 min read").
MAX_STAMP_WORDS = 12


#: Lines that credit a helper in the header, not an author ("Reviewed by Jane Doe").
_CONTRIBUTION = regex.compile(
    r"(?i)(?:[*•]\s*)?(?:edited|reviewed|medically\s+reviewed|fact[- ]?checked|illustrat(?:ed|ions?)|"
    r"photo(?:graph)?s?|photographed|produced|design(?:ed)?|graphics|video|recipe\s+(?:tested|developed)|"
    r"tested|contributions?|with\s+contributions|additional\s+reporting)\s+(?:by|from)\b"
)
#: A link to the previous or next story ("« Older post", "Next story »").
_NAV_ARROW = regex.compile(r"^[«‹←<]\s|\s[»›→>]$")
#: Words after a dateline that make its block a paragraph rather than a title.
MIN_DATED_WORDS = 4
#: A line that a dateline seems to open but that goes on with this many words at most
#: (``MIN_DATED_WORDS`` at least: "New York, April 3 - First Quarter" over a table is a
#: dateline) and no sentence's end is a title naming a date, not a paragraph.
MAX_TITLE_REST = 8
#: A one-word author handle ("CarolRomig").
_HANDLE = regex.compile(r"[\p{L}][\p{L}\p{N}_.\-]{1,30}")


class Role(NamedTuple):
    """What one block is to the header: ``kind``, the byline read from it, and whether
    it may be the headline (``candidate``: a title, a name line of title shape, a
    headline written as a sentence). A named tuple: one is made for every block of the
    header, and tuples are the cheapest records to make."""

    kind: str  # stamp, byline, label, name, staff, dateline, dated, furniture, title, prose, list, other
    byline: byline.BylineMatch | None = None
    candidate: bool = False


def roles(text: str, blocks: Sequence[Block], measures: Sequence[Measure], lo: int, hi: int) -> list[Role]:
    """The role of each block in ``[lo, hi)``."""
    out: list[Role] = []
    for i in range(lo, hi):
        out.append(_role(text, blocks[i], measures[i]))
    # A numbered line under a breadcrumb's step that ends with it is the page's title,
    # its number an ordinal ("4. 15. Zukunftsforum Ländliche Entwicklung" over "15.
    # Zukunftsforum Ländliche Entwicklung"), not a list's next item.
    for k in range(1, len(out)):
        i = lo + k
        if (
            out[k].kind == "list"
            and _ORDINAL.match(measures[i].text)
            and out[k - 1].kind in ("list", "furniture")
            and len(blocks[i].lines) == 1
        ):
            key = shape.normalise(measures[i].text)
            above = shape.normalise(measures[i - 1].text)
            if key.count(" ") >= 2 and above.endswith(" " + key) and measures[i].title:
                out[k] = Role("title", candidate=True)
    # A headline may be written as a sentence or two ("Goats ruled this island. Now, it's
    # being reborn."): a short line of prose right under a kicker, with a byline a few
    # blocks under it, is a title; so is one right after a menu with the byline right under it.
    for k in range(1, len(out)):
        i = lo + k
        if out[k].kind == "prose" and _sentence_headline(measures[i], len(blocks[i].lines)):
            over = measures[i - 1]
            kicker = over.verdict is not None and over.verdict.kind == "kicker"
            label = out[k - 1].kind == "title" and over.words <= 2
            signed = any(r.kind in ("byline", "label") for r in out[k + 1 : k + 1 + SENTENCE_BYLINE_REACH])
            if ((kicker or label) and signed) or _signed_under_menu(out, k):
                out[k] = Role("title", candidate=True)
    _meta_list_names(text, blocks, lo, out)
    _author_handles(measures, lo, out)
    _about_blurbs(measures, lo, out)
    # A "By" or "Author" label makes the names on the next line a byline.
    for k in range(len(out) - 1):
        if out[k].kind == "label" and out[k + 1].kind in ("name", "other", "title", "list", "byline"):
            found = _names_after_label(text, blocks[lo + k + 1])
            if found is not None:
                out[k + 1] = Role("byline", found)
    return out


def _signed_under_menu(out: Sequence[Role], k: int) -> bool:
    """Is the short sentence ``k`` the first line after a menu (a list item or furniture
    right above it) with the byline right under it? A blog gives its headline so
    ("Warum ich lieber … sage." between the menu and "Jane Doe – 14.09.2022 – Kolumne")."""
    if not 0 < k < len(out) - 1:
        return False
    under = out[k + 1].byline
    signed = out[k + 1].kind == "byline" and under is not None and bool(under.names)
    return signed and out[k - 1].kind in ("list", "furniture")


#: A column's or an author's blurb under an "About" link is short.
MAX_BLURB_WORDS = 40
_ABOUT = regex.compile(r"(?i)[*•|\s]*about[\s|:»›]*")


def _about_blurbs(measures: Sequence[Measure], lo: int, out: list[Role]) -> None:
    """A short paragraph right under a bare "About" link or label ("About |") tells what
    a column, a blog or its author is ("Not your average Android news — …"): it is the
    column's header, furniture, not the body under a headline."""
    for k in range(1, len(out)):
        if out[k].kind != "prose" or out[k - 1].kind != "furniture":
            continue
        if measures[lo + k].words <= MAX_BLURB_WORDS and _ABOUT.fullmatch(measures[lo + k - 1].text):
            out[k] = Role("furniture")


#: How far under a byline or name line the author's card may give a handle.
HANDLE_REACH = 4
_HANDLE_WORD = regex.compile(r"@?([\p{L}\p{N}_.]{4,40})")


def _author_handles(measures: Sequence[Measure], lo: int, out: list[Role]) -> None:
    """A title-shaped line a few blocks under a byline that carries the author's name as
    one handle ("Plus Icon hadleymeares" under "By Hadley Meares") is the author's card,
    a link to their profile: furniture, not a title."""
    for k, role in enumerate(out):
        if role.byline is None or role.kind not in ("byline", "name"):
            continue
        # Two words at least, glued ("hadleymeares").
        glued = {"".join(p.name.split()).casefold() for p in role.byline.names if len(p.name.split()) > 1}
        if not glued:
            continue
        for t in range(k + 1, min(len(out), k + 1 + HANDLE_REACH)):
            if out[t].kind != "title":
                continue
            words = {found.group(1).casefold() for found in _HANDLE_WORD.finditer(measures[lo + t].text)}
            if glued & words:
                out[t] = Role("furniture")


def _meta_list_names(text: str, blocks: Sequence[Block], lo: int, out: list[Role]) -> None:
    """A list item of bare names next to a stamp item is the author in a blog post's
    meta list ("* 25. Juli 2019" / "* Jane Doe" / "* Category"), not a menu entry: a
    menu lists no dates. (A name item with no stamp beside it stays a list item.)"""
    for k, role in enumerate(out):
        block = blocks[lo + k]
        if role.kind != "list" or len(block.lines) != 1:
            continue
        beside = (k > 0 and out[k - 1].kind == "stamp") or (k + 1 < len(out) and out[k + 1].kind == "stamp")
        if not beside or not _LIST_MARK.match(text, block.start, block.end):
            continue
        found = byline.match_name_line(text, block.start, block.end)
        if found is not None and found.names:
            out[k] = Role("name", found)


#: A headline in sentence form: one line of a few words, two sentences at most ...
MIN_SENTENCE_HEADLINE = 5
MAX_SENTENCE_HEADLINE = 20
#: ... and it has a byline this many blocks under it at most.
SENTENCE_BYLINE_REACH = 3
_SENTENCE_STOP = regex.compile(r"\p{Ll}[.!?][\"”’]?(?:\s|$)")


def _sentence_headline(m: Measure, lines: int) -> bool:
    return (
        lines == 1
        and MIN_SENTENCE_HEADLINE <= m.words <= MAX_SENTENCE_HEADLINE
        and len(_SENTENCE_STOP.findall(m.text)) <= 2
    )


#: A line opening with a number and a full stop ("15. Zukunftsforum …").
_ORDINAL = regex.compile(r"\d{1,3}\.[ \t]")


def _names_after_label(text: str, block: Block) -> byline.BylineMatch | None:
    line = block.lines[0]
    found = byline.match_name_line(text, line.start, line.end)
    if found is None:
        found = byline.read_author_line(text, line.start, line.end)
    if found is None:
        # "By" on one line and a handle on the next ("By" / "CarolRomig").
        word = text[line.start : line.end].lstrip("*• \t")
        if _HANDLE.fullmatch(word):
            start = line.end - len(word)
            found = byline.BylineMatch(
                start, line.end, (byline.NameSpan(start, line.end, word),), None, "handle"
            )
    return found


def _role(text: str, block: Block, m: Measure) -> Role:
    lines = len(block.lines)
    if m.verdict is not None:
        return Role("stamp" if m.verdict.kind == "timestamp" else "furniture")
    if m.byline is not None:
        return Role("byline", m.byline)
    if m.dateline_alone:
        return Role("dateline")
    if not any(map(str.isalpha, m.text)) or _script_data(m.text):
        return Role("furniture")
    if lines <= 2 and (m.repeats >= MANY_REPEATS or page_notice(m.text)):
        return Role("furniture")
    if lines == 2 and _credit_under(text, block):
        return Role("furniture")  # a caption over its photo credit
    if lines == 1 and (byline.is_by_label(text, block.start, block.end) or _ends_by(m.text)):
        return Role("label")
    if lines == 1 and _CONTRIBUTION.match(m.text):
        return Role("staff")  # "Reviewed by Jane Doe": part of the header, not the byline
    if _NAV_ARROW.search(m.text):
        return Role("list")
    if lines == 2 and title_over_name(text, block):
        return Role("title", candidate=True)
    if (lines == 1 and not (m.prose and m.words > MAX_PROSE_BYLINE)) or (
        lines <= MAX_HEADER_LINES and not m.prose and not _wrapped(text, block)
    ):
        found = _byline_in(text, block, m)
        if (
            found is not None
            and found.byline is not None
            and lines == 1
            and dated_title_start(text, block.lines[0], found.byline) is not None
        ):
            return Role("title", candidate=True)  # "1. März 2022 Ministerin Huber: Neue Regeln für …"
        if found is not None:
            return found
    if m.words >= 4 and not (m.prose and m.words >= BODY_WORDS) and _dated(text, block, m):
        return Role("dated")  # a paragraph a dateline opens is body, never a title
    if (
        lines == 1
        and m.words <= MAX_STAMP_WORDS
        and (_opens_with_date(text, block) or _label_and_date(text, block) or _named_month_stamp(m.text))
    ):
        return Role("stamp")
    dated = lines == 1 and m.words <= MAX_STAMP_WORDS and shape.count_digits(m.text) > 0
    if dated and _shared_date(m.text):
        return Role("stamp")  # "Teilen November 2022": a share button glued to the date
    if dated and _issue_line(m.text):
        return Role("stamp")  # "Ausgabe 2022/3 Kategorie: Grundlagen", "Erschienen in Heft 12 | 2022"
    if lines == 1 and m.words <= 6 and byline_words.is_staff_title(m.text):
        return Role("staff")
    if lines == 1 and m.words <= 6:
        agency = _agency_alone(m.text)
        if agency is not None:
            start = block.start + len(m.text) - len(m.text.lstrip(" \t*•·|"))
            end = block.start + len(m.text.rstrip(" \t*•·|"))
            return Role("byline", byline.BylineMatch(start, end, (), agency, "agency line"))
    if _LIST_MARK.match(m.text):
        return Role("list")
    if headline_shaped(m, lines):
        if glued_links(m.text):
            return Role("furniture")
        if m.words >= BODY_WORDS and _WHOLE_QUOTE.fullmatch(m.text):
            return Role("prose")  # a motto: a quoted sentence (and its note's number)
        return Role("title", candidate=True)
    if m.prose:
        return Role("prose")
    return Role("other")


def _credit_under(text: str, block: Block) -> bool:
    """Is the block's last line a photo credit ("Photograph by Ed Marshall, …"), the
    line above it a caption?"""
    last = block.lines[-1]
    verdict = boilerplate.classify_line(text[last.start : last.end])
    return verdict is not None and verdict.kind == "caption"


def _wrapped(text: str, block: Block) -> bool:
    """Is the block one paragraph hard-wrapped over lines: does a line open in lower
    case in the middle of a sentence?"""
    return any(
        text[line.start : line.start + 1].islower() and not shape.ends_sentence(text[prev.start : prev.end])
        for prev, line in itertools.pairwise(block.lines)
    )


def _byline_in(text: str, block: Block, m: Measure) -> Role | None:
    """A byline or a name line in a block of up to three lines ("Jane Doe 8:41 PM on
    December 20, 2023" over "Share Tweet"); a line of prose is passed over."""
    name: byline.BylineMatch | None = None
    for line in block.lines:
        chunk = text[line.start : line.end]
        if shape.ends_sentence(chunk) and shape.is_prose(chunk):
            continue
        found = byline.read_header_line(text, line.start, line.end)
        if found is None or not (found.names or found.agency):
            continue
        if found.rule != "name-line":
            return Role("byline", found)
        if not _LIST_MARK.match(chunk):
            name = name or found  # a list item of names is a menu, not a byline
    if name is not None and name.names:
        # Two or three capitalised words may be a title ("Downloading Python"), unless
        # they start with a known given name.
        shaped = len(block.lines) == 1 and headline_shaped(m, 1)
        titled = shaped and not names.known_given_name(name.names[0].name)
        return Role("name", name, titled)
    return None


def _dated(text: str, block: Block, m: Measure) -> bool:
    """Does a dateline open a paragraph here? Not when a line of capitals merely has a
    dash in it ("CORN SUPPLY/DEMAND BY COUNTRY -- USDA"), nor a bare place before a
    colon in a title ("GOTY: Kotaku's Top 12 ..."), nor when a short line goes on after
    the date with no sentence's end ("Frist endet 1. Februar - Hinweise zur Düngung"):
    those are headlines."""
    found = dateline.match_dateline(text, block.start, block.end)
    if found is None:
        return False
    if m.prose:
        return True
    rest = text[found.end : block.end].strip()
    if (
        found.date is not None
        and len(block.lines) == 1
        and rest
        and not shape.ends_sentence(rest)
        and MIN_DATED_WORDS <= shape.word_count(rest) <= MAX_TITLE_REST
    ):
        return False  # "Sperrfrist 1. Februar - Hinweise zur Düngung": a title naming a date
    if found.rule != "place":
        return True
    if text[found.start : found.end].rstrip().endswith(":"):
        return False
    return shape.word_count(text[found.end : block.end]) >= MIN_DATED_WORDS
