"""The attribution grammar on its own: tokens, speaker phrases, subjects of cue verbs."""

from __future__ import annotations

import pytest

from newsstruct.quotes import phrases
from newsstruct.text.tokens import tokenize


def words(text: str) -> list[str]:
    t = tokenize(text, 0, len(text))
    return [t.word(i) for i in range(len(t))]


def test_tokens_keep_abbreviations_and_initials() -> None:
    assert words("Sen. Jane K. Doe (D-Md.), said U.S. officials.") == [
        "Sen.", "Jane", "K.", "Doe", "(", "D-Md.", ")", ",", "said", "U.S.", "officials", ".",
    ]  # fmt: skip
    assert words("“It's 3.5 percent,” he said.") == [
        "“",
        "It's",
        "3.5",
        "percent",
        ",",
        "”",
        "he",
        "said",
        ".",
    ]


@pytest.mark.parametrize(
    ("after_cue", "phrase", "head", "kind"),
    [
        ("Jane Doe, the mayor.", "Jane Doe", "Jane Doe", "name"),
        ("Oilers head coach Ken Hitch.", "Oilers head coach Ken Hitch", "Ken Hitch", "name"),
        ("state Sen. Ana Ruiz (D).", "state Sen. Ana Ruiz (D)", "Sen. Ana Ruiz", "name"),
        ("an Ohio Democrat, who", "an Ohio Democrat", "an Ohio Democrat", "description"),
        ("the 46-year-old.", "the 46-year-old", "the 46-year-old", "description"),
        (
            "one former campaign staffer.",
            "one former campaign staffer",
            "one former campaign staffer",
            "description",
        ),
        (
            "a spokeswoman for the Health Ministry.",
            "a spokeswoman for the Health Ministry",
            "a spokeswoman for the Health Ministry",
            "description",
        ),
        ("Tore Vik and Lena Abu.", "Tore Vik and Lena Abu", "Tore Vik and Lena Abu", "group"),
    ],
)
def test_phrase_after_a_cue(after_cue: str, phrase: str, head: str, kind: str) -> None:
    text = "said " + after_cue
    t = tokenize(text, 0, len(text))
    p = phrases.np_after(t, 1, len(t))
    assert p is not None
    assert (text[p.start : p.end], text[p.head_start : p.head_end], p.kind) == (phrase, head, kind)


@pytest.mark.parametrize("after_cue", ["the plan could work.", "that the vote was close.", "on Tuesday that"])
def test_no_phrase_where_a_clause_follows(after_cue: str) -> None:
    text = "said " + after_cue
    t = tokenize(text, 0, len(text))
    assert phrases.np_after(t, 1, len(t)) is None


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("Jane Doe said", "Jane Doe"),
        ("Jane Doe, the city's mayor, said", "Jane Doe"),
        ("she later told", "she"),
        ("Speaking in Leeds, Eng., on Monday, Tom Ruiz denied it, saying", "Tom Ruiz"),
        ("When asked, Ms. Sherwood smiled and said", "Ms. Sherwood"),
        ("Ana Ruiz, Minister of Trade, Industry and Energy, said", "Ana Ruiz"),
        ("As Tom Ruiz, a former aide, put it", "Tom Ruiz"),
        ("The most senior official went so far as to say", "The most senior official"),
    ],
)
def test_subject_of_a_cue(before: str, subject: str) -> None:
    t = tokenize(before, 0, len(before))
    cue = max(i for i in range(len(t)) if phrases.cue_at(t, i))
    p = phrases.subject_before(t, 0, cue)
    assert p is not None and before[p.head_start : p.head_end] == subject


def test_cue_phrases_of_several_words() -> None:
    text = "according to the ministry"
    t = tokenize(text, 0, len(text))
    assert phrases.cue_at(t, 0) == 2
    assert phrases.is_according(t, 0)
