"""The data files: they load, use known kinds and roles, and hold what the docs promise."""

from __future__ import annotations

import string
from importlib import resources

import pytest
import regex

from newsstruct.model import ROLES
from newsstruct.page.boilerplate import KINDS, PHRASE_FILES
from newsstruct.text import lexicon

DATA = resources.files("newsstruct").joinpath("data")


def test_every_data_file_loads() -> None:
    names = [p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv"))]
    assert len(names) >= 12
    for name in names:
        assert lexicon.entries(name), name


def test_speech_verbs_are_many_with_inflections() -> None:
    verbs = lexicon.words("speech_verbs.txt")
    assert len(verbs) > 300
    assert {"said", "says", "told", "tweeted", "insisted", "acknowledged"} <= verbs


@pytest.mark.parametrize("name", PHRASE_FILES)
def test_boilerplate_kinds_are_documented(name: str) -> None:
    assert {row[0] for row in lexicon.table(name)} <= set(KINDS)


def test_credit_roles_are_contract_roles() -> None:
    rows = lexicon.table("credit_roles.tsv")
    assert {row[1] for row in rows} <= set(ROLES)
    assert {row[0] for row in rows} == {"before", "after"}


def test_tables_have_their_columns() -> None:
    for name, width in [
        ("honorifics.tsv", 2),
        ("agencies.tsv", 2),
        ("months.tsv", 2),
        ("given_names.tsv", 2),
    ]:
        assert all(len(row) == width for row in lexicon.table(name)), name


def test_alternation_prefers_longer_entries() -> None:
    for ignore_case in (False, True):
        pattern = regex.compile(lexicon.alternation(["a", "ab", "a.b"], ignore_case=ignore_case))
        assert pattern.match("a.b").group() == "a.b"
        assert pattern.match("abc").group() == "ab"


def _plain(items: list[str]) -> str:
    return "|".join(regex.escape(x) for x in sorted(set(items), key=lambda s: (-len(s), s)))


_ITEMS = [
    ["Jan", "jan.", "January", "ja", "Juni", "März", "mar", "Mar.", "k", "Kelvin", "sept", "Sept.", "ſep"],
    ["ib", "Ib", "ic", "x"],  # "i" and "I" open on letters that match different characters
    ["Éte", "été", "ete", "Ol", "ol"],
    ["a", "", "b"],
]
_TEXTS = [
    "",
    "Jan. 5",
    "JANUARY",
    "jAn",
    "janu",
    "Juni.",
    "MÄRZ",
    "mar.",
    "Mar.x",
    "K",
    "\u212aelvin",
    "ſept.",
    "SEPT.",
    "Ib",
    "ıb",
    "İb",
    "ic",
    "ÉTÉ",
    "été",
    "olé",
    "OL",
    "b",
    "x",
]


@pytest.mark.parametrize("items", _ITEMS)
@pytest.mark.parametrize("flags", ["", "(?i)"])
def test_alternation_matches_as_the_plain_one(items: list[str], flags: str) -> None:
    """The grouped alternation matches what the plain one does, in the same order of
    preference (each pattern is followed by a test that forces backtracking)."""
    grouped = lexicon.alternation(items, ignore_case=bool(flags))
    for tail in ("", r"\.", r"[ \t]*\d", "$"):
        plain_p = regex.compile(f"{flags}(?:{_plain(items)}){tail}")
        grouped_p = regex.compile(f"{flags}(?:{grouped}){tail}")
        for text in _TEXTS:
            a, b = plain_p.match(text), grouped_p.match(text)
            assert (a and a.span()) == (b and b.span()), (items, flags, tail, text)


def test_ascii_letters_match_as_the_grouping_assumes() -> None:
    """Under ``(?i)`` two ASCII letters that are one letter in two cases match the
    same characters, but for "i" and "I"; letters apart match no character in common."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    cases = {a: frozenset(regex.compile("(?i)" + a).findall(every)) for a in string.ascii_letters}
    for a in string.ascii_letters:
        for b in string.ascii_letters:
            if a.lower() != b.lower():
                assert not cases[a] & cases[b], (a, b)
            elif a.lower() != "i":
                assert cases[a] == cases[b], (a, b)
