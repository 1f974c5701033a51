"""The author-box reader's one-scan line walk gives the lines a plain walk gives."""

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.header.authorship import _text_lines

_LETTER = regex.compile(r"\p{L}")


def _walked(text: str) -> list[tuple[int, int]]:
    """Every line holding a letter, without its indent, read a line at a time."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos + len(line) - len(line.lstrip(" \t")), pos + len(line)
        if _LETTER.search(text, a, b) is not None:
            out.append((a, b))
        pos = b + 1
    return out


@given(st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\r", "a", "Z", "é", "1", "-", "😀", "\u200f"])))
def test_one_scan_finds_the_lines_a_walk_finds(text: str) -> None:
    assert _text_lines(text, 0, len(text)) == _walked(text)


@given(st.text())
def test_one_scan_on_any_text(text: str) -> None:
    assert _text_lines(text, 0, len(text)) == _walked(text)


def test_indented_and_blank_lines() -> None:
    text = "  Jane Doe\n\n\t\n 12 34\nSenior Reporter\r\n"
    assert [text[a:b] for a, b in _text_lines(text, 0, len(text))] == ["Jane Doe", "Senior Reporter\r"]
