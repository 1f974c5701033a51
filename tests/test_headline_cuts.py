"""What a page glues into the headline's own line is cut off it: a kicker before a
spaced colon, a label and a dash before a quotation, a bracketed format label at the
end; and a short title over the story's fuller one gives way to the fuller one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.header import headline_cuts

BODY = (
    "The council approved the new budget on Tuesday after a debate that ran late into the night, "
    "officials said.\n\n"
    "The plan adds money for schools and roads, and the mayor said she would sign it this week.\n\n"
    "Critics said the vote came too quickly and that residents had little time to read the plan."
)
MENU = "* Home\n\n* Politics\n\n* Business\n\n* Sport\n\n"
BYLINE = "By Jane Doe\n\nDecember 21, 2023\n\n"


def _page(title: str, between: str = "") -> str:
    return MENU + title + "\n\n" + between + BYLINE + BODY


def _boilerplate(article: newsstruct.Article) -> dict[str, str]:
    """Each boilerplate piece's text and the reason it is boilerplate."""
    return {b.text: b.reason for b in article.boilerplate}


CUT = [
    pytest.param(
        "Heat and fever checks : How firms keep their staff safe from the virus",
        "How firms keep their staff safe from the virus",
        "Heat and fever checks :",
        id="a kicker before a spaced colon",
    ),
    pytest.param(
        "Pandemic - “It also matters how people die”",
        "“It also matters how people die”",
        "Pandemic -",
        id="a label and a dash before a whole quotation",
    ),
    pytest.param(
        "Corona-Pandemie – „Es kommt auch darauf an, wie die Menschen sterben“",
        "„Es kommt auch darauf an, wie die Menschen sterben“",
        "Corona-Pandemie –",
        id="German quotation marks after an en dash",
    ),
    pytest.param(
        "NASA beams a cat video to Earth from 19 million miles away (video)",
        "NASA beams a cat video to Earth from 19 million miles away",
        "(video)",
        id="a format label in brackets at the end",
    ),
    pytest.param(
        "Flooded streets after the storm in the old town [PHOTOS]",
        "Flooded streets after the storm in the old town",
        "[PHOTOS]",
        id="a format label in capitals and square brackets",
    ),
]


@pytest.mark.parametrize(("title", "headline", "cut"), CUT)
def test_cut_off_the_headline(title: str, headline: str, cut: str) -> None:
    article = newsstruct.parse(_page(title))
    assert article.headline is not None
    assert article.headline.text == headline
    assert _boilerplate(article).get(cut, "").startswith("structure: ")


KEPT = [
    pytest.param("Wireshark: How to show the URLs a browser visited", id="a bare colon is part of the title"),
    pytest.param("Wireshark: Show visited URLs (HTTP and HTTPS)", id="brackets that are no format label"),
    pytest.param("Opinion - Why the council got the budget wrong this time", id="a dash before no quotation"),
    pytest.param(
        "He said - “It also matters” - and the room went quiet for once",
        id="a quotation inside the title, not the whole of it",
    ),
    pytest.param("Watch : it matters", id="too short a title after the colon"),
]


@pytest.mark.parametrize("title", KEPT)
def test_kept_whole(title: str) -> None:
    article = newsstruct.parse(_page(title))
    assert article.headline is not None
    assert article.headline.text == title


def test_french_spacing_keeps_the_colon() -> None:
    """A page that spaces every colon and question mark keeps its spaced colons."""
    prose = (
        "Le conseil a voté le budget mardi soir : les débats ont duré tard dans la nuit, et "
        "personne ne savait pourquoi ? Les élus ont répondu : il fallait finir avant Noël.\n\n"
    )
    title = "Libre cours : Raoult, les nazis et moi, une histoire"
    article = newsstruct.parse(MENU + title + "\n\n" + BYLINE + prose + BODY)
    assert article.headline is not None
    assert article.headline.text == title


def test_short_lines_say_nothing_of_french_spacing() -> None:
    """Teasers set like the headline ("Kicker : Title") are not French prose."""
    text = "Talks : Ministers meet again on the budget\n" * 3
    assert not headline_cuts.french_spacing(text, 0, 0)


@given(st.text(max_size=200))
def test_cuts_stay_inside_the_line(line: str) -> None:
    """Whatever the line, a cut falls inside it and keeps words on the headline's side."""
    text = "x\n" + line + "\ny"
    start, end = 2, 2 + len(line)
    for cut in (headline_cuts.kicker_cut(text, start, end), headline_cuts.tail_cut(text, start, end)):
        if cut is not None:
            assert start < cut.at < end
            assert cut.zone.rule.startswith("structure: ")


FULLER = [
    pytest.param(
        "The fire engines of the post-war years - Part 49",
        "Tuesday, 2 November 2021\n\n",
        "The fire engines of the post-war years - Part 49 – Büssing-NAG (built 1931 – 1945)",
        "The fire engines of the post-war years - Part 49 – Büssing-NAG (built 1931 – 1945)",
        id="past a date line",
    ),
    pytest.param(
        "No weight gain at Christmas: 10 tips",
        "",
        "Diet tricks for the holidays No weight gain at Christmas: 10 tips for a slim feast",
        "No weight gain at Christmas: 10 tips for a slim feast",
        id="with a kicker glued before the fuller title",
    ),
]


@pytest.mark.parametrize(("short", "between", "full", "headline"), FULLER)
def test_the_fuller_title_below(short: str, between: str, full: str, headline: str) -> None:
    article = newsstruct.parse(MENU + short + "\n\n" + between + full + "\n\n" + BYLINE + BODY)
    assert article.headline is not None
    assert article.headline.text == headline
    assert any(
        "the fuller title on the line below" in s.rule for s in article.segments if s.label == "headline"
    )


def test_a_phrase_of_another_line_is_no_fuller_title() -> None:
    """The title standing inside a line after an article ("in an Enterprise 2.0") is
    another title that mentions it, not its fuller form."""
    text = (
        MENU
        + "Enterprise 2.0\n\nHR innovation in an Enterprise 2.0 – challenges and chances\n\n"
        + BYLINE
        + BODY
    )
    article = newsstruct.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Enterprise 2.0"
