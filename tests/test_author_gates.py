"""The cheap gates of the off-header author readers never change an answer: wherever
the reader they spare would find something, the gate lets the line through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct import authorship, byline

#: Fragments a byline line is made of: "By" words in their forms and cases, labels
#: with colons, names, times, separators and prose.
_FRAGMENTS = [
    "By ",
    "BY ",
    "by ",
    "ByJane",
    "Von ",
    "von ",
    "vom ",
    "par ",
    "por ",
    "door ",
    "di ",
    "as told to ",
    "As Told\u00a0To ",
    "Written by ",
    "Reporting by ",
    "Story by ",
    "Ein Beitrag von ",
    "Autor: ",
    "Autorin: ",
    "Autor:in: ",
    "AUTHOR: ",
    "Authors ",
    "Auteur : ",
    "Redaktion: ",
    "Redacción: ",
    "Redação: ",
    "Byline: ",
    "Text: ",
    "Text und Fotos: ",
    "Reportagem: ",
    "Kolumnistin: ",
    "Columnist: ",
    "Reporter: ",
    "Redakteurin: ",
    "Journalist: ",
    "Korrespondent: ",
    "Verfasst von ",
    "Jane Doe",
    "Ann Poe",
    "J. R. Smith",
    "Jana Roth",
    "READ MORE: ",
    "Cost: ",
    "2:15 p.m. ",
    "Dec 21, 2023 at 1:39 pm",
    " | ",
    ", ",
    " - ",
    " and ",
    ":",
    " ",
    "\t",
    "Reuters",
    "the council said ",
    "ſ",
    "K",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=8))
def test_every_by_prefix_holds_a_prefix_word(parts: list[str]) -> None:
    line = "".join(parts)
    for pos in range(len(line)):
        m = byline._PREFIX.match(line, pos)
        if m is not None and m.end() > pos:
            assert authorship._PREFIX_WORD.search(m.group()) is not None, m.group()


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=8))
def test_a_header_by_line_passes_the_prefix_gate(parts: list[str]) -> None:
    line = "".join(parts)
    m = byline.read_header_line(line, 0, len(line))
    if m is not None and m.rule == "by-line in header":
        assert authorship._PREFIX_WORD.search(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "12/04/2020 by Jane Doe 24 Comments",
        "Dec 21, 2023 at 1:39 pm | By Jane Doe",
        "Published 10:27 AM | Autor: Jana Roth",
        "05.02.2020 - Redaktion: Jana Roth",
        "Updated 9:00 am · Text: Jana Roth",
        "3. April 2022 by jroth",
    ],
)
def test_real_by_lines_pass_the_prefix_gate(line: str) -> None:
    m = byline.read_header_line(line, 0, len(line))
    assert m is not None and m.rule == "by-line in header"
    assert authorship._PREFIX_WORD.search(line) is not None


def test_a_colon_alone_is_no_by_line() -> None:
    for line in ("READ MORE: Federal budget won't be balanced until 2040", "Cost: $6.30 + fees"):
        assert authorship._PREFIX_WORD.search(line) is None


@pytest.mark.parametrize("length", [byline.MAX_NAME_LINE + 1, 200])
def test_a_long_line_is_no_name_line(length: int) -> None:
    """The author box looks for a stamp over a line only when that line may be a name."""
    line = ("Jana Roth " * 30)[:length]
    assert byline.match_name_line(line, 0, len(line)) is None
