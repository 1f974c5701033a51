"""What a piece of a byline is when it names no person: a news agency, a staff title,
a publication, a section, or junk (contacts, digits), read from the word lists in ``data/``.

The byline grammar asks these after it splits a line into pieces; so do the header and
credit readers.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.grammar import timestamps
from newsstruct.text import lexicon, names

#: An e-mail address, a social handle or a link in a byline ("jdoe@example.com", "@jdoe").
_CONTACT = regex.compile(r"\S*@\S+|https?://\S+|www\.\S+")
_LETTERS = regex.compile(r"\p{L}+")
_DIGITS = regex.compile(r"[\d\W_]*\d[\d\W_]*")


@functools.cache
def _agency_names() -> dict[str, str]:
    return {k.casefold(): v for k, v in names.agencies().items()}


@functools.cache
def _staff_words() -> frozenset[str]:
    return lexicon.words("byline_junk.txt")


@functools.cache
def _section_words() -> frozenset[str]:
    return lexicon.words("section_words.txt")


@functools.cache
def _tail_pattern() -> regex.Pattern[str]:
    """Lower-case labels of ``data/byline_tails.txt`` glued to a name, perhaps after a
    count ("Doelong Read", "Doe5 min read")."""
    tails = [regex.escape(t).replace(r"\ ", r"[ \t]+") for t in lexicon.entries("byline_tails.txt")]
    return regex.compile(r"(?<=\p{Ll})(?:\d{1,3}[ \t]?)?(?i:" + "|".join(tails) + r")(?![\p{L}])")


@functools.cache
def _office_titles() -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in lexicon.entries("titles.txt") if " " not in t)


@functools.cache
def _not_openers() -> frozenset[str]:
    return lexicon.words("name_openers_not.txt")


@functools.cache
def _org_words() -> frozenset[str]:
    return lexicon.words("org_words.txt")


@functools.cache
def agency_pattern() -> regex.Pattern[str]:
    """Any agency name of ``data/agencies.tsv`` as a whole word."""
    return regex.compile(
        r"(?<![\p{L}])(?:" + lexicon.alternation(list(names.agencies()), ignore_case=False) + r")(?![\p{L}])"
    )


#: Every ASCII character but the letters, to a space: ``bytes.translate`` with it leaves
#: the letter runs of an ASCII line apart, in one pass in C.
_LETTER_RUNS = bytes(c if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))


@functools.cache
def _agency_keys() -> frozenset[bytes] | None:
    """The longest letter run of every ASCII agency name ("Associated" of "The
    Associated Press": a rarer word than "The"), or None when an agency name holds no
    letter (then no line is passed over)."""
    keys: set[bytes] = set()
    for name in names.agencies():
        if not name.isascii():
            continue  # no ASCII line holds it
        runs = name.encode("ascii").translate(_LETTER_RUNS).split()
        if not runs:
            return None
        keys.add(max(runs, key=len))
    return frozenset(keys)


def _may_name_agency(text: str, begin: int, end: int) -> bool:
    """Can :func:`agency_pattern` match in ``text[begin:end]``? A match has no letter
    right before or after it, so in an ASCII line every letter run of the agency's name
    is a whole letter run of the line: a line holding no agency's longest run is passed
    over without the search (one beyond ASCII is not)."""
    line = text[begin:end]
    keys = _agency_keys()
    if keys is None or not line.isascii():
        return True
    return not keys.isdisjoint(line.encode("ascii").translate(_LETTER_RUNS).split())


def _names_agency(text: str, begin: int, end: int) -> bool:
    """Does an agency's name stand in ``text[begin:end]`` (:func:`agency_pattern`)?"""
    return _may_name_agency(text, begin, end) and agency_pattern().search(text, begin, end) is not None


def _agency(piece: str) -> str | None:
    key = piece.casefold().strip()
    return _agency_names().get(key.removeprefix("the ").strip()) or _agency_names().get(key)


def _words(piece: str) -> list[str]:
    return piece.replace(",", " ").split()


def is_staff_title(piece: str) -> bool:
    """A staff title: "Staff Writer", "Politics Reporter", "Intelligencer staff writer"."""
    words = [w.strip(".") for w in _words(piece.lstrip("*•·▪+-–— \t"))]
    staff = _staff_words()
    if not words or not any(w.casefold() in staff for w in words):
        return False
    if _tail_pattern().search(piece):
        return False  # "Jane Doearchive page": a name with a glued label
    return all(
        w.casefold() in staff or w[:1].isupper() or w.casefold() in ("of", "for", "the", "and") for w in words
    )


def _is_publication(piece: str) -> bool:
    """A name in capitals or title case that is not a person's: "The Washington Times"."""
    words = _words(piece)
    if not 1 <= len(words) <= 6:
        return False
    small = ("of", "the", "and", "for", "de", "du", "des", "la", "le", "und", "der", "die", "das", "&")
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in small for w in words) and any(
        w[:1].isupper() for w in words
    )


def _names_publication(piece: str, capitals: bool = True) -> bool:
    """A publication by its words ("Cherry Hill Courier-Post", "USA TODAY", "CBC News"):
    a title-case phrase with a newsroom word, or (``capitals``) a phrase in capitals."""
    if not _is_publication(piece):
        return False
    words = _words(piece)
    if capitals and all(sum(ch.isupper() for ch in w) >= 2 for w in words):
        return True
    pub = _publication_words()
    return any(part.casefold() in pub for w in words for part in w.split("-"))


@functools.cache
def _publication_words() -> frozenset[str]:
    return lexicon.words("publication_words.txt")


def is_junk(piece: str) -> bool:
    """Page junk inside a byline: counts ("7 comments"), labels ("Published"), "Follow"."""
    if _DIGITS.fullmatch(piece) or _CONTACT.fullmatch(piece):
        return True  # counts, e-mail addresses, handles and links
    words = [w.strip(".:").casefold() for w in _words(piece)]
    if words and all(w in _staff_words() or w.isdigit() for w in words):
        return True
    label = timestamps.LABEL.match(piece)
    return label is not None and label.end() == len(piece)


@functools.cache
def _writer_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("bio_roles.txt")))


def names_writer(piece: str) -> bool:
    """Does ``piece`` hold a word for a writer ("Senior Reporter", "Redakteurin",
    "Autor*in"; ``data/bio_roles.txt``): a word that starts with one of the list?"""
    return any(w.casefold().startswith(_writer_words()) for w in _LETTERS.findall(piece))


def _all_staff(piece: str) -> bool:
    """Only staff and section words ("Senior Reporter", "Politics Reporter"), so no
    publication ("Hollywood Reporter")."""
    words = [w.strip(".").casefold() for w in _words(piece)]
    staff, sections = _staff_words(), _section_words()
    return any(w in staff for w in words) and all(w in staff or w in sections for w in words)
