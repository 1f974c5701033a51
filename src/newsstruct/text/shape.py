"""The shape of a line of text, language independent: words, capitals, punctuation.

These cheap measures let the layout pass tell prose from titles, labels and menus
without knowing the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from newsstruct.text import lexicon

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*+")
#: :data:`WORD` for ASCII text, run by the standard library's engine (two to three times
#: faster on a line): in ASCII, ``\p{L}`` is A-Z and a-z, ``\p{N}`` is 0-9, and no
#: character is a mark or "’", so it finds the same words (``tests/test_ascii_twins.py``).
#: A greedy repeat with nothing after it takes what the possessive one takes.
ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
#: A long word, for :func:`long_words`: this many characters at least.
LONG_WORD = 4
#: :data:`WORD` ``LONG_WORD`` characters or longer, and its twin for lower-case ASCII text.
_LONG_WORD = regex.compile(rf"[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\p{{M}}'’\-]{{{LONG_WORD - 1},}}+")
_ASCII_LONG_WORD = re.compile(rf"[a-z0-9][a-z0-9'\-]{{{LONG_WORD - 1},}}")
#: Characters that close a sentence, after trailing quotes and brackets are set aside.
TERMINAL = frozenset(".!?…。！？:;")
_CLOSERS = "\"'”’»›)]}*_ \t"
#: Lower-case function words that may stay small in a title-case headline.
_SMALL = frozenset(
    "a an and as at but by en for from if in into nor of on onto or over per so than the "
    "to up upon via vs vs. with de del der des di du el la le les los und von van zu"
    " is are was be".split()
)
_LONGEST_SMALL = max(map(len, _SMALL))


def words(text: str) -> list[str]:
    """``WORD.findall(text)``, by :data:`ASCII_WORD` when the text is ASCII (which
    ``str.isascii`` tells from a flag, without reading the characters)."""
    if text.isascii():
        return ASCII_WORD.findall(text)
    return WORD.findall(text)


def long_words(text: str) -> set[str]:
    """The case-folded words of ``text`` (:data:`WORD`) of ``LONG_WORD`` characters or more.

    A match of a pattern that asks for ``LONG_WORD`` characters or more is a whole word of
    :data:`WORD`: a shorter word fails at its start and at every position inside it (each
    a shorter rest of it), and the search goes on after it. In ASCII text, case folding is
    lowering, which keeps each character a letter, a digit or neither, so the words can be
    found in the lowered text."""
    if text.isascii():
        return set(_ASCII_LONG_WORD.findall(text.lower()))
    return {x.casefold() for x in _LONG_WORD.findall(text)}


def word_count(text: str) -> int:
    """Words of letters or digits (apostrophes and hyphens stay inside a word)."""
    if text.isascii():
        return word_count_ascii(text)
    return len(WORD.findall(text))


#: ASCII letters and digits kept, every other byte a space: what :func:`word_count_ascii`
#: splits on.
_WORD_BYTES = bytes(c if chr(c).isascii() and chr(c).isalnum() else ord(" ") for c in range(256))


def word_count_ascii(text: str) -> int:
    """:func:`word_count` of ASCII ``text``, without making the words. In ASCII, a
    :data:`WORD` is a letter or digit and the run of letters, digits, apostrophes and
    hyphens after it, so each such run holding a letter or digit is one word: with
    apostrophes and hyphens dropped and every other character a space, the words are
    what ``split`` finds."""
    return len(text.encode("ascii").translate(_WORD_BYTES, b"'-").split())


def ends_sentence(text: str) -> bool:
    """Does the text end like a sentence (after closing quotes and brackets)?"""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


#: ASCII letters and spaces as bytes: in ASCII text, counting what ``bytes.translate``
#: deletes counts them in one pass in C (a ``map`` over the characters is many times dearer).
_UPPER_BYTES = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))
_DIGIT_BYTES = b"0123456789"
#: The ASCII characters ``str.isspace`` accepts (``bytes.isspace`` knows fewer).
_SPACE_BYTES = bytes(c for c in range(128) if chr(c).isspace())


def _count(text: str, ascii_set: bytes, test: Callable[[str], bool]) -> int:
    """How many characters of ``text`` pass ``test``; ``ascii_set`` holds exactly the
    ASCII characters that do, for the fast path of ASCII text."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, ascii_set))
    return sum(map(test, text))


def count_digits(text: str) -> int:
    """How many characters of ``text`` are digits (:meth:`str.isdigit`)."""
    return _count(text, _DIGIT_BYTES, str.isdigit)


def count_spaces(text: str) -> int:
    """How many characters of ``text`` are white space (:meth:`str.isspace`)."""
    return _count(text, _SPACE_BYTES, str.isspace)


def letters_upper_ratio(text: str, limit: int = 400) -> float:
    """Share of capital letters among the letters of (the start of) the text."""
    sample = text[:limit]
    if sample.isascii():
        raw = sample.encode("ascii")
        upper = len(raw) - len(raw.translate(None, _UPPER_BYTES))
        lower = len(raw) - len(raw.translate(None, _LOWER_BYTES))
    else:
        upper = sum(map(str.isupper, sample))
        lower = sum(map(str.islower, sample))
    return upper / (upper + lower) if upper + lower else 0.0


def is_all_caps(text: str) -> bool:
    return letters_upper_ratio(text) > 0.85


def is_title_case(text: str, limit: int = 40) -> bool:
    """Are (nearly) all content words capitalised, as in a headline?

    Small function words may stay lower case ("Putin and Xi Show United Front").
    """
    return title_case_words(words(text), limit)


