"""Bylines: the line that names who wrote the story ("By Jane Doe and John Roe").

A byline is read into pieces separated by commas, "and", "&", bars, bullets and
dashes, with dates and times ("Dec 20, 2023 3:06 pm") set aside as pieces of their
own. Each piece is a person's name, a news agency, a staff title ("Staff Writer"), a
publication ("The Washington Times"), a stamp, or page junk ("7 comments").

Two readers share the pieces:

* :func:`match_byline` is strict, for a line anywhere in the text: it opens with "By"
  (or "Written by", "Von", "Author:" ...) and every piece after that is a person, an
  agency, a title, a publication or a stamp; or it is names and an agency
  ("Jane Doe, Associated Press"). "By Tuesday, the vote ..." is prose.
* :func:`read_author_line` is lenient, for a line the header places under a headline:
  the "By" may follow a date ("Dec 21, 2023 | By Lexi G"), a name may stand without it
  when a stamp, a title or a publication backs it ("Tex Hollywood - December 21,
  2023", "Jessica Rendall Wellness Writer"), and a one-word handle may follow "By".

An agency names no person: "By The Associated Press" gives the agency, no author.
Words in ``data/byline_junk.txt`` ("Email The Author", "Minute Read") never make a name.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from newsstruct.grammar import dateline, timestamps
from newsstruct.grammar.byline_words import (
    _agency,
    _all_staff,
    _is_publication,
    _names_agency,
    _names_publication,
    _not_openers,
    _office_titles,
    _org_words,
    _section_words,
    _tail_pattern,
    is_junk,
    is_staff_title,
    names_writer,
)
from newsstruct.text import names
from newsstruct.text.memo import per_text

#: Bylines are short.
MAX_BYLINE = 160
#: A header line that carries names, stamps and publication may run a little longer.
MAX_AUTHOR_LINE = 220
#: A line of bare names is short.
MAX_NAME_LINE = 80

#: Words that introduce the authors. "By" glued to a name ("ByJane Doe") counts; the
#: Scandinavian "Av"/"Af" and the Italian "di" only before a capital.
_PREFIX = regex.compile(
    r"(?i:(?:written|story|words|text|reporting|report|posted|published|photos?|commentary|"
    r"geschrieben|veröffentlicht|publiziert|erstellt|gespeichert|aufgezeichnet|ein\s+artikel|ein\s+beitrag|"
    r"artikel|article|(?:ein\s+)?interview|(?:ein\s+)?(?:gast)?kommentar|(?:ein\s+)?gastbeitrag|"
    r"(?:eine\s+)?(?:analyse|reportage|kolumne|glosse|rezension)|(?:ein\s+)?(?:essay|bericht)|"
    r"escrito|escrita|publicado|publicada|écrit|écrite|posté|publié|scritto|recipe|review)[ \t]+)?"
    r"(?:(?i:by|von|vom|par|por|door|as\s+told\s+to)(?:[ \t]*:)?[ \t]+|(?:di|[Aa]v|[Aa]f)[ \t]+(?=\p{Lu})"
    r"|(?:By|BY|by|Von|von)(?=\p{Lu}(?:\p{Ll}|\.\p{Lu})))"
    r"|(?i:author|authors|autor|autorin|autoren|auteur|redaktion|redacción|redação|verfasst\s+von|byline"
    r"|(?:text|texte|texto|textos|tekst)(?:[ \t]+(?:und|&|y|e|et|og|en)[ \t]+(?:fotos?|bilder|photos?))?"
    r"|reportagem"
    r"|autorka|(?:autor|kolumnist|columnist|reporter|redakteur|journalist|korrespondent)(?:[*:_]?in(?:nen)?)?)"
    r"[ \t]*:(?!in(?:nen)?(?![\p{L}]))[ \t]*"  # "Autor:in: Jana Roth", the colon of a gender form
    r"|(?:Autoren|Autorin|Autor(?:[*:_]in(?:nen)?)?|Authors|Author)[ \t]+(?=\p{Lu}(?:\p{Ll}|\.\p{Lu}))"
)
#: Bullets and list marks a scraper leaves before a byline.
_BULLET = regex.compile(r"[*•·▪+\-–—][ \t]+")
#: The characters a match of :data:`_BULLET` opens on.
_BULLET_MARKS = frozenset("*•·▪+-–—")
#: The ASCII letters a match of :data:`_PREFIX` may open on, in both cases: the first
#: letters of its words ("by", "von", "written", "author", "text", "journalist", …).
_PREFIX_OPENS = frozenset("abcdegijkprstvw" + "abcdegijkprstvw".upper())
#: The first two characters of a match of :data:`_PREFIX` that are both ASCII, case
#: folded: the openings of its words ("by", "von", "written", "author", "text", …).
#: tests/test_prechecks.py checks that every pair a match may open on is here.
_PREFIX_PAIRS = frozenset(
    "af an ar as au av be by co di do ei er es ga ge gl in jo ko pa ph po pu re sc st te ve vo wo wr".split()
)
#: Between the pieces of a byline; a count after a name ("Jane Doe 7 Comments") is a
#: piece of its own.
_SEPARATOR = regex.compile(
    r"[ \t]*(?:[,;|&•·/\[\]]|[ \t](?:and|und|et|y|og|och|with|(?-i:e))[ \t]|[ \t][-–—][ \t]|[-–—]{2})[ \t]*"
    r"|[ \t]*:[ \t]+|[ \t]+(?=as[ \t]+told[ \t]+to[ \t])"
    r"|[ \t]+(?:am|um|on|at|le|el|il)[ \t]*$"
    r"|[ \t]+(?=\d{1,6}[ \t]+\p{L})",
    regex.IGNORECASE,
)
#: What follows "for" is the author's employer ("By Jane Doe for Daily Mail Australia");
#: what stands in brackets is a note ("(Pressesprecher des EJW)").
_EMPLOYER = regex.compile(r"[ \t]+(?i:for|für|pour)[ \t]+")
_ASIDE = regex.compile(r"[ \t]*\([^()\n]{0,80}\)?")
#: A name may end in the full stop of an initial or a suffix ("Perry Bacon Jr.").
_KEEP_STOP = regex.compile(r"(?:(?<![\p{L}])\p{Lu}|Jr|Sr|JR|SR)\.$")
#: A staff title or label glued to the name before it ("Miguel CortinaWriter"), or a
#: social handle ("Jane Doe@janedoe"; an e-mail address, "jdoe@example.com", is not cut:
#: a dot follows its handle).
_GLUED = regex.compile(
    r"(?<=\p{Ll})(?=(?:Published|Updated|Posted|Writer|Editor|Reporter|Correspondent|Contributor|"
    r"Columnist|Staff|Senior|Freelance|Follow)(?![\p{Ll}]))"
    r"|(?<=\p{Ll})(?=@[\p{L}\p{N}_]{2,30}+(?![\p{L}\p{N}_.@]))"
)
#: Words that make a capitalised phrase a clause, not a name ("President Gay Was Right").
_VERBS = frozenset(
    "is are was were be been being has have had will would can could should shall may might must "
    "do does did says said gets got makes made takes took reveals shares".split()
)
_WORD = regex.compile(r"\S+")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
#: What any byline holds: two capitalised words in a row, a "By" or "Von", a label
#: with a colon, or a capital inside a word (a handle such as "CarolRomig").
_MAY_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.\-]*+[ \t]+(?:\p{Ll}{1,3}[ \t]+){0,2}\p{Lu}"
    r"|(?i:\bby\b|\bvon\b|\bvom\b|\bpar\b|\bpor\b)|\p{L}:|\p{Ll}\p{Lu}"
)
#: A name glued by a slash to an agency or a site ("Jane Doe/Example Images", "Jane
#: Doe/example.com") is a photo credit.
_CREDIT_SLASH = regex.compile(r"\p{Ll}/(?:\p{Lu}|\p{Ll}[\p{L}\-]{0,30}+\.\p{Ll})")
#: A word of a name is short; a longer one is a compound noun ("Tabaksteuergesetzes").
MAX_NAME_WORD = 20
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}")
_INITIAL_OR_PARTICLE = regex.compile(r"\p{Lu}\.|" + names.PARTICLE)
_PARTICLE = regex.compile(names.PARTICLE)
_HANDLE = regex.compile(r"[\p{L}][\p{L}\p{N}_.\-]{1,30}")
#: A reading time, as byline widgets give it ("5 min read", "3 Min. Lesezeit", "Lesedauer:
#: 4 Minuten", "2 min de lectura").
_READING = regex.compile(
    r"(?i)(?:(?:lesezeit|lesedauer|reading\s+time|tiempo\s+de\s+lectura|temps\s+de\s+lecture)[ \t]*:?[ \t]*)?"
    r"(?:ca\.[ \t]*)?\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*(?:minutes|minute|minuten|minutos|mins|min)\.?"
    r"(?:[ \t]+(?:read|reading|lesezeit|lesedauer|leestijd"
    r"|de\s+lectura|de\s+leitura|de\s+lecture|di\s+lettura))?"
)


@attrs.frozen(slots=True)
class NameSpan:
    start: int
    end: int
    name: str


@attrs.frozen(slots=True)
class BylineMatch:
    """A recognised byline: the people it names and the agency it credits."""

    start: int
    end: int
    names: tuple[NameSpan, ...]
    agency: str | None
    rule: str
    #: The first stamp on the line, as a byline such as "By X • Dec 20, 2023" gives it.
    stamp: timestamps.Stamp | None = None


class _Piece(NamedTuple):
    """One piece of a byline line, by kind (a named tuple: several are made for
    every line the header reader reads)."""

    start: int
    end: int
    #: prefix, person, person+, handle, agency, title, publication, titled, stamp, reading
    #: (a reading time), junk, other
    kind: str
    names: tuple[NameSpan, ...] = ()
    agency: str | None = None
    #: What a name carries after it in the same piece: "title" or "publication".
    backed: str = ""


#: How many pieces :func:`_person` remembers: a page's header rules read the same
#: lines more than once, and pages of a site repeat their bylines.
PERSON_MEMO = 8192


def _person(text: str, a: int, b: int) -> NameSpan | None:
    """The person ``text[a:b]`` names, or None: read from the piece alone (a memo)."""
    found = _person_in(text[a:b])
    return None if found is None else NameSpan(a + found.start, a + found.end, found.name)


@functools.lru_cache(maxsize=PERSON_MEMO)
def _person_in(piece: str) -> NameSpan | None:
    text, a, b = piece, 0, len(piece)
    spans = list(_WORD.finditer(text, a, b))
    if len(spans) >= 3 and spans[-1].group().casefold() in _section_words():
        b = spans[-2].end()  # "Jane Doe Cybersecurity": the section follows the name
    name = names.proper_case(text[a:b])
    name, _ = names.strip_honorific(name)
    name, _ = names.strip_honorific(name)  # "Prof. Dr. Jana Roth"
    words = name.split()
    if not words or len(words) > 6 or sum(not _PARTICLE.fullmatch(w) for w in words) > 4:
        return None
    if len(words) > 4 and words[0].casefold() not in names.given_names():
        return None  # "Ana María de la Cruz", but not "Museo de la Ciudad de México"
    if len(words) >= 2 and _PARTICLE.fullmatch(words[-1]):
        return None  # "Juan Pérez el 12 de marzo": a particle opens a word, never ends a name
    if any(w.endswith(".") and not _KEEP_STOP.search(w) for w in words):
        return None  # "Rückenecho. Schwellenvernunft." are sentences, not a name
    if any(len(part) > MAX_NAME_WORD for w in words for part in w.split("-")):
        return None  # "Verkündung des Tabaksteuermodernisierungsgesetzes"
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # "Pamela Anderson's Makeup-Free Life"
    given = words[0].casefold() in names.given_names()
    if not given and any(w.casefold() in _org_words() for w in words):
        return None  # "Northwest Airlines", but "Eric Hall" is a person
    if words[0].casefold().rstrip(".") in _office_titles() and words[0].casefold() not in names.given_names():
        return None  # "Gov. Kathy Hochul" is the subject of a caption, never an author
    acronym = len(words[0]) >= 3 and words[0].isupper() and not _INITIALS.fullmatch(words[0])
    if acronym and not text[a:b].isupper():
        return None  # "CBC Arts", "MIT Technology": an acronym opens an organisation
    last = words[-1]
    if len(words) >= 3 and words[-2].islower() and len(last) >= 2 and last.isupper():
        return None  # "Projektleiterin der HSS": an acronym after "der" closes an organisation
    opener = words[0].casefold()
    if any(w.casefold() in _VERBS for w in words[1:]) or (
        opener in _not_openers() and opener not in names.given_names()
    ):
        return None  # "Tucker Carlson Is Entering Streaming", "Das Imperialismus-Phantom"
    if names.is_person_name(name):
        return NameSpan(b - len(name) if text[a:b].endswith(name) else a, b, name)
    return None


def _name_then_rest(text: str, a: int, b: int) -> tuple[NameSpan, str] | None:
    """A name followed by a title, a publication or junk in one piece: "Jessica Rendall
    Wellness Writer", "Kaitlyn McCormick Cherry Hill Courier-Post", "Haje Jan Kamps 2
    months". Two words make the name unless only three leave a rest that fits. (Read
    from the piece alone, and remembered, as :func:`_person` is.)"""
    found = _name_then_rest_in(text[a:b])
    if found is None:
        return None
    person, rest = found
    return NameSpan(a + person.start, a + person.end, person.name), rest


@functools.lru_cache(maxsize=PERSON_MEMO)
def _name_then_rest_in(piece: str) -> tuple[NameSpan, str] | None:
    text, a, b = piece, 0, len(piece)
    words = list(_WORD.finditer(text[a:b]))
    if len(words) < 3:
        return None
    middle = words[1].group()
    sizes = [3, 4] if _INITIAL_OR_PARTICLE.fullmatch(middle) else [2, 3]
    fallback: NameSpan | None = None
    for size in sizes:
        if size >= len(words):
            continue
        person = _person(text, a, a + words[size - 1].end())
        if person is None:
            continue
        rest = text[a + words[size].start() : b]
        if len(rest.split()) > 4:
            continue
        if is_staff_title(rest):
            return person, "title"
        if _names_publication(rest) or _agency(rest):
            return person, "publication"
        if is_junk(rest):
            return person, "junk"
        fallback = fallback or person
    return (fallback, "other") if fallback is not None else None


def _is_handle(piece: str, lower_ok: bool) -> bool:
    """A one-word name a site shows for its author ("CarolRomig", "IWB", "delta201"): a
    capital or a digit in it, so a plain word ("by country") is not one, unless
    ``lower_ok`` (the line carries a date: "13. Januar 2014 von uriebe")."""
    if _HANDLE.fullmatch(piece) is None or piece.casefold() in names.non_name_words():
        return False
    return lower_ok or any(ch.isupper() or ch.isdigit() for ch in piece)


def _classify(text: str, a: int, b: int, after: str, stamped: bool) -> _Piece:
    """What one piece is; ``after`` is the kind of the piece before it ("prefix",
    "employer" after "for", or ""); ``stamped`` when the line carries a date."""
    piece = text[a:b]
    found = _agency(piece)
    if found is not None:
        return _Piece(a, b, "agency", agency=found)
    if after == "employer":
        return _Piece(a, b, "publication")
    if _READING.fullmatch(piece):
        return _Piece(a, b, "reading")  # "5 min read", "3 Min. Lesezeit": a byline widget's label
    # Four capitalised words or more are rarely one name: "Kaitlyn McCormick Cherry
    # Hill Courier-Post" is a name and a publication.
    long = len(piece.split()) >= 4
    split = _name_then_rest(text, a, b) if long else None
    lone = split is None or split[1] == "other"
    publication = len(piece.split()) >= 2 and _names_publication(piece, capitals=False)
    if lone and publication and not _all_staff(piece):
        return _Piece(a, b, "publication")  # "Bleacher Report", "The Washington Times"
    person = _person(text, a, b) if split is None or split[1] == "other" else None
    if person is not None:
        return _Piece(a, b, "person", (person,))
    if split is None and not long:  # (a long piece's split is known already)
        split = _name_then_rest(text, a, b)
    if (
        split is not None
        and split[1] == "title"
        and not names.known_given_name(split[0].name)
        and text[split[0].end : b].strip(" \t.").casefold() == "staff"
    ):
        return _Piece(a, b, "title")  # "Forbes India Staff": a newsroom's staff, no person
    if split is not None:
        kind = "person+" if split[1] == "other" else "person"
        backed = split[1] if split[1] in ("title", "publication") else ""
        return _Piece(a, b, kind, (split[0],), backed=backed)
    if is_staff_title(piece):
        return _Piece(a, b, "title")
    if is_junk(piece):
        return _Piece(a, b, "junk")
    if after == "prefix" and _is_handle(piece, stamped):
        return _Piece(a, b, "handle", (NameSpan(a, b, piece),))
    if _names_publication(piece):
        return _Piece(a, b, "publication")
    if _is_publication(piece):
        return _Piece(a, b, "titled")  # title case, perhaps a publication ("Computerworld")
    return _Piece(a, b, "other")


def _pieces(text: str, start: int, end: int) -> tuple[list[_Piece], timestamps.Stamp | None]:
    """The pieces of ``text[start:end]`` in order, stamps and prefixes included."""
    out: list[_Piece] = []
    stamps = timestamps.find_stamps(text, start, end)
    glued = timestamps.glued_stamps(text, start, end)
    if glued:  # "Jane DoeDec. 18, 2023 9:00 am": the glued date holds the time after it
        apart = [s for s in stamps if all(s.end <= g.start or s.start >= g.end for g in glued)]
        stamps = sorted([*apart, *glued], key=lambda s: s.start)
    cuts: list[tuple[int, int]] = []
    pos = start
    for s in stamps:
        cuts.append((pos, s.start))
        pos = s.end
    cuts.append((pos, end))
    for k, (a, b) in enumerate(cuts):
        _read_segment(text, a, b, out, bool(stamps))
        if k < len(stamps):
            out.append(_Piece(stamps[k].start, stamps[k].end, "stamp"))
    return out, (stamps[0] if stamps else None)


def _read_segment(text: str, a: int, b: int, out: list[_Piece], stamped: bool) -> None:
    # Glued titles and labels become separators of their own; glued lower-case labels
    # ("Doelong Read") are junk.
    tails = {(m.start(), m.end()) for m in _tail_pattern().finditer(text, a, b)}
    cuts = {a, b, *(m.start() for m in _GLUED.finditer(text, a, b))}
    cuts.update(x for t in tails for x in t)
    for x, y in itertools.pairwise(sorted(cuts)):
        if (x, y) in tails:
            out.append(_Piece(x, y, "junk"))
            continue
        pos = x
        after = ""
        while pos < y:
            aside = _ASIDE.match(text, pos, y)
            if aside is not None and aside.end() > pos and "(" in aside.group():
                pos = aside.end()
                continue
            employer = _EMPLOYER.match(text, pos, y)
            if employer is not None:
                pos, after = employer.end(), "employer"
                continue
            sep = _SEPARATOR.match(text, pos, y)
            if sep is not None and sep.end() > pos:
                pos = sep.end()
                continue
            while pos < y and text[pos] in " \t":
                pos += 1
            prefix = _prefix_at(text, pos, y)
            if prefix is not None and prefix.end() > pos:
                out.append(_Piece(pos, prefix.end(), "prefix"))
                pos, after = prefix.end(), "prefix"
                continue
            stop = _next_stop(text, pos, y)
            if stop == pos:
                pos += 1
                continue
            piece_end = stop
            while piece_end > pos and text[piece_end - 1] in " \t.:":
                if text[piece_end - 1] == "." and _KEEP_STOP.search(text, pos, piece_end):
                    break
                piece_end -= 1
            if piece_end > pos:
                out.append(_classify(text, pos, piece_end, after, stamped))
            pos, after = stop, ""


def _next_stop(text: str, pos: int, end: int) -> int:
    """Where the piece starting at ``pos`` ends: at a separator, "for" or a bracket."""
    stops = [
        m.start()
        for m in (
            _SEPARATOR.search(text, pos, end),
            _EMPLOYER.search(text, pos, end),
            _ASIDE.search(text, pos, end),
        )
        if m is not None and (m.end() > m.start() or m.start() > pos)
    ]
    return min(stops, default=end)


def _people(pieces: Sequence[_Piece]) -> tuple[list[NameSpan], str | None]:
    people: list[NameSpan] = []
    agency: str | None = None
    for p in pieces:
        people.extend(p.names)
        if p.agency is not None:
            agency = agency or p.agency
    return people, agency


def _shouted(text: str, start: int, end: int) -> bool:
    """Is the line in capitals ("EAGLE CLOTHES INC 2nD QTR": nearly every letter)?"""
    line = text[start:end]
    if line.isupper():
        return True
    lower = len(_LOWER.findall(line))
    return lower <= 2 and lower * 8 < len(_UPPER.findall(line))


def _skip_bullet(text: str, start: int, end: int) -> int:
    if text[start : start + 1] not in _BULLET_MARKS:
        return start  # most lines open on no bullet: one look at a character spares the match
    m = _BULLET.match(text, start, end)
    return m.end() if m is not None else start


def _prefix_at(text: str, begin: int, end: int) -> regex.Match[str] | None:
    """The :data:`_PREFIX` match at ``begin``, or None. Every branch opens on one of
    :data:`_PREFIX_OPENS` (in either case), and on one of :data:`_PREFIX_PAIRS`; a line
    opening on another ASCII character or pair ("Officials", "Moscow", "The", a digit, a
    quote) is passed over without running it (one opening beyond ASCII is not)."""
    first = text[begin : begin + 1]
    if first.isascii() and first not in _PREFIX_OPENS:
        return None
    pair = text[begin : min(begin + 2, end)]
    if len(pair) == 2 and pair.isascii() and pair.casefold() not in _PREFIX_PAIRS:
        return None  # "Officials", "Moscow": no word of the pattern opens so
    return _PREFIX.match(text, begin, end)


@per_text  # asked of a line by the block measures, the roles and the author search
def match_byline(text: str, start: int, end: int) -> BylineMatch | None:
    """Read ``text[start:end]`` (one line) as a byline, or return None."""
    if end - start > MAX_BYLINE:
        return None
    begin = _skip_bullet(text, start, end)
    if _prefix_at(text, begin, end) is None and not _names_agency(text, begin, end):
        return None  # neither "By" nor an agency: no strict byline (and no work to find out)
    pieces, stamp = _pieces(text, begin, end)
    return _strict(start, end, pieces, stamp)


def _strict(
    start: int, end: int, pieces: Sequence[_Piece], stamp: timestamps.Stamp | None
) -> BylineMatch | None:
    if not pieces:
        return None
    if pieces[0].kind == "prefix":
        rest = pieces[1:]
        if not rest or rest[0].kind not in ("person", "agency"):
            return None
        allowed = ("person", "agency", "title", "publication", "titled", "stamp", "reading", "junk")
        if any(p.kind not in allowed for p in rest):
            return None
        people, agency = _people(rest)
        return BylineMatch(start, end, tuple(people), agency, "by-line", stamp)
    kinds = {p.kind for p in pieces}
    if kinds <= {"person", "agency", "title", "stamp"} and "person" in kinds and "agency" in kinds:
        people, agency = _people(pieces)
        return BylineMatch(start, end, tuple(people), agency, "name-agency", stamp)
    return None


def read_author_line(text: str, start: int, end: int) -> BylineMatch | None:
    """Read a header line as a byline, leniently (see the module docs), or return None."""
    found = read_header_line(text, start, end)
    return found if found is not None and found.rule != "name-line" else None


def match_name_line(text: str, start: int, end: int) -> BylineMatch | None:
    """A line that is nothing but people's names ("Zayda Rivera"), as pages show authors."""
    if end - start > MAX_NAME_LINE or _CREDIT_SLASH.search(text, start, end) is not None:
        return None
    pieces, _ = _pieces(text, _skip_bullet(text, start, end), end)
    return _name_line(text, start, end, pieces)


@per_text
def read_header_line(text: str, start: int, end: int) -> BylineMatch | None:
    """A header line read as a byline: strictly, then leniently, then as a line of bare
    names (rule "name-line"), reading its pieces once."""
    if end - start > MAX_AUTHOR_LINE or _MAY_NAME.search(text, start, end) is None:
        return None  # no two capitalised words, no "By", no handle: no byline (cheaply)
    begin = _skip_bullet(text, start, end)
    signed = _prefix_at(text, begin, end) is not None or _names_agency(text, begin, end)
    if not signed and _shouted(text, start, end):
        first = _WORD.match(text, begin, end)
        if first is None or not names.known_given_name(names.proper_case(first.group())):
            return None  # a line in capitals is a byline only with "BY" or a given name
    if dateline.match_dateline(text, start, end) is not None:
        return None
    if not signed and _CREDIT_SLASH.search(text, begin, end) is not None:
        return None  # "Jane Doe/Example Images": a photo credit under a picture
    pieces, stamp = _pieces(text, begin, end)
    strict = None
    if signed:
        strict = _strict(start, end, pieces, stamp) if end - start <= MAX_BYLINE else None
    if strict is not None:
        return strict
    found = _lenient(text, start, end, pieces, stamp)
    if found is not None:
        return found
    return _name_line(text, start, end, pieces) if end - start <= MAX_NAME_LINE else None


