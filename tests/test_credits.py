"""Credit lines at the end of a story and the roles they give."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.credits import read_credits

CASES = [
    (
        "Anton Troianovski reported from Moscow, and Steven Lee Myers from Seoul. "
        "Claire Fu, John Liu and Khava Khasmagomadova contributed research.",
        [
            ("Anton Troianovski", "author"),
            ("Steven Lee Myers", "author"),
            ("Claire Fu", "research"),
            ("John Liu", "research"),
            ("Khava Khasmagomadova", "research"),
        ],
    ),
    (
        "Reporting by Jane Doe; Additional reporting by John Roe; Editing by Ann Poe",
        [("Jane Doe", "reporting"), ("John Roe", "reporting"), ("Ann Poe", "editing")],
    ),
    (
        "(Reporting by Jane Doe in London; Editing by Ann Poe)",
        [("Jane Doe", "reporting"), ("Ann Poe", "editing")],
    ),
    ("Associated Press writer John Roe contributed to this report.", [("John Roe", "reporting")]),
    (
        "— With assistance from Jane Doe and John Roe",
        [("Jane Doe", "contributor"), ("John Roe", "contributor")],
    ),
    ("Photographs by Ann Poe.", [("Ann Poe", "photography")]),
    ("Steven L. Myers contributed reporting from Seoul.", [("Steven L. Myers", "reporting")]),
]


@pytest.mark.parametrize(("line", "people"), CASES)
def test_credit_lines(line: str, people: list[tuple[str, str]]) -> None:
    found = read_credits(line, 0, len(line))
    assert [(c.name, c.role) for c in found] == people
    for c in found:
        assert line[c.start : c.end] == c.name


@pytest.mark.parametrize(
    "line",
    [
        "The newspaper reported from documents it obtained.",
        "Officials said the report was incomplete.",
        "It contributed to the decline.",
    ],
)
def test_not_credits(line: str) -> None:
    assert read_credits(line, 0, len(line)) == []


def test_credit_paragraph_leaves_the_body(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    assert len(article.credits) == 1
    assert article.credits[0].text.startswith("Anton Troianovski reported from Moscow")
    assert all("contributed research" not in p.text for p in article.paragraphs)
