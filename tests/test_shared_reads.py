"""Work shared between windows and passes changes no answer: the tokens of a window read
from its paragraph's matches are the tokens of the window alone; a sentence's start
found from the position back is the one found reading forward; a line's answer
remembered for a text is the answer worked out again."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.grammar import byline
from newsstruct.page import boilerplate
from newsstruct.testing import noisy_text
from newsstruct.text import sentences
from newsstruct.text.memo import per_text
from newsstruct.text.tokens import Stretch, tokenize

#: Pieces that make tokens join, split and keep full stops in many ways.
_PIECES = st.sampled_from(
    [
        "a",
        "Ab",
        "U.S.",
        "Mr.",
        "V.",
        "3.5",
        "p.m.",
        "don't",
        "AT&T",
        "--",
        "``",
        "''",
        '"',
        "“",
        "”",
        "’",
        "'",
        ".",
        ",",
        " ",
        " ",
        "\t",
        "\n",
        "é",
        "-",
        "said",
        "Jane",
        "Doe",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXTS, st.data())
def test_window_tokens_read_from_the_stretch_are_the_windows_own(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    stretch = Stretch(text, lo, hi)
    for _ in range(4):  # windows are scanned alone until they add up to the stretch, then read from it
        a = data.draw(st.integers(lo, hi))
        b = data.draw(st.integers(a, hi))
        alone = tokenize(text, a, b)
        shared = tokenize(text, a, b, within=stretch)
        assert (shared.starts, shared.ends) == (alone.starts, alone.ends)


@given(noisy_text, st.data())
def test_window_tokens_on_any_text(text: str, data: st.DataObject) -> None:
    stretch = Stretch(text, 0, len(text))
    stretch.matches(0, len(text))  # as much as the stretch scanned alone: the next window reads it
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    shared = tokenize(text, a, b, within=stretch)
    alone = tokenize(text, a, b)
    assert (shared.starts, shared.ends) == (alone.starts, alone.ends)


def test_a_window_outside_the_stretch_is_scanned_alone() -> None:
    text = "Jane Doe said. He left."
    stretch = Stretch(text, 0, 8)
    stretch.matches(0, 8)
    t = tokenize(text, 5, 23, within=stretch)
    assert [t.word(i) for i in range(len(t))] == ["Doe", "said", ".", "He", "left", "."]


def _sentence_start_forward(text: str, lo: int, pos: int) -> int:
    """The forward reading: every boundary in reach tried, the last that ends a sentence kept."""
    start = lo
    for m in sentences._BOUNDARY.finditer(text, max(lo, pos - sentences.REACH), min(len(text), pos + 2)):
        if m.end() > pos:
            break
        if m.group()[0] in "\n\r" or sentences._ends_sentence(text, m.start(), lo):
            start = m.end()
    return start


@given(_TEXTS, st.data())
def test_sentence_start_is_the_last_boundary_read_forward(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(lo, len(text)))
    assert sentences.sentence_start(text, lo, pos) == _sentence_start_forward(text, lo, pos)


def test_sentence_start_in_a_chain_of_short_sentences() -> None:
    text = "“Yes,” he said. " * 40
    pos = len(text) - 5
    assert sentences.sentence_start(text, 0, pos) == _sentence_start_forward(text, 0, pos) == len(text) - 16


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe, Reuters",
        "Jane Doe and Tom Hale",
        "LONDON (Reuters) -",
        "The council met.",
        "Von Ana Ruiz | 3. Mai 2022",
    ],
)
def test_remembered_byline_answers_are_the_answers(line: str) -> None:
    text = "Headline\n\n" + line + "\n\nBody."
    start = text.index(line)
    end = start + len(line)
    first = byline.read_header_line(text, start, end)
    assert byline.read_header_line(text, start, end) is first  # remembered for this text
    assert byline.read_header_line.__wrapped__(text, start, end) == first  # type: ignore[attr-defined]
    assert byline.match_byline(text, start, end) == byline.match_byline.__wrapped__(text, start, end)  # type: ignore[attr-defined]


def test_answers_are_kept_per_text_object() -> None:
    calls: list[str] = []

    @per_text
    def upper(text: str, start: int, end: int) -> str:
        calls.append(text[start:end])
        return text[start:end].upper()

    one, other = "abc def", "xyz def"
    assert upper(one, 0, 3) == "ABC"
    assert upper(one, 0, 3) == "ABC"
    assert upper(other, 0, 3) == "XYZ"  # another text: worked out again
    assert upper(one, 4, 7) == "DEF"
    assert calls == ["abc", "xyz", "def"]


@given(noisy_text)
def test_needs_gates_agree_with_containment(text: str) -> None:
    folded = text.casefold()
    for needs in boilerplate._NEEDS.values():
        gate = boilerplate._any_of(needs)
        assert gate is not None
        assert (gate.search(folded) is not None) == any(s in folded for s in needs)
