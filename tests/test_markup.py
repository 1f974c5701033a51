"""Scraped text keeps what a page's markup leaves between words and at line starts:
no-break spaces ("&nbsp;"), thin spaces, zero-width spaces, byte order marks, and the
Markdown of a converter ("# Headline", "**By Jane Doe**"). They change what a reader
sees not at all, so they change nothing the parser finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.contract import problems
from newsstruct.model import Article
from newsstruct.testing import GeneratedArticle, articles
from newsstruct.text.markup import reading_copy

SPACES = ("\u00a0", "\u202f", "\u2009", "\u2003", "\u3000")
INVISIBLE = ("\u200b", "\ufeff", "\u200e", "\u2060")


def _found(article: Article) -> tuple[object, ...]:
    dateline = article.dateline
    return (
        article.headline and " ".join(article.headline.text.split()),
        tuple(a.name for a in article.authors),
        dateline and (dateline.location and " ".join(dateline.location.split()), dateline.agency),
        tuple((q.speaker and q.speaker.name) for q in article.quotes),
        len(article.paragraphs),
    )


@given(articles(), st.data())
def test_no_break_spaces_change_nothing(generated: GeneratedArticle, data: st.DataObject) -> None:
    text = generated.text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    chosen = data.draw(st.sets(st.sampled_from(spaces), max_size=len(spaces)) if spaces else st.just(set()))
    space = data.draw(st.sampled_from(SPACES))
    spaced = "".join(space if i in chosen else ch for i, ch in enumerate(text))
    plain, marked = newsstruct.parse(text), newsstruct.parse(spaced)
    assert _found(marked) == _found(plain)
    assert problems(marked, spaced) == []  # every span gives back what the page wrote
    assert marked.source is spaced
    assert [(s.start, s.end) for s in marked.segments] == [(s.start, s.end) for s in plain.segments]


@given(articles(), st.sampled_from(INVISIBLE))
def test_invisible_marks_at_line_starts_change_nothing(generated: GeneratedArticle, mark: str) -> None:
    marked_text = "\n".join(mark + line if line.strip() else line for line in generated.text.split("\n"))
    plain, marked = newsstruct.parse(generated.text), newsstruct.parse(marked_text)
    assert _found(marked) == _found(plain)
    assert marked.headline is None or not marked.headline.text.startswith(mark)
    assert problems(marked, marked_text) == []  # the segments cover the marks


@given(st.sampled_from(INVISIBLE))
def test_a_line_of_nothing_but_an_invisible_mark_is_a_blank_line(mark: str) -> None:
    story = "The council approved the plan on Monday after a long debate."
    text = f"Council Approves Harbor Plan\n{mark}\nBy Jane Doe\n{mark}\n{story}\n{mark}"
    article = newsstruct.parse(text)
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.headline is not None and article.headline.text == "Council Approves Harbor Plan"
    assert problems(article, text) == []


@given(articles(), st.integers(1, 3), st.sampled_from(("**", "__", "*", "_")))
def test_markdown_headings_and_emphasis_change_nothing(
    generated: GeneratedArticle, level: int, mark: str
) -> None:
    lines = generated.text.split("\n")
    marked_lines = []
    for line in lines:
        if line == generated.headline:
            line = "#" * level + " " + line
        elif any(line.endswith(a) for a in generated.authors) and line.startswith("By "):
            line = f"{mark}{line}{mark}"
        marked_lines.append(line)
    marked_text = "\n".join(marked_lines)
    plain, marked = newsstruct.parse(generated.text), newsstruct.parse(marked_text)
    assert _found(marked) == _found(plain)
    assert marked.headline is not None and marked.headline.text == generated.headline  # no "#"
    assert problems(marked, marked_text) == []


@given(st.text(alphabet="#*_ ab\n\u00a0\u2009", max_size=60))
def test_the_reading_copy_changes_only_markup_into_spaces(text: str) -> None:
    copy = reading_copy(text)
    assert len(copy) == len(text)
    assert all(a == b or (b == " " and a in "#*_\u00a0\u2009") for a, b in zip(text, copy, strict=True))


def test_bullets_hashtags_and_words_are_no_markup() -> None:
    for text in (
        "* a bullet",
        "- a bullet",
        "#MeToo trends",
        "snake_case and 2*3",
        "**",
        "*starred",
        "__init",
    ):
        assert reading_copy(text) == text
    assert reading_copy("## Storm ##\n**By Jane Doe**") == "   Storm   \n  By Jane Doe  "


@given(st.sampled_from(("  ", "   ", "\u00a0 ")))
def test_an_authors_name_has_one_plain_space_between_words(gap: str) -> None:
    story = "The council approved the plan on Monday after a long debate."
    text = f"Council Approves Harbor Plan\n\nBy Jane{gap}Doe\n\n{story}"
    (author,) = newsstruct.parse(text).authors
    assert (author.name, author.text) == ("Jane Doe", f"Jane{gap}Doe")
