"""Page furniture told from a line's own text: notices, sign-up and share lines, a
widget's placeholders, script errors, photo credits, issue lines and dated labels, and the
shapes that say a line is no headline (cut short, dangling, a trail of sections).

These detectors read one line and nothing around it, so every other header module may ask them.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.grammar import byline, byline_words, timestamps
from newsstruct.grammar.timestamps import find_stamps
from newsstruct.page import boilerplate
from newsstruct.page.measure import MAX_HEADLINE_WORDS, Measure
from newsstruct.text import lexicon, names, shape
from newsstruct.text.blocks import Block, Line

_OPENING_QUOTES = frozenset("\"'„“«»‚‘‹›")
_CLOSING_QUOTES = frozenset("\"'“”«»‘’‹›")
#: Lines longer than a headline and a heading's words are not looked at.
MAX_QUOTING_CHARS = 400
#: What follows a title in a title bar: a separator and a few words of a site's name.
_TITLE_BAR_TAIL = regex.compile(r"[ \t]{1,4}[|–—\-·•:»][ \t]{1,4}[^\n|]{1,40}[ \t]*")

#: A title may end in an abbreviation ("... Christmas in L.A.", "Tricks für Kleiderschrank & Co.").
_ABBREVIATION_END = regex.compile(
    r"(?:(?<![\p{L}])\p{Lu}|\b(?:Co|Inc|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|Tues|Wed|Thurs))\.$"
)
#: The last word of a line, when it is a plain word after a space.
_LAST_WORD = regex.compile(r"\s(\p{L}{1,8})[ \t]*$")
#: A sentence and the next glued without a space ("this story.Log In"), as the links of a
#: box are when a page loses its markup.
_GLUED = regex.compile(r"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}")
#: The steps of a breadcrumb trail ("Home » Technik » News", "Health / Diet / Alcohol").
_TRAIL = regex.compile(r"[»›]|\s>\s|\s/\s")
_ENDS_BY = regex.compile(r"(?i)(?:^|\s)(?:by|von)\s*:?$")


def _ends_by(line: str) -> bool:
    """:data:`_ENDS_BY` in ``line``. Its match ends the line on "by" or "von" (maybe
    then spaces and a colon): a line whose last character, spaces and colons set aside, is
    an ASCII character other than "y" or "n" is passed over without the search (one
    ending on a character beyond ASCII is not)."""
    last = line.rstrip().rstrip(":").rstrip()[-1:]
    if last.isascii() and last not in "yYnN":
        return False
    return _ENDS_BY.search(line) is not None


#: A PHP error a broken page prints over its content ("Strict Standards: Non-static
#: method … should not be called statically in /www/htdocs/… on line 661").
_SCRIPT_ERROR = regex.compile(
    r"^(?:Strict Standards|Warning|Notice|Deprecated|(?:Catchable )?Fatal error|Parse error):[ \t]"
)
_SCRIPT_ERROR_PLACE = regex.compile(r"[ \t]in[ \t]+/\S+[ \t]+on[ \t]+line[ \t]+\d+")
#: A line of a script's data that a page leaks into its text, a key and a value in
#: JSON ('"name": "Ad - Inline",', '"component": "29509126",').
_SCRIPT_DATA = regex.compile(
    r'[ \t]*+[{\[]?[ \t]*+"[\w\- ]{1,40}"[ \t]*+:[ \t]*+'
    r'(?:"[^"\n]{0,200}"|-?\d{1,20}(?:\.\d{1,20})?|true|false|null|[{\[])[ \t]*+,?[ \t]*+'
)


def _script_data(text: str) -> bool:
    """Is the line a key and a value of a script's data (it holds a quote mark and a
    colon before the pattern is run)?"""
    return text.lstrip(" \t{[")[:1] == '"' and ":" in text and _SCRIPT_DATA.fullmatch(text) is not None


#: A line the page repeats this often is a widget's label ("More content below"), never
#: the headline (a headline repeats in a title bar, a breadcrumb and a teaser or two).
MANY_REPEATS = 10
#: Links to this many social networks, each after the same word ("bei Facebook …
#: bei Twitter … bei XING"), are a follow box.
FOLLOW_LINKS = 3
#: A list item or a navigation arrow at the start of a line.
_LIST_MARK = regex.compile(r"(?:[*•·▪●◦‣+>»«›‹←→o]|-(?!-)|\d{1,3}[.)])[ \t]")


def headline_shaped(m: Measure, lines: int) -> bool:
    """Could this block be a headline: a short title-like line, not a list item or label?"""
    if lines > 2 or not 1 <= m.words <= MAX_HEADLINE_WORDS or len(m.text) > 320:
        return False
    if _LIST_MARK.match(m.text) or m.text.rstrip().endswith(":") or _ends_by(m.text):
        return False
    if not _two_letters(m.text):
        return False
    if m.title or _ABBREVIATION_END.search(m.text):
        return True
    stripped = m.text.rstrip("\"'”’»)] \t")
    return stripped.endswith(("?", "!")) and m.words <= 30


def _two_letters(text: str) -> bool:
    """Has ``text`` two letters at least? (It stops at the second, not at the end.)"""
    seen = 0
    for ch in text:
        if ch.isalpha():
            seen += 1
            if seen == 2:
                return True
    return False


def glued_links(text: str) -> bool:
    """Is a title-shaped line the links of a box glued together ("Please log in to
    bookmark this story.Log InCreate Free Account", "The Verge logo.The Verge homepage")?"""
    return _GLUED.search(text) is not None


@functools.cache
def _social() -> frozenset[str]:
    return lexicon.words("social_networks.txt")


@functools.cache
def _notices() -> tuple[str, ...]:
    return tuple(p.casefold() for p in lexicon.entries("notice_phrases.txt"))


@functools.cache
def _long_social() -> tuple[str, ...]:
    """The social networks' names of some letters: a bar of links names one at least
    (a cheap test before the words are counted)."""
    return tuple(name for name in _social() if len(name) >= 5)


#: What stands before the agency in a photo credit ("Jane Doe/AFP", "Belga via AFP").
_CREDIT_MARK = regex.compile(r"/|[ \t]via[ \t]")
#: A credit's agency is short.
MAX_CREDIT_CHARS = 40
_PICTURE_DESKS = frozenset(
    {"getty images", "getty", "picture alliance", "imago", "imago images", "shutterstock"}
)


#: A caption's sentence closed by its photographer and agency, "Name Surname / Agency"
#: ("… in Helsinki in February. Jane Doe / Lehtikuva"): a sentence ends, then two or
#: three capitalised words, a spaced slash and one or two capitalised words end the line.
_CAPTION_CREDIT = regex.compile(
    r"\p{Ll}[.!?][ \t]+\p{Lu}[\p{L}'’\-]*+(?:[ \t]\p{Lu}[\p{L}'’\-]*+){1,2}"
    r"[ \t]/[ \t]\p{Lu}[\p{L}\-]*+(?:[ \t]\p{Lu}[\p{L}\-]*+)?$"
)
#: How far from the end of a line a photographer's credit is looked for.
MAX_CAPTION_CREDIT = 90


def photo_credit(text: str) -> bool:
    """Does the line end as a caption does, with a photo credit: a slash or "via" and
    a news agency or a picture desk ("… | Arthur Gekiere/Belga via AFP"), or, after
    the caption's sentence, a photographer's name and agency ("… in February. Jane Doe
    / Lehtikuva")?"""
    line = text.rstrip()
    marks = list(_CREDIT_MARK.finditer(line, max(0, len(line) - MAX_CREDIT_CHARS)))
    if not marks:
        return False
    who = line[marks[-1].end() :].strip()
    if who.casefold() in _PICTURE_DESKS or byline_words.agency_pattern().fullmatch(who) is not None:
        return True
    return _CAPTION_CREDIT.search(line, max(0, len(line) - MAX_CAPTION_CREDIT)) is not None


def page_notice(text: str) -> bool:
    """Is a short line page furniture that may look like a title: a PHP error, a bar
    of links to social networks ("FB TW Pinterest Insta SC", "Besuchen Sie uns bei
    Facebook Folgen Sie uns bei Twitter …"), a caption closed by a photo credit, or an
    affiliate or advertising disclosure ("Anzeige, enthält Affiliate Links")?"""
    if len(text) > MAX_QUOTING_CHARS:
        return False
    if script_error(text):
        return True
    folded = text.casefold()
    # (``map`` over ``str.__contains__`` runs the look-ups in C: this test is made for
    # every short line of a header)
    if any(map(folded.__contains__, _long_social())) and _social_links(text):
        return True
    if photo_credit(text):
        return True
    if ui_line(text):
        return True
    return any(map(folded.__contains__, _notices()))


#: A bar of bracketed links ("[spanish] [greek] [english]"): two bracketed items at least
#: and nothing else but separators.
_BRACKET_BAR = regex.compile(r"[ \t]*+(?:\[[^\[\]\n]{1,30}\][ \t|/·•,]*+){2,}")
#: A counter of nothing ("0 Kommentare", "0 nowych wpisów"): a zero opens a short line.
_ZERO_COUNT = regex.compile(r"[ \t]*+0[ \t]++\p{L}")
#: A shop's link naming its domain ("mp3 bei amazon.de", "Buy at example.com"): a short
#: lower-case word, then a lower-case domain name, end the line (a title naming a site
#: spells it capitalised: "Schneekarten auf Gipfelbuch.ch").
_SHOP_LINK = regex.compile(r"(?:^|[ \t])\p{Ll}{1,4}[ \t]++(?:[\p{Ll}\d\-]++\.)++\p{Ll}{2,6}[ \t]*+$")
#: Words at most in a shop's link (a domain name counts as one).
MAX_SHOP_WORDS = 4
#: A pager's number after its word, then a mark or the line's end ("Seite 1 \\ …",
#: "Page 2 | …"; not "Page 3 girls return").
_PAGE_NUMBER = regex.compile(r"[ \t]*+(\p{L}++)[ \t]++\d{1,3}[ \t]*+(?:[\\/|:–—\-]|$)")
#: Words at most in a counter or a pager's heading ...
MAX_UI_WORDS = 10
#: ... and in a salutation (which may name its readers at length).
MAX_SALUTATION_WORDS = 20


@functools.cache
def _salutations() -> frozenset[str]:
    return lexicon.words("salutations.txt")


@functools.cache
def _page_words() -> frozenset[str]:
    return lexicon.words("page_words.txt")


def ui_line(text: str) -> bool:
    """Is a short line page furniture by its own shape: a bar of bracketed links, a
    counter of nothing ("0 Kommentare"), a shop's link naming its domain ("mp3 bei
    amazon.de"), a pager's heading ("Seite 1 \\ A wie Anno 1800") or a letter's
    salutation ending on a comma ("Liebe Leserinnen und Leser,")?  None of these is
    ever a headline, however title-like its letters.

    Each pattern runs only on a line that shows what it needs (an opening bracket or a
    zero first, a dot, a salutation's or a pager's word first): most lines show none."""
    opening = text.lstrip()[:1]
    if opening == "[" and _BRACKET_BAR.fullmatch(text.rstrip()):
        return True
    first = shape.WORD.search(text)
    if first is None:
        return False
    key = first.group().casefold()
    salutation = key in _salutations()
    pager = key in _page_words()
    zero = opening == "0"
    shop = _ends_on_domain(text)
    if not (salutation or pager or zero or shop):
        return False
    words = shape.word_count(text)
    if salutation and words <= MAX_SALUTATION_WORDS and _salutation(text, first.end()):
        return True
    if words > MAX_UI_WORDS:
        return False
    if zero and _ZERO_COUNT.match(text):
        return True
    if shop and len(text.split()) <= MAX_SHOP_WORDS and _SHOP_LINK.search(text):
        return True
    # (the pager's word is the line's first: the gate above asked for it)
    return pager and _PAGE_NUMBER.match(text) is not None


def _ends_on_domain(text: str) -> bool:
    """Does the line end on a lower-case top-level domain (".de", ".com"), as a shop's
    link does? (A cheap look before :data:`_SHOP_LINK`.)"""
    line = text.rstrip()
    dot = line.rfind(".", max(0, len(line) - 7))
    return 2 <= len(line) - dot - 1 <= 6 and dot > 0 and line[-1].islower()


def _salutation(text: str, after: int) -> bool:
    """Does a letter's salutation (its word ends at ``after``) make up the line: a comma
    at the end, or the addressee, a comma and an exclamation ("Liebe Freunde, in Nord
    und Süd, wo immer Ihr lebt!")?"""
    line = text.rstrip()
    if line.endswith(","):
        return True
    # "Liebe Leserinnen, liebe Leser!": the addressee, a comma, and an exclamation at the end
    return line.endswith("!") and _ADDRESSEE.match(line, after) is not None


#: The addressee after a salutation's word, then a comma: a word or more ("Liebe
#: Freunde, …"; not "Liebe, Tod und Teufel!", where the word is a noun).
_ADDRESSEE = regex.compile(r"(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*+){1,6},")


def _social_links(text: str) -> bool:
    """Do names of social networks make up half the line's words (two at least), or
    do several follow the same word, as a run of follow links does?"""
    words = [w.casefold() for w in shape.WORD.findall(text)]
    social = _social()
    hits = [k for k, w in enumerate(words) if w in social]
    if len({words[k] for k in hits}) < 2:
        return False
    if 2 * len(hits) >= len(words):
        return True
    leads = [words[k - 1] for k in hits if k > 0 and words[k - 1] not in social]
    return any(leads.count(w) >= FOLLOW_LINKS for w in set(leads))


#: A line that is one quoted sentence, closed by its mark and maybe a note's number
#: ("“Es ist nicht zu wenig Zeit, die wir haben, … nutzen.”1").
_WHOLE_QUOTE = regex.compile(r"[ \t]*+[„“\"«‚‘][^\n„“\"«»”]{20,400}[.!?…][“”\"»‘’]\d{0,2}[ \t]*+")


@functools.cache
def _agencies() -> dict[str, str]:
    return {k.casefold(): v for k, v in names.agencies().items()}


def _agency_alone(text: str) -> str | None:
    """The agency, when the line is a news agency's name and nothing else ("The
    Canadian Press"), as a wire story's header credits it under the headline."""
    return _agencies().get(text.strip(" \t*•·|").casefold())


#: A title over its author's name in one block has this many words at least.
MIN_TITLE_OVER_NAME = 3
#: The title line of a title over its name does not end on these: a sentence's full
#: stop, a colon or a comma (a line of prose, a label).
_NOT_TITLE_CLOSE = ".:,;"


def title_over_name(text: str, block: Block) -> bool:
    """Is the two-line block a title with its author's name on the line under it ("Was
    ist eine Vorsatzschalung?" over "Jane Doe"), as a page's markup gives them once
    lost? The name opens with a known given name, so that a two-line title ("Downloading
    Python" over "Step by Step") stays whole; the title line is no name line itself and
    gives no date (a stamp over its byline is no title)."""
    top, last = block.lines[0], block.lines[-1]
    title = text[top.start : top.end]
    if shape.word_count(title) < MIN_TITLE_OVER_NAME or not title[:1].isupper():
        return False
    if title.rstrip()[-1:] in _NOT_TITLE_CLOSE or _LIST_MARK.match(title):
        return False
    # (the name line first: most blocks of two lines have none, and it is cheap to read)
    found = byline.match_name_line(text, last.start, last.end)
    if found is None or len(found.names) != 1 or not names.known_given_name(found.names[0].name):
        return False
    if find_stamps(text, top.start, top.end):
        return False  # "Published Fri, Dec 22 2023" over "Jane Doe": a stamp over its byline
    over = byline.read_header_line(text, top.start, top.end)
    return over is None or not (over.names or over.agency)


#: A title glued after the date that opens its line has this many words at least, and
#: this many of them open in lower case (a byline's names and titles do not).
MIN_DATED_TITLE_WORDS = 8
MIN_DATED_TITLE_LOWER = 3


def dated_title_start(text: str, line: Line, found: byline.BylineMatch) -> int | None:
    """Where the title starts when a line read as names after a date is a title glued
    after its date ("1. Februar 2022 Ministerin Raab: Mehr Geld für die Kinderbetreuung
    in allen Ländern"): the date opens the line, and what follows is long and has words
    in lower case, as a sentence has and a line of names does not."""
    stamp = found.stamp
    if found.rule != "names with stamp or title" or stamp is None or not found.names:
        return None
    if text[line.start : stamp.start].strip(" \t*•·|") or stamp.end >= line.end:
        return None
    rest = text[stamp.end : line.end]
    start = stamp.end + len(rest) - len(rest.lstrip(" \t,–—-|·"))
    words = text[start : line.end].split()
    if len(words) < MIN_DATED_TITLE_WORDS or not words[0][:1].isupper():
        return None
    if sum(w[:1].islower() for w in words) < MIN_DATED_TITLE_LOWER or shape.ends_sentence(
        text[start : line.end]
    ):
        return None
    return start


def _opens_with_date(text: str, block: Block) -> bool:
    start = block.start
    while start < block.end and text[start] in "*•·| \t":
        start += 1
    return timestamps.opens_with_date(text, start, block.end)


#: A section's label before a stamp line ("Energie 12.12.2022, 08:30 Uhr") has this
#: many capitalised words at most.
MAX_STAMP_LABEL = 2


#: A date in any language, with its clock time: day, the month's name, year and time
#: ("15 августа 2016, 13:43", "3. März 2021 um 10:15").
_NAMED_MONTH_STAMP = regex.compile(
    r"\d{1,2}\.?[ \t]+\p{L}{3,12}\.?[ \t]+(?:19|20)\d\d,?[ \t]+(?:\p{L}{1,3}[ \t]+)?\d{1,2}[:.]\d\d"
)


@functools.cache
def _issue_number() -> regex.Pattern[str]:
    """An issue's word and its number with the year, either way round ("Ausgabe 12 |
    2022", "Issue 2021/3")."""
    words = lexicon.alternation(sorted(lexicon.words("issue_words.txt")), ignore_case=True)
    return regex.compile(
        rf"(?i)(?<![\p{{L}}])(?:{words})\.?[ \t]{{1,3}}"
        r"(?:(?:19|20)\d\d[ \t]{0,3}[/|][ \t]{0,3}\d{1,2}"
        r"|\d{1,3}[ \t]{0,3}[/|][ \t]{0,3}(?:19|20)\d\d)(?![\d/])"
    )


def _issue_line(text: str) -> bool:
    """Does a short line name the periodical's issue by its number and year (a
    magazine's issue line, "Ausgabe 2022/3 Kategorie: Grundlagen")? A stamp of the
    page, not a title."""
    return _issue_number().search(text) is not None


@functools.cache
def _month_year() -> regex.Pattern[str]:
    """A month's name and a year, and nothing else ("November 2022", "mars 2021")."""
    names = [row[0] for row in lexicon.table("months.tsv") if row[1] != "day"]
    return regex.compile(rf"(?i)(?:{lexicon.alternation(names, ignore_case=True)})[ \t]{{1,3}}(?:19|20)\d\d")


#: A share button's words before a date are this many at most ("Teilen", "Share this").
MAX_SHARE_WORDS = 3


@functools.cache
def _share_openers() -> frozenset[str]:
    """The first words of the share phrases of every phrase table ("teilen", "share")."""
    return frozenset(
        row[1].split()[0].casefold()
        for name in boilerplate.PHRASE_FILES
        for row in lexicon.table(name)
        if row[0] == "share" and row[1].split()
    )


def _shared_date(text: str) -> bool:
    """Is the line a share button glued to the page's date, as a page loses its markup
    ("Teilen November 2022", "Share 12 May 2021")? The words before the date make a
    share bar; the rest is a date (a month and year, or a stamp)."""
    words = list(shape.WORD.finditer(text))
    if len(words) < 2 or words[0].group().casefold() not in _share_openers():
        return False
    for k in range(min(MAX_SHARE_WORDS, len(words) - 1), 0, -1):
        head, rest = text[: words[k - 1].end()], text[words[k].start() :].strip(" \t.,|")
        verdict = boilerplate.classify_line(head)
        if verdict is None or verdict.kind != "share":
            continue
        return _month_year().fullmatch(rest) is not None or timestamps.match_timestamp(rest) is not None
    return False


def _named_month_stamp(text: str) -> bool:
    """Is the line a date with a month's name and a clock time, and nothing else?"""
    return _NAMED_MONTH_STAMP.fullmatch(text.strip(" \t*•·|")) is not None


def _label_and_date(text: str, block: Block) -> bool:
    """Is the line a section's label and a full date with its clock time that ends it
    ("Energie 12.12.2022, 08:30 Uhr"), as a stamp line of a page is? (Without the time,
    "Sitzung 12. März 2021" may be a title.)"""
    stamps = find_stamps(text, block.start, block.end)
    if not stamps or "T" not in (stamps[0].iso_datetime or ""):
        return False
    if text[stamps[-1].end : block.end].strip(" \t.,|"):
        return False  # the date ends the line
    label = shape.WORD.findall(text, block.start, stamps[0].start)
    return 1 <= len(label) <= MAX_STAMP_LABEL and all(w[:1].isupper() for w in label)


def no_room(m: Measure) -> bool:
    """Does block ``m`` take no room in a header: a widget's placeholder the page repeats
    ``MANY_REPEATS`` times or more, or a PHP error a broken page prints (a page may print
    hundreds of them between its headline and its text)?"""
    return m.repeats >= MANY_REPEATS or script_error(m.text)


def script_error(text: str) -> bool:
    """Is ``text`` a PHP error ("Strict Standards: … in /www/… on line 661")?"""
    return (
        len(text) <= MAX_QUOTING_CHARS
        and _SCRIPT_ERROR.match(text) is not None
        and _SCRIPT_ERROR_PLACE.search(text) is not None
    )


_PART = regex.compile(r"[\p{L}\p{N}'’]+")


def _parts(text: str) -> int:
    """How many words a line has, a hyphenated compound counted by its parts ("Neue
    DJV-Online-Seminare" has four): German joins with hyphens in one compound what
    English writes as several words."""
    return len(_PART.findall(text))


def _trail(text: str) -> bool:
    """Is the line a breadcrumb trail, of two steps or more?"""
    return len(_TRAIL.findall(text)) >= 2


@functools.cache
def _dangling() -> frozenset[str]:
    return lexicon.words("dangling_words.txt")


@functools.cache
def _prepositions() -> frozenset[str]:
    return lexicon.words("prepositions.txt")


#: The last word of a line before a question or exclamation mark set off by a space.
_WORD_BEFORE_MARK = regex.compile(r"\s(\p{L}{1,8})[ \t]{1,3}[?!][ \t]*$")


def _dangles(text: str) -> bool:
    """Does the line end on an article or a conjunction ("Joghurt mit", "... and the"),
    or on a preposition before a mark set off by a space, where a link was lost
    ("Kennst Du meine Videos auf ?")?"""
    last = _LAST_WORD.search(text)
    if last is not None and last.group(1).casefold() in _dangling():
        return True
    if text.rstrip()[-1:] not in ("?", "!"):
        return False
    cut = _WORD_BEFORE_MARK.search(text)
    return cut is not None and cut.group(1).casefold() in _prepositions()


def _quotes_or_bars(other: str, title: str) -> bool:
    """Does the line ``other`` quote ``title`` or give it as a title bar (the title,
    then a separator and a site's name)?"""
    at = other.find(title)
    if at < 0:
        return False
    before, after = other[:at].rstrip(), other[at + len(title) :]
    if before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES:
        return True
    return not before and _TITLE_BAR_TAIL.fullmatch(after) is not None
