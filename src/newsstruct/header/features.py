"""The named features of a headline candidate: what follows it (byline, stamp, deck,
body), what stands above it, its shape, and whether the page repeats it.

Each candidate title block of the header window gets one mapping of feature name to value;
:mod:`newsstruct.header.scoring` weighs them with the fitted model of
``data/weights/headline.json``, and the trainer reads the same mapping, so what is fitted is
what runs.
"""

from __future__ import annotations

import math

import regex

from newsstruct.header.furniture import _dangles, _parts, _quotes_or_bars
from newsstruct.header.roles import _ABOUT, BODY_WORDS
from newsstruct.header.window import (
    MAX_KICKER_WORDS,
    MENU_LABEL_WORDS,
    REPEAT_REACH,
    Evidence,
    Window,
    _deck_under,
    _title_above,
    meta_before,
)
from newsstruct.page.measure import Measure
from newsstruct.text import shape

#: A candidate's features: name to value (absent names are 0).
Features = dict[str, float]

#: A short paragraph of prose inside the run still counts as body.
SENTENCE_WORDS = 4
#: A line far off that repeats a title may add this many characters to it ("Title | Site
#: Name", "3 Kommentare zu …").
TITLE_BAR_EXTRA = 48
#: A title under another heads the header itself when it has this many words (shorter ones
#: are labels and tags as often).
CLOSER_WORDS = 4
#: A web or e-mail address, which a headline does not carry ("AFP - [email protected]").
_ADDRESS = regex.compile(r"(?i)\bwww\.|https?://|\[email[ \t]protected\]|\w@\w")


def _sentence(m: Measure) -> bool:
    """A short sentence of running text (a headline never cuts one off the body)."""
    return m.prose and m.words >= SENTENCE_WORDS and not m.title


def headline_features(w: Window, i: int, ev: Evidence, cut: int, lede: frozenset[str]) -> Features:
    """The named features of title ``i``: ``ev`` is what follows it, ``cut`` how many
    blocks of the prose run stand above it, ``lede`` the words of the body's opening.

    Every feature is general (no site's layout in it): what follows and precedes the
    title, its shape, its place, and how the page repeats it. The fitted weights say how
    much each counts."""
    m = w.measures[i]
    f: Features = {}
    if ev.byline is not None:
        f["byline follows"] = 1.0
    if ev.stamp is not None:
        f["stamp follows"] = 1.0
    if ev.body is not None:
        f["body follows"] = 1.0
    if ev.byline is None and ev.stamp is None:
        before = meta_before(i, w)
        if before is not None:
            f[f"{before} above"] = 1.0
    if ev.decks + ev.others:
        f["lines between it and its header"] = float(ev.decks + ev.others)
    if m.text[:1].islower() and not any(ch.isupper() for ch in m.text.split(maxsplit=1)[0]):
        f["lower-case start"] = 1.0
    if m.repeats > 1:
        f["the page repeats it"] = 1.0
        if max(m.words, _parts(m.text)) <= MENU_LABEL_WORDS and not _post_title(w, i, ev):
            f["a short label the page repeats"] = 1.0
    _shape_features(w, i, m, f)
    above = _title_above(w, i)
    if above is not None and _deck_under(w, i, above):
        f["a deck under a title"] = 1.0
    elif above is not None and w.kind(i) == "name" and m.words <= 3 < w.measures[above].words:
        f["a name under a title"] = 1.0
    if cut:
        f["body blocks it cuts off"] = float(cut)
    if _repeated(w, i):
        f["repeated in a breadcrumb or title bar"] = 1.0
    if _closer_title(w, i, ev) is not None:
        f["a title stands closer to its header"] = 1.0
    if m.verdict is not None:
        f["furniture by phrase or pattern"] = 1.0
    shared = _word_share(m.text, lede)
    if shared:
        f["words shared with the lede"] = shared
    shared = _word_share(m.text, body_words(w))
    if shared:
        f["words shared with the body"] = shared
    return f


