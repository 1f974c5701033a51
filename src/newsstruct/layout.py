"""Zone an article: cut it into labelled pieces, each with the rule that labelled it.

1. Each block is measured (words, prose or not, furniture verdict, byline, dateline).
2. The body is the run of blocks with the most prose (a maximum-sum run over block
   weights: prose counts for its words, furniture and title lines against), widened
   over neighbouring blocks that fit running text (table rows, lines with figures).
3. Before the body: headline, deck, byline, a dateline on its own line, timestamps and
   furniture. After it: credits and furniture.
4. A dateline opening the first paragraph and a wire sign-off closing the last one
   become pieces of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsstruct import boilerplate, byline, credits, dateline, headline, shape
from newsstruct.blocks import Block, Line
from newsstruct.measure import Measure, measure
from newsstruct.zone import Piece, Zone

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


def _weight(m: Measure) -> float:
    if m.verdict is not None or m.byline is not None:
        return -3.0 - m.words
    if m.prose:
        return float(m.words)
    return -2.0 - 0.2 * m.words


def _best_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous run with the largest positive sum (Kadane), as inclusive indices."""
    best = 0.0
    best_run: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, w in enumerate(weights):
        if total <= 0:
            total = 0.0
            start = i
        total += w
        if total > best:
            best = total
            best_run = (start, i)
    return best_run


def _fits_body(m: Measure) -> bool:
    """Can a block sit inside running text (prose, a table row, a line with figures)?"""
    if m.verdict is not None or m.byline is not None or m.dateline_alone:
        return False
    if m.prose:
        return True
    has_digit = any(ch.isdigit() for ch in m.text)
    if shape.is_title_case(m.text) and not has_digit:
        return False
    return has_digit or m.words > 4


def _bridgeable(m: Measure) -> bool:
    """A short line that may sit between two body blocks ("Year" in a results table)."""
    return m.verdict is None and m.byline is None and not m.dateline_alone and m.words <= 3


def _body_range(measures: Sequence[Measure]) -> tuple[int, int]:
    """First and last block of the body (first > last when there is none)."""
    n = len(measures)
    run = _best_run([_weight(m) for m in measures])
    if run is None:
        return _fallback_body(measures)
    first, last = run

    def fits(i: int) -> bool:
        return 0 <= i < n and _fits_body(measures[i])

    while first > 0:
        if fits(first - 1) and not (first - 1 == 0 and measures[0].title):
            first -= 1
        elif first > 1 and _bridgeable(measures[first - 1]) and fits(first - 2) and first - 2 > 0:
            first -= 2
        else:
            break
    if not any(m.verdict is not None for m in measures[:first]):
        # No page furniture before the run: what lies between the header and the run
        # (a results table, short lines) is body too.
        top = _header_end(measures)
        first = min(first, top) if top < n else first
    while last + 1 < n:
        if fits(last + 1):
            last += 1
        elif _bridgeable(measures[last + 1]) and fits(last + 2):
            last += 2
        else:
            break
    # A byline or a dateline line among the first blocks of the run ends the header.
    for i in range(min(last, first + 3), first - 1, -1):
        if measures[i].byline is not None or measures[i].dateline_alone:
            first = i + 1
            break
    return first, last


def _header_end(measures: Sequence[Measure]) -> int:
    """The first block after a plain article's header (title, byline, dateline line)."""
    i = 1 if measures and measures[0].title else 0
    while i < len(measures) and (measures[i].byline is not None or measures[i].dateline_alone):
        i += 1
    return i


def _fallback_body(measures: Sequence[Measure]) -> tuple[int, int]:
    """With no prose at all, the body is what follows the header."""
    n = len(measures)
    first = 1 if n > 1 and measures[0].title and measures[0].verdict is None else 0
    while first < n and (
        measures[first].verdict is not None
        or measures[first].byline is not None
        or measures[first].dateline_alone
    ):
        first += 1
    last = n - 1
    while last >= first and measures[last].verdict is not None:
        last -= 1
    return first, last


def lay_out(text: str, blocks: Sequence[Block]) -> Layout:
    """Cut ``text`` (already split into blocks) into labelled pieces."""
    measures = [measure(text, b) for b in blocks]
    n = len(blocks)
    first, last = _body_range(measures)
    zones: list[Zone] = [Zone("boilerplate", "unassigned", "other")] * n

    # Header: headline, byline, deck, a dateline line; the rest is furniture.
    header = headline.label_header(text, blocks, measures, first, last)
    first = header.body_start  # the header may reach into the top of the prose run
    zones[:first] = header.zones

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
        else:
            zones[i] = Zone("body", "prose run" if m.prose else "inside the prose run")
    for i in range(last + 1, n):
        zones[i] = _tail_zone(text, blocks[i], measures[i]) or Zone(
            "boilerplate", "position: after the article", "other"
        )
    for i, zone in header.inside.items():
        zones[i] = zone  # a byline or stamp line under the lede, inside the run
    return attrs.evolve(_cut(text, blocks, zones, header.byline, header.dateline), published=header.published)


def _tail_zone(text: str, block: Block, m: Measure) -> Zone | None:
    if credits.is_credit_block(text, block.start, block.end, m.words):
        return Zone("credit", "credit line")
    if m.verdict is not None:
        return Zone("boilerplate", m.verdict.reason, m.verdict.kind)
    return None


def _cut(
    text: str,
    blocks: Sequence[Block],
    zones: Sequence[Zone],
    found_byline: byline.BylineMatch | None,
    found_dateline: dateline.DatelineMatch | None,
) -> Layout:
    """Pieces from labelled blocks, splitting off an inline dateline and sign-off."""
    body = [i for i, z in enumerate(zones) if z.label == "body"]
    pieces: list[Piece] = []
    for i, (block, zone) in enumerate(zip(blocks, zones, strict=True)):
        start, end = block.start, block.end
        if body and i == body[0] and found_dateline is None:
            found_dateline = dateline.match_dateline(text, start, end)
            if found_dateline is not None:
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
