"""A headline pick and the trimming of its line: a kicker glued before it, a deck or
a site name glued after it, text past a wide gap, a date glued before it, the author's name
under it in its block, or a fuller title right below.
"""

from __future__ import annotations

import itertools

import attrs
import regex

from newsstruct.header import headline_cuts
from newsstruct.header.furniture import (
    _TRAIL,
    MAX_QUOTING_CHARS,
    _dangles,
    _dangling,
    _prepositions,
    title_over_name,
)
from newsstruct.header.window import REPEAT_REACH, Evidence, Window, _date_glued_before
from newsstruct.page.zone import Zone
from newsstruct.text import shape

#: What a kicker glued before the headline by a bare space is, once cut off ...
KICKER_ZONE = Zone("boilerplate", "structure: kicker glued to the headline", "kicker")
#: ... what a deck or caption glued after it by a bare space is ...
TAIL_ZONE = Zone("boilerplate", "structure: deck glued after the headline", "other")
#: ... and what a deck or caption after a wide gap in its line is.
GAP_ZONE = Zone("boilerplate", "structure: text after a wide gap in the headline's line", "other")


@attrs.frozen(slots=True)
class Pick:
    """The chosen headline block, its evidence and the rule that says why."""

    index: int
    evidence: Evidence
    rule: str
    #: Where the headline starts inside its block, when a kicker glued before it is cut off.
    start: int | None = None
    #: Where the headline ends inside its block, when a deck or caption glued after it
    #: across a wide gap is cut off.
    end: int | None = None
    #: The zones of what is cut off before and after the headline in its block.
    start_zone: Zone = KICKER_ZONE
    end_zone: Zone = GAP_ZONE
    #: The headline model's probability that this block is the headline.
    confidence: float | None = None


#: The zone of a date glued before the headline.
DATE_BEFORE_ZONE = Zone("boilerplate", "structure: a date glued before the headline", "timestamp")


#: The zone of an author's name under the headline in its block.
NAME_UNDER_ZONE = Zone("boilerplate", "structure: the author's name under the headline in its block", "other")


#: A fuller title under the picked one adds this many words at least, the picked one
#: has this many ...
MIN_FULLER_WORDS = 2
MIN_TITLE_WORDS = 3
#: ... and a kicker glued before the fuller one at most this many.
MAX_FULLER_KICKER = 6


