"""The article this project started from, parsed in full and checked against its gold."""

from __future__ import annotations

from typing import Any

import newsstruct


def test_seed_article(seed: dict[str, Any]) -> None:
    text, gold = seed["text"], seed["gold"]
    article = newsstruct.parse(text)
    assert article.headline is not None and article.headline.text == gold["headline"]
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location) == ("MOSCOW —", "MOSCOW")
    assert len(article.paragraphs) == gold["paragraphs"]
    assert [a.name for a in article.authors] == gold["authors"]
    assert [c.name for c in article.contributors] == gold["contributors"]
    assert {c.role for c in article.contributors} == {"research"}
    assert {b.text: b.kind for b in article.boilerplate} == {
        "Related Articles": "related",
        "Back to top button": "navigation",
    }


def test_seed_quotes_and_speakers(seed: dict[str, Any]) -> None:
    article = newsstruct.parse(seed["text"])
    got = {(q.start, q.end): q for q in article.quotes}
    for g in seed["gold"]["quotes"]:
        q = got[(g["start"], g["end"])]
        assert q.kind == g["kind"]
        assert q.speaker is not None
        assert q.speaker.name == g["speaker_name"]
        if g["speaker_start"] is not None:
            assert (q.speaker.start, q.speaker.end) == (g["speaker_start"], g["speaker_end"])
