"""The named features of a headline candidate: what follows it (byline, stamp, deck,
body), what stands above it, its shape, and whether the page repeats it.

Each candidate title block of the header window gets one mapping of feature name to value;
:mod:`newsstruct.header.scoring` weighs them with the fitted model of
``data/weights/headline.json``, and the trainer reads the same mapping, so what is fitted is
what runs.
"""

from __future__ import annotations

import regex

from newsstruct.header.furniture import _CLOSING_QUOTES, _LIST_MARK, _dangles, _parts, _quotes_or_bars, _trail
from newsstruct.header.roles import _ABOUT
from newsstruct.header.window import (
    MAX_KICKER_WORDS,
    MENU_LABEL_WORDS,
    REPEAT_REACH,
    Evidence,
    Window,
    _date_glued_before,
    _deck_under,
    _full_date,
    _own_deck,
    _section_label,
    _title_above,
    _title_below,
    evidence,
    meta_before,
)
from newsstruct.page.measure import Measure
from newsstruct.text import shape

#: A short paragraph of prose inside the run still counts as body.
SENTENCE_WORDS = 4
#: ... and how many characters it may add to it ("Title | Site Name", "3 Kommentare zu …").
TITLE_BAR_EXTRA = 48
#: What a short title loses when the page repeats it (a site name, a menu's label) ...
MENU_LABEL = 2.0
#: What a title loses when it carries a full date (an issue or "valid since" line).
DATED_TITLE = 1.5
#: What a title loses when it opens on a plain lower-case word ...
LOWER_START = 3.0
#: ... and on a brand's ("iPhone 15 review", "eBay"), which headlines often do.
BRAND_START = 0.5
#: What a title loses when it ends on an article or holds an address.
UNFINISHED = 3.0
#: What a title gains right under a breadcrumb trail that ends with it.
BREADCRUMB_ABOVE = 2.0
#: What a title loses when another title, not its deck, stands between it and its header.
CLOSER_TITLE = 2.0
#: ... when it has this many words (shorter ones are labels and tags as often).
CLOSER_WORDS = 4
#: A body of this many words of prose within this many blocks is an article's, not a teaser's.
LONG_BODY_WORDS = 150
LONG_BODY_BLOCKS = 8
#: What a line of two or three names loses right under a longer title: it is that
#: title's byline.
NAME_UNDER_TITLE = 1.0
#: A line that introduces names on the next line ("Recipe tested by", "Reporting by").
#: A full stop after a lower-case word, and a lower-case word that is not a title's
#: small word: together they make a sentence, not a headline.
_SENTENCE_END = regex.compile(r"\p{Ll}{2,}[.]['\"”’]?\s*$")
_LOWER_WORD = regex.compile(
    r"(?<![\p{L}'’])(?!(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|the|to|up|with|vs)\b)"
    r"\p{Ll}{3,}\b"
)
#: A web or e-mail address, which a headline does not carry ("AFP - [email protected]").
_ADDRESS = regex.compile(r"(?i)\bwww\.|https?://|\[email[ \t]protected\]|\w@\w")


def _long_body(w: Window, start: int) -> bool:
    """Does a body of some length start at ``start``: prose of ``LONG_BODY_WORDS`` within
    the next ``LONG_BODY_BLOCKS`` blocks (a teaser under another story's title is short)?"""
    words = 0
    for j in range(start, min(len(w.measures), start + LONG_BODY_BLOCKS)):
        m = w.measures[j]
        if m.prose:
            words += m.words
            if words >= LONG_BODY_WORDS:
                return True
    return False


def _sentence(m: Measure) -> bool:
    """A short sentence of running text (a headline never cuts one off the body)."""
    return m.prose and m.words >= SENTENCE_WORDS and not m.title


def _score(i: int, ev: Evidence, w: Window, cut: int, shape_score: float) -> tuple[float, list[str]]:
    m = w.measures[i]
    score = shape_score
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
        if _long_body(w, ev.body):
            score += 1
            why.append("a long body")
    if ev.byline is None and ev.stamp is None:
        before = meta_before(i, w)
        if before is not None:
            score += 2 if before == "byline" else 1
            why.append(f"{before} above")
    if m.text[:1].islower():
        first_word = m.text.split(maxsplit=1)[0]
        # A line that opens on a plain lower-case word is the rest of one cut in two
        # ("from Washington and beyond"); a brand's ("iPhone 15 review") is a headline's.
        score -= BRAND_START if any(ch.isupper() for ch in first_word) else LOWER_START
        why.append("lower-case start")
    if m.repeats > 1 and max(m.words, _parts(m.text)) <= MENU_LABEL_WORDS and not _post_title(w, i, ev):
        score -= MENU_LABEL
        why.append("a short label the page repeats")
    if _full_date(w, i):
        if _date_glued_before(w, i) is not None:
            score += 2
            why.append("dated by the date that opens its line")
        else:
            score -= DATED_TITLE
            why.append("carries a full date")
    if _dangles(m.text):
        score -= UNFINISHED
        why.append("ends on a word that needs another")
    if _ADDRESS.search(m.text):
        score -= UNFINISHED
        why.append("holds a web or e-mail address")
    if _trail(m.text):
        score -= UNFINISHED
        why.append("a breadcrumb trail")
    if _lists_sections(w, i):
        score -= UNFINISHED
        why.append("lists the page's menu sections (a site's tagline)")
    if _SENTENCE_END.search(m.text) and _LOWER_WORD.search(m.text):
        score -= 1.5
        why.append("reads as a sentence")
    score -= 0.5 * (ev.decks + ev.others)
    if 4 <= m.words <= 25 or (m.words == 3 and m.repeats == 1):
        score += 1  # a headline's length (three words, when no menu repeats them)
    elif m.words <= 2:
        score -= 3 - m.words
    above = _title_above(w, i)
    if above is not None and _deck_under(w, i, above):
        score -= 1.5
        why.append("a deck under a title")
    elif above is not None and w.measures[above].words < m.words and _own_deck(w, i):
        why.append("a deck of its own under it (the shorter title above names a section)")
    elif above is not None and w.kind(i) == "name" and m.words <= 3 < w.measures[above].words:
        score -= NAME_UNDER_TITLE
        why.append("a name under a title (its byline)")
    below = _title_below(w, i)
    if below is not None and w.normalised(i).endswith(w.normalised(below)):
        score -= 1.5
        why.append("a breadcrumb of the title below")
    if cut:
        score -= 2 * cut
        why.append(f"cuts {cut} body blocks")
    elif i < w.first:
        score -= 0.02 * (w.first - i)
    if _repeated(w, i):
        score += 2
        why.append("repeated in a breadcrumb or title bar")
    if _breadcrumb_above(w, i):
        score += BREADCRUMB_ABOVE
        why.append("the last step of the breadcrumb above")
    closer = _closer_title(w, i, ev)
    if closer is not None:
        score -= CLOSER_TITLE
        why.append("a title stands closer to its header")
    elif _short_title_under(w, i, ev) is not None:
        score -= CLOSER_TITLE
        why.append("an overline over a short title that heads the same header")
    return score, why


