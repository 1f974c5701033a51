"""Where the body lies among a page's blocks: weights, walls, the choice of run, and the
structure around it (teasers under a related heading, author boxes, content lists)."""

from __future__ import annotations

import pytest

from newsstruct.layout import stands_alone
from newsstruct.page import body
from newsstruct.page.measure import Measure, measure_page
from newsstruct.text.blocks import split_blocks

PARAGRAPH = (
    "The harbor authority said on Monday that repairs to the old sea wall would begin in the "
    "spring, after engineers found deep cracks along a stretch of nearly two hundred meters."
)


def _measures(*blocks: str) -> list[Measure]:
    text = "\n\n".join(blocks)
    return measure_page(text, split_blocks(text, stands_alone=stands_alone))


def _range(*blocks: str) -> list[str]:
    measures = _measures(*blocks)
    first, last = body.body_range(measures)
    return [m.text for m in measures[first : last + 1]]


def test_prose_weighs_for_and_furniture_against() -> None:
    prose, menu, share = _measures(PARAGRAPH, "* Politics", "Share this article")
    assert body.weight(prose) == prose.words
    assert body.weight(menu) < 0
    assert body.weight(share) < body.weight(menu)


def test_best_run_is_the_largest_positive_sum() -> None:
    assert body.best_run([-1.0, 3.0, -1.0, 4.0, -9.0, 2.0]) == body.Run(1, 3, 6.0)
    assert body.best_run([-1.0, -2.0]) is None


@pytest.mark.parametrize(
    ("lines", "wall"),
    [
        (["Share this article"], True),  # a closing phrase of two words or more
        (["Leave a comment"], True),
        (["Advertisement"], False),  # may stand between two paragraphs
        (["Read more: Harbor wall repairs delayed"], False),
        (["Twitter."], False),  # one word alone: an image's source as often as a button
    ],
)
def test_walls(lines: list[str], wall: bool) -> None:
    measures = _measures(PARAGRAPH, *lines, PARAGRAPH)
    assert body.is_wall(measures, 1) is wall


def test_one_word_next_to_other_closing_furniture_is_a_wall() -> None:
    measures = _measures(PARAGRAPH, "Facebook", "Twitter", PARAGRAPH)
    assert body.is_wall(measures, 1) and body.is_wall(measures, 2)


def test_the_body_never_crosses_a_wall() -> None:
    second = PARAGRAPH.replace("harbor authority", "school board")
    got = _range(PARAGRAPH, PARAGRAPH, "Share this story", second, second, second)
    assert got == [PARAGRAPH, PARAGRAPH]


def test_the_first_strong_run_wins_over_a_later_longer_one() -> None:
    runs = [body.Run(0, 3, 100.0), body.Run(5, 9, 180.0)]
    assert body.choose(runs) == runs[0]
    runs = [body.Run(0, 3, 40.0), body.Run(5, 9, 180.0)]
    assert body.choose(runs) == runs[1]


def test_runs_in_a_comment_thread_are_trailing() -> None:
    comment = " ".join([PARAGRAPH] * 3)
    measures = _measures(PARAGRAPH, PARAGRAPH, "3 Comments", "harborwatcher says:", comment)
    runs = body.candidates(measures, [body.weight(m) for m in measures])
    assert [r.trailing for r in runs] == [False, True]
    assert body.choose(runs) == runs[0]


def test_teasers_under_a_related_heading() -> None:
    measures = _measures(
        PARAGRAPH,
        "Related",
        "* Sea Wall Repairs Delayed Again",
        "Engineers found more damage than expected.",
        "* New Parks for the East Bank",
        PARAGRAPH,
        PARAGRAPH,
    )
    assert [m.under_related for m in measures] == [False, False, True, True, True, False, False]


def test_an_inline_related_link_lets_the_article_resume() -> None:
    measures = _measures(PARAGRAPH, "Read more", "Sea Wall Repairs Delayed Again", PARAGRAPH, PARAGRAPH)
    assert [m.under_related for m in measures] == [False, False, True, False, False]


def test_author_box_closes_the_run() -> None:
    got = _range(
        PARAGRAPH,
        PARAGRAPH,
        "Jane Okafor",
        "Jane Okafor covers the harbor for the Example Gazette.",
    )
    assert got == [PARAGRAPH, PARAGRAPH]


def test_a_subheading_is_not_an_author_box() -> None:
    got = _range(PARAGRAPH, "Harbor Repairs", "The repairs will take two years, the authority said.")
    assert got[-1] == "The repairs will take two years, the authority said."


def test_content_lists_stay_and_menus_go() -> None:
    intro = "The plan pays for three things:"
    measures = _measures(intro, "* a footbridge\n* two parks\n* repairs to the wall")
    assert all(m.content_item for m in measures[1:])
    menu = _measures("* News\n* Politics\n* Sport")
    assert not any(m.content_item for m in menu)


def test_no_prose_at_all_falls_back_to_what_follows_the_header() -> None:
    first, last = body.body_range(_measures("Results Table", "Team A 3 1", "Team B 2 2"))
    assert (first, last) == (1, 2)


def test_a_one_word_section_heading_is_a_wall() -> None:
    measures = _measures(PARAGRAPH, "Kommentare", PARAGRAPH)
    assert body.is_wall(measures, 1)


def test_each_peak_between_walls_is_a_candidate() -> None:
    # Prose, a gallery heavy enough to cancel it, prose again: two runs, not one.
    assert body.peak_runs([5.0, 4.0, -20.0, 6.0, 7.0]) == [body.Run(0, 1, 9.0), body.Run(3, 4, 13.0)]
    assert body.peak_runs([5.0, -2.0, 6.0]) == [body.Run(0, 2, 9.0)]


def test_titles_trailing_the_run_are_left_out() -> None:
    got = _range("* News\n* Sport", PARAGRAPH, PARAGRAPH, "Weitere aktuelle Themen aus der Arbeitswelt")
    assert got == [PARAGRAPH, PARAGRAPH]


def test_a_quote_attributed_after_a_dash_may_end_the_body() -> None:
    got = _range(PARAGRAPH, "“The wall will hold for now” — Mara Lindqvist")
    assert got[-1] == "“The wall will hold for now” — Mara Lindqvist"
