"""The shape of a run of capitalised words in running text: whether it opens on a
title ("Sen.", "President"), what a lone capitalised word is, and where a person's or an
organisation's name starts and ends inside the run.

Memoised per run and per token tuple: the same names recur through an article.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsstruct.quotes.entities import is_acronym, org_suffixes
from newsstruct.text import lexicon, names, sentences

_POSSESSIVE = regex.compile(r"['’]s?$")
_CONTRACTION = regex.compile(r"(?i)['’](?:s|m|re|ve|ll|d|t)$|n['’]t$")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


@functools.cache
def _given() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("given_names.tsv")}


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in lexicon.entries("titles.txt"))


@functools.cache
def _org_words() -> frozenset[str]:
    return lexicon.words("org_words.txt")


@functools.cache
def _roles() -> frozenset[str]:
    return lexicon.words("role_nouns.txt")


@functools.cache
def _not_names() -> frozenset[str]:
    return lexicon.words("not_names.txt")


@functools.cache
def _title_starts() -> frozenset[str]:
    """First words of titles and honorifics, case folded: a quick test before the full one."""
    return frozenset(t.split()[0] for t in _titles()) | frozenset(h.casefold() for h in names.honorifics())


def _bare(word: str) -> str:
    """A word without its full stop and possessive ending."""
    word = word.rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")


def _is_title(tokens: Sequence[str], i: int) -> int:
    """How many tokens from ``i`` form a title or honorific (0 when none)."""
    if tokens[i].casefold() not in _title_starts():
        return 0
    for width in (3, 2, 1):
        if i + width <= len(tokens):
            phrase = " ".join(tokens[i : i + width]).casefold()
            if phrase in _titles() or (width == 1 and tokens[i] in names.honorifics()):
                return width
    return 0


@functools.lru_cache(maxsize=8192)
def _lone_common(run: str) -> bool:
    """Is the run one common word ("The", "But"), which names nobody?"""
    raw = run.split()
    return len(raw) == 1 and raw[0].casefold().rstrip(".") in _not_names() and not _is_title(raw, 0)


class _RunShape(NamedTuple):
    """What a run's words alone say (the same wherever the run stands)."""

    tokens: tuple[str, ...]  # its words, up to a full stop that ends a sentence
    offsets: tuple[int, ...]  # where each of its words starts, from the run's start
    skipped: int  # common words before the name ("The", "But")
    possessive: bool  # the last word ends in a possessive ("Putin's")


@functools.lru_cache(maxsize=8192)
def _run_shape(run: str) -> _RunShape:
    raw = run.split()
    offsets = []
    pos = 0
    for tok in raw:
        pos = run.index(tok, pos)
        offsets.append(pos)
        pos += len(tok)
    # A full stop ends the run unless it closes an initial, honorific or title.
    for n, tok in enumerate(raw):
        if tok.endswith(".") and not (_INITIALS.fullmatch(tok) or tok in sentences.abbreviations()):
            raw = raw[: n + 1]
            break
    tokens = raw
    i = 0
    while (
        i < len(tokens)
        and tokens[i].casefold().rstrip(".") in _not_names()
        and not _is_title(tokens, i)
        and not (i + 1 < len(tokens) and tokens[i + 1] in ("of", "for"))  # "Ministry of Health"
    ):
        i += 1
    possessive = _apostrophe(raw[-1]) and _POSSESSIVE.search(raw[-1]) is not None
    return _RunShape(tuple(tokens), tuple(offsets), i, possessive)


class _NameShape(NamedTuple):
    """The name a run's words give from a word on, and what they alone say of it."""

    tokens: tuple[str, ...]  # the name's words, the last without its possessive or full stop
    folded: tuple[str, ...]  # the same, case folded, without full stops
    last: str  # the last word
    first_word: int  # where the name and any title before it begin
    title_end: int  # where the name begins, after its title
    titled: bool
    gender: str  # from an honorific ("-": none)
    described_by: str | None  # the title, case folded ("russian president")
    org: bool
    given: bool  # the first of several words is a known given name
    given_gender: str  # the gender that given name usually implies ("-": either or unknown)


#: Common words that may join a name's words ("Bank of the West").
_JOINING = frozenset(("of", "for", "the"))