def _shape_features(w: Window, i: int, m: Measure, f: Features) -> None:
    """Length, case, end punctuation, figures and lines: what a headline looks like."""
    if 4 <= m.words <= 25 or (m.words == 3 and m.repeats == 1):
        f["a headline's length"] = 1.0
    elif m.words <= 2:
        f["one or two words"] = float(3 - m.words)
    elif m.words > 25:
        f["longer than a headline"] = 1.0
    if len(w.blocks[i].lines) > 1:
        f["several lines"] = 1.0
    if m.title_case:
        f["title case"] = 1.0
    if shape.is_all_caps(m.text):
        f["all capitals"] = 1.0
    end = m.text.rstrip()[-1:]
    if end == "?":
        f["ends on a question mark"] = 1.0
    elif end == ":":
        f["ends on a colon"] = 1.0
    elif end in ".!":
        f["ends on a full stop"] = 1.0
    digits = shape.count_digits(m.text)
    if digits:
        f["share of figures"] = digits / max(1, len(m.text))


def shallow_features(w: Window, i: int, f: Features) -> None:
    """What any page shows of a line, whatever its site: its place, its length and case,
    its ends, and the shape of its neighbours (the lines a reader sees around it)."""
    m = w.measures[i]
    f["words (log)"] = math.log1p(m.words)
    if m.words >= 1:
        caps = sum(1 for word in m.text.split() if word[:1].isupper())
        f["share of capitalised words"] = caps / max(1, len(m.text.split()))
    if i >= w.first:
        f["inside the prose run"] = 1.0
        f["blocks into the prose run (log)"] = math.log1p(i - w.first)
    after = _neighbour(w, i, 1)
    before = _neighbour(w, i, -1)
    for side, j in (("next", after), ("previous", before)):
        if j is None:
            f[f"{side} line: none"] = 1.0
            continue
        n = w.measures[j]
        if n.byline is not None:
            f[f"{side} line: a byline by its grammar"] = 1.0
        elif n.prose and n.words >= _PROSE_WORDS:
            f[f"{side} line: prose"] = 1.0
        elif n.listed:
            f[f"{side} line: a list item"] = 1.0
        elif n.words <= 3:
            f[f"{side} line: a short label"] = 1.0
        else:
            f[f"{side} line: a title-like line"] = 1.0


#: Words that make a neighbour prose.
_PROSE_WORDS = 15


def _neighbour(w: Window, i: int, step: int) -> int | None:
    """The next block up or down that holds words (past blank furniture)."""
    j = i + step
    while 0 <= j < len(w.measures) and w.measures[j].words == 0:
        j += step
    return j if 0 <= j < len(w.measures) else None


#: Words this long or longer count in the overlap of a title with the lede.
MIN_LEDE_WORD = shape.LONG_WORD


def lede_words(w: Window, i: int, ev: Evidence, blocks: int = 3) -> frozenset[str]:
    """The case-folded words of the first ``blocks`` blocks of prose of the body that
    follows title ``i`` (from the body its evidence found, or the next prose): a
    headline's words recur in its story's opening, a menu's or a teaser's do not."""
    start = ev.body if ev.body is not None else i + 1
    cached = w.ledes.get(start) if i < start else None
    if cached is not None:
        return cached
    found: set[str] = set()
    seen = 0
    for j in range(start, min(len(w.measures), start + 3 * blocks)):
        m = w.measures[j]
        if m.prose and j != i:
            found |= shape.long_words(m.text)
            seen += 1
            if seen >= blocks:
                break
    words = frozenset(found)
    if i < start:  # the title is not among the blocks read: the words serve every title above
        w.ledes[start] = words
    return words


#: The body's words are read from this many blocks of the prose run at most.
BODY_REACH = 60


def body_words(w: Window) -> frozenset[str]:
    """The case-folded words of the paragraphs of the prose run (from its first block,
    ``BODY_REACH`` blocks at most), found once: a headline's words recur in its story; a
    teaser's, a sign-up prompt's or a caption's of another story mostly do not."""
    if not w.story:
        words: set[str] = set()
        for m in w.measures[w.first : w.first + BODY_REACH]:
            if m.prose and m.words >= BODY_WORDS:
                words |= shape.long_words(m.text)
        w.story.append(frozenset(words))
    return w.story[0]


def _word_share(text: str, words: frozenset[str]) -> float:
    """The share of a title's longer words that ``words`` (its story's) hold too."""
    if not words:
        return 0.0
    own = shape.long_words(text)
    return len(own & words) / len(own) if own else 0.0


def _post_title(w: Window, i: int, ev: Evidence) -> bool:
    """Is a short title of three words the blog post's own, right over its byline, that
    the page repeats only in its lists of posts far below ("Neueste Beiträge")? A menu's
    label is repeated in menus above the body too."""
    if ev.byline != i + 1 or w.measures[i].words < MENU_LABEL_WORDS:
        return False
    key = w.normalised(i)
    return not any(w.normalised(j) == key for j in range(w.offset, i))


