"""Authors when the header's byline names none: a byline a little off the header, or
the author box at the end of the page.

* :func:`signed_authors`: between the headline and the first paragraphs of the body,
  a strict byline (:func:`newsstruct.grammar.byline.match_byline`: "By Jane Doe | jdoe@example.com
  | The Daily Example") or a "By" label over a line of names, where the header did not
  take it (a byline line glued to the stamp under it); then a "By" line after a stamp
  ("12/04/2020 by Jane Doe 24 Comments"), a line of names next to a stamp line, or a
  line of two names or more (or one with a byline widget's labels: "Jane Doe 2 months")
  right under the headline; last, a strict byline on a line just above the headline (the
  headline found may be a subhead under it), or a dated one there ("05.02.2020 -
  Redaktion: Jana Roth").
* :func:`bio_authors`: the author box under the story: a short paragraph that opens
  with the author's full name, a verb of being ("is", "ist", "est", "es") and, in its
  first clause, a word for a writer (``data/bio_roles.txt``: reporter, writer,
  Autorin ...), as in "Jane Doe is a senior reporter at The Daily Example.", or a
  writer's verb (``data/bio_verbs.txt``: "Jane Doe covers city hall for …"); a name
  line under an author-box heading ("Über den Autor") or a "By" label, or under the
  story's date; a "Written by" line. Only paragraphs near the end of the body and the
  pieces after it are read, so a story about a journalist ("Jane Doe is a reporter who
  was detained ...") does not count.
* :func:`titled_authors`, last: a name line over a writer's title ("Jana Roth" /
  "Redakteurin für Wirtschaft"), the author's e-mail address or a link to the author's
  articles ("Weitere Beiträge", ``data/author_links.txt``), anywhere on the page, for an
  author box the layout left inside a body that runs on past the story.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsstruct.grammar import byline, byline_words, timestamps
from newsstruct.grammar.byline import NameSpan
from newsstruct.page.zone import Piece
from newsstruct.text import lexicon, names

#: How many body pieces under the headline are read for a "By" line.
SIGNED_REACH = 6
#: What a byline the header reader takes after a stamp holds ("by", "von", "Autor:").
_BY_WORD = regex.compile(r"(?i)(?<![\p{L}])(?:by|von|vom|par|por)(?![\p{L}])|:")
_DIGIT = regex.compile(r"\d")
#: How far into a line its "By" may stand, after a stamp ("Dec 21, 2023 at 1:39 pm | By").
BY_REACH = 48
#: A line of names has few words.
MAX_NAME_WORDS = 10
#: How many pieces above the headline are read for a "By" line.
ABOVE_REACH = 8
_LIST_ITEM = regex.compile(r"[ \t]*(?:[*•·▪+\-–—]|\d{1,3}[.)])[ \t]")
#: The last paragraphs of the body that may hold a bio ...
BODY_TAIL = 3
#: ... and how many pieces after the body are read.
AFTER_REACH = 40
#: A bio is short.
MAX_BIO_CHARS = 700
#: How many authors bios may name.
MAX_AUTHORS = 3


@functools.cache
def _opening() -> regex.Pattern[str]:
    """The opening of a bio: the name, an age or a note in brackets, then a verb of being
    (group ``being``) or a writer's verb from ``data/bio_verbs.txt`` ("covers")."""
    verbs = "|".join(r"[ \t]+".join(map(regex.escape, v.split())) for v in lexicon.entries("bio_verbs.txt"))
    return regex.compile(
        r"[*•·\-–—]?[ \t]*(?P<name>" + names.FULL_NAME + r")"
        r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:(?P<being>is|was|ist|war|est|es)|" + verbs + r")[ \t]+"
    )


#: The first clause of the bio ends at a full stop, a semicolon or a line break.
_CLAUSE = regex.compile(r"[^.;\n]{1,200}")


class Author(NamedTuple):
    """A name found off the header and the rule that found it (``Person.rule``)."""

    span: NameSpan
    rule: str


def _all(names_found: Sequence[NameSpan], rule: str) -> list[Author]:
    return [Author(n, rule) for n in names_found]


def read_bio(text: str, start: int, end: int) -> NameSpan | None:
    """The author a short paragraph names as its subject and a writer, or None."""
    if end - start > MAX_BIO_CHARS:
        return None
    m = _opening().match(text, start, end)
    if m is None:
        return None
    name = names.proper_case(m.group("name"))
    if not names.is_person_name(name):
        return None
    if m.group("being") is None:
        # "Jane Doe covers …": a tagline, never an item of a list (of related headlines)
        bulleted = m.start("name") > start and _LIST_ITEM.match(text, start, end) is not None
        return None if bulleted else NameSpan(m.start("name"), m.end("name"), name)
    clause = _CLAUSE.match(text, m.end(), end)
    if clause is None:
        return None
    if not byline_words.names_writer(clause.group()):
        return None
    return NameSpan(m.start("name"), m.end("name"), name)


