"""Scraped text keeps what a page's markup leaves between words and at line starts:
no-break spaces ("&nbsp;"), thin spaces, zero-width spaces and byte order marks. They
change what a reader sees not at all, so they change nothing the parser finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.contract import problems
from newsstruct.model import Article
from newsstruct.testing import GeneratedArticle, articles

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
