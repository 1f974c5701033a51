"""The shortcuts of reading people give the answers of reading everything at once: the
lower-case words looked up one by one, the people read only when a speaker needs them,
and the shapes of runs of capitalised words remembered from one run to the next."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct.quotes import name_shapes, speakers
from newsstruct.text.lower_words import LOWER_WORD, LowerWords

# letters of both cases (some beyond ASCII), a combining mark, apostrophes, hyphens,
# digits and spaces: every character class the pattern distinguishes
ALPHABET = "abeheRSTŠšéÉ\u0301'’-5 .,\n“"
TEXTS = st.text(alphabet=ALPHABET, max_size=60)


def _eager(text: str, paragraphs: list[tuple[int, int]]) -> set[str]:
    found: set[str] = set()
    for lo, hi in paragraphs:
        found.update(LOWER_WORD.findall(text, lo, hi))
    return found


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[str]]:
    text = draw(TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    paragraphs = list(zip(cuts[::2], cuts[1::2], strict=False))  # in order, as an article's
    if draw(st.booleans()):  # or in any order, overlapping: the slower way must agree too
        bound = st.integers(0, len(text))
        paragraphs = draw(st.lists(st.tuples(bound, bound), max_size=4))
    pieces = [text[a:b] for a in range(len(text)) for b in range(a + 1, min(len(text), a + 6) + 1)]
    words = draw(st.lists(st.sampled_from(pieces) if pieces else st.just("a"), max_size=8))
    words += draw(st.lists(st.text(alphabet=ALPHABET, max_size=4), max_size=4))
    return text, paragraphs, words


@settings(max_examples=400, deadline=None)
@given(_cases(), st.sampled_from([0, 1, 64]))
def test_lower_words_answer_as_the_whole_set(
    case: tuple[str, list[tuple[int, int]], list[str]], budget: int
) -> None:
    text, paragraphs, words = case
    eager = _eager(text, paragraphs)
    lazy = LowerWords(text, paragraphs, budget=budget)
    for word in words + words:
        assert (word in lazy) == (word in eager), word


def test_lower_words_see_before_the_paragraph() -> None:
    # the look-behind reads the character before a paragraph, as the pattern does
    text = "well-known thing"
    assert ("known" in LowerWords(text, [(5, 16)])) == ("known" in _eager(text, [(5, 16)]))
    assert "thing" in LowerWords(text, [(5, 16)])


def test_lower_words_past_the_budget_collect_once() -> None:
    text = "a " * 50
    lazy = LowerWords(text, [(0, len(text))], budget=1)
    assert "b" not in lazy
    assert "a" in lazy  # asked after the budget ran out: from the whole set


SPEECH = [
    "“We will win,” said Jane Doe, a spokeswoman. “Yes,” she added.",
    "Regular exercise helps. “It works,” Dr. Ann Berg said. Berg, 61, runs a clinic.",
    "Mr. Putin met Xi Jinping. “Old friend,” Putin said. The Russian President Vladimir Putin left.",
    "He called it “a waste”. “The Walking Dead” aired. Tore Vik and Lena Abu said “no.”",
]


@pytest.mark.parametrize("text", SPEECH)
def test_people_read_eagerly_give_the_same_speakers(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = newsstruct.parse(text).to_dict()
    name_shapes._run_shape.cache_clear()
    name_shapes._name_shape.cache_clear()

    class Eager(speakers._LazyPeople):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            self.get()

    monkeypatch.setattr(speakers, "_LazyPeople", Eager)
    assert newsstruct.parse(text).to_dict() == lazy


def test_people_are_not_read_without_a_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[object] = []
    monkeypatch.setattr(speakers, "People", lambda *args: read.append(args))
    article = newsstruct.parse("He watched “The Walking Dead” on Friday, with what he called “delight”.")
    assert article.quotes and all(q.speaker is None for q in article.quotes)
    assert read == []
