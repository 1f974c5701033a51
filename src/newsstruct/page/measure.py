"""Measures of one block that every layout pass reads: words, prose, title shape,
list-item shape, repeats on the page, furniture verdict, byline, dateline line."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsstruct.grammar import byline, dateline
from newsstruct.page import boilerplate
from newsstruct.text import lexicon, shape
from newsstruct.text.blocks import Block

#: Headlines are short.
MAX_HEADLINE_WORDS = 40
#: Teasers cut off on an ellipsis are short; a long paragraph so cut is a paywall's.
MAX_TEASER_WORDS = 40
#: A title has few figures; a table row has many.
MAX_TITLE_DIGITS = 0.25
#: ... unless its figures are a few model numbers among words ("How to Buy an RTX 3080,
#: 3090 or 3070"): a row of a table is numbers for more than a third of its words.
NUMBERS_PER_WORD = 3
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}[\p{N}.,:/\-]*+")


class Measure(NamedTuple):
    """What the layout passes need to know about one block, measured once (a named
    tuple: one is made for every block, and a tuple is the cheapest record to make)."""

    text: str
    words: int
    prose: bool
    title: bool
    verdict: boilerplate.Verdict | None
    byline: byline.BylineMatch | None
    dateline_alone: bool
    #: (Nearly) every content word capitalised, as in a headline or a menu.
    title_case: bool = False
    #: The block opens with a list bullet ("* ", "+ ", "•"): a link list's shape.
    listed: bool = False
    #: A list item that reads as content, not as a link: introduced by a line that ends
    #: in a colon, or written in lower case or as a sentence.
    content_item: bool = False
    #: How many blocks of the page carry the same words (1: this one only).
    repeats: int = 1
    #: Heads a comment ("Jane says:", "jane 11 Dec 2012 at 11:07", "45 thoughts on …").
    comment_mark: bool = False
    #: Stands under a "Related" / "Most popular" heading, among the teasers it lists.
    under_related: bool = False
    #: A short block cut off on an ellipsis ("…", "..."), as a teaser for another page is.
    truncated: bool = False


@functools.cache
def _kickers() -> frozenset[str]:
    return frozenset(shape.normalise(k) for k in lexicon.entries("kickers.txt"))


def _is_kicker(chunk: str, key: str | None) -> bool:
    return (shape.normalise(chunk) if key is None else key) in _kickers()


def looks_like_title(
    chunk: str, words: int, title_case: bool | None = None, digits: int | None = None
) -> bool:
    """Shaped like a headline; ``title_case`` and ``digits`` (how many digits ``chunk``
    holds), when the caller has them, save measuring again."""
    if not 1 <= words <= MAX_HEADLINE_WORDS:
        return False
    if digits is None:
        digits = shape.count_digits(chunk)
    if (
        digits
        and digits / ((len(chunk) - shape.count_spaces(chunk)) or 1) > MAX_TITLE_DIGITS
        and len(_NUMBER.findall(chunk)) * NUMBERS_PER_WORD > words
    ):
        return False
    if shape.is_title_case(chunk) if title_case is None else title_case:
        return True
    return not shape.ends_sentence(chunk) or shape.is_all_caps(chunk)  # the cheap test first


#: Longer lines are never comment marks (:func:`newsstruct.page.boilerplate.comment_mark`).
_MAX_COMMENT_MARK = 100
#: A line that stands alone as a dateline is read this far
#: (:func:`newsstruct.grammar.dateline.match_dateline`).
_DATELINE_REACH = 120
#: Only blocks this short are compared for repeats (menus and labels are short).
MAX_REPEAT_CHARS = 200
#: A paragraph this long under a "Related" heading is the article resuming, not a blurb.
MIN_RESUMING_WORDS = 40
#: How many recent one-line blocks (of at most MAX_REPEAT_CHARS) keep their shape: a
#: page repeats its menus, and the pages of a site share their furniture. A few, so the
#: memory never grows with a corpus.
RECENT_LINES = 1024


class _Shape(NamedTuple):
    """What the text of a block alone tells (its place on the page aside); a named
    tuple, as it is built for every block and cheaper so."""

    words: int
    prose: bool
    title: bool
    verdict: boilerplate.Verdict | None
    title_case: bool
    listed: bool
    comment_mark: bool
    truncated: bool
    #: ``shape.normalise`` of the text, "" for a block too long to compare for repeats.
    key: str


def _shape(chunk: str, single: bool, key: str | None = None) -> _Shape:
    """The shape of a block's text; ``single`` when it is one line. ``key``, when the
    caller has it, is ``shape.normalise`` of the text.

    The cheap shape of the line (its length, its last character, whether it holds a
    digit) is looked at first, and the patterns that cannot match a line of that shape
    are not run (each gate says what its pattern needs)."""
    size = len(chunk)
    found: list[str] | None
    if size > MAX_REPEAT_CHARS and chunk.isascii():
        # A long block needs its words only if it is short enough in words to be a
        # title; counting them is cheaper than making them.
        words = shape.word_count_ascii(chunk)
        found = shape.ASCII_WORD.findall(chunk) if words <= MAX_HEADLINE_WORDS else None
    else:
        found = shape.words(chunk)  # once, for the key, the word count and the case
        words = len(found)
        if key is None and size <= MAX_REPEAT_CHARS:
            key = _key(chunk, found)
    verdict = boilerplate.classify_line(chunk, key) if single else None
    listed = shape.is_listed(chunk)
    if verdict is None and single and not listed and size < 40 and _is_kicker(chunk, key):
        verdict = boilerplate.Verdict("kicker", "phrase: kicker")
    short = words <= MAX_HEADLINE_WORDS
    title_case = short and found is not None and shape.title_case_words(found)
    digits = shape.count_digits(chunk) if short or size <= _MAX_COMMENT_MARK else 0
    return _Shape(
        words,
        shape.is_prose(chunk, words, title_case),
        looks_like_title(chunk, words, title_case, digits),
        verdict,
        title_case,
        listed,
        single
        and size <= _MAX_COMMENT_MARK
        and (digits > 0 or chunk[-1:] == ":")
        and boilerplate.comment_mark(chunk),
        words <= MAX_TEASER_WORDS and shape.is_truncated(chunk),
        key or "",
    )


@functools.lru_cache(maxsize=RECENT_LINES)
def _line_shape(chunk: str) -> _Shape:
    """:func:`_shape` of a one-line block, remembered for the recent lines."""
    return _shape(chunk, True)


def measure(text: str, block: Block, repeats: int = 1, key: str | None = None) -> Measure:
    """Measure one block; ``key``, when the caller has it, is ``shape.normalise`` of the
    block's text (saves normalising again)."""
    chunk = text[block.start : block.end]
    return _measure(text, block, chunk, _shape(chunk, len(block.lines) == 1, key=key), repeats)