def _fuller_below(w: Window, i: int) -> tuple[int, int | None] | None:
    """The line just below title ``i`` (past stamps and furniture) that gives the same
    title at more length, as pages set a short title over the story's full one
    ("Teil 49" / "Dienstag, 2. November 2021" / "Teil 49 – Büssing-NAG (1931 – 1945)"),
    and where the title starts in it, when a kicker stands glued before it."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    title = w.text[block.start : block.end].strip()
    words = shape.word_count(title)
    if words < MIN_TITLE_WORDS:
        return None
    for j in range(i + 1, min(w.offset + len(w.kinds), i + 4)):
        if w.kind(j) in ("furniture", "stamp"):
            continue
        below = w.blocks[j]
        if len(below.lines) != 1 or below.end - below.start > MAX_QUOTING_CHARS:
            return None
        line = w.text[below.start : below.end]
        at = line.find(title)
        after = line[at + len(title) : at + len(title) + 1]
        if at < 0 or (at > 0 and line[at - 1] != " ") or after.isalnum() or shape.ends_sentence(line):
            return None
        kicker = shape.word_count(line[:at])
        if shape.word_count(line) - kicker < words + MIN_FULLER_WORDS or kicker > MAX_FULLER_KICKER:
            return None
        if kicker and _dangles(line[:at]):
            return (
                None  # the title is a phrase of another line ("HR Innovation in einer Enterprise 2.0 – ...")
            )
        return j, (below.start + at if kicker else None)
    return None


def _trimmed(w: Window, pick: Pick) -> Pick:
    """The pick with what its block holds besides the headline cut off: the author's
    name under it, a date or a kicker before it, a deck after a wide gap or glued on,
    a format label at its end."""
    block = w.blocks[pick.index]
    if len(block.lines) == 2 and title_over_name(w.text, block):
        return _ending(
            pick, block.lines[0].end, "the author's name under it in its block cut off", NAME_UNDER_ZONE
        )
    if len(block.lines) != 1:
        return pick  # every cut below reads one line
    dated = _date_glued_before(w, pick.index)
    if dated is not None:
        pick = _starting(pick, dated, "a date glued before it", DATE_BEFORE_ZONE)
    else:
        start = glued_kicker(w, pick.index)
        if start is not None:
            pick = _starting(pick, start, "a kicker glued before it", KICKER_ZONE)
    end = gap_end(w, pick.index, pick.start)
    if end is not None:
        pick = _ending(pick, end, "ends at a wide gap in its line", GAP_ZONE)
    else:
        end = glued_tail(w, pick.index, pick.start)
        if end is not None:
            pick = _ending(pick, end, "a deck glued after it cut off", TAIL_ZONE)
    lo = block.start if pick.start is None else pick.start
    hi = block.end if pick.end is None else pick.end
    cut = headline_cuts.kicker_cut(w.text, lo, hi) if pick.start is None else None
    if cut is not None:
        lo = cut.at
        pick = _starting(pick, cut.at, cut.rule, cut.zone)
    cut = headline_cuts.tail_cut(w.text, lo, hi)
    return pick if cut is None else _ending(pick, cut.at, cut.rule, cut.zone)


def _starting(pick: Pick, at: int, rule: str, zone: Zone) -> Pick:
    """The pick starting at ``at`` in its block, what stands before taking ``zone``."""
    return attrs.evolve(pick, start=at, rule=f"{pick.rule}, {rule}", start_zone=zone)


def _ending(pick: Pick, at: int, rule: str, zone: Zone) -> Pick:
    """The pick ending at ``at`` in its block, what stands after taking ``zone``."""
    return attrs.evolve(pick, end=at, rule=f"{pick.rule}, {rule}", end_zone=zone)


#: How far above the headline a line giving the title alone is looked for, in blocks.
TITLE_ALONE_REACH = 60
#: A title given alone above its glued line has this many letters at least.
MIN_ALONE_LETTERS = 4


def glued_tail(w: Window, i: int, start: int | None) -> int | None:
    """Where the headline ends in title ``i`` when a deck or caption stands glued
    after it by a bare space, as a page's markup gives them once lost ("Alte Zeche
    Blick auf den Förderturm"). The page must show the cut: a line of its own above,
    not a list item, gives the title alone ("Alte Zeche"), and what follows it can
    stand apart (:func:`_tail_apart`). The longest title given alone wins."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    lo = block.start if start is None else start
    raw = w.text[lo : block.end].rstrip()
    if len(raw) > MAX_QUOTING_CHARS:
        return None
    splits = {m.start() for m in _BARE_SPACE.finditer(raw) if _tail_apart(raw[m.start() + 1 :])}
    if not splits:
        return None
    best: int | None = None
    for j in range(max(0, i - TITLE_ALONE_REACH), i):
        other = w.blocks[j]
        if len(other.lines) != 1 or other.end - other.start > len(raw) or w.measures[j].listed:
            continue
        alone = w.text[other.start : other.end].strip()
        at = len(alone)
        if (
            at in splits
            and raw.startswith(alone)
            and sum(ch.isalpha() for ch in alone) >= MIN_ALONE_LETTERS
            and (best is None or at > best)
        ):
            best = at
    return None if best is None else lo + best


def _tail_apart(tail: str) -> bool:
    """Can ``tail`` stand apart from the title before it: a deck or caption of its own
    (it opens with a capital, "Blick auf den Förderturm"), or one word that needs an
    object the line does not give ("... Oriental Rice with"), what is left of a label
    cut short? A tail opening in lower case continues the title's own phrase ("Welpen
    kaufen", "10 Tipps für ein schlankes Fest"), which a shorter title elsewhere (a
    breadcrumb's) only abridges."""
    if tail[:1].isupper():
        return True
    word = tail.strip().casefold()
    return word in _dangling() or word in _prepositions()


