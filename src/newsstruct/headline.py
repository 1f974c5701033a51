"""The header above the body: headline, deck, byline, a dateline on its own line.

The headline is the nearest block above the body that reads as a title, walking back
past bylines, timestamps, kickers and captions; a deck may stand between it and the
body. What the header does not claim before the body is furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct import byline, dateline
from newsstruct.blocks import Block
from newsstruct.measure import Measure
from newsstruct.zone import Zone

#: How far back from the body the headline may stand (blocks).
HEADLINE_REACH = 8
#: Decks are short.
MAX_DECK_WORDS = 70
#: Furniture the walk back to the headline may step over.
_STEP_OVER = ("timestamp", "caption", "kicker", "reading-time", "share", "audio")


@attrs.frozen(slots=True)
class Header:
    """Zones of the blocks before the body, and the byline and dateline found there."""

    zones: tuple[Zone, ...]
    byline: byline.BylineMatch | None
    dateline: dateline.DatelineMatch | None


def find_headline(measures: Sequence[Measure], first: int) -> int | None:
    """Walk back from the body to the nearest block that reads as a title."""
    fallback: int | None = None
    for i in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1):
        m = measures[i]
        if m.byline is not None or m.dateline_alone:
            continue
        if m.verdict is not None:
            if m.verdict.kind in _STEP_OVER:
                continue
            break
        if m.title and m.words >= 3:
            return i
        if m.title:
            fallback = fallback if fallback is not None else i
            continue
        if m.prose and m.words <= MAX_DECK_WORDS:
            continue  # a deck under the headline
        break
    return fallback


def label_header(text: str, blocks: Sequence[Block], measures: Sequence[Measure], first: int) -> Header:
    """Label every block before the body (``first``)."""
    zones: list[Zone] = []
    found_byline: byline.BylineMatch | None = None
    found_dateline: dateline.DatelineMatch | None = None
    headline_at = find_headline(measures, first)
    for i in range(first):
        m, block = measures[i], blocks[i]
        after_headline = headline_at is None or i > headline_at
        named = m.byline
        if named is None and headline_at is not None and i > headline_at:
            named = byline.match_name_line(text, block.start, block.end)
        if i == headline_at:
            zone = Zone("headline", "title before the body")
        elif m.verdict is not None:
            zone = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        elif after_headline and named is not None:
            zone = Zone("byline", f"byline: {named.rule}")
            found_byline = found_byline or named
        elif m.dateline_alone and i == first - 1:
            found_dateline = dateline.match_dateline(text, block.start, block.end, alone=True)
            zone = Zone("dateline", "dateline on its own line")
        elif headline_at is not None and i == headline_at + 1 and m.words <= MAX_DECK_WORDS:
            zone = Zone("subheadline", "deck under the headline")
        else:
            zone = Zone("boilerplate", "position: before the article", "other")
        zones.append(zone)
    return Header(tuple(zones), found_byline, found_dateline)
