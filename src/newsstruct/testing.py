"""Hypothesis strategies that build news articles from parts and know the truth.

Use them to test newsstruct, or a pipeline built on it:

>>> from hypothesis import given, settings
>>> from newsstruct import parse
>>> from newsstruct.testing import articles
>>> @settings(max_examples=20, deadline=None, derandomize=True)
... @given(articles())
... def test_headline_comes_back(generated):
...     assert parse(generated.text).headline.text == generated.headline
>>> test_headline_comes_back()

Needs ``hypothesis`` (install the ``test`` extra); newsstruct itself does not.
"""

from __future__ import annotations

import functools

import attrs
from hypothesis import strategies as st

from newsstruct import lexicon

SURNAMES = (
    "Okafor Lindqvist Haddad Moreno Tanaka Kowalski Brennan Castillo Nakamura Fischer Dubois Osei "
    "Petrov Sandoval Whitaker Abernathy Quigley Ferreira Novak Ibrahim Gallagher Takahashi Mbeki "
    "Rasmussen Oyelaran Hollis Vance Delacroix Marchetti Sorensen Albright Kincaid Pemberton"
).split()
CITIES = (
    "LONDON PARIS WASHINGTON NAIROBI TOKYO BERLIN OTTAWA MADRID CAIRO LAGOS LIMA SEOUL",
    "NEW YORK|SAN FRANCISCO|LOS ANGELES|BUENOS AIRES|HONG KONG|RIO DE JANEIRO",
)
MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()
AGENCIES = ("Reuters", "AP", "AFP", "UPI", "CNN", "Bloomberg")
#: Places a dateline gives in title case or with a state or country.
REGIONAL_PLACES = (
    "KANSAS CITY, Mo.",
    "PORTLAND, Ore.",
    "SAN JUAN, Puerto Rico",
    "Kyiv, Ukraine",
    "Lagos, Nigeria",
    "SPRINGFIELD, Ill.",
    "Washington",
    "London",
)
#: Publication stamps as pages print them.
STAMPS = (
    "Dec. 20, 2023 3:06 pm",
    "12/18/23 4:02pm",
    "December 21, 2023",
    "Nov. 28, 2021 at 10:20 PM",
    "21 December 2023",
    "2023-12-21",
)
WORDS = (
    "the council budget river plan vote market bridge school report water city team price "
    "year week month policy project station harbor engine contract season program record "
    "growth storm crowd court trial board study route cost farm factory museum"
).split()
VERBS = "approved delayed reviewed expanded questioned rejected funded opened closed changed".split()
ADJECTIVES = "new local early final public regional annual major quiet modest".split()
TITLE_WORDS = (
    "Council Approves Budget River Plan Vote Markets Bridge Schools Report Water City Prices "
    "Storm Court Trial Board Study Farmers Factory Museum Season Record Growth Delay Deal"
).split()
ROLES = ("spokeswoman", "spokesman", "director", "economist", "analyst", "engineer", "teacher")
TOP_FURNITURE = ("Advertisement", "Share this article", "Skip to main content", "Sign in")
BOTTOM_FURNITURE = ("Related Articles", "Back to top", "Most Popular", "All rights reserved")
ORGS = ("the ministry", "the agency", "the museum", "the company", "the union", "the university")


@attrs.frozen
class Person:
    first: str
    last: str
    gender: str  # "m" or "f"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"


@attrs.frozen
class GeneratedQuote:
    """A quote the generator wrote: its content (between the marks) and who said it."""

    text: str
    speaker: str  # full name of the speaker
    pattern: str
    kind: str = "direct"  # "block" when the quote is a paragraph of its own


@attrs.frozen
class GeneratedArticle:
    """An article assembled from parts; each field is the truth a parser should recover."""

    text: str
    headline: str
    authors: tuple[str, ...]
    dateline_location: str | None
    dateline_agency: str | None
    paragraphs: int
    quotes: tuple[GeneratedQuote, ...]
    contributors: tuple[str, ...]
    boilerplate: tuple[str, ...]
    #: The body paragraphs as written (the first one opens with the dateline, if any).
    body: tuple[str, ...] = ()


