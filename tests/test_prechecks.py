"""The cheap pre-checks that spare a pattern its run never change an answer: wherever
the pattern matches, its pre-check lets it run."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given

from newsstruct.grammar import byline, byline_words, dateline, timestamps
from newsstruct.header import furniture
from newsstruct.page import boilerplate, measure
from newsstruct.page.measure import measure_page
from newsstruct.testing import GeneratedPage, noisy_text, pages
from newsstruct.text import blocks, shape
from newsstruct.text.blocks import split_blocks, split_lines

LINES = [
    "(AP Photo/Jane Doe)",
    "PHOTO: Ann Berg",
    "Photograph by Tom Hale",
    "Crédits : Ana Ruiz",
    "A crowd gathers outside the hall. Getty Images",
    "Flood waters rise near the bridge / AFP",
    "Courtesy of the Harbour Museum",
    "View 12 Photos",
    "Sign up for our daily NEWSLETTER",
    "Read the whole story »",
    "Weiter ›",
    "The council met on Tuesday to discuss the budget.",
    "Residents said the water had reached the second floor.",
    "© 2024 Example News",
    "MOSCOW —",
    "LONDON, Feb 26 (Reuters) -",
    "KANSAS CITY, Mo. (AP) —",
    "Dateline: PARIS, March 3 -",
    "(CNN)The storm moved north overnight.",
    "The long-term plan, officials said, will cost more than expected.",
    "Impressum | Datenschutz | Kontakt",
]


@pytest.mark.parametrize("line", LINES)
def test_furniture_gates_let_every_match_through(line: str) -> None:
    item = shape.item_text(line)
    folded = item.casefold()
    for _, name, pattern in boilerplate._PATTERNS:
        needs = boilerplate._NEEDS.get(name)
        if needs is not None and pattern.search(item):
            assert any(n in folded for n in needs), name


@pytest.mark.parametrize("line", LINES)
def test_credit_at_the_end_gate(line: str) -> None:
    for start in range(1, len(line)):
        if boilerplate._PHOTO_CREDIT.search(line, start):
            assert boilerplate._may_close_on_credit(line[start:])


@pytest.mark.parametrize("line", LINES)
def test_dateline_pre_checks_agree_with_the_patterns(line: str) -> None:
    text = f"{line}\nThe rest of the story follows here."
    for found in split_lines(text):
        start, end = found.start, found.end
        limit = min(end, start + 120)
        opening, offset = dateline._match(text, start, limit, alone=False)
        if opening is not None and opening.end() + offset > start:
            assert dateline._may_end_early(text, start, limit)
        alone, offset = dateline._match(text, start, limit, alone=True)
        if alone is not None and alone.end() + offset > start:
            assert text[start:limit].rstrip(" \t\n")[-1:] in dateline.SEP_ENDS


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("MOSCOW —", True),
        ("LONDON, Feb 26 (Reuters) -", True),
        ("The mayor spoke at length about the long-term plan for the harbour district -", False),
        ("Officials said on Monday that the bridge would reopen", False),
    ],
)
def test_datelines_still_found_and_refused(line: str, found: bool) -> None:
    text = f"{line} The rest follows."
    assert (dateline.match_dateline(text, 0, len(text)) is not None) is found


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Putin", "and", "Xi", "Show", "United", "Front"], True),
        (["the", "council", "met", "on", "Tuesday", "to", "discuss", "the", "budget"], False),
        (["Ten", "Things", "to", "Know", "about", "the", "new", "rules"], False),
        (["Über", "Alles", "Und", "Mehr"], True),
        (["Big"], False),
        ([], False),
    ],
)
def test_title_case_words(words: list[str], expected: bool) -> None:
    assert shape.title_case_words(words) is expected
    assert shape.is_title_case(" ".join(words)) is expected


#: Lines each of the furniture patterns matches, in several cases and languages.
FURNITURE = [
    "© 2023 Example Media. All Rights Reserved.",
    "Copyright 2021 by Example News",
    "(c) 2019 Example",
    "Alle Rechte vorbehalten.",
    "Tous droits réservés",
    "TUTTI I DIRITTI RISERVATI",
    "Alle rechten voorbehouden",
    "Todos los derechos reservados",
    "Todos os direitos reservados",
    "© Bild: Werk/Jane Doe",
    "(C) dpa",
    "5 min read",
    "Lesezeit: 3 Minuten",
    "ca. 4 min",
    "Reading time 7 minutes",
    "Tempo di lettura: 2 minuti",
    "Reuter",
    "REUTERS",
    "(END)",
    "end",
    "###",
    "-30-",
    "— AP",
    "-- Reuters",
    "(AP)",
    "Advertisement",
    "- Anzeige -",
    "ADVERTISEMENT",
    "* Read more »",
]


@pytest.mark.parametrize("line", LINES + FURNITURE)
def test_furniture_opening_gates_let_every_match_through(line: str) -> None:
    item = shape.item_text(line)
    first = item[:1]
    for _, name, pattern in boilerplate._PATTERNS:
        opens = boilerplate._OPENS.get(name)
        if opens is not None and pattern.search(item):
            assert not first.isascii() or first in opens, name
        needs = boilerplate._NEEDS.get(name)
        if needs is not None and pattern.search(item):
            assert any(n in item.casefold() for n in needs), name


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_still_furniture(line: str) -> None:
    assert boilerplate.classify_line(line) is not None


ITEMS = [
    "* Home",
    "• News",
    "o Item",
    "- Sport",
    "– Kultur",
    "· Wetter",
    "▪ Mehr",
    "+ More",
    "1. Politik",
    "12) Sport",
    "3. Wirtschaft und Finanzen heute",
    "",
    "Home",
]


@pytest.mark.parametrize("line", LINES + ITEMS)
def test_list_item_gate_lets_every_bullet_through(line: str) -> None:
    if shape._BULLET.match(line) or shape._ITEM_NUMBER.match(line) or shape._NUMBERED.match(line):
        assert shape.may_open_item(line)


@given(noisy_text)
def test_list_item_gate_on_any_text(text: str) -> None:
    if shape._BULLET.match(text) or shape._ITEM_NUMBER.match(text) or shape._NUMBERED.match(text):
        assert shape.may_open_item(text)


@pytest.mark.parametrize(
    "line", ["Read on...", "Mehr…", "More … ”", "He said... (cont.)", "Teaser...)", "Done.", "...and then"]
)
def test_truncation_gate_agrees_with_the_pattern(line: str) -> None:
    found = shape._TRUNCATED.search(line, max(0, len(line) - 12)) is not None
    assert shape.is_truncated(line) is found


@given(noisy_text)
def test_truncation_gate_on_any_text(text: str) -> None:
    found = shape._TRUNCATED.search(text, max(0, len(text) - 12)) is not None
    assert shape.is_truncated(text) is found


@given(noisy_text)
def test_counts_agree_with_the_character_tests(text: str) -> None:
    for sample in (text, text.encode("ascii", "replace").decode("ascii")):
        assert shape.count_digits(sample) == sum(map(str.isdigit, sample))
        assert shape.count_spaces(sample) == sum(map(str.isspace, sample))
        upper = sum(map(str.isupper, sample[:400]))
        lower = sum(map(str.islower, sample[:400]))
        assert shape.letters_upper_ratio(sample) == (upper / (upper + lower) if upper + lower else 0.0)


@given(noisy_text)
def test_page_key_is_the_normalised_line(text: str) -> None:
    for sample in (text, text.encode("ascii", "replace").decode("ascii")):
        assert measure._key(sample, shape.WORD.findall(sample)) == shape.normalise(sample)


@given(pages())
def test_measure_gates_change_no_measure(page: GeneratedPage) -> None:
    """The shape gates in ``measure`` (length, last character, digits) spare calls that
    would have answered no: every measure is what the plain calls give."""
    text = page.text
    for m, block in zip(measure_page(text, split_blocks(text)), split_blocks(text), strict=True):
        chunk = text[block.start : block.end]
        single = len(block.lines) == 1
        alone = single and not shape.is_listed(chunk)
        assert m.comment_mark is (single and boilerplate.comment_mark(chunk))
        plain_dateline = dateline.match_dateline(text, block.start, block.end, alone=True) is not None
        assert m.dateline_alone is (alone and plain_dateline)
        assert m.byline == (byline.match_byline(text, block.start, block.end) if alone else None)
        assert m.title is measure.looks_like_title(chunk, m.words)


COMMENT_LINES = [
    "Jane says:",
    "jane 11 Dec 2012 at 11:07",
    "45 thoughts on “The plan”",
    "Klaus sagt:",
    "By Jane Doe, May 5, 2021",
    "Posted on 12 May 2021 at 10:00",
    "1. jane 11 May 2021 10:22",
]


def test_measure_gates_change_no_measure_on_known_lines() -> None:
    text = "\n\n".join(LINES + FURNITURE + COMMENT_LINES + ITEMS[:-2]) + "\n"
    blocks = split_blocks(text)
    for m, block in zip(measure_page(text, blocks), blocks, strict=True):
        chunk = text[block.start : block.end]
        alone = not shape.is_listed(chunk)
        assert m.comment_mark is boilerplate.comment_mark(chunk)
        plain_dateline = dateline.match_dateline(text, block.start, block.end, alone=True) is not None
        assert m.dateline_alone is (alone and plain_dateline)
        assert m.byline == (byline.match_byline(text, block.start, block.end) if alone else None)
    assert any(m.comment_mark for m in measure_page(text, blocks))
    assert any(m.dateline_alone for m in measure_page(text, blocks))


STAMPS = ["Published Dec. 15, 2021", "5 hours ago", "just now", "AN HOUR AGO", "Updated 10:45 a.m. ET"]


@pytest.mark.parametrize("line", LINES + STAMPS)
def test_stamp_gate_lets_every_stamp_through(line: str) -> None:
    if timestamps.match_timestamp(line) is not None:
        assert boilerplate._may_stamp(line)


@given(noisy_text)
def test_stamp_gate_on_any_text(text: str) -> None:
    if timestamps._may_stamp().search(text) is not None:
        assert boilerplate._may_stamp(text)


def test_stamps_asked_twice_are_the_same() -> None:
    text = "By Jane Doe • 12/18/23 4:02pm\nUpdated Dec. 22, 2023 10:45 a.m. PT"
    first = timestamps.find_stamps(text, 0, 29)
    first.clear()  # a caller's list is its own
    assert timestamps.find_stamps(text, 0, 29) == timestamps.find_stamps(text[:29] + " ", 0, 29)
    assert timestamps.find_stamps(text, 0, 29)


def test_person_memo_gives_each_line_its_own_offsets() -> None:
    text = "Jane Doe\nx Jane Doe Cybersecurity"
    first = byline._person(text, 0, 8)
    again = byline._person(text, 11, 33)
    assert first is not None and text[first.start : first.end] == "Jane Doe"
    assert again is not None and text[again.start : again.end] == "Jane Doe"
    assert byline._person(text, 11, 33) == again


def test_name_and_rest_memo_gives_each_line_its_own_offsets() -> None:
    text = "Jessica Rendall Wellness Writer\n* Jessica Rendall Wellness Writer"
    first = byline._name_then_rest(text, 0, 31)
    again = byline._name_then_rest(text, 34, len(text))
    assert first is not None and again is not None and first[1] == again[1] == "title"
    assert text[first[0].start : first[0].end] == text[again[0].start : again[0].end] == "Jessica Rendall"
    assert again[0].start == 34


@pytest.mark.parametrize("line", ["", "a", "1 a 2", "ab", " é-x", "!!", "Ω"])
def test_two_letters_counts_as_the_sum_did(line: str) -> None:
    assert furniture._two_letters(line) == (sum(1 for ch in line if ch.isalpha()) >= 2)


#: Every word written in the byline prefix pattern ("by", "written", "autorin", …).
_PREFIX_WORDS = sorted(set(regex.findall(r"[^\W\d_]+", byline._PREFIX.pattern)) - {"p", "Lu", "Ll", "i", "L"})


@pytest.mark.parametrize("word", _PREFIX_WORDS)
def test_byline_prefix_gate_lets_every_opening_through(word: str) -> None:
    # Each word of the pattern, with each ASCII character in its first place, before
    # what a byline goes on with: wherever the pattern then matches, its gate lets it run.
    for code in range(128):
        for rest in (" Jane Doe", ": Jane Doe", "Jane Doe", " told to Jane Doe", " von Jane Doe"):
            line = chr(code) + word[1:] + rest
            if m := byline._PREFIX.match(line):
                gated = byline._prefix_at(line, 0, len(line))
                assert gated is not None and gated.span() == m.span(), line
            line = word.upper() + rest
            if m := byline._PREFIX.match(line):
                gated = byline._prefix_at(line, 0, len(line))
                assert gated is not None and gated.span() == m.span(), line


@given(noisy_text)
def test_byline_prefix_and_bullet_gates_on_any_text(text: str) -> None:
    for begin in range(min(len(text), 40)):
        m = byline._PREFIX.match(text, begin)
        gated = byline._prefix_at(text, begin, len(text))
        assert (gated and gated.span()) == (m and m.span())
        if byline._BULLET.match(text, begin):
            assert text[begin] in byline._BULLET_MARKS
    assert byline._skip_bullet(text, 0, len(text)) == (
        m.end() if (m := byline._BULLET.match(text, 0, len(text))) else 0
    )


@pytest.mark.parametrize(
    "line", ["* By Jane Doe", "• Reuters", "- Jane", "–\tx", "— By AP", "+ 1", "By Jane"]
)
def test_byline_bullet_gate_on_known_lines(line: str) -> None:
    m = byline._BULLET.match(line)
    assert byline._skip_bullet(line, 0, len(line)) == (m.end() if m else 0)


@given(noisy_text)
def test_block_bullet_gate_on_any_text(text: str) -> None:
    for k in range(len(text)):
        if blocks._BULLET.match(text, k):
            assert blocks._may_bullet(text[k])


@pytest.mark.parametrize(
    "line", ["* item", "• item", "● a", "◦ b", "‣ c", "+ d", "- e", "– f", "— g", "1. x", "12) y", "٣. z"]
)
def test_block_bullet_gate_on_known_lines(line: str) -> None:
    assert blocks._BULLET.match(line)
    assert blocks._may_bullet(line[0])


@pytest.mark.parametrize(
    "line",
    ["By", "by:", "Written by", "Story by :", "Ein Bericht von", "VON:", "Photos by Ann Berg", "Nearby"],
)
def test_ends_by_gate_on_known_lines(line: str) -> None:
    assert furniture._ends_by(line) is (furniture._ENDS_BY.search(line) is not None)


def test_ends_by_gate_passes_over_other_endings() -> None:
    assert furniture._ends_by("Story by")
    assert not furniture._ends_by("Story by Ann Berg")
    assert not furniture._ends_by("Standby")


@given(noisy_text)
def test_ends_by_gate_on_any_text(text: str) -> None:
    for sample in (text, text + " by", text + "\tvon :"):
        assert furniture._ends_by(sample) is (furniture._ENDS_BY.search(sample) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "(Reuters) -",
        "By Jane Doe, AP",
        "Jane Doe | AFP",
        "AP-Dow Jones",
        "The Canadian Press",
        "Agence France-Presse",
        "Officials said on Tuesday",
        "Xinhuanet reported",
        "Reporting by Tom Hale; Editing by Ann Berg",
    ],
)
def test_agency_gate_on_known_lines(line: str) -> None:
    found = byline_words.agency_pattern().search(line) is not None
    assert byline_words._names_agency(line, 0, len(line)) is found
    if found:
        assert byline_words._may_name_agency(line, 0, len(line))


def test_agency_gate_passes_over_lines_without_an_agency() -> None:
    assert not byline_words._may_name_agency("Officials said on Tuesday", 0, 25)
    assert not byline_words._may_name_agency("The Editors", 0, 11)  # "The" opens agencies, but is no key
    assert byline_words._may_name_agency("Officials told Reuters", 0, 22)


@given(noisy_text)
def test_agency_gate_on_any_text(text: str) -> None:
    plain = text.encode("ascii", "replace").decode("ascii")
    for sample in (text, plain, f"{plain} AP", f"Reuters/{plain}", f"{plain}(dpa)", f"x{plain}The Globe"):
        for begin in range(min(len(sample), 4)):
            found = byline_words.agency_pattern().search(sample, begin, len(sample)) is not None
            assert byline_words._names_agency(sample, begin, len(sample)) is found


@given(noisy_text)
def test_code_share_counts_as_the_character_counts_did(text: str) -> None:
    for sample in (text, text.encode("ascii", "replace").decode("ascii") + " {x = f(y);}"):
        code = sum(map(sample[:400].count, shape._CODE_CHARS))
        visible = len(sample[:400]) - sum(map(str.isspace, sample[:400]))
        expected = code > 0 and visible > 0 and code / visible >= shape.CODE_SHARE
        assert shape.is_code(sample) is expected


def test_byline_prefix_pairs_hold_every_opening_pair() -> None:
    # A pair no match of the pattern can open on is one it cannot even partly match.
    for a in range(128):
        for b in range(128):
            pair = chr(a) + chr(b)
            if byline._PREFIX.match(pair, partial=True) is not None:
                assert pair.casefold() in byline._PREFIX_PAIRS, pair


@pytest.mark.parametrize(
    "line", ["By Jane Doe", "BY JANE DOE", "di Mario Rossi", "The Editors", "Officials said", "Autor: X"]
)
def test_byline_prefix_pair_gate_on_known_lines(line: str) -> None:
    m = byline._PREFIX.match(line)
    gated = byline._prefix_at(line, 0, len(line))
    assert (gated and gated.span()) == (m and m.span())


@pytest.mark.parametrize(
    "line", ["It's a well-known fact.", "'90s -- rock'n'roll - ok", "a--b '' - ' x", "1,200 (3.5%)", ""]
)
def test_ascii_word_count_on_known_lines(line: str) -> None:
    assert shape.word_count_ascii(line) == shape.word_count(line) == len(shape.WORD.findall(line))


@given(noisy_text)
def test_ascii_word_count_counts_the_words(text: str) -> None:
    plain = text.encode("ascii", "replace").decode("ascii")
    for sample in (plain, plain.replace("?", "'"), plain.replace("?", "-a")):
        assert shape.word_count_ascii(sample) == shape.word_count(sample) == len(shape.WORD.findall(sample))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Where to Buy the GX 4080, 4090 or 4070", True),
        ("Best Phones Under 300 in 2024", True),
        ("9 12 3 3 2 11 4 Totals", False),
        ("1:0 2:1 3:3 4:2 Results", False),
        ("12.03.2024 14:30 18:45 Update", False),
    ],
)
def test_model_numbers_among_words_keep_a_title(line: str, title: bool) -> None:
    words = len(line.split())
    assert measure.looks_like_title(line, words) is title


SHOP_LINES = [
    "mp3 bei amazon.de",
    "Buy at example.com",
    "kauf bei shop.example.co.uk \n",
    "cd bei musik-laden.de\t",
    "Schneekarten auf Gipfelbuch.ch",
    "Read the story.",
    "www.example",
]


@pytest.mark.parametrize("line", SHOP_LINES)
def test_domain_gate_lets_every_shop_link_through(line: str) -> None:
    if furniture._SHOP_LINK.search(line):
        assert furniture._ends_on_domain(line)


@given(noisy_text)
def test_domain_gate_on_any_text(text: str) -> None:
    """Wherever the shop-link pattern matches, the look at the line's end lets it run."""
    if furniture._SHOP_LINK.search(text):
        assert furniture._ends_on_domain(text)


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        ("mp3 bei amazon.de", True),
        ("[deutsch] [english] [français]", True),
        ("0 Kommentare", True),
        ("Seite 1 \\ A wie Anno 1800", True),
        ("Liebe Leserinnen und Leser,", True),
        ("Schneekarten auf Gipfelbuch.ch", False),
        ("Page 3 girls return to the front page", False),
        ("Liebe ist alles!", False),
    ],
)
def test_ui_lines_after_the_gates(line: str, is_furniture: bool) -> None:
    assert furniture.ui_line(line) is is_furniture
