"""Quote marks paired into quotations, and apostrophes, inches and strays left alone."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.quotes.marks import find_quotes


def quoted(text: str) -> list[str]:
    """The quotations of a text whose paragraphs are separated by blank lines."""
    spans = []
    pos = 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return [text[q.start : q.end] for q in find_quotes(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Hello,” she said.", ["Hello,"]),
        ('"Hello," she said. "Goodbye."', ["Hello,", "Goodbye."]),
        ("''This isn't reform,'' said Mr. Holtz-Eakin.", ["This isn't reform,"]),
        ("``Quoted the old way,'' he said.", ["Quoted the old way,"]),
        ("‘British style,’ she said.", ["British style,"]),
        ("« Bonjour », dit-il.", ["Bonjour"]),
        ("« Il a dit ‹ non › hier », dit-elle.", ["Il a dit ‹ non › hier"]),
        ("‹Ciao›, sagte sie.", ["Ciao"]),
        ("„Guten Tag“, sagte er.", ["Guten Tag"]),
        ("「こんにちは」と彼は言った。", ["こんにちは"]),
        ("“He told me ‘never’ twice,” she said.", ["He told me ‘never’ twice,"]),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Don't stop; it's the '90s and rock 'n' roll.",
        "The students' union met at the players' lounge.",
        "He is 6'2\" tall and weighs 200 lbs.",
        "They'll say it's fine, won't they?",
    ],
)
def test_apostrophes_and_inches_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_quote_across_paragraphs_is_one_quote() -> None:
    text = "“The first part of it runs on.\n\n“And the second part ends it,” she said."
    assert quoted(text) == ["The first part of it runs on.\n\n“And the second part ends it,"]


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nThe next paragraph is plain text."
    assert quoted(text) == ["this never closes."]


def test_second_opening_mark_recovers_locally() -> None:
    text = "“Unclosed start. Then “a proper quote,” he said."
    assert quoted(text) == ["a proper quote,"]


def test_quote_spans_exclude_the_marks_and_slice_the_text() -> None:
    text = "Intro\n\n“Hello there,” she said."
    article = newsstruct.parse(text)
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in "“\"'‘«„"


@given(st.lists(st.sampled_from(["“", "”", '"', " word ", "\n\n", "’s", " 'n' ", "‘", "’"]), max_size=60))
def test_quotes_never_overlap_and_have_content(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = [(0, len(text))]
    found = find_quotes(text, spans)
    for a, b in itertools.pairwise(found):
        assert a.close_end <= b.open_at or a.end <= b.start
    for q in found:
        assert q.start < q.end and text[q.start : q.end].strip() == text[q.start : q.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote of another style inside an open one belongs to it
        (
            '"He asked me: “Are you sure?” and I said yes," she said.',
            ["He asked me: “Are you sure?” and I said yes,"],
        ),
        ('“She called it "a disgrace" twice,” he said.', ['She called it "a disgrace" twice,']),
        # a curly quote closed with a straight mark, or two single ones, as some sites print it
        ('“We will win this seat," the mayor said.', ["We will win this seat,"]),
        ("a “question’’ that ran long. “Yes,” he said.", ["question", "Yes,"]),
        # several quotes in one paragraph, split by their attribution
        ("“First,” he said, “second.” “Third.”", ["First,", "second.", "Third."]),
    ],
)
def test_nested_and_mixed_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quote_across_hard_wrapped_lines() -> None:
    text = 'The minister said the plan was "working\nwell for every region," and left.'
    assert quoted(text) == ["working\nwell for every region,"]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers on the '70s highway said it's the worst in the state's history.",
        "He ordered fish 'n' chips at the Farmers' Market.",
        "The 5'10\" guard and the 6'11\" center signed on.",
        "It's been 'til now the O'Neills' house.",
    ],
)
def test_more_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []
