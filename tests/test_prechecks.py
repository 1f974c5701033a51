"""The cheap pre-checks that spare a pattern its run never change an answer: wherever
the pattern matches, its pre-check lets it run."""

from __future__ import annotations

import pytest

from newsstruct import boilerplate, dateline, shape
from newsstruct.blocks import split_lines

LINES = [
    "(AP Photo/Jane Doe)",
    "PHOTO: Ann Berg",
    "Photograph by Tom Hale",
    "Crédits : Ana Ruiz",
    "A crowd gathers outside the hall. Getty Images",
    "Flood waters rise near the bridge / AFP",
    "Courtesy of the Harbour Museum",
    "View 12 Photos",
    "Sign up for our daily NEWSLETTER",
    "Read the whole story »",
    "Weiter ›",
    "The council met on Tuesday to discuss the budget.",
    "Residents said the water had reached the second floor.",
    "© 2024 Example News",
    "MOSCOW —",
    "LONDON, Feb 26 (Reuters) -",
    "KANSAS CITY, Mo. (AP) —",
    "Dateline: PARIS, March 3 -",
    "(CNN)The storm moved north overnight.",
    "The long-term plan, officials said, will cost more than expected.",
    "Impressum | Datenschutz | Kontakt",
]


@pytest.mark.parametrize("line", LINES)
def test_furniture_gates_let_every_match_through(line: str) -> None:
    item = shape.item_text(line)
    folded = item.casefold()
    for _, name, pattern in boilerplate._PATTERNS:
        needs = boilerplate._NEEDS.get(name)
        if needs is not None and pattern.search(item):
            assert any(n in folded for n in needs), name


@pytest.mark.parametrize("line", LINES)
def test_credit_at_the_end_gate(line: str) -> None:
    for start in range(1, len(line)):
        if boilerplate._PHOTO_CREDIT.search(line, start):
            assert boilerplate._may_close_on_credit(line[start:])


@pytest.mark.parametrize("line", LINES)
def test_dateline_pre_checks_agree_with_the_patterns(line: str) -> None:
    text = f"{line}\nThe rest of the story follows here."
    for found in split_lines(text):
        start, end = found.start, found.end
        limit = min(end, start + 120)
        opening = dateline._pattern().match(text, start, limit)
        if opening is not None and opening.end() > start:
            assert dateline._may_end_early(text, start, limit)
        alone = dateline._alone_pattern().match(text, start, limit)
        if alone is not None and alone.end() > start:
            assert text[start:limit].rstrip(" \t\n")[-1:] in dateline._SEP_ENDS


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("MOSCOW —", True),
        ("LONDON, Feb 26 (Reuters) -", True),
        ("The mayor spoke at length about the long-term plan for the harbour district -", False),
        ("Officials said on Monday that the bridge would reopen", False),
    ],
)
def test_datelines_still_found_and_refused(line: str, found: bool) -> None:
    text = f"{line} The rest follows."
    assert (dateline.match_dateline(text, 0, len(text)) is not None) is found


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Putin", "and", "Xi", "Show", "United", "Front"], True),
        (["the", "council", "met", "on", "Tuesday", "to", "discuss", "the", "budget"], False),
        (["Ten", "Things", "to", "Know", "about", "the", "new", "rules"], False),
        (["Über", "Alles", "Und", "Mehr"], True),
        (["Big"], False),
        ([], False),
    ],
)
def test_title_case_words(words: list[str], expected: bool) -> None:
    assert shape.title_case_words(words) is expected
    assert shape.is_title_case(" ".join(words)) is expected
