"""The header above the body: headline, deck, byline, publication stamp, a dateline line.

:mod:`newsstruct.header.scoring` picks the headline with fitted models over the named features
of each title (what follows it, its shape and place). The header then runs from the headline to the
body: the first deck under the headline is the subheadline, the byline it found
becomes the byline (a "By" label and the names under it together), stamps and share
bars are furniture, and the first stamp gives the publication time. When the body's
prose run started early (at the headline or inside the header), the header moves the
body's first block down to where the body really starts. With no headline found, the
nearest title above the body is taken, as plain articles have it. What the header
does not claim before the body is furniture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from newsstruct.grammar import byline, dateline
from newsstruct.grammar.timestamps import Stamp, find_stamps, match_timestamp
from newsstruct.header import furniture, roles, scoring, trimming, window
from newsstruct.page.measure import Measure
from newsstruct.page.zone import Zone
from newsstruct.text.blocks import Block
from newsstruct.text.names import known_given_name

#: How far back from the body the fallback walk looks for a headline (blocks).
HEADLINE_REACH = 8
#: Decks are short.
MAX_DECK_WORDS = window.MAX_DECK_WORDS
#: A title opening the prose run has this many words at least to be taken as the headline.
MIN_OPENING_TITLE = 3
#: Furniture the fallback walk back to the headline may step over.
_STEP_OVER = ("timestamp", "caption", "kicker", "reading-time", "share", "audio")
#: A stamp this many blocks above the headline still dates the story (blogs put it there).
STAMP_ABOVE = 3
#: A "By" byline this many blocks under the headline is its byline ...
STRICT_REACH = 14
#: ... when no more than this many paragraphs (captions, a deck) stand between.
MAX_PASSED = 2


@attrs.frozen(slots=True)
class PublishedStamp:
    """When the story was published, as the header gives it: the stamp's span and its
    ISO 8601 date (and time, when the text gives one)."""

    start: int
    end: int
    iso: str | None
    rule: str


@attrs.frozen(slots=True)
class Header:
    """Zones of the blocks before the body, where the body starts, and the byline,
    dateline and publication stamp found on the way."""

    zones: tuple[Zone, ...]
    body_start: int
    byline: byline.BylineMatch | None
    dateline: dateline.DatelineMatch | None
    published: PublishedStamp | None = None
    #: Header lines inside the top of the body's run (a byline under the lede), by block.
    inside: Mapping[int, Zone] = attrs.field(factory=dict)
    #: Where the headline starts inside its block, when a kicker glued before it is cut off.
    headline_start: int | None = None
    #: Where the headline ends inside its block, when a deck glued after it is cut off.
    headline_end: int | None = None
    #: The zones of what is cut off before and after the headline in its block.
    before_headline: Zone = trimming.KICKER_ZONE
    after_headline: Zone = trimming.GAP_ZONE
    #: The headline models' confidence in the headline (None when no model chose it).
    headline_confidence: float | None = None


def find_headline(measures: Sequence[Measure], first: int) -> int | None:
    """Walk back from the body to the nearest block that reads as a title."""
    fallback: int | None = None
    for i in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1):
        m = measures[i]
        if m.byline is not None or m.dateline_alone or furniture.glued_links(m.text):
            continue
        if m.repeats >= furniture.MANY_REPEATS or furniture.page_notice(m.text) or m.listed:
            continue  # a widget's label, a PHP error, a follow box, a disclosure, a menu item
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


def label_header(
    text: str, blocks: Sequence[Block], measures: Sequence[Measure], first: int, last: int | None = None
) -> Header:
    """Label every block before the body (``first``; ``last`` is the body's last block)."""
    n = len(blocks)
    last = n - 1 if last is None else last
    w = header_window(text, blocks, measures, first, last)
    kinds, lo = w.kinds, w.offset
    pick = scoring.pick_headline(w)
    if pick is None:
        # Links glued into a title-shaped line at the top of the run are furniture.
        while first <= last and first - lo < len(kinds) and kinds[first - lo].kind == "furniture":
            first += 1
        # A title opening the run over its prose is the headline (the run started early).
        if first < last and first - lo < len(kinds) and _opens_run(kinds[first - lo], measures, first):
            return _plain_header(text, blocks, measures, first + 1, first)
        return _plain_header(text, blocks, measures, first)
    return _page_header(text, blocks, measures, first, last, kinds, lo, pick)


def header_window(
    text: str, blocks: Sequence[Block], measures: Sequence[Measure], first: int, last: int
) -> window.Window:
    """The blocks around the top of the body (``first`` to ``last``) with their roles:
    where the headline is looked for (the trainer reads the same window)."""
    lo = window.window_start(measures, first)
    hi = window.window_end(measures, first, last)
    return window.Window(text, blocks, measures, roles.roles(text, blocks, measures, lo, hi), lo, first)


def _opens_run(role: roles.Role, measures: Sequence[Measure], first: int) -> bool:
    """Is the run's first block a title of some words over a paragraph of prose?"""
    m, after = measures[first], measures[first + 1]
    return (
        role.kind == "title"
        and role.candidate
        and m.words >= MIN_OPENING_TITLE
        and after.prose
        and after.words >= roles.BODY_WORDS
    )


def _page_header(
    text: str,
    blocks: Sequence[Block],
    measures: Sequence[Measure],
    first: int,
    last: int,
    kinds: Sequence[roles.Role],
    lo: int,
    pick: trimming.Pick,
) -> Header:
    h, ev = pick.index, pick.evidence
    if ev.byline is None:
        ev = _strict_byline_nearby(measures, kinds, lo, h, ev)
    body_start = _body_start(measures, kinds, lo, first, last, h, ev)
    found_byline, byline_blocks = _chosen_byline(text, blocks, kinds, lo, ev)
    found_dateline: dateline.DatelineMatch | None = None
    zones: list[Zone] = []
    deck_at = h + 1 if _deck(kinds, lo, h + 1, measures, byline_blocks, body_start) else None
    for i in range(body_start):
        m, block = measures[i], blocks[i]
        if i == h:
            zone = Zone("headline", pick.rule)
        elif i in byline_blocks:
            zone = Zone("byline", f"byline: {found_byline.rule}" if found_byline else "byline")
        elif i > h and _paragraph(measures, kinds, lo, i) and not _caption(measures[i]):
            zone = Zone("body", "lede under the headline")
        elif i == deck_at:
            zone = Zone("subheadline", "deck under the headline")
        elif m.verdict is not None:
            zone = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        elif m.dateline_alone and i == body_start - 1:
            found_dateline = dateline.match_dateline(text, block.start, block.end, alone=True)
            zone = Zone("dateline", "dateline on its own line")
        elif i > h and _kind(kinds, lo, i) == "stamp":
            zone = Zone("boilerplate", "pattern: stamp line", "timestamp")
        elif i > h:
            zone = Zone("boilerplate", "position: in the header", "other")
        else:
            zone = Zone("boilerplate", "position: before the headline", "other")
        zones.append(zone)
    inside: dict[int, Zone] = {}
    for i in range(body_start, min(ev.meta_end, last + 1)):
        if i in byline_blocks:
            inside[i] = Zone("byline", f"byline: {found_byline.rule}" if found_byline else "byline")
        elif _kind(kinds, lo, i) == "stamp" and measures[i].verdict is None:
            inside[i] = Zone("boilerplate", "pattern: stamp line", "timestamp")
    published = _published(text, blocks, kinds, lo, h, max(body_start, ev.meta_end), found_byline)
    return Header(
        tuple(zones),
        body_start,
        found_byline,
        found_dateline,
        published,
        inside,
        pick.start,
        pick.end,
        pick.start_zone,
        pick.end_zone,
        pick.confidence,
    )


def _body_start(
    measures: Sequence[Measure],
    kinds: Sequence[roles.Role],
    lo: int,
    first: int,
    last: int,
    h: int,
    ev: window.Evidence,
) -> int:
    """Where the body starts: the prose run's first block, unless the headline stands
    inside the run, or the run opens with header lines (a title-case deck, the byline,
    stamps, share bars); then after them, up to the first paragraph. A paragraph of
    prose under the headline (a lede) stays in the body even when the byline follows
    it; the header labels that byline where it stands (:attr:`Header.inside`)."""
    start = h + 1 if h >= first else first
    while start < ev.meta_end and start <= last and not _paragraph(measures, kinds, lo, start):
        start += 1
    if start < ev.meta_end:
        return min(start, last + 1)
    stop = ev.body if ev.body is not None else last + 1
    while start < stop and (
        measures[start].verdict is not None or _kind(kinds, lo, start) in ("furniture", "stamp", "staff")
    ):
        start += 1
    return min(start, last + 1)


def _caption(m: Measure) -> bool:
    return m.verdict is not None


def _paragraph(measures: Sequence[Measure], kinds: Sequence[roles.Role], lo: int, i: int) -> bool:
    """A paragraph of the body: prose of some length, a long text, or one a dateline opens."""
    m = measures[i]
    if m.prose and m.words >= roles.BODY_WORDS:
        return True
    return m.words >= 2 * roles.BODY_WORDS or _kind(kinds, lo, i) == "dated"


def _kind(kinds: Sequence[roles.Role], lo: int, i: int) -> str:
    return kinds[i - lo].kind if 0 <= i - lo < len(kinds) else ""


def _deck(
    kinds: Sequence[roles.Role],
    lo: int,
    i: int,
    measures: Sequence[Measure],
    byline_blocks: set[int],
    body_start: int,
) -> bool:
    if i >= body_start or i in byline_blocks or measures[i].verdict is not None:
        return False
    return _kind(kinds, lo, i) in ("prose", "title", "other") and measures[i].words <= MAX_DECK_WORDS


def _strict_byline_nearby(
    measures: Sequence[Measure],
    kinds: Sequence[roles.Role],
    lo: int,
    h: int,
    ev: window.Evidence,
) -> window.Evidence:
    """With no byline in the headline's header: a "By" byline a little further down
    (past a caption or two of the body's first blocks) or just above the headline."""
    hi = lo + len(kinds)
    passed = 0
    for i in range(h + 1, min(hi, h + 1 + STRICT_REACH)):
        kind = kinds[i - lo].kind
        if (kind == "byline" and measures[i].byline is not None) or _label_and_names(kinds, lo, i):
            body = ev.body if ev.body is not None and ev.body > i else None
            return attrs.evolve(ev, byline=i, meta_end=max(ev.meta_end, i + 1), body=body)
        if kind in ("prose", "dated") and measures[i].words >= roles.BODY_WORDS:
            passed += 1
            if passed > MAX_PASSED:
                break
    for i in range(h - 1, max(lo - 1, h - 1 - STAMP_ABOVE), -1):
        if kinds[i - lo].kind == "byline" and measures[i].byline is not None:
            return attrs.evolve(ev, byline=i)
        if _name_over_stamp(kinds, lo, i):
            return attrs.evolve(ev, byline=i)  # "Jane Doe/" over "December 21, 2023"
    return ev


def _name_over_stamp(kinds: Sequence[roles.Role], lo: int, i: int) -> bool:
    """A line of names that opens with a known given name, over a stamp line."""
    k = i - lo
    found = kinds[k].byline
    if kinds[k].kind != "name" or found is None or not found.names or k + 1 >= len(kinds):
        return False
    return kinds[k + 1].kind == "stamp" and known_given_name(found.names[0].name)


def _label_and_names(kinds: Sequence[roles.Role], lo: int, i: int) -> bool:
    k = i - lo
    return kinds[k].kind == "label" and k + 1 < len(kinds) and kinds[k + 1].byline is not None


def _chosen_byline(
    text: str,
    blocks: Sequence[Block],
    kinds: Sequence[roles.Role],
    lo: int,
    ev: window.Evidence,
) -> tuple[byline.BylineMatch | None, set[int]]:
    """The byline the evidence found, and the blocks it covers ("By" label and names)."""
    b = ev.byline
    if b is None:
        return None, set()
    role = kinds[b - lo]
    if role.kind == "label" and b + 1 - lo < len(kinds) and kinds[b + 1 - lo].byline is not None:
        names = kinds[b + 1 - lo].byline
        assert names is not None
        names, covered = _joined(text, blocks, kinds, lo, b + 1, names)
        found = byline.BylineMatch(
            blocks[b].start, names.end, names.names, names.agency, "label and names", names.stamp
        )
        return found, {b, *covered}
    if role.byline is not None and role.kind == "name":
        return _joined(text, blocks, kinds, lo, b, role.byline)
    if role.byline is not None:
        return role.byline, {b}
    return None, set()


def _joined(
    text: str,
    blocks: Sequence[Block],
    kinds: Sequence[roles.Role],
    lo: int,
    b: int,
    names: byline.BylineMatch,
) -> tuple[byline.BylineMatch, set[int]]:
    """The names of block ``b`` and of the name lines joined to it, a line each ("Jane
    Doe" / "and" / "Ann Poe", or "Jane Doe" / "AP" / "Ann Poe" under an avatar's
    initials); the blocks they cover."""
    people, covered, k = list(names.names), {b}, b + 1
    while k + 1 - lo < len(kinds):
        more = kinds[k + 1 - lo].byline
        if kinds[k + 1 - lo].kind != "name" or more is None or not more.names:
            break
        if not byline.is_joiner(text, blocks[k].start, blocks[k].end, more.names[0].name):
            break
        people, covered, k = [*people, *more.names], covered | {k, k + 1}, k + 2
        names = attrs.evolve(names, end=more.end, names=tuple(people))
    return names, covered


def _published(
    text: str,
    blocks: Sequence[Block],
    kinds: Sequence[roles.Role],
    lo: int,
    h: int,
    body_start: int,
    found_byline: byline.BylineMatch | None,
) -> PublishedStamp | None:
    """The first dated stamp of the header (or just above the headline)."""
    order = list(range(h + 1, body_start)) + list(range(h - 1, max(lo, h - 1 - STAMP_ABOVE), -1))
    for i in order:
        kind = _kind(kinds, lo, i)
        block = blocks[i]
        if kind == "stamp" or (
            kind == "byline" and found_byline is not None and i == _index_of(blocks, found_byline)
        ):
            stamp = _first_dated(text, block)
            if stamp is not None:
                rule = "stamp line" if kind == "stamp" else "stamp in the byline"
                return PublishedStamp(stamp.start, stamp.end, stamp.iso_datetime or stamp.iso, rule)
    return None


def _index_of(blocks: Sequence[Block], found: byline.BylineMatch) -> int:
    for i, b in enumerate(blocks):
        if b.start <= found.end <= b.end:
            return i
    return -1


def _first_dated(text: str, block: Block) -> Stamp | None:
    if len(block.lines) != 1:
        return None
    for stamp in find_stamps(text, block.start, block.end):
        if stamp.has_date:
            return stamp
    return None


def _plain_header(
    text: str,
    blocks: Sequence[Block],
    measures: Sequence[Measure],
    first: int,
    headline_at: int | None = None,
) -> Header:
    """With no headline found by its neighbourhood: the nearest title above the body
    (or ``headline_at``, a title the run opened with)."""
    zones: list[Zone] = []
    found_byline: byline.BylineMatch | None = None
    found_dateline: dateline.DatelineMatch | None = None
    if headline_at is None:
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
    published = None
    for i in range(first):
        if measures[i].verdict is not None and measures[i].verdict.kind == "timestamp":  # type: ignore[union-attr]
            stamp = match_timestamp(measures[i].text)
            dated = _first_dated(text, blocks[i])
            if stamp is not None and dated is not None:
                published = PublishedStamp(
                    dated.start, dated.end, dated.iso_datetime or dated.iso, "stamp line"
                )
                break
    return Header(tuple(zones), first, found_byline, found_dateline, published)
