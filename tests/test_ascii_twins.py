"""The ASCII twins of hot patterns (run by the standard library's engine on ASCII text)
find exactly what the patterns they stand in for find, wherever they are used."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.testing import noisy_text
from newsstruct.text import shape

#: ASCII text dense in what the patterns look at: letters of both cases, digits, the
#: joiners of words, full stops, quotes, brackets, spaces and breaks.
ascii_text = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=120),
    st.text(alphabet="aZbY09 '-&.,;:\"()\t\n_Mr", max_size=120),
)
KNOWN = [
    "It's a well-known fact.",
    "'90s -- rock'n'roll - ok",
    "a--b '' - ' x",
    "1,200 (3.5%)",
    "U.S.-China talks on AT&T's deal, said Sen. J.R.R. Doe",
    "",
    "-'-",
    "Vladimir V. Putin told Mr. Xi",
]


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")


@given(st.one_of(ascii_text, noisy_text.map(_ascii)))
def test_ascii_words_are_the_words(text: str) -> None:
    assert shape.ASCII_WORD.findall(text) == shape.WORD.findall(text)
    assert shape.words(text) == shape.WORD.findall(text)
    assert shape.normalise(text) == " ".join(shape.WORD.findall(text.casefold()))


@given(st.one_of(ascii_text, noisy_text))
def test_long_words_are_the_long_words(text: str) -> None:
    expected = {x.casefold() for x in shape.WORD.findall(text) if len(x) >= shape.LONG_WORD}
    assert shape.long_words(text) == expected
    assert shape.long_words(_ascii(text)) == {
        x.casefold() for x in shape.WORD.findall(_ascii(text)) if len(x) >= shape.LONG_WORD
    }


@pytest.mark.parametrize("line", KNOWN)
def test_ascii_words_on_known_lines(line: str) -> None:
    assert shape.words(line) == shape.WORD.findall(line)
    assert shape.long_words(line) == {x.casefold() for x in shape.WORD.findall(line) if len(x) >= 4}
