"""Where the article's body lies among the blocks of a page, from their shape alone.

A page rendered as text is the article plus whatever came along: menus, share bars,
teaser lists, comments, footers. The body is found in three steps:

1. **Weights.** Prose counts for its words; furniture, list items, titles, teasers and
   lines repeated on the page count against (:func:`weight`).
2. **Walls.** Furniture that closes an article (share bars, comment and newsletter
   prompts, tags, author boxes, footers, menus) splits the page into stretches the body
   never crosses (:func:`is_wall`). Within each stretch the run with the largest sum is
   a candidate (Kadane).
3. **Choice.** The article comes first: the earliest candidate that holds at least
   :data:`RIVAL_SHARE` of the best candidate's weight is the body (stacked articles,
   comment threads and teaser blocks come after it). The run then widens over
   neighbouring blocks that fit running text (table rows, lines with figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsstruct.page import boilerplate
from newsstruct.page.measure import Measure
from newsstruct.text import names, shape

#: A later run must outweigh the first good one by this factor to be chosen instead.
RIVAL_SHARE = 0.5
#: A run this heavy (about as many words of prose) may be the article; what follows a
#: comment heading or the copyright line after it is not.
MIN_ARTICLE = 60


class Run(NamedTuple):
    """A candidate body: inclusive block indices and the sum of their weights (a named
    tuple, cheap to make: the scan makes several for every block)."""

    first: int
    last: int
    score: float
    #: Stands in a comment thread or under the copyright line, after an earlier run.
    trailing: bool = False


def weight(m: Measure) -> float:
    """What a block adds to a run of body text: prose for, everything else against."""
    if m.verdict is not None or m.byline is not None or m.under_related:
        return -3.0 - m.words
    if m.prose and not m.truncated:
        if m.listed:
            return 0.5 * m.words
        return float(m.words)
    if m.content_item:
        return -0.5
    if m.listed or m.repeats > 1:
        return -3.0 - 0.3 * m.words
    return -2.0 - 0.2 * m.words


def is_wall(measures: Sequence[Measure], i: int) -> bool:
    """Furniture that an article's body never runs across.

    A closing phrase of two words or more ("Share this article", "Leave a comment") is
    a wall; a single word ("Twitter", "SMS", "Home") only next to another closing line
    (a share bar, a menu), for alone it is as often an image's source or a list item.
    """
    if measures[i].comment_mark and measures[i].byline is None:
        return True
    if not _closing(measures[i]):
        return False
    m = measures[i]
    if m.words >= 2 or (m.verdict is not None and m.verdict.kind in _HEADING_KINDS):
        return True
    return any(0 <= j < len(measures) and _closing(measures[j]) for j in (i - 1, i + 1))


#: One-word lines of these kinds are section headings ("Kommentare", "Tags", "Autor"),
#: walls on their own; a lone "Twitter" or "Home" is not.
_HEADING_KINDS = frozenset({"comments", "tags", "author-bio", "newsletter", "footer"})


def _closing(m: Measure) -> bool:
    return m.verdict is not None and m.verdict.kind in boilerplate.CLOSING


def best_run(weights: Sequence[float], start: int = 0, stop: int | None = None) -> Run | None:
    """The contiguous run with the largest positive sum (Kadane) in ``weights[start:stop]``."""
    return max(peak_runs(weights, start, stop), key=lambda r: r.score, default=None)


def peak_runs(weights: Sequence[float], start: int = 0, stop: int | None = None) -> list[Run]:
    """The best run of every stretch of ``weights[start:stop]`` that Kadane's running sum
    crosses without falling to zero: a run of prose, then furniture heavy enough to
    cancel it, then another run gives two runs, not one. Linear in the stretch."""
    stop = len(weights) if stop is None else stop
    runs: list[Run] = []
    best: Run | None = None
    total = 0.0
    first = start
    for i in range(start, stop):
        if total <= 0:
            if best is not None:
                runs.append(best)
                best = None
            total = 0.0
            first = i
        total += weights[i]
        if total > 0 and (best is None or total > best.score):
            best = Run(first, i, total)
    if best is not None:
        runs.append(best)
    return runs


def candidates(measures: Sequence[Measure], weights: Sequence[float]) -> list[Run]:
    """The peak runs of every stretch between walls, in page order.

    Runs in a comment thread or under the copyright line that close a page after a
    run of some weight are marked ``trailing``: a long comment is not the article.
    """
    runs: list[Run] = []
    start = 0
    seen_article = closed = False
    for i in range(len(measures) + 1):
        if i == len(measures) or is_wall(measures, i):
            for run in peak_runs(weights, start, i):
                runs.append(run._replace(trailing=closed))
                seen_article = seen_article or run.score >= MIN_ARTICLE
            start = i + 1
        if i < len(measures) and seen_article and _closes_page(measures[i]):
            closed = True
    return runs


def _closes_page(m: Measure) -> bool:
    """A comment thread's heading or the copyright line."""
    if m.comment_mark and m.byline is None:
        return True
    if m.verdict is None:
        return False
    return (m.verdict.kind == "comments" and m.words >= 2) or m.verdict.reason == "pattern: copyright"


