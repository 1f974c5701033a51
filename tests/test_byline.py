"""Bylines in the shapes wire services and news sites give them, and what is not a byline."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsstruct
from newsstruct.grammar.byline import match_byline, match_name_line, read_author_line
from newsstruct.testing import GeneratedByline, byline_names, bylines, people_plain
from newsstruct.text.names import proper_case

# (line, names, agency): read anywhere in a text.
CASES = [
    ("By Jane Doe", ["Jane Doe"], None),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], None),
    ("BY ABBY GOODNOUGH", ["Abby Goodnough"], None),
    ("BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"], None),
    ("ByJane Doe", ["Jane Doe"], None),
    ("by Janie Gabbett, Reuters", ["Janie Gabbett"], "Reuters"),
    ("By Malcolm Whittaker and Franck Pauly, Reuters", ["Malcolm Whittaker", "Franck Pauly"], "Reuters"),
    ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
    ("By Jane Doe, Senior Correspondent", ["Jane Doe"], None),
    ("By The Associated Press", [], "Associated Press"),
    ("By Jane Doe | Reuters", ["Jane Doe"], "Reuters"),
    ("Written by Jane Doe", ["Jane Doe"], None),
    ("Story by Jane Doe", ["Jane Doe"], None),
    ("Author: Jane Doe", ["Jane Doe"], None),
    ("Von Jana Roth und Max Berg", ["Jana Roth", "Max Berg"], None),
    ("Jane Doe, Associated Press", ["Jane Doe"], "Associated Press"),
    ("By Sean O'Brien", ["Sean O'Brien"], None),
    ("By Carla D'Afflisio", ["Carla D'Afflisio"], None),
    ("By Ludwig van Beethoven", ["Ludwig van Beethoven"], None),
    ("By Omar bin Laden", ["Omar bin Laden"], None),
    ("By Ahmed al-Sharif", ["Ahmed al-Sharif"], None),
    ("By Lena de Vries and Piet van der Berg", ["Lena de Vries", "Piet van der Berg"], None),
    ("By Mary Smith-Jones", ["Mary Smith-Jones"], None),
    ("By John A. Smith", ["John A. Smith"], None),
    ("By Perry Bacon Jr.", ["Perry Bacon Jr."], None),
    ("By Jane Doe • 12/18/23 4:02pm", ["Jane Doe"], None),
    ("By Jane Doe - The Daily Example - Thursday, December 21, 2023", ["Jane Doe"], None),
    ("By Jane Doe For Daily Mail Australia", ["Jane Doe"], None),
    ("By Jane Doe | jdoe@example.com | The Daily Example", ["Jane Doe"], None),
    # What pages glue to the name: a handle, a reading-time label, a count.
    ("By Jane Doe@janedoe", ["Jane Doe"], None),
    ("By Jane Doelong Read", ["Jane Doe"], None),
    ("By Jane Doe5 min read", ["Jane Doe"], None),
    ("ByJ.R. Stone", ["J.R. Stone"], None),
    ("By J.R. Stone and Ann Poe", ["J.R. Stone", "Ann Poe"], None),
    # A newsroom's staff is no person.
    ("By Jane Doe, Example Weekly Staff", ["Jane Doe"], None),
    ("By Jane Doe, Senior Reporter", ["Jane Doe"], None),
    # German labels without a colon, and the note that follows the name.
    ("Autoren Jana Roth und Max Berg", ["Jana Roth", "Max Berg"], None),
    ("Autorin Jana Roth", ["Jana Roth"], None),
    ("Artikel von: Jana Roth", ["Jana Roth"], None),
    ("Ein Kommentar von Jana Roth", ["Jana Roth"], None),
    # A writer's role as the label, in either gender ("Kolumnist*in:", "Reporterin:").
    ("Kolumnist*in: Jana Roth", ["Jana Roth"], None),
    ("Reporterin: Jana Roth", ["Jana Roth"], None),
    ("Columnist: Jane Doe", ["Jane Doe"], None),
    # A date glued to the name ("By Jane DoeDec. 18, 2023"), even to an initial.
    ("By Jane DoeDecember 23, 2023", ["Jane Doe"], None),
    ("By Jane ODec. 18, 2023 9:00 am EST", ["Jane O"], None),
    # Labels and signing words of German, Spanish, Portuguese and French pages.
    ("Text und Fotos: Jana Roth", ["Jana Roth"], None),
    ("Text & Bilder: Jana Roth", ["Jana Roth"], None),
    ("Texto: Juan Pérez", ["Juan Pérez"], None),
    ("Texto y fotos: Juan Pérez", ["Juan Pérez"], None),
    ("Reportagem: João Silva", ["João Silva"], None),
    ("Escrito por Juan Pérez", ["Juan Pérez"], None),
    ("Posté par Jean Dupont", ["Jean Dupont"], None),
    ("Ein Gastbeitrag von Jana Roth", ["Jana Roth"], None),
    ("Eine Analyse von Jana Roth", ["Jana Roth"], None),
    ("Aufgezeichnet von Jana Roth", ["Jana Roth"], None),
    ("Por João Silva e Maria Souza", ["João Silva", "Maria Souza"], None),
    ("Autor:in: Jana Roth", ["Jana Roth"], None),
    ("Autor*in Jana Roth", ["Jana Roth"], None),
    ("Von Prof. Dr. Jana Roth", ["Jana Roth"], None),
    ("door Jan de Vries", ["Jan de Vries"], None),
    ("di Mario Rossi e Anna Bianchi", ["Mario Rossi", "Anna Bianchi"], None),
    ("Av Anna Svensson och Per Olsen", ["Anna Svensson", "Per Olsen"], None),
    ("Af Mette Hansen og Lars Berg", ["Mette Hansen", "Lars Berg"], None),
    ("Tekst: Jan de Vries", ["Jan de Vries"], None),
    ("Autorka: Anna Nowak", ["Anna Nowak"], None),
    # Particles do not count against a name's length; spaced initials open a name.
    ("By Ana María de la Cruz", ["Ana María de la Cruz"], None),
    ("Por Juan Carlos de la Fuente y Ana Pérez", ["Juan Carlos de la Fuente", "Ana Pérez"], None),
    ("By A. B. Smith", ["A. B. Smith"], None),
    # A capital "E" is an initial, not the Portuguese "e".
    ("By Robert E Lee", ["Robert E Lee"], None),
]


@pytest.mark.parametrize(("line", "names", "agency"), CASES)
def test_bylines(line: str, names: list[str], agency: str | None) -> None:
    m = match_byline(line, 0, len(line))
    assert m is not None
    assert [n.name for n in m.names] == names
    assert m.agency == agency
    for n in m.names:
        assert line[n.start : n.end].casefold() == n.name.casefold()


# (line, names): read only where a page's header puts them, under a headline.
HEADER_CASES = [
    ("Dec 21, 2023 at 1:39 pm | By Jane Doe", ["Jane Doe"]),
    ("Jane Doe - December 21, 2023", ["Jane Doe"]),
    ("Jane Doe 8:41 PM on December 20, 2023", ["Jane Doe"]),
    ("Jane Doe and John Roe, The Daily Example - Dec 20, 2023 3:06 pm UTC", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe Wellness Writer", ["Jane Doe"]),
    ("Jane DoeWriter", ["Jane Doe"]),
    ("Emily Roe Cherry Hill Courier-Post", ["Emily Roe"]),
    ("Jane Doe · Example News · Posted: Dec 22, 2023 8:25 AM EST", ["Jane Doe"]),
    ("Posted On : May 20, 2018 Published By : William J. Patterson", ["William J. Patterson"]),
    ("Veröffentlicht am 17. Dezember 2019 von Jana Roth", ["Jana Roth"]),
    ("October 19, 2019 by ABC123", ["ABC123"]),
    ("26. September 2019 Jana Roth Schreibe einen Kommentar", ["Jana Roth"]),
    ("Lucy Vance as told to Jane Doe", ["Jane Doe"]),
    ("Dec 6, 2023 Jane Doe Politics, News", ["Jane Doe"]),
    ("30. Oktober 2023 Jana Roth Kultur", ["Jana Roth"]),
    ("12/04/2020 by Kay 24 Comments", ["Kay"]),
    ("Jane A. Doe, Politics Reporter", ["Jane A. Doe"]),
    # A particle before a date closes no name ("Juan Pérez el 12 de marzo").
    ("Publicado por Juan Pérez el 12 de marzo de 2021", ["Juan Pérez"]),
    # A reading time backs a name as a date does.
    ("Jane Doe | 3 min read", ["Jane Doe"]),
    ("Jane Doe · 5 min read", ["Jane Doe"]),
    ("Jana Roth | 3 Min. Lesezeit", ["Jana Roth"]),
    ("Juan Pérez | 4 min de lectura", ["Juan Pérez"]),
    ("Autorin: Jana Roth, Projektleiterin der HSS in Tunis.", ["Jana Roth"]),
    ("Jane Doe Smith - December 21, 2023", ["Jane Doe Smith"]),
]


@pytest.mark.parametrize(("line", "names"), HEADER_CASES)
def test_header_bylines(line: str, names: list[str]) -> None:
    m = read_author_line(line, 0, len(line))
    assert m is not None
    assert [n.name for n in m.names] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe@janedoe", ["Jane Doe"]),
        ("* Jane Doearchive page", ["Jane Doe"]),
        ("Jane Doe 7 comments", ["Jane Doe"]),
    ],
)
def test_name_lines(line: str, names: list[str]) -> None:
    """A line of bare names, as a page sets it under a "By" label, with its glued junk."""
    m = match_name_line(line, 0, len(line))
    assert m is not None
    assert [n.name for n in m.names] == names


@pytest.mark.parametrize(
    "line", ["@janedoe", "7 comments Jane Doe", "archive page", "Jane Doe Politics Today"]
)
def test_not_name_lines(line: str) -> None:
    m = match_name_line(line, 0, len(line))
    assert m is None or not m.names


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the vote had been counted",
        "By the time the polls closed",
        "By 2030 emissions must fall",
        "Email The Author",
        "3 Minute Read",
        "Minute Read",
        "Published",
        "Hours Ago",
        "Follow",
        "Twitter",
        "by Northwest Airlines (NWA).",
        "By Example Weekly Staff",
        "Autoren und Verlage",
        "Author page",
        "by Kaneb Services Inc <KAB>, said a jury in Circuit Court of",
        "Ein Kommentar von gestern",
        "Eine Analyse von gestern",
        "di gran lunga il migliore",
        "Door to door delivery by van",
        "AV Club reviews the show",
        "av och till",
        "Por Museo de la Ciudad de México",
        "By A Smith Story",
        "Escrito por el ministro",
        "5 min read",
    ],
)
def test_not_bylines(line: str) -> None:
    assert match_byline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Email The Author",
        "Minute Read",
        "Follow Twitter",
        "Hours Ago",
        "Tucker Carlson Is Entering Streaming",
        "Amanda Jones Reveals Buzzcut Mullet",
        "Pamela Doe's Makeup-Free Life: All Her Public Outings Since 2020",
        "National Football League",
        "EVENT ENDED",
        "CORN SUPPLY/DEMAND BY COUNTRY -- USDA",
        "exporters of corn, by country, as follows in mln tonnes",
        "Gov. Kathy Hochul, Dec. 20, 2023",
        "Pay May 10",
        "NEWPORT BEACH, Calif., March 11 - Period ended January 31.",
        "Das Imperialismus-Phantom",
        "Example Digest Staff",
        "long Read",
        "@janedoe",
        "Hollywood Reporter",
        "24 Comments",
        "Static Performance Analysis",
        "Jane Doe/Example Images",
        "Jane Doe/example.com",
        "Verkündung des Tabaksteuermodernisierungsgesetzes",
        "A.Word.A.Day  About | Media | Search | Contact",
    ],
)
def test_not_header_bylines(line: str) -> None:
    """Junk, headlines and captions are never read as a byline, even under a headline."""
    assert read_author_line(line, 0, len(line)) is None
    found = match_name_line(line, 0, len(line))
    assert found is None or not found.names


@pytest.mark.parametrize(
    ("shouted", "name"),
    [
        ("ABBY GOODNOUGH", "Abby Goodnough"),
        ("SEAN O'BRIEN", "Sean O'Brien"),
        ("JOHN MCCAIN", "John McCain"),
        ("JUAN DE LA CRUZ", "Juan de la Cruz"),
        ("MARTIN LUTHER KING III", "Martin Luther King III"),
        ("Already Mixed", "Already Mixed"),
    ],
)
def test_capitals_restored(shouted: str, name: str) -> None:
    assert proper_case(shouted) == name


GLUED_DATES = ("December 23, 2023", "Dec. 18, 2023 9:00 am EST", "Jan 5, 2024", "May 30, 2019 at 1:06 PM")


@given(byline_names(), st.sampled_from(GLUED_DATES))
def test_a_date_glued_to_the_name_is_cut_off(name: str, date: str) -> None:
    assume(name[-1].isalpha())  # "John Doe Jr.December": the stop keeps them apart
    line = f"By {name}{date}"
    m = match_byline(line, 0, len(line))
    assert m is not None, line
    assert [n.name for n in m.names] == [name]
    assert m.stamp is not None and line[m.stamp.start :].startswith(date.split()[0])


@given(st.lists(byline_names(), min_size=2, max_size=3, unique=True), st.sampled_from(("and", "&", "und")))
def test_names_a_line_each_joined_by_and_lines(people: list[str], joiner: str) -> None:
    lines = f"\n{joiner}\n".join(people)
    page = f"Council Approves Harbor Budget\n\nBy\n{lines}\nPublished Nov 8, 2023\n\n" + _STORY
    article = newsstruct.parse(page)
    assert [a.name for a in article.authors] == people
    assert article.byline is not None and article.byline.rule == "label and names"


READING_TIMES = (" | 3 min read", " · 12 min read", " | 4 Min. Lesezeit", " 2 mins read")


@given(people_plain(), st.sampled_from(READING_TIMES))
def test_a_name_with_a_reading_time_is_a_byline(name: str, reading: str) -> None:
    line = name + reading
    m = read_author_line(line, 0, len(line))
    assert m is not None, line
    assert [n.name for n in m.names] == [name]


@given(people_plain(), st.sampled_from(("el", "le", "il", "do", "de", "da")))
def test_a_particle_after_the_name_is_not_part_of_it(name: str, particle: str) -> None:
    line = f"Publicado por {name} {particle} 12 de marzo de 2021"
    m = read_author_line(line, 0, len(line))
    assert m is not None, line
    assert [n.name for n in m.names] == [name]


@given(st.lists(people_plain(), min_size=2, max_size=3, unique=True))
def test_names_joined_by_a_portuguese_e(people: list[str]) -> None:
    line = "Por " + ", ".join(people[:-1]) + " e " + people[-1]
    m = match_byline(line, 0, len(line))
    assert m is not None, line
    assert [n.name for n in m.names] == people


@pytest.mark.parametrize("line", ["Reporter: What about the harbor?", "By Mayor MarchDecember"])
def test_labels_and_glued_months_that_make_no_byline(line: str) -> None:
    assert match_byline(line, 0, len(line)) is None


@given(bylines())
def test_generated_bylines(generated: GeneratedByline) -> None:
    line = generated.text
    m = match_byline(line, 0, len(line)) if generated.strict else read_author_line(line, 0, len(line))
    assert m is not None, line
    assert tuple(n.name for n in m.names) == generated.names
    assert m.agency == generated.agency


def test_byline_between_headline_and_wire_dateline() -> None:
    text = (
        "TALKING POINT/BANK EQUITY OFFER\n\n"
        "by Janie Gabbett, Reuters\n"
        "LOS ANGELES, Feb 26 - BankAmerica Corp is not under\n"
        "pressure to act quickly on its proposed equity offering, analysts\n"
        "said on Thursday.\n"
    )
    article = newsstruct.parse(text)
    assert article.byline is not None and article.byline.agency == "Reuters"
    assert [a.name for a in article.authors] == ["Janie Gabbett"]
    assert article.dateline is not None and article.dateline.location == "LOS ANGELES"
    assert article.headline is not None and article.headline.text == "TALKING POINT/BANK EQUITY OFFER"


def test_agency_byline_names_no_author() -> None:
    article = newsstruct.parse(
        "Storm Hits Coast\n\nBy The Associated Press\n\nThe storm arrived on Monday night."
    )
    assert article.byline is not None and article.byline.agency == "Associated Press"
    assert article.authors == ()


_STORY = (
    "The council approved the new harbor budget on Tuesday after a long debate about the cost "
    "of the bridge repairs and the river walk.\n\n"
    "Members said the plan would keep the station open through the winter season and protect "
    "the farm roads from the spring floods.\n\n"
    "The vote was seven to two, and the mayor said work would start in the first week of March.\n\n"
)

# (page, authors): whole invented pages whose header names no author.
PAGE_CASES = [
    # The author's bio under the story.
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe is a senior reporter at The Daily "
        "Example. Follow her on social media.\n\nMore stories\n\n* Storm hits coast",
        ["Jane Doe"],
    ),
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + "Jana Roth ist Redakteurin für Wirtschaft und "
        "schreibt über Städte.\n",
        ["Jana Roth"],
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Über die Autorin:\n\nJana Roth (37) ist "
        "Autorin und Journalistin in Berlin.\n",
        ["Jana Roth"],
    ),
    # A "By" line that opens a block with the stamp under it.
    (
        "Council Approves Harbor Budget\n\nThe mayor at the harbor on Monday. (Photo: Example)\n\n"
        "By Jane Doe | jdoe@example.com | The Daily Example\nPUBLISHED: December 22, 2023 at 8:48 p.m.\n\n"
        + _STORY,
        ["Jane Doe"],
    ),
    # An author box under the story: a heading over the name, or a "Written by" line.
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "About the author\n\nJane Doe\n\n"
        "All articles\n\n* Storm hits coast",
        ["Jane Doe"],
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Follow\n\nWritten by Jane Doe\n\n594 Followers\n",
        ["Jane Doe"],
    ),
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + "Geschrieben von Jana Roth\n\nTeilen:\n",
        ["Jana Roth"],
    ),
    # Two names right under the headline, a name line under a stamp.
    (
        "Council Approves Harbor Budget\n\nJane Doe, Ann Poe\nPhoto: Example Images\n\n" + _STORY,
        ["Jane Doe", "Ann Poe"],
    ),
    (
        "Council Approves Harbor Budget\n\nThe mayor at the harbor. (Photo: Example)\n\n"
        "Published: 11:25, 17 Dec 2023\nJane Doe\n\n" + _STORY,
        ["Jane Doe"],
    ),
    # The story signed under its date at the end.
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + "28. November 2022\n\n- Jana Roth\n\nTeilen:\n",
        ["Jana Roth"],
    ),
    # A "By" line over a subhead that reads as the headline.
    (
        "Menu\n\nBy Jane Doe\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
        ["Jane Doe"],
    ),
    # The story's date and byline over its headline: a "By" after the date, or a name
    # that opens with a given name beside it; a date opens the line, no list mark.
    (
        "Menu\n\n* Home\n\n05.02.2020 - Redaktion: Jana Roth (Pressesprecherin)\n\n"
        "Council Approves Harbor Budget\n\n" + _STORY,
        ["Jana Roth"],
    ),
    (
        "Menu\n\n* Home\n\n04.02.2022 | 13:10 Uhr | Jana Roth\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
        ["Jana Roth"],
    ),
    ("Menu\n\n* Home\n\n3. April 2022 by jroth\n\nCouncil Approves Harbor Budget\n\n" + _STORY, ["jroth"]),
    # A name with the labels of a byline widget right under the headline.
    ("Council Approves Harbor Budget\n\nJane Doe 2 months\n\n" + _STORY, ["Jane Doe"]),
    # Names a line each: joined by an "and" line, or under an avatar's initials.
    (
        "Council Approves Harbor Budget\n\nBy\nJane Doe\nand\nAnn Poe\nPublished Nov 8, 2023\n\n" + _STORY,
        ["Jane Doe", "Ann Poe"],
    ),
    (
        "Council Approves Harbor Budget\n\nJD\nJane Doe\nAP\nAnn Poe\nposted 04/05/2022 05:49\n\n" + _STORY,
        ["Jane Doe", "Ann Poe"],
    ),
    # Initials that are not the next name's join nothing.
    (
        "Council Approves Harbor Budget\n\nBy\nJane Doe\nXY\nAnn Poe\nPublished Nov 8, 2023\n\n" + _STORY,
        ["Jane Doe"],
    ),
    # A name over a writer's title, wherever the page sets the author box.
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + _STORY + "* Politik\n\nKommentar von\nJana Roth\n"
        "Redakteurin für Wirtschaft und Umwelt\n\n" + _STORY,
        ["Jana Roth"],
    ),
    # The author box's e-mail address or link to the author's articles under the name.
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + _STORY + "Jana Roth\nWeitere Beiträge\n\n" + _STORY,
        ["Jana Roth"],
    ),
    (
        "Council Approves Harbor Budget\n\nNews\nJane Doe\njane.doe@example.com\n04.05.2022, 05:45:00\n\n"
        + _STORY,
        ["Jane Doe"],
    ),
    # A signature at the end without a colon.
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + "Autoren Jana Roth und Max Berg\n",
        ["Jana Roth", "Max Berg"],
    ),
    (
        "Rat beschließt Hafenhaushalt\n\n"
        + _STORY
        + "Autorin: Jana Roth, Projektleiterin der HSS in Tunis.\n",
        ["Jana Roth"],
    ),
]

# Pages that must name no author.
NO_AUTHOR_PAGES = [
    # A related headline in a list after the story is no tagline.
    "Council Approves Harbor Budget\n\n"
    + _STORY
    + "Related\n\n  * Daily Mail Reporter covers the harbor strike\n"
    + "  * Jane Doe covers the cost of the harbor\n",
    # A journalist as the subject of the story, in the body, not the author box.
    "Reporter Freed After Two Months\n\nJane Doe is a reporter who was detained at the border in "
    "October while covering the harbor strike.\n\n" + _STORY,
    # A bio with no word for a writer.
    "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe is a mother of two who lives by the river.\n",
    # A hard-wrapped paragraph whose second line opens with "by".
    "HARBOR FIRM SAYS JURY RULES FOR IT\n\nHOUSTON, April 7 - Example Energy Partners Ltd, 82 pct owned\n"
    "by Example Services Inc, said a jury in the county court has ruled in its favor in a dispute\n"
    "over a natural gas sales contract.\n    The company said the decision may be appealed.\n",
    # An agency byline names no person, and a bio under it does not add one.
    "Storm Hits Coast\n\nBy The Associated Press\n\n" + _STORY,
    # A comment names its writer above its date, not under it.
    "Council Approves Harbor Budget\n\n" + _STORY + "Comments\n\nJane Doe\n\nDecember 3, 2023 at 5:12 pm\n\n"
    "Great piece, thank you.\n",
    # A photo credit under a picture is no byline.
    "Council Approves Harbor Budget\n\nThe mayor at the harbor.\nJane Doe/Example Images\n\n" + _STORY,
    # An author-box heading over a menu label.
    "Council Approves Harbor Budget\n\n"
    + _STORY
    + "About the author\n\nVisual Stories\n\n* Storm hits coast",
    # A "By" line in a menu of other stories above the headline.
    "* By Jane Doe\n\n* Storm hits coast\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
    # A dated name in a list of other stories above the headline; a date over the
    # headline beside words that open with no given name.
    "* 12.03.2021 | Jane Doe\n\n* Storm hits coast\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
    "Menu\n\n12.03.2021 | Harbor Budget\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
    # A name over a title that names no writer, a staff menu, a name with no known
    # given name, or a sentence under the name.
    "Council Approves Harbor Budget\n\n" + _STORY + "Contact\n\nJane Doe\nPress Officer\n\n" + _STORY,
    "Council Approves Harbor Budget\n\n" + _STORY + "Team\n\n* Jane Doe\n* Senior Reporter\n\n" + _STORY,
    "Council Approves Harbor Budget\n\n" + _STORY + "Contact\n\nHarbor Works\nSenior Reporter\n\n" + _STORY,
    "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe\nThe reporter asked a question.\n\n" + _STORY,
    "Council Approves Harbor Budget\n\n" + _STORY + "Harbor Works\nMore articles\n\n" + _STORY,
    "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe\nMore articlesabout the harbor\n\n" + _STORY,
    # Credits under a short story name helpers, not authors.
    "Council Approves Harbor Budget\n\n" + _STORY + "Reporting by Jane Doe; Editing by Ann Poe\n",
]


@pytest.mark.parametrize(("page", "authors"), PAGE_CASES)
def test_authors_off_the_header(page: str, authors: list[str]) -> None:
    article = newsstruct.parse(page)
    assert [a.name for a in article.authors] == authors
    for a in article.authors:
        assert page[a.start : a.end] == a.name


@pytest.mark.parametrize("page", NO_AUTHOR_PAGES)
def test_no_authors_off_the_header(page: str) -> None:
    assert newsstruct.parse(page).authors == ()


# (page, rule): where an author was read, as ``Person.rule`` says.
AUTHOR_RULES = [
    ("Council Approves Harbor Budget\n\nBy Jane Doe\n\n" + _STORY, "byline: by-line"),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe is a senior reporter at The Example.\n",
        "author box: a bio",
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe covers city hall for The Example.\n",
        "author box: a bio",
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Jane Doe writes about schools from Ohio.\n",
        "author box: a bio",
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "About the author\n\nJane Doe\n\nAll articles\n",
        "author box: a name under its heading or a By label",
    ),
    (
        "Rat beschließt Hafenhaushalt\n\n" + _STORY + "28. November 2022\n\n- Jana Roth\n\nTeilen:\n",
        "author box: a name under the story's date",
    ),
    # Under its headline, a page sets a name line with a stamp: the header reads it.
    (
        "Council Approves Harbor Budget\n\nJane Doe, Ann Poe\nPhoto: Example Images\n\n" + _STORY,
        "byline: name-line",
    ),
    # "Written by" after the story is a credit line.
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "Follow\n\nWritten by Jane Doe\n\n594 Followers\n",
        "credit line",
    ),
    ("Menu\n\nBy Jane Doe\n\nCouncil Approves Harbor Budget\n\n" + _STORY, "byline: by-line"),
    (_STORY + "Reporting by Jane Doe; Editing by Ann Poe\n", "credit line"),
    (
        "Menu\n\n* Home\n\n04.02.2022 | 13:10 Uhr | Jana Roth\n\nCouncil Approves Harbor Budget\n\n" + _STORY,
        "above the headline: a by-line with a date",
    ),
    (
        "Council Approves Harbor Budget\n\n" + _STORY + "* News\n\nJane Doe\nSenior Reporter\n\n" + _STORY,
        "author box: a name over a writer's title",
    ),
]


@pytest.mark.parametrize(("page", "rule"), AUTHOR_RULES)
def test_each_author_names_the_rule_that_found_it(page: str, rule: str) -> None:
    article = newsstruct.parse(page)
    people = [*article.authors, *article.contributors]
    assert people
    assert {p.rule for p in people} == {rule}
    back = newsstruct.Article.from_dict(article.to_dict(), source=page)
    assert [p.rule for p in back.authors] == [p.rule for p in article.authors]
