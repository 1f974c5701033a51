"""Zone an article: cut it into labelled pieces, each with the rule that labelled it.

1. Each block is measured (words, prose or not, list item, repeats on the page,
   furniture verdict, byline, dateline; :mod:`newsstruct.page.measure`).
2. The body is found among them from their shape (:mod:`newsstruct.page.body`): the first
   strong run of prose between walls of closing furniture, widened over neighbouring
   blocks that fit running text (table rows, lines with figures, content lists).
3. Before the body: headline, deck, byline, a dateline on its own line, timestamps and
   furniture. After it: credits and furniture, each with a kind: by phrase, by pattern,
   or by structure (a link list is a menu; what stands under a "Related" or a comment
   heading shares its kind).
4. A dateline opening one of the first paragraphs of the article (whatever stands
   between the header and it) and a wire sign-off closing the last one become pieces
   of their own; the body starts at the dateline's paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from newsstruct.grammar import byline, dateline
from newsstruct.header import credits, headline, roles
from newsstruct.page import boilerplate
from newsstruct.page.body import body_range
from newsstruct.page.measure import Measure, measure_page
from newsstruct.page.zone import Piece, Zone
from newsstruct.text.blocks import Block, Line

#: Only lines this close to the top are checked for standing alone as header lines.
HEADER_REACH = 2000

_SIGNOFF_TAIL = regex.compile(r"(?<=[.!?\"”'’)])[ \t\n]+(?:REUTER|Reuter|reuter)S?\b\W*$")


@attrs.frozen(slots=True)
class Layout:
    """The labelled pieces in text order, and the header elements found on the way."""

    pieces: tuple[Piece, ...]
    byline: byline.BylineMatch | None
    dateline: dateline.DatelineMatch | None
    published: headline.PublishedStamp | None = None
    #: The headline models' confidence in the headline, when they chose it.
    headline_confidence: float | None = None


def stands_alone(text: str, line: Line) -> bool:
    """Lines that never join their neighbours in hard-wrapped copy: a byline or a
    dateline line near the top, and a wire sign-off at the end."""
    if (
        line.length <= 12
        and line.end > len(text) - 40
        and boilerplate.is_signoff(text[line.start : line.end])
    ):
        return True
    if line.start > HEADER_REACH or line.length > byline.MAX_BYLINE:
        return False
    return (
        byline.match_byline(text, line.start, line.end) is not None
        or dateline.match_dateline(text, line.start, line.end, alone=True) is not None
    )


def lay_out(text: str, blocks: Sequence[Block]) -> Layout:
    """Cut ``text`` (already split into blocks) into labelled pieces."""
    measures = measure_page(text, blocks)
    n = len(blocks)
    first, last = body_range(measures)
    zones: list[Zone] = [Zone("boilerplate", "unassigned", "other")] * n

    # Header: headline, byline, deck, a dateline line; the rest is furniture.
    header = headline.label_header(text, blocks, measures, first, last)
    first = header.body_start  # the header may reach into the top of the prose run
    zones[:first] = [_refine(z, m, "before") for z, m in zip(header.zones, measures, strict=False)]

    # Tail: credits and furniture closing the run, then everything after it.
    end = last
    while end >= first:
        zone = _tail_zone(text, blocks[end], measures[end])
        if zone is None:
            break
        zones[end] = zone
        end -= 1
    for i in range(first, end + 1):
        m = measures[i]
        if m.verdict is not None:
            zones[i] = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        elif m.under_related:
            zones[i] = Zone("boilerplate", "structure: under a related heading", "related")
        else:
            zones[i] = Zone("body", "prose run" if m.prose else "inside the prose run")
    section: str | None = None
    for i in range(last + 1, n):
        m = measures[i]
        zone = _tail_zone(text, blocks[i], m) if i <= last + CREDIT_REACH else None
        if zone is None:
            zone = _after(m, section)
        if m.verdict is not None:
            section = m.verdict.kind if m.verdict.kind in _SECTIONS else None
        elif m.comment_mark:
            section = "comments"
        zones[i] = zone
    for i, zone in header.inside.items():
        zones[i] = zone  # a byline or stamp line under the lede, inside the run
    found, opening = header.dateline, None
    dated = None if found is not None else _dated_opening(text, blocks, measures, zones)
    if dated is not None:
        opening, found = dated
        # The dateline opens the body: what the run took in before it is furniture.
        for i in range(opening):
            if zones[i].label == "body":
                zones[i] = _refine(
                    Zone("boilerplate", "position: before the dateline", "other"), measures[i], "before"
                )
        if zones[opening].label != "body":
            zones[opening] = Zone("body", "a dateline opens it")
    layout = _cut(text, blocks, zones, header.byline, found, opening)
    if header.headline_start is not None:
        layout = _cut_kicker(text, layout, header.headline_start, header.before_headline)
    if header.headline_end is not None:
        layout = _cut_after(text, layout, header.headline_end, header.after_headline)
    return attrs.evolve(layout, published=header.published, headline_confidence=header.headline_confidence)


def _cut_kicker(text: str, layout: Layout, start: int, kicker: Zone) -> Layout:
    """Split the kicker glued before the headline off its piece."""
    return _split_headline(
        layout,
        start,
        lambda p: (Piece(p.start, _trim_end(text, p.start, start), kicker), Piece(start, p.end, p.zone)),
    )


def _cut_after(text: str, layout: Layout, end: int, glued: Zone) -> Layout:
    """Split what stands after the headline in its line (a deck across a wide gap, a
    format label) off its piece."""

    def split(p: Piece) -> tuple[Piece, ...]:
        rest = end + len(text[end : p.end]) - len(text[end : p.end].lstrip())
        head = Piece(p.start, end, p.zone)
        return (head, Piece(rest, p.end, glued)) if rest < p.end else (head,)

    return _split_headline(layout, end, split)


def _split_headline(layout: Layout, at: int, split: Callable[[Piece], tuple[Piece, ...]]) -> Layout:
    """The layout with the headline's piece that ``at`` falls inside replaced by ``split``'s pieces."""
    pieces: list[Piece] = []
    for piece in layout.pieces:
        if piece.zone.label == "headline" and piece.start < at < piece.end:
            pieces.extend(split(piece))
        else:
            pieces.append(piece)
    return attrs.evolve(layout, pieces=tuple(pieces))


#: Credit lines follow the article closely.
CREDIT_REACH = 6
#: Headings whose kind the blocks under them share ("About the author" and the bio).
_SECTIONS = frozenset({"related", "comments", "author-bio", "tags", "newsletter", "footer", "cookie"})


def _after(m: Measure, section: str | None) -> Zone:
    """The furniture zone of a block after the article, by what it is or where it stands."""
    if m.verdict is not None:
        return Zone("boilerplate", m.verdict.reason, m.verdict.kind)
    if m.under_related:
        return Zone("boilerplate", "structure: under a related heading", "related")
    if m.comment_mark:
        return Zone("boilerplate", "structure: comment heading", "comments")
    if section is not None:
        return Zone("boilerplate", f"structure: under a {section} heading", section)
    if m.listed:
        kind = "navigation" if m.words <= 3 else "related"
        return Zone("boilerplate", "structure: link list after the article", kind)
    return Zone("boilerplate", "position: after the article", "other")


def _refine(zone: Zone, m: Measure, where: str) -> Zone:
    """A kind for furniture known so far by its place only: link lists are menus."""
    if zone.label != "boilerplate" or zone.kind != "other":
        return zone
    if m.under_related:
        return Zone("boilerplate", "structure: under a related heading", "related")
    if m.listed or m.repeats > 1:
        why = "link list" if m.listed else "repeated line"
        return Zone("boilerplate", f"structure: {why} {where} the article", "navigation")
    return zone


def _tail_zone(text: str, block: Block, m: Measure) -> Zone | None:
    if m.verdict is None and credits.is_credit_block(text, block.start, block.end, m.words):
        return Zone("credit", "credit line")
    if m.verdict is not None:
        return Zone("boilerplate", m.verdict.reason, m.verdict.kind)
    return None


#: A dateline opens one of the article's first paragraphs: this many are read.
DATELINE_PARAGRAPHS = 3


def _dated_opening(
    text: str, blocks: Sequence[Block], measures: Sequence[Measure], zones: Sequence[Zone]
) -> tuple[int, dateline.DatelineMatch] | None:
    """The block a dateline opens: the body's first block, or one of the first
    paragraphs of the article after it, whatever stands between (captions, gallery
    counters, share bars, bylines, stamps), or a paragraph under the headline that the
    header kept out of the body."""
    top = next((i for i, z in enumerate(zones) if z.label == "headline"), None)
    read = 0
    seen_body = False
    for i in range(0 if top is None else top + 1, len(blocks)):
        zone, m = zones[i], measures[i]
        if zone.label == "body":
            tried = m.prose or not seen_body
            seen_body = True
        else:
            tried = not seen_body and zone.kind == "other"
        if not tried:
            continue
        found = dateline.match_dateline(text, blocks[i].start, blocks[i].end)
        if found is not None:
            return i, found
        read += zone.label == "body" and m.prose and m.words >= roles.BODY_WORDS
        if read >= DATELINE_PARAGRAPHS:
            return None
    return None


def _cut(
    text: str,
    blocks: Sequence[Block],
    zones: Sequence[Zone],
    found_byline: byline.BylineMatch | None,
    found_dateline: dateline.DatelineMatch | None,
    opening: int | None = None,
) -> Layout:
    """Pieces from labelled blocks, splitting off an inline dateline (opening the block
    ``opening``) and a sign-off."""
    body = [i for i, z in enumerate(zones) if z.label == "body"]
    pieces: list[Piece] = []
    for i, (block, zone) in enumerate(zip(blocks, zones, strict=True)):
        start, end = block.start, block.end
        if i == opening and found_dateline is not None:
            pieces.append(
                Piece(start, found_dateline.end, Zone("dateline", f"dateline: {found_dateline.rule}"))
            )
            start = _skip_space(text, found_dateline.end, end)
        if zone.label == "body" and credits.is_signature(text, start, end):
            zone = Zone("credit", "credit line: signed")
        tail = _SIGNOFF_TAIL.search(text, start, end) if body and i == body[-1] else None
        body_end = tail.start() if tail is not None else end
        glued = credits.glued_credit(text, start, body_end) if body and i == body[-1] else None
        if glued is not None:
            pieces.append(Piece(start, _trim_end(text, start, glued), zone))
            pieces.append(Piece(glued, body_end, Zone("credit", "credit line: glued to the last paragraph")))
        else:
            pieces.append(Piece(start, body_end, zone))
        if tail is not None:
            cut = _skip_space(text, tail.start(), end)
            pieces.append(Piece(cut, end, Zone("boilerplate", "pattern: wire-signoff", "signoff")))
    return Layout(tuple(pieces), found_byline, found_dateline)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
