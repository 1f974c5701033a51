"""Articles built from parts: the parser recovers the parts it was given."""

from __future__ import annotations

from hypothesis import given

import newsstruct
from newsstruct.testing import GeneratedArticle, articles


@given(articles())
def test_headline_byline_and_dateline(generated: GeneratedArticle) -> None:
    article = newsstruct.parse(generated.text)
    assert article.headline is not None
    assert article.headline.text == generated.headline
    assert tuple(a.name for a in article.authors) == generated.authors
    if generated.dateline_location is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert article.dateline.location == generated.dateline_location
        assert article.dateline.agency == generated.dateline_agency


@given(articles())
def test_paragraphs_and_furniture(generated: GeneratedArticle) -> None:
    article = newsstruct.parse(generated.text)
    assert len(article.paragraphs) == generated.paragraphs
    assert sorted(b.text for b in article.boilerplate) == sorted(generated.boilerplate)
    assert tuple(c.name for c in article.contributors) == generated.contributors


@given(articles())
def test_every_quote_is_found_with_its_speaker(generated: GeneratedArticle) -> None:
    article = newsstruct.parse(generated.text)
    found = list(article.quotes)
    for truth in generated.quotes:
        # quotes come in text order; the same words may be quoted twice
        at = next((i for i, q in enumerate(found) if q.text == truth.text), None)
        assert at is not None, truth
        quote = found.pop(at)
        assert quote.kind == truth.kind
        assert quote.speaker is not None
        assert quote.speaker.name == truth.speaker, (truth.pattern, quote.rule, quote.speaker)
        assert quote.rule == truth.pattern, (truth, quote.rule)


@given(articles(furniture=False))
def test_body_text_is_the_paragraphs_in_order(generated: GeneratedArticle) -> None:
    article = newsstruct.parse(generated.text)
    for paragraph in article.paragraphs:
        assert paragraph.text in generated.text
    assert article.body_text.count("\n") == len(article.paragraphs) - (0 if article.dateline else 1)
