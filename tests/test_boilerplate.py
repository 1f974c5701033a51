"""Page furniture by phrase and by pattern, with the rule that fired."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.boilerplate import KINDS, classify_line
from newsstruct.timestamps import match_timestamp

CASES = [
    ("Related Articles", "related"),
    ("Back to top button", "navigation"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Anzeige", "advertisement"),
    ("Publicidad", "advertisement"),
    ("Share this article", "share"),
    ("Facebook Twitter Email", "share"),
    ("Sign up for our newsletter", "newsletter"),
    ("We use cookies to improve your experience on our site.", "cookie"),
    ("© 2023 The Daily Example. All rights reserved.", "footer"),
    ("Privacy Policy", "footer"),
    ("(AP Photo/Jane Doe)", "caption"),
    ("Photograph: Jane Doe/Reuters", "caption"),
    ("Listen to this article", "audio"),
    ("5 min read", "reading-time"),
    ("Read more: what the vote means", "related"),
    ("Reuter", "signoff"),
    ("Published Dec. 15, 2021", "timestamp"),
    ("Updated 5:30 a.m. ET", "timestamp"),
]


@pytest.mark.parametrize(("line", "kind"), CASES)
def test_furniture_lines(line: str, kind: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None
    assert verdict.kind == kind
    assert verdict.kind in KINDS
    assert verdict.reason


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the budget on Tuesday after a long debate.",
        "Share prices fell sharply in early trading.",
        "He said the related charges were dropped.",
        "Putin and Xi Show United Front",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("December 22, 2023 at 10:20 PM", "2023-12-22"),
        ("Published Dec. 15, 2021", "2021-12-15"),
        ("Monday, Nov. 28, 2021", "2021-11-28"),
        ("2021-11-28", "2021-11-28"),
        ("28. November 2021, 10:00 Uhr", "2021-11-28"),
        ("Veröffentlicht am 28.11.2021", "2021-11-28"),
        ("Updated 5:30 a.m. ET", None),
        ("5 hours ago", None),
    ],
)
def test_timestamps(line: str, iso: str | None) -> None:
    stamp = match_timestamp(line)
    assert stamp is not None
    assert stamp.iso == iso


@pytest.mark.parametrize("line", ["Feb 26 - BankAmerica said", "Putin said", "Today", "Hours Ago"])
def test_not_timestamps(line: str) -> None:
    assert match_timestamp(line) is None


def test_furniture_around_an_article_is_labelled_with_kind_and_reason(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    kinds = {b.text: (b.kind, b.reason) for b in article.boilerplate}
    assert kinds["Related Articles"][0] == "related"
    assert kinds["Back to top button"][0] == "navigation"
    assert all(reason for _, reason in kinds.values())
