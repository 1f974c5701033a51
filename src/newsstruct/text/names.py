"""People's names: how they are written, how to tell them from other capitalised words,
and how to restore their capitals when a byline shouts them.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.text import lexicon

#: One word of a name: "Putin", "V.", "O'Brien", "Holtz-Eakin", "McDonald", "JANE".
NAME_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*+(?:['’\-]\p{L}[\p{L}\p{M}]*+)*+)"
#: Lower-case particles that may stand inside a name ("Ludwig van Beethoven").
PARTICLE = r"(?:de|da|di|du|del|della|der|den|des|van|von|ter|ten|bin|ibn|al|el|la|le|dos|das|do|y|zu)"
SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV|JR\.?|SR\.?)"
#: A surname joined to its article ("al-Sharif", "el-Sayed", "ibn-Rushd").
JOINED_PARTICLE = r"(?:al|el|ad|ar|as|at|an|ash|abu|bin|ibn|ben|ul)-\p{Lu}[\p{L}\p{M}]*+"
#: A full name of two to five words, with particles and a suffix.
FULL_NAME = (
    rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAME_WORD}|{JOINED_PARTICLE})){{1,4}}"
    rf"(?:,?[ \t]+{SUFFIX}(?![\p{{L}}]))?"
)

_UPPER_PIECE = regex.compile(r"[\p{L}\p{M}]+")
_NUMERAL = regex.compile(r"(?:II|III|IV|VI{0,3})")
_PARTICLE = regex.compile(PARTICLE)
_JOINED = regex.compile(JOINED_PARTICLE)
_INITIAL = regex.compile(r"\p{Lu}\.")


@functools.cache
def non_name_words() -> frozenset[str]:
    """Case-folded words that never make a person's name on their own."""
    return lexicon.words("not_names.txt") | lexicon.words("byline_junk.txt")


@functools.cache
def places() -> frozenset[str]:
    return frozenset(p.casefold() for p in lexicon.entries("places.txt"))


@functools.cache
def given_names() -> frozenset[str]:
    """Case-folded given names from ``data/given_names.tsv``."""
    return frozenset(row[0].casefold() for row in lexicon.table("given_names.tsv"))


def known_given_name(name: str) -> bool:
    """Does ``name`` start with a given name the data knows ("Elizabeth Flores")?"""
    words = name.split()
    return bool(words) and words[0].casefold() in given_names()


@functools.cache
def agencies() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("agencies.tsv")}


def proper_case(name: str) -> str:
    """Restore capitals in a name written all in capitals; leave mixed case alone.

    "ABBY GOODNOUGH" gives "Abby Goodnough", "SEAN O'BRIEN" gives "Sean O'Brien",
    "JOHN MCCAIN" gives "John McCain", "JUAN DE LA CRUZ" gives "Juan de la Cruz".
    """
    if name.isascii() and not name.isupper():
        return name  # a lower-case letter or no letter at all: the test below, at C speed
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or any(ch.islower() for ch in letters):
        return name
    particles = set(PARTICLE[3:-1].split("|"))
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.casefold()
        if 0 < i < len(words) - 1 and low in particles:
            out.append(low)
        elif _NUMERAL.fullmatch(word):
            out.append(word)
        else:
            out.append(_UPPER_PIECE.sub(lambda m: _cap(m.group()), word))
    return " ".join(out)


def _cap(piece: str) -> str:
    low = piece.lower()
    if len(low) > 3 and low.startswith("mc"):
        return "Mc" + low[2:].capitalize()
    return low.capitalize()


def strip_honorific(name: str) -> tuple[str, str | None]:
    """Split a leading honorific from a name: ("Mr. Putin") gives ("Putin", "m")."""
    first, _, rest = name.partition(" ")
    gender = honorifics().get(first)
    if gender is not None and rest:
        return rest, gender
    return name, None


@functools.cache
def honorifics() -> dict[str, str]:
    """Honorific as written to the gender it implies ("m", "f", or "-")."""
    return {row[0]: row[1] for row in lexicon.table("honorifics.tsv")}


def is_initial(word: str) -> bool:
    """Is the word one capital and its full stop ("A.", "M.")? Inside a name it is an
    initial, never the article "A" nor the French honorific "M."."""
    return _INITIAL.fullmatch(word) is not None


#: How an owner in the possessive ends ("Vancouver's", "the Raptors'").
_OWNED = ("'s", "’s", "s'", "s’")


def is_owner(word: str) -> bool:
    """Does the word end in a possessive ("Vancouver's Bo Horvat": the owner before a
    name is not part of it)?"""
    return word.endswith(_OWNED)


def is_person_name(name: str) -> bool:
    """Could this be a person's name: two to six words, none a common non-name word?"""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    banned = non_name_words()
    opener = words[0].casefold().rstrip(".")
    initial = is_initial(words[0])  # "A. B. Smith": "A." is no article
    if (opener in banned and opener not in given_names() and not initial) or words[-1].casefold() in banned:
        return False  # "April Dubois" is a name: a known given name is not the month
    # A middle initial ("John A. Smith") is never the article "A".
    if any(w.casefold().rstrip(".") in banned for w in words[1:-1] if not is_initial(w)):
        return False
    folded = name.casefold()
    if folded in places() or name in agencies():
        return False
    return all(w[0].isupper() or _PARTICLE.fullmatch(w) or _JOINED.fullmatch(w) for w in words[1:]) and (
        words[0][0].isupper()
    )


_FULL_NAME = regex.compile(FULL_NAME)


def find_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """People's names in ``text[start:end]``: (start, end, name with capitals restored)."""
    found = []
    for m in _FULL_NAME.finditer(text, start, end):
        name = proper_case(m.group())
        if is_person_name(name):
            found.append((m.start(), m.end(), name))
    return found
