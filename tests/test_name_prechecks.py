"""The cheap pre-checks of the name and window scans never change an answer: wherever
the pattern or the slow path would find something, the pre-check lets it run."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.quotes import name_patterns, people
from newsstruct.text import names, sentences, tokens

WORDS = ["U.S.", "J.R.R.", "V.", "A", "Mr.", "etc.", "Putin.", "Ünal.", "ÉTÉ.", "X.Y."]


def test_initials_end_on_a_capital_the_ascii_test_sees() -> None:
    # :func:`sentences._ends_sentence` skips the initials pattern, which ends on a
    # ``\p{Lu}``, when the last character is ASCII and not upper case: every ASCII
    # character the pattern takes for a capital is upper case to ``str``
    ascii_capitals = regex.findall(r"\p{Lu}", "".join(map(chr, range(128))))
    assert ascii_capitals == [c for c in map(chr, range(128)) if c.isupper()]


def test_initials_gate_keeps_every_initial() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for word in [*WORDS, *(c + "." for c in regex.findall(r"\p{Lu}", every))]:
        if not word.endswith("."):
            continue
        text = f"see {word} Then"
        expected = word not in sentences.abbreviations() and sentences._INITIALS.fullmatch(word[:-1]) is None
        assert sentences._ends_sentence(text, 3 + len(word), 0) == expected, word


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_proper_case_shortcut_only_skips_names_it_leaves_alone(name: str) -> None:
    # the shortcut returns an ASCII name that is not all capitals as it is; the full
    # test would too: it has a lower-case letter, or no letter at all
    if not name.isupper():
        letters = [ch for ch in name if ch.isalpha()]
        assert not letters or any(ch.islower() for ch in letters)
        assert names.proper_case(name) == name


@given(st.text(alphabet="ab C.D'’-,) \n5", max_size=40))
def test_tokens_without_a_full_stop_are_the_pattern_matches(text: str) -> None:
    # a stretch with no full stop takes the pattern's matches as they are; the full
    # reading gives the same tokens there, and keeps every word's own full stop elsewhere
    found = tokens.tokenize(text, 0, len(text))
    spans = [m.span() for m in tokens._TOKEN.finditer(text, 0, len(text))]
    starts, ends = tokens._keeping_stops(text, len(text), [s for s, _ in spans], [e for _, e in spans])
    assert (found.starts, found.ends) == (starts, ends)


RUNS = [
    "Officials in al-Qaeda-held areas met Ahmed el-Sayed and Mr. Putin.",
    "The real-time feed of Ana Ruiz, a well-known fiscal-year expert.",
    "Abu al-Sharif of the Ministry of the Interior said so.",
]


@pytest.mark.parametrize("text", RUNS)
def test_joined_names_hold_the_gate_string(text: str) -> None:
    # the name scan runs the joined-name branch only where "l-" occurs: its every match holds it
    for m in regex.finditer(name_patterns._JOINED_RUN, text):
        assert "l-" in m.group()
    assert [m.span() for m in people._RUN.finditer(text)]


@given(st.text(alphabet="aelAE- .'’\tMrJo", max_size=40))
def test_runs_without_the_joined_branch_are_the_same_where_it_cannot_match(text: str) -> None:
    if "l-" not in text:
        full = [m.span() for m in people._RUN.finditer(text)]
        assert [m.span() for m in people._CAPS_ONLY.finditer(text)] == full


def test_pronoun_classes_take_what_a_case_blind_match_takes() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(name_patterns._PRONOUN_WORDS)):
        blind = regex.findall(f"(?i){letter}", every)
        assert sorted(blind) == sorted(name_patterns._any_case(letter)[1:-1]), letter


@given(st.text(alphabet="hHeEiIİmMsSſrRfFlL .,'x", max_size=30))
def test_pronouns_are_found_as_a_case_blind_pattern_finds_them(text: str) -> None:
    blind = regex.compile(r"(?i)\b(?:he|him|his|himself|she|her|hers|herself)\b")
    assert [m.span() for m in people._PRONOUN.finditer(text)] == [m.span() for m in blind.finditer(text)]
