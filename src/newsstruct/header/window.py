"""The header window: which blocks around the top of the body may hold the headline,
and the evidence each title-shaped block gathers from the blocks that follow it (byline,
stamp, deck, prose, other titles).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsstruct.grammar import byline
from newsstruct.grammar.timestamps import find_stamps
from newsstruct.header.furniture import MAX_QUOTING_CHARS, _trail, dated_title_start, no_room, script_error
from newsstruct.header.roles import BODY_WORDS, Role, _dated
from newsstruct.page.measure import Measure
from newsstruct.text import names, shape
from newsstruct.text.blocks import Block

#: How many blocks before the body's first block the headline may stand.
REACH_BACK = 60
#: How many blocks into the body run the header reaches at least (the run may start early)...
REACH_INTO = 12
#: ... and at most, while the run opens with menus rather than prose.
MAX_INTO = 150
#: How many blocks after a headline its header may take, not counting furniture ...
LOOK_AHEAD = 14
#: ... and counting it.
MAX_LOOK = 60
#: Decks are short.
MAX_DECK_WORDS = 70
#: A byline or stamp this many blocks after a title (furniture included) is its own.
META_REACH = 15
#: How far above a title a byline or stamp may stand.
BEFORE_REACH = 5
#: List items this short between a headline and the body are share bars and tags.
SHORT_LIST = 6
#: Blocks that are neither deck, header nor body end the walk after a headline.
MAX_OTHERS = 3
#: A title of this many words may have a deck under it ...
LONG_TITLE = 3
#: ... unless it is a kicker: a title-case label of this many words over a longer line.
MAX_KICKER_WORDS = 4
#: A line under a title is its deck when at least this share of its length; a much
#: shorter one is the headline under its overline ("Kolumne: Queer Royal - ..." over
#: "Im Schlepptau").
DECK_SHARE = 0.6
#: A line in sentence case this much longer than the title over it is its deck, even in
#: a run of titles.
LONG_DECK_SHARE = 1.5
LONG_DECK_WORDS = 15
#: How far off on the page a title bar or a comment heading may repeat a title (blocks) ...
REPEAT_REACH = 400
#: A line that may quote a title or give it in a title bar: it has a mark or a bar.
_MAY_QUOTE = regex.compile(r"[\"'„“”«»‚‘’‹›]|[ \t][|–—\-·•:»][ \t]")
#: A menu's label (a section's name the page repeats) has this many words at most.
MENU_LABEL_WORDS = 3
#: A line of fewer words under a title is no deck by its length alone (a site's name
#: over a short headline).
MIN_DECK_WORDS = 5
#: A sentence ending inside a line, another starting after it ("... is here. And ...").
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{3}[.!?][\"”’]?[ \t]{1,3}[\"“‘]?\p{Lu}")


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


#: A byline this many blocks further up than ``REACH_BACK`` still draws the window to it ...
BYLINE_REACH_BACK = 60
#: ... with this many blocks over it, for its headline and deck.
OVER_BYLINE = 8


def window_start(measures: Sequence[Measure], first: int) -> int:
    """Where the header window starts: ``REACH_BACK`` blocks before the body's first
    block (not counting PHP errors, which take no room), or, when no byline
    stands between, a little above the nearest byline further up (a product page puts a
    price box and a list of pros and cons between the header and the review's text)."""
    lo = first
    counted = skipped = 0
    while lo > 0 and counted < REACH_BACK:
        lo -= 1
        if skipped < MAX_NO_ROOM and script_error(measures[lo].text):
            skipped += 1  # a PHP error takes no room
        else:
            counted += 1
    if any(m.byline is not None for m in measures[lo:first]):
        return lo
    for j in range(lo - 1, max(-1, lo - 1 - BYLINE_REACH_BACK), -1):
        if measures[j].byline is not None:
            return max(0, j - OVER_BYLINE)
    return lo


def window_end(measures: Sequence[Measure], first: int, last: int) -> int:
    """Where the header window ends: a few blocks into the prose run, and past the
    run's opening menus and teasers until three paragraphs of prose are behind (the run
    may open with lines that carry figures)."""
    if first > last:
        return min(len(measures), first)
    seen = 0
    i = first
    stop = min(last + 1, first + MAX_INTO)
    while i < stop and (i < first + REACH_INTO or seen < 3):
        m = measures[i]
        seen += m.prose and m.words >= BODY_WORDS
        i += 1
        if seen == i - first == 3:
            break  # the run opens with three paragraphs: it is the body, from its start
    return i


def _date_glued_before(w: Window, i: int) -> int | None:
    """Where the title starts in title ``i`` past the date glued before it, if one is."""
    block = w.blocks[i]
    if len(block.lines) != 1 or w.kind(i) != "title":
        return None
    found = byline.read_header_line(w.text, block.start, block.end)
    return None if found is None else dated_title_start(w.text, block.lines[0], found)


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
    _normalised: dict[int, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The words of the body's opening from a block on, found once (see ``lede_words``).
    ledes: dict[int, frozenset[str]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    #: The words of the prose run's paragraphs, found once (see ``body_words``).
    story: list[frozenset[str]] = attrs.field(factory=list, init=False, repr=False, eq=False)
    _quoting: list[int] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def quoting(self) -> list[int]:
        """The short blocks within reach of the window that may quote a title or give it
        in a title bar (they hold a quotation mark or a bar), found once."""
        if not self._quoting:
            lo = max(0, self.offset - REPEAT_REACH)
            hi = min(len(self.blocks), self.offset + len(self.kinds) + REPEAT_REACH)
            found = [
                j
                for j in range(lo, hi)
                if self.blocks[j].end - self.blocks[j].start <= MAX_QUOTING_CHARS
                and _MAY_QUOTE.search(self.text, self.blocks[j].start, self.blocks[j].end)
            ]
            self._quoting.extend(found or [-1])
        return self._quoting

    def normalised(self, i: int) -> str:
        """Block ``i`` as :func:`newsstruct.text.shape.normalise` gives it, worked out once."""
        found = self._normalised.get(i)
        if found is None:
            found = shape.normalise(self.text[self.blocks[i].start : self.blocks[i].end])
            self._normalised[i] = found
        return found

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
        """Does a dateline open block ``j`` ("WALTHAM, Mass., March 11 - Kurzweil ...")?
        (Long paragraphs are prose to :func:`roles`; they are checked here, when asked.)"""
        kind = self.kind(j)
        if kind == "prose" and self.measures[j].words >= BODY_WORDS:
            return _dated(self.text, self.blocks[j], self.measures[j])
        return kind == "dated"


def _avatar_initials(w: Window, j: int) -> bool:
    """Is block ``j`` the initials of the name line under it, between two name lines
    ("Jane Doe" / "AP" / "Ann Poe")? Then it joins the names, even where the initials
    spell an agency's."""
    if w.kind(j - 1) != "name" or w.kind(j + 1) != "name":
        return False
    names = w.kinds[j + 1 - w.offset].byline
    block = w.blocks[j]
    return (
        names is not None
        and bool(names.names)
        and byline.is_joiner(w.text, block.start, block.end, names.names[0].name)
    )


#: Blocks that take no room may stretch a header's reach by this many blocks at most.
MAX_NO_ROOM = 400


def _look_end(w: Window, i: int) -> int:
    """Where the walk after title ``i`` stops: ``MAX_LOOK`` blocks on, not counting the
    blocks that take no room (``MAX_NO_ROOM`` of them at most)."""
    hi = w.offset + len(w.kinds)
    j = i + 1
    counted = skipped = 0
    while j < hi and counted < MAX_LOOK:
        if skipped < MAX_NO_ROOM and w.kind(j) == "furniture" and no_room(w.measures[j]):
            skipped += 1
        else:
            counted += 1
        j += 1
    return j


def evidence(i: int, w: Window) -> Evidence:
    """Walk the blocks after title ``i``: deck, byline, stamps, furniture, then the body.

    A byline or stamp counts only near the title (``META_REACH`` blocks, not counting
    the placeholders of a widget the page repeats ``MANY_REPEATS`` times or more).
    """
    found_byline = stamp = body = deck = None
    decks = others = seen = 0
    lede = False
    meta_end = i + 1
    names: list[int] = []
    stop = _look_end(w, i)
    end = stop
    placeholders = 0  # a widget's lines the page repeats many times take no room
    for j in range(i + 1, stop):
        kind = w.kind(j)
        if kind == "furniture" and no_room(w.measures[j]):
            placeholders += 1
            continue
        meta = found_byline is not None or stamp is not None or bool(names)
        near = j - i - placeholders <= META_REACH
        if kind in ("byline", "label"):
            if near and found_byline is None and not _avatar_initials(w, j):
                found_byline, meta_end = j, j + 1
            continue
        if kind == "name":
            if near:
                names.append(j)
            continue
        if kind == "stamp":
            if near and stamp is None:
                stamp, meta_end = j, j + 1
            continue
        if kind == "dateline":
            # A wire dateline on its own line dates the story, and the body follows it.
            stamp = stamp if stamp is not None else j
            after = _next_content(w, j + 1, stop)
            if after is not None:
                body, end = after, after
                break
            continue
        if kind in ("furniture", "staff") or (kind == "list" and w.measures[j].words <= SHORT_LIST):
            continue  # share bars, tags, captions
        if kind == "title" and _section_label(w, j):
            continue  # "Reviews" over the byline: the section's label, no deck
        seen += 1
        if seen > LOOK_AHEAD:
            end = j
            break
        if kind in ("prose", "other", "title", "dated") and w.opens_body(j):
            if (
                not meta
                and not lede
                and decks < 2
                and seen <= 2
                and w.measures[j].words <= MAX_DECK_WORDS
                and (kind != "title" or (seen == 1 and _standfirst(w, j, i)))
                and kind != "dated"
                and not w.dated(j)
            ):
                deck = deck if deck is not None else j
                decks += 1
                lede = True  # one paragraph may stand between a headline and its byline
                continue
            body, end = j, j
            break
        if kind in ("prose", "title", "other") and not meta and decks < 2:
            deck = deck if deck is not None else j
            decks += 1
            continue
        others += 1
        if others > MAX_OTHERS:
            end = j
            break
    # A line of bare names counts as the byline over a staff title ("Jane Doe" over
    # "Politics Reporter"), or, when it opens with a known given name, next to a stamp
    # or right under the headline and its deck.
    for j in names:
        if found_byline is None and (
            w.kind(j + 1) == "staff"
            or stamp == j + 1
            or (_given(w, j) and (_under_stamp(w, j, stamp) or j - 1 - i <= decks))
        ):
            found_byline = j
            meta_end = max(meta_end, j + 1)
    meta = found_byline is not None or stamp is not None
    if body is None and deck is not None and not meta:
        body, end, decks = deck, deck, 0
    return Evidence(found_byline, stamp, body, decks, others, end, meta_end)


def _under_stamp(w: Window, j: int, stamp: int | None) -> bool:
    """Does block ``j`` stand under the stamp line, past furniture only (the photo's
    caption between a stamp and the author's name)?"""
    if stamp is None or stamp >= j:
        return False
    k = j - 1
    while k > stamp and w.kind(k) == "furniture":
        k -= 1
    return k == stamp


def _section_label(w: Window, j: int) -> bool:
    """Is title ``j`` a section's label right over the byline or stamp: a word or two
    that the page repeats (in its menu: "Reviews" between a deck and "By Jane Doe")?"""
    m = w.measures[j]
    if w.kind(j) != "title" or m.words > MENU_LABEL_WORDS or m.repeats < 2:
        return False
    return w.kind(_past_furniture(w, j + 1)) in ("byline", "label", "stamp")


def meta_before(i: int, w: Window) -> str | None:
    """A byline or stamp just above title ``i`` (past furniture and a short kicker), as
    blogs and some magazines set them: "byline" or "stamp"."""
    kickers = 0
    for j in range(i - 1, max(w.offset - 1, i - 1 - BEFORE_REACH), -1):
        kind = w.kind(j)
        if kind in ("byline", "label"):
            return "byline"
        if kind in ("stamp", "name") and w.kind(j - 1) in ("byline", "name", "label"):
            return "byline"
        if kind == "stamp":
            return "stamp"
        if kind == "furniture":
            continue
        if kind in ("title", "name") and w.measures[j].words <= 3 and kickers == 0:
            kickers += 1
            continue
        return None
    return None


def _body_like(m: Measure) -> bool:
    """Prose, or a table row of running text ("Net loss 23.3 mln vs loss 44.8 mln")."""
    if m.prose:
        return m.words >= BODY_WORDS
    return m.words >= 3 and shape.count_digits(m.text) >= 2


def _full_date(w: Window, i: int) -> bool:
    """Does block ``i`` carry a date with its year ("Ausgabe vom 15. Februar 2022")?"""
    return any(stamp.iso for stamp in find_stamps(w.text, w.blocks[i].start, w.blocks[i].end))


def _title_above(w: Window, i: int) -> int | None:
    """The one-line title just above block ``i`` (past a caption or two), if any. A
    kicker ("Local News") or a widget's button ("Subscribe") over ``i`` ends a box or
    opens a header: no title above it counts."""
    for j in range(i - 1, max(w.offset - 1, i - 4), -1):
        if w.kind(j) == "furniture":
            verdict = w.measures[j].verdict
            if verdict is not None and verdict.kind in _HEADER_OPENERS:
                return None
            continue
        if w.kind(j) == "title" and len(w.blocks[j].lines) == 1:
            return j
        return None
    return None


def _next_content(w: Window, j: int, stop: int) -> int | None:
    """The first block from ``j`` on that is not furniture."""
    while j < stop and w.kind(j) in ("furniture", "staff"):
        j += 1
    return j if j < stop and w.kind(j) in ("prose", "other", "title", "dated", "list") else None


def _given(w: Window, j: int) -> bool:
    """Does the name line ``j`` start with a known given name?"""
    found = w.kinds[j - w.offset].byline
    return found is not None and bool(found.names) and names.known_given_name(found.names[0].name)


def _deck_under(w: Window, i: int, above: int) -> bool:
    """Does title ``i`` read as the deck under title ``above``? Not when ``above`` only
    repeats it (a breadcrumb), is short, sits in a list of titles, or is a kicker: a
    short title-case label over a much longer line ("Shop With Us")."""
    a, m = w.measures[above], w.measures[i]
    if shape.normalise(m.text) in shape.normalise(a.text) or a.words < LONG_TITLE or _full_date(w, above):
        return False
    if a.words < m.words and _own_deck(w, i):
        return False  # a shorter line over the headline and its deck: a section's name
    if _trail(a.text):
        return False
    higher = _title_above(w, above)
    if (
        higher is not None
        and w.measures[higher].words >= LONG_TITLE
        and not _long_deck(m, a)
        and w.normalised(above) not in w.normalised(higher)  # a breadcrumb over the title
    ):
        return False
    # A deck is about as long as its headline or longer, or a sentence, or in sentence
    # case under a title-case headline; a much shorter line under a longer one is the
    # headline under its overline ("Kolumne: Queer Royal - ..." over "Im Schlepptau").
    kicker = a.words <= MAX_KICKER_WORDS and shape.is_title_case(a.text) and m.words >= a.words + 3
    if kicker and not shape.ends_sentence(m.text):
        return False
    sentence = shape.ends_sentence(m.text) and not m.text.rstrip().endswith("?")
    if (m.words >= DECK_SHARE * a.words and m.words >= MIN_DECK_WORDS) or sentence:
        return True
    return m.words >= MIN_DECK_WORDS and shape.is_title_case(a.text) and not shape.is_title_case(m.text)


def _own_deck(w: Window, i: int) -> bool:
    """Has title ``i`` a deck of its own: a sentence of prose right under it, and the
    byline or stamp under that? A deck has no deck: ``i`` is the headline, and a shorter
    title over it is a section's or a series' name ("2024 Draft on B/R")."""
    j = _past_furniture(w, i + 1)
    m = w.measures[j] if j < len(w.measures) else None
    if m is None or w.kind(j) != "prose" or not BODY_WORDS <= m.words <= MAX_DECK_WORDS:
        return False
    if not shape.ends_sentence(m.text):
        return False
    return w.kind(_past_furniture(w, j + 1)) in ("byline", "label", "stamp")


def _past_furniture(w: Window, j: int) -> int:
    while w.kind(j) == "furniture":
        j += 1
    return j


def _standfirst(w: Window, j: int, i: int) -> bool:
    """Is title-shaped block ``j``, right under title ``i``, its standfirst rather than
    the body: a deck by its place and, by its shape, of some sentences or long?"""
    m, a = w.measures[j], w.measures[i]
    shaped = _long_deck(m, a) or _SENTENCE_INSIDE.search(m.text) is not None
    return shaped and _deck_under(w, j, i)


def _long_deck(m: Measure, a: Measure) -> bool:
    """Is ``m`` a standfirst by its length: a line in sentence case, half as long again
    as the title over it and longer than most headlines? (Teasers' titles in a list are
    about as long as each other.)"""
    return m.words >= max(LONG_DECK_WORDS, LONG_DECK_SHARE * a.words) and not shape.is_title_case(m.text)


#: Furniture over a title that ends what stands above it.
_HEADER_OPENERS = frozenset({"kicker", "newsletter", "subscription"})