def choose(runs: Sequence[Run]) -> Run | None:
    """The article's run: the first one that holds its own against the best."""
    leading = [r for r in runs if not r.trailing] or list(runs)
    if not leading:
        return None
    top = max(r.score for r in leading)
    return next(r for r in leading if r.score >= RIVAL_SHARE * top)


def fits_body(m: Measure) -> bool:
    """Can a block sit inside running text (prose, a table row, a line with figures)?"""
    if m.verdict is not None or m.byline is not None or m.dateline_alone or m.under_related:
        return False
    if m.prose:
        return not m.truncated
    if m.content_item:
        return True
    if m.listed or m.repeats > 1:
        return False
    has_digit = any(map(str.isdigit, shape.item_text(m.text)))
    if m.title_case and not has_digit:
        return False
    return has_digit or m.words > 4


#: A block longer than this is running text even when it does not end like a sentence.
MAX_TRAILING_TITLE_WORDS = 25
#: A quote attributed after a dash ("“…” — Jane Doe"), or an embedded post's signature.
_ATTRIBUTION = regex.compile(r"[”\"»“]\s*[—–]\s*\p{Lu}|^[—–]\s*\p{Lu}")


def _ends_text(m: Measure) -> bool:
    """Can the body end on this block (prose, a long block, a content list item, a table
    row, a quote attributed after a dash)? Titles and labels trailing a run are the
    next thing's."""
    if m.prose or m.content_item or m.words > MAX_TRAILING_TITLE_WORDS:
        return True
    if _ATTRIBUTION.search(m.text) is not None:
        return True
    return sum(map(str.isdigit, m.text)) >= 4 and not m.title_case


def bridgeable(m: Measure) -> bool:
    """A short line that may sit between two body blocks ("Year" in a results table)."""
    return m.verdict is None and m.byline is None and not m.dateline_alone and m.words <= 3


def body_range(measures: Sequence[Measure]) -> tuple[int, int]:
    """First and last block of the body (first > last when there is none)."""
    n = len(measures)
    run = choose(candidates(measures, [weight(m) for m in measures]))
    if run is None:
        return _fallback_body(measures)
    first, last = run.first, run.last

    def fits(i: int) -> bool:
        return 0 <= i < n and fits_body(measures[i])

    while first > 0:
        if fits(first - 1) and not (first - 1 == 0 and measures[0].title):
            first -= 1
        elif first > 1 and bridgeable(measures[first - 1]) and fits(first - 2) and first - 2 > 0:
            first -= 2
        else:
            break
    if not any(m.verdict is not None or m.listed for m in measures[:first]):
        # No page furniture before the run: what lies between the header and the run
        # (a results table, short lines) is body too.
        top = _header_end(measures)
        first = min(first, top) if top < n else first
    while last + 1 < n:
        if fits(last + 1):
            last += 1
        elif bridgeable(measures[last + 1]) and fits(last + 2):
            last += 2
        else:
            break
    # Widening ends on running text: title-like lines trailing it are the next thing's.
    while last > first and not _ends_text(measures[last]):
        last -= 1
    # A byline or a dateline line among the first blocks of the run ends the header.
    for i in range(min(last, first + 3), first - 1, -1):
        if measures[i].byline is not None or measures[i].dateline_alone:
            first = i + 1
            break
    box = author_box(measures, first, last)
    if box is not None:
        last = box - 1
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


#: An author box stands among the last blocks of the run.
AUTHOR_REACH = 8
#: A bio is short: this much prose at most follows the author's name.
MAX_BIO_WORDS = 120


def author_box(measures: Sequence[Measure], first: int, last: int) -> int | None:
    """Where an author box closing the run starts: a line that is only a person's name,
    then a bio that opens with their name or runs on from it ("Jane Doe" / "Jane Doe is
    a senior writer …", "Dr. Jan Roe" / "ist Partner der Kanzlei …"), and nothing more
    before the run ends."""
    for i in range(max(first + 1, last - AUTHOR_REACH), last):
        if not _name_line(measures[i]):
            continue
        after = measures[i + 1 : last + 1]
        prose = [m for m in after if m.prose]
        if not prose or sum(m.words for m in prose) > MAX_BIO_WORDS:
            continue
        if _bio_of(prose[0].text, measures[i].text):
            return i
    return None


def _name_line(m: Measure) -> bool:
    if not 2 <= m.words <= 4 or m.prose or m.listed or m.verdict is not None or not m.title_case:
        return False
    if any(not (ch.isalpha() or ch in " .-'’") for ch in m.text):
        return False
    return names.is_person_name(m.text.strip(" ."))


def _bio_of(bio: str, name: str) -> bool:
    """Does the paragraph read as the named person's bio?"""
    if bio[:1].islower():
        return True
    parts = [w.casefold() for w in shape.WORD.findall(name) if len(w) > 1]
    opening = [w.casefold() for w in shape.WORD.findall(bio[:60])[:3]]
    if not parts or not opening:
        return False
    # "Jane Doe is …", "Doe has …", or the given name early on: "I'm Jane and …"
    return opening[0] in parts or parts[0] in opening
