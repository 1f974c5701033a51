"""Bylines, names as a byline writes them, and what is not a byline."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.byline import match_byline
from newsstruct.names import proper_case

CASES = [
    ("By Jane Doe", ["Jane Doe"], None),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], None),
    ("BY ABBY GOODNOUGH", ["Abby Goodnough"], None),
    ("by Janie Gabbett, Reuters", ["Janie Gabbett"], "Reuters"),
    ("By Malcolm Whittaker and Franck Pauly, Reuters", ["Malcolm Whittaker", "Franck Pauly"], "Reuters"),
    ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
    ("By The Associated Press", [], "Associated Press"),
    ("By Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
    ("Written by Jane Doe", ["Jane Doe"], None),
    ("Jane Doe, Associated Press", ["Jane Doe"], "Associated Press"),
    ("By Sean O'Brien", ["Sean O'Brien"], None),
    ("By Ludwig van Beethoven", ["Ludwig van Beethoven"], None),
]


@pytest.mark.parametrize(("line", "names", "agency"), CASES)
def test_bylines(line: str, names: list[str], agency: str | None) -> None:
    m = match_byline(line, 0, len(line))
    assert m is not None
    assert [n.name for n in m.names] == names
    assert m.agency == agency
    for n in m.names:
        assert line[n.start : n.end].casefold() == n.name.casefold()


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the vote had been counted",
        "By the time the polls closed",
        "By 2030 emissions must fall",
        "Email The Author",
        "3 Minute Read",
    ],
)
def test_not_bylines(line: str) -> None:
    assert match_byline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("shouted", "name"),
    [
        ("ABBY GOODNOUGH", "Abby Goodnough"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("JOHN MCCAIN", "John McCain"),
        ("JUAN DE LA CRUZ", "Juan de la Cruz"),
        ("MARTIN LUTHER KING III", "Martin Luther King III"),
        ("Already Mixed", "Already Mixed"),
    ],
)
def test_capitals_restored(shouted: str, name: str) -> None:
    assert proper_case(shouted) == name


def test_byline_between_headline_and_wire_dateline() -> None:
    text = (
        "TALKING POINT/BANK EQUITY OFFER\n\n"
        "by Janie Gabbett, Reuters\n"
        "LOS ANGELES, Feb 26 - BankAmerica Corp is not under\n"
        "pressure to act quickly on its proposed equity offering, analysts\n"
        "said on Thursday.\n"
    )
    article = newsstruct.parse(text)
    assert article.byline is not None and article.byline.agency == "Reuters"
    assert [a.name for a in article.authors] == ["Janie Gabbett"]
    assert article.dateline is not None and article.dateline.location == "LOS ANGELES"
    assert article.headline is not None and article.headline.text == "TALKING POINT/BANK EQUITY OFFER"


def test_agency_byline_names_no_author() -> None:
    article = newsstruct.parse(
        "Storm Hits Coast\n\nBy The Associated Press\n\nThe storm arrived on Monday night."
    )
    assert article.byline is not None and article.byline.agency == "Associated Press"
    assert article.authors == ()