#: A headline under its overline is this many words shorter than it at least.
OVERLINE_EXTRA = 4


def _post_title(w: Window, i: int, ev: Evidence) -> bool:
    """Is a short title of three words the blog post's own, right over its byline, that
    the page repeats only in its lists of posts far below ("Neueste Beiträge")? A menu's
    label is repeated in menus above the body too."""
    if ev.byline != i + 1 or w.measures[i].words < MENU_LABEL_WORDS:
        return False
    key = w.normalised(i)
    return not any(w.normalised(j) == key for j in range(w.offset, i))


def _short_title_under(w: Window, i: int, ev: Evidence) -> int | None:
    """The short title right under title ``i`` (two or three words the page does not
    repeat) that heads the byline or stamp ``i`` found, when ``i`` is much longer: a
    deck is about as long as its headline, so ``i`` is the overline of a short
    headline ("Kolumne: Queer Royal - Über Dragqueens ..." over "Im Schlepptau").
    (:data:`CLOSER_WORDS` keeps such short titles out of :func:`_closer_title`.)"""
    if ev.byline is None and ev.stamp is None:
        return None
    k = _title_below(w, i)
    if k is None or k != i + 1:
        return None
    m, short = w.measures[i], w.measures[k]
    role = w.kinds[k - w.offset]
    if role.candidate is None or short.repeats > 1 or not 2 <= _parts(short.text) <= MENU_LABEL_WORDS:
        return None
    if m.words < short.words + OVERLINE_EXTRA or shape.ends_sentence(short.text) or _dangles(short.text):
        return None
    end = short.text.rstrip()[-1:]
    if not (end.isalnum() or end in _CLOSING_QUOTES or end in "?!"):
        return None  # "ET Online|": a source's label in a bar
    if _section_label(w, k) or _deck_under(w, k, i):
        return None
    under = evidence(k, w)
    return k if (under.byline, under.stamp) == (ev.byline, ev.stamp) else None


#: A title naming this many of the page's menu sections is a site's tagline.
MIN_SECTIONS = 3
#: What stands between the sections a tagline names ("Art, Design, DIY and Beauty").
_SECTION_SPLIT = regex.compile(r"[,;|–—]|\s-\s|\s(?:and|und|et|y|&)\s")


def _lists_sections(w: Window, i: int) -> bool:
    """Does title ``i`` list the sections the page's menu gives ("My Daily Magazine –
    Art, Design, DIY, Fashion and Beauty !" over a menu of "Art", "Design", …)? That is
    the site's name and tagline, not an article's headline."""
    text = w.measures[i].text
    if text.count(",") < MIN_SECTIONS - 1:
        return False
    items = {shape.normalise(part) for part in _SECTION_SPLIT.split(text)}
    items.discard("")
    if len(items) < MIN_SECTIONS:
        return False
    labels = {
        w.normalised(j)
        for j in range(w.offset, min(i, w.offset + len(w.kinds)))
        if w.kind(j) == "list" and w.measures[j].words <= MENU_LABEL_WORDS
    }
    return len(items & labels) >= MIN_SECTIONS


#: The number of a breadcrumb's step, normalised ("3 ").
_STEP_NUMBER = regex.compile(r"^\d{1,3} ")


def _breadcrumb_above(w: Window, i: int) -> bool:
    """Does the line just above title ``i`` (past furniture) end with it, as a
    breadcrumb trail ends with the page's title ("3. Title", "Home › News › Title")?"""
    key = w.normalised(i)
    if key.count(" ") < 1:
        return False
    for j in range(i - 1, max(w.offset - 1, i - 3), -1):
        if w.kind(j) == "furniture" and not w.normalised(j).endswith(key):
            continue
        other = w.normalised(j)
        if other == key or len(w.blocks[j].lines) != 1:
            return False
        if other.endswith(" " + key):
            return True
        # The title names the last step and what it is about ("3. Reise- und
        # Sicherheitshinweise" over "Italien: Reise- und Sicherheitshinweise").
        step = _STEP_NUMBER.sub("", other, count=1)
        return (
            step.count(" ") >= 1
            and _LIST_MARK.match(w.measures[j].text) is not None
            and key.endswith(" " + step)
        )
    return False


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
        or role.candidate is None
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