#: A run of this many spaces inside a line is a gap between two cells of a page's
#: layout table, not a space between words.
GAP_SPACES = 8
_GAP = regex.compile(rf"[ \t\u00a0\u3000]{{{GAP_SPACES},}}")


def gap_end(w: Window, i: int, start: int | None) -> int | None:
    """Where the headline ends in title ``i`` when a deck, caption or teaser stands
    after it on the same line across a wide gap of spaces, as a page laid out in table
    cells gives them once its markup is lost ("Title<many spaces>Caption"). A title
    never holds such a gap between its own words."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    lo = block.start if start is None else start
    found = _GAP.search(w.text, lo, block.end)
    if found is None or found.end() >= block.end or shape.word_count(w.text[lo : found.start()]) < 1:
        return None
    return found.start()


#: What stands between a kicker and its headline where the page gives them apart.
_KICKER_SEPARATORS = (" - ", " – ", " — ", ": ", " : ", " | ", " · ")
#: A headline after a glued kicker has this many words at least.
MIN_AFTER_KICKER = 3
#: A single space between two words (where a kicker and its headline may be glued).
_BARE_SPACE = regex.compile(r"(?<=[\p{L}\p{N}'’\"“”»)?!.]) (?=[\p{L}\p{N}„“\"«'‘])")


def glued_kicker(w: Window, i: int) -> int | None:
    """Where the headline proper starts in title ``i`` when a kicker stands glued
    before it by a bare space, as a page's markup gives them once lost ("Interne
    Unterlagen im Netz Daten von Rheinmetall gehackt"). The page must show the cut: a
    line elsewhere gives the two apart with a separator ("Daten von Rheinmetall
    gehackt - Interne Unterlagen im Netz", "Grenzschließungen: Deutschland, …"), or
    the breadcrumb trail right above ends with the kicker. The title after the cut opens
    on a capital, as every headline does ("Local school district …" under a trail
    ending "Local" is one title)."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    raw = w.text[block.start : block.end].rstrip()
    if len(raw) > MAX_QUOTING_CHARS:
        return None
    splits = [
        at
        for at in (m.start() for m in _BARE_SPACE.finditer(raw))
        if shape.word_count(raw[at + 1 :]) >= MIN_AFTER_KICKER
    ]
    if not splits:
        return None
    trail = _trail_above(w, i)
    # A line giving the two apart holds the first and the last word of the title.
    head, tail = raw[: splits[0]], raw[splits[-1] + 1 :]
    others = [other for other in _lines_near(w, i) if head in other and tail in other]
    for at in splits:
        kicker, title = raw[:at], raw[at + 1 :]
        if title[:1].islower():
            continue  # a headline opens on a capital: "Local school district …" is one title
        if trail is not None and trail.endswith(" " + shape.normalise(kicker)):
            return block.start + at + 1
        for other in others:
            if any(
                kicker + sep + title in other or title + sep + kicker in other for sep in _KICKER_SEPARATORS
            ):
                return block.start + at + 1
    return None


def _trail_above(w: Window, i: int) -> str | None:
    """The breadcrumb trail just above block ``i`` (past furniture), normalised."""
    for j in range(i - 1, max(w.offset - 1, i - 3), -1):
        if len(w.blocks[j].lines) == 1 and _TRAIL.search(w.measures[j].text):
            return w.normalised(j)
        if w.kind(j) != "furniture":
            return None
    return None


def _lines_near(w: Window, i: int) -> list[str]:
    """The short lines of the page that may give a title apart from its kicker: the
    window's lines and the title bars and comment headings within reach."""
    found: list[str] = []
    seen: set[int] = set()
    near = range(max(w.offset, i - 30), min(w.offset + len(w.kinds), i + 30))
    for j in itertools.chain(near, w.quoting()):
        if j < 0 or j == i or j in seen or abs(j - i) > REPEAT_REACH:
            continue
        seen.add(j)
        block = w.blocks[j]
        if block.end - block.start <= MAX_QUOTING_CHARS:
            found.extend(w.text[line.start : line.end] for line in block.lines)
    return found