def title_case_words(words: Sequence[str], limit: int = 40) -> bool:
    """:func:`is_title_case` on the words :data:`WORD` found in a text, for a caller
    that has them already (finding them is most of the cost)."""
    if len(words) > limit:
        return False
    content = 0
    capital = 0
    last = len(words) - 1
    small, longest = _SMALL, _LONGEST_SMALL  # locals: this loop runs for every short line
    n = -1
    for word in words:
        n += 1
        first = word[0]
        if not first.isalpha():
            continue
        # Case folding never shortens a word: a longer one is no small word (cheaply).
        if n and len(word) <= longest and word.casefold() in small:
            continue
        content += 1
        if first.isupper():
            capital += 1
        elif 5 * (content - capital) > content + last - n:
            return False  # too many small letters already, even if every word left is capitalised
    return content >= 2 and capital >= 0.8 * content


#: Characters that code is full of and prose is not.
_CODE_CHARS = frozenset("{}();=<>[]$\\")
#: The same, as bytes: in ASCII text ``bytes.translate`` counts them all in one pass.
_CODE_BYTES = "".join(sorted(_CODE_CHARS)).encode("ascii")
#: Code has at least this share of them among its visible characters.
CODE_SHARE = 0.06


def is_code(text: str, limit: int = 400) -> bool:
    """Does the text read as program code (a script the page carried along)?"""
    sample = text[:limit]
    if sample.isascii():
        raw = sample.encode("ascii")
        code = len(raw) - len(raw.translate(None, _CODE_BYTES))
    else:
        code = sum(map(sample.count, _CODE_CHARS))  # str.count runs in C: cheaper than a loop
    if not code:
        return False
    visible = len(sample) - count_spaces(sample)
    return visible > 0 and code / visible >= CODE_SHARE


#: A line ending in a colon reads as a sentence from this many words ("Here is how:").
MIN_LEAD_IN_WORDS = 4


def is_prose(text: str, words: int | None = None, title_case: bool | None = None) -> bool:
    """Reads as running text: ends like a sentence and is not a title-case line.

    ``words`` and ``title_case``, when the caller has them, save measuring again.
    """
    if not ends_sentence(text) or is_code(text):
        return False
    if words is None:
        words = word_count(text)
    if words < MIN_LEAD_IN_WORDS and text.rstrip().endswith(":"):
        return False  # a label ("Von:", "Tags:"), not a sentence leading into what follows
    if words > 20:
        return True
    return not (is_title_case(text) if title_case is None else title_case)


#: A list bullet opening a line, as page-to-text converters write them ("* ", "+ ", "o ", "•").
_BULLET = regex.compile(r"[*•·▪●◦‣+o\-–](?:\s|$)")
_ITEM_NUMBER = regex.compile(r"\d{1,3}[.)]\s")
#: A number opening a short list item ("2. Politik"): breadcrumbs and menus number theirs.
_NUMBERED = regex.compile(r"\d{1,2}[.)]\s+(?:\S+\s*){1,4}$")
_TRUNCATED = regex.compile(r"(?:\.\.\.|…)[\s\"'”’»)\]]*$")
#: What :data:`_TRUNCATED` looks at the end for.
_TRUNCATED_TAIL = 12
#: The ASCII characters a match of :data:`_BULLET` may open on; one of :data:`_ITEM_NUMBER`
#: or :data:`_NUMBERED` opens on a digit.
_ASCII_BULLETS = "*+o-"


def may_open_item(text: str) -> bool:
    """Can :data:`_BULLET`, :data:`_ITEM_NUMBER` or :data:`_NUMBERED` match at the start
    of ``text``? Most lines open on an ASCII letter, which none of them does: one look at a
    character spares the patterns. (Any other opening, a bullet or not, runs them.)"""
    first = text[:1]
    return not first.isascii() or first in _ASCII_BULLETS or first.isdigit()


def is_listed(text: str) -> bool:
    """Does the text open with a list bullet, or number a short item (the shape of a
    menu, a breadcrumb trail or a link list)?"""
    if not may_open_item(text):
        return False
    return _BULLET.match(text) is not None or (len(text) < 60 and _NUMBERED.match(text) is not None)


def item_text(text: str) -> str:
    """The text of a list item after its bullet."""
    if not may_open_item(text):
        return text
    m = _BULLET.match(text) or _ITEM_NUMBER.match(text)
    return text[m.end() :].lstrip() if m else text


def is_truncated(text: str) -> bool:
    """Does the text stop on an ellipsis, as a teaser cut short for another page does?"""
    tail = text[-_TRUNCATED_TAIL:]
    if "…" not in tail and "..." not in tail:
        return False  # the ellipsis the pattern ends on stands in the tail it searches
    return _TRUNCATED.search(text, max(0, len(text) - _TRUNCATED_TAIL)) is not None


#: Invisible characters that sit inside words on web pages (soft hyphens, zero-width joiners).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalise(text: str) -> str:
    """Case-folded words of a line, single-spaced: the key phrase lists are matched on.

    Soft hyphens and zero-width characters are dropped first ("Kon\u00adtakt" is "kontakt").
    """
    if text.isascii():  # the invisible characters are not ASCII: most lines need no pass
        return " ".join(ASCII_WORD.findall(text.lower()))  # ASCII: folding is lowering
    return " ".join(WORD.findall(text.translate(_INVISIBLE).casefold()))


def capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def not_name_words() -> frozenset[str]:
    return lexicon.words("not_names.txt")