def _lenient(
    text: str, start: int, end: int, pieces: Sequence[_Piece], stamp: timestamps.Stamp | None
) -> BylineMatch | None:
    prefixes = [i for i, p in enumerate(pieces) if p.kind == "prefix"]
    if prefixes:
        # Names after the first "By" that a name follows; what stands before it is a
        # date, a label or the subject of an as-told-to story.
        for i in prefixes:
            before = {p.kind for p in pieces[:i]}
            told = text[pieces[i].start : pieces[i].end].casefold().startswith("as")
            if not (before <= {"stamp", "reading", "junk", "prefix", "title"} or told):
                continue  # "... exporters of corn, by country, as follows": prose, not a byline
            after = pieces[i + 1 : i + 2]
            if after and after[0].kind in ("person", "person+", "agency", "handle"):
                people, agency = _people(_run_of_names(pieces[i + 1 :]))
                return BylineMatch(start, end, tuple(people), agency, "by-line in header", stamp)
        return None
    content = [p for p in pieces if p.kind not in ("stamp", "reading", "junk")]
    if not content or content[0].kind not in ("person", "person+"):
        return None
    if _shouted(text, start, end):
        return None  # a headline in capitals; bylines in capitals say "BY"
    # A stamp, a staff title or an agency backs a bare name; a publication backs it
    # only when the name starts with a given name ("Elizabeth Flores USA TODAY").
    kinds = {p.kind for p in pieces}
    given = names.known_given_name(content[0].names[0].name)
    glued = text[content[0].names[0].end : content[0].end]
    # A title in the same piece backs the name when it names a writer or the name starts
    # with a given name ("Jane Doe Wellness Writer"; "Static Performance Analysis" is no name).
    titled = content[0].backed == "title" and (given or names_writer(glued))
    backed = bool(kinds & {"title", "agency", "stamp", "reading"}) or titled
    if not backed and (content[0].backed == "publication" or "publication" in kinds):
        backed = given
    if not backed:
        return None
    run = _run_of_names(content)
    people, agency = _people(run)
    return BylineMatch(start, end, tuple(people), agency, "names with stamp or title", stamp)


