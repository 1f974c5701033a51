"""Find the headline among the blocks around the top of the body, by shape and place.

On a whole scraped page the headline is not the first line: menus, kickers, share bars
and teasers stand before it, and the body's prose run may start a little early or
late. What marks the headline is its neighbourhood. Each block near the top of the
body gets a *role* (stamp, byline, "By" label, name line, furniture, title, prose,
list item); every title-shaped block is then scored on what follows it within a few
blocks, as a page lays out an article's header::

    [kicker] HEADLINE [deck] [byline | stamp | share bar | caption]* BODY

A byline after it counts most, then a publication stamp, then the body's prose; a
deck or another title in between counts against it, and so does prose of the run it
would cut off. A title the page repeats in a breadcrumb or title bar ("Home › News ›
Title", "Title | Site") gains. The best-scoring title wins; the rule of each pick lists
what it rests on.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsstruct import byline, dateline, shape
from newsstruct.blocks import Block
from newsstruct.measure import MAX_HEADLINE_WORDS, Measure
from newsstruct.timestamps import find_stamps

#: How many blocks before the body's first block the headline may stand.
REACH_BACK = 60
#: How many blocks into the body run the header may reach (the run may start early).
REACH_INTO = 12
#: How many blocks after a headline its header (deck, byline, stamps) may take.
LOOK_AHEAD = 14
#: Prose of this many words is the body (or a deck, right under the headline).
BODY_WORDS = 12
#: Decks are short.
MAX_DECK_WORDS = 70
#: A line that opens with a date and has few words is a stamp line ("Dec 20, 2023 6 min read").
MAX_STAMP_WORDS = 12
#: The least score a title needs to be the headline.
MIN_SCORE = 2.0

#: A list item or a navigation arrow at the start of a line.
_LIST_MARK = regex.compile(r"(?:[*•·▪●◦‣+>»«›‹←→o]|-(?!-)|\d{1,3}[.)])[ \t]")


@attrs.frozen(slots=True)
class Role:
    """What one block is to the header: ``kind`` and the byline read from it."""

    kind: str  # stamp, byline, label, name, staff, dateline, dated, furniture, title, prose, list, other
    byline: byline.BylineMatch | None = None


@attrs.frozen(slots=True)
class Evidence:
    """What follows a title-shaped block: the header it heads and the body after it."""

    byline: int | None
    stamp: int | None
    body: int | None
    decks: int
    others: int
    end: int  # the first block after the header (the body, when found)
    meta_end: int  # the block after the last byline, label or stamp (the title's when none)


@attrs.frozen(slots=True)
class Pick:
    """The chosen headline block, its evidence and the rule that says why."""

    index: int
    evidence: Evidence
    rule: str


def headline_shaped(m: Measure, lines: int) -> bool:
    """Could this block be a headline: a short title-like line, not a list item or label?"""
    if lines > 2 or not 1 <= m.words <= MAX_HEADLINE_WORDS or len(m.text) > 320:
        return False
    if _LIST_MARK.match(m.text) or m.text.rstrip().endswith(":"):
        return False
    if sum(1 for ch in m.text if ch.isalpha()) < 2:
        return False
    if m.title:
        return True
    stripped = m.text.rstrip("\"'”’»)] \t")
    return stripped.endswith(("?", "!")) and m.words <= 30


def roles(text: str, blocks: Sequence[Block], measures: Sequence[Measure], lo: int, hi: int) -> list[Role]:
    """The role of each block in ``[lo, hi)``."""
    out: list[Role] = []
    for i in range(lo, hi):
        out.append(_role(text, blocks[i], measures[i]))
    # A "By" or "Author" label makes the names on the next line a byline.
    for k in range(len(out) - 1):
        if out[k].kind == "label" and out[k + 1].kind in ("name", "other", "title", "list"):
            block = blocks[lo + k + 1]
            found = _names_after_label(text, block)
            if found is not None:
                out[k + 1] = Role("byline", found)
    return out


def _names_after_label(text: str, block: Block) -> byline.BylineMatch | None:
    if len(block.lines) != 1:
        return None
    found = byline.match_name_line(text, block.start, block.end)
    if found is None:
        found = byline.read_author_line(text, block.start, block.end)
    if found is None:
        # "By" on one line and a handle on the next ("By" / "CarolRomig").
        line = text[block.start : block.end].lstrip("*• \t")
        if regex.fullmatch(r"[\p{L}][\p{L}\p{N}_.\-]{1,30}", line):
            start = block.end - len(line)
            found = byline.BylineMatch(
                start, block.end, (byline.NameSpan(start, block.end, line),), None, "handle"
            )
    return found


def _role(text: str, block: Block, m: Measure) -> Role:
    single = len(block.lines) == 1
    if m.verdict is not None:
        return Role("stamp" if m.verdict.kind == "timestamp" else "furniture")
    if m.byline is not None:
        return Role("byline", m.byline)
    if m.dateline_alone:
        return Role("dateline")
    if not any(ch.isalpha() for ch in m.text):
        return Role("furniture")
    if single and byline.is_by_label(text, block.start, block.end):
        return Role("label")
    if single and not m.prose:
        found = byline.read_author_line(text, block.start, block.end)
        if found is not None and (found.names or found.agency):
            return Role("byline", found)
        name = byline.match_name_line(text, block.start, block.end)
        if name is not None and name.names:
            return Role("name", name)
    if m.words >= 4 and dateline.match_dateline(text, block.start, block.end) is not None:
        return Role("dated")  # a paragraph a dateline opens is body, never a title
    if single and m.words <= MAX_STAMP_WORDS and _opens_with_date(text, block):
        return Role("stamp")
    if single and m.words <= 6 and byline.is_staff_title(m.text):
        return Role("staff")
    if _LIST_MARK.match(m.text):
        return Role("list")
    if headline_shaped(m, len(block.lines)):
        return Role("title")
    if m.prose:
        return Role("prose")
    return Role("other")


def _opens_with_date(text: str, block: Block) -> bool:
    start = block.start
    while start < block.end and text[start] in "*•·| \t":
        start += 1
    stamps = find_stamps(text, start, min(block.end, start + 60))
    return bool(stamps) and stamps[0].start == start and stamps[0].has_date


@attrs.frozen(slots=True)
class Window:
    """The blocks around the top of the body and their roles (``kinds[k]`` is the role
    of block ``offset + k``); ``first`` is the prose run's first block."""

    text: str
    blocks: Sequence[Block]
    measures: Sequence[Measure]
    kinds: Sequence[Role]
    offset: int
    first: int

    def kind(self, i: int) -> str:
        k = i - self.offset
        return self.kinds[k].kind if 0 <= k < len(self.kinds) else ""

    def opens_body(self, j: int) -> bool:
        """Prose of some length, a block of the prose run, or a paragraph a dateline opens."""
        m = self.measures[j]
        if m.prose and m.words >= BODY_WORDS:
            return True
        if j >= self.first and (m.prose or _body_like(m)):
            return True
        return self.dated(j)

    def dated(self, j: int) -> bool:
        """Does a dateline open block ``j`` ("WALTHAM, Mass., March 11 - Kurzweil ...")?"""
        return self.kind(j) == "dated"