def _closer_title(w: Window, i: int, ev: Evidence) -> int | None:
    """Another title between title ``i`` and the byline, stamp or body it found, which
    is not its deck: that title heads them, and ``i`` is a kicker, a section or a site
    name over it."""
    found = [j for j in (ev.byline, ev.stamp, ev.body) if j is not None]
    if not found:
        return None
    for k in range(i + 1, min(found)):
        role = w.kinds[k - w.offset]
        if role.kind in ("prose", "dated"):
            return None  # a lede or a teaser's text: the header is not this simple
        if _heads(w, i, k):
            return k
    return _title_under_meta(w, i, ev)


def _title_under_meta(w: Window, i: int, ev: Evidence) -> int | None:
    """For a short label ``i`` (a site's name, a tagline's end): a title in title case
    between the byline or stamp it found and the body, right over the body's prose, as
    blogs and magazines set the byline above the headline. That title heads the body.
    Under a column's "About" blurb ("Android Intelligence", its byline, "About |", what
    the column is), the title in any case heads it: ``i`` is the column's name."""
    m = w.measures[i]
    if m.words > MAX_KICKER_WORDS or ev.body is None:
        return None
    meta = max((j for j in (ev.byline, ev.stamp) if j is not None), default=None)
    if meta is None:
        return None
    about = False
    for k in range(meta + 1, ev.body):
        about = about or _about_blurb(w, k)
        # Under the byline it is no deck of ``i``, whatever its length.
        if not _heads(w, i, k, deck=False) or not (about or shape.is_title_case(w.measures[k].text)):
            continue
        after = k + 1
        while w.kind(after) == "furniture":
            after += 1
        if w.kind(after) in ("prose", "dated"):
            return k
    return None


def _about_blurb(w: Window, j: int) -> bool:
    """Is block ``j`` the blurb under an "About" link that :func:`roles` made furniture?"""
    return (
        j > 0
        and w.kind(j) == "furniture"
        and w.measures[j].prose
        and _ABOUT.fullmatch(w.measures[j - 1].text) is not None
    )


def _heads(w: Window, i: int, k: int, deck: bool = True) -> bool:
    """Could title ``k``, under title ``i``, be the headline rather than its deck (when
    ``deck``, it may be one)?"""
    role = w.kinds[k - w.offset]
    words = w.measures[k].words
    if (
        role.kind != "title"
        or not role.candidate
        or (words < CLOSER_WORDS and _parts(w.measures[k].text) < CLOSER_WORDS)
    ):
        return False
    if len(w.blocks[k].lines) > 1 or w.normalised(k) in w.normalised(i) or (deck and _deck_under(w, k, i)):
        return False
    # A label cut short, a credit with an address: no headline.
    return not (_dangles(w.measures[k].text) or _ADDRESS.search(w.measures[k].text))


def _repeated(w: Window, i: int) -> bool:
    """Does a block nearby hold this title inside a longer line ("Home News Title",
    "Title | Site") or as a list item ("* Title")? Or, further off on the page, a title
    bar at the foot ("Title - Site") or a comment heading that quotes it ("2 Kommentare
    zu „Title“", "One thought on “Title”")?"""
    raw = w.text[w.blocks[i].start : w.blocks[i].end]
    key = w.normalised(i)
    if key.count(" ") < 2:
        return False
    near_lo = max(w.offset, i - 30)
    near_hi = min(w.offset + len(w.kinds), i + 30)
    for j in range(near_lo, near_hi):
        if j == i or w.measures[j].prose:
            continue
        block = w.blocks[j]
        if block.end - block.start > 4 * len(raw) + 40 or w.text[block.start : block.end] == raw:
            continue
        if len(block.lines) > 1:
            continue  # a block of lines (a teaser and its label) is no breadcrumb nor title bar
        if key in w.normalised(j):
            return True
    title = raw.strip()
    for j in w.quoting():
        if j < 0 or abs(j - i) > REPEAT_REACH or near_lo <= j < near_hi:
            continue
        block = w.blocks[j]
        if block.end - block.start > len(title) + TITLE_BAR_EXTRA:
            continue
        if _quotes_or_bars(w.text[block.start : block.end], title):
            return True
    return False
