"""The pipeline: blocks, layout, header and tail elements, quotes, speakers, Article."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsstruct.grammar import timestamps
from newsstruct.grammar.byline import BylineMatch
from newsstruct.grammar.dateline import DatelineMatch
from newsstruct.header import authorship, credits
from newsstruct.header.headline import PublishedStamp
from newsstruct.layout import Layout, lay_out, stands_alone
from newsstruct.model import (
    Article,
    Boilerplate,
    Byline,
    Dateline,
    Entity,
    Headline,
    Person,
    Published,
    Quote,
    Segment,
    Span,
)
from newsstruct.quotes import marks as quotes
from newsstruct.quotes import speakers
from newsstruct.text import markup
from newsstruct.text.blocks import split_blocks


def parse(text: str) -> Article:
    """Read the structure of one news article from its plain text.

    What a page's markup left in the text (no-break spaces, Markdown's heading and
    emphasis marks) is read as spaces (:mod:`newsstruct.text.markup`); every span still
    slices ``text`` itself.

    >>> article = parse("Rain Expected\\n\\nLONDON (Reuters) - It will rain, forecasters said.")
    >>> article.headline.text, article.dateline.location, len(article.paragraphs)
    ('Rain Expected', 'LONDON', 1)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}; decode bytes first")
    reading = markup.reading_copy(text)
    blocks = split_blocks(reading, stands_alone=stands_alone)
    article = _assemble(reading, lay_out(reading, blocks))
    return article if reading is text else _sliced_from(article, text)


def _covering(segments: list[Segment], text: str) -> list[Segment]:
    """The segments stretched over the invisible marks between them (a zero-width space
    or byte order mark before a line, or alone on a blank one): the lines are read past
    them, but the segments still cover every character that is not a space."""
    out: list[Segment] = []
    pos = 0
    for seg in segments:
        gap = text[pos : seg.start]
        if gap.strip():
            seg = attrs.evolve(seg, start=pos + len(gap) - len(gap.lstrip()))
        out.append(seg)
        pos = seg.end
    if out and text[pos:].strip():
        out[-1] = attrs.evolve(out[-1], end=len(text.rstrip()))
    return out


def _sliced_from(article: Article, text: str) -> Article:
    """The article read from the reading copy (:mod:`newsstruct.text.markup`), every
    span's ``text`` sliced again from the string the caller gave: offsets are the same,
    and a span gives back what the page wrote, its no-break spaces and all (names keep
    plain spaces); the segments also cover the markup the copy read as spaces."""
    sliced = Article.from_dict(_resliced(article.to_dict(), text), source=text)
    return attrs.evolve(sliced, segments=_covering(list(sliced.segments), text))


def _resliced(node: Any, text: str) -> Any:
    """The JSON contract ``node`` with the ``text`` of every span (a record with
    ``start``, ``end`` and ``text``) sliced from ``text``: one walk covers every kind of
    span the contract has, so none can be missed when a new one is added."""
    if isinstance(node, dict):
        out = {k: _resliced(v, text) for k, v in node.items()}
        start, end = out.get("start"), out.get("end")
        if isinstance(start, int) and isinstance(end, int) and isinstance(out.get("text"), str):
            out["text"] = text[start:end]
        return out
    if isinstance(node, list):
        return [_resliced(v, text) for v in node]
    return node


def _assemble(text: str, layout: Layout) -> Article:
    headline = subheadline = None
    paragraphs: list[Span] = []
    credit_spans: list[Span] = []
    furniture: list[Boilerplate] = []
    segments: list[Segment] = []
    for piece in layout.pieces:
        start, end, zone = piece.start, piece.end, piece.zone
        label = zone.label
        segments.append(Segment(label, start, end, zone.rule))
        # a span only where the article keeps one (a byline or dateline piece has its own record)
        if label == "body":
            paragraphs.append(Span(start, end, text[start:end]))
        elif label == "boilerplate":
            kind = zone.kind or "other"
            content = text[start:end]
            published = timestamps.published_iso(content) if kind == "timestamp" else None
            furniture.append(Boilerplate(start, end, content, kind, zone.rule, published))
        elif label == "credit":
            credit_spans.append(Span(start, end, text[start:end]))
        elif label == "headline" and headline is None:
            headline = Headline(start, end, text[start:end], layout.headline_confidence)
        elif label == "subheadline" and subheadline is None:
            subheadline = Span(start, end, text[start:end])
    authors, contributors = _people(text, layout.byline, credit_spans)
    if not authors and (layout.byline is None or layout.byline.agency is None):
        # No byline names the authors: an author's bio at the end of the page may.
        found = (
            authorship.signed_authors(text, layout.pieces)
            or authorship.bio_authors(text, layout.pieces)
            or authorship.titled_authors(text, layout.pieces)
        )
        authors = [
            Person(f.span.name, "author", f.span.start, f.span.end, text[f.span.start : f.span.end], f.rule)
            for f in found
        ]
    quoted, entities = _quotes(text, paragraphs)
    return Article(
        headline=headline,
        subheadline=subheadline,
        byline=_byline(text, layout.byline),
        dateline=_dateline(text, layout.dateline),
        authors=authors,
        contributors=contributors,
        paragraphs=paragraphs,
        quotes=quoted,
        credits=credit_spans,
        boilerplate=furniture,
        segments=_covering(segments, text),
        source=text,
        published=_published(text, layout.published),
        entities=entities,
    )


def _published(text: str, found: PublishedStamp | None) -> Published | None:
    if found is None:
        return None
    return Published(found.start, found.end, text[found.start : found.end], found.iso, found.rule)


def _dateline(text: str, found: DatelineMatch | None) -> Dateline | None:
    if found is None:
        return None
    return Dateline(
        found.start,
        found.end,
        text[found.start : found.end],
        found.location,
        found.date,
        found.agency,
        found.rule,
    )


def _byline(text: str, found: BylineMatch | None) -> Byline | None:
    if found is None:
        return None
    return Byline(found.start, found.end, text[found.start : found.end], found.agency, found.rule)


def _people(
    text: str, found: BylineMatch | None, credit_spans: Iterable[Span]
) -> tuple[list[Person], list[Person]]:
    authors: list[Person] = []
    contributors: list[Person] = []
    seen: set[str] = set()
    if found is not None:
        for n in found.names:
            if n.name not in seen:
                seen.add(n.name)
                rule = f"byline: {found.rule}"
                authors.append(Person(n.name, "author", n.start, n.end, text[n.start : n.end], rule))
    for span in credit_spans:
        for c in credits.read_credits(text, span.start, span.end):
            if c.name in seen:
                continue
            seen.add(c.name)
            person = Person(c.name, c.role, c.start, c.end, text[c.start : c.end], "credit line")
            (authors if c.role == "author" else contributors).append(person)
    return authors, contributors


def _quotes(text: str, paragraphs: Sequence[Span]) -> tuple[list[Quote], tuple[Entity, ...]]:
    """The quotes with their speakers, and the entities the speakers were resolved among."""
    spans = [(p.start, p.end) for p in paragraphs]
    marked = quotes.find_quotes(text, spans)
    out = []
    attributed = speakers.attribute(text, spans, marked)
    for a in attributed.quotes:
        q = a.marked
        out.append(
            Quote(q.start, q.end, text[q.start : q.end], a.kind, q.paragraph, a.speaker, a.cue, a.rule)
        )
    return out, attributed.entities


__all__ = ["parse"]
