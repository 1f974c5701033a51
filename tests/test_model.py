"""The model: frozen values, the JSON contract, and reading it back."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given

import newsstruct
from newsstruct.model import LABELS, Article, Segment, Span
from newsstruct.testing import GeneratedArticle, articles

CONTRACT_KEYS = {
    "schema_version",
    "headline",
    "subheadline",
    "byline",
    "dateline",
    "authors",
    "contributors",
    "paragraphs",
    "quotes",
    "credits",
    "boilerplate",
    "segments",
    "published",
    "entities",
}


@given(articles())
def test_round_trip_through_json(generated: GeneratedArticle) -> None:
    article = newsstruct.parse(generated.text)
    data = json.loads(json.dumps(article.to_dict()))
    assert set(data) == CONTRACT_KEYS
    back = Article.from_dict(data, source=generated.text)
    assert back == article
    assert Article.from_dict(article.to_dict(include_source=True)).source == generated.text


def test_contract_shapes(seed: dict[str, object]) -> None:
    d = newsstruct.parse(str(seed["text"])).to_dict()
    assert d["schema_version"] == 1
    assert set(d["dateline"]) >= {"start", "end", "text", "location", "date", "agency"}
    assert all(set(p) >= {"name", "role", "start", "end"} for p in d["authors"] + d["contributors"])
    for q in d["quotes"]:
        assert set(q) >= {"start", "end", "text", "kind", "paragraph", "speaker", "cue"}
        assert q["kind"] in ("direct", "partial", "block")
        if q["speaker"] is not None:
            assert set(q["speaker"]) >= {"start", "end", "text", "name"}
    assert all(b["kind"] for b in d["boilerplate"])
    assert all(s["label"] in LABELS for s in d["segments"])
    ids = {e["id"] for e in d["entities"]}
    for e in d["entities"]:
        assert set(e) >= {"id", "name", "type", "gender", "mentions", "roles"}
        assert e["type"] in ("person", "organisation", "group", "document", None)
        assert e["gender"] in ("m", "f", None)
        assert e["mentions"]
    assert all(q["speaker"]["entity"] in ids for q in d["quotes"] if q["speaker"] and q["speaker"]["entity"])


def test_values_are_frozen() -> None:
    span = Span(0, 1, "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


def test_spans_validate() -> None:
    with pytest.raises(ValueError):
        Span(5, 2, "")
    with pytest.raises(ValueError):
        Segment("title", 0, 1)  # type: ignore[arg-type]


def test_unknown_schema_version_is_refused() -> None:
    with pytest.raises(ValueError, match="schema_version"):
        Article.from_dict({"schema_version": 99})


def test_body_text_joins_dateline_and_paragraphs() -> None:
    article = newsstruct.parse("Rain Expected\n\nLONDON (Reuters) - It will rain.\n\nThen it will stop.")
    assert article.body_text == "LONDON (Reuters) -\nIt will rain.\nThen it will stop."