def _boxed_name(text: str, pieces: Sequence[Piece], k: int) -> Author | None:
    """The name on the line right under an author-box heading ("Über den Autor" / "Jana
    Roth"), or under a "By" label or a strict "Written by" line after the story."""
    p = pieces[k]
    if k > 0:
        head = pieces[k - 1]
        boxed = head.zone.kind == "author-bio" and head.zone.rule.startswith("phrase")
        if boxed or byline.is_by_label(text, head.start, head.end):
            m = byline.match_name_line(text, p.start, p.end)
            if m is not None and len(m.names) == 1 and not _LIST_ITEM.match(text, p.start, p.end):
                return Author(m.names[0], "author box: a name under its heading or a By label")
        short = p.end - p.start <= byline.MAX_NAME_LINE  # a longer line is no name line
        if short and "\n" not in text[head.start : head.end] and _stamp_line(text, head.start, head.end):
            # The story signed under its date ("28. November 2022" / "- Jana Roth"); a
            # comment names its writer above the date, not under it.
            m = byline.match_name_line(text, p.start, p.end)
            if m is not None and len(m.names) == 1 and names.known_given_name(m.names[0].name):
                return Author(m.names[0], "author box: a name under the story's date")
    signing = _signing_phrases()
    if text[p.start : p.start + max(map(len, signing))].casefold().startswith(signing):
        m = byline.match_byline(text, p.start, p.end)
        if m is not None and m.rule == "by-line" and len(m.names) == 1:
            return Author(m.names[0], "author box: a signing line")
    return None


@functools.cache
def _signing_phrases() -> tuple[str, ...]:
    """How an author box after the story signs it (``data/signing_phrases.txt``)."""
    return tuple(phrase.casefold() for phrase in lexicon.entries("signing_phrases.txt"))


def bio_authors(text: str, pieces: Sequence[Piece]) -> list[Author]:
    """Authors named by bios in the last paragraphs of the body and the pieces after it."""
    body = [k for k, p in enumerate(pieces) if p.zone.label == "body"]
    if not body:
        return []
    tail = body[-BODY_TAIL:]
    reach = range(tail[0], min(len(pieces), body[-1] + 1 + AFTER_REACH))
    found: list[Author] = []
    for k in reach:
        p = pieces[k]
        if p.zone.label not in ("body", "boilerplate", "credit"):
            continue
        if p.zone.label == "body" and k not in tail:
            continue
        named = read_bio(text, p.start, p.end)
        bio = Author(named, "author box: a bio") if named is not None else _boxed_name(text, pieces, k)
        if bio is not None and all(bio.span.name != f.span.name for f in found):
            found.append(bio)
            if len(found) >= MAX_AUTHORS:
                break
    return found


def titled_authors(text: str, pieces: Sequence[Piece]) -> list[Author]:
    """Names on a line of their own over a writer's title on the next ("Jana Roth" /
    "Redakteurin für Wirtschaft", "Jane Doe" / "Senior Reporter"), the author's e-mail
    address or a link to the author's articles ("Weitere Beiträge"), as author boxes and
    byline widgets set them, anywhere on the page (the headline found may be a subhead
    under them): the name must open with a known given name, and a list item of names is
    a menu."""
    found: list[Author] = []
    for (a, b), (c, d) in itertools.pairwise(_text_lines(text, 0, len(text))):
        if b - a > byline.MAX_NAME_LINE or d - c > MAX_UNDER_NAME or not text[a].isupper():
            continue  # a name opens with a capital (cheaply)
        if _LIST_ITEM.match(text, a, b):
            continue  # a list item of names is a menu (of a newsroom's staff)
        rule = _under_the_name(text, c, d)
        if rule is None:
            continue
        m = byline.match_name_line(text, a, b)
        if m is None or len(m.names) != 1 or not names.known_given_name(m.names[0].name):
            continue
        if all(m.names[0].name != f.span.name for f in found):
            found.append(Author(m.names[0], rule))
            if len(found) >= MAX_AUTHORS:
                break
    return found


_LETTER = regex.compile(r"\p{L}")