@functools.cache
def _given_names() -> dict[str, tuple[str, ...]]:
    rows = lexicon.table("given_names.tsv")
    by_gender: dict[str, list[str]] = {"m": [], "f": []}
    for name, gender in rows:
        if gender in by_gender and name.isalpha() and name.isascii() and len(name) > 2:
            by_gender[gender].append(name)
    return {k: tuple(v) for k, v in by_gender.items()}


@st.composite
def people(draw: st.DrawFn) -> Person:
    gender = draw(st.sampled_from(("m", "f")))
    first = draw(st.sampled_from(_given_names()[gender]))
    return Person(first, draw(st.sampled_from(SURNAMES)), gender)


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 5) -> str:
    """A plain sentence of lower-case news words, capitalised, ending in a full stop."""
    words = [
        draw(st.sampled_from(("the", "a"))),
        draw(st.sampled_from(ADJECTIVES)),
        draw(st.sampled_from(WORDS)),
    ]
    words.append(draw(st.sampled_from(VERBS)))
    words.extend(
        draw(st.lists(st.sampled_from(WORDS + ADJECTIVES), min_size=max(1, min_words - 4), max_size=8))
    )
    return " ".join(words).capitalize() + "."


@st.composite
def headlines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=4, max_size=9))
    return " ".join(words)


@functools.cache
def cue_verbs() -> tuple[str, ...]:
    """Past-tense cue verbs from the package's own list ("said", "warned", "quipped")."""
    words = lexicon.words("speech_verbs.txt")
    past = sorted(w for w in words if w.endswith("ed") and w.isalpha() and len(w) > 4)
    return ("said", "told", "wrote", *past)


#: The attribution patterns :func:`quoted_paragraphs` writes, named as
#: :attr:`newsstruct.model.Quote.rule` names them.
PATTERNS = (
    "quote-speaker-cue",
    "quote-cue-speaker",
    "quote-appositive-cue",
    "speaker-cue-quote",
    "according-to",
    "quote-dash-speaker",
    "next-paragraph",
)


