"""Check the promises every parse keeps: exact offsets and a partition of the text.

>>> from newsstruct import parse
>>> text = "Headline Here\\n\\nBody text, said someone."
>>> problems(parse(text), text)
[]
"""

from __future__ import annotations

from collections.abc import Iterator

from newsstruct.model import Article, Span


def _spans(article: Article) -> Iterator[tuple[str, Span]]:
    for key in ("headline", "subheadline", "byline", "dateline", "published"):
        span = getattr(article, key)
        if span is not None:
            yield key, span
    for key in ("paragraphs", "credits", "boilerplate", "quotes"):
        for i, span in enumerate(getattr(article, key)):
            yield f"{key}[{i}]", span
    for i, q in enumerate(article.quotes):
        if q.speaker is not None:
            yield f"quotes[{i}].speaker", q.speaker
        if q.cue is not None:
            yield f"quotes[{i}].cue", q.cue
    for i, entity in enumerate(article.entities):
        for k, mention in enumerate(entity.mentions):
            yield f"entities[{i}].mentions[{k}]", mention


def problems(article: Article, source: str) -> list[str]:
    """Every broken promise of ``article`` parsed from ``source`` (empty when all hold)."""
    found: list[str] = []
    for where, span in _spans(article):
        if not 0 <= span.start <= span.end <= len(source):
            found.append(f"{where}: span {span.start}..{span.end} is outside the text")
        elif source[span.start : span.end] != span.text:
            found.append(f"{where}: text does not slice the source")
    for group in ("authors", "contributors"):
        for i, person in enumerate(getattr(article, group)):
            if source[person.start : person.end] != person.text:
                found.append(f"{group}[{i}]: text does not slice the source")
    pos = 0
    for i, seg in enumerate(article.segments):
        if not pos <= seg.start <= seg.end <= len(source):
            found.append(f"segments[{i}]: out of order or outside the text ({seg.start}..{seg.end})")
            return found
        if source[pos : seg.start].strip():
            found.append(f"segments: text at {pos}..{seg.start} is in no segment")
        if seg.start == seg.end or not source[seg.start : seg.end].strip():
            found.append(f"segments[{i}]: empty")
        pos = seg.end
    if source[pos:].strip():
        found.append(f"segments: text after {pos} is in no segment")
    ids = {e.id for e in article.entities}
    for i, q in enumerate(article.quotes):
        if q.speaker is not None and q.speaker.entity is not None and q.speaker.entity not in ids:
            found.append(f"quotes[{i}].speaker: entity {q.speaker.entity} is not among the entities")
    return found