def _text_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` that hold a letter, without their indent
    (``start`` opens a line). It jumps from letter to letter, so a page of blank or
    letterless lines costs one scan, not a step per line."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        letter = _LETTER.search(text, pos, end)
        if letter is None:
            break
        a = text.rfind("\n", pos, letter.start())
        a = pos if a < 0 else a + 1
        b = text.find("\n", letter.end(), end)
        b = end if b < 0 else b
        line = text[a:b]
        out.append((a + len(line) - len(line.lstrip(" \t")), b))
        pos = b + 1
    return out


_EMAIL = regex.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")


def _under_the_name(text: str, start: int, end: int) -> str | None:
    """What an author box sets under the author's name, as the rule that reads it: a
    writer's title, the author's e-mail address, or a link to the author's articles."""
    if _writer_title(text, start, end):
        return "author box: a name over a writer's title"
    line = text[start:end].strip(" \t")
    if _EMAIL.fullmatch(line):
        return "author box: a name over an e-mail address"
    if _author_links().match(line) is not None:
        return "author box: a name over a link to the author's articles"
    return None


@functools.cache
def _author_links() -> regex.Pattern[str]:
    """The links of ``data/author_links.txt`` at a line's start, as whole words."""
    links = lexicon.alternation(list(lexicon.entries("author_links.txt")), ignore_case=True)
    return regex.compile(r"(?i:" + links + r")(?![\p{L}\p{N}])")


#: What an author box sets under the name is a short line.
MAX_UNDER_NAME = 120
#: A writer's title is a short line.
MAX_TITLE_WORDS = 8


def _writer_title(text: str, start: int, end: int) -> bool:
    """A short line that names a writer ("Senior Reporter", "Editor, Space.com",
    "Redakteur für Wirtschaft und Umwelt"), not a sentence, with no figure."""
    line = text[start:end].lstrip("*•·-–— \t").rstrip()
    if line.count(" ") >= 2 * MAX_TITLE_WORDS:
        return False  # a sentence, cheaply
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS or _DIGIT.search(line):
        return False
    if line.endswith((".", "!", "?", ":")):
        return False  # a sentence or a label
    return byline_words.names_writer(line)


def signed_authors(text: str, pieces: Sequence[Piece]) -> list[Author]:
    """The people of the first byline between the headline and the first
    ``SIGNED_REACH`` pieces of the body (from the top when there is no headline): a
    strict "By" line, or a "By" label over a line of names; failing those, a "By" line
    the header reader takes after a stamp ("12/04/2020 by Jane Doe 24 Comments"), a
    line of names that opens with a known given name over or under a stamp line, or a
    line of two names or more right under the headline ("Jane Doe, Ann Poe")."""
    lines, wrapped = _lines_under_headline(text, pieces)
    found = _first_signed(text, lines)
    if found:
        return _all(found, "under the headline: a by-line")
    above = _lines_above_headline(text, pieces)
    found = _first_signed(text, above)
    if found:
        return _all(found, "above the headline: a by-line")
    found = _dated_above(text, above)
    if found:
        return _all(found, "above the headline: a by-line with a date")
    for k, (a, b) in enumerate(lines):
        # Only a line with a "By", or a short one under the headline or by a stamp, is read.
        prefixed = (
            b - a <= byline.MAX_AUTHOR_LINE and _BY_WORD.search(text, a, min(b, a + BY_REACH)) is not None
        )
        short = k not in wrapped and b - a <= byline.MAX_NAME_LINE and _name_shaped(text[a:b])
        stamped = short and any(_stamp_line(text, *lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines))
        first = k == 0 and k not in wrapped and b - a <= byline.MAX_NAME_LINE  # figures may be labels
        if not (prefixed or (short and stamped) or first):
            continue
        m = byline.read_header_line(text, a, b)
        if m is None or not m.names or m.agency is not None:
            continue
        people = all(len(n.name.split()) >= 2 for n in m.names)  # no handle, no acronym
        if m.rule == "by-line in header" and people:
            return _all(m.names, "under the headline: a by-line by a stamp")
        if m.rule == "name-line" and stamped and names.known_given_name(m.names[0].name):
            return _all(m.names, "under the headline: a line of names by a stamp")
        if k == 0 and m.rule == "name-line" and len(m.names) >= 2:
            return _all(m.names, "under the headline: a line of names")
        if k == 0 and m.rule == "name-line" and _junk_after(text, m):
            return _all(m.names, "under the headline: a name with page labels")
    return []


def _junk_after(text: str, m: byline.BylineMatch) -> bool:
    """Does page junk follow the names on their line ("Jane Doe 2 months", "Jane Doe
    7 Comments")? A byline widget sets such labels by the author's name; a name alone
    under a headline may be the story's subject."""
    tail = text[m.names[-1].end : m.end].strip(" \t|·•,-–—")
    return bool(tail) and byline_words.is_junk(tail)


def _dated_above(text: str, lines: Sequence[tuple[int, int]]) -> list[NameSpan]:
    """The people of the dated byline nearest above the headline: a "By" after a date
    ("05.02.2020 - Redaktion: Jana Roth", "3. April 2022 by jroth"), or a name that
    opens with a known given name next to a date ("04.02.2022 | 13:10 Uhr | Jana Roth").
    A page sets its story's date and author there, over the headline; the date keeps a
    menu of names or of other stories' bylines out."""
    for a, b in reversed(lines):
        m = byline.read_header_line(text, a, b)
        if m is None or not m.names or m.agency is not None or m.stamp is None:
            continue
        if m.rule == "by-line in header":
            return list(m.names)
        if m.rule == "names with stamp or title" and names.known_given_name(m.names[0].name):
            return list(m.names)
    return []


def _first_signed(text: str, lines: Sequence[tuple[int, int]]) -> list[NameSpan]:
    """The people of the first line that is a strict byline, or a line of names under a
    "By" label."""
    for k, (a, b) in enumerate(lines):
        labelled = k > 0 and byline.is_by_label(text, *lines[k - 1])
        found = _signed_line(text, a, b, labelled)
        if found:
            return found
    return []


def _lines_under_headline(text: str, pieces: Sequence[Piece]) -> tuple[list[tuple[int, int]], set[int]]:
    """The lines between the headline and the first body pieces (of a paragraph, its
    first line only), and the places of those whose paragraph runs on."""
    wrapped: set[int] = set()
    heads = [k for k, p in enumerate(pieces) if p.zone.label == "headline"]
    bodies = [k for k, p in enumerate(pieces) if p.zone.label == "body"]
    out: list[tuple[int, int]] = []
    body = 0
    for k in range(heads[0] + 1 if heads else 0, bodies[-1] + 1 if bodies else len(pieces)):
        p = pieces[k]
        if p.zone.label in ("credit", "dateline"):
            continue  # "Reporting by Jane Doe" credits a helper; a dateline names a place
        if p.zone.label == "body":
            body += 1
            if body > SIGNED_REACH:
                break
        pos = p.start
        while pos < p.end:
            cut = text.find("\n", pos, p.end)
            end = p.end if cut < 0 else cut
            while pos < end and text[pos] in " \t":
                pos += 1
            if any(ch.isalnum() for ch in text[pos:end]):
                out.append((pos, end))  # a line of punctuation (",", "|") stands between nothing
            if p.zone.label == "body":
                if end < p.end:
                    wrapped.add(len(out) - 1)
                break  # only the first line of a paragraph ("by Kaneb Inc, said ..." runs on)
            pos = end + 1
    return out, wrapped


def _lines_above_headline(text: str, pieces: Sequence[Piece]) -> list[tuple[int, int]]:
    """The one-line pieces just above the headline (a page may set its byline there, or
    the headline found may be a subhead under the byline); list items are menus."""
    heads = [k for k, p in enumerate(pieces) if p.zone.label == "headline"]
    if not heads:
        return []
    out: list[tuple[int, int]] = []
    for p in pieces[max(0, heads[0] - ABOVE_REACH) : heads[0]]:
        line = text[p.start : p.end]
        if "\n" in line or (_LIST_ITEM.match(line) and not timestamps.opens_with_date(text, p.start, p.end)):
            continue  # "3. April 2022 by jroth" opens with a date, not a list mark
        out.append((p.start, p.end))
    return out


def _name_shaped(line: str) -> bool:
    """A line that may be only names: a few words, most of them capitalised, no figure."""
    words = line.split()
    return (
        _DIGIT.search(line) is None
        and len(words) <= MAX_NAME_WORDS
        and 2 * sum(w[:1].isupper() for w in words) >= len(words)
    )


def _stamp_line(text: str, start: int, end: int) -> bool:
    """Does the line open with a date ("Published: 11:25, 17 Dec 2023", "/ 16.11.2018")?"""
    if _DIGIT.search(text, start, min(end, start + 60)) is None:
        return False
    stamps = timestamps.find_stamps(text, start, min(end, start + 60))
    return bool(stamps) and stamps[0].has_date and len(text[start : stamps[0].start].split()) <= 2


def _signed_line(text: str, start: int, end: int, labelled: bool) -> list[NameSpan]:
    """The people a strict byline on this line names; after a "By" label, the people of
    a line of bare names."""
    if end - start > byline.MAX_BYLINE:
        return []
    m = byline.match_name_line(text, start, end) if labelled else byline.match_byline(text, start, end)
    if m is None or m.rule not in ("by-line", "name-line") or m.agency is not None:
        return []
    return list(m.names)
