"""Zone an article: give every block a label and the rule that gave it.

1. Each block is measured (words, prose or not, furniture verdict, byline).
2. The body is the run of blocks with the most prose (a maximum-sum run over block
   weights: prose counts for its words, furniture and title lines against), widened
   over neighbouring blocks that fit running text (tables, short lines with figures).
3. Before the body: headline, deck, byline, a dateline on its own line, timestamps,
   and furniture. After it: credits and furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct import boilerplate, byline, credits, dateline, shape
from newsstruct.blocks import Block
from newsstruct.model import Label

#: How far back from the body the headline may stand (blocks).
HEADLINE_REACH = 8
#: Headlines and decks are short.
MAX_HEADLINE_WORDS = 40
MAX_DECK_WORDS = 70


@attrs.frozen(slots=True)
class Zone:
    """The label of one block and why: ``kind`` is set for boilerplate."""

    label: Label
    rule: str
    kind: str | None = None


@attrs.frozen(slots=True)
class Layout:
    """Every block's zone, and the header elements found on the way."""

    blocks: tuple[Block, ...]
    zones: tuple[Zone, ...]
    byline: byline.BylineMatch | None
    dateline: dateline.DatelineMatch | None


@attrs.define(slots=True)
class _Measure:
    text: str
    words: int
    prose: bool
    title: bool
    verdict: boilerplate.Verdict | None
    byline: byline.BylineMatch | None


def _measure(text: str, block: Block) -> _Measure:
    chunk = text[block.start : block.end]
    single = len(block.lines) == 1
    verdict = boilerplate.classify_line(chunk) if single else None
    if verdict is None and single and shape.normalise(chunk) in _kickers():
        verdict = boilerplate.Verdict("kicker", "phrase: kicker")
    found = byline.match_byline(text, block.start, block.end) if single else None
    words = shape.word_count(chunk)
    return _Measure(
        chunk,
        words,
        shape.is_prose(chunk),
        1 <= words <= MAX_HEADLINE_WORDS and (shape.is_title_case(chunk) or not shape.ends_sentence(chunk)),
        verdict,
        found,
    )


def _kickers() -> frozenset[str]:
    return dateline._kickers()


def _weight(m: _Measure) -> float:
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


def _fits_body(m: _Measure) -> bool:
    """Can a non-prose block sit inside running text (a table row, a short line)?"""
    if m.verdict is not None or m.byline is not None:
        return False
    if m.prose:
        return True
    has_digit = any(ch.isdigit() for ch in m.text)
    if shape.is_title_case(m.text) and not has_digit:
        return False
    return has_digit or m.words > 4


def lay_out(text: str, blocks: Sequence[Block]) -> Layout:
    """Label every block of ``text``."""
    measures = [_measure(text, b) for b in blocks]
    n = len(blocks)
    zones: list[Zone | None] = [None] * n
    run = _best_run([_weight(m) for m in measures])
    if run is None:
        first, last = _fallback_body(measures)
    else:
        first, last = run
        while first > 0 and _fits_body(measures[first - 1]) and not _is_header_top(measures, first - 1):
            first -= 1
        while last + 1 < n and _fits_body(measures[last + 1]):
            last += 1

    # A byline or a dateline line may open the body run; they belong to the header.
    while first < last and (measures[first].byline is not None or _dateline_alone(text, blocks[first])):
        first += 1

    found_byline: byline.BylineMatch | None = None
    found_dateline: dateline.DatelineMatch | None = None
    headline_at = _find_headline(measures, first)
    for i in range(first):
        m = measures[i]
        after_headline = headline_at is None or i > headline_at
        name_line = (
            byline.match_name_line(text, blocks[i].start, blocks[i].end)
            if headline_at is not None and i > headline_at and m.byline is None
            else None
        )
        if i == headline_at:
            zones[i] = Zone("headline", "title before the body")
        elif m.verdict is not None:
            zones[i] = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        elif after_headline and (m.byline or name_line) is not None:
            zones[i] = Zone("byline", f"byline: {(m.byline or name_line).rule}")  # type: ignore[union-attr]
            found_byline = found_byline or m.byline or name_line
        elif i == first - 1 and (d := dateline.match_dateline(text, blocks[i].start, blocks[i].end, alone=True)):
            zones[i] = Zone("dateline", f"dateline: {d.rule}, on its own line")
            found_dateline = d
        elif headline_at is not None and i == headline_at + 1 and m.words <= MAX_DECK_WORDS:
            zones[i] = Zone("subheadline", "deck under the headline")
        else:
            zones[i] = Zone("boilerplate", "position: before the article", "other")

    # Tail: credits at the end of the run, then what follows the run.
    end = last
    while end >= first:
        m = measures[end]
        if credits.is_credit_block(text, blocks[end].start, blocks[end].end, m.words):
            zones[end] = Zone("credit", "credit line")
        elif m.verdict is not None:
            zones[end] = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        else:
            break
        end -= 1
    for i in range(first, end + 1):
        m = measures[i]
        if m.verdict is not None:
            zones[i] = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        else:
            zones[i] = Zone("body", "prose run" if m.prose else "inside the prose run")
    for i in range(last + 1, n):
        m = measures[i]
        if credits.is_credit_block(text, blocks[i].start, blocks[i].end, m.words):
            zones[i] = Zone("credit", "credit line")
        elif m.verdict is not None:
            zones[i] = Zone("boilerplate", m.verdict.reason, m.verdict.kind)
        else:
            zones[i] = Zone("boilerplate", "position: after the article", "other")

    if found_dateline is None:
        for i in range(first, end + 1):
            if zones[i] is not None and zones[i].label == "body":  # type: ignore[union-attr]
                found_dateline = dateline.match_dateline(text, blocks[i].start, blocks[i].end)
                break
    done = tuple(z if z is not None else Zone("boilerplate", "unassigned", "other") for z in zones)
    return Layout(tuple(blocks), done, found_byline, found_dateline)


def _fallback_body(measures: Sequence[_Measure]) -> tuple[int, int]:
    """With no prose at all, the body is what follows a title-like first block."""
    n = len(measures)
    first = 0
    if n > 1 and measures[0].title and measures[0].verdict is None:
        first = 1
    while first < n and (measures[first].verdict is not None or measures[first].byline is not None):
        first += 1
    last = n - 1
    while last >= first and measures[last].verdict is not None:
        last -= 1
    return first, last


def _is_header_top(measures: Sequence[_Measure], i: int) -> bool:
    """The first block of the text is the headline's place when it looks like one."""
    return i == 0 and measures[0].title


def _dateline_alone(text: str, block: Block) -> bool:
    return dateline.match_dateline(text, block.start, block.end, alone=True) is not None


def _find_headline(measures: Sequence[_Measure], first: int) -> int | None:
    """Walk back from the body to the nearest block that reads as a title."""
    fallback: int | None = None
    for i in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1):
        m = measures[i]
        if m.byline is not None:
            continue
        if m.verdict is not None:
            if m.verdict.kind in ("timestamp", "caption", "kicker", "reading-time", "share", "audio"):
                continue
            break
        if m.title and m.words >= 3:
            return i
        if m.title and fallback is None:
            fallback = i
            continue
        if m.prose and m.words <= MAX_DECK_WORDS:
            continue  # a deck under the headline
        if not m.title:
            break
    if fallback is not None:
        return fallback
    return None
