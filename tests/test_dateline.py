"""Datelines in the house styles of wire services and papers, and things that are not."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given

import newsstruct
from newsstruct.grammar import dateline
from newsstruct.grammar.dateline import match_dateline
from newsstruct.testing import datelines

CASES = [
    # (paragraph opening, dateline text, location, date, agency)
    ("MOSCOW — President Biden may", "MOSCOW —", "MOSCOW", None, None),
    ("LOS ANGELES, Feb 26 - BankAmerica Corp", "LOS ANGELES, Feb 26 -", "LOS ANGELES", "Feb 26", None),
    ("SAN JOSE, Calif., Feb 26 - Excelan", "SAN JOSE, Calif., Feb 26 -", "SAN JOSE, Calif.", "Feb 26", None),
    ("KANSAS CITY, Mo. (AP) — A man", "KANSAS CITY, Mo. (AP) —", "KANSAS CITY, Mo.", None, "AP"),
    ("WASHINGTON (AP) _ The Senate", "WASHINGTON (AP) _", "WASHINGTON", None, "AP"),
    ("LONDON, Nov 28 (Reuters) - Oil", "LONDON, Nov 28 (Reuters) -", "LONDON", "Nov 28", "Reuters"),
    ("PARIS (AFP) - Le", "PARIS (AFP) -", "PARIS", None, "AFP"),
    ("(CNN) -- The storm", "(CNN) --", None, None, "CNN"),
    ("Washington (CNN) — The", "Washington (CNN) —", "Washington", None, "CNN"),
    ("Kyiv, Ukraine — Russian", "Kyiv, Ukraine —", "Kyiv, Ukraine", None, None),
    ("NEW YORK, March 2 -The market", "NEW YORK, March 2 -", "NEW YORK", "March 2", None),
    ("ATLANTA -- Police said", "ATLANTA --", "ATLANTA", None, None),
    ("SAN JUAN, Puerto Rico (AP) — x", "SAN JUAN, Puerto Rico (AP) —", "SAN JUAN, Puerto Rico", None, "AP"),
    ("PORTLAND, Ore. — x", "PORTLAND, Ore. —", "PORTLAND, Ore.", None, None),
    ("RIO DE JANEIRO, March 13 - Output", "RIO DE JANEIRO, March 13 -", "RIO DE JANEIRO", "March 13", None),
    ("NEW YORK, MAR 6 - Permian", "NEW YORK, MAR 6 -", "NEW YORK", "MAR 6", None),
    ("New york, March 2 - Chicago", "New york, March 2 -", "New york", "March 2", None),
    ("st joseph, april 7 - barrow", "st joseph, april 7 -", "st joseph", "april 7", None),
    ("WASHINGTON (UPI) -- The Senate", "WASHINGTON (UPI) --", "WASHINGTON", None, "UPI"),
    ("(Bloomberg) -- Stocks rose", "(Bloomberg) --", None, None, "Bloomberg"),
    ("NEW YORK (Bloomberg) -- Stocks", "NEW YORK (Bloomberg) --", "NEW YORK", None, "Bloomberg"),
    ("Washington (CNN)The storm", "Washington (CNN)", "Washington", None, "CNN"),
    ("Dateline: BERLIN — Officials", "Dateline: BERLIN —", "BERLIN", None, None),
    ("SHANGHAI: Chinese police", "SHANGHAI:", "SHANGHAI", None, None),
    (
        "LONDON, Nov. 28, 2021 (Reuters) - Oil",
        "LONDON, Nov. 28, 2021 (Reuters) -",
        "LONDON",
        "Nov. 28, 2021",
        "Reuters",
    ),
    ("PARIS, Monday — The", "PARIS, Monday —", "PARIS", "Monday", None),
    ("TOKYO, 2021-11-28 — The", "TOKYO, 2021-11-28 —", "TOKYO", "2021-11-28", None),
    ("BERLIN, 28. November (dpa) - Die", "BERLIN, 28. November (dpa) -", "BERLIN", "28. November", "dpa"),
    (
        "Brussels, 28 November 2021 – The",
        "Brussels, 28 November 2021 –",
        "Brussels",
        "28 November 2021",
        None,
    ),
    ("HONG KONG, Jan 5 | The", "HONG KONG, Jan 5 |", "HONG KONG", "Jan 5", None),
    (
        "MEXICO CITY, Dec. 1, 2021 /PRNewswire/ -- Acme",
        "MEXICO CITY, Dec. 1, 2021 /PRNewswire/ --",
        "MEXICO CITY",
        "Dec. 1, 2021",
        "PRNewswire",
    ),
    (
        "DALLAS/FORT WORTH AIRPORT, Texas, March 9 - Singer",
        "DALLAS/FORT WORTH AIRPORT, Texas, March 9 -",
        "DALLAS/FORT WORTH AIRPORT, Texas",
        "March 9",
        None,
    ),
]


@pytest.mark.parametrize(("text", "written", "location", "date", "agency"), CASES)
def test_house_styles(
    text: str, written: str, location: str | None, date: str | None, agency: str | None
) -> None:
    m = match_dateline(text, 0, len(text))
    assert m is not None
    assert text[m.start : m.end] == written
    assert (m.location, m.date, m.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Wheat - 2.55 dlrs",
        "Mr. Xi — who met",
        "BREAKING: Something happened",
        "The president said - no",
        "U.S. - China talks",
        "Note: this is not",
        "He said: we will",
        "In Washington — a town",
        "GOTY: Kotaku's Top 12 Games",
        "COVID-19: What you need to know",
        "EXCLUSIVE — Inside the deal",
        "UPDATE - new figures",
        "WATCH: The video",
        "OPINION — Why we",
        "ANALYSIS: The vote",
        "Q: What now?",
    ],
)
def test_not_datelines(text: str) -> None:
    assert match_dateline(text, 0, len(text)) is None


def test_dateline_on_its_own_line() -> None:
    text = "Storm Hits Coast\n\nCALGARY, Alberta, Feb 26 -\n    Shr loss 1.98 dlrs vs loss 5.24 dlrs\n Reuter"
    article = newsstruct.parse(text)
    assert article.dateline is not None
    assert article.dateline.text == "CALGARY, Alberta, Feb 26 -"
    assert article.paragraphs[0].text.startswith("Shr loss")


def test_first_paragraph_excludes_the_dateline() -> None:
    article = newsstruct.parse("Rain Expected\n\nLONDON (Reuters) - It will rain, forecasters said.")
    assert article.dateline is not None
    assert article.paragraphs[0].text == "It will rain, forecasters said."
    labels = [s.label for s in article.segments]
    assert labels == ["headline", "dateline", "body"]


def test_a_dateline_only_opens_the_body() -> None:
    text = "Headline Words Here\n\nThe first paragraph says things.\n\nLONDON — this is not a dateline."
    article = newsstruct.parse(text)
    assert article.dateline is None


@given(datelines())
def test_generated_datelines(generated: tuple[str, str, str | None]) -> None:
    written, location, agency = generated
    text = written + " The body follows."
    m = match_dateline(text, 0, len(text))
    assert m is not None
    assert (m.location, m.agency) == (location, agency)
    assert text[m.start : m.end] == written


@pytest.mark.parametrize(
    "text",
    [
        # Inside a sentence, in a later paragraph, in a table row, in a headline line.
        "Storm Hits Coast\n\nThe mayor said LONDON — and Paris — would help.\n\nMore rain is due.",
        "Wheat Prices\n\nWheat - 2.55 dlrs a bushel, traders said on Monday.\n\nCorn - 1.50 dlrs.",
        "CORN SUPPLY/DEMAND BY COUNTRY -- USDA\n\nThe department released its figures on Thursday.",
        "BREAKING: Storm Hits Coast\n\nThe storm arrived on Monday night, officials said.",
    ],
)
def test_no_dateline_in_the_article(text: str) -> None:
    assert newsstruct.parse(text).dateline is None


def test_dateline_glued_to_its_sentence() -> None:
    article = newsstruct.parse("Markets\n\nNEW YORK, March 2 -The market rose on Monday, traders said.")
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.date) == ("NEW YORK, March 2 -", "March 2")
    assert article.paragraphs[0].text.startswith("The market rose")


def test_dateline_line_with_the_body_on_the_next_line() -> None:
    article = newsstruct.parse("Markets Rise\n\nWASHINGTON (AP) —\nThe market rose on Monday, traders said.")
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert article.paragraphs[0].text == "The market rose on Monday, traders said."


def _readings() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The two readings of the dateline pattern written as two patterns, as they were
    before one pattern held both."""
    mark = dateline._ALONE_MARK
    source = dateline._source()
    guard = rf"(?:(?<=\A{mark})(?P<alone>)|(?<!\A{mark}))"
    alone_end = rf"[ \t]*{dateline._SEP}[ \t]*$"
    inline_end = rf"(?:[ \t]*{dateline._SEP}(?=[ \t]*\S)|(?<=\))(?=\p{{Lu}}))"
    either = f"(?(alone){alone_end}|{inline_end})"
    assert source.startswith(guard) and source.endswith(either)
    body = source[len(guard) : -len(either)]
    return regex.compile(body + inline_end, regex.VERSION0), regex.compile(body + alone_end, regex.VERSION0)


@pytest.mark.parametrize(
    "opening", [c[0] for c in CASES] + [c[1] for c in CASES] + ["(Reuters)Oil rose", "x"]
)
@pytest.mark.parametrize("before", ["", "\n", ")", dateline._ALONE_MARK, "A" + dateline._ALONE_MARK])
def test_one_pattern_reads_as_the_two(opening: str, before: str) -> None:
    """Read alone or in a paragraph, the one pattern matches as the two did, whatever
    stands before the line (the mark itself too)."""
    inline, alone = _readings()
    text = before + opening
    start = len(before)
    for reading, pattern in ((False, inline), (True, alone)):
        for limit in range(start, len(text) + 1):
            old = pattern.match(text, start, limit)
            new, offset = dateline._match(text, start, limit, reading)
            old_found = old and (old.end(), old.groupdict())
            new_found = new and (
                new.end() + offset,
                {k: v for k, v in new.groupdict().items() if k != "alone"},
            )
            assert old_found == new_found, (reading, limit)
