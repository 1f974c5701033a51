"""The cheap gate of the author-box reader never changes an answer: a line it passes
over could not have been read as a name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.grammar import byline


@pytest.mark.parametrize("length", [byline.MAX_NAME_LINE + 1, 200])
def test_a_long_line_is_no_name_line(length: int) -> None:
    """The author box looks for a stamp over a line only when that line may be a name."""
    line = ("Jana Roth " * 30)[:length]
    assert byline.match_name_line(line, 0, len(line)) is None


@given(
    st.text(alphabet="Jana Roth.-\n", min_size=byline.MAX_NAME_LINE + 1, max_size=byline.MAX_NAME_LINE + 40)
)
def test_no_line_past_the_name_length_is_a_name_line(line: str) -> None:
    assert byline.match_name_line(line, 0, len(line)) is None
