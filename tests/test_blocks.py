"""Lines and blocks: offsets, blank lines, wire indentation, hard wrapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsstruct.testing import noisy_text
from newsstruct.text.blocks import split_blocks, split_lines


def texts(text: str) -> list[str]:
    return [text[b.start : b.end] for b in split_blocks(text)]


def test_lines_keep_offsets_and_strip_spaces() -> None:
    text = "  first line  \r\n\r\nsecond\tline\n"
    lines = split_lines(text)
    assert [text[x.start : x.end] for x in lines] == ["first line", "second\tline"]
    assert lines[0].indent == 2
    assert lines[1].breaks_before == 2


def test_blank_lines_separate_blocks() -> None:
    assert texts("One.\n\nTwo.\n\n\nThree.") == ["One.", "Two.", "Three."]


def test_indented_first_lines_start_wire_paragraphs() -> None:
    text = (
        "LONDON, Feb 26 - The first paragraph runs over two lines of\n"
        "hard-wrapped wire copy and ends here with a full stop.\n"
        "    The second paragraph is indented by four spaces as the wire\n"
        "did it in 1987 and it also runs on to another line.\n"
        " Reuter"
    )
    blocks = texts(text)
    assert len(blocks) == 3
    assert blocks[0].startswith("LONDON") and blocks[0].endswith("full stop.")
    assert blocks[1].startswith("The second") and blocks[2] == "Reuter"


def test_short_last_line_ends_a_wrapped_paragraph() -> None:
    text = (
        "This paragraph is wrapped at about sixty characters a line so\n"
        "that its lines are all of a similar width until the end.\n"
        "Short end.\n"
        "A new paragraph starts here after the short line above it and\n"
        "it runs on."
    )
    assert len(texts(text)) == 2


def test_short_lines_stay_apart() -> None:
    assert texts("Sign in\nMail\nNews\nSports") == ["Sign in", "Mail", "News", "Sports"]


def test_bullets_never_join() -> None:
    text = "  * Subscriptions that run long enough to look like wrapped text\n  * Business section"
    assert len(texts(text)) == 2


def test_one_long_line_per_paragraph_is_not_joined() -> None:
    text = ("word " * 60).strip() + "\n" + ("other " * 60).strip()
    assert len(texts(text)) == 2


@given(noisy_text)
def test_blocks_cover_every_line_once_in_order(text: str) -> None:
    lines = split_lines(text)
    blocks = split_blocks(text, lines)
    assert [line for b in blocks for line in b.lines] == lines
    for line in lines:
        content = text[line.start : line.end]
        assert content == content.strip() and content


@given(st.text(alphabet=" \t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029x", max_size=200))
def test_every_non_space_character_is_in_a_line(text: str) -> None:
    covered = set()
    for line in split_lines(text):
        covered.update(range(line.start, line.end))
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


def test_a_line_ending_in_a_colon_ends_its_block() -> None:
    text = (
        "So far these universities have had events cancelled or material seized by the police:\nUFRRJ\nUFPB"
    )
    assert texts(text)[0].endswith("police:")