@functools.lru_cache(maxsize=8192)
def _name_shape(tokens: tuple[str, ...], i: int, place: bool = False) -> _NameShape | None:
    """The name in ``tokens`` from word ``i`` on, or None where the words alone say
    they are nobody's name ("Christmas Day", "Minister of Innovation"). ``place``: the
    name of a place may be a person's ("Jordan" after "Jordan Stewart")."""
    while (
        i < len(tokens) - 1
        and tokens[i].casefold() in _roles()
        and not _is_title(tokens, i)
        and tokens[i + 1][:1].isupper()
    ):
        i += 1  # "Owners Tore Vik and …": a role before the name
    first_word = i
    gender = "-"
    described_by = None
    titled = False
    k = i
    # a title inside the run: "Labour MP Ann Berg", "Russian President Vladimir Putin"
    for j in range(len(tokens) - 2, i, -1):
        # (inside a name, "M." is an initial, not the French honorific: "Aaron M. Okafor")
        if _is_title(tokens, j) and not _is_title(tokens, i) and not names.is_initial(tokens[j]):
            k = j
            break
    while k < len(tokens):
        width = _is_title(tokens, k)
        if not width:
            break
        titled = True
        honorific = names.honorifics().get(tokens[k])
        if honorific and honorific != "-":
            gender = honorific
        described_by = " ".join(tokens[i : k + width]).casefold()
        k += width
    name_tokens = list(tokens[k:])
    if not name_tokens or name_tokens[0] in ("of", "for"):
        return None  # "Minister of Innovation": a title and its complement, nobody's name
    for p in range(1, len(name_tokens) - 1):
        # "The Daily Press Ann Marie Berg": a body, then a person's name
        if name_tokens[p] in _given() and any(
            t.casefold().rstrip(".") in _org_words() for t in name_tokens[:p]
        ):
            k += p
            first_word = k
            name_tokens = list(tokens[k:])
            break
    if titled or name_tokens[0] in _given():
        # "Rep. Tom Cole of Oklahoma", "Jane Doe of Madison": a person's name ends before "of"
        for p in range(1 if titled else 2, len(name_tokens) - 1):
            if name_tokens[p] in _JOINING:
                name_tokens = name_tokens[:p]
                break
    last = _POSSESSIVE.sub("", name_tokens[-1]) if _apostrophe(name_tokens[-1]) else name_tokens[-1]
    if last.endswith(".") and not (len(last) == 2 and last[0].isupper()):
        last = last[:-1]
    name_tokens[-1] = last
    if not last or len(name_tokens) > 5:
        return None
    # (a word in capitals is upper case: most runs hold none, and str.isupper is cheap)
    acronym = len(name_tokens) == 1 and len(last) <= 5 and is_acronym(last) and k == first_word
    if (any(map(str.isupper, name_tokens)) and any(_shouting(t) for t in name_tokens) and not acronym) or (
        _apostrophe(name_tokens[0]) and _CONTRACTION.search(name_tokens[0])
    ):
        return None
    folded = [t.casefold().rstrip(".") for t in name_tokens]
    # an initial is no common word ("Julia A. Diaz": "A." is not the article)
    common = _not_names().intersection(
        f for t, f in zip(name_tokens[1:], folded[1:], strict=True) if not names.is_initial(t)
    )
    if common and folded[-1] in org_suffixes():
        common = common - {folded[-1]}  # "Acme Widgets Inc.", "Northwind Group"
    if not common <= _JOINING and not titled:
        return None  # "Christmas Day", "Monday Night"
    if len(name_tokens) == 1 and (
        folded[0] in _not_names() or (k == first_word and len(last) < 2) or last.endswith("-")
    ):
        return None
    if not place and " ".join(name_tokens).casefold() in names.places() and k == first_word:
        return None
    # a lone acronym ("CNN", "IRCC") is a body's name
    org = acronym or not _org_words().isdisjoint(folded) or " ".join(name_tokens) in names.agencies()
    given = _given().get(name_tokens[0], "-") if len(name_tokens) > 1 and not org else "-"
    return _NameShape(
        tuple(name_tokens),
        tuple(folded),
        last,
        first_word,
        k,
        titled,
        gender,
        described_by,
        org,
        len(name_tokens) > 1 and name_tokens[0] in _given(),
        given,
    )


def owner_before_name(tokens: Sequence[str], i: int) -> int:
    """Where a name begins after an owner in the possessive ("Vancouver's Bo Horvat",
    "Apple's Tim Cook", "the Raptors' Kyle Lowry"): the word after the last possessive
    before the run's last word, else ``i``."""
    for j in range(len(tokens) - 2, i - 1, -1):
        if names.is_owner(tokens[j]):
            return j + 1
    return i


def _apostrophe(word: str) -> bool:
    """Does the word hold an apostrophe? Possessive and contraction endings need one:
    most words have none, and this test is cheaper than their patterns."""
    return "'" in word or "’" in word


def _shouting(token: str) -> bool:
    """A word in capitals ("WATCH", "SYRACUSE"), not an initial or a short acronym."""
    return len(token) >= 3 and token.isupper() and sum(ch.isalpha() for ch in token) >= 3
