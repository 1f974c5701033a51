"""The top of an article on a whole page: the headline among menus, found by its shape and
its place next to the byline, stamp and body; kickers, decks, bylines and stamps around it."""

from __future__ import annotations

from hypothesis import given

import newsstruct
from newsstruct.testing import GeneratedHeaderPage, header_pages

BODY = (
    "The council approved the new budget on Tuesday after a debate that ran late into the night, "
    "officials said.\n\n"
    "The plan adds money for schools and roads, and the mayor said she would sign it this week.\n\n"
    "Critics said the vote came too quickly and that residents had little time to read the plan."
)


def _labels(article: newsstruct.Article) -> dict[str, str]:
    text = article.source
    return {text[s.start : s.end]: s.label for s in article.segments}


def test_headline_among_menus_with_deck_byline_and_stamp() -> None:
    text = (
        "Skip to main content\n\n* World\n\n* Business\n\n* Local News Today\n\nSign in\n\n"
        "Politics\n\n"
        "City Council Approves Budget After Long Night\n\n"
        "The vote ends months of argument over the plan.\n\n"
        "By Jane Doe and John Roe\n\n"
        "Published Dec. 15, 2021 5:02 p.m. ET\n\n"
        "* Facebook\n\n* Twitter\n\n" + BODY + "\n\nRelated Articles\n\n* Council Plans New Park\n"
    )
    article = newsstruct.parse(text)
    assert article.headline is not None
    assert article.headline.text == "City Council Approves Budget After Long Night"
    assert article.subheadline is not None
    assert article.subheadline.text == "The vote ends months of argument over the plan."
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]
    assert article.published is not None and article.published.iso == "2021-12-15T17:02"
    labels = _labels(article)
    assert labels["Politics"] == "boilerplate"  # a kicker
    assert labels["By Jane Doe and John Roe"] == "byline"
    assert labels["Published Dec. 15, 2021 5:02 p.m. ET"] == "boilerplate"
    assert article.paragraphs[0].text.startswith("The council approved")
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["Politics"] == "kicker"
    assert kinds["Published Dec. 15, 2021 5:02 p.m. ET"] == "timestamp"


def test_by_on_its_own_line_and_the_name_under_it() -> None:
    text = "* Home\n\n* News\n\nBridge Reopens After Repairs\n\nBy\n\nDana Quigley\n\nDec 21, 2023\n\n" + BODY
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == "Bridge Reopens After Repairs"
    assert [a.name for a in article.authors] == ["Dana Quigley"]
    assert article.byline is not None and article.byline.text == "By\n\nDana Quigley"


def test_author_label_and_name_then_stamp_line() -> None:
    text = (
        "Menu\n\nSearch\n\nBridge Reopens After Repairs\n\nAuthor\n\nDana Quigley\n\nDecember 21, 2023\n\n"
        + BODY
    )
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == "Bridge Reopens After Repairs"
    assert [a.name for a in article.authors] == ["Dana Quigley"]


def test_names_followed_by_a_timestamp_line() -> None:
    text = "* Home\n\nBridge Reopens After Repairs\n\nDana Quigley\n\n8:41 PM on December 20, 2023\n\n" + BODY
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == "Bridge Reopens After Repairs"
    assert [a.name for a in article.authors] == ["Dana Quigley"]


def test_byline_with_its_stamp_glued_on() -> None:
    text = "* Home\n\nBridge Reopens After Repairs\n\nDec 21, 2023 at 1:39 pm | By Dana Quigley\n\n" + BODY
    article = newsstruct.parse(text)
    assert [a.name for a in article.authors] == ["Dana Quigley"]
    assert article.published is not None and article.published.iso == "2023-12-21T13:39"


def test_german_byline() -> None:
    text = "Startseite\n\nNeue Brücke für die Altstadt\n\nVon Jana Roth und Max Berg\n\n" + BODY
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == "Neue Brücke für die Altstadt"
    assert [a.name for a in article.authors] == ["Jana Roth", "Max Berg"]


def test_junk_around_a_byline_names_no_one() -> None:
    text = (
        "Bridge Reopens After Repairs\n\nBy Dana Quigley\n\nEmail The Author\n\nFollow\n\n"
        "3 Minute Read\n\nPublished\n\nHours Ago\n\n" + BODY
    )
    article = newsstruct.parse(text)
    assert [a.name for a in article.authors] == ["Dana Quigley"]


def test_no_headline_when_the_text_starts_with_the_body() -> None:
    article = newsstruct.parse(BODY)
    assert article.headline is None
    assert article.byline is None
    assert len(article.paragraphs) == 3


def test_all_caps_headline() -> None:
    article = newsstruct.parse("COUNCIL APPROVES CITY BUDGET\n\n" + BODY)
    assert article.headline is not None and article.headline.text == "COUNCIL APPROVES CITY BUDGET"


def test_headline_lines_are_not_datelines() -> None:
    text = "CORN SUPPLY/DEMAND BY COUNTRY -- USDA\n\nWASHINGTON, April 9 - The department said on Thursday.\n"
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == "CORN SUPPLY/DEMAND BY COUNTRY -- USDA"
    assert article.dateline is not None and article.dateline.location == "WASHINGTON"


def test_lede_under_the_headline_stays_in_the_body() -> None:
    text = (
        "* Home\n\nBridge Reopens After Repairs\n\n"
        "The old bridge over the river reopened on Monday after two years of repairs that cost the city "
        "more than it had planned.\n\nBy Dana Quigley\n\nDecember 21, 2023\n\n" + BODY
    )
    article = newsstruct.parse(text)
    assert article.paragraphs[0].text.startswith("The old bridge")
    assert [a.name for a in article.authors] == ["Dana Quigley"]
    assert _labels(article)["By Dana Quigley"] == "byline"


@given(header_pages())
def test_generated_pages(generated: GeneratedHeaderPage) -> None:
    article = newsstruct.parse(generated.text)
    assert article.headline is not None
    assert article.headline.text == generated.headline
    assert tuple(a.name for a in article.authors) == generated.authors
    assert (article.published.iso if article.published else None) == generated.published
