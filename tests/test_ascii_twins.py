"""The ASCII twins of hot patterns (run by the standard library's engine on ASCII text)
find exactly what the patterns they stand in for find, wherever they are used."""

from __future__ import annotations

import sys
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.grammar import timestamps
from newsstruct.quotes import name_patterns
from newsstruct.testing import noisy_text
from newsstruct.text import blocks, markup, shape, tokens, twins

#: ASCII text dense in what the patterns look at: letters of both cases, digits, the
#: joiners of words, full stops, quotes, brackets, spaces and breaks.
ascii_text = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=120),
    st.text(alphabet="aZbY09 '-&.,;:\"()\t\n_Mr", max_size=120),
)
KNOWN = [
    "3 hours ago, NOW, il y a 2 jours, vor 1 Stunde, Hace, GELEDEN, fa, family, ago1",
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


def _spans(pattern: Any, text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], ...]]:
    """Every match's span and its groups' spans, in a search of ``text[lo:hi]``."""
    out = []
    for m in pattern.finditer(text, lo, hi):
        out.append((m.span(), *(m.span(g) for g in range(1, (m.re.groups or 0) + 1))))
    return out


def _agree(twin: Any, pattern: Any, text: str, lo: int, hi: int) -> None:
    assert _spans(twin, text, lo, hi) == _spans(pattern, text, lo, hi)
    for pos in range(lo, hi + 1):
        a, b = twin.match(text, pos, hi), pattern.match(text, pos, hi)
        assert (a and a.span()) == (b and b.span())
        if a and b:
            assert a.groupdict() == b.groupdict()
        a, b = twin.search(text, pos, hi), pattern.search(text, pos, hi)
        assert (a and a.span()) == (b and b.span())


#: Each twin, the pattern it stands for, and letters that make its matches likely.
TWINS = [
    (name_patterns._ASCII_CAPS_ONLY, name_patterns._CAPS_ONLY, "aeAEJDMr- .'\tof the\nvan"),
    (name_patterns._ASCII_APPOSITIVE, name_patterns._APPOSITIVE, 'ab 1,.;:)("\nAZ7'),
    (name_patterns._ASCII_ROLE_BEFORE, name_patterns._ROLE_BEFORE, "abZ- \t\n.'"),
    (name_patterns._ASCII_VERB_AFTER, name_patterns._VERB_AFTER, "abZ- \t\n,.'\";"),
    (tokens._ASCII_TOKEN, tokens._TOKEN, "aZ9.'-&`_ \t\x1c,U.S."),
    (blocks._ASCII_CONTENT, blocks._CONTENT, "ab \t\n\r\v\f\x1c\x1d\x1e\x1f."),
    (timestamps._ascii_may_stamp(), timestamps._may_stamp(), "agoAGOnwNWvrVRfFilIL hceHCE1 x"),
]


@pytest.mark.parametrize(("twin", "pattern", "letters"), TWINS)
@given(data=st.data())
def test_twins_find_what_their_patterns_find(
    twin: Any, pattern: Any, letters: str, data: st.DataObject
) -> None:
    text = data.draw(st.one_of(st.text(alphabet=letters, max_size=60), ascii_text))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    _agree(twin, pattern, text, lo, hi)


@pytest.mark.parametrize(("twin", "pattern", "letters"), TWINS)
@pytest.mark.parametrize("line", KNOWN)
def test_twins_on_known_lines(twin: Any, pattern: Any, letters: str, line: str) -> None:
    _agree(twin, pattern, line, 0, len(line))


def test_plain_reads_the_character_before_the_stretch() -> None:
    text = "caf\u00e9 \u200dhe said"
    assert not twins.plain(text, 6, 13)  # a joiner before "he": a word character to ``regex``
    assert twins.plain(text, 7, 14)
    assert twins.plain("he said", 0, 7)


def test_other_breaks_are_the_breaks_but_the_newline() -> None:
    every = map(chr, range(sys.maxunicode + 1))
    assert {c for c in every if blocks.BREAK.fullmatch(c)} - {"\n"} == set(blocks._OTHER_BREAKS)


def test_markup_spaces_are_the_space_separators_but_the_space() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    found = {m.group() for m in markup._MARKUP_SPACE.finditer(every)}
    assert found == {c for c in every if regex.fullmatch(r"\p{Zs}", c)} - {" "}