def _measure(text: str, block: Block, chunk: str, form: _Shape, repeats: int) -> Measure:
    """A block's measure from the shape of its text and what its place adds: how often
    the page repeats it, and whether it stands alone as a byline or a dateline."""
    start, end = block.start, block.end
    size = end - start
    # A list item is a menu entry or a point, never a byline or a dateline line.
    alone = len(block.lines) == 1 and not form.listed
    return Measure(
        chunk,
        form.words,
        form.prose,
        form.title,
        form.verdict,
        byline.match_byline(text, start, end) if alone and size <= byline.MAX_BYLINE else None,
        alone
        # A line standing alone as a dateline ends on its separator (cheaply, first).
        and (size > _DATELINE_REACH or chunk.rstrip(" \t\n")[-1:] in dateline.SEP_ENDS)
        and dateline.match_dateline(text, start, end, alone=True) is not None,
        title_case=form.title_case,
        listed=form.listed,
        repeats=repeats,
        comment_mark=form.comment_mark,
        truncated=form.truncated,
    )


def measure_page(text: str, blocks: Sequence[Block]) -> list[Measure]:
    """Every block measured, with what only the whole page tells: repeated blocks and
    the teasers listed under a "Related" heading."""
    chunks = [text[b.start : b.end] for b in blocks]
    shapes = [
        _line_shape(chunk)
        if len(b.lines) == 1 and len(chunk) <= MAX_REPEAT_CHARS
        else _shape(chunk, len(b.lines) == 1)
        for b, chunk in zip(blocks, chunks, strict=True)
    ]
    counts = Counter(form.key for form in shapes)
    measures = [
        _measure(text, b, chunk, form, counts[form.key] if form.key else 1)
        for b, chunk, form in zip(blocks, chunks, shapes, strict=True)
    ]
    return _mark_related(_mark_content_items(measures))


def _key(chunk: str, words: list[str]) -> str:
    """``shape.normalise(chunk)`` from the words :data:`newsstruct.text.shape.WORD` found in
    it: in ASCII text (no invisible characters; case folding is lowering, which keeps
    every character a letter, a digit or neither) they are the words it finds in the
    folded text, lowered."""
    if chunk.isascii():
        return " ".join(words).lower()
    return shape.normalise(chunk)


def _mark_content_items(measures: list[Measure]) -> list[Measure]:
    """List items that read as part of the text: every item of a list that a line
    ending in a colon introduces ("Here is what to know:"), and items in lower case
    or written as sentences."""
    introduced = False
    for i, m in enumerate(measures):
        if not m.listed:
            introduced = m.text.rstrip().endswith(":") and m.verdict is None
            continue
        item = shape.item_text(m.text)
        content = introduced or (m.repeats == 1 and (item[:1].islower() or (m.prose and m.words >= 4)))
        if content and m.verdict is None and not m.truncated:
            measures[i] = m._replace(content_item=True)
    return measures


def _mark_related(measures: list[Measure]) -> list[Measure]:
    """Blocks under a related heading: the listed items, titles and teasers under it.

    A teaser is a title and often a short blurb. The article resumes at a paragraph
    next to another paragraph, at a long one that does not describe a listed item, or
    at other furniture.
    """
    under = False
    for i, m in enumerate(measures):
        if m.verdict is not None:
            under = m.verdict.kind == "related" and _heading(m.verdict)
            continue
        if not under:
            continue
        if m.byline is not None or m.dateline_alone:
            under = False
            continue
        if _paragraph(m):
            before = measures[i - 1]
            after = measures[i + 1] if i + 1 < len(measures) else None
            between = _paragraph(before) or (after is not None and _paragraph(after))
            if between or (m.words >= MIN_RESUMING_WORDS and not before.listed):
                under = False
                continue
        measures[i] = m._replace(under_related=True)
    return measures


def _paragraph(m: Measure) -> bool:
    return m.prose and not m.listed and not m.truncated and m.verdict is None


def _heading(verdict: boilerplate.Verdict) -> bool:
    """A whole-line phrase ("Related Articles"), not a link ("Read more: …", "More »")."""
    return verdict.reason.startswith("phrase:") and not verdict.reason.endswith("…")
