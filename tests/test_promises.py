"""The four promises of every parse, as properties over any text (DESIGN.md §1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.contract import problems
from newsstruct.testing import articles, noisy_text


def _keeps_promises(text: str) -> newsstruct.Article:
    article = newsstruct.parse(text)
    assert problems(article, text) == []
    return article


@given(noisy_text)
def test_any_text_parses_with_exact_offsets_and_a_partition(text: str) -> None:
    _keeps_promises(text)


@given(st.text(max_size=300))
def test_any_unicode_text_parses(text: str) -> None:
    _keeps_promises(text)


@given(articles())
def test_generated_articles_keep_the_promises(generated: object) -> None:
    _keeps_promises(generated.text)  # type: ignore[attr-defined]


@given(
    st.lists(
        st.sampled_from(["“", "”", '"', "'", "‘", "’", "«", "»", "„", "``", "''", " ", "\n\n", "a", "B."]),
        max_size=120,
    )
)
def test_unbalanced_quote_marks(pieces: list[str]) -> None:
    article = _keeps_promises("".join(pieces))
    for q in article.quotes:
        assert q.text.strip() == q.text and q.text


@given(articles(), st.sampled_from(["\r\n", "\r", "\u2028"]))
def test_other_line_breaks_keep_the_promises(generated: object, newline: str) -> None:
    text = generated.text.replace("\n", newline)  # type: ignore[attr-defined]
    _keeps_promises(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "x",
        "\x00\x01\x02 binary \xff\ufffd junk",
        "שלום עולם. “ציטוט,” אמר דוד.",
        "مرحبا بالعالم “اقتباس” قال",
        "😀 emoji headline 🎉\n\n“Quote 🤖,” said Jane Doe.",
        "no newline at all " * 50,
        "\r\n".join(["Line"] * 20),
        "“" * 50 + "”" * 3,
        "By\n\nBy By By",
        "MOSCOW —",
        "— — —",
    ],
)
def test_awkward_inputs(text: str) -> None:
    _keeps_promises(text)


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["list"], bytearray(b"x")])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        newsstruct.parse(value)  # type: ignore[arg-type]


def test_segments_label_every_line_of_a_generated_page(seed: dict[str, object]) -> None:
    text = str(seed["text"])
    article = _keeps_promises(text)
    labels = {s.label for s in article.segments}
    assert {"headline", "dateline", "body", "credit", "boilerplate"} <= labels
