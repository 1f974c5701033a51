"""Credit lines at the end of a story and the roles they give."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.header.credits import read_credits

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
    ("Jane Doe reported from Kyiv.", [("Jane Doe", "author")]),
    ("Jane Doe contributed reporting.", [("Jane Doe", "reporting")]),
    (
        "Reporting by Jane Doe in Paris; Additional reporting by John Roe; "
        "Writing by Ann Poe; Editing by Tom Moe",
        [("Jane Doe", "reporting"), ("John Roe", "reporting"), ("Ann Poe", "author"), ("Tom Moe", "editing")],
    ),
    ("Text: Jana Roth", [("Jana Roth", "author")]),
    ("Jane Doe contributed reporting (from Kyiv).", [("Jane Doe", "reporting")]),
    (
        "Jane Doe and Ahmed al-Sharif contributed reporting.",
        [("Jane Doe", "reporting"), ("Ahmed al-Sharif", "reporting")],
    ),
    ("Autorin: Jana Roth", [("Jana Roth", "author")]),
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


# (text, last paragraph, credit) for a credit glued to the end of the last paragraph.
GLUED = [
    (
        "Rain Expected\n\nLONDON (Reuters) - It will rain, forecasters said. "
        "(Reporting by Jane Doe; Editing by Ann Poe)",
        "It will rain, forecasters said.",
        "(Reporting by Jane Doe; Editing by Ann Poe)",
    ),
    (
        "Rain Expected\n\nIt will rain on Monday, forecasters said in a statement. "
        "Reporting by Jane Doe; Editing by Ann Poe\n Reuter",
        "It will rain on Monday, forecasters said in a statement.",
        "Reporting by Jane Doe; Editing by Ann Poe",
    ),
    (
        "Rain Expected\n\nIt will rain on Monday, forecasters said in a statement. "
        "Jane Doe contributed reporting.",
        "It will rain on Monday, forecasters said in a statement.",
        "Jane Doe contributed reporting.",
    ),
    (
        "Rain Expected\n\nIt will rain on Monday, forecasters said. — With assistance from Jane Doe",
        "It will rain on Monday, forecasters said.",
        "— With assistance from Jane Doe",
    ),
]


@pytest.mark.parametrize(("text", "last", "credit"), GLUED)
def test_credit_glued_to_the_last_paragraph(text: str, last: str, credit: str) -> None:
    article = newsstruct.parse(text)
    assert article.paragraphs[-1].text == last
    assert [c.text for c in article.credits] == [credit]
    assert any(p.name == "Jane Doe" for p in article.contributors + article.authors)


@pytest.mark.parametrize(
    "text",
    [
        "Rain Expected\n\nIt will rain on Monday, forecasters said in a statement. John Smith said it.",
        "Rain Expected\n\nThe report was written by officials in May. Reporters were not told.",
        "Rain Expected\n\nIt will rain (reporters were told) on Monday, forecasters said.",
    ],
)
def test_no_glued_credit(text: str) -> None:
    article = newsstruct.parse(text)
    assert article.credits == ()
    assert article.contributors == ()


def test_signed_line_in_the_body_is_a_credit() -> None:
    paragraphs = [
        "It will rain on Monday and Tuesday, forecasters said in a statement on Sunday.",
        "The rain will be heavy in the north of the country, where rivers are already high, they said.",
        "Farmers said the rain came too late for the harvest, which was already poor this year.",
        "The weather service said it would issue flood warnings for three regions on Monday morning.",
        "Text: Jana Roth",
        "More rain is expected later in the week, the forecasters said on Sunday.",
    ]
    article = newsstruct.parse("Heavy Rain Expected This Week\n\n" + "\n\n".join(paragraphs))
    assert [c.text for c in article.credits] == ["Text: Jana Roth"]
    assert [a.name for a in article.authors] == ["Jana Roth"]
    assert all("Jana Roth" not in p.text for p in article.paragraphs)
    assert len(article.paragraphs) == 5