def evidence(i: int, w: Window) -> Evidence:
    """Walk the blocks after title ``i``: deck, byline, stamps, furniture, then the body."""
    found_byline = stamp = body = deck = None
    decks = others = 0
    meta_end = i + 1
    names: list[int] = []
    stop = min(w.offset + len(w.kinds), i + 1 + LOOK_AHEAD)
    end = stop
    for j in range(i + 1, stop):
        kind = w.kind(j)
        meta = found_byline is not None or stamp is not None or bool(names)
        if kind in ("byline", "label"):
            found_byline = found_byline if found_byline is not None else j
            meta_end = j + 1
        elif kind == "name":
            names.append(j)
        elif kind == "stamp":
            stamp = stamp if stamp is not None else j
            meta_end = j + 1
        elif kind == "dateline":
            stamp = stamp if stamp is not None else j  # a wire dateline line dates the story
        elif kind in ("furniture", "staff"):
            continue
        elif kind in ("prose", "other", "title", "dated") and w.opens_body(j):
            if (
                not meta
                and deck is None
                and j == i + 1
                and w.measures[j].words <= MAX_DECK_WORDS
                and kind != "title"
                and not w.dated(j)
            ):
                deck, decks = j, decks + 1
                continue
            body, end = j, j
            break
        elif kind in ("prose", "title", "other") and not meta and decks < 2:
            deck = deck if deck is not None else j
            decks += 1
        else:
            others += 1
            if others > 2:
                end = j
                break
    # A name line counts as the byline next to a stamp or a staff title, or right
    # under the headline and its deck.
    for j in names:
        if found_byline is None and (
            stamp in (j - 1, j + 1) or j - 1 - i <= decks or w.kind(j + 1) == "staff"
        ):
            found_byline = j
            meta_end = max(meta_end, j + 1)
    meta = found_byline is not None or stamp is not None
    if body is None and deck is not None and not meta:
        body, end, decks = deck, deck, 0
    return Evidence(found_byline, stamp, body, decks, others, end, meta_end)