def _run_of_names(pieces: Sequence[_Piece]) -> list[_Piece]:
    """The names at the head of the pieces, up to the first piece that is not a name."""
    run: list[_Piece] = []
    for p in pieces:
        if p.kind in ("person", "person+", "agency", "handle"):
            run.append(p)
            if p.kind == "person+":
                break
        elif run or p.kind not in ("stamp", "reading", "junk"):
            break
    return run


def _name_line(text: str, start: int, end: int, pieces: Sequence[_Piece]) -> BylineMatch | None:
    if not pieces or pieces[0].kind == "junk":
        return None
    if any(p.kind not in ("person", "agency", "junk") or p.backed for p in pieces):
        return None  # a handle or a glued label may follow ("Jane Doe@janedoe")
    if any(p.names and (p.names[0].start, p.names[0].end) != (p.start, p.end) for p in pieces):
        return None  # a name with more words after it ("Pay April 10")
    people, agency = _people(pieces)
    if not people:
        return None
    if _shouted(text, start, end) and not names.known_given_name(people[0].name):
        return None  # "EVENT ENDED"; a name in capitals must start with a known given name
    return BylineMatch(start, end, tuple(people), agency, "name-line")


#: A line that only joins the names on the lines around it ("and", "&", "und").
_JOINER = regex.compile(r"[ \t]*(?:(?i:and|und|et|y|e)|&|,)[ \t]*")


def is_joiner(text: str, start: int, end: int, name: str) -> bool:
    """A line that joins a line of names to the next, whose first name is ``name``:
    "and" ("By" / "Jane Doe" / "and" / "Ann Poe"), or that name's initials, as an
    avatar shows them ("Jane Doe" / "AP" / "Ann Poe")."""
    if _JOINER.fullmatch(text, start, end) is not None:
        return True
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    return len(initials) >= 2 and text[start:end].strip(" \t") == initials


def is_by_label(text: str, start: int, end: int) -> bool:
    """A line that only introduces the authors on the next line ("By", "Author")."""
    line = text[start:end].strip(" \t:").casefold()
    return line in _by_labels()


@functools.cache
def _by_labels() -> frozenset[str]:
    return frozenset(
        "by|von|vom|par|por|author|authors|autor|autorin|autoren|auteur|written by|story by|words by|"
        "commentary by|published by|posted by|geschrieben von|verfasst von|reporting by|"
        "kommentar von|ein kommentar von|artikel von|ein interview von|interview by|gastbeitrag von|"
        "ein gastbeitrag von|escrito por|publicado por|écrit par|posté par".split("|")
    )