@st.composite
def quoted_paragraphs(
    draw: st.DrawFn, speaker: Person, introduced: bool
) -> tuple[tuple[str, ...], tuple[GeneratedQuote, ...]]:
    """One or two paragraphs holding an attributed quote in one of :data:`PATTERNS`,
    sometimes followed by a second quote that carries the speaker over.

    ``introduced``: the speaker was named before and is the latest subject, so a
    surname, an honorific and surname, or a pronoun may stand for them.
    """
    content = draw(sentences()).rstrip(".")
    honorific = "Mr." if speaker.gender == "m" else draw(st.sampled_from(("Ms.", "Mrs.")))
    later = draw(st.sampled_from((speaker.last, f"{honorific} {speaker.last}", speaker.pronoun)))
    name = later if introduced else speaker.name
    named = speaker.last if introduced else speaker.name  # where a pronoun cannot stand
    cue = draw(st.sampled_from(cue_verbs()))
    patterns = list(PATTERNS)
    if introduced:
        patterns.remove("quote-appositive-cue")
    pattern = draw(st.sampled_from(patterns))
    capital = name[0].upper() + name[1:]
    paragraphs: list[str] = []
    if pattern == "speaker-cue-quote":
        content += "."
        intro = draw(st.sampled_from((f"{cue}:", f"{cue},", "told reporters:", f"{cue} on Tuesday:")))
        text = f"{capital} {intro} “{content}”"
    elif pattern == "according-to":
        if draw(st.booleans()):
            content += "."
            text = f"According to {named}, “{content}”"
        else:
            content += ","
            text = f"“{content}” according to {named}."
    elif pattern == "quote-dash-speaker":
        text = f"“{content}” — {named}"
    elif pattern == "next-paragraph":
        content += "."
        paragraphs.append(f"“{content}”")
        text = f"{named} {cue}."
    else:
        content += ","
        if pattern == "quote-speaker-cue":
            text = f"“{content}” {name} {cue}."
        elif pattern == "quote-cue-speaker":
            role = draw(
                st.sampled_from(
                    ("", f", the {draw(st.sampled_from(ROLES))} at {draw(st.sampled_from(ORGS))}")
                )
            )
            text = f"“{content}” {cue} {named}{role}."
        else:
            role = draw(st.sampled_from(ROLES))
            org = draw(st.sampled_from(ORGS))
            text = f"“{content}” {name}, a {role} at {org}, {cue}."
    quotes = [GeneratedQuote(content, speaker.name, pattern, "block" if paragraphs else "direct")]
    if pattern not in ("next-paragraph", "quote-dash-speaker") and draw(st.booleans()):
        more = draw(sentences())
        text += f" “{more}”"
        quotes.append(GeneratedQuote(more, speaker.name, "carry-over"))
    elif pattern != "quote-dash-speaker" and draw(st.booleans()):
        text += " " + draw(sentences())
    paragraphs.append(text)
    return tuple(paragraphs), tuple(quotes)


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """(text, location, agency) in a house style: "MOSCOW —", "LONDON, Nov 28 (Reuters) -",
    "KANSAS CITY, Mo. (AP) —", "WASHINGTON (AP) _", "Kyiv, Ukraine —", "PARIS, Monday —",
    "TOKYO, Nov. 28, 2021 --"."""
    city = draw(st.sampled_from(CITIES[0].split() + CITIES[1].split("|")))
    style = draw(st.integers(0, 7))
    if style == 0:
        return f"{city} {draw(st.sampled_from(('—', '--', '–')))}", city, None
    if style == 1:
        agency = draw(st.sampled_from(AGENCIES))
        return f"{city} ({agency}) {draw(st.sampled_from(('—', '-', '_', '--')))}", city, agency
    if style == 2:
        month = draw(st.sampled_from(MONTHS))
        return f"{city}, {month} {draw(st.integers(1, 28))} (Reuters) -", city, "Reuters"
    if style == 3:
        place = draw(st.sampled_from(REGIONAL_PLACES))
        if draw(st.booleans()):
            return f"{place} (AP) —", place, "AP"
        return f"{place} —", place, None
    if style == 4:
        day = draw(st.sampled_from(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")))
        return f"{city}, {day} —", city, None
    if style == 5:
        month = draw(st.sampled_from(("Jan.", "Feb.", "Nov.", "Dec.", "March", "April")))
        return f"{city}, {month} {draw(st.integers(1, 28))}, {draw(st.integers(1990, 2030))} --", city, None
    if style == 6:
        y, m, d = draw(st.integers(2000, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
        return f"{city}, {y}-{m:02d}-{d:02d} —", city, None
    return f"{city}, {draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28))} -", city, None


@attrs.frozen
class GeneratedByline:
    """A byline line the generator wrote, the names it holds (as the parser should give
    them) and its agency; ``strict`` when it reads as a byline anywhere (it opens with
    "By" or pairs names with an agency), not only under a headline."""

    text: str
    names: tuple[str, ...]
    agency: str | None
    strict: bool


@st.composite
def byline_names(draw: st.DrawFn) -> str:
    """A person's name as bylines write them: plain, with an initial, a particle, a
    hyphen, an apostrophe, a suffix or initials ("Ana de la Cruz", "Sean O'Brien", "Mary
    Smith-Jones", "John Doe Jr.", "J.R. Doe")."""
    first = draw(st.sampled_from(_given_names()[draw(st.sampled_from(("m", "f")))]))
    last = draw(st.sampled_from(SURNAMES))
    other = draw(st.sampled_from(SURNAMES))
    style = draw(st.integers(0, 7))
    if style == 7:
        a, b = draw(st.sampled_from("ABCDEHJKLMPRSTW")), draw(st.sampled_from("ABCDEHJKLMPRSTW"))
        return f"{a}.{b}. {last}"
    if style == 1:
        return f"{first} {draw(st.sampled_from('ABCDEHJKLMPRSTW'))}. {last}"
    if style == 2:
        return f"{first} {draw(st.sampled_from(('de', 'van', 'van der', 'bin', 'de la', 'von')))} {last}"
    if style == 3:
        return f"{first} {last}-{other}"
    if style == 4:
        return f"{first} {draw(st.sampled_from(('O', 'D')))}'{last}"
    if style == 5:
        return f"{first} {last} Jr."
    return f"{first} {last}"


def _join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def bylines(draw: st.DrawFn) -> GeneratedByline:
    """A byline in one of the shapes wire services and pages give them, built from
    parts: "By X", "By X and Y", "By X, Y and Z", "BY X", "ByX", "By X | Reuters",
    "By X, Staff Writer", "X, Associated Press", "Written by X", "Author: X",
    "By The Associated Press", "By X • Dec. 20, 2023 3:06 pm", "Dec. 20, 2023 | By X",
    "X - December 21, 2023", "X, Staff Writer"; and with what pages glue to them: "By
    X@handle", "By Xlong Read", "X Politics" after a stamp, "Autoren X und Y", "Dec. 20,
    2023 by X 7 Comments"."""
    people = draw(st.lists(byline_names(), min_size=1, max_size=3, unique=True))
    names = tuple(people)
    who = _join(people)
    one = people[0]
    stamp = draw(st.sampled_from(STAMPS))
    style = draw(st.integers(0, 18))
    if style == 0:
        return GeneratedByline(f"By {who}", names, None, True)
    if style == 1:
        plain = draw(st.lists(people_plain(), min_size=1, max_size=2, unique=True))
        return GeneratedByline("BY " + _join(plain).upper(), tuple(plain), None, True)
    if style == 2:
        return GeneratedByline(f"By{one}", (one,), None, True)
    if style == 3:
        agency, full = draw(
            st.sampled_from(
                (("Reuters", "Reuters"), ("AP", "Associated Press"), ("AFP", "Agence France-Presse"))
            )
        )
        return GeneratedByline(f"By {who} | {agency}", names, full, True)
    if style == 4:
        title = draw(
            st.sampled_from(("Staff Writer", "Senior Correspondent", "Contributing Editor", "Staff Reporter"))
        )
        return GeneratedByline(f"By {one}, {title}", (one,), None, True)
    if style == 5:
        return GeneratedByline(f"{one}, Associated Press", (one,), "Associated Press", True)
    if style == 6:
        lead = draw(st.sampled_from(("Written by", "Story by", "Words by", "Author:", "Text:", "Von")))
        return GeneratedByline(f"{lead} {who}", names, None, True)
    if style == 7:
        agency, full = draw(
            st.sampled_from(
                (
                    ("The Associated Press", "Associated Press"),
                    ("Reuters", "Reuters"),
                    ("AFP", "Agence France-Presse"),
                )
            )
        )
        return GeneratedByline(f"By {agency}", (), full, True)
    if style == 8:
        sep = draw(st.sampled_from((" • ", " | ", " - ", " · ")))
        return GeneratedByline(f"By {one}{sep}{stamp}", (one,), None, True)
    if style == 9:
        return GeneratedByline(f"{stamp} | By {one}", (one,), None, False)
    if style == 10:
        return GeneratedByline(f"{one} - {stamp}", (one,), None, False)
    if style == 11:
        title = draw(st.sampled_from(("Staff Writer", "Senior Reporter", "Politics Reporter")))
        return GeneratedByline(f"{one}, {title}", (one,), None, False)
    if style == 12:
        return GeneratedByline(f"{one} {stamp}", (one,), None, False)
    if style == 13:
        return GeneratedByline(f"Posted {stamp} by {one}", (one,), None, False)
    person = draw(people_plain())
    if style == 14:
        handle = person.replace(" ", "").casefold()[:15]
        return GeneratedByline(f"By {person}@{handle}", (person,), None, True)
    if style == 15:
        tail = draw(st.sampled_from(("long Read", "archive page", "5 min read")))
        return GeneratedByline(f"By {person}{tail}", (person,), None, True)
    if style == 16:
        section = draw(st.sampled_from(("Politics", "Business", "Kultur", "Wirtschaft")))
        return GeneratedByline(f"{stamp} {person} {section}", (person,), None, False)
    if style == 17:
        lead = draw(st.sampled_from(("Autor", "Autorin", "Autoren")))
        joined = " und ".join(people) if len(people) == 2 else who
        return GeneratedByline(f"{lead} {joined}", names, None, True)
    count = draw(st.integers(1, 99))
    return GeneratedByline(f"{stamp} by {person} {count} Comments", (person,), None, False)


@st.composite
def people_plain(draw: st.DrawFn) -> str:
    """A first name and a surname, nothing more ("Dana Quigley")."""
    first = draw(st.sampled_from(_given_names()[draw(st.sampled_from(("m", "f")))]))
    return f"{first} {draw(st.sampled_from(SURNAMES))}"


@st.composite
def articles(draw: st.DrawFn, *, furniture: bool = True, min_paragraphs: int = 2) -> GeneratedArticle:
    """A whole article: headline, optional byline and dateline, paragraphs with quotes,
    optional credit line, and (when ``furniture``) boilerplate lines around it."""
    headline = draw(headlines())
    authors = draw(st.lists(people(), max_size=2, unique_by=lambda p: p.last))
    cast = draw(st.lists(people(), min_size=1, max_size=3, unique_by=lambda p: p.last))
    cast = [p for p in cast if p.last not in {a.last for a in authors}] or [Person("Dana", "Quigley", "f")]
    dateline = draw(st.one_of(st.none(), datelines()))
    n_paragraphs = draw(st.integers(min_paragraphs, max(min_paragraphs, 7)))
    paragraphs: list[str] = []
    quotes: list[GeneratedQuote] = []
    introduced: set[str] = set()
    last_subject: Person | None = None
    for i in range(n_paragraphs):
        if i > 0 and draw(st.booleans()):
            speaker = draw(st.sampled_from(cast))
            known = speaker.last in introduced and last_subject == speaker
            # Introduced but not the latest subject: named again in full (no pronoun).
            texts, written = draw(quoted_paragraphs(speaker, introduced=known))
            introduced.add(speaker.last)
            last_subject = speaker
            paragraphs.extend(texts)
            quotes.extend(written)
        else:
            body = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
            paragraphs.append(body)
            last_subject = None
    if dateline is not None:
        paragraphs[0] = f"{dateline[0]} {paragraphs[0]}"
    contributors = draw(st.lists(people(), max_size=2, unique_by=lambda p: p.last))
    contributors = [c for c in contributors if c.last not in {p.last for p in cast + authors}]
    top: list[str] = []
    bottom: list[str] = []
    if furniture:
        top = draw(st.lists(st.sampled_from(TOP_FURNITURE), max_size=2, unique=True))
        bottom = draw(st.lists(st.sampled_from(BOTTOM_FURNITURE), max_size=2, unique=True))
    parts: list[str] = [*top, headline]
    if authors:
        parts.append("By " + " and ".join(a.name for a in authors))
    parts.extend(paragraphs)
    if contributors:
        parts.append(" and ".join(c.name for c in contributors) + " contributed reporting.")
    parts.extend(bottom)
    separator = draw(st.sampled_from(("\n\n", "\r\n\r\n", "\n\n\n")))
    return GeneratedArticle(
        text=separator.join(parts) + draw(st.sampled_from(("", "\n"))),
        headline=headline,
        authors=tuple(a.name for a in authors),
        dateline_location=dateline[1] if dateline else None,
        dateline_agency=dateline[2] if dateline else None,
        paragraphs=len(paragraphs),
        quotes=tuple(quotes),
        contributors=tuple(c.name for c in contributors),
        boilerplate=tuple(top + bottom),
        body=tuple(paragraphs),
    )


# Web pages: an article wrapped in the furniture a scraper drags along. The phrases
# come in several languages; every piece is built from parts, and the page knows which
# lines are furniture and of what kind.

MENU_ITEMS = (
    "News Politics Business Sport Culture Opinion Science Travel Video Weather "
    "Politik Wirtschaft Kultur Meinung Wissen Reisen Deportes Cultura Economía Sciences"
).split()
TOP_LINES = (
    ("navigation", "Skip to main content"),
    ("navigation", "Zum Inhalt springen"),
    ("subscription", "Sign in"),
    ("subscription", "Subscribe now"),
    ("subscription", "Abonnieren"),
    ("cookie", "We use cookies to improve your experience on our site."),
    ("cookie", "Wir verwenden Cookies, um unsere Website zu verbessern."),
    ("cookie", "Ce site utilise des cookies pour améliorer votre expérience."),
    ("advertisement", "Advertisement"),
    ("advertisement", "Anzeige"),
)
SHARE_HEADINGS = ("Share this article", "Teilen:", "Partager cet article", "Compartir", "Share")
SHARE_ITEMS = ("Facebook", "Twitter", "Email", "WhatsApp", "LinkedIn", "Print", "Copy link")
RELATED_HEADINGS = (
    "Related Articles",
    "More from Example News",
    "Most popular",
    "Mehr zum Thema",
    "Das könnte Sie auch interessieren",
    "À lire aussi",
    "Te puede interesar",
    "Leggi anche",
    "Lees ook",
)
COMMENT_HEADINGS = ("Leave a Reply", "Comments", "Kommentare", "Schreibe einen Kommentar", "Commentaires")
REPLY_LINES = ("Reply", "Antworten", "Répondre")
FOOTER_LINES = (
    "Privacy Policy | Terms of Use | Contact",
    "Impressum | Datenschutz | Kontakt",
    "Mentions légales | Politique de confidentialité",
    "Aviso legal | Política de privacidad",
    "Back to top",
)
NEWSLETTER_LINES = ("Sign up for our newsletter", "Enter your email address", "Newsletter abonnieren")
TAG_LINES = ("Tags: council, budget, river", "Themen: Haushalt, Stadtrat", "Mots-clés : budget, conseil")
AUTHOR_HEADINGS = ("About the author", "Über den Autor", "À propos de l'auteur")


@attrs.frozen
class GeneratedPage:
    """A web page rendered as text: an article amid furniture, and the truth about both."""

    text: str
    article: GeneratedArticle
    #: Every furniture line on the page, with its kind (see ``newsstruct.boilerplate.KINDS``).
    furniture: tuple[tuple[str, str], ...]


def _menu(draw: st.DrawFn) -> list[tuple[str, str]]:
    items = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=3, max_size=8, unique=True))
    return [("navigation", f"  * {item}") for item in items]


def _share_bar(draw: st.DrawFn) -> list[tuple[str, str]]:
    items = draw(st.lists(st.sampled_from(SHARE_ITEMS), min_size=2, max_size=5, unique=True))
    return [("share", draw(st.sampled_from(SHARE_HEADINGS)))] + [("share", f"  * {i}") for i in items]


def _related(draw: st.DrawFn) -> list[tuple[str, str]]:
    lines = [("related", draw(st.sampled_from(RELATED_HEADINGS)))]
    bullet = draw(st.booleans())
    for _ in range(draw(st.integers(2, 5))):
        title = draw(headlines())
        lines.append(("related", f"  * {title}" if bullet else title))
    return lines


def _comments(draw: st.DrawFn) -> list[tuple[str, str]]:
    lines = [("comments", draw(st.sampled_from(COMMENT_HEADINGS)))]
    for _ in range(draw(st.integers(1, 3))):
        who = draw(people())
        month = draw(st.sampled_from(("March", "April", "May", "June")))
        lines.append(("comments", f"{who.first} says:"))
        lines.append(
            ("comments", f"{month} {draw(st.integers(1, 28))}, 2021 at {draw(st.integers(1, 12))}:30 pm")
        )
        lines.append(("comments", draw(sentences())))
        lines.append(("comments", draw(st.sampled_from(REPLY_LINES))))
    return lines


def _footer(draw: st.DrawFn) -> list[tuple[str, str]]:
    year = draw(st.integers(1999, 2030))
    lines = [("footer", f"© {year} Example News. All rights reserved.")]
    lines += [
        ("footer", line) for line in draw(st.lists(st.sampled_from(FOOTER_LINES), max_size=2, unique=True))
    ]
    return lines


@attrs.frozen
class GeneratedHeaderPage:
    """A page's top as a scraper gives it: menus, a kicker, the article's header (headline,
    deck, byline, stamp, share bar), its paragraphs, and related links after it; the truth
    is the header (for the furniture around a whole article, see :func:`pages`)."""

    text: str
    headline: str
    authors: tuple[str, ...]
    published: str | None  # ISO 8601 date of the stamp line, when there is one


#: Menu lines above an article on a page.
MENUS = (
    "* World",
    "* Business",
    "* Politics",
    "* Sports",
    "* Opinion",
    "* Science & Tech",
    "Subscribe",
    "Sign in",
    "Advertisement",
    "Skip to main content",
)
#: Section labels over a headline.
KICKERS = ("Politics", "World News", "Business", "Opinion", "Local")
#: Lines between the header and the body.
SHARE_BARS = ("Share", "* Facebook", "* Twitter", "Share this article", "5 min read")
#: Stamp lines with the ISO date they give.
STAMP_LINES = (
    ("Published Dec. 15, 2021", "2021-12-15"),
    ("Updated Nov. 28, 2021 5:30 a.m. ET", "2021-11-28T05:30"),
    ("December 17, 2023, 12:34 PM", "2023-12-17T12:34"),
    ("Saturday 23 December 2023 09:25", "2023-12-23T09:25"),
)


@st.composite
def pages(draw: st.DrawFn) -> GeneratedPage:
    """An article (three paragraphs or more, no furniture of its own) amid generated page
    furniture: top bars, menus and cookie notices before it; share bars, tags, an author
    box, related lists, newsletter prompts, comments and a footer after it. List items
    stand on consecutive lines, as page-to-text converters write them."""
    article = draw(articles(furniture=False, min_paragraphs=3))
    before: list[list[tuple[str, str]]] = [
        [line] for line in draw(st.lists(st.sampled_from(TOP_LINES), max_size=3, unique=True))
    ]
    if draw(st.booleans()):
        before.append(_menu(draw))
    after: list[list[tuple[str, str]]] = []
    for part in draw(st.permutations(["share", "tags", "related", "newsletter", "author"])):
        if not draw(st.booleans()):
            continue
        if part == "share":
            after.append(_share_bar(draw))
        elif part == "tags":
            after.append([("tags", draw(st.sampled_from(TAG_LINES)))])
        elif part == "related":
            after.append(_related(draw))
        elif part == "newsletter":
            after += [[("newsletter", line)] for line in NEWSLETTER_LINES[: draw(st.integers(1, 3))]]
        else:
            after += [
                [("author-bio", draw(st.sampled_from(AUTHOR_HEADINGS)))],
                [("author-bio", draw(sentences()))],
            ]
    if draw(st.booleans()):
        after += [[line] for line in _comments(draw)]
    after += [[line] for line in _footer(draw)]
    chunks = ["\n".join(line for _, line in group) for group in before]
    chunks.append(article.text.strip())
    chunks += ["\n".join(line for _, line in group) for group in after]
    furniture = tuple(line for group in before + after for line in group)
    return GeneratedPage("\n\n".join(chunks) + "\n", article, furniture)


@st.composite
def header_pages(draw: st.DrawFn) -> GeneratedHeaderPage:
    """A scraped page around one article; the headline and byline are found by their
    place, not by being first."""
    headline = draw(headlines())
    authors = draw(st.lists(people_plain(), min_size=0, max_size=2, unique=True))
    lines: list[str] = list(draw(st.lists(st.sampled_from(MENUS), min_size=2, max_size=8)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(KICKERS)))
    lines.append(headline)
    if draw(st.booleans()):
        lines.append(draw(sentences(min_words=8)))  # the deck
    if authors:
        style = draw(st.integers(0, 2))
        who = _join(authors)
        if style == 0:
            lines.append(f"By {who}")
        elif style == 1:
            lines.extend(["By", who])
        else:
            lines.append(f"{who} | Reuters")
    published = None
    if draw(st.booleans()):
        stamp, published = draw(st.sampled_from(STAMP_LINES))
        lines.append(stamp)
    lines.extend(draw(st.lists(st.sampled_from(SHARE_BARS), max_size=2, unique=True)))
    for _ in range(draw(st.integers(3, 6))):
        lines.append(" ".join(draw(st.lists(sentences(min_words=7), min_size=2, max_size=4))))
    lines.extend(["Related Articles", f"* {draw(headlines())}", f"* {draw(headlines())}"])
    return GeneratedHeaderPage("\n\n".join(lines) + "\n", headline, tuple(authors), published)


#: Text that stresses a parser: control characters, CRLF, lone marks, no newlines.
noisy_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\r\n\t \u2028\u2029\x0b\x0c\x1c\x1d\x1e\x1f\x85“”‘’\"'«»„—–-.,:;()")),
    ),
    max_size=400,
)