def pick_headline(w: Window) -> Pick | None:
    """The best-scoring title in the window, or None when no title has a header's
    neighbourhood."""
    best: tuple[float, int] | None = None
    best_pick: Pick | None = None
    cut = 0  # prose blocks of the run before the title (a headline there would cut them off)
    for k, role in enumerate(w.kinds):
        i = w.offset + k
        if role.kind == "title":
            ev = evidence(i, w)
            score, why = _score(i, ev, w, cut)
            key = (score, -abs(w.first - i))
            if score >= MIN_SCORE and (best is None or key > best):
                best = key
                best_pick = Pick(i, ev, "headline: " + ", ".join(why))
        if i >= w.first and _body_like(w.measures[i]):
            cut += 1
    return best_pick


def _body_like(m: Measure) -> bool:
    """Prose, or a table row of running text ("Net loss 23.3 mln vs loss 44.8 mln")."""
    if m.prose:
        return m.words >= BODY_WORDS
    return m.words >= 3 and sum(ch.isdigit() for ch in m.text) >= 2


def _score(i: int, ev: Evidence, w: Window, cut: int) -> tuple[float, list[str]]:
    m = w.measures[i]
    score = 0.0
    why: list[str] = []
    if ev.byline is not None:
        score += 4
        why.append("byline follows")
    if ev.stamp is not None:
        score += 2
        why.append("stamp follows")
    if ev.body is not None:
        score += 2
        why.append("body follows")
    score -= ev.decks + 0.5 * ev.others
    if 4 <= m.words <= 25:
        score += 1
    elif m.words <= 2:
        score -= 1
    if cut:
        score -= 2 * cut
        why.append(f"cuts {cut} prose blocks")
    elif i < w.first:
        score -= 0.02 * (w.first - i)
    if _repeated(w, i):
        score += 2
        why.append("repeated in a breadcrumb or title bar")
    return score, why


def _repeated(w: Window, i: int) -> bool:
    """Does another block nearby hold this title inside a longer line ("Home News Title",
    "Title | Site") or as a list item ("* Title")?"""
    raw = w.text[w.blocks[i].start : w.blocks[i].end]
    key = shape.normalise(raw)
    if len(key.split()) < 3:
        return False
    lo = max(w.offset, i - 30)
    hi = min(w.offset + len(w.kinds), i + 30)
    for j in range(lo, hi):
        if j == i:
            continue
        other = w.text[w.blocks[j].start : w.blocks[j].end]
        if other == raw or len(other) > 4 * len(raw) + 40:
            continue
        if key in shape.normalise(other):
            return True
    return False
